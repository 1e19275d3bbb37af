"""Exporting a report to its official PDF file: the missing-fields check, the file name, the atomic write, the record.

    export_report(store, report_id, out_path, *, draft, at=None) -> ExportResult
    export_document(doc, template, out_path, *, draft) -> ExportResult        (no database: `bvntd pdf render`)
    missing_fields(doc, template) -> list[MissingField]                       (what blocks a final export)
    suggested_file_name(doc) -> str                                           "BC-NQ82-Nghe-An-2025.pdf"

A final export (draft=False) of a report with required fields left empty raises MissingFieldsError, a UserError
whose `.fields` lists each field's key (for the editor to jump to it), label and section number ("II.4").
A draft may always be exported; every page then carries "DỰ THẢO". Every export of a stored report is recorded
with store.record_export (time, file name, SHA-256 of the PDF bytes); a final one marks the report as sent.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from gui.core.document import ReportDocument
from gui.core.template import Section, Template
from gui.core.values import missing_required
from gui.errors import UserError
from gui.fileio import write_bytes_atomic
from gui.pdf.render import ROMAN, render_report

if TYPE_CHECKING:
    from gui.store.reports import ReportStore


@dataclass(frozen=True)
class MissingField:
    key: str
    label: str
    section: str  # the number the PDF gives its section, e.g. "II.4"
    section_title: str


class MissingFieldsError(UserError):
    """A final export refused because required fields are empty; `.fields` says which, in template order."""

    def __init__(self, fields: list[MissingField]) -> None:
        self.fields = fields
        lines = "\n".join(f"- {f.label} (mục {f.section} {f.section_title})" for f in fields)
        super().__init__(
            f"Báo cáo còn {len(fields)} mục bắt buộc chưa nhập, chưa thể xuất bản chính thức:\n{lines}\n"
            "Hãy nhập đủ các mục trên, hoặc xuất bản dự thảo (DỰ THẢO)."
        )


@dataclass(frozen=True)
class ExportResult:
    path: Path
    sha256: str
    size: int
    draft: bool

    @property
    def file_name(self) -> str:
        return self.path.name


def missing_fields(doc: ReportDocument, template: Template) -> list[MissingField]:
    numbers = dict(_section_numbers(template))
    where = {f.key: numbers[s.key] for s in template.iter_sections() for f in s.fields}
    titles = {f.key: s.title for s in template.iter_sections() for f in s.fields}
    return [MissingField(f.key, f.label, where[f.key], titles[f.key]) for f in missing_required(template, doc.values)]


def _section_numbers(template: Template) -> Iterator[tuple[str, str]]:
    def walk(sections: tuple[Section, ...], prefix: str, depth: int) -> Iterator[tuple[str, str]]:
        for i, s in enumerate(sections):
            mark = ROMAN[i] if depth == 0 and i < len(ROMAN) else str(i + 1)
            number = f"{prefix}.{mark}" if prefix else mark
            yield s.key, number
            yield from walk(s.sections, number, depth + 1)

    return walk(template.sections, "", 0)


def export_document(doc: ReportDocument, template: Template, out_path: Path, *, draft: bool) -> ExportResult:
    """Render and write atomically; refuses a final export with required fields missing."""
    if not draft:
        missing = missing_fields(doc, template)
        if missing:
            raise MissingFieldsError(missing)
    data = render_report(doc, template, draft=draft)
    out_path = Path(out_path)
    write_bytes_atomic(out_path, data)
    return ExportResult(out_path, hashlib.sha256(data).hexdigest(), len(data), draft)


def export_report(
    store: ReportStore, report_id: int, out_path: Path, *, draft: bool, at: str | None = None
) -> ExportResult:
    """Export a stored report and record the export (time, file name, SHA-256) in the database."""
    result = export_document(store.document(report_id), store.template_of(report_id), out_path, draft=draft)
    store.record_export(report_id, result.file_name, result.sha256, draft=draft, at=at)
    return result


def ascii_fold(text: str) -> str:
    """'Đắk Lắk' → 'Dak Lak': Vietnamese letters without their marks, for names that travel by email."""
    text = unicodedata.normalize("NFD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def suggested_file_name(doc: ReportDocument) -> str:
    """'BC-NQ82-Nghe-An-2025.pdf': ASCII letters, digits and hyphens only, valid on Windows and safe in email."""
    programme = re.sub(r"[^A-Za-z0-9]", "", doc.template.id.split("-")[0]).upper() or "BVNTD"
    unit = re.sub(r"[^A-Za-z0-9]+", "-", ascii_fold(doc.unit.name)).strip("-") or doc.unit.code
    period = re.sub(r"[^A-Za-z0-9]+", "-", doc.period.id).strip("-")
    return f"BC-{programme}-{unit}-{period}.pdf"
