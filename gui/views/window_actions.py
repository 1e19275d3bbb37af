"""The main window's actions as one table: each one's text, shortcut, tip, what it does, where it sits (a menu, the
toolbar, the list's right-click menu) and when it can be used; the window builds its menus and toolbar from it
and enables the actions from a `WindowState` after every change of page, selection or store.

Texts are marked with QT_TRANSLATE_NOOP in the "MainWindow" context and translated when the actions are built.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

from gui.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # types only: the window builds its actions from this table
    from gui.views.main_window import MainWindow

CONTEXT = "MainWindow"
Key = QKeySequence.StandardKey


@dataclass(frozen=True)
class WindowState:
    """What decides which actions can be used (read by the window in _update_actions)."""

    has_store: bool  # the database is loaded (the window is shown before it, app.run_app)
    in_a_file: bool  # the database is a file (backups, the Ministry's page); not a store in memory
    has_db_path: bool  # a database file is known, loaded or not
    in_list: bool  # the list of reports is the page shown
    selected: bool  # … and a report is selected in it
    trash: bool  # the list shows the trash
    editing: bool  # a report is open in the editor, the page shown
    own_report: bool  # … and it is ours to change (not a report received from a unit)
    in_inbox: bool  # the Ministry's page is shown


def _always(_: WindowState) -> bool:
    return True


@dataclass(frozen=True)
class ActionSpec:
    """One action of the window. `menu` is the menu-bar menu it sits in ("" for none); `group` starts a new group
    of that menu (a separator before it); `handler` is called with the window (never with `triggered`'s
    `checked`); `enabled` decides from the window's state when it can be used."""

    key: str  # the window's `<key>_action`, and its name in TOOLBAR and LIST_MENU
    text: str
    handler: Callable[[MainWindow], object]
    shortcut: str | QKeySequence.StandardKey | None = None
    tip: str = ""
    menu: str = ""
    group: bool = False
    enabled: Callable[[WindowState], bool] = _always
    visible: Callable[[WindowState], bool] = _always
    checkable: bool = False


