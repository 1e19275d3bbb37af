"""The main window: the report list, the editor of the report being filled in, and the Ministry's inbox.

Its menus also reach the database-wide use cases — backups and restore, another database file, a report saved to
or opened from a JSON file — which are done by gui/operations (the same functions as the command line's); the
window asks, shows and selects. Settings and About.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QToolBar, QWidget

from gui.core.errors import UserError
from gui.core.i18n import language
from gui.views import opening
from gui.views.messages import warn
from gui.views.preferences import (
    backups_kept,
    save_backups_kept,
    save_language,
    save_place,
    saved_language,
    saved_place,
)
from gui.views.report_list import ReportListPage, period_text
from gui.views.single_instance import bring_forward

if TYPE_CHECKING:  # types only: each of these is imported where first used (see below)
    from collections.abc import Callable

    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent

    from gui.core.period import Period
    from gui.core.units import Unit
    from gui.operations.ministry_replies import Received
    from gui.operations.signing import SigningDone, SigningTarget
    from gui.store.listing import ReportSummary
    from gui.store.reports import ReportStore, Revision
    from gui.views.editor import ReportEditor
    from gui.views.help_dialogs import GuideDialog, KeysDialog
    from gui.views.inbox import InboxWidget
    from gui.views.ministry_replies import MinistryComments
    from gui.views.settings_dialog import SettingsResult
    from gui.views.single_instance import DatabaseLock

# The window is on screen before the store loads (app.run_app); what it needs until then avoids PySide types whose
# first use is slow (the `Qt` namespace, dialogs), see report_list.py. So gui.operations (which brings the store,
# sqlite-utils and msgspec), the editor, the inbox and the dialogs are imported in the method that first needs them.

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The list of reports (own ones, or the trash) and the editor, one page at a time.

    The store may be attached after the window is shown (see app.run_app), so the window appears before the
    database and the template are loaded.
    """

    shown = Signal()
    loaded = Signal()
    started = Signal()  # after the start-up backup

    def __init__(
        self, store: ReportStore | None = None, *, delay_ms: int | None = None, owns_store: bool = True
    ) -> None:
        super().__init__()
        self.store: ReportStore | None = None
        self.owns_store = owns_store
        self.delay_ms = delay_ms
        self.editor: ReportEditor | None = None
        self.inbox: InboxWidget | None = None
        self.db_path: Path | None = None
        self.db_lock: DatabaseLock | None = None
        self.showing_trash = False
        self._shown_once = False
        self._editor_came_from: QWidget | None = None
        self.sign_dialog: QWidget | None = None  # the last sign dialog opened (a test drives it)
        self.ministry_comments: MinistryComments | None = None  # the open report's request for correction, shown
        self.setAcceptDrops(True)  # the Ministry's receipt or letter dropped on the window (open_ministry_files)
        self.setWindowTitle("")  # the application display name alone
        self.resize(1180, 760)
        self.pages = QStackedWidget(self)
        self.list_page = ReportListPage(self.pages)
        self.pages.addWidget(self.list_page)
        self.setCentralWidget(self.pages)
        self.list_page.open_requested.connect(self.open_report)
        self.list_page.current_changed.connect(self._update_actions)
        self.list_page.new_requested.connect(self.new_report)
        self.list_page.profile_requested.connect(self.edit_profile)
        self.list_page.remove_demo_requested.connect(self.remove_demo)
        self.saved_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.saved_label)
        self._build_actions()
        self._update_actions()
        if store is not None:
            self.attach_store(store)
        else:
            self.list_page.heading.setText(self.tr("Đang mở dữ liệu…"))

    def show_preview(self, summaries: list[ReportSummary]) -> None:
        """The list read with plain sqlite3 before the store has loaded: visible, not yet usable."""
        self.list_page.set_summaries(summaries, trash=False)
        self.list_page.heading.setText(self.tr("Báo cáo của đơn vị"))
        self.statusBar().showMessage(self.tr("Đang mở dữ liệu…"))

    # --- actions -----------------------------------------------------------------------------------

    def _action(
        self, text: str, slot: Callable[..., object], shortcut: str | QKeySequence.StandardKey | None = None, tip: str = ""
    ) -> QAction:
        action = QAction(text, self)
        # setShortcuts, not setShortcut: resolving the latter's overloads makes PySide build the whole `Qt`
        # namespace (~45 ms of start-up); a standard key also brings all of the platform's bindings for it.
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcuts([QKeySequence(shortcut)])
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
        self.settings_action = self._action(
            self.tr("&Cài đặt…"), self.edit_settings, "Ctrl+,", self.tr("Hồ sơ cơ quan, gửi báo cáo, ngôn ngữ, sao lưu")
        )
        self.save_file_action = self._action(
            self.tr("&Lưu báo cáo thành tệp…"),
            lambda: self.save_report_file(),  # `triggered` would pass its `checked` (False) as the first argument
            "Ctrl+Shift+S",
            self.tr("Ghi báo cáo đang chọn ra một tệp JSON để chuyển sang máy khác"),
        )
        self.open_file_action = self._action(
            self.tr("Mở &báo cáo từ tệp…"),
            lambda: self.open_report_file(),  # `triggered` would pass its `checked` (False) as the first argument
            "Ctrl+Shift+O",
            self.tr("Thêm một báo cáo từ tệp JSON đã lưu trên máy khác"),
        )
        self.sign_action = self._action(
            self.tr("&Ký số…"),
            lambda: self.sign_report(),  # not the slot itself: `triggered` would pass its `checked` as the report
            None,
            self.tr("Ký số bản PDF chính thức xuất gần nhất của báo cáo (người có thẩm quyền, rồi văn thư)"),
        )
        self.sign_file_action = self._action(
            self.tr("Ký số tệp &PDF…"),
            lambda: self.sign_pdf_file(),  # as above: `checked` is not a path
            None,
            self.tr("Ký số một tệp PDF báo cáo xuất từ ứng dụng này, kể cả tệp nhận từ máy khác"),
        )
        self.ministry_files_action = self._action(
            self.tr("Mở văn bản của &Bộ…"),
            lambda: self.open_ministry_files(),
            None,
            self.tr("Giấy xác nhận đã nhận hoặc công văn đề nghị chỉnh sửa của Bộ Công Thương (tệp PDF)"),
        )
        self.switch_db_action = self._action(
            self.tr("Mở &cơ sở dữ liệu khác…"),
            self.switch_database_dialog,
            None,
            self.tr("Làm việc với một tệp dữ liệu khác"),
        )
        self.backup_restore_action = self._action(
            self.tr("Khôi phục từ &bản sao lưu…"),
            self.restore_backup_dialog,
            None,
            self.tr("Đưa dữ liệu về một bản sao lưu tự động"),
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
            self.tr("&Tìm mục cần điền…"),
            self.find_field,
            QKeySequence.StandardKey.Find,
            self.tr("Tìm một mục của báo cáo theo tên"),
        )
        self.back_action = self._action(
            self.tr("&Về danh sách"), self.show_list, "Alt+Left", self.tr("Quay lại danh sách báo cáo")
        )
        self.list_view_action = self._action(
            self.tr("&Báo cáo của đơn vị"), self.show_list, "Ctrl+1", self.tr("Danh sách báo cáo của đơn vị")
        )
        self.inbox_action = self._action(
            self.tr("&Tổng hợp (Bộ Công Thương)"),
            self.show_inbox,
            "Ctrl+2",
            self.tr("Nhập và tổng hợp báo cáo nhận từ các địa phương, bộ, ngành"),
        )
        self.guide_action = self._action(
            self.tr("&Hướng dẫn sử dụng"), self.show_guide, "Shift+F1", self.tr("Cách lập, kiểm tra, xuất và gửi báo cáo")
        )
        self.keys_action = self._action(
            self.tr("&Phím tắt"), self.show_keys, None, self.tr("Danh sách các phím tắt của ứng dụng")
        )
        self.about_action = self._action(
            self.tr("&Giới thiệu…"), self.show_about, None, self.tr("Phiên bản, thư mục dữ liệu")
        )

        file_menu = self.menuBar().addMenu(self.tr("&Tệp"))
        for action in (self.new_action, self.open_action, self.duplicate_action, self.delete_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.trash_action)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.save_file_action)
        file_menu.addAction(self.open_file_action)
        file_menu.addAction(self.sign_file_action)
        file_menu.addAction(self.ministry_files_action)
        file_menu.addSeparator()
        file_menu.addAction(self.switch_db_action)
        file_menu.addAction(self.backup_restore_action)
        file_menu.addSeparator()
        file_menu.addAction(self.profile_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Sửa"))
        for action in (self.save_action, self.undo_action, self.find_action, self.back_action):
            edit_menu.addAction(action)
        view_menu = self.menuBar().addMenu(self.tr("&Xem"))
        view_menu.addAction(self.list_view_action)
        view_menu.addAction(self.inbox_action)
        # The editor's own actions (export PDF, preview, check, help) while a report is open.
        self.report_menu = self.menuBar().addMenu(self.tr("&Báo cáo"))
        self.report_menu.menuAction().setVisible(False)
        help_menu = self.menuBar().addMenu(self.tr("&Trợ giúp"))
        help_menu.addAction(self.guide_action)
        help_menu.addAction(self.keys_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Thao tác"), self)
        toolbar.setObjectName("mainToolbar")
        toolbar.setMovable(False)
        # Text only: set by the style sheet (style.py)
        for action in (self.new_action, self.open_action, self.duplicate_action, self.delete_action):
            toolbar.addAction(action)
        toolbar.addAction(self.sign_action)
        toolbar.addSeparator()
        toolbar.addAction(self.trash_action)
        toolbar.addAction(self.restore_action)
        toolbar.addSeparator()
        toolbar.addAction(self.settings_action)
        toolbar.addAction(self.inbox_action)
        self.toolbar = toolbar
        self.addToolBar(toolbar)

    def _update_actions(self) -> None:
        current = self.pages.currentWidget()
        in_list = current is self.list_page
        has_store = self.store is not None
        selected = in_list and has_store and self.list_page.selected_id() is not None
        self.new_action.setEnabled(has_store)  # also from inside a report (it is saved and closed first)
        self.open_action.setEnabled(selected)
        self.duplicate_action.setEnabled(selected and not self.showing_trash)
        self.delete_action.setEnabled(selected and not self.showing_trash)
        self.restore_action.setEnabled(selected and self.showing_trash)
        self.restore_action.setVisible(self.showing_trash)
        self.trash_action.setEnabled(in_list and has_store)
        self.profile_action.setEnabled(has_store)
        self.settings_action.setEnabled(has_store)
        self.save_file_action.setEnabled(selected)
        self.open_file_action.setEnabled(has_store)
        self.sign_file_action.setEnabled(has_store)
        self.switch_db_action.setEnabled(self.db_path is not None or has_store)
        in_a_file = self.store is not None and self.store.path is not None
        self.backup_restore_action.setEnabled(in_a_file)
        self.inbox_action.setEnabled(in_a_file)
        self.list_view_action.setEnabled(has_store)
        editing = self.editor is not None and current is self.editor
        self.save_action.setEnabled(editing)
        self.undo_action.setEnabled(self.editor is not None and editing and not self.editor.read_only)
        self.report_menu.menuAction().setVisible(editing and bool(self.report_menu.actions()))
        own_report = editing and self.editor is not None and not self.editor.read_only
        self.sign_action.setEnabled((selected and not self.showing_trash) or own_report)
        self.find_action.setEnabled(editing)
        self.back_action.setEnabled(editing or (self.inbox is not None and current is self.inbox))
        self.toolbar.setVisible(in_list)

    # --- the store and the list --------------------------------------------------------------------

    def attach_store(self, store: ReportStore) -> None:
        self.store = store
        self._list_context_menu()
        self.refresh_list()
        if self.statusBar().currentMessage() == self.tr("Đang mở dữ liệu…"):  # opened now: not "opening" forever
            self.statusBar().showMessage(self.tr("Đã mở dữ liệu."), 3000)
        self.loaded.emit()

    def _list_context_menu(self) -> None:
        """The list's right-click menu: the actions on the selected report (set once the store is attached, after
        the window is shown: the `Qt` namespace costs start-up time)."""
        if self.list_page.view.actions():
            return
        # lazy: PySide builds the Qt namespace on its first use, after the window is shown
        from PySide6.QtCore import Qt

        view = self.list_page.view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        view.addActions([self.open_action, self.duplicate_action, self.sign_action, self.save_file_action])
        view.addAction(self.delete_action)

    def refresh_list(self, select_id: int | None = None) -> None:
        if self.store is None:
            return
        summaries = self.store.list_reports(origin="own", trash=self.showing_trash)
        self.list_page.set_summaries(summaries, trash=self.showing_trash, select_id=select_id)
        if self.editor is not None:  # a signing or a sending from elsewhere: the editor's status follows the list's
            self.editor.refresh_life()
        self._update_actions()

    def toggle_trash(self, checked: bool | None = None) -> None:
        self.showing_trash = bool(self.trash_action.isChecked() if checked is None else checked)
        self.trash_action.setChecked(self.showing_trash)
        self.refresh_list()

    @property
    def live_store(self) -> ReportStore:
        """The store, for the actions that are enabled only while one is attached (_update_actions)."""
        assert self.store is not None, "an action that needs the store ran without one"
        return self.store

    def _describe(self, report_id: int) -> str:
        summary = self.live_store.summary(report_id)
        return f"{summary.unit_name}, {period_text(summary.period_id, summary.period_kind)}"

    def new_report(self) -> int | None:
        # lazy: a dialog's module is imported when it opens, after the window is shown
        from gui.views.dialogs import NewReportDialog

        dialog = NewReportDialog(self.live_store.profile(), self)
        if dialog.exec() != NewReportDialog.DialogCode.Accepted:
            return None
        unit, period = dialog.result_unit_period()
        return self.create_report(unit, period)

    def create_report(self, unit: Unit, period: Period, *, open_it: bool = True) -> int:
        # lazy: the operations and the store under them are imported after the window is shown
        from gui.operations.reports import create_report

        if self.showing_trash:
            self.toggle_trash(False)
        report_id = create_report(self.live_store, unit, period)
        self.refresh_list(select_id=report_id)
        self.statusBar().showMessage(self.tr("Đã tạo báo cáo {report}.").format(report=self._describe(report_id)), 5000)
        if open_it:
            self.open_report(report_id)
        return report_id

    def duplicate_selected(self) -> int | None:
        # lazy: a dialog's module is imported when it opens, after the window is shown
        from gui.views.dialogs import PeriodDialog, next_period_id

        report_id = self.list_page.selected_id()
        if report_id is None:
            return None
        summary = self.live_store.summary(report_id)
        dialog = PeriodDialog(self._describe(report_id), next_period_id(summary.period_id), self)
        if dialog.exec() != PeriodDialog.DialogCode.Accepted:
            return None
        return self.duplicate_report(report_id, dialog.period_picker.period())

    def duplicate_report(self, report_id: int, period: Period) -> int:
        # lazy: the operations and the store under them are imported after the window is shown
        from gui.operations.reports import duplicate_report

        new_id = duplicate_report(self.live_store, report_id, period)
        self.refresh_list(select_id=new_id)
        self.statusBar().showMessage(
            self.tr("Đã tạo {report} từ báo cáo kỳ trước.").format(report=self._describe(new_id)), 5000
        )
        return new_id

    def delete_selected(self) -> None:
        report_id = self.list_page.selected_id()
        if report_id is None or self.showing_trash:
            return
        # lazy: the operations and the store under them are imported after the window is shown
        from gui.operations.reports import move_to_trash

        text = self._describe(report_id)
        move_to_trash(self.live_store, report_id)
        self.refresh_list()
        self.statusBar().showMessage(
            self.tr("Đã chuyển “{report}” vào thùng rác; có thể khôi phục trong Thùng rác.").format(report=text), 8000
        )

    def restore_selected(self) -> None:
        report_id = self.list_page.selected_id()
        if report_id is None or not self.showing_trash:
            return
        # lazy: the operations and the store under them are imported after the window is shown
        from gui.operations.reports import restore_from_trash

        text = self._describe(report_id)
        restore_from_trash(self.live_store, report_id)
        self.refresh_list()
        self.statusBar().showMessage(self.tr("Đã khôi phục “{report}”.").format(report=text), 5000)

    def open_selected(self) -> None:
        report_id = self.list_page.selected_id()
        if report_id is not None:
            self.open_report(report_id)

    # --- profile ---------------------------------------------------------------------------------------

    def edit_profile(self, *, first_run: bool = False) -> bool:
        # lazy: a dialog's module is imported when it opens, after the window is shown
        from gui.views.dialogs import ProfileDialog

        dialog = ProfileDialog(self.live_store.profile(), self, first_run=first_run)
        if dialog.exec() != ProfileDialog.DialogCode.Accepted:
            return False
        profile = dialog.profile()
        self.live_store.save_profile(profile)
        self.statusBar().showMessage(self.tr("Đã lưu hồ sơ cơ quan."), 5000)
        if first_run and profile.receiving:
            self.show_inbox()  # the Ministry's work starts in the inbox
        return True

    def maybe_set_up_profile(self) -> None:
        """First run: ask for the agency profile once (it can be skipped, and set later from the Tệp menu)."""
        if self.store is not None and not self.store.profile().is_set_up:
            self.edit_profile(first_run=True)

    # --- the editor ------------------------------------------------------------------------------------

    def open_report(self, report_id: int) -> ReportEditor | None:
        # lazy: the editor (the template, the preview, reportlab) is imported when a report opens, not for the first paint
        from gui.views.autosave import DEFAULT_DELAY_MS
        from gui.views.editor import ReportEditor
        from gui.views.ministry_replies import attach as attach_ministry_comments

        if self.showing_trash and self.pages.currentWidget() is self.list_page:
            self.statusBar().showMessage(self.tr("Hãy khôi phục báo cáo trước khi mở."), 5000)
            return None
        came_from = self.pages.currentWidget()
        self.close_editor()
        editor = ReportEditor(self.live_store, report_id, delay_ms=self.delay_ms or DEFAULT_DELAY_MS, parent=self.pages)
        editor.back_requested.connect(self.leave_editor)
        editor.status.connect(self._show_status)
        editor.saved.connect(self.saved_label.setText)
        self.editor = editor
        self._editor_came_from = came_from if came_from is self.inbox and self.inbox is not None else self.list_page
        self.pages.addWidget(editor)
        self.pages.setCurrentWidget(editor)
        self._fill_report_menu(editor)
        self.ministry_comments = attach_ministry_comments(editor)
        self.setWindowTitle(self._describe(report_id))  # Qt adds " — Báo cáo BVQLNTD" (the display name)
        self.saved_label.setText(self.tr("Chỉ xem") if editor.read_only else self.tr("Tự động lưu khi nhập"))
        self._update_actions()

        editor.restore_place(saved_place(self._db_file(), report_id))
        return editor

    def _fill_report_menu(self, editor: ReportEditor) -> None:
        """The editor's report actions (export PDF, preview, check panel, help) in the "Báo cáo" menu.

        HOOK: ReportEditor.report_actions (list[QAction]) is added by the editor's owner; until it exists the
        menu stays hidden."""
        self.report_menu.clear()
        for action in getattr(editor, "report_actions", None) or []:
            if action is None or action.isSeparator():
                self.report_menu.addSeparator()
            else:
                self.report_menu.addAction(action)
        if not editor.read_only:  # a received report is the Ministry's to verify, not to sign
            self.report_menu.addSeparator()
            self.report_menu.addAction(self.sign_action)

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def close_editor(self) -> bool:
        """Save what is pending and drop the editor; returns False when some typed input could not be saved."""
        if self.editor is None:
            return True
        ok = self.editor.flush()
        editor, self.editor = self.editor, None
        self.ministry_comments = None
        place = editor.place()
        if place is not None and not editor.read_only:
            save_place(self._db_file(), editor.report_id, place)
        self.report_menu.clear()
        self.pages.removeWidget(editor)
        editor.deleteLater()
        return ok

    def leave_editor(self) -> None:
        """Back from the editor to where it was opened: the list, or the inbox for a received report."""
        if self._editor_came_from is not None and self._editor_came_from is self.inbox:
            self.show_inbox()
        else:
            self.show_list()

    def show_list(self) -> None:
        report_id = self.editor.report_id if self.editor is not None else None
        self.close_editor()
        self.pages.setCurrentWidget(self.list_page)
        self.setWindowTitle("")  # the application display name alone
        self.saved_label.setText("")
        self.refresh_list(select_id=report_id)
        self.list_page.view.setFocus()

    def save_now(self) -> None:
        if self.editor is not None:
            self.editor.save_now()

    def undo_last(self) -> Revision | None:
        return self.editor.undo_last() if self.editor is not None else None

    def find_field(self) -> None:
        if self.editor is not None:
            self.editor.focus_find()

    # --- the inbox (the Ministry's side) -----------------------------------------------------------------

    def show_inbox(self) -> InboxWidget | None:
        """The "Tổng hợp (Bộ Công Thương)" page, built on first use; a received report opens read-only."""
        if self.store is None or self.store.path is None:
            return None
        self.close_editor()
        if self.inbox is None:
            # lazy: the Ministry's page is imported when it is first shown
            from gui.views.inbox import InboxWidget

            self.inbox = InboxWidget(self.store, self.pages)
            self.inbox.open_report.connect(self.open_report)
            self.inbox.back_requested.connect(self.show_list)
            self.pages.addWidget(self.inbox)
        else:
            self.inbox.refresh_periods()
        self.pages.setCurrentWidget(self.inbox)
        self.setWindowTitle(self.tr("Tổng hợp (Bộ Công Thương)"))
        self.saved_label.setText("")
        self.statusBar().clearMessage()  # "Đã xuất bản dự thảo: …" of the report just left is not the Ministry's
        self._update_actions()
        return self.inbox

    def _drop_inbox(self) -> None:
        if self.inbox is None:
            return
        inbox, self.inbox = self.inbox, None
        inbox.close()  # stops a running import
        self.pages.removeWidget(inbox)
        inbox.deleteLater()

    # --- the database: lock, backups, restore, another file ------------------------------------------------

    def set_lock(self, lock: DatabaseLock | None) -> None:
        """The database lock this window holds (released when replaced, and when the window closes)."""
        if lock is self.db_lock:
            return
        if self.db_lock is not None:
            self.db_lock.release()
        self.db_lock = lock
        if lock is not None:
            lock.raise_requested.connect(bring_forward(self))

    def _db_file(self) -> Path | None:
        if self.store is not None and self.store.path is not None:
            return Path(self.store.path)
        return self.db_path

    def backup_at_start(self) -> Path | None:
        """The rolling backup made at every start (after the window is shown, so the start stays quick)."""
        # lazy: the operations and the store under them are imported after the window is shown
        from gui.operations.databases import back_up
        from gui.store.errors import StoreError

        made = None
        if self.store is not None and self.store.path is not None:  # a store in memory has nothing to back up
            try:
                made = back_up(self.store, "start", keep=backups_kept())
                log.info("Start-up backup: %s", made)
            except StoreError as error:
                log.warning("Start-up backup failed: %s", error)
                self.statusBar().showMessage(self.tr("Chưa sao lưu được dữ liệu: {error}").format(error=error), 10000)
        self.started.emit()
        return made

    def restore_backup_dialog(self) -> bool:
        # lazy: only when a backup is chosen
        from gui.views.backup_dialog import choose_backup

        path = self._db_file()
        if path is None:
            return False
        backup = choose_backup(path, self)
        return self.restore_from_backup(backup) if backup is not None else False

    def restore_from_backup(self, backup: Path) -> bool:
        """Close the store, put the backup's content in place (the current one is backed up first), reopen."""
        # lazy: the operations and the store under them are imported after the window is shown
        from gui.operations.databases import restore
        from gui.store.errors import StoreError

        path = self._db_file()
        if path is None:
            return False
        self._release_store()
        try:
            restore(path, Path(backup), keep=backups_kept())
        except StoreError as error:  # a backup that cannot be read or copied: the data stays as it was
            log.warning("Restore failed: %s", error)
            self._warn(self.tr("Khôi phục từ bản sao lưu"), str(error))
            self._reopen(path)
            return False
        if not self._reopen(path):
            return False
        self.statusBar().showMessage(
            self.tr("Đã khôi phục dữ liệu từ bản sao lưu {name}.").format(name=Path(backup).name), 8000
        )
        return True

    def switch_database_dialog(self) -> bool:
        other = opening.ask_database_path(self, self._db_file())  # looked up at the call: tests stand in for it
        return self.switch_database(other) if other is not None else False

    def switch_database(self, other: Path) -> bool:
        """Work on another database file; refused (and that window raised) when another window has it open."""
        # lazy: the operations and the store under them are imported after the window is shown
        from gui.operations.databases import same_database

        other = Path(other)
        current = self._db_file()
        if current is not None and same_database(other, current):
            return True
        lock = opening.take_lock(other) if self.db_lock is not None else None
        if self.db_lock is not None and lock is None:
            return False
        # lazy: the operations and the store under them are imported after the window is shown
        from gui.operations.databases import open_database
        from gui.store.errors import StoreError

        try:
            store = open_database(other)
        except StoreError as error:
            if lock is not None:
                lock.release()
            self._warn(self.tr("Không mở được dữ liệu"), str(error))
            return False
        self._release_store()
        if lock is not None:
            self.set_lock(lock)
            lock.listen()
        self.db_path = other
        self.attach_store(store)
        self.statusBar().showMessage(self.tr("Đang làm việc với {path}.").format(path=other), 8000)
        return True

    def _release_store(self) -> None:
        """Leave the editor and the inbox and close the connection, keeping the lock (a restore is under way)."""
        self.close_editor()
        self._drop_inbox()
        self.pages.setCurrentWidget(self.list_page)
        self.setWindowTitle("")  # the application display name alone
        if self.store is not None:
            self.store.close()
            self.store = None
        self._update_actions()

    def _reopen(self, path: Path) -> bool:
        # lazy: the operations and the store under them are imported after the window is shown
        from gui.operations.databases import open_database
        from gui.store.errors import StoreError

        try:
            store = open_database(path)
        except StoreError as error:
            self._warn(self.tr("Không mở được dữ liệu"), str(error))
            return False
        self.db_path = Path(path)
        self.attach_store(store)
        return True

    # --- a report as a file (to move it to another PC) ---------------------------------------------------

    def save_report_file(self, report_id: int | None = None, path: Path | None = None) -> Path | None:
        """The selected report's JSON document written to a file (gui.operations.report_files)."""
        # lazy: the operations and the store under them are imported after the window is shown
        from gui.operations.report_files import save_report_file, suggested_file_name

        report_id = report_id if report_id is not None else self.list_page.selected_id()
        if report_id is None or self.store is None:
            return None
        if path is None:
            suggested = suggested_file_name(self.store, report_id)
            folder = Path(self.store.profile().export_dir or Path.home())
            # lazy: PySide builds a Qt class on its first use: the file dialog costs start-up time only when asked for
            from PySide6.QtWidgets import QFileDialog

            name, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Lưu báo cáo thành tệp"),
                str(folder / suggested),
                self.tr("Báo cáo (*.json)"),
            )
            if not name:
                return None
            path = Path(name)
        try:
            save_report_file(self.store, report_id, Path(path))
        except UserError as error:  # the message names the file and what can be written
            self._warn(self.tr("Lưu báo cáo thành tệp"), str(error))
            return None
        self.statusBar().showMessage(self.tr("Đã lưu báo cáo vào {path}.").format(path=path), 8000)
        return Path(path)

    def open_report_file(self, path: Path | None = None) -> int | None:
        """A report saved on another PC added to this database as one of the unit's own reports."""
        # lazy: the operations and the store under them are imported after the window is shown
        from gui.operations.report_files import open_report_file

        if self.store is None:
            return None
        if path is None:
            # lazy: PySide builds a Qt class on its first use: the file dialog costs start-up time only when asked for
            from PySide6.QtWidgets import QFileDialog

            name, _ = QFileDialog.getOpenFileName(
                self, self.tr("Mở báo cáo từ tệp"), str(Path.home()), self.tr("Báo cáo (*.json);;Mọi tệp (*)")
            )
            if not name:
                return None
            path = Path(name)
        try:
            report_id = open_report_file(self.store, Path(path))
        except UserError as error:  # the file named and what is wrong with it, or the database's fault (disk full)
            self._warn(self.tr("Mở báo cáo từ tệp"), str(error))
            return None
        if self.showing_trash:
            self.toggle_trash(False)
        self.show_list()
        self.refresh_list(select_id=report_id)
        self.statusBar().showMessage(self.tr("Đã thêm {report} từ tệp.").format(report=self._describe(report_id)), 8000)
        return report_id

    # --- digital signatures (gui.operations.signing) --------------------------------------------------------

    def sign_report(self, report_id: int | None = None, path: Path | None = None) -> SigningDone | None:
        """"Ký số…": the report's last final export (or the file chosen when it is not where it was written),
        checked to be the report as it is now, then the sign dialog."""
        # lazy: the signing use case (the PDF sandbox, pyHanko) is imported when a person signs
        from gui.operations.signing import ExportNotFoundError, check_report_export

        if report_id is None:
            editing = self.editor if self.editor is not None and self.pages.currentWidget() is self.editor else None
            report_id = editing.report_id if editing is not None else self.list_page.selected_id()
        if report_id is None or self.store is None:
            return None
        if self.editor is not None and self.editor.report_id == report_id:
            self.editor.flush()  # what was just typed counts: an edit after the export needs a new export
        store = self.store
        try:
            target = self._busy(lambda: check_report_export(store=store, report_id=report_id, path=path))
        except ExportNotFoundError as error:
            chosen = self._ask_pdf(
                self.tr("Chọn tệp PDF đã xuất của báo cáo"),
                (error.path.parent if error.path is not None else self._export_folder()) / error.file_name,
                note=str(error),
            )
            return self.sign_report(report_id, chosen) if chosen is not None else None
        except UserError as error:
            self._warn(self.tr("Ký số"), str(error))
            return None
        return self._run_sign_dialog(target)

    def sign_pdf_file(self, path: Path | None = None) -> SigningDone | None:
        """"Ký số tệp PDF…": any of our PDFs, also one brought from another PC with no report in this database;
        checked (ours, a final export, its signatures intact) before anything is asked."""
        # lazy: the signing use case (the PDF sandbox, pyHanko) is imported when a person signs
        from gui.operations.signing import check_pdf

        if self.store is None:
            return None
        if path is None:
            path = self._ask_pdf(self.tr("Ký số tệp PDF"), self._export_folder())
            if path is None:
                return None
        store = self.store
        try:
            target = self._busy(lambda: check_pdf(path=Path(path), store=store))
        except UserError as error:
            self._warn(self.tr("Ký số tệp PDF"), str(error))
            return None
        return self._run_sign_dialog(target)

    def _run_sign_dialog(self, target: SigningTarget) -> SigningDone | None:
        # lazy: the sign dialog (QtPdf, pyHanko's reader) is imported when a person signs
        from gui.views.sign_dialog import SignDialog

        dialog = SignDialog(target, self.store, self)
        self.sign_dialog = dialog
        if dialog.exec() != SignDialog.DialogCode.Accepted or dialog.done_ is None:
            return None
        done = dialog.done_
        result = done.result
        who = ", ".join(dict.fromkeys(x for x in (result.holder, result.organisation) if x))
        role = self.tr("người có thẩm quyền") if result.role == "signer" else self.tr("cơ quan, do văn thư ký")
        self.statusBar().showMessage(
            self.tr("Đã ký số {name} ({role}): {who}.").format(name=done.path.name, role=role, who=who), 10000
        )
        if self.pages.currentWidget() is self.list_page:
            self.refresh_list(select_id=target.report_id)
        return done

    def _busy(self, work: Callable[[], SigningTarget]) -> SigningTarget:
        """A check that reads a file (under a second): the wait cursor meanwhile."""
        # lazy: PySide builds a Qt class on its first use
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QGuiApplication

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return work()
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _ask_pdf(self, title: str, start: Path, note: str = "") -> Path | None:
        # lazy: PySide builds a Qt class on its first use: the file dialog costs start-up time only when asked for
        from PySide6.QtWidgets import QFileDialog

        if note:
            self.statusBar().showMessage(note, 15000)
        name, _ = QFileDialog.getOpenFileName(self, title, str(start), self.tr("Tệp PDF (*.pdf)"))
        return Path(name) if name else None

    def _export_folder(self) -> Path:
        folder = self.store.profile().export_dir if self.store is not None else ""
        return Path(folder) if folder and Path(folder).is_dir() else Path.home()

    # --- the Ministry's replies (gui.operations.ministry_replies) ---------------------------------------------

    def open_ministry_files(self, paths: list[Path] | None = None) -> list[Received]:
        """The Ministry's receipt or letter, chosen in a dialog or dropped on the window; one line per file."""
        # lazy: the operations (the sandbox, the signature checker) are imported when a file of the Ministry's is opened
        from gui.views.ministry_replies import open_ministry_files

        if self.store is None:
            return []
        if paths is None:
            # lazy: PySide builds a Qt class on its first use: the file dialog costs start-up time only when asked for
            from PySide6.QtWidgets import QFileDialog

            names, _ = QFileDialog.getOpenFileNames(
                self,
                self.tr("Mở văn bản của Bộ"),
                str(Path.home()),
                self.tr("Văn bản của Bộ (*.pdf);;Mọi tệp (*)"),
            )
            if not names:
                return []
            paths = [Path(n) for n in names]
        reopen = self.editor.report_id if self.editor is not None and not self.editor.read_only else None
        results = open_ministry_files(self, self.live_store, paths)
        changed = [r for r in results if r.changed]
        if changed:
            self.refresh_list(select_id=changed[-1].report_id)
            if reopen is not None and any(r.report_id == reopen for r in changed):
                self.open_report(reopen)  # the editor shows the request's comments beside their fields
        return results

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_pdfs(event.mimeData()) and self.pages.currentWidget() is not self.inbox:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self._dropped_pdfs(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.open_ministry_files(paths)

    @staticmethod
    def _dropped_pdfs(mime: QMimeData) -> list[Path]:
        if not mime.hasUrls():
            return []
        return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile() and u.toLocalFile().lower().endswith(".pdf")]

    # --- settings and about ------------------------------------------------------------------------------

    def edit_settings(self) -> SettingsResult | None:
        # lazy: the operations and the store under them are imported after the window is shown
        from gui.operations.databases import backups_folder

        # lazy: the settings dialog (and its signing tab) is imported when it opens
        from gui.views.settings_dialog import SettingsDialog

        if self.store is None:
            return None
        path = self._db_file()
        dialog = SettingsDialog(
            self.store.profile(),
            language=saved_language() or language(),
            backups_kept=backups_kept(),
            backup_folder=backups_folder(path) if path else None,
            store=self.store,
            parent=self,
        )
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return None
        result = dialog.result_settings()
        self.store.save_profile(result.profile)
        save_backups_kept(result.backups_kept)
        save_language(result.language)
        if result.language != language():
            # The widgets keep the texts they were built with: the new language shows from the next start.
            self.statusBar().showMessage(
                self.tr("Đã lưu cài đặt. Ngôn ngữ mới được áp dụng khi mở lại ứng dụng."), 10000
            )
            return result
        self.statusBar().showMessage(self.tr("Đã lưu cài đặt."), 5000)
        return result

    def show_guide(self) -> GuideDialog:
        # lazy: the help windows are imported when help is asked for
        from gui.views.help_dialogs import GuideDialog

        dialog = GuideDialog(self)
        dialog.open()
        return dialog

    def show_keys(self) -> KeysDialog:
        # lazy: the help windows are imported when help is asked for
        from gui.views.help_dialogs import KeysDialog

        actions = [*self.actions(), *(self.editor.actions() if self.editor is not None else [])]
        if self.editor is None:  # the report's keys are listed even from the list
            # lazy: the help windows are imported when help is asked for
            from gui.views.help_dialogs import editor_key_rows

            actions += editor_key_rows(self)
        dialog = KeysDialog(actions, self)
        dialog.open()
        return dialog

    def remove_demo(self) -> int:
        """The start panel's "Xóa báo cáo mẫu": the demo reports to the trash (restorable like any other)."""
        # lazy: the operations and the store under them are imported after the window is shown
        from gui.operations.reports import trash_demo_reports

        ids = trash_demo_reports(self.live_store, self.list_page.demo_ids())
        self.refresh_list()
        if ids:
            self.statusBar().showMessage(
                self.tr("Đã chuyển báo cáo mẫu vào thùng rác; có thể khôi phục trong Thùng rác."), 8000
            )
        return len(ids)

    def show_about(self) -> None:
        # lazy: the About box is imported when it opens
        from gui.views.about_dialog import AboutDialog

        AboutDialog(self._db_file(), self).exec()

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
            self._warn(
                self.tr("Chưa lưu được"),
                self.tr("Không lưu được thay đổi cuối cùng. Chi tiết đã được ghi vào nhật ký."),
            )
        self._drop_inbox()
        if self.owns_store and self.store is not None:
            self.store.close()
            self.store = None
        self.set_lock(None)
        event.accept()

    def _warn(self, title: str, text: str) -> None:
        warn(self, title, text)

    def saved_at_text(self) -> str:
        return self.saved_label.text()
