"""A report as a JSON file (docs/report-format.md): written from the database, and added to it from a file
saved on another PC. The window ("Lưu báo cáo thành tệp", "Mở báo cáo từ tệp") and the command line
(`bvntd report export-json | import-json`) both do it here, with the same limits and messages."""

from __future__ import annotations

import logging
from pathlib import Path

from gui.core.errors import UserError
from gui.core.i18n import translate
from gui.core.text import shown_path
from gui.fileio import write_output
from gui.operations.document_file import read_document_file
from gui.store.errors import StoreError
from gui.store.reports import ReportStore, import_own_document

log = logging.getLogger(__name__)


class ReportFileError(UserError):
    """A report file that could not be opened; the message names the file and what is wrong with it."""

    def __init__(self, path: Path, reason: Exception) -> None:
        self.path = path
        self.reason = reason  # what is wrong, for a window that words the rest in its own language
        super().__init__(
            translate("Operations", "Không mở được {path}: {error}").format(path=shown_path(path.name), error=reason)
        )


def suggested_file_name(store: ReportStore, report_id: int) -> str:
    """'bao-cao-40-2025.json': the unit's code and the period, what the save dialog proposes."""
    summary = store.summary(report_id)
    return f"bao-cao-{summary.unit_code or 'don-vi'}-{summary.period_id}.json"


def report_json(store: ReportStore, report_id: int) -> str:
    """The stored report as its JSON document, one line break at the end."""
    return store.document(report_id).to_json() + "\n"


def save_report_file(store: ReportStore, report_id: int, path: Path) -> None:
    """Write the report's JSON document to `path`; a failure is a UserError naming the path (gui.fileio)."""
    write_output(Path(path), report_json(store, report_id))


def open_report_file(store: ReportStore, path: Path) -> int:
    """Add the report a JSON file holds as one of the unit's own reports (a new copy); returns its id. A file
    that is too large, not JSON or not a report (gui.core.limits, gui.core.admission) raises a ReportFileError
    naming the file and what is wrong; nothing of it is stored."""
    path = Path(path)
    try:
        return import_own_document(store, read_document_file(path))
    except StoreError:
        raise  # the database's fault (full disk, read-only), not the file's: its message says so
    except UserError as error:
        raise ReportFileError(path, error) from error
    except (OSError, ValueError) as error:  # not foreseen by the checks: refused all the same, and logged
        log.warning("Report file %s refused", path, exc_info=True)
        raise ReportFileError(path, error) from error
