"""The report document: the one JSON shape shared by the store, the command line, the PDF and the Ministry."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Annotated, Any, Final, Literal

import msgspec
from msgspec import Meta, field

from gui.core.errors import UserError
from gui.core.i18n import translate
from gui.core.records import Record, convert, dotted, error_location
from gui.core.safejson import UnsafeJson, load_json
from gui.core.text import normalize_tree

DOCUMENT_FORMAT: Final = "bvntd-report"
DOCUMENT_FORMAT_VERSION: Final = 1

JsonValue = Any


class DocumentError(UserError, ValueError):
    """A report document that cannot be read; the message names the key and the fault."""


class TemplateRef(Record, frozen=True, kw_only=True):
    id: Annotated[str, Meta(min_length=1, max_length=100)]
    version: Annotated[int, Meta(ge=1)]


class UnitRef(Record, frozen=True, kw_only=True):
    kind: Literal["province", "ministry"]
    code: Annotated[str, Meta(min_length=1, max_length=20)]
    name: Annotated[str, Meta(min_length=1, max_length=200)]
    list_id: Annotated[str, Meta(max_length=50, description="The province list used (e.g. qd19-2025).")] = ""


class PeriodRef(Record, frozen=True, kw_only=True):
    id: Annotated[str, Meta(min_length=4, max_length=20, description="2025, 2025-H1 or 2021-2025.")]
    kind: Literal["year", "half", "review"]
    start: dt.date
    end: dt.date


class Signer(Record, frozen=True, kw_only=True):
    on_behalf_of: Annotated[
        str,
        Meta(
            max_length=200,
            description="A collective body signed for, e.g. ỦY BAN NHÂN DÂN: a first line 'TM. ỦY BAN NHÂN DÂN'.",
        ),
    ] = ""
    authority: Literal["", "TM.", "KT.", "Q.", "TL.", "TUQ."] = ""
    authority_of: Annotated[str, Meta(max_length=200, description="e.g. GIÁM ĐỐC, after KT.")] = ""
    position: Annotated[str, Meta(max_length=200)] = ""
    name: Annotated[str, Meta(max_length=200)] = ""


class Header(Record, frozen=True, kw_only=True):
    parent_body: Annotated[str, Meta(max_length=300, description="e.g. ỦY BAN NHÂN DÂN TỈNH NGHỆ AN")] = ""
    agency: Annotated[str, Meta(max_length=300, description="e.g. SỞ CÔNG THƯƠNG")] = ""
    number: Annotated[str, Meta(max_length=20, description="The number only; empty until registered.")] = ""
    symbol: Annotated[str, Meta(max_length=50)] = "BC-SCT"
    place: Annotated[str, Meta(max_length=100)] = ""
    date: dt.date | None = None
    addressee: Annotated[list[str], Meta(max_length=20)] = field(default_factory=list)
    recipients: Annotated[list[str], Meta(max_length=50)] = field(default_factory=list)
    signer: Signer = field(default_factory=Signer)


class CorrectionRef(Record, frozen=True, kw_only=True):
    """The Ministry's request for correction a corrected version answers (gui.core.replies)."""

    id: Annotated[str, Meta(min_length=8, max_length=64)]
    number: Annotated[str, Meta(max_length=200)] = ""
    date: dt.date


class ReportDocument(Record, frozen=True, kw_only=True):
    """One report, complete: what it is (unit, period, template), its header and its values."""

    format: Literal["bvntd-report"] = DOCUMENT_FORMAT
    format_version: Literal[1] = DOCUMENT_FORMAT_VERSION
    uid: Annotated[str, Meta(min_length=8, max_length=64, description="Stable identity of the report across copies.")]
    template: TemplateRef
    unit: UnitRef
    period: PeriodRef
    header: Header
    values: Annotated[dict[str, JsonValue], Meta(description="Field key → value, as the template declares each field.")]
    created_at: Annotated[str, Meta(max_length=40)]
    updated_at: Annotated[str, Meta(max_length=40)]
    correction_of: Annotated[
        CorrectionRef | None, Meta(description="The Ministry's request for correction this version answers.")
    ] = None

    def to_data(self) -> dict[str, Any]:
        """The document as JSON values (dates as ISO text), the shape of its JSON file. `correction_of` only when
        set, so a document that answers no request has the bytes (and the SHA-256) it always had."""
        data: dict[str, Any] = msgspec.to_builtins(self)
        if data.get("correction_of") is None:
            data.pop("correction_of", None)
        return data

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_data(), ensure_ascii=False, indent=indent, sort_keys=True)

    def canonical_bytes(self) -> bytes:
        """The bytes whose SHA-256 identifies the document: sorted keys, no spaces, UTF-8."""
        return json.dumps(self.to_data(), ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")

    def sha256(self) -> str:
        return hashlib.sha256(self.canonical_bytes()).hexdigest()


def parse_document(data: Any) -> ReportDocument:
    """A document from parsed JSON, every string made NFC; a bad one raises DocumentError naming the key."""
    if not isinstance(data, dict):
        raise DocumentError(translate("Core", "Tài liệu báo cáo phải là một đối tượng JSON."))
    if data.get("format") != DOCUMENT_FORMAT:
        raise DocumentError(
            translate("Core", "Đây không phải tài liệu báo cáo ({format}): khóa 'format' sai hoặc thiếu.").format(
                format=DOCUMENT_FORMAT
            )
        )
    try:
        return convert(normalize_tree(data), ReportDocument)
    except msgspec.ValidationError as error:
        loc, message = error_location(error)
        raise DocumentError(
            translate("Core", "Tài liệu báo cáo không hợp lệ — khóa '{key}': {error}").format(
                key=dotted(loc), error=message
            )
        ) from None


def read_document(text: str | bytes) -> ReportDocument:
    """A document from JSON that came from outside: gui.core.safejson's limits first, then the model."""
    try:
        data = load_json(text)
    except UnsafeJson as error:
        raise DocumentError(
            translate("Core", "Tài liệu báo cáo không đọc được: {error}.").format(error=error)
        ) from None
    return parse_document(data)


def document_json_schema() -> dict[str, Any]:
    """The JSON Schema of the document, the source of resources/report.schema.json."""
    schema: dict[str, Any] = msgspec.json.schema(ReportDocument)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://bvntd.local/report.schema.json"
    schema["title"] = "Báo cáo BVQLNTD — tài liệu báo cáo (report document)"
    return schema
