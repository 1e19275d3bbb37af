"""The report document: the one JSON shape shared by the store, the command line, the PDF and the Ministry."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import stat
from pathlib import Path
from typing import Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from gui.core.errors import UserError
from gui.core.safejson import UnsafeJson, load_json
from gui.core.text import normalize_text

DOCUMENT_FORMAT: Final = "bvntd-report"
DOCUMENT_FORMAT_VERSION: Final = 1

JsonValue = Any


class DocumentError(UserError, ValueError):
    """A report document that cannot be read; the message names the key and the fault."""


class _Doc(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TemplateRef(_Doc):
    id: str = Field(min_length=1, max_length=100)
    version: int = Field(ge=1)


class UnitRef(_Doc):
    kind: Literal["province", "ministry"]
    code: str = Field(min_length=1, max_length=20)
    name: str = Field(min_length=1, max_length=200)
    list_id: str = Field(default="", max_length=50, description="The province list used (e.g. qd19-2025).")


class PeriodRef(_Doc):
    id: str = Field(min_length=4, max_length=20, description="2025, 2025-H1 or 2021-2025.")
    kind: Literal["year", "half", "review"]
    start: dt.date
    end: dt.date


class Signer(_Doc):
    on_behalf_of: str = Field(
        default="",
        max_length=200,
        description="A collective body signed for, e.g. ỦY BAN NHÂN DÂN: a first line 'TM. ỦY BAN NHÂN DÂN'.",
    )
    authority: Literal["", "TM.", "KT.", "Q.", "TL.", "TUQ."] = ""
    authority_of: str = Field(default="", max_length=200, description="e.g. GIÁM ĐỐC, after KT.")
    position: str = Field(default="", max_length=200)
    name: str = Field(default="", max_length=200)


class Header(_Doc):
    parent_body: str = Field(default="", max_length=300, description="e.g. ỦY BAN NHÂN DÂN TỈNH NGHỆ AN")
    agency: str = Field(default="", max_length=300, description="e.g. SỞ CÔNG THƯƠNG")
    number: str = Field(default="", max_length=20, description="The number only; empty until registered.")
    symbol: str = Field(default="BC-SCT", max_length=50)
    place: str = Field(default="", max_length=100)
    date: dt.date | None = None
    addressee: list[str] = Field(default_factory=list, max_length=20)
    recipients: list[str] = Field(default_factory=list, max_length=50)
    signer: Signer = Signer()


class ReportDocument(_Doc):
    """One report, complete: what it is (unit, period, template), its header and its values."""

    format: Literal["bvntd-report"] = DOCUMENT_FORMAT
    format_version: Literal[1] = DOCUMENT_FORMAT_VERSION
    uid: str = Field(min_length=8, max_length=64, description="Stable identity of the report across copies.")
    template: TemplateRef
    unit: UnitRef
    period: PeriodRef
    header: Header
    values: dict[str, JsonValue] = Field(description="Field key → value, as the template declares each field.")
    created_at: str = Field(max_length=40)
    updated_at: str = Field(max_length=40)

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.model_dump(mode="json"), ensure_ascii=False, indent=indent, sort_keys=True)

    def canonical_bytes(self) -> bytes:
        """The bytes whose SHA-256 identifies the document: sorted keys, no spaces, UTF-8."""
        data = self.model_dump(mode="json")
        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")

    def sha256(self) -> str:
        return hashlib.sha256(self.canonical_bytes()).hexdigest()


def _normalize(value: Any) -> Any:
    if isinstance(value, str):
        return normalize_text(value)
    if isinstance(value, list):
        return [_normalize(v) for v in value]
    if isinstance(value, dict):
        return {normalize_text(str(k)): _normalize(v) for k, v in value.items()}
    return value


def parse_document(data: Any) -> ReportDocument:
    """A document from parsed JSON, every string made NFC; a bad one raises DocumentError naming the key."""
    if not isinstance(data, dict):
        raise DocumentError("Tài liệu báo cáo phải là một đối tượng JSON.")
    if data.get("format") != DOCUMENT_FORMAT:
        raise DocumentError(f"Đây không phải tài liệu báo cáo ({DOCUMENT_FORMAT}): khóa 'format' sai hoặc thiếu.")
    try:
        return ReportDocument.model_validate(_normalize(data))
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "(gốc)"
        raise DocumentError(f"Tài liệu báo cáo không hợp lệ — khóa '{where}': {first['msg']}") from None


def read_document(text: str | bytes) -> ReportDocument:
    """A document from JSON that came from outside: gui.core.safejson's limits first, then the model."""
    try:
        data = load_json(text)
    except UnsafeJson as error:
        raise DocumentError(f"Tài liệu báo cáo không đọc được: {error}.") from None
    return parse_document(data)


def document_json_schema() -> dict[str, Any]:
    """The JSON Schema of the document, the source of resources/report.schema.json."""
    schema = ReportDocument.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://bvntd.local/report.schema.json"
    schema["title"] = "Báo cáo BVQLNTD — tài liệu báo cáo (report document)"
    return schema


def read_document_file(path: Path) -> ReportDocument:
    """A document from a file someone sent: a regular file within the size limit, then read_document."""
    from gui.core import limits
    from gui.core.text import shown_path

    name = shown_path(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise DocumentError(f"{name} không phải một tệp thông thường.")
        if info.st_size > limits.MAX_JSON_BYTES:
            raise DocumentError(
                f"Tệp {name} quá lớn ({limits.megabytes(info.st_size)}; "
                f"một báo cáo tối đa {limits.megabytes(limits.MAX_JSON_BYTES)})."
            )
        with path.open("rb") as handle:
            data = handle.read(limits.MAX_JSON_BYTES + 1)
    except FileNotFoundError:
        raise DocumentError(f"Không tìm thấy tệp {name}.") from None
    except OSError as error:
        raise DocumentError(f"Không đọc được tệp {name}: {error.strerror or error}.") from None
    return read_document(data)
