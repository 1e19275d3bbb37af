"""The verification's shortcuts (issue 20: ≤ 30 ms a file) decide nothing pyHanko's full reading would not.

- gui.signing.signature_contents reads each signature dictionary with its CMS decoded at once: the same object
  pyHanko's parser makes, and nothing read that way when the gap is not plainly the dictionary's /Contents;
- gui.signing.allowed_updates says ALLOWED only for the app's own second signature: every shadow attack (after
  both signatures, or between them) gets UNKNOWN, and the full analysis refuses it as before; a reference planted
  before signing that a later update resolves (which pyHanko's analysis accepts) is PLANTED, and refused.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader

from gui.signing.allowed_updates import Updates, judge_updates
from gui.signing.signature_contents import preload_signature_values
from gui.signing.verify import Status, load_trust, verify_pdf
from tests.signing import attacks
from tests.signing.pki import Pki
from tests.signing.signed import app_sign, both, raw_sign


@pytest.fixture(scope="module")
def signed(pki: Pki, report_pdf: Path) -> bytes:
    return both(report_pdf.read_bytes(), pki)


@pytest.fixture(scope="module")
def signed_visible(pki: Pki, report_pdf: Path, images: dict[str, Path]) -> bytes:
    once = app_sign(report_pdf.read_bytes(), pki.nghe_an, "signer", images["signature"])
    return app_sign(once, pki.nghe_an_clerk, "agency", images["seal"])


def _signatures(data: bytes, preload: bool = True) -> tuple[PdfFileReader, list]:  # type: ignore[type-arg]
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    if preload:
        preload_signature_values(reader, data)
    return reader, sorted(reader.embedded_regular_signatures, key=lambda s: int(s.sig_object["/ByteRange"][2]))


def _verdicts(data: bytes) -> list[Updates]:
    """judge_updates for each signature, the later signatures' fields allowed after it."""
    reader, signatures = _signatures(data)
    names = [str(s.field_name) for s in signatures]
    out = []
    for i, sig in enumerate(signatures):
        byte_range = sig.sig_object["/ByteRange"]
        end = int(byte_range[2]) + int(byte_range[3])
        out.append(judge_updates(reader, data, sig.signed_revision, end, frozenset(names[i + 1 :])))
    return out


def check(pki: Pki, data: bytes):  # type: ignore[no-untyped-def]
    return verify_pdf(data, load_trust([pki.root.pem, pki.intermediate.pem])).for_unit("Nghệ An")


def test_preloaded_signature_dictionaries_are_what_pyhanko_reads(signed: bytes, signed_visible: bytes) -> None:
    for data in (signed, signed_visible):
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        assert preload_signature_values(reader, data) == 2
        _plain_reader, plain = _signatures(data, preload=False)
        fast = sorted(reader.embedded_regular_signatures, key=lambda s: int(s.sig_object["/ByteRange"][2]))
        assert [s.field_name for s in fast] == [s.field_name for s in plain]
        for a, b in zip(fast, plain, strict=True):
            assert set(a.sig_object) == set(b.sig_object)
            for key in b.sig_object:
                assert a.sig_object[key] == b.sig_object[key], key
            assert a.sig_object["/Contents"].original_bytes == b.sig_object["/Contents"].original_bytes
            assert a.signer_cert.dump() == b.signer_cert.dump()


