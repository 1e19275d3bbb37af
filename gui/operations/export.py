"""Exporting a report to its official PDF file: the check, the file name, the atomic write, the record.

    export_report(store, report_id, out_path, *, draft, at=None) -> ExportResult
    export_document(doc, template, out_path, *, draft) -> ExportResult        (no database: `bvntd pdf render`)
    suggested_file_name(doc) -> str                                           "BC-NQ82-Nghe-An-2025.pdf"

A final export (draft=False) is checked as the editor checks it (gui.core.header.validate_document: the
header — signer, "Kính gửi", date… — and every value, required fields and rules); any error raises
ExportBlockedError, a UserError whose `.problems` gives each one's field key (for the editor to jump to it),
message and section number ("II.4"; "" for the general information). Warnings do not block; the result lists
them. A draft may always be exported; every page then carries "DỰ THẢO". Every export of a stored report is
recorded with store.record_export (time, file name, SHA-256 of the PDF bytes, the report's edit count); a final one
marks it final (what the status says of it is gui.core.report_status's: "Đã xuất PDF", never "Đã gửi").
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from gui.core.document import ReportDocument
from gui.core.errors import UserError
from gui.core.header import validate_document
from gui.core.i18n import QT_TRANSLATE_NOOP, pick, translate
from gui.core.template import Template
from gui.core.text import file_name_part
from gui.core.validation import Problem
from gui.fileio import write_output
from gui.pdf.render import render_report

if TYPE_CHECKING:  # only a parameter's type: `bvntd pdf render` exports with no database, and no sqlite-utils import
    from gui.store.reports import ReportStore


HEADER_TITLE = QT_TRANSLATE_NOOP("Operations", "Thông tin chung")  # the report header's place in a problem


@dataclass(frozen=True, kw_only=True)
class BlockingProblem:
    key: str
    message: str
    section: str  # the number the PDF gives the field's section, e.g. "II.4"; "" for the general information
    section_title: str

    @property
    def where(self) -> str:
        if not self.section:
            return self.section_title
        return translate("Operations", "mục {number} {title}").format(number=self.section, title=self.section_title)


class ExportBlockedError(UserError):
    """A final export refused because the report has errors; `.problems` says which, in form order."""

    def __init__(self, problems: list[BlockingProblem]) -> None:
        self.problems = problems
        lines = "\n".join(f"- {p.message} ({p.where})" for p in problems)
        super().__init__(
            translate(
                "Operations",
                "Báo cáo còn {count} lỗi cần sửa, chưa thể xuất bản chính thức:\n{lines}\n"
                "Hãy sửa các mục trên (trong ứng dụng: “Kiểm tra báo cáo”, F7), hoặc xuất bản dự thảo (DỰ THẢO).",
            ).format(count=len(problems), lines=lines)
        )


@dataclass(frozen=True, kw_only=True)
class ExportResult:
    path: Path
    sha256: str
    size: int
    draft: bool
    warnings: tuple[str, ...] = ()  # what deserves a look but does not block (legacy encoding, an empty row…)

    @property
    def file_name(self) -> str:
        return self.path.name


def _placed(problems: list[Problem], template: Template) -> list[BlockingProblem]:
    """Each problem with the number and title of its field's section (the header's: "Thông tin chung")."""
    numbers = template.section_numbers()
    section_of = {f.key: s for s in template.iter_sections() for f in s.fields}
    placed = []
    for p in problems:
        section = section_of.get(p.key)
        if section is None:
            placed.append(
                BlockingProblem(
                    key=p.key, message=p.message, section="", section_title=translate("Operations", HEADER_TITLE)
                )
            )
        else:
            title = pick(section.title, section.title_en)
            placed.append(
                BlockingProblem(key=p.key, message=p.message, section=numbers[section.key], section_title=title)
            )
    return placed


def export_document(doc: ReportDocument, template: Template, out_path: Path, *, draft: bool) -> ExportResult:
    """Render and write atomically; refuses a final export of a report with errors."""
    problems = validate_document(doc, template)
    if not draft and any(p.is_error for p in problems):
        raise ExportBlockedError(_placed([p for p in problems if p.is_error], template))
    data = render_report(doc, template, draft=draft)
    out_path = Path(out_path)
    write_output(out_path, data)
    warnings = tuple(p.message for p in problems if not p.is_error)
    return ExportResult(
        path=out_path, sha256=hashlib.sha256(data).hexdigest(), size=len(data), draft=draft, warnings=warnings
    )


def export_report(
    store: ReportStore, report_id: int, out_path: Path, *, draft: bool, at: str | None = None
) -> ExportResult:
    """Export a stored report and record the export (time, file name, SHA-256) in the database."""
    doc = store.document(report_id)
    result = export_document(doc, store.template_of(report_id), out_path, draft=draft)
    store.record_export(
        report_id,
        result.file_name,
        result.sha256,
        draft=draft,
        at=at,
        path=str(_absolute(result.path)),
        document_updated_at=doc.updated_at,
    )
    return result


def _absolute(path: Path) -> Path:
    try:
        return path.absolute()
    except OSError:  # the working folder is gone: the path as given
        return path


def suggested_file_name(doc: ReportDocument) -> str:
    """'BC-NQ82-Nghe-An-2025.pdf': ASCII letters, digits and hyphens only, valid on Windows and safe in email."""
    programme = re.sub(r"[^A-Za-z0-9]", "", doc.template.id.split("-")[0]).upper() or "BVNTD"
    return f"BC-{programme}-{file_name_part(doc.unit.name, doc.unit.code)}-{file_name_part(doc.period.id)}.pdf"
