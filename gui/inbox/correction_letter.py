"""The Ministry's request for correction as an official letter (công văn, Decree 30 layout): "V/v đề nghị chỉnh
sửa báo cáo …" under its number, Kính gửi the unit, the comments in prose, a deadline for the corrected report.
It carries as embedded JSON (gui.core.replies) the request's id, the version it answers (file and document
SHA-256) and, per field, its key, section, label, the value received and the comment; the unit's app opens it and
puts each comment beside its field (gui.operations.ministry_replies). The Ministry signs it as any official
document (`bvntd pdf sign --role signer`, then `--role agency`); the e-mail attaches it.

    reply = request_reply(store, c, review, number=..., day=..., deadline=...)   the record (its id kept)
    pdf = letter_pdf(reply, profile)
    eml = letter_email(c, review, reply, pdf, address, sender=...)
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from gui.core.dates import VIETNAM
from gui.core.i18n import translate
from gui.core.profile import Profile
from gui.core.replies import CORRECTION, FieldComment, Reply, VersionRef
from gui.core.text import file_name_part
from gui.inbox.consolidate import Consolidation
from gui.inbox.letterhead import (
    ISSUER,
    addressee_of,
    letter_symbol,
    ministry_closing,
    ministry_header,
    period_words,
    stable_id,
)
from gui.inbox.receipt import period_ref, report_citation, report_date, shown_time, unit_ref
from gui.inbox.review import UnitReview, correction_email, show_value
from gui.pdf.embedded import reply_attachments
from gui.pdf.official import (
    PdfMeta,
    addressee_block,
    body_paragraph,
    build_official_pdf,
    end_text,
    official_styles,
)
from gui.store.follow_up import Address
from gui.store.inbox import InboxRepository
from gui.store.replies import ReplyRepository, Request
from gui.store.reports import ReportStore

DEADLINE_DAYS = 15  # the corrected report is asked for within this many days unless the Ministry says otherwise


class LetterError(ValueError):
    """No letter can be made (the message says why)."""


def request_reply(
    store: ReportStore,
    c: Consolidation,
    review: UnitReview,
    profile: Profile | None = None,
    *,
    number: str = "",
    day: dt.date | None = None,
    deadline: dt.date | None = None,
) -> Reply:
    """The letter's record for the unit's latest request for correction; its id is made once and kept (the
    corrected version names it), the number and dates are the ones given now (or kept from before)."""
    commented = review.commented
    if commented is None:
        raise LetterError(
            translate("Inbox", "{unit}: chưa có ý kiến đề nghị chỉnh sửa nào để gửi.").format(unit=review.row.name)
        )
    repo = ReplyRepository(store)
    report_id = InboxRepository(store).report_with_uid_at(commented.report_uid, commented.report_updated_at)
    uid, doc_sha, received_at, file_sha = repo.received_version(report_id) if report_id else ("", "", "", "")
    if not doc_sha:
        raise LetterError(
            translate("Inbox", "{unit}: không tìm thấy phiên bản báo cáo đã nhận xét (có thể đã bị xóa).").format(
                unit=review.row.name
            )
        )
    before = repo.request(commented.id)
    day = day or (dt.date.fromisoformat(before.day) if before else dt.datetime.now(VIETNAM).date())
    if deadline is None:
        deadline = dt.date.fromisoformat(before.deadline) if before and before.deadline else None
    deadline = deadline or day + dt.timedelta(days=DEADLINE_DAYS)
    number = number or (before.number if before else "")
    request_id = before.request_id if before else stable_id("request", str(commented.id), doc_sha, commented.at)
    repo.save_request(
        Request(
            review_id=commented.id,
            request_id=request_id,
            number=number,
            day=day.isoformat(),
            deadline=deadline.isoformat(),
            document_sha256=doc_sha,
        )
    )
    symbol = letter_symbol(profile)
    return Reply(
        kind=CORRECTION,
        id=request_id,
        issuer=ISSUER,
        number=f"{number}/{symbol}" if number else "",
        date=day,
        unit=unit_ref(review.row),
        period=period_ref(c),
        version=VersionRef(
            uid=uid,
            updated_at=commented.report_updated_at,
            document_sha256=doc_sha,
            file_sha256=file_sha,
            number=review.row.number,
            date=report_date(review.row.date),
        ),
        received_at=received_at,
        review="Cần chỉnh sửa",
        general=commented.general,
        comments=_comments(c, commented.comments, commented.snapshot),
        deadline=deadline,
    )


def _comments(c: Consolidation, comments: Any, snapshot: dict[str, Any]) -> list[FieldComment]:
    fields = c.template.field_map()
    numbers = c.template.section_numbers()
    section_of = {f.key: s.key for s in c.template.iter_sections() for f in s.fields}
    out = []
    for comment in comments:
        if not comment.key:
            out.append(FieldComment(comment=comment.text))
            continue
        spec = fields.get(comment.key)
        out.append(
            FieldComment(
                key=comment.key,
                section=numbers.get(section_of.get(comment.key, ""), ""),
                label=spec.label if spec is not None else comment.key,
                value=show_value(snapshot.get(comment.key)),
                comment=comment.text,
            )
        )
    return out


def _when(text: str) -> str:
    """'09:57 ngày 07/12/2026' (Vietnam time)."""
    shown = shown_time(text).removesuffix(" (giờ Việt Nam)")
    day, _, time = shown.partition(" ")
    return f"{time} ngày {day}" if time else shown


def subject_of(reply: Reply) -> str:
    return f"V/v đề nghị chỉnh sửa báo cáo kết quả triển khai Nghị quyết số 82/NQ-CP {period_words(reply.period)}"


def letter_pdf(reply: Reply, profile: Profile | None) -> bytes:
    styles = official_styles()
    unit = addressee_of(reply.unit)
    period = period_words(reply.period)
    received = f", Bộ nhận lúc {_when(reply.received_at)}" if reply.received_at else ""
    story = [
        *addressee_block([unit], styles),
        body_paragraph(
            f"Bộ Công Thương đã nhận {report_citation(reply.version)} của {unit} về kết quả triển khai thực hiện "
            f"Nghị quyết số 82/NQ-CP {period}{received}. Qua rà soát, Bộ Công Thương đề nghị quý cơ quan rà soát, "
            "chỉnh sửa các nội dung sau:",
            styles.body,
        ),
    ]
    number = 0
    if reply.general.strip():
        number += 1
        story.append(body_paragraph(f"{number}. {reply.general.strip()}", styles.body))
    for comment in reply.comments:
        number += 1
        if not comment.key:
            story.append(body_paragraph(f"{number}. {comment.comment}", styles.body))
            continue
        where = f"Mục {comment.section}, " if comment.section else ""
        story.append(
            body_paragraph(
                f"{number}. {where}“{comment.label}” (đã báo cáo: {comment.value}): {comment.comment}", styles.body
            )
        )
    deadline = reply.deadline.strftime("%d/%m/%Y") if reply.deadline else ""
    story.append(
        body_paragraph(
            "Đề nghị quý cơ quan chỉnh sửa trong ứng dụng Báo cáo BVQLNTD (mở tệp công văn này bằng Tệp › Mở văn bản "
            "của Bộ…, các ý kiến hiện bên cạnh từng mục), xuất lại tệp PDF, ký số và gửi về Bộ Công Thương"
            + (f" trước ngày {deadline}." if deadline else "."),
            styles.body,
        )
    )
    story.append(body_paragraph("Trân trọng", styles.body))
    end_text(story, styles)
    header = ministry_header(profile, reply.date, symbol=letter_symbol(profile), number=reply.number.split("/")[0])
    header = replace(header, excerpt=subject_of(reply))
    meta = PdfMeta(
        title=f"Đề nghị chỉnh sửa báo cáo – {unit} – {period}",
        author=ISSUER,
        subject=subject_of(reply),
        keywords=("BVQLNTD", "Nghị quyết 82/NQ-CP", reply.period.id, "đề nghị chỉnh sửa"),
        created=dt.datetime.combine(reply.date, dt.time(8, 0), tzinfo=dt.UTC),
        identity=bytes.fromhex(reply.sha256())[:16],
        attachments=reply_attachments(reply.canonical_bytes()),
    )
    return build_official_pdf(story, meta, header=header, closing=ministry_closing(profile), draft=False, styles=styles)


def letter_file_name(reply: Reply) -> str:
    return letter_name(reply.unit.name, reply.unit.code, reply.period.id)


def letter_name(unit_name: str, unit_code: str, period_id: str) -> str:
    """'CV-de-nghi-chinh-sua-Tinh-Nghe-An-2025.pdf': the letter's file, named after the unit and the period."""
    return f"CV-de-nghi-chinh-sua-{file_name_part(unit_name, unit_code)}-{file_name_part(period_id)}.pdf"


def letter_email(
    c: Consolidation,
    review: UnitReview,
    reply: Reply,
    pdf: bytes,
    address: Address | None,
    *,
    sender: str = "",
) -> bytes:
    """The request's e-mail (its comments in the body, as before) with the letter's PDF attached."""
    return correction_email(
        c, review, address, sender=sender, attachments=[(letter_file_name(reply), pdf, "application", "pdf")]
    )