def test_a_gap_that_is_not_plain_hex_is_left_to_pyhanko(
    pki: Pki, signed: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Spaces in the CMS's hex (never written by pyHanko): read by pyHanko's parser, and the verdict is the one
    without the shortcut. The agency's signature is changed: its gap is signed by nobody."""
    match = list(re.finditer(rb"/Contents <([0-9A-Fa-f]+?)(0{40})>", signed))[-1]
    spaced = signed[: match.start(2)] + b"0" * 20 + b" " * 20 + signed[match.end(2) :]
    reader = PdfFileReader(io.BytesIO(spaced), strict=False)
    assert preload_signature_values(reader, spaced) == 1  # the other signature is still read at once
    fast = check(pki, spaced)
    monkeypatch.setattr("gui.signing.verify.preload_signature_values", lambda reader, data: 0)
    plain = check(pki, spaced)
    assert fast.status is plain.status and fast.lines() == plain.lines()
    assert check(pki, signed).status is Status.TRUSTED


def test_the_apps_two_signatures_are_shown_harmless_cheaply(signed: bytes, signed_visible: bytes) -> None:
    assert _verdicts(signed) == [Updates.ALLOWED] * 2
    assert _verdicts(signed_visible) == [Updates.ALLOWED] * 2  # the seal's appearance and image under the new widget


@pytest.mark.parametrize("mode", attacks.MODES)
@pytest.mark.parametrize("channel", ["signature field", "new form field", "annotation"])
def test_shadow_attacks_are_never_shown_harmless(
    pki: Pki, signed: bytes, report_pdf: Path, channel: str, mode: str
) -> None:
    attack = {
        "signature field": attacks.shadow_signature_field,
        "new form field": attacks.shadow_form_field,
        "annotation": attacks.shadow_annotation,
    }[channel]
    after_both = attack(signed, mode)
    assert _verdicts(after_both) == [Updates.UNKNOWN] * 2
    assert check(pki, after_both).status is Status.BROKEN
    # Between the two signatures: the agency signs over the shadow (as another tool would, without checks).
    once = app_sign(report_pdf.read_bytes(), pki.nghe_an, "signer")
    between = raw_sign(attack(once, mode), pki.nghe_an_clerk, "ChuKyCoQuan")
    assert _verdicts(between)[0] is Updates.UNKNOWN
    assert check(pki, between).status is Status.BROKEN


def test_a_filled_form_field_is_never_shown_harmless(pki: Pki, report_pdf: Path) -> None:
    trap = both(attacks.text_field_before_signing(report_pdf.read_bytes()), pki)
    assert _verdicts(trap) == [Updates.ALLOWED] * 2  # the field untouched
    filled = attacks.fill_form_field(trap, "GhiChu", "hide-and-replace")
    assert _verdicts(filled) == [Updates.UNKNOWN] * 2
    assert check(pki, filled).status is Status.BROKEN


def _planted(data: bytes) -> tuple[bytes, int]:
    """The unsigned report with an annotation over page 1 whose appearance is a reference to an object that does
    not exist yet: nothing is drawn when it is signed."""
    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    number = int(writer.trailer["/Size"]) + 40
    page_ref = writer.root["/Pages"]["/Kids"].raw_get(0)
    annot = generic.DictionaryObject(
        {
            pdf_name("/Type"): pdf_name("/Annot"),
            pdf_name("/Subtype"): pdf_name("/Square"),
            pdf_name("/Rect"): generic.ArrayObject(generic.FloatObject(v) for v in attacks.PAGE),
            pdf_name("/F"): generic.NumberObject(4),
            pdf_name("/AP"): generic.DictionaryObject({pdf_name("/N"): generic.IndirectObject(number, 0, writer)}),
        }
    )
    attacks._add_annotation(writer, page_ref.get_object(), writer.add_object(annot))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue(), number


def _resolve(data: bytes, number: int) -> bytes:
    """An update defining object `number` as a white box over the page (no key needed)."""
    body = b"q 1 1 1 rg 0 0 595 842 re f Q\n"
    head = b"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Length %d >>" % len(body)
    return _append_object(data, number, head + b"\nstream\n" + body + b"endstream")


def _append_object(data: bytes, number: int, content: bytes, info: bytes = b"") -> bytes:
    """An incremental update, written by hand, holding object `number` (new, or written again) as `content`;
    `info`: the trailer's /Info reference, if given."""
    previous = int(data.rsplit(b"startxref", 1)[1].split()[0])
    size = int(re.findall(rb"/Size (\d+)", data)[-1])
    root = re.findall(rb"/Root (\d+ \d+ R)", data)[-1]
    offset = len(data) + 1
    obj = b"%d 0 obj\n%s\nendobj\n" % (number, content)
    xref = offset + len(obj)
    tail = b"xref\n%d 1\n%010d 00000 n \ntrailer\n<< /Size %d /Root %s /Prev %d%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        number,
        offset,
        max(size, number + 1),
        root,
        previous,
        b" /Info " + info if info else b"",
        xref,
    )
    return data + b"\n" + obj + tail


