"""The main window: the report list, the editor of the report being filled in, and the Ministry's inbox.

The window holds the pages and says what changed; what a person does from it lives in modules named for it, each
running its operation of gui/operations through run_operation (one refresh through `changed`, the status message,
the polite failure): `report_commands.py` (new, duplicate, trash, the profile, a report as a JSON file),
`database_commands.py` (backups, restore, another database file), `signing_commands.py`, Settings
(`settings_dialog.edit_settings`) and the Ministry's files (`ministry_replies.receive_in_window`); the menus, the
toolbar and when each action can be used come from the table in `window_actions.py`.
"""

from __future__ import annotations

import logging
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from gui.views.messages import warn
from gui.views.preferences import save_place, saved_place
from gui.views.report_list import ReportListPage, period_text
from gui.views.single_instance import bring_forward
from gui.views.window_actions import LIST_MENU, WindowState, build_actions, update_actions

if TYPE_CHECKING:  # types only: each of these is imported where first used (see below)
    from PySide6.QtCore import QMimeData
    from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent

    from gui.operations.ministry_replies import Received
    from gui.store.listing import ReportSummary
    from gui.store.reports import ReportStore, Revision
    from gui.views.database_commands import DatabaseCommands
    from gui.views.editor import ReportEditor
    from gui.views.help_dialogs import GuideDialog, KeysDialog
    from gui.views.inbox import InboxWidget
    from gui.views.ministry_replies import MinistryComments
    from gui.views.report_commands import ReportCommands
    from gui.views.run_operation import Changed
    from gui.views.settings_dialog import SettingsResult
    from gui.views.signing_commands import SigningCommands
    from gui.views.single_instance import DatabaseLock

