"""A report as a JSON file (docs/report-format.md): written from the database, and added to it from a file
saved on another PC. The window ("Lưu báo cáo thành tệp", "Mở báo cáo từ tệp") and the command line
(`bvntd report export-json | import-json`) both do it here, with the same limits and messages."""

from __future__ import annotations

from pathlib import Path

from gui.core.document import read_document_file
from gui.fileio import write_output
from gui.store.reports import ReportStore, import_own_document


def report_json(store: ReportStore, report_id: int) -> str:
    """The stored report as its JSON document, one line break at the end."""
    return store.document(report_id).to_json() + "\n"


def save_report_file(store: ReportStore, report_id: int, path: Path) -> None:
    """Write the report's JSON document to `path`; a failure is a UserError naming the path (gui.fileio)."""
    write_output(Path(path), report_json(store, report_id))


def open_report_file(store: ReportStore, path: Path) -> int:
    """Add the report a JSON file holds as one of the unit's own reports (a new copy); returns its id. A file
    that is too large, not JSON or not a report raises a DocumentError naming what is wrong."""
    return import_own_document(store, read_document_file(Path(path)))
