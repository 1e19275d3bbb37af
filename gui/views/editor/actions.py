"""The report's commands in the editor (Kiểm tra F7, Xem trước F5, Xuất PDF Ctrl+E, Ghi nhận đã gửi, Hướng dẫn F1):
the actions the window's "Báo cáo" menu lists, the buttons beside the title, and their keys winning over a field's."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QToolButton

from gui.views.shortcuts import ShortcutGuard

if TYPE_CHECKING:
    from gui.views.editor.widget import ReportEditor


class ReportActions(QObject):
    """check (F7), preview (F5), export (Ctrl+E), sent, help (F1): made for `editor`, with their buttons in
    `tool_row`."""

    def __init__(self, editor: ReportEditor, tool_row: QHBoxLayout) -> None:
        super().__init__(editor)
        self.editor = editor
        self.export = self._action(
            self.tr("&Xuất PDF…"),
            "Ctrl+E",
            self.tr("Xuất báo cáo ra tệp PDF theo thể thức văn bản"),
            editor.export_pdf,
        )
        self.preview = self._action(
            self.tr("Xem &trước bản in"),
            "F5",
            self.tr("Hiện hoặc ẩn các trang PDF ngay bên cạnh biểu mẫu"),
            editor.show_preview,
            checkable=True,
        )
        self.check = self._action(
            self.tr("&Kiểm tra báo cáo"),
            "F7",
            self.tr("Liệt kê mọi lỗi và mục còn thiếu; Enter để đến từng chỗ"),
            editor.show_check_panel,
            checkable=True,
        )
        self.help = self._action(
            self.tr("&Hướng dẫn cho mục đang nhập"),
            "F1",
            self.tr("Giải thích mục đang nhập: nội dung, cách nhập, chỉ tiêu"),
            editor.show_field_help,
        )
        self.sent = QAction(self.tr("&Ghi nhận đã gửi cho Bộ…"), editor)
        self.sent.setStatusTip(self.tr("Sau khi đã gửi bản PDF chính thức cho Bộ: trạng thái thành “Đã gửi”"))
        self.sent.triggered.connect(lambda: editor.ask_confirm_sent())
        for action in (self.check, self.preview, self.export):
            button = QToolButton(editor)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setText(action.text().replace("&", "").removesuffix("…"))
            tool_row.addWidget(button)
        # The report's keys, and the window's save and find, win over a text field's own bindings (Ctrl+E).
        window_keys = [
            *QKeySequence.keyBindings(QKeySequence.StandardKey.Save),
            *QKeySequence.keyBindings(QKeySequence.StandardKey.Find),
        ]
        self.guard = ShortcutGuard(editor, [a.shortcut() for a in self.all()] + window_keys)

    def all(self) -> list[QAction]:
        """In the menu's order."""
        return [self.check, self.preview, self.export, self.sent, self.help]

    def _action(
        self, text: str, shortcut: str, tip: str, slot: Callable[..., object], *, checkable: bool = False
    ) -> QAction:
        action = QAction(text, self.editor)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({native})")
        action.setStatusTip(tip)
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        self.editor.addAction(action)
        return action
