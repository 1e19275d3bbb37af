"""Re-verifying every stored version when the Ministry's trust changes (gui.operations.trust.reverify; target: 1,000
versions in at most 30 s).

Two kinds of change: the registry (a certificate registered or retired: the stored verification is kept and the
registry applied again, no file parsed) and the roots or CRLs (each stored signature's certificates, read from the
stored file, judged again: gui.signing.rejudge; `reverify(thorough=True)` / `inbox reverify --full` parses every
file again in the PDF worker, at about the baseline's cost). The inbox holds VERSIONS received versions, each a report signed twice (the competent person's
and the agency's signatures), made from a few real signed files imported once and their rows copied (so the setup
does not take longer than the measure). The baseline, measured in the same run, is pyHanko's verification of one
such file in this process (gui.signing.verify.verify_pdf) times the number of versions: what re-verifying costs
at the least when every file is parsed again.

    python benchmarks/bench_reverify.py [VERSIONS]     (default 1000)
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

TARGET_SECONDS = 30.0


def main() -> None:
    versions = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    from gui.inbox.importer import import_paths
    from gui.operations.trust import add_certificate, load_trust_files, reverify, signature_policy
    from gui.signing.keys import load_pfx
    from gui.signing.sign import sign_pdf
    from gui.signing.verify import load_trust, verify_pdf
    from gui.store.reports import ReportStore
    from tests.inbox.conftest import province_docs, render_pdf
    from tests.inbox.stored_copies import copies
    from tests.signing.pki import PASSWORD, build_pki

    folder = Path(tempfile.mkdtemp(prefix="bvntd-bench-reverify-"))
    pki = build_pki(folder / "pki")
    doc = next(d for d in province_docs("2025") if d.unit.code == "40")
    once = sign_pdf(render_pdf(doc), load_pfx(pki.nghe_an.pfx, PASSWORD), "signer").data
    data = sign_pdf(once, load_pfx(pki.nghe_an_clerk.pfx, PASSWORD), "agency").data
    path = folder / "nghe-an.pdf"
    path.write_bytes(data)

    trust = load_trust([pki.root.pem, pki.intermediate.pem])
    verify_pdf(data, trust)  # imports warmed
    started = time.perf_counter()
    for _ in range(5):
        verify_pdf(data, trust)
    per_file = (time.perf_counter() - started) / 5

    store = ReportStore.open(folder / "bo.sqlite3")
    add_certificate(store=store, unit_kind="province", unit_code="40", role="signer", path=pki.nghe_an.pem)
    add_certificate(store=store, unit_kind="province", unit_code="40", role="agency", path=pki.nghe_an_clerk.pem)
    load_trust_files(store=store, paths=[pki.root.pem])
    run = import_paths(store, [path], signatures=signature_policy(store=store))
    assert run.results[0].signature == "trusted", run.results[0].reason
    source = run.results[0].report_id
    # Copies of the received version (each its own report row, older than the first): the setup, not the measure.
    copies(store, source, versions - 1)

    registry = reverify(store=store, registry_only=True)
    # A new intermediate loaded: every file verified again (load_trust_files re-verifies).
    full_seconds = load_trust_files(store=store, paths=[pki.intermediate.pem]).reverified.seconds
    store.close()

    baseline = per_file * versions
    print(f"versions: {registry.versions}")
    print(f"baseline (verify_pdf in process, {per_file * 1000:.0f} ms a file × {versions}): {baseline:.1f} s")
    print(
        f"registry changed (registry applied again): {registry.seconds:.1f} s "
        f"({registry.seconds / versions * 1000:.1f} ms a version) — target {TARGET_SECONDS:.0f} s: "
        f"{'met' if registry.seconds <= TARGET_SECONDS else 'NOT met'}"
    )
    print(
        f"roots/CRLs changed (each signature's certificates judged again from the stored file): {full_seconds:.1f} s "
        f"({full_seconds / versions * 1000:.1f} ms a version, {full_seconds / baseline:.2f}× the baseline) — target "
        f"{TARGET_SECONDS:.0f} s: {'met' if full_seconds <= TARGET_SECONDS else 'NOT met'}"
    )


if __name__ == "__main__":
    main()
