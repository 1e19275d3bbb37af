"""What a digital signature costs: signing after an export (target: at most 0.3 s added, .pfx, in-process) and
verifying in the Ministry's import (target: at most 30 ms added a file; bench_inbox.py measures it on 100 files).

The export of the demo report is the baseline; then the same export followed by the competent person's signature
(with the handwritten-signature image), and by the agency's (with the seal). A throwaway PKI is made with
`cryptography` (tests/signing/pki.py). Medians of 7 warm runs.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

RUNS = 7


def images(folder: Path) -> tuple[Path, Path]:
    from PIL import Image, ImageDraw

    signature = Image.new("RGBA", (600, 240), (0, 0, 0, 0))
    ImageDraw.Draw(signature).line([(20, 200), (200, 40), (300, 180), (450, 60)], fill=(20, 40, 200, 255), width=10)
    signature.save(folder / "chu-ky.png")
    seal = Image.new("RGBA", (425, 425), (0, 0, 0, 0))
    ImageDraw.Draw(seal).ellipse([5, 5, 420, 420], outline=(220, 0, 0, 255), width=14)
    seal.save(folder / "con-dau.png", dpi=(300, 300))
    return folder / "chu-ky.png", folder / "con-dau.png"


def main() -> None:
    from gui.operations.export import export_report
    from gui.signing.keys import load_pfx
    from gui.signing.sign import sign_pdf
    from gui.signing.verify import load_trust, verify_pdf
    from gui.store.reports import ReportStore, create_demo_report
    from tests.signing.pki import PASSWORD, build_pki

    folder = Path(tempfile.mkdtemp(prefix="bvntd-bench-signing-"))
    pki = build_pki(folder / "pki")
    signature, seal = images(folder)
    store = ReportStore.open(folder / "db.sqlite3")
    report_id = create_demo_report(store)
    out = folder / "report.pdf"
    trust = load_trust([pki.root.pem, pki.intermediate.pem])

    def export() -> None:
        export_report(store, report_id, out, draft=False)

    def export_sign() -> None:
        export()
        key = load_pfx(pki.nghe_an.pfx, PASSWORD)
        out.write_bytes(sign_pdf(out.read_bytes(), key, "signer", signature).data)

    def export_sign_both() -> None:
        export_sign()
        key = load_pfx(pki.nghe_an_clerk.pfx, PASSWORD)
        out.write_bytes(sign_pdf(out.read_bytes(), key, "agency", seal).data)

    def verify() -> None:
        assert verify_pdf(out.read_bytes(), trust).status == "trusted"

    results = {}
    for name, step in (("export", export), ("export + signer", export_sign), ("export + both", export_sign_both),
                       ("verify both", verify)):
        step()  # warm: imports, fonts
        samples = []
        for _ in range(RUNS):
            started = time.perf_counter()
            step()
            samples.append(time.perf_counter() - started)
        results[name] = statistics.median(samples)
        print(f"{name:>16}: {results[name] * 1000:7.1f} ms (median of {RUNS})")
    store.close()
    added = results["export + signer"] - results["export"]
    both = results["export + both"] - results["export"]
    print(f"signing adds {added * 1000:.0f} ms for one signature, {both * 1000:.0f} ms for both "
          f"(target <= 300 ms a signature: {'met' if added <= 0.3 and both / 2 <= 0.3 else 'NOT met'})")
    print(f"verifying a file with two signatures: {results['verify both'] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
