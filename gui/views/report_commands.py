"""The window's use cases on the unit's own reports: new, duplicate, to the trash and back, the demo reports, the
agency profile, and a report saved to or opened from a JSON file (to move it to another PC).

Each asks what it needs (a dialog, a file), runs its operation of gui/operations through run_operation (one
refresh, the status message, the polite failure) and selects what it made. Imported by the window when the first
of them is used (MainWindow.reports), after the window is shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog

from gui.operations.report_files import open_report_file, save_report_file, suggested_file_name
from gui.operations.reports import (
    create_report,
    duplicate_report,
    move_to_trash,
    restore_from_trash,
    trash_demo_reports,
)
from gui.views.dialogs import NewReportDialog, PeriodDialog, ProfileDialog, next_period_id
from gui.views.run_operation import Changed, run_operation

if TYPE_CHECKING:
    from gui.core.period import Period
    from gui.core.profile import Profile
    from gui.core.units import Unit
    from gui.views.main_window import MainWindow


class ReportCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def new_report(self) -> int | None:
        dialog = NewReportDialog(self.window.live_store.profile(), self.window)
        if dialog.exec() != NewReportDialog.DialogCode.Accepted:
            return None
        unit, period = dialog.result_unit_period()
        return self.create_report(unit, period)

    def create_report(self, unit: Unit, period: Period, *, open_it: bool = True) -> int | None:
        window = self.window
        if window.showing_trash:
            window.toggle_trash(False)
        report_id = run_operation(
            window,
            window.title_of("new"),
            lambda: create_report(window.live_store, unit, period),
            changed=lambda made: Changed(select=made),
            done=lambda made: self.tr("Đã tạo báo cáo {report}.").format(report=window.describe(made)),
            status_ms=5000,
        )
        if report_id is not None and open_it:
            window.open_report(report_id)
        return report_id

    def duplicate_selected(self) -> int | None:
        report_id = self.window.list_page.selected_id()
        if report_id is None:
            return None
        summary = self.window.live_store.summary(report_id)
        dialog = PeriodDialog(self.window.describe(report_id), next_period_id(summary.period_id), self.window)
        if dialog.exec() != PeriodDialog.DialogCode.Accepted:
            return None
        return self.duplicate_report(report_id, dialog.period_picker.period())

    def duplicate_report(self, report_id: int, period: Period) -> int | None:
        window = self.window
        return run_operation(
            window,
            window.title_of("duplicate"),
            lambda: duplicate_report(window.live_store, report_id, period),
            changed=lambda made: Changed(select=made),
            done=lambda made: self.tr("Đã tạo {report} từ báo cáo kỳ trước.").format(report=window.describe(made)),
            status_ms=5000,
        )

    def delete_selected(self) -> None:
        window = self.window
        report_id = window.list_page.selected_id()
        if report_id is None or window.showing_trash:
            return
        text = window.describe(report_id)
        run_operation(
            window,
            window.title_of("delete"),
            lambda: move_to_trash(window.live_store, report_id),
            changed=lambda _: Changed(),
            done=lambda _: self.tr("Đã chuyển “{report}” vào thùng rác; có thể khôi phục trong Thùng rác.").format(
                report=text
            ),
        )

    def restore_selected(self) -> None:
        window = self.window
        report_id = window.list_page.selected_id()
        if report_id is None or not window.showing_trash:
            return
        text = window.describe(report_id)
        run_operation(
            window,
            window.title_of("restore"),
            lambda: restore_from_trash(window.live_store, report_id),
            changed=lambda _: Changed(),
            done=lambda _: self.tr("Đã khôi phục “{report}”.").format(report=text),
            status_ms=5000,
        )

    def remove_demo(self) -> int:
        """The start panel's "Xóa báo cáo mẫu": the demo reports to the trash (restorable like any other)."""
        window = self.window
        ids = run_operation(
            window,
            window.title_of("delete"),
            lambda: trash_demo_reports(window.live_store, window.list_page.demo_ids()),
            changed=lambda _: Changed(),
        )
        if ids:
            window.statusBar().showMessage(
                self.tr("Đã chuyển báo cáo mẫu vào thùng rác; có thể khôi phục trong Thùng rác."), 8000
            )
        return len(ids or [])

    # --- the agency profile ------------------------------------------------------------------------------

    def edit_profile(self, *, first_run: bool = False) -> bool:
        window = self.window
        dialog = ProfileDialog(window.live_store.profile(), window, first_run=first_run)
        if dialog.exec() != ProfileDialog.DialogCode.Accepted:
            return False
        profile = dialog.profile()
        store = window.live_store

        def save() -> Profile:
            store.save_profile(profile)
            return profile

        saved = run_operation(
            window, window.title_of("profile"), save, done=lambda _: self.tr("Đã lưu hồ sơ cơ quan."), status_ms=5000
        )
        if saved is not None and first_run and profile.receiving:
            window.show_inbox()  # the Ministry's work starts in the inbox
        return saved is not None

    def maybe_set_up_profile(self) -> None:
        """First run: ask for the agency profile once (it can be skipped, and set later from the Tệp menu)."""
        if self.window.store is not None and not self.window.store.profile().is_set_up:
            self.edit_profile(first_run=True)

    # --- a report as a file (to move it to another PC) ---------------------------------------------------

    def save_report_file(self, report_id: int | None = None, path: Path | None = None) -> Path | None:
        """The selected report's JSON document written to a file (gui.operations.report_files)."""
        window = self.window
        report_id = report_id if report_id is not None else window.list_page.selected_id()
        store = window.store
        if report_id is None or store is None:
            return None
        if path is None:
            folder = Path(store.profile().export_dir or Path.home())
            name, _ = QFileDialog.getSaveFileName(
                window,
                self.tr("Lưu báo cáo thành tệp"),
                str(folder / suggested_file_name(store, report_id)),
                self.tr("Báo cáo (*.json)"),
            )
            if not name:
                return None
            path = Path(name)
        target = Path(path)

        def write() -> Path:
            save_report_file(store, report_id, target)  # a refusal names the file and what can be written
            return target

        return run_operation(
            window,
            window.title_of("save_file"),
            write,
            done=lambda _: self.tr("Đã lưu báo cáo vào {path}.").format(path=target),
        )

    def open_report_file(self, path: Path | None = None) -> int | None:
        """A report saved on another PC added to this database as one of the unit's own reports."""
        window = self.window
        store = window.store
        if store is None:
            return None
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                window, self.tr("Mở báo cáo từ tệp"), str(Path.home()), self.tr("Báo cáo (*.json);;Mọi tệp (*)")
            )
            if not name:
                return None
            path = Path(name)
        source = Path(path)

        def add() -> int:
            report_id = open_report_file(store, source)  # a refusal names the file, or the database's fault
            # to the list of own reports before the one refresh selects the report added
            if window.showing_trash:
                window.toggle_trash(False)
            window.show_list()
            return report_id

        return run_operation(
            window,
            window.title_of("open_file"),
            add,
            changed=lambda added: Changed(select=added),
            done=lambda added: self.tr("Đã thêm {report} từ tệp.").format(report=window.describe(added)),
        )
