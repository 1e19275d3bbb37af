"""The Ministry's receipt ("Giấy xác nhận đã nhận báo cáo") for each counted version of a unit's report: a one-page
PDF in the Decree 30 layout with the Ministry's letterhead, carrying as embedded JSON (gui.core.replies) the
report's uid, the SHA-256 of the file received and of its document, the unit, the period, when it was received,
what the signature check found and the review state. The province's app opens it (gui.operations.ministry_replies).

    receipts = make_receipts(store, c, profile, units=None, new_only=False)   -> list[ReceiptFile]
    receipt_email(receipt, address, sender=...)                                -> .eml bytes, the PDF attached
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm

from gui.core.dates import VIETNAM, parse_stored_time, vietnam_time
from gui.core.document import PeriodRef, UnitRef
from gui.core.i18n import translate
from gui.core.profile import Profile
from gui.core.replies import RECEIPT, Checked, Reply, VersionRef
from gui.core.text import file_name_part
from gui.inbox.consolidate import Consolidation, UnitRow
from gui.inbox.letterhead import ISSUER, addressee_of, ministry_closing, ministry_header, period_words, stable_id
from gui.inbox.review import reviews
from gui.mail import draft_eml
from gui.pdf.embedded import reply_attachments
from gui.pdf.official import (
    PdfMeta,
    addressee_block,
    body_paragraph,
    build_official_pdf,
    column_widths,
    data_table,
    end_text,
    official_styles,
    title_block,
)
from gui.store.follow_up import Address
from gui.store.replies import ReplyRepository
from gui.store.reports import ReportStore

SYMBOL = "XN-BCT"


class ReceiptError(ValueError):
    """No receipt can be made (the message says why)."""


@dataclass(frozen=True, kw_only=True)
class ReceiptFile:
    row: UnitRow
    reply: Reply
    pdf: bytes

    @property
    def file_name(self) -> str:
        unit = file_name_part(self.reply.unit.name, self.reply.unit.code)
        period = file_name_part(self.reply.period.id)
        return f"XN-NQ82-{unit}-{period}.pdf"


def unit_ref(row: UnitRow) -> UnitRef:
    return UnitRef(kind=row.unit.kind, code=row.unit.code, name=row.unit.name, list_id=row.unit.list_id)


def period_ref(c: Consolidation) -> PeriodRef:
    return PeriodRef(id=c.period.id, kind=c.period.kind, start=c.period.start, end=c.period.end)


def report_date(text: str) -> dt.date | None:
    """The report's date as the consolidation shows it ('15/12/2025') or ISO."""
    for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def receipt_reply(store: ReportStore, c: Consolidation, row: UnitRow, *, review: str, day: dt.date) -> Reply:
    """The receipt's record for the unit's counted version."""
    assert row.report_id is not None
    uid, doc_sha, received_at, file_sha = ReplyRepository(store).received_version(row.report_id)
    if not doc_sha:
        raise ReceiptError(
            translate("Inbox", "{unit}: báo cáo không được nhập qua hộp thư, không lập được giấy xác nhận.").format(
                unit=row.name
            )
        )
    return Reply(
        kind=RECEIPT,
        id=stable_id("receipt", doc_sha, file_sha),
        issuer=ISSUER,
        date=day,
        unit=unit_ref(row),
        period=period_ref(c),
        version=VersionRef(
            uid=uid,
            updated_at=row.updated_at,
            document_sha256=doc_sha,
            file_sha256=file_sha,
            number=row.number,
            date=report_date(row.date),
        ),
        received_at=received_at,
        checked=Checked(status=row.signature_status or "", summary=row.signature),  # type: ignore[arg-type]
        review=review,
    )


def shown_time(text: str) -> str:
    """An ISO time as '07/12/2026 09:30 (giờ Việt Nam)'."""
    shown = vietnam_time(text)
    return shown if parse_stored_time(text) is None else f"{shown} (giờ Việt Nam)"


def report_citation(version: VersionRef) -> str:
    """'Báo cáo số 125/BC-SCT ngày 15/12/2025' as far as the report said its number and date."""
    text = "Báo cáo"
    if version.number:
        text += f" số {version.number}"
    if version.date:
        text += f" ngày {version.date.strftime('%d/%m/%Y')}"
    return text


