"""A free worker of the sandbox takes the next file while the import works on the one before (gui.pdf.sandbox,
PdfSandbox.verify_ahead and receive_ahead): the answer is the one the worker gives, a file crafted against pyHanko
given ahead is refused within its limit all the same, and the file after it is checked as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.core import limits
from gui.pdf.sandbox import PdfSandbox, SuspiciousPdfError
from gui.signing.keys import load_pfx
from gui.signing.sign import sign_pdf
from gui.signing.verify import load_trust
from tests.inbox.hostile import crafted_xref
from tests.signing.pki import PASSWORD, Pki


def _signed(data: bytes, pki: Pki) -> bytes:
    first = sign_pdf(data, load_pfx(pki.nghe_an.pfx, PASSWORD), "signer").data
    return sign_pdf(first, load_pfx(pki.nghe_an_clerk.pfx, PASSWORD), "agency").data


def _ready(sandbox: PdfSandbox, data: bytes) -> None:
    """Two files read, so the spare is started, and time for it to be ready."""
    sandbox.read(data)
    sandbox.read(data)
    spare = sandbox._spare
    assert spare is not None and spare.wait_ready()


def test_an_answer_given_ahead_is_the_workers(pki: Pki, report_pdf: Path) -> None:
    trust = load_trust([pki.root.pem, pki.intermediate.pem])
    signed = _signed(report_pdf.read_bytes(), pki)
    with PdfSandbox() as alone:
        expected = alone.verify(signed, trust)
    with PdfSandbox(spare=True) as sandbox:
        _ready(sandbox, report_pdf.read_bytes())
        sandbox.verify_ahead(signed, trust)
        assert sandbox._ahead  # given to a free worker
        checked = sandbox.verify(signed, trust)
        assert not sandbox._ahead
    assert checked.status == expected.status
    assert [s.fingerprint for s in checked.signatures] == [s.fingerprint for s in expected.signatures]


def test_a_crafted_file_given_ahead_is_refused_and_the_next_is_checked(pki: Pki, report_pdf: Path) -> None:
    trust = load_trust([pki.root.pem, pki.intermediate.pem])
    signed = _signed(report_pdf.read_bytes(), pki)
    crafted = crafted_xref(signed, 2_000_000)
    with PdfSandbox(spare=True) as sandbox:
        _ready(sandbox, report_pdf.read_bytes())
        sandbox.verify_ahead(crafted, trust)
        with pytest.raises(SuspiciousPdfError, match=f"cần hơn {limits.VERIFY_SECONDS:g} giây"):
            sandbox.verify(crafted, trust)
        assert sandbox.verify(signed, trust).signatures  # the worker, the spare gone with the crafted file
        # A new spare, started after the violation, is given files ahead again.
        _ready(sandbox, report_pdf.read_bytes())
        sandbox.verify_ahead(signed, trust)
        assert sandbox.verify(signed, trust).signatures


def test_one_request_checks_the_signatures_then_reads_the_signed_revision(pki: Pki, report_pdf: Path) -> None:
    """`receive` (the import's one request a file) answers what `verify` and then `read` of the signed revision
    answer, given ahead or not; an unsigned file is read whole."""
    trust = load_trust([pki.root.pem, pki.intermediate.pem])
    unsigned = report_pdf.read_bytes()
    signed = _signed(unsigned, pki)
    with PdfSandbox() as alone:
        expected = alone.verify(signed, trust)
        assert expected.signed_data is not None
        expected_read = alone.read(expected.signed_data)
        expected_unsigned = alone.read(unsigned)
    with PdfSandbox(spare=True) as sandbox:
        _ready(sandbox, unsigned)
        sandbox.receive_ahead(signed, trust)
        assert sandbox._ahead  # given to a free worker
        got = sandbox.receive(signed, trust)
        assert not sandbox._ahead
        direct = sandbox.receive(signed, trust)
        plain = sandbox.receive(unsigned, trust)
    for received in (got, direct):
        assert received.verification.status == expected.status
        assert [s.fingerprint for s in received.verification.signatures] == [s.fingerprint for s in expected.signatures]
        assert received.verification.signed_data == expected.signed_data
        assert received.found == expected_read
    assert plain.verification.status == "unsigned" and plain.found == expected_unsigned


def test_a_crafted_file_received_ahead_costs_its_worker_not_the_next_file(pki: Pki, report_pdf: Path) -> None:
    trust = load_trust([pki.root.pem, pki.intermediate.pem])
    signed = _signed(report_pdf.read_bytes(), pki)
    crafted = crafted_xref(signed, 2_000_000)
    with PdfSandbox(spare=True) as sandbox:
        _ready(sandbox, report_pdf.read_bytes())
        sandbox.receive_ahead(crafted, trust)
        sandbox.receive_ahead(signed, trust)  # the other worker takes the next file meanwhile
        assert len(sandbox._ahead) == 2
        with pytest.raises(SuspiciousPdfError, match=f"cần hơn {limits.VERIFY_SECONDS:g} giây"):
            sandbox.receive(crafted, trust)
        after = sandbox.receive(signed, trust)
        assert after.found is not None and after.verification.signatures


def test_after_a_violation_the_next_file_does_not_wait_for_the_replacement(pki: Pki, report_pdf: Path) -> None:
    """The worker replacing a killed one loads pyHanko first (~0.6 s): until it is ready, the ready worker left is
    not given a file ahead, so the file asked for next is answered by it at once instead of waiting for the
    replacement (that wait cost the benchmark's run ~0.7 s a hostile file)."""
    trust = load_trust([pki.root.pem, pki.intermediate.pem])
    signed = _signed(report_pdf.read_bytes(), pki)
    crafted = crafted_xref(signed, 2_000_000)
    with PdfSandbox(spare=True) as sandbox:
        _ready(sandbox, report_pdf.read_bytes())
        sandbox.receive_ahead(crafted, trust)
        sandbox.receive_ahead(signed, trust)
        with pytest.raises(SuspiciousPdfError):
            sandbox.receive(crafted, trust)
        assert sandbox.receive(signed, trust).found is not None  # given ahead; the replacement starts now
        assert len(sandbox._workers) == 2
        sandbox.receive_ahead(report_pdf.read_bytes(), trust)
        # Given ahead only if another ready worker stays free for the file asked for now.
        assert not sandbox._ahead or all(w.ready for w in sandbox._workers)
        assert sandbox.receive(signed, trust).verification.signatures
