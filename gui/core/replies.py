"""The Ministry's replies to a province's report, as the files the two sides exchange: the receipt ("Giấy xác nhận
đã nhận báo cáo") and the request for correction (an official letter, "Công văn"). Both carry this record as JSON
embedded in their PDF (gui.pdf.embedded, `bvntd-reply.json`); the province's app reads it back to set the
report's state and to put each comment beside its field.

    reply.kind         "receipt" | "correction"
    reply.id           the receipt's or the request's identity (a corrected report names the request it answers)
    reply.version      the version it speaks of: the report's uid, its document's updated_at, the SHA-256 of the
                       file received and of its document
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Annotated, Any, Final, Literal

import msgspec
from msgspec import Meta, field

from gui.core.dates import vietnam_time
from gui.core.document import DocumentError, PeriodRef, UnitRef
from gui.core.i18n import QT_TRANSLATE_NOOP, translate
from gui.core.records import Record, convert, dotted, error_location
from gui.core.safejson import UnsafeJson, load_json
from gui.core.text import normalize_tree

REPLY_FORMAT: Final = "bvntd-reply"
REPLY_FORMAT_VERSION: Final = 1
RECEIPT: Final = "receipt"
CORRECTION: Final = "correction"

Sha256 = Annotated[str, Meta(pattern="^[0-9a-f]{64}$")]
Short = Annotated[str, Meta(max_length=200)]
Long = Annotated[str, Meta(max_length=5000)]


class ReplyError(DocumentError):
    """A reply file whose data cannot be used; the message says why."""


class VersionRef(Record, frozen=True, kw_only=True):
    """The version of the report a reply speaks of."""

    uid: Annotated[str, Meta(min_length=8, max_length=64)]
    updated_at: Annotated[str, Meta(min_length=1, max_length=40)]
    document_sha256: Sha256
    file_sha256: Annotated[str, Meta(pattern="^([0-9a-f]{64})?$")] = ""
    number: Short = ""  # the report's own number and date, as the letter cites it
    date: dt.date | None = None


class Checked(Record, frozen=True, kw_only=True):
    """What the Ministry's import found about the file's signatures."""

    status: Literal["trusted", "unverified", "unsigned", ""] = ""
    summary: Long = ""


class FieldComment(Record, frozen=True, kw_only=True):
    """A comment on one field (key '' for a general one), with the value the Ministry received."""

    key: Annotated[str, Meta(max_length=100)] = ""
    section: Short = ""  # the number the report's PDF gives the field's section, e.g. "II.4"
    label: Annotated[str, Meta(max_length=1000)] = ""
    value: Long = ""  # the value received, as shown
    comment: Annotated[str, Meta(min_length=1, max_length=5000)]


class Reply(Record, frozen=True, kw_only=True):
    format: Literal["bvntd-reply"] = REPLY_FORMAT
    format_version: Literal[1] = REPLY_FORMAT_VERSION
    kind: Literal["receipt", "correction"]
    id: Annotated[str, Meta(min_length=8, max_length=64)]
    issuer: Short  # "Bộ Công Thương"
    number: Short = ""  # the letter's number and symbol as printed, e.g. "125/BCT-TMĐT"; "" when not registered
    date: dt.date
    unit: UnitRef
    period: PeriodRef
    version: VersionRef
    received_at: Annotated[str, Meta(max_length=40)] = ""
    checked: Checked = field(default_factory=Checked)
    review: Short = ""  # the review state when the receipt was made ("Đã nhận", "Đã chấp nhận", …)
    general: Long = ""
    comments: Annotated[list[FieldComment], Meta(max_length=500)] = field(default_factory=list)
    deadline: dt.date | None = None  # for the corrected report

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = msgspec.to_builtins(self)
        return data

    def canonical_bytes(self) -> bytes:
        return json.dumps(self.to_data(), ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")

    def sha256(self) -> str:
        return hashlib.sha256(self.canonical_bytes()).hexdigest()

    @property
    def cited(self) -> str:
        """How a corrected report cites the letter: 'số 125/BCT-TMĐT ngày 05/01/2026', or 'ngày 05/01/2026 (mã
        057af560)' when the letter was sent without a registered number."""
        return cite(self.number, self.date, self.id)


def cite(number: str, day: dt.date, request_id: str) -> str:
    if number:
        return translate("Core", "số {number} ngày {date}").format(number=number, date=day.strftime("%d/%m/%Y"))
    return translate("Core", "ngày {date} (mã {code})").format(date=day.strftime("%d/%m/%Y"), code=request_id[:8])


TRUSTED_TEXT = QT_TRANSLATE_NOOP("Core", "của Bộ Công Thương, tin cậy")
UNVERIFIED_TEXT = QT_TRANSLATE_NOOP("Core", "chưa xác minh")


def short_time(text: str) -> str:
    """An ISO time as '07/12/2026 09:57' in Vietnam time."""
    return vietnam_time(text)


def status_note(kind: str, trusted: bool, data: dict[str, Any]) -> str:
    """What follows "Bộ đã nhận" / "Bộ đề nghị chỉnh sửa" in the report's status: ' lúc 07/12/2026 09:57 — của Bộ
    Công Thương, tin cậy', ' (2 ý kiến) — chưa xác minh' (gui.core.report_status's reply note)."""
    authenticity = translate("Core", TRUSTED_TEXT if trusted else UNVERIFIED_TEXT)
    if kind == RECEIPT:
        return translate("Core", " lúc {time} — {authenticity}").format(
            time=short_time(str(data.get("received_at", ""))), authenticity=authenticity
        )
    comments = data.get("comments") if isinstance(data.get("comments"), list) else []
    count = len(comments or []) + (1 if str(data.get("general", "")).strip() else 0)
    return translate("Core", " ({count} ý kiến) — {authenticity}").format(count=count, authenticity=authenticity)


def read_reply(text: str | bytes) -> Reply:
    """A reply from JSON that came from outside: gui.core.safejson's limits, then the model (every string NFC)."""
    try:
        data = load_json(text)
    except UnsafeJson as error:
        raise ReplyError(
            translate("Core", "Dữ liệu văn bản của Bộ không đọc được: {error}.").format(error=error)
        ) from None
    if not isinstance(data, dict) or data.get("format") != REPLY_FORMAT:
        raise ReplyError(translate("Core", "Đây không phải văn bản trả lời của Bộ (giấy xác nhận, công văn)."))
    try:
        return convert(normalize_tree(data), Reply)
    except msgspec.ValidationError as error:
        loc, message = error_location(error)
        raise ReplyError(
            translate("Core", "Dữ liệu văn bản của Bộ không hợp lệ — khóa '{key}': {error}").format(
                key=dotted(loc), error=message
            )
        ) from None
