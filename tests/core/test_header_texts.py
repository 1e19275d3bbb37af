"""The header's help speaks of the user's own unit, and the "Lưu" line has one source."""

from __future__ import annotations

import datetime as dt

from gui.core.header import check_header, header_specs_for
from gui.core.profile import Profile
from gui.core.template import active_template
from gui.core.units import province_list_at
from gui.store.reports import default_header


def test_help_examples_name_the_reporting_unit() -> None:
    specs = {s.name: s for s in header_specs_for("province", "Quảng Ninh", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH")}
    assert "ví dụ: Quảng Ninh" in specs["place"].help
    assert "ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH" in specs["parent_body"].help
    assert not any("Nghệ An" in s.help or "NGHỆ AN" in s.help for s in specs.values())
    ministry = {s.name: s for s in header_specs_for("ministry", "Bộ Y tế", "BỘ Y TẾ")}
    assert "ví dụ: Hà Nội" in ministry["place"].help


def test_a_second_archive_line_is_warned_about() -> None:
    problems = check_header({"header.recipients": "Như trên\nLưu: VT, QLTM.\n- Lưu: VT, QLTM"}, None)
    warning = next(p for p in problems if p.code == "archive_twice")
    assert warning.severity == "warning" and "2 dòng “Lưu: …”" in warning.message
    assert not [p for p in check_header({"header.recipients": "Như trên\nLưu: VT, QLTM."}, None) if p.key.endswith("recipients")]


def test_a_new_report_takes_the_archive_line_once() -> None:
    unit = province_list_at(dt.date(2025, 12, 31)).get("22")
    assert unit is not None
    typed = Profile(unit_code="22", recipients=["Như trên", "Lưu: VT, QLTM."], archive_unit="QLTM")
    assert default_header(unit, active_template(), typed)["recipients"] == ["Như trên", "Lưu: VT, QLTM."]
    separate = Profile(unit_code="22", recipients=["Như trên"], archive_unit="QLTM")
    assert default_header(unit, active_template(), separate)["recipients"] == ["Như trên", "Lưu: VT, QLTM"]
