"""Dates that may stay empty (dd/mm/yyyy, with a calendar), and document references: number + date."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from gui.views.fields.base import FieldEditor, help_tr, parse
from gui.views.textutil import format_vn_date, parse_vn_date


class DateLineEdit(QWidget):
    """A line edit for dd/mm/yyyy with a calendar button; empty is a valid state (not yet known)."""

    picked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("ngày/tháng/năm"))
        self.edit.setMaximumWidth(120)
        self.button = QToolButton(self)
        self.button.setObjectName("dateButton")
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Chọn ngày trên lịch"))
        self.button.setFocusProxy(self.edit)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        # The calendar is made when its menu first opens: an editor holds several date fields, and each
        # QCalendarWidget costs ~1.4 MB resident.
        self.calendar: QCalendarWidget | None = None
        menu.aboutToShow.connect(self._sync_calendar)
        self.button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)

    def _make_calendar(self) -> QCalendarWidget:
        menu = self.button.menu()
        calendar = QCalendarWidget(menu)
        calendar.setGridVisible(True)
        action = QWidgetAction(menu)
        action.setDefaultWidget(calendar)
        menu.addAction(action)
        calendar.clicked.connect(self._pick)
        calendar.activated.connect(self._pick)
        return calendar

    def _sync_calendar(self) -> None:
        if self.calendar is None:
            self.calendar = self._make_calendar()
        try:
            day = parse_vn_date(self.edit.text())
        except ValueError:
            day = None
        day = day or dt.date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _pick(self, date: QDate) -> None:
        self.edit.setText(format_vn_date(dt.date(date.year(), date.month(), date.day())))
        self.button.menu().hide()
        self.picked.emit()

    def iso(self) -> str | None:
        """The date as YYYY-MM-DD, None when empty; ValueError when the text is not a date."""
        day = parse_vn_date(self.edit.text())
        return day.isoformat() if day else None


class DateField(FieldEditor):
    kinds = ("date",)

    @classmethod
    def accepts(cls, spec: Any, template: Any) -> str:
        rules = {
            "in_period": help_tr(" Phải nằm trong kỳ báo cáo."),
            "not_after_period_end": help_tr(" Không được sau ngày kết thúc kỳ báo cáo."),
            "not_after_report_date": help_tr(" Không được sau ngày báo cáo."),
        }
        return help_tr("Ngày/tháng/năm, ví dụ 15/03/2025.") + rules.get(getattr(spec, "date_rule", None) or "", "")

    def __init__(self, spec: Any, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.date = DateLineEdit(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.date)
        layout.addStretch(1)
        self.date.edit.textEdited.connect(self._emit_edited)
        self.date.picked.connect(self._emit_committed)
        self._watch_focus(self.date.edit)

    def value(self) -> Any:
        return parse(self.spec, self.date.edit.text())

    def _show(self, value: Any) -> None:
        self.date.edit.setText(format_vn_date(value))

    def focus_widget(self) -> QWidget:
        return self.date.edit

    def _apply_read_only(self, read_only: bool) -> None:
        self.date.edit.setReadOnly(read_only)
        self.date.button.setEnabled(not read_only)


class DocRefField(FieldEditor):
    """'Số, ký hiệu' and 'ngày' of a document, e.g. 473/KH-UBND ngày 28/07/2020."""

    kinds = ("docref",)

    @classmethod
    def accepts(cls, spec: Any, template: Any) -> str:
        return help_tr("Số, ký hiệu (ví dụ 473/KH-UBND), rồi Tab sang ô ngày ban hành (ngày/tháng/năm).")

    def __init__(self, spec: Any, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("Số, ký hiệu (ví dụ 473/KH-UBND)"))
        self.number.setMaximumWidth(260)
        self.date = DateLineEdit(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.number)
        layout.addWidget(QLabel(self.tr("ngày"), self))
        layout.addWidget(self.date)
        layout.addStretch(1)
        self.number.textEdited.connect(self._emit_edited)
        self.date.edit.textEdited.connect(self._emit_edited)
        self.date.picked.connect(self._emit_committed)
        self._watch_focus(self.number)
        self._watch_focus(self.date.edit)

    def value(self) -> Any:
        return parse(self.spec, {"number": self.number.text(), "date": self.date.edit.text()})

    def _show(self, value: Any) -> None:
        value = value or {}
        self.number.setText(value.get("number") or "")
        self.date.edit.setText(format_vn_date(value.get("date")))

    def focus_widget(self) -> QWidget:
        return self.number

    def focus_chain(self) -> list[QWidget]:
        return [self.number, self.date.edit]

    def _apply_read_only(self, read_only: bool) -> None:
        self.number.setReadOnly(read_only)
        self.date.edit.setReadOnly(read_only)
        self.date.button.setEnabled(not read_only)