ACTIONS: tuple[ActionSpec, ...] = (
    # Tệp: the reports of the list
    # new: also from inside a report (saved and closed first)
    ActionSpec(
        "new",
        QT_TRANSLATE_NOOP("MainWindow", "Báo cáo &mới…"),
        lambda w: w.reports.new_report(),
        shortcut=Key.New,
        tip=QT_TRANSLATE_NOOP("MainWindow", "Tạo báo cáo cho một kỳ"),
        menu="file",
        enabled=lambda s: s.has_store,
    ),
    ActionSpec(
        "open",
        QT_TRANSLATE_NOOP("MainWindow", "&Mở"),
        lambda w: w.open_selected(),
        shortcut="Ctrl+O",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Mở báo cáo đang chọn để nhập"),
        menu="file",
        enabled=lambda s: s.selected,
    ),
    ActionSpec(
        "duplicate",
        QT_TRANSLATE_NOOP("MainWindow", "&Nhân bản sang kỳ khác…"),
        lambda w: w.reports.duplicate_selected(),
        shortcut="Ctrl+D",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Tạo báo cáo kỳ mới từ báo cáo đang chọn"),
        menu="file",
        enabled=lambda s: s.selected and not s.trash,
    ),
    ActionSpec(
        "delete",
        QT_TRANSLATE_NOOP("MainWindow", "&Xóa"),
        lambda w: w.reports.delete_selected(),
        shortcut=Key.Delete,
        tip=QT_TRANSLATE_NOOP("MainWindow", "Chuyển báo cáo vào thùng rác"),
        menu="file",
        enabled=lambda s: s.selected and not s.trash,
    ),
    # sign: in no menu of the bar: the open report's Báo cáo menu (MainWindow._fill_report_menu), the toolbar, the list's menu
    ActionSpec(
        "sign",
        QT_TRANSLATE_NOOP("MainWindow", "&Ký số…"),
        lambda w: w.signing.sign_report(),
        tip=QT_TRANSLATE_NOOP("MainWindow", "Ký số bản PDF chính thức xuất gần nhất của báo cáo (người có thẩm quyền, rồi văn thư)"),
        enabled=lambda s: (s.selected and not s.trash) or s.own_report,
    ),
    ActionSpec(
        "trash",
        QT_TRANSLATE_NOOP("MainWindow", "&Thùng rác"),
        lambda w: w.toggle_trash(),
        tip=QT_TRANSLATE_NOOP("MainWindow", "Xem các báo cáo đã xóa"),
        menu="file",
        group=True,
        enabled=lambda s: s.in_list and s.has_store,
        checkable=True,
    ),
    ActionSpec(
        "restore",
        QT_TRANSLATE_NOOP("MainWindow", "&Khôi phục"),
        lambda w: w.reports.restore_selected(),
        tip=QT_TRANSLATE_NOOP("MainWindow", "Đưa báo cáo ra khỏi thùng rác"),
        menu="file",
        enabled=lambda s: s.selected and s.trash,
        visible=lambda s: s.trash,
    ),
    # Tệp: files in and out
    ActionSpec(
        "save_file",
        QT_TRANSLATE_NOOP("MainWindow", "&Lưu báo cáo thành tệp…"),
        lambda w: w.reports.save_report_file(),
        shortcut="Ctrl+Shift+S",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Ghi báo cáo đang chọn ra một tệp JSON để chuyển sang máy khác"),
        menu="file",
        group=True,
        enabled=lambda s: s.selected,
    ),
    ActionSpec(
        "open_file",
        QT_TRANSLATE_NOOP("MainWindow", "Mở &báo cáo từ tệp…"),
        lambda w: w.reports.open_report_file(),
        shortcut="Ctrl+Shift+O",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Thêm một báo cáo từ tệp JSON đã lưu trên máy khác"),
        menu="file",
        enabled=lambda s: s.has_store,
    ),
    ActionSpec(
        "sign_file",
        QT_TRANSLATE_NOOP("MainWindow", "Ký số tệp &PDF…"),
        lambda w: w.signing.sign_pdf_file(),
        tip=QT_TRANSLATE_NOOP("MainWindow", "Ký số một tệp PDF báo cáo xuất từ ứng dụng này, kể cả tệp nhận từ máy khác"),
        menu="file",
        enabled=lambda s: s.has_store,
    ),
    ActionSpec(
        "ministry_files",
        QT_TRANSLATE_NOOP("MainWindow", "Mở văn bản của &Bộ…"),
        lambda w: w.open_ministry_files(),
        tip=QT_TRANSLATE_NOOP("MainWindow", "Giấy xác nhận đã nhận hoặc công văn đề nghị chỉnh sửa của Bộ Công Thương (tệp PDF)"),
        menu="file",
    ),
    # Tệp: the database and the settings
    ActionSpec(
        "switch_db",
        QT_TRANSLATE_NOOP("MainWindow", "Mở &cơ sở dữ liệu khác…"),
        lambda w: w.databases.switch_database_dialog(),
        tip=QT_TRANSLATE_NOOP("MainWindow", "Làm việc với một tệp dữ liệu khác"),
        menu="file",
        group=True,
        enabled=lambda s: s.has_db_path or s.has_store,
    ),
    ActionSpec(
        "backup_restore",
        QT_TRANSLATE_NOOP("MainWindow", "Khôi phục từ &bản sao lưu…"),
        lambda w: w.databases.restore_backup_dialog(),
        tip=QT_TRANSLATE_NOOP("MainWindow", "Đưa dữ liệu về một bản sao lưu tự động"),
        menu="file",
        enabled=lambda s: s.in_a_file,
    ),
    ActionSpec(
        "profile",
        QT_TRANSLATE_NOOP("MainWindow", "&Hồ sơ cơ quan…"),
        lambda w: w.reports.edit_profile(),
        tip=QT_TRANSLATE_NOOP("MainWindow", "Đơn vị, người ký, nơi nhận mặc định"),
        menu="file",
        group=True,
        enabled=lambda s: s.has_store,
    ),
    ActionSpec(
        "settings",
        QT_TRANSLATE_NOOP("MainWindow", "&Cài đặt…"),
        lambda w: w.edit_settings(),
        shortcut="Ctrl+,",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Hồ sơ cơ quan, gửi báo cáo, ngôn ngữ, sao lưu"),
        menu="file",
        enabled=lambda s: s.has_store,
    ),
    ActionSpec(
        "quit",
        QT_TRANSLATE_NOOP("MainWindow", "&Thoát"),
        lambda w: w.close(),
        shortcut=Key.Quit,
        menu="file",
        group=True,
    ),
    # Sửa: the open report
    ActionSpec(
        "save",
        QT_TRANSLATE_NOOP("MainWindow", "&Lưu ngay"),
        lambda w: w.save_now(),
        shortcut=Key.Save,
        tip=QT_TRANSLATE_NOOP("MainWindow", "Lưu mọi thay đổi ngay"),
        menu="edit",
        enabled=lambda s: s.editing,
    ),
    ActionSpec(
        "undo",
        QT_TRANSLATE_NOOP("MainWindow", "&Hoàn tác lần lưu gần nhất"),
        lambda w: w.undo_last(),
        shortcut="Ctrl+Alt+Z",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Trả lại giá trị trước của lần sửa gần nhất, kể cả sau khi mở lại"),
        menu="edit",
        enabled=lambda s: s.own_report,
    ),
    ActionSpec(
        "find",
        QT_TRANSLATE_NOOP("MainWindow", "&Tìm mục cần điền…"),
        lambda w: w.find_field(),
        shortcut=Key.Find,
        tip=QT_TRANSLATE_NOOP("MainWindow", "Tìm một mục của báo cáo theo tên"),
        menu="edit",
        enabled=lambda s: s.editing,
    ),
    ActionSpec(
        "back",
        QT_TRANSLATE_NOOP("MainWindow", "&Về danh sách"),
        lambda w: w.show_list(),
        shortcut="Alt+Left",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Quay lại danh sách báo cáo"),
        menu="edit",
        enabled=lambda s: s.editing or s.in_inbox,
    ),
    # Xem: the pages
    ActionSpec(
        "list_view",
        QT_TRANSLATE_NOOP("MainWindow", "&Báo cáo của đơn vị"),
        lambda w: w.show_list(),
        shortcut="Ctrl+1",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Danh sách báo cáo của đơn vị"),
        menu="view",
        enabled=lambda s: s.has_store,
    ),
    ActionSpec(
        "inbox",
        QT_TRANSLATE_NOOP("MainWindow", "&Tổng hợp (Bộ Công Thương)"),
        lambda w: w.show_inbox(),
        shortcut="Ctrl+2",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Nhập và tổng hợp báo cáo nhận từ các địa phương, bộ, ngành"),
        menu="view",
        enabled=lambda s: s.in_a_file,
    ),
    # Trợ giúp
    ActionSpec(
        "guide",
        QT_TRANSLATE_NOOP("MainWindow", "&Hướng dẫn sử dụng"),
        lambda w: w.show_guide(),
        shortcut="Shift+F1",
        tip=QT_TRANSLATE_NOOP("MainWindow", "Cách lập, kiểm tra, xuất và gửi báo cáo"),
        menu="help",
    ),
    ActionSpec(
        "keys",
        QT_TRANSLATE_NOOP("MainWindow", "&Phím tắt"),
        lambda w: w.show_keys(),
        tip=QT_TRANSLATE_NOOP("MainWindow", "Danh sách các phím tắt của ứng dụng"),
        menu="help",
    ),
    ActionSpec(
        "about",
        QT_TRANSLATE_NOOP("MainWindow", "&Giới thiệu…"),
        lambda w: w.show_about(),
        tip=QT_TRANSLATE_NOOP("MainWindow", "Phiên bản, thư mục dữ liệu"),
        menu="help",
        group=True,
    ),
)