# The window is on screen before the store loads (app.run_app); what it needs until then avoids PySide types whose
# first use is slow (the `Qt` namespace, dialogs), see report_list.py. So the use cases (which bring gui.operations,
# the store, sqlite-utils and msgspec), the editor, the inbox and the dialogs are imported when first used.

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    """The list of reports (own ones, or the trash) and the editor, one page at a time.

    The store may be attached after the window is shown (see app.run_app), so the window appears before the
    database and the template are loaded.
    """

    shown = Signal()
    loaded = Signal()
    started = Signal()  # after the start-up backup
    # What an operation changed (run_operation.Changed), emitted once after it: the list and the open report's
    # status refresh from it (the Ministry's page refreshes itself after its own import, on its worker).
    changed = Signal(object)

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
        self.list_page.new_requested.connect(lambda: self.reports.new_report())
        self.list_page.profile_requested.connect(lambda: self.reports.edit_profile())
        self.list_page.remove_demo_requested.connect(lambda: self.reports.remove_demo())
        self.saved_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.saved_label)
        # Every action of the table, also as `<key>_action` (self.sign_action…), the names tests and scripts use.
        self.action, menus, self.toolbar = build_actions(self)
        for key, action in self.action.items():
            setattr(self, f"{key}_action", action)
        self.report_menu = menus["report"]  # the open report's own actions (export PDF, preview, check, help)
        self.report_menu.menuAction().setVisible(False)
        self.changed.connect(self._refresh)
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

    # --- what a person does: the use cases, and the one refresh after each --------------------------------

    @cached_property
    def reports(self) -> ReportCommands:
        # lazy: the operations, the store under them and the dialogs are imported after the window is shown
        from gui.views.report_commands import ReportCommands

        return ReportCommands(self)

    @cached_property
    def databases(self) -> DatabaseCommands:
        # lazy: the operations and the store under them are imported after the window is shown
        from gui.views.database_commands import DatabaseCommands

        return DatabaseCommands(self)

    @cached_property
    def signing(self) -> SigningCommands:
        # lazy: the signing use case (the PDF sandbox, pyHanko) and its dialog are imported when a person signs
        from gui.views.signing_commands import SigningCommands

        return SigningCommands(self)

    def operation_did_execute(self, changed: Changed) -> None:
        """Called once after an operation changed something (run_operation): everything showing it refreshes."""
        self.changed.emit(changed)

    def _refresh(self, changed: Changed) -> None:
        self.refresh_list(select_id=changed.select)

    def title_of(self, key: str) -> str:
        """An action's name as a title ("Ký số" for "&Ký số…"): a use case's messages are titled as its action."""
        return self.action[key].text().replace("&", "").removesuffix("…")

    def _update_actions(self) -> None:
        current = self.pages.currentWidget()
        in_list = current is self.list_page
        editing = self.editor is not None and current is self.editor
        state = WindowState(
            has_store=self.store is not None,
            in_a_file=self.store is not None and self.store.path is not None,
            has_db_path=self.db_path is not None,
            in_list=in_list,
            selected=in_list and self.store is not None and self.list_page.selected_id() is not None,
            trash=self.showing_trash,
            editing=editing,
            own_report=editing and self.editor is not None and not self.editor.read_only,
            in_inbox=self.inbox is not None and current is self.inbox,
        )
        update_actions(self.action, state)
        self.report_menu.menuAction().setVisible(editing and bool(self.report_menu.actions()))
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
        view.addActions([self.action[key] for key in LIST_MENU])

    def refresh_list(self, select_id: int | None = None) -> None:
        if self.store is None:
            return
        summaries = self.store.list_reports(origin="own", trash=self.showing_trash)
        self.list_page.set_summaries(summaries, trash=self.showing_trash, select_id=select_id)
        if self.editor is not None:  # a signing or a sending from elsewhere: the editor's status follows the list's
            self.editor.refresh_life()
        self._update_actions()

    def toggle_trash(self, checked: bool | None = None) -> None:
        trash = self.action["trash"]
        self.showing_trash = bool(trash.isChecked() if checked is None else checked)
        trash.setChecked(self.showing_trash)
        self.refresh_list()

    @property
    def live_store(self) -> ReportStore:
        """The store, for the actions that are enabled only while one is attached (_update_actions)."""
        assert self.store is not None, "an action that needs the store ran without one"
        return self.store

    def describe(self, report_id: int) -> str:
        summary = self.live_store.summary(report_id)
        return f"{summary.unit_name}, {period_text(summary.period_id, summary.period_kind)}"

    def open_selected(self) -> None:
        report_id = self.list_page.selected_id()
        if report_id is not None:
            self.open_report(report_id)

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
        self.setWindowTitle(self.describe(report_id))  # Qt adds " — Báo cáo BVQLNTD" (the display name)
        self.saved_label.setText(self.tr("Chỉ xem") if editor.read_only else self.tr("Tự động lưu khi nhập"))
        self._update_actions()

        editor.restore_place(saved_place(self.db_file(), report_id))
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
            self.report_menu.addAction(self.action["sign"])

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
            save_place(self.db_file(), editor.report_id, place)
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

    def db_file(self) -> Path | None:
        if self.store is not None and self.store.path is not None:
            return Path(self.store.path)
        return self.db_path

    def release_store(self) -> None:
        """Leave the editor and the inbox and close the connection, keeping the lock (a restore is under way)."""
        self.close_editor()
        self._drop_inbox()
        self.pages.setCurrentWidget(self.list_page)
        self.setWindowTitle("")  # the application display name alone
        if self.store is not None:
            self.store.close()
            self.store = None
        self._update_actions()

    # --- the Ministry's replies (gui.operations.ministry_replies) ---------------------------------------------

    def open_ministry_files(self, paths: list[Path] | None = None) -> list[Received]:
        """The Ministry's receipt or letter, chosen in a dialog or dropped on the window; one line per file."""
        # lazy: the Ministry's replies are imported when a report opens or one of their files is
        from gui.views.ministry_replies import receive_in_window

        return receive_in_window(self, paths)

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

    # --- settings, help and about ---------------------------------------------------------------------------

    def edit_settings(self) -> SettingsResult | None:
        # lazy: the settings dialog (and its signing tab) is imported when it opens
        from gui.views.settings_dialog import edit_settings

        return edit_settings(self) if self.store is not None else None

    def show_guide(self) -> GuideDialog:
        # lazy: the help windows are imported when help is asked for
        from gui.views.help_dialogs import GuideDialog

        dialog = GuideDialog(self)
        dialog.open()
        return dialog

    def show_keys(self) -> KeysDialog:
        # lazy: the help windows are imported when help is asked for
        from gui.views.help_dialogs import KeysDialog, editor_key_rows

        actions: list[QAction] = [*self.actions(), *(self.editor.actions() if self.editor is not None else [])]
        if self.editor is None:  # the report's keys are listed even from the list
            actions += editor_key_rows(self)
        dialog = KeysDialog(actions, self)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        # lazy: the About box is imported when it opens
        from gui.views.about_dialog import AboutDialog

        AboutDialog(self.db_file(), self).exec()

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
