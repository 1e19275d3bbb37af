"""The email hand-off: an .eml draft with the PDF attached, which Outlook and Thunderbird open as a new message."""

from __future__ import annotations

import datetime as dt
import mimetypes
from email.header import Header
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from pathlib import Path

from gui.core.document import ReportDocument
from gui.core.emails import bad_addresses
from gui.core.errors import UserError
from gui.core.i18n import translate
from gui.core.period import Period
from gui.core.units import find_unit
from gui.fileio import write_output

SUBJECT = "Báo cáo kết quả triển khai Nghị quyết 82/NQ-CP – {unit} – {period}"


def email_subject(doc: ReportDocument) -> str:
    unit = doc.unit.name if doc.unit.kind == "ministry" else f"{_province_prefix(doc)} {doc.unit.name}"
    return SUBJECT.format(unit=unit, period=_period_words(doc))


def _province_prefix(doc: ReportDocument) -> str:
    unit = find_unit(doc.unit.kind, doc.unit.code, doc.unit.list_id)
    return "Thành phố" if unit is not None and unit.city else "Tỉnh"


def _period_words(doc: ReportDocument) -> str:
    period = Period(doc.period.kind, doc.period.start, doc.period.end)
    return period.phrase[0].upper() + period.phrase[1:]


def sending_agency(doc: ReportDocument) -> str:
    """The agency as a sentence names it: "Sở Công Thương tỉnh Quảng Ninh", "Sở Công Thương thành phố Hà Nội";
    a ministry's own name as it is."""
    agency = doc.header.agency.title() if doc.header.agency.isupper() else doc.header.agency
    if doc.unit.kind == "ministry":
        return agency or doc.unit.name
    return f"{agency} {_province_prefix(doc).lower()} {doc.unit.name}".strip()


def email_body(doc: ReportDocument, pdf_name: str, *, sender: str = "", phone: str = "") -> str:
    """The message's text, signed by the person who sends it (the profile's contact person), not by the report's
    signer: the Ministry answers the focal point."""
    agency = sending_agency(doc)
    lines = [
        "Kính gửi: " + ("; ".join(doc.header.addressee) or "Bộ Công Thương"),
        "",
        f"{agency} trân trọng gửi Báo cáo kết quả triển khai thực hiện Nghị quyết số 82/NQ-CP "
        f"{_period_words(doc).lower()} (tệp đính kèm {pdf_name}).",
        "Tệp PDF có kèm dữ liệu của báo cáo để Bộ tổng hợp, không cần nhập lại.",
        "",
        "Trân trọng.",
        "",
    ]
    if sender:
        lines.append(sender)
    lines.append(agency)
    if phone:
        lines.append(f"Điện thoại: {phone}")
    return "\n".join(lines) + "\n"


def build_eml(
    doc: ReportDocument,
    pdf_path: Path,
    *,
    to: str,
    sender: str = "",
    sender_name: str = "",
    phone: str = "",
    now: dt.datetime | None = None,
) -> bytes:
    """A draft message with the report's PDF attached (see draft_eml); `sender_name` and `phone` sign it."""
    attachment = (pdf_path.name, pdf_path.read_bytes(), "application", "pdf")
    body = email_body(doc, pdf_path.name, sender=sender_name, phone=phone)
    return draft_eml(email_subject(doc), body, to=to, sender=sender, now=now, attachments=[attachment])


def set_subject(message: EmailMessage, subject: str) -> None:
    """The subject as encoded words that each carry their own spaces. The email package's own folding of a long
    Vietnamese subject drops the space where it splits two words ('kếtquả', '–Thành phố'): RFC 2047 readers ignore
    the blank between two encoded words, so the space must be inside one."""
    line = " ".join(subject.split())  # one line: a line break here would end the header
    message.set_raw("Subject", Header(line, "utf-8", maxlinelen=76, header_name="Subject").encode(linesep="\r\n"))


def draft_eml(
    subject: str,
    body: str,
    *,
    to: str = "",
    bcc: str = "",
    sender: str = "",
    now: dt.datetime | None = None,
    attachments: list[tuple[str, bytes, str, str]] | None = None,
) -> bytes:
    """A draft message; 'X-Unsent: 1' makes Outlook open it as an editable draft rather than a received mail.
    Attachments are (file name, bytes, main type, subtype)."""
    for field, value in (("To", to), ("Bcc", bcc), ("From", sender)):
        _check_addresses(field, value)
    message = EmailMessage(policy=SMTP)
    set_subject(message, subject)
    if to:
        message["To"] = to
    if bcc:
        message["Bcc"] = bcc
    if sender:
        message["From"] = sender
    message["Date"] = format_datetime(now or dt.datetime.now(dt.UTC))
    message["Message-ID"] = make_msgid(domain="bvntd.local")
    message["X-Unsent"] = "1"
    message.set_content(body)
    for name, data, maintype, subtype in attachments or []:
        message.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return message.as_bytes()


def _check_addresses(field: str, value: str) -> None:
    """Addresses come from Settings and the address book, perhaps stored before they were checked: one that is
    not an address (a line break, an encoded word) is refused here, by name, before any header is written."""
    bad = bad_addresses(value)
    if bad:
        raise UserError(
            translate(
                "Files",
                "Địa chỉ email “{address}” (dòng {field} của thư) không hợp lệ: chỉ nhận dạng ten@coquan.gov.vn, "
                "không xuống dòng, không mã hóa “=?…?=”. Hãy sửa trong Cài đặt (email nhận báo cáo của Bộ) hoặc "
                "sổ địa chỉ rồi làm lại; chưa ghi thư.",
            ).format(address=bad[0].encode("unicode_escape").decode("ascii"), field=field)
        )


def write_eml(
    doc: ReportDocument, pdf_path: Path, *, to: str, sender: str = "", sender_name: str = "", phone: str = ""
) -> Path:
    """Write the draft beside the PDF (same name, .eml) and return its path."""
    if not pdf_path.is_file():  # exported to /dev/null or a pipe: nothing to attach, and no folder to write into
        raise UserError(
            translate(
                "Files",
                "{path} không phải là một tệp thường nên không đính kèm được vào thư. Hãy xuất PDF ra một tệp rồi gửi.",
            ).format(path=pdf_path)
        )
    target = pdf_path.with_suffix(".eml")
    write_output(target, build_eml(doc, pdf_path, to=to, sender=sender, sender_name=sender_name, phone=phone))
    return target


def write_file_eml(path: Path, *, subject: str, body: str, to: str = "", also: tuple[Path, ...] = ()) -> Path:
    """A draft message with any file attached (the Ministry's Excel or summary PDF), and the files `also` (the
    draft report's PDF beside its .docx), written beside the first as .eml."""
    for attached in (path, *also):
        if not attached.is_file():
            raise UserError(
                translate("Files", "{path} không phải là một tệp thường nên không đính kèm được vào thư.").format(
                    path=attached
                )
            )
    _check_addresses("To", to)
    message = EmailMessage(policy=SMTP)
    set_subject(message, subject)
    if to:
        message["To"] = to
    message["Date"] = format_datetime(dt.datetime.now(dt.UTC))
    message["Message-ID"] = make_msgid(domain="bvntd.local")
    message["X-Unsent"] = "1"
    message.set_content(body)
    for attached in (path, *also):
        kind = mimetypes.guess_type(attached.name)[0] or "application/octet-stream"
        maintype, _, subtype = kind.partition("/")
        message.add_attachment(attached.read_bytes(), maintype=maintype, subtype=subtype, filename=attached.name)
    target = path.with_suffix(".eml")
    write_output(target, message.as_bytes())
    return target
