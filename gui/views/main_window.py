"""The main window: the report list and, as a second page, the editor of the report being filled in."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QStackedWidget, QToolBar

from gui.views.report_list import ReportListPage, period_text

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The list of reports (own ones, or the trash) and the editor, one page at a time.

    The store may be attached after the window is shown (see app.run_app), so the window appears before the
    database and the template are loaded.
    """

    shown = Signal()
    loaded = Signal()

    def __init__(self, store: Any = None, *, delay_ms: int | None = None, owns_store: bool = True) -> None:
        super().__init__()
        self.store: Any = None
        self.owns_store = owns_store
        self.delay_ms = delay_ms
        self.editor: Any = None
        self.showing_trash = False
        self._shown_once = False
        self.setWindowTitle(self.tr("Báo cáo BVQLNTD"))
        self.resize(1180, 760)
        self.pages = QStackedWidget(self)
        self.list_page = ReportListPage(self.pages)
        self.pages.addWidget(self.list_page)
        self.setCentralWidget(self.pages)
        self.list_page.open_requested.connect(self.open_report)
        self.list_page.view.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.saved_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.saved_label)
        self._build_actions()
        self._update_actions()
        if store is not None:
            self.attach_store(store)
        else:
            self.list_page.heading.setText(self.tr("Đang mở dữ liệu…"))

    # --- actions -----------------------------------------------------------------------------------

    def _action(self, text: str, slot: Any, shortcut: Any = None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(
                f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})" if shortcut else tip
            )
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("Báo cáo &mới…"), self.new_report, QKeySequence.StandardKey.New, self.tr("Tạo báo cáo cho một kỳ")
        )
        self.open_action = self._action(
            self.tr("&Mở"), self.open_selected, "Ctrl+O", self.tr("Mở báo cáo đang chọn để nhập")
        )
        self.duplicate_action = self._action(
            self.tr("&Nhân bản sang kỳ khác…"),
            self.duplicate_selected,
            "Ctrl+D",
            self.tr("Tạo báo cáo kỳ mới từ báo cáo đang chọn"),
        )
        self.delete_action = self._action(
            self.tr("&Xóa"),
            self.delete_selected,
            QKeySequence.StandardKey.Delete,
            self.tr("Chuyển báo cáo vào thùng rác"),
        )
        self.restore_action = self._action(
            self.tr("&Khôi phục"), self.restore_selected, None, self.tr("Đưa báo cáo ra khỏi thùng rác")
        )
        self.trash_action = self._action(
            self.tr("&Thùng rác"), self.toggle_trash, None, self.tr("Xem các báo cáo đã xóa")
        )
        self.trash_action.setCheckable(True)
        self.profile_action = self._action(
            self.tr("&Hồ sơ cơ quan…"), self.edit_profile, None, self.tr("Đơn vị, người ký, nơi nhận mặc định")
        )
        self.quit_action = self._action(self.tr("&Thoát"), self.close, QKeySequence.StandardKey.Quit)
        self.save_action = self._action(
            self.tr("&Lưu ngay"), self.save_now, QKeySequence.StandardKey.Save, self.tr("Lưu mọi thay đổi ngay")
        )
        self.undo_action = self._action(
            self.tr("&Hoàn tác lần lưu gần nhất"),
            self.undo_last,
            "Ctrl+Alt+Z",
            self.tr("Trả lại giá trị trước của lần sửa gần nhất, kể cả sau khi mở lại"),
        )
        self.find_action = self._action(
            self.tr("&Tìm trường…"), self.find_field, QKeySequence.StandardKey.Find, self.tr("Tìm một trường theo tên")
        )
        self.back_action = self._action(
            self.tr("&Về danh sách"), self.show_list, "Alt+Left", self.tr("Quay lại danh sách báo cáo")
        )

        file_menu = self.menuBar().addMenu(self.tr("&Tệp"))
        for action in (self.new_action, self.open_action, self.duplicate_action, self.delete_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.trash_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.profile_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Sửa"))
        for action in (self.save_action, self.undo_action, self.find_action, self.back_action):
            edit_menu.addAction(action)

        toolbar = QToolBar(self.tr("Thao tác"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.open_action, self.duplicate_action, self.delete_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.trash_action)
        toolbar.addAction(self.restore_action)
        toolbar.addSeparator()
        toolbar.addAction(self.profile_action)
        self.toolbar = toolbar
        self.addToolBar(toolbar)

    def _update_actions(self) -> None:
        in_list = self.editor is None or self.pages.currentWidget() is self.list_page
        has_store = self.store is not None
        selected = in_list and has_store and self.list_page.selected_id() is not None
        self.new_action.setEnabled(in_list and has_store)
        self.open_action.setEnabled(selected)
        self.duplicate_action.setEnabled(selected and not self.showing_trash)
        self.delete_action.setEnabled(selected and not self.showing_trash)
        self.restore_action.setEnabled(selected and self.showing_trash)
        self.restore_action.setVisible(self.showing_trash)
        self.trash_action.setEnabled(in_list and has_store)
        self.profile_action.setEnabled(has_store)
        editing = not in_list
        self.save_action.setEnabled(editing)
        self.undo_action.setEnabled(editing and not self.editor.read_only)
        self.find_action.setEnabled(editing)
        self.back_action.setEnabled(editing)
        self.toolbar.setVisible(in_list)

    # --- the store and the list --------------------------------------------------------------------

    def attach_store(self, store: Any) -> None:
        self.store = store
        self.refresh_list()
        self.loaded.emit()

    def refresh_list(self, select_id: int | None = None) -> None:
        if self.store is None:
            return
        summaries = self.store.list_reports(origin="own", trash=self.showing_trash)
        self.list_page.set_summaries(summaries, trash=self.showing_trash, select_id=select_id)
        self._update_actions()

    def toggle_trash(self, checked: bool | None = None) -> None:
        self.showing_trash = bool(self.trash_action.isChecked() if checked is None else checked)
        self.trash_action.setChecked(self.showing_trash)
        self.refresh_list()

    def _describe(self, report_id: int) -> str:
        summary = self.store.summary(report_id)
        return f"{summary.unit_name}, {period_text(summary.period_id, summary.period_kind, self.tr)}"

    def new_report(self) -> int | None:
        from gui.views.dialogs import NewReportDialog

        dialog = NewReportDialog(self.store.profile(), self)
        if dialog.exec() != NewReportDialog.DialogCode.Accepted:
            return None
        unit, period = dialog.result_unit_period()
        return self.create_report(unit, period)

    def create_report(self, unit: Any, period: Any, *, open_it: bool = True) -> int:
        from gui.core.template import active_template

        if self.showing_trash:
            self.toggle_trash(False)
        report_id = self.store.create_report(unit, period, active_template())
        self.refresh_list(select_id=report_id)
        self.statusBar().showMessage(self.tr("Đã tạo báo cáo {report}.").format(report=self._describe(report_id)), 5000)
        if open_it:
            self.open_report(report_id)
        return report_id

    def duplicate_selected(self) -> int | None:
        from gui.views.dialogs import PeriodDialog, next_period_id

        report_id = self.list_page.selected_id()
        if report_id is None:
            return None
        summary = self.store.summary(report_id)
        dialog = PeriodDialog(self._describe(report_id), next_period_id(summary.period_id), self)
        if dialog.exec() != PeriodDialog.DialogCode.Accepted:
            return None
        return self.duplicate_report(report_id, dialog.period_picker.period())

    def duplicate_report(self, report_id: int, period: Any) -> int:
        new_id = self.store.duplicate_report(report_id, period)
        self.refresh_list(select_id=new_id)
        self.statusBar().showMessage(
            self.tr("Đã tạo {report} từ báo cáo kỳ trước.").format(report=self._describe(new_id)), 5000
        )
        return new_id

    def delete_selected(self) -> None:
        report_id = self.list_page.selected_id()
        if report_id is None or self.showing_trash:
            return
        text = self._describe(report_id)
        self.store.delete_report(report_id)
        self.refresh_list()
        self.statusBar().showMessage(
            self.tr("Đã chuyển “{report}” vào thùng rác; có thể khôi phục trong Thùng rác.").format(report=text), 8000
        )

    def restore_selected(self) -> None:
        report_id = self.list_page.selected_id()
        if report_id is None or not self.showing_trash:
            return
        text = self._describe(report_id)
        self.store.restore_report(report_id)
        self.refresh_list()
        self.statusBar().showMessage(self.tr("Đã khôi phục “{report}”.").format(report=text), 5000)

    def open_selected(self) -> None:
        report_id = self.list_page.selected_id()
        if report_id is not None:
            self.open_report(report_id)

    # --- profile ---------------------------------------------------------------------------------------

    def edit_profile(self, *, first_run: bool = False) -> bool:
        from gui.views.dialogs import ProfileDialog

        dialog = ProfileDialog(self.store.profile(), self, first_run=first_run)
        if dialog.exec() != ProfileDialog.DialogCode.Accepted:
            return False
        self.store.save_profile(dialog.profile())
        self.statusBar().showMessage(self.tr("Đã lưu hồ sơ cơ quan."), 5000)
        return True

    def maybe_set_up_profile(self) -> None:
        """First run: ask for the agency profile once (it can be skipped, and set later from the Tệp menu)."""
        if self.store is not None and not self.store.profile().is_set_up:
            self.edit_profile(first_run=True)

    # --- the editor ------------------------------------------------------------------------------------

    def open_report(self, report_id: int) -> Any:
        from gui.views.autosave import DEFAULT_DELAY_MS
        from gui.views.editor import ReportEditor

        if self.showing_trash:
            self.statusBar().showMessage(self.tr("Hãy khôi phục báo cáo trước khi mở."), 5000)
            return None
        self.close_editor()
        editor = ReportEditor(self.store, report_id, delay_ms=self.delay_ms or DEFAULT_DELAY_MS, parent=self.pages)
        editor.back_requested.connect(self.show_list)
        editor.status.connect(self._show_status)
        self.editor = editor
        self.pages.addWidget(editor)
        self.pages.setCurrentWidget(editor)
        self.setWindowTitle(self.tr("Báo cáo BVQLNTD — {report}").format(report=self._describe(report_id)))
        self.saved_label.setText(self.tr("Chỉ xem") if editor.read_only else self.tr("Tự động lưu khi nhập"))
        self._update_actions()
        first = next(iter(editor.rows.values()), None)
        if first is not None and not editor.read_only:
            first.editor.focus_widget().setFocus()
        return editor

    def _show_status(self, text: str) -> None:
        if text.startswith(self.tr("Đã lưu lúc")):
            self.saved_label.setText(text)
        else:
            self.statusBar().showMessage(text, 8000)

    def close_editor(self) -> bool:
        """Save what is pending and drop the editor; returns False when some typed input could not be saved."""
        if self.editor is None:
            return True
        ok = self.editor.flush()
        editor, self.editor = self.editor, None
        self.pages.removeWidget(editor)
        editor.deleteLater()
        return ok

    def show_list(self) -> None:
        report_id = self.editor.report_id if self.editor is not None else None
        self.close_editor()
        self.pages.setCurrentWidget(self.list_page)
        self.setWindowTitle(self.tr("Báo cáo BVQLNTD"))
        self.saved_label.setText("")
        self.refresh_list(select_id=report_id)
        self.list_page.view.setFocus()

    def save_now(self) -> None:
        if self.editor is not None:
            self.editor.save_now()

    def undo_last(self) -> Any:
        return self.editor.undo_last() if self.editor is not None else None

    def find_field(self) -> None:
        if self.editor is not None:
            self.editor.focus_find()

    # --- window events ---------------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:
            self._shown_once = True
            self.shown.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        try:
            self.close_editor()
        except Exception:  # never lose the window's close to a save fault; it is logged for the support desk
            log.exception("Saving on close failed")
            QMessageBox.warning(
                self,
                self.tr("Chưa lưu được"),
                self.tr("Không lưu được thay đổi cuối cùng. Chi tiết đã được ghi vào nhật ký."),
            )
        if self.owns_store and self.store is not None:
            self.store.close()
            self.store = None
        event.accept()

    def saved_at_text(self) -> str:
        return self.saved_label.text()
