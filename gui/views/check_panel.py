"""The "Kiểm tra" panel: every remaining problem of the report in form order; Enter or a double-click jumps to it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QStyle, QVBoxLayout, QWidget

from gui.core.i18n import pick
from gui.core.validation import Problem

PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1


class ProblemList(QListWidget):
    """Problems, one per line, with the section number in front; Enter activates, Esc asks to close."""

    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemList")
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setAlternatingRowColors(True)
        self.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self.itemActivated.emit(self.currentItem())
            return
        if event.key() == Qt.Key.Key_Escape:
            self.close_requested.emit()
            return
        super().keyPressEvent(event)

    def set_problems(self, problems: list[Problem], where: Callable[[Problem], str]) -> None:
        """`where(problem)` gives the place shown in front of the message, e.g. 'II.4'."""
        current = self.currentItem().data(PROBLEM_ROLE) if self.currentItem() is not None else None
        self.clear()
        error_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        warning_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for problem in problems:
            place = where(problem)
            text = pick(problem.message, problem.message_en)
            item = QListWidgetItem(
                error_icon if problem.is_error else warning_icon, f"{place} · {text}" if place else text
            )
            item.setData(PROBLEM_ROLE, problem)
            item.setToolTip(text)
            self.addItem(item)
            if problem == current:
                self.setCurrentItem(item)
        if self.currentItem() is None and self.count():
            self.setCurrentRow(0)


class CheckPanel(QWidget):
    """A side panel of the editor: a count line and the list. `jump_requested(problem)` when one is activated."""

    jump_requested = Signal(object)
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkPanel")
        self.title = QLabel(self)
        self.title.setObjectName("checkTitle")
        self.title.setWordWrap(True)
        self.hint = QLabel(self.tr("Enter hoặc nhấp đúp để đến chỗ cần sửa; Esc để đóng; F7 để bật/tắt."), self)
        self.hint.setObjectName("fieldHelp")
        self.hint.setWordWrap(True)
        self.list = ProblemList(self)
        self.list.itemActivated.connect(self._activated)
        self.list.itemDoubleClicked.connect(self._activated)
        self.list.close_requested.connect(self.close_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        self.setStyleSheet(
            "QLabel#checkTitle { font-weight: 600; font-size: 11pt; color: #1f3a5f; }"
            'QLabel#checkTitle[clean="true"] { color: #1e7b34; }'
        )
        self.setFocusProxy(self.list)
        self.set_problems([], lambda _p: "")

    def set_problems(self, problems: list[Problem], where: Callable[[Problem], str]) -> None:
        """All of them are listed; the count says apart what to fix (as the section tree's "Cần sửa" counts it)
        and the required fields not filled in yet (which its "Đã nhập" counts)."""
        to_fix = [p for p in problems if not p.is_missing]
        errors = sum(p.is_error for p in to_fix)
        warnings = len(to_fix) - errors
        missing = len(problems) - len(to_fix)
        if problems:
            self.title.setText(
                self.tr(
                    "Kiểm tra: cần sửa {count} ({errors} lỗi, {warnings} cảnh báo); {missing} mục bắt buộc chưa nhập"
                ).format(count=len(to_fix), errors=errors, warnings=warnings, missing=missing)
            )
        else:
            self.title.setText(self.tr("Kiểm tra: không còn vấn đề nào. Báo cáo sẵn sàng xuất bản."))
        clean = "true" if not problems else "false"
        if self.title.property("clean") != clean:
            self.title.setProperty("clean", clean)
            self.title.style().unpolish(self.title)
            self.title.style().polish(self.title)
        self.list.set_problems(problems, where)

    def problems(self) -> list[Problem]:
        return [self.list.item(i).data(PROBLEM_ROLE) for i in range(self.list.count())]

    def _activated(self, item: QListWidgetItem) -> None:
        self.jump_requested.emit(item.data(PROBLEM_ROLE))
