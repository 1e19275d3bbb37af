"""A first run for another province: nothing chosen for the user, provinces in Vietnamese order, accent-free
type-ahead, and the "Lưu" line set up once."""

from __future__ import annotations

from typing import Any

from PySide6.QtTest import QTest

from gui.core.profile import Profile
from tests.views.conftest import type_text


def test_the_province_list_starts_unchosen_in_dictionary_order_with_type_ahead(qtbot: Any) -> None:
    from gui.views.dialogs import ProfileDialog

    dialog = ProfileDialog(Profile(), first_run=True)
    qtbot.addWidget(dialog)
    picker = dialog.unit_picker
    assert picker.province.currentText() == "— Chọn tỉnh/thành phố —" and picker.unit() is None
    names = [picker.province.itemText(i) for i in range(1, picker.province.count())]
    assert names[0] == "An Giang" and names[-1] == "Vĩnh Long"
    assert names.index("Đắk Lắk") < names.index("Điện Biên") < names.index("Đồng Nai") < names.index("Gia Lai")
    assert names.index("Tây Ninh") < names.index("Thanh Hóa")
    assert "Cần Thơ (thành phố)" in names
    dialog.show()
    picker.province.setFocus()
    QTest.keyClicks(picker.province, "dak")  # no accents typed
    assert picker.province.currentText() == "Đắk Lắk"
    QTest.qWait(1100)  # a pause starts a new search
    QTest.keyClicks(picker.province, "quang ni")
    assert picker.province.currentText() == "Quảng Ninh"
    QTest.qWait(1100)
    QTest.keyClicks(picker.province, "can tho")
    assert picker.unit() is not None and picker.unit().name == "Cần Thơ"


def test_the_profile_asks_for_a_unit_and_says_where_the_archive_line_comes_from(qtbot: Any) -> None:
    from gui.views.dialogs import ProfileDialog

    dialog = ProfileDialog(Profile(agency="SỞ CÔNG THƯƠNG"), first_run=True)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.accept()
    assert dialog.result() != ProfileDialog.DialogCode.Accepted
    assert "Hãy chọn đơn vị báo cáo" in dialog.error.text()
    form = dialog.form
    assert "Lưu: VT, QLTM." in form.archive_note.text()
    form.recipients.setFocus()
    type_text(form.recipients, "Như trên\nLưu: VT, QLTM.")
    assert "đã có dòng “Lưu: VT, QLTM.”" in form.archive_note.text()
    picker = dialog.unit_picker
    picker.province.setFocus()
    QTest.keyClicks(picker.province, "quang ninh")
    dialog.accept()
    assert dialog.result() == ProfileDialog.DialogCode.Accepted
    assert dialog.profile().unit_code == "22"


def test_the_empty_header_fields_say_what_they_become_for_the_unit_chosen(qtbot: Any) -> None:
    from gui.views.dialogs import ProfileDialog

    dialog = ProfileDialog(Profile(), first_run=True)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    assert "NGHỆ AN" not in form.parent_body.placeholderText()  # no other province's example before a choice
    form.unit_picker.province.setFocus()
    QTest.keyClicks(form.unit_picker.province, "quang ninh")
    assert form.parent_body.placeholderText().endswith("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH")
    assert form.place.placeholderText().endswith("Quảng Ninh")
    dialog.accept()
    profile = dialog.profile()
    assert profile.parent_body == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH"  # what the placeholder promised
