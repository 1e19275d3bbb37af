"""Dialogs: a new report (unit and period), a period for a duplicate, and the agency profile (a form reused by settings)."""

from __future__ import annotations

import contextlib
import datetime as dt
from typing import TYPE_CHECKING, Any

from msgspec.structs import replace
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gui.core.document import Signer
from gui.core.header import SIGNER_AUTHORITIES, archive_lines
from gui.core.period import Period, PeriodError, parse_period
from gui.core.text import normalize_line, vietnamese_sort_key
from gui.core.units import Unit, agencies, find_unit, parent_body_line, province_list_at
from gui.views.buttons import accept_cancel_buttons
from gui.views.combo import TypeAheadComboBox

if TYPE_CHECKING:
    from gui.core.profile import Profile
    from gui.core.units import UnitList


class PeriodPicker(QWidget):
    """Kind (annual, six-month, multi-year review) and year(s)."""

    changed = Signal()

    def __init__(self, default_year: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        year = default_year or dt.date.today().year
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Báo cáo năm"), "year")
        self.kind.addItem(self.tr("Báo cáo 6 tháng đầu năm"), "half")
        self.kind.addItem(self.tr("Sơ kết, tổng kết giai đoạn"), "review")
        self.first = QSpinBox(self)
        self.first.setRange(2019, 2100)
        self.first.setValue(year)
        self.last = QSpinBox(self)
        self.last.setRange(2020, 2100)
        self.last.setValue(year + 4 if year + 4 <= 2100 else 2100)
        self.dash = QLabel("–", self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.first)
        layout.addWidget(self.dash)
        layout.addWidget(self.last)
        layout.addStretch(1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.first.valueChanged.connect(self.changed)
        self.last.valueChanged.connect(self.changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        review = self.kind.currentData() == "review"
        self.dash.setVisible(review)
        self.last.setVisible(review)
        self.changed.emit()

    def set_period(self, period_id: str) -> None:
        period = parse_period(period_id)
        self.kind.setCurrentIndex(self.kind.findData(period.kind))
        self.first.setValue(period.start.year)
        if period.kind == "review":
            self.last.setValue(period.end.year)

    def period_id(self) -> str:
        kind = self.kind.currentData()
        if kind == "half":
            return f"{self.first.value()}-H1"
        if kind == "review":
            return f"{self.first.value()}-{self.last.value()}"
        return str(self.first.value())

    def period(self) -> Period:
        """The chosen period; PeriodError when it cannot be (a review that ends before it starts)."""
        return parse_period(self.period_id())


class UnitPicker(QWidget):
    """A province from the list in force at the period's end, or a ministry or government agency."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.as_province = QRadioButton(self.tr("Tỉnh, thành phố"), self)
        self.as_ministry = QRadioButton(self.tr("Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"), self)
        group = QButtonGroup(self)
        group.addButton(self.as_province)
        group.addButton(self.as_ministry)
        self.as_province.setChecked(True)
        # Nothing chosen until the user chooses: a first run must not report for whichever province sorts first.
        self.province = TypeAheadComboBox(self)
        self.province.setMaxVisibleItems(20)
        self.ministry = TypeAheadComboBox(self)
        self.ministry.setMaxVisibleItems(20)
        self.ministry.addItem(self.tr("— Chọn bộ, cơ quan —"), None)
        for unit in sorted(agencies(), key=lambda u: vietnamese_sort_key(u.name)):
            self.ministry.addItem(unit.name, unit.code)
        self.list_note = QLabel(self)
        self.list_note.setObjectName("fieldHelp")
        self.list_note.setWordWrap(True)
        kinds = QHBoxLayout()
        kinds.addWidget(self.as_province)
        kinds.addWidget(self.as_ministry)
        kinds.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(kinds)
        layout.addWidget(self.province)
        layout.addWidget(self.ministry)
        layout.addWidget(self.list_note)
        self.as_province.toggled.connect(self._kind_changed)
        self._unit_list: UnitList | None = None
        self.set_day(dt.date.today())
        self._kind_changed()

    def _kind_changed(self) -> None:
        province = self.as_province.isChecked()
        self.province.setVisible(province)
        self.list_note.setVisible(province)
        self.ministry.setVisible(not province)

    def set_day(self, day: dt.date) -> None:
        """Offer the provinces in force on that day (34 from 01/7/2025, 63 before), keeping the choice if it exists."""
        unit_list = province_list_at(day)
        if self._unit_list is not None and unit_list.id == self._unit_list.id:
            return
        current = self.province.currentData()
        self._unit_list = unit_list
        self.province.clear()
        self.province.addItem(self.tr("— Chọn tỉnh/thành phố —"), None)
        # By the name itself ("Cần Thơ" under C), in Vietnamese dictionary order; typing "dak" finds "Đắk Lắk".
        for unit in sorted(unit_list.units, key=lambda u: vietnamese_sort_key(u.name)):
            text = self.tr("{name} (thành phố)").format(name=unit.name) if unit.city else unit.name
            self.province.addItem(text, unit.code)
        if current:
            self.select_province(current)
        self.list_note.setText(
            self.tr("Danh sách tỉnh, thành phố theo {name}.").format(name=unit_list.name)
        )

    def select_province(self, code: str) -> None:
        index = self.province.findData(code)
        if index >= 0:
            self.province.setCurrentIndex(index)

    def set_unit(self, kind: str, code: str) -> None:
        if kind == "ministry":
            self.as_ministry.setChecked(True)
            index = self.ministry.findData(code)
            if index >= 0:
                self.ministry.setCurrentIndex(index)
        else:
            self.as_province.setChecked(True)
            self.select_province(code)

    def unit(self) -> Unit | None:
        if self.as_ministry.isChecked():
            return find_unit("ministry", self.ministry.currentData() or "")
        if self._unit_list is None:
            return None
        return self._unit_list.get(self.province.currentData() or "")


class NewReportDialog(QDialog):
    """Ctrl+N: which unit reports, for which period."""

    def __init__(self, profile: Profile | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Báo cáo mới"))
        self.period_picker = PeriodPicker(parent=self)
        self.unit_picker = UnitPicker(self)
        self.error = QLabel(self)
        self.error.setObjectName("fieldMessage")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Kỳ báo cáo:"), self.period_picker)
        form.addRow(self.tr("Đơn vị báo cáo:"), self.unit_picker)
        buttons = accept_cancel_buttons(self, self.tr("Tạo báo cáo"), self.tr("Hủy"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.period_picker.changed.connect(self._period_changed)
        self._period_changed()
        if profile is not None and profile.unit_code:
            self.unit_picker.set_unit(profile.unit_kind, profile.unit_code)
        self.resize(560, self.sizeHint().height())

    def _period_changed(self) -> None:
        period = period_or_say(self.period_picker, self.error)
        if period is not None:
            self.error.hide()
            self.unit_picker.set_day(period.end)

    def accept(self) -> None:
        if period_or_say(self.period_picker, self.error) is None:
            return
        if self.unit_picker.unit() is None:
            self.error.setText(self.tr("Hãy chọn đơn vị báo cáo."))
            self.error.show()
            return
        super().accept()

    def result_unit_period(self) -> tuple[Unit, Period]:
        unit = self.unit_picker.unit()
        assert unit is not None
        return unit, self.period_picker.period()


class PeriodDialog(QDialog):
    """The period of a duplicate: the report's texts and header are carried over, not its number and date."""

    def __init__(self, source_text: str, default_period: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nhân bản sang kỳ khác"))
        note = QLabel(
            self.tr(
                "Tạo báo cáo mới từ “{source}”: giữ nội dung và phần đầu, bỏ số và ngày văn bản. Chọn kỳ báo cáo mới:"
            ).format(source=source_text),
            self,
        )
        note.setWordWrap(True)
        self.period_picker = PeriodPicker(parent=self)
        with contextlib.suppress(PeriodError):
            self.period_picker.set_period(default_period)
        self.error = QLabel(self)
        self.error.setObjectName("fieldMessage")
        self.error.hide()
        buttons = accept_cancel_buttons(self, self.tr("Nhân bản"), self.tr("Hủy"))
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.period_picker)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def accept(self) -> None:
        if period_or_say(self.period_picker, self.error) is not None:
            super().accept()


def period_or_say(picker: PeriodPicker, error_label: QLabel) -> Period | None:
    """The period picked, or None with the reason shown in `error_label` (e.g. a review period that is not five
    years)."""
    try:
        return picker.period()
    except PeriodError as error:
        error_label.setText(str(error))
        error_label.show()
        return None


def next_period_id(period_id: str) -> str:
    """The period after this one, of the same kind: 2024 → 2025, 2025-H1 → 2026-H1, 2021-2025 → 2026-2030."""
    try:
        period = parse_period(period_id)
    except PeriodError:
        return str(dt.date.today().year)
    if period.kind == "review":
        span = period.end.year - period.start.year
        return f"{period.end.year + 1}-{min(2100, period.end.year + 1 + span)}"
    if period.kind == "half":
        return f"{period.start.year + 1}-H1"
    return str(period.start.year + 1)


class ProfileForm(QWidget):
    """The agency profile's fields: who reports, who signs, the default recipients. In the profile dialog and in
    the settings dialog's first tab."""

    def __init__(self, profile: Profile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._profile = profile
        # Who uses this copy: a reporting unit, or the Ministry receiving and consolidating reports.
        self.side = QComboBox(self)
        self.side.setObjectName("profileSide")
        self.side.addItem(self.tr("Đơn vị gửi báo cáo (Sở Công Thương, bộ, ngành)"), False)
        self.side.addItem(self.tr("Bộ Công Thương — nhận và tổng hợp báo cáo"), True)
        self.side.setCurrentIndex(1 if profile.receiving else 0)
        self.unit_picker = UnitPicker(self)
        self.unit_picker.set_day(dt.date.today())
        if profile.unit_code:
            self.unit_picker.set_unit(profile.unit_kind, profile.unit_code)
        self.parent_body = QLineEdit(profile.parent_body, self)
        self.agency = QLineEdit(profile.agency, self)
        self.symbol = QLineEdit(profile.symbol, self)
        self.symbol.setPlaceholderText("BC-SCT")
        self.place = QLineEdit(profile.place, self)
        # What an empty field becomes, for the unit chosen (not an example from another province).
        self.unit_picker.province.currentIndexChanged.connect(self._unit_changed)
        self.unit_picker.ministry.currentIndexChanged.connect(self._unit_changed)
        self.unit_picker.as_province.toggled.connect(self._unit_changed)
        self._unit_changed()
        self.on_behalf_of = QLineEdit(profile.signer.on_behalf_of, self)
        self.on_behalf_of.setPlaceholderText(self.tr("chỉ khi ký TM. tập thể, ví dụ ỦY BAN NHÂN DÂN"))
        self.authority = QComboBox(self)
        self.authority.addItem(self.tr("— (người đứng đầu ký)"), "")
        for item in SIGNER_AUTHORITIES:
            self.authority.addItem(item, item)
        self.authority.setCurrentIndex(max(0, self.authority.findData(profile.signer.authority)))
        self.authority_of = QLineEdit(profile.signer.authority_of, self)
        self.authority_of.setPlaceholderText(self.tr("ví dụ GIÁM ĐỐC"))
        self.position = QLineEdit(profile.signer.position, self)
        self.signer_name = QLineEdit(profile.signer.name, self)
        self.recipients = QPlainTextEdit("\n".join(profile.recipients), self)
        self.recipients.setTabChangesFocus(True)
        self.recipients.setPlaceholderText(self.tr("Mỗi dòng một nơi nhận"))
        self.recipients.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.archive_unit = QLineEdit(profile.archive_unit, self)
        # One source for "Lưu: VT, …": this field, unless the recipients already hold such a line.
        self.archive_note = QLabel(self)
        self.archive_note.setObjectName("fieldHelp")
        self.archive_note.setWordWrap(True)
        self.recipients.textChanged.connect(self._archive_changed)
        self.archive_unit.textChanged.connect(self._archive_changed)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Sử dụng:"), self.side)
        form.addRow(self.tr("Đơn vị báo cáo:"), self.unit_picker)
        form.addRow(self.tr("Cơ quan chủ quản:"), self.parent_body)
        form.addRow(self.tr("Tên cơ quan:"), self.agency)
        form.addRow(self.tr("Ký hiệu văn bản:"), self.symbol)
        form.addRow(self.tr("Địa danh:"), self.place)
        form.addRow(self.tr("Thay mặt tập thể (TM.):"), self.on_behalf_of)
        form.addRow(self.tr("Thẩm quyền ký:"), self.authority)
        form.addRow(self.tr("Ký thay, thay mặt cho:"), self.authority_of)
        form.addRow(self.tr("Chức vụ người ký:"), self.position)
        form.addRow(self.tr("Họ và tên người ký:"), self.signer_name)
        form.addRow(self.tr("Nơi nhận:"), self.recipients)
        form.addRow(self.tr("Đơn vị lưu (Lưu: VT, …):"), self.archive_unit)
        form.addRow("", self.archive_note)
        self._archive_changed()
        self.side.currentIndexChanged.connect(self._side_changed)
        self._side_changed()

    @property
    def receiving(self) -> bool:
        return bool(self.side.currentData())

    def _side_changed(self) -> None:
        """The Ministry's side reports nothing: the reporting unit and the report's header are not asked."""
        reporting = (self.unit_picker, self.parent_body, self.agency, self.symbol, self.place, self.on_behalf_of)
        signing = (self.authority, self.authority_of, self.position, self.signer_name, self.recipients)
        for widget in (*reporting, *signing, self.archive_unit):
            widget.setEnabled(not self.receiving)

    def _unit_changed(self) -> None:
        unit = self.unit_picker.unit()
        if unit is None:
            self.parent_body.setPlaceholderText(self.tr("Để trống để tự điền theo đơn vị báo cáo"))
            self.place.setPlaceholderText(self.tr("Để trống để tự điền theo đơn vị báo cáo"))
            return
        fill = self.tr("Để trống để tự điền: {text}")
        self.parent_body.setPlaceholderText(fill.format(text=parent_body_line(unit)))
        self.place.setPlaceholderText(fill.format(text=unit.name if unit.kind == "province" else "Hà Nội"))

    def _archive_changed(self) -> None:
        lines = archive_lines(self.recipients.toPlainText().splitlines())
        unit = self.archive_unit.text().strip()
        if lines and unit:
            text = self.tr(
                "“Nơi nhận” đã có dòng “{line}”: báo cáo mới dùng dòng đó, không thêm “Lưu: VT, {unit}” từ ô "
                "“Đơn vị lưu”. Nên xóa dòng Lưu ở “Nơi nhận” và chỉ giữ ô “Đơn vị lưu”."
            ).format(line=lines[0].strip(), unit=unit)
        elif unit:
            text = self.tr("Báo cáo mới có dòng cuối “Lưu: VT, {unit}.” ở phần Nơi nhận.").format(unit=unit)
        else:
            text = ""
        self.archive_note.setText(text)
        self.archive_note.setVisible(bool(text))

    def problem(self) -> str | None:
        """What must be fixed before the profile can be saved, or None."""
        if self.receiving:
            return None
        if self.unit_picker.unit() is None:
            return self.tr("Hãy chọn đơn vị báo cáo (tỉnh, thành phố hoặc bộ, cơ quan).")
        if not self.agency.text().strip():
            return self.tr("Hãy nhập tên cơ quan, ví dụ SỞ CÔNG THƯƠNG.")
        return None

    def profile(self, **extra: Any) -> Profile:
        """The edited profile (a new frozen Profile); `extra` sets further fields (ministry_email, export_dir)."""
        unit = self.unit_picker.unit()
        parent_body = normalize_line(self.parent_body.text()) or (parent_body_line(unit) if unit else "")
        recipients = [normalize_line(line) for line in self.recipients.toPlainText().splitlines() if line.strip()]
        return replace(
            self._profile,
            unit_kind=unit.kind if unit else self._profile.unit_kind,
            unit_code=unit.code if unit else self._profile.unit_code,
            parent_body=parent_body,
            agency=normalize_line(self.agency.text()),
            symbol=normalize_line(self.symbol.text()),
            place=normalize_line(self.place.text()),
            signer=Signer(
                on_behalf_of=normalize_line(self.on_behalf_of.text()),
                authority=self.authority.currentData() or "",
                authority_of=normalize_line(self.authority_of.text()),
                position=normalize_line(self.position.text()),
                name=normalize_line(self.signer_name.text()),
            ),
            recipients=recipients,
            archive_unit=normalize_line(self.archive_unit.text()),
            receiving=self.receiving,
            **extra,
        )


class ProfileDialog(QDialog):
    """The agency profile, set once: who reports, who signs, and what every new report starts from."""

    def __init__(self, profile: Profile, parent: QWidget | None = None, *, first_run: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Hồ sơ cơ quan"))
        intro = QLabel(
            self.tr("Thiết lập một lần: các báo cáo mới sẽ lấy sẵn thông tin này. Có thể sửa sau trong menu Tệp.")
            if first_run
            else self.tr("Thông tin này được điền sẵn vào phần đầu và phần ký của mỗi báo cáo mới."),
            self,
        )
        intro.setWordWrap(True)
        self.form = ProfileForm(profile, self)
        for name in ("unit_picker", "agency", "signer_name", "recipients", "position", "symbol", "place"):
            setattr(self, name, getattr(self.form, name))
        self.error = QLabel(self)
        self.error.setObjectName("fieldMessage")
        self.error.hide()
        buttons = accept_cancel_buttons(self, self.tr("Lưu"), self.tr("Để sau") if first_run else self.tr("Hủy"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(max(620, self.sizeHint().width()), self.sizeHint().height())

    def accept(self) -> None:
        problem = self.form.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()

    def profile(self) -> Profile:
        """The edited profile (a new frozen Profile)."""
        return self.form.profile()
