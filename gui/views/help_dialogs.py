"""Help › User guide (resources/help/guide_<lang>.html, shown in the app) and Help › Keyboard (read from the
window's and the editor's own actions, so the list never disagrees with what the keys do)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from gui.core.i18n import QT_TRANSLATE_NOOP, pick
from gui.resources import resource_path


def guide_html() -> str:
    path = resource_path("help", pick("guide_vi.html", "guide_en.html"))
    return path.read_text(encoding="utf-8")


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hướng dẫn sử dụng"))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        self.browser.setHtml(guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 640)


class KeysDialog(QDialog):
    """Every action with a key: what it does and its key(s), as this platform writes them."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Phím tắt"))
        rows: list[tuple[str, str]] = []
        seen: set[str] = set()
        for action in actions:
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)  # the main one, not "New"
            name = action.text().replace("&", "").removesuffix("…").strip()
            if keys and name and name not in seen:
                seen.add(name)
                rows.append((name, keys))
        rows.append((self.tr("Về danh sách báo cáo"), "Alt+←"))
        rows.append((self.tr("Đóng ô tìm, bảng kiểm tra hoặc xem trước"), "Esc"))
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Việc"), self.tr("Phím")])
        for index, (name, keys) in enumerate(rows):
            self.table.setItem(index, 0, QTableWidgetItem(name))
            self.table.setItem(index, 1, QTableWidgetItem(keys))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 560)

    def rows(self) -> list[tuple[str, str]]:
        return [(self._text(r, 0), self._text(r, 1)) for r in range(self.table.rowCount())]

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""


# Marked for the catalog here: `parent.tr()` would be looked up in the parent's context, not the one extracted.
EDITOR_KEYS = (
    (QT_TRANSLATE_NOOP("KeysDialog", "Xuất PDF"), "Ctrl+E"),
    (QT_TRANSLATE_NOOP("KeysDialog", "Xem trước bản in"), "F5"),
    (QT_TRANSLATE_NOOP("KeysDialog", "Kiểm tra báo cáo"), "F7"),
    (QT_TRANSLATE_NOOP("KeysDialog", "Hướng dẫn cho mục đang nhập"), "F1"),
    (QT_TRANSLATE_NOOP("KeysDialog", "Thêm dòng vào bảng"), "Insert"),
    (QT_TRANSLATE_NOOP("KeysDialog", "Xóa dòng đang chọn của bảng"), "Ctrl+Delete"),
)


def editor_key_rows(parent: QWidget) -> list[QAction]:
    """The report's keys (export, preview, check, field help) as actions, for the list shown outside a report."""
    actions = []
    for text, key in EDITOR_KEYS:
        action = QAction(QCoreApplication.translate("KeysDialog", text), parent)
        action.setShortcuts([QKeySequence(key)])
        actions.append(action)
    return actions