def test_a_reference_planted_before_signing_and_resolved_after_is_refused(pki: Pki, report_pdf: Path) -> None:
    planted, number = _planted(report_pdf.read_bytes())
    signed = both(planted, pki)
    assert check(pki, signed).status is Status.TRUSTED  # nothing drawn: what was signed is what is shown
    attacked = _resolve(signed, number)
    assert _verdicts(attacked) == [Updates.PLANTED] * 2
    result = check(pki, attacked)
    assert result.status is Status.BROKEN, result.lines()
    assert result.signed_data is None


def _rewrite_first_content(data: bytes, *, type_page: bool = False, draw: bytes | None = None) -> bytes:
    """Page 1's content stream written again, under its own number, in an incremental update: `/Type /Page` added
    to its dictionary (the page looks the same), or `draw` appended to what it draws."""
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    page = reader.root["/Pages"]["/Kids"][0]
    contents = page.raw_get("/Contents")
    ref = contents if isinstance(contents, generic.IndirectObject) else contents.raw_get(0)
    stream = ref.get_object()
    keys = generic.DictionaryObject(
        {k: stream.raw_get(k) for k in stream if k not in ("/Length", "/Filter", "/DecodeParms")}
    )
    if type_page:
        keys[pdf_name("/Type")] = pdf_name("/Page")
    body = stream.data + (b"\n" + draw if draw is not None else b"")
    keys[pdf_name("/Length")] = generic.NumberObject(len(body))
    header = io.BytesIO()
    keys.write_to_stream(header, None)
    return _append_object(data, ref.idnum, header.getvalue() + b"\nstream\n" + body + b"\nendstream")


def test_a_rewritten_content_stream_is_never_shown_harmless(pki: Pki, report_pdf: Path) -> None:
    """Only dictionaries are compared: a stream rewritten after signing — even one whose dictionary poses as a page
    (laid before signing) with only its data changed — is left to the full analysis, which refuses it."""
    white = b"q 1 1 1 rg 0 0 595 842 re f Q"
    for prepared in (report_pdf.read_bytes(), _rewrite_first_content(report_pdf.read_bytes(), type_page=True)):
        signed = both(prepared, pki)
        assert check(pki, signed).status is Status.TRUSTED
        attacked = _rewrite_first_content(signed, draw=white)
        assert _verdicts(attacked) == [Updates.UNKNOWN] * 2
        assert check(pki, attacked).status is Status.BROKEN


def test_a_catalogue_named_as_the_information_dictionary_is_still_compared(pki: Pki, signed: bytes) -> None:
    """The document information dictionary is not read (only the trailer may point to it): a later trailer naming
    the catalogue as /Info does not spare the catalogue's own comparison."""
    reader = PdfFileReader(io.BytesIO(signed), strict=False)
    root = reader.trailer.raw_get("/Root")
    catalogue = generic.DictionaryObject({k: reader.root.raw_get(k) for k in reader.root})
    catalogue[pdf_name("/PageMode")] = pdf_name("/FullScreen")  # anything the catalogue may not gain
    body = io.BytesIO()
    catalogue.write_to_stream(body, None)
    attacked = _append_object(signed, root.idnum, body.getvalue(), info=b"%d 0 R" % root.idnum)
    assert _verdicts(attacked) == [Updates.UNKNOWN] * 2
    assert check(pki, attacked).status is Status.BROKEN