# The menu bar, in order; "report" holds the open report's own actions (the editor's, filled when it opens).
MENUS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("MainWindow", "&Tệp")),
    ("edit", QT_TRANSLATE_NOOP("MainWindow", "&Sửa")),
    ("view", QT_TRANSLATE_NOOP("MainWindow", "&Xem")),
    ("report", QT_TRANSLATE_NOOP("MainWindow", "&Báo cáo")),
    ("help", QT_TRANSLATE_NOOP("MainWindow", "&Trợ giúp")),
)
TOOLBAR = ("new", "open", "duplicate", "delete", "sign", "", "trash", "restore", "", "settings", "inbox")  # "": a separator
LIST_MENU = ("open", "duplicate", "sign", "save_file", "delete")  # the list's right-click menu


def make_action(window: MainWindow, spec: ActionSpec) -> QAction:
    action = QAction(QCoreApplication.translate(CONTEXT, spec.text), window)
    # setShortcuts, not setShortcut: resolving the latter's overloads makes PySide build the whole `Qt`
    # namespace (~45 ms of start-up); a standard key also brings all of the platform's bindings for it.
    if isinstance(spec.shortcut, QKeySequence.StandardKey):
        action.setShortcuts(spec.shortcut)
    elif spec.shortcut is not None:
        action.setShortcuts([QKeySequence(spec.shortcut)])
    if spec.tip:
        tip = QCoreApplication.translate(CONTEXT, spec.tip)
        action.setStatusTip(tip)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({keys})" if spec.shortcut is not None else tip)
    action.setCheckable(spec.checkable)
    handler = spec.handler
    action.triggered.connect(lambda: handler(window))  # not `checked`: the handlers take what they need themselves
    window.addAction(action)
    return action


def build_actions(window: MainWindow) -> tuple[dict[str, QAction], dict[str, QMenu], QToolBar]:
    """The actions, the menu bar and the toolbar of the table above."""
    actions = {spec.key: make_action(window, spec) for spec in ACTIONS}
    menus = {key: window.menuBar().addMenu(QCoreApplication.translate(CONTEXT, title)) for key, title in MENUS}
    for spec in ACTIONS:
        if not spec.menu:
            continue
        menu = menus[spec.menu]
        if spec.group and menu.actions():
            menu.addSeparator()
        menu.addAction(actions[spec.key])
    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Thao tác"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)  # text only: set by the style sheet (style.py)
    for key in TOOLBAR:
        if key:
            toolbar.addAction(actions[key])
        else:
            toolbar.addSeparator()
    window.addToolBar(toolbar)
    return actions, menus, toolbar


def update_actions(actions: dict[str, QAction], state: WindowState) -> None:
    for spec in ACTIONS:
        action = actions[spec.key]
        action.setEnabled(spec.enabled(state))
        if spec.visible is not _always:
            action.setVisible(spec.visible(state))