def receipt_pdf(reply: Reply, profile: Profile | None) -> bytes:
    styles = official_styles()
    unit = addressee_of(reply.unit)
    period = period_words(reply.period)
    subject = f"Đã nhận Báo cáo kết quả triển khai thực hiện Nghị quyết số 82/NQ-CP {period} của {unit}"
    story = [
        *title_block("GIẤY XÁC NHẬN", subject, styles),
        *addressee_block([unit], styles),
        body_paragraph(
            f"Bộ Công Thương xác nhận đã nhận {report_citation(reply.version)} của {unit} về kết quả triển khai "
            f"thực hiện Nghị quyết số 82/NQ-CP {period}, với các thông tin sau:",
            styles.body,
        ),
    ]
    checked = reply.checked.summary or reply.checked.status or "Chưa kiểm tra"
    rows = [
        ("1", "Thời điểm Bộ nhận", shown_time(reply.received_at)),
        ("2", "Phiên bản (đơn vị cập nhật lúc)", shown_time(reply.version.updated_at)),
        ("3", "Mã kiểm tra tệp nhận được (SHA-256)", reply.version.file_sha256 or "(không ghi nhận)"),
        ("4", "Mã kiểm tra dữ liệu báo cáo (SHA-256)", reply.version.document_sha256),
        ("5", "Chữ ký số", checked),
        ("6", "Tình trạng xem xét", reply.review or "Đã nhận"),
    ]
    widths = column_widths([1, 8, 12], [12 * mm, None, None])
    story.append(data_table(("STT", "Nội dung", "Thông tin"), rows, widths, styles, align=("center", "left", "left")))
    story.append(
        body_paragraph(
            "Ứng dụng Báo cáo BVQLNTD của đơn vị mở tệp này (Tệp › Mở văn bản của Bộ…) để ghi nhận “Bộ đã nhận”",
            styles.body,
        )
    )
    end_text(story, styles)
    header = ministry_header(profile, reply.date, symbol=SYMBOL, number="")
    data = reply.canonical_bytes()
    meta = PdfMeta(
        title=f"Giấy xác nhận đã nhận báo cáo – {unit} – {period}",
        author=ISSUER,
        subject=subject,
        keywords=("BVQLNTD", "Nghị quyết 82/NQ-CP", reply.period.id, "giấy xác nhận"),
        created=dt.datetime.combine(reply.date, dt.time(8, 0), tzinfo=dt.UTC),
        identity=bytes.fromhex(reply.sha256())[:16],
        attachments=reply_attachments(data),
    )
    return build_official_pdf(story, meta, header=header, closing=ministry_closing(profile), draft=False, styles=styles)


def make_receipts(
    store: ReportStore,
    c: Consolidation,
    profile: Profile | None,
    *,
    units: list[UnitRow] | None = None,
    new_only: bool = False,
    day: dt.date | None = None,
    record: bool = True,
) -> list[ReceiptFile]:
    """A receipt for each unit's counted version (`units`, else every unit that reported); `new_only`: only the
    units whose counted version has no receipt yet ("received since the last receipts"). Each is recorded."""
    day = day or dt.datetime.now(VIETNAM).date()
    repo = ReplyRepository(store)
    made = repo.receipts(c.period.id)
    states = reviews(store, c)
    rows = units if units is not None else [r for r in [*c.reported, *c.ministries, *c.outside_list] if r.reported]
    out = []
    for row in rows:
        if row.report_id is None:
            continue
        if new_only and any(m.report_id == row.report_id for m in made.get((row.unit.kind, row.unit.code), [])):
            continue
        state = states.get((row.unit.kind, row.unit.code))
        reply = receipt_reply(store, c, row, review=state.label if state else "Đã nhận", day=day)
        out.append(ReceiptFile(row=row, reply=reply, pdf=receipt_pdf(reply, profile)))
        if record:
            repo.record_receipt(
                report_id=row.report_id,
                unit_kind=row.unit.kind,
                unit_code=row.unit.code,
                period_id=c.period.id,
                receipt_id=reply.id,
                document_sha256=reply.version.document_sha256,
            )
    return out


def receipt_email(receipt: ReceiptFile, address: Address | None, *, sender: str = "") -> bytes:
    """The draft e-mail sending the receipt to the unit, the PDF attached."""
    reply = receipt.reply
    unit = addressee_of(reply.unit)
    period = period_words(reply.period)
    body = (
        f"Kính gửi: {unit}\n\n"
        f"Bộ Công Thương xác nhận đã nhận {report_citation(reply.version)} về kết quả triển khai thực hiện Nghị quyết "
        f"số 82/NQ-CP {period} (nhận lúc {shown_time(reply.received_at)}). Giấy xác nhận kèm theo "
        f"({receipt.file_name}) mang mã kiểm tra của tệp đã nhận; mở tệp trong ứng dụng Báo cáo BVQLNTD "
        "(Tệp › Mở văn bản của Bộ…) để ghi nhận.\n\nTrân trọng.\n"
    )
    subject = f"Xác nhận đã nhận Báo cáo kết quả triển khai Nghị quyết 82/NQ-CP – {unit} – {period}"
    to = address.emails.replace(";", ",") if address is not None else ""
    return draft_eml(
        subject, body, to=to, sender=sender, attachments=[(receipt.file_name, receipt.pdf, "application", "pdf")]
    )
