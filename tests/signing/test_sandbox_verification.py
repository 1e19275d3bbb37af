"""Issue 13 for signatures: a received PDF's signatures are checked in the sandbox's worker process
(gui.pdf.sandbox), under its time and memory limits, so a file crafted against pyHanko's parser is refused on its
own line in seconds while good signed files in the same batch import with the statuses the in-process check gives.
The result crosses the pipe as JSON (gui.signing.verification_json), never pickled."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from gui.core import limits
from gui.inbox.importer import Outcome, import_paths
from gui.operations.trust import add_certificate
from gui.signing.inbox import SignaturePolicy
from gui.signing.keys import load_pfx
from gui.signing.sign import sign_pdf
from gui.signing.verification_json import (
    WireError,
    trust_from_wire,
    trust_to_wire,
    verification_from_wire,
    verification_to_wire,
)
from gui.signing.verify import TRUSTED, UNVERIFIED, SignatureCheck, Verification, load_trust, verify_pdf
from gui.store.reports import ReportStore
from tests.conftest import run_cli
from tests.inbox.conftest import province_docs, render_pdf
from tests.inbox.hostile import crafted_xref
from tests.signing.crafted import many_signature_fields
from tests.signing.pki import PASSWORD, Pki

# Two million cross-reference entries compressed to a few KB: pyHanko's reader takes about 28 s on it in-process
# (measured on the development machine), far beyond the limit.
CRAFTED_ENTRIES = 2_000_000
# A thousand signature fields pointing at one signature: about 20 s in-process (measured), each field checked.
CRAFTED_FIELDS = 1_000
SLOW = f"cần hơn {limits.VERIFY_SECONDS:g} giây để kiểm tra chữ ký số"


def signed(data: bytes, issued, role: str = "signer") -> bytes:  # type: ignore[no-untyped-def]
    return sign_pdf(data, load_pfx(issued.pfx, PASSWORD), role).data


@pytest.fixture
def policy(pki: Pki) -> SignaturePolicy:
    return SignaturePolicy(load_trust([pki.root.pem, pki.intermediate.pem]))


def test_a_pdf_crafted_against_pyhanko_is_refused_within_the_limit_and_the_batch_goes_on(
    pki: Pki, policy: SignaturePolicy, report_pdf: Path, tmp_path: Path
) -> None:
    nghe_an = signed(signed(report_pdf.read_bytes(), pki.nghe_an), pki.nghe_an_clerk, "agency")
    other = province_docs("2025")[0]
    stranger = signed(render_pdf(other), pki.nghe_an)  # Nghệ An's certificate on another province's report
    files = {
        "1-nghe-an.pdf": nghe_an,
        "2-crafted.pdf": crafted_xref(signed(report_pdf.read_bytes(), pki.nghe_an), CRAFTED_ENTRIES),
        "3-other.pdf": stranger,
        "4-fields.pdf": many_signature_fields(signed(report_pdf.read_bytes(), pki.nghe_an), CRAFTED_FIELDS),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    store = ReportStore.open(tmp_path / "bo.sqlite3")
    try:
        add_certificate(store=store, unit_kind="province", unit_code="40", role="signer", path=pki.nghe_an.pem)
        add_certificate(store=store, unit_kind="province", unit_code="40", role="agency", path=pki.nghe_an_clerk.pem)
        started = time.monotonic()
        first, crafted, third, fields = import_paths(store, sorted(tmp_path.glob("*.pdf")), signatures=policy).results
        elapsed = time.monotonic() - started
        stored = store.db.execute("SELECT COUNT(*) FROM reports WHERE origin = 'inbox'").fetchone()[0]
    finally:
        store.close()
    assert crafted.outcome is Outcome.REJECTED and SLOW in crafted.reason, crafted.reason
    assert "Traceback" not in crafted.reason
    assert fields.outcome is Outcome.REJECTED and SLOW in fields.reason, fields.reason
    assert crafted.seconds < limits.VERIFY_SECONDS + 3 and fields.seconds < limits.VERIFY_SECONDS + 3
    assert elapsed < 60
    # The good files, before and after the worker was replaced, have the statuses of the in-process check.
    assert (first.outcome, third.outcome) == (Outcome.IMPORTED, Outcome.PENDING)
    assert first.signature == verify_pdf(nghe_an, policy.trust).status == TRUSTED
    # Nghệ An's certificate is not registered for the other province: it waits.
    assert third.signature == UNVERIFIED
    assert "Chữ ký số: Đã ký số, tin cậy — Người có thẩm quyền Nguyễn Văn An" in first.reason
    assert stored == 2  # nothing of the crafted file


def test_pdf_verify_on_the_command_line_uses_the_worker(pki: Pki, report_pdf: Path, tmp_path: Path) -> None:
    trust = ["--trust", str(pki.root.pem), "--trust", str(pki.intermediate.pem)]
    crafted = tmp_path / "crafted.pdf"
    crafted.write_bytes(crafted_xref(signed(report_pdf.read_bytes(), pki.nghe_an), CRAFTED_ENTRIES))
    started = time.monotonic()
    done = run_cli("pdf", "verify", crafted, *trust)
    assert done.returncode == 2 and SLOW in done.stderr and "Traceback" not in done.stderr, done.stderr
    assert time.monotonic() - started < 30  # start-up of two processes, then the limit
    good = tmp_path / "good.pdf"
    good.write_bytes(signed(signed(report_pdf.read_bytes(), pki.nghe_an), pki.nghe_an_clerk, "agency"))
    checked = run_cli("pdf", "verify", good, *trust)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Đã ký số, tin cậy — Nguyễn Văn An" in checked.stdout


def test_the_result_and_the_trust_cross_the_pipe_as_json(pki: Pki, policy: SignaturePolicy, report_pdf: Path) -> None:
    import json

    data = signed(report_pdf.read_bytes(), pki.nghe_an)
    result = verify_pdf(data, policy.trust)
    message = json.loads(json.dumps(verification_to_wire(result)))
    assert message["signed_length"] == len(result.signed_data or b"")
    back = verification_from_wire(message, data)
    assert back == result  # every check, its time (with its zone), the signed revision's bytes, the problems
    assert isinstance(back.signatures[0].signed_at, dt.datetime) and back.signatures[0].signed_at.tzinfo
    assert back.for_unit("Nghệ An").lines() == result.for_unit("Nghệ An").lines()
    trust = trust_from_wire(json.loads(json.dumps(trust_to_wire(policy.trust))))
    assert [c.sha256 for c in trust.roots] == [c.sha256 for c in policy.trust.roots]
    assert [c.sha256 for c in trust.intermediates] == [c.sha256 for c in policy.trust.intermediates]


@pytest.mark.parametrize(
    "change",
    [
        {"status": "trusted-by-me"},
        {"signed_length": 10**9},
        {"signed_length": "12"},
        {"signatures": [{"field": "x"}]},
        {"problems": "not a list"},
    ],
)
def test_a_reply_that_is_not_a_verification_is_refused(change: dict) -> None:
    check = SignatureCheck(
        field="f",
        holder="A",
        organisation="B",
        fingerprint="00",
        signed_at=None,
        timestamped=False,
        intact=True,
        covered=True,
        trusted=True,
    )
    message = {**verification_to_wire(Verification(status=TRUSTED, signatures=(check,), signed_data=b"%PDF-1.7")), **change}
    with pytest.raises(WireError):
        verification_from_wire(message, b"%PDF-1.7 and more")
