"""Every rule of the template, as the official sees it: which field is marked and the exact Vietnamese message."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest

from gui.core.demo import DEMO_VALUES
from gui.core.document import parse_document
from gui.core.header import validate_document
from gui.core.template import active_template
from gui.core.validation import (
    Problem,
    ValidationContext,
    problems_by_section,
    validate_report,
)

START, END, REPORT = dt.date(2025, 1, 1), dt.date(2025, 12, 31), dt.date(2025, 12, 15)


@pytest.fixture(scope="module")
def template():
    return active_template()


def check(template, **changes: Any) -> list[Problem]:
    values = copy.deepcopy(DEMO_VALUES)
    values.update(changes)
    return validate_report(template, values, period_start=START, period_end=END, report_date=REPORT)


def messages(problems: list[Problem]) -> list[str]:
    return [p.message for p in problems]


def test_the_demo_report_is_valid(template) -> None:
    assert check(template) == []


def test_required_field(template) -> None:
    problems = check(template, cp_received=None)
    assert problems == [
        Problem(
            key="cp_received",
            message="Tổng số yêu cầu, khiếu nại đã tiếp nhận: chưa nhập (bắt buộc).",
            message_en="Requests and complaints received: missing (required).",
            code="required",
        )
    ]


def test_required_text_made_of_spaces_is_missing(template) -> None:
    assert messages(check(template, sm_results="   \n ")) == ["Kết quả thực hiện: chưa nhập (bắt buộc)."]


def test_required_if_yes(template) -> None:
    problems = check(template, plan_issuer=None)
    assert messages(problems) == [
        "Cơ quan ban hành Kế hoạch: chưa nhập; bắt buộc vì đã chọn “Có” ở “Đã ban hành Kế hoạch triển khai "
        "Nghị quyết 82/NQ-CP”."
    ]
    assert problems[0].related == ("plan_issued",)
    assert check(template, plan_issued=False, plan_issuer=None, plan_ref=None) == []


@pytest.mark.parametrize(
    ("value", "code"),
    [(10_000_001, "range"), (-1, "range"), (12.5, "type"), ("12", "type"), (True, "type")],
)
def test_whole_number_bounds(template, value: Any, code: str) -> None:
    problems = check(template, cp_received=value, cp_hotline=None, cp_in_person=None, cp_written=None, cp_online=None)
    own = [p for p in problems if p.code in ("range", "type")]
    assert messages(own) == ["Tổng số yêu cầu, khiếu nại đã tiếp nhận: phải là số nguyên từ 0 đến 10.000.000."]
    assert own[0].code == code
    assert own[0].message_en == "Requests and complaints received: must be a whole number from 0 to 10,000,000."


def test_money_bounds(template) -> None:
    problems = check(template, budget_vnd=-5)
    assert messages(problems) == [
        "Kinh phí bố trí cho công tác BVQLNTD: phải là số tiền từ 0 đến 1.000.000.000.000.000 đồng."
    ]


def test_text_length_shows_the_count(template) -> None:
    problems = check(template, focal_agency="x" * 301)
    assert messages(problems) == ["Cơ quan đầu mối: dài 301 ký tự, tối đa 300 ký tự."]
    assert problems[0].code == "length"


def test_date_inside_the_period(template) -> None:
    assert messages(check(template, cm_rights_day_date="2024-03-15")) == [
        "Ngày tổ chức lễ phát động hưởng ứng Ngày 15/3: ngày 15/03/2024 nằm ngoài kỳ báo cáo (01/01/2025 – 31/12/2025)."
    ]


def test_plan_date_not_after_the_report_date(template) -> None:
    problems = check(template, plan_ref={"number": "473/KH-UBND", "date": "2025-12-16"})
    assert messages(problems) == [
        "Số, ký hiệu và ngày ban hành Kế hoạch: ngày 16/12/2025 sau ngày báo cáo (15/12/2025)."
    ]
    assert check(template, plan_ref={"number": "473/KH-UBND", "date": "2025-12-15"}) == []


def test_not_after_period_end(template) -> None:
    from gui.core.kinds.dates import check_date as _check_date
    from gui.core.problems import Where as _Where

    where = _Where("k", "Ngày", "Date")
    context = ValidationContext(START, END, REPORT)
    assert _check_date(dt.date(2026, 1, 1), "not_after_period_end", context, where)[0].message == (
        "Ngày: ngày 01/01/2026 sau ngày kết thúc kỳ báo cáo (31/12/2025)."
    )
    assert _check_date(dt.date(2025, 12, 31), "not_after_period_end", context, where) == []


def test_dates_far_in_the_future_or_past(template) -> None:
    rows = copy.deepcopy(DEMO_VALUES["campaigns"])
    rows[0]["date"] = "2205-03-14"
    rows[1]["date"] = "0205-05-22"
    assert messages(check(template, campaigns=rows)) == [
        "Các chương trình, chiến dịch truyền thông tiêu biểu, dòng 1, cột “Thời gian”: ngày 14/03/2205 ở quá xa trong "
        "tương lai; kiểm tra lại năm.",
        "Các chương trình, chiến dịch truyền thông tiêu biểu, dòng 2, cột “Thời gian”: ngày 22/05/0205 không hợp lý; "
        "kiểm tra lại năm.",
    ]


def test_docref_needs_its_number_when_it_has_a_date(template) -> None:
    problems = check(template, plan_ref={"number": "", "date": "2020-07-28"})
    assert messages(problems) == [
        "Số, ký hiệu và ngày ban hành Kế hoạch: thiếu số, ký hiệu văn bản (đã có ngày 28/07/2020)."
    ]
    problems = check(template, plan_ref={"number": "473/KH-UBND", "date": None})
    assert messages(problems) == [
        "Số, ký hiệu và ngày ban hành Kế hoạch: thiếu ngày ban hành của văn bản “473/KH-UBND”."
    ]


def test_docref_number_shape_is_a_warning(template) -> None:
    problems = check(template, plan_ref={"number": "473", "date": "2020-07-28"})
    assert [(p.severity, p.message) for p in problems] == [
        ("warning", "Số, ký hiệu và ngày ban hành Kế hoạch: số, ký hiệu “473” chưa đúng dạng (ví dụ 125/KH-UBND).")
    ]


def test_docref_bad_date(template) -> None:
    assert messages(check(template, plan_ref={"number": "473/KH-UBND", "date": "2020-02-30"})) == [
        "Số, ký hiệu và ngày ban hành Kế hoạch: “2020-02-30” không phải ngày hợp lệ."
    ]


def test_choice_membership_in_a_table(template) -> None:
    rows = copy.deepcopy(DEMO_VALUES["notable_cases"])
    rows[2]["status"] = "lost"
    problems = check(template, notable_cases=rows)
    assert [(p.key, p.row, p.column) for p in problems] == [("notable_cases", 2, "status")]
    assert problems[0].message == (
        "Các vụ việc điển hình, dòng 3, cột “Tình trạng”: “lost” không có trong danh sách; chọn một trong: "
        "Đã xử lý xong, Đang xử lý, Đã chuyển cơ quan khác."
    )


def test_table_cells_by_their_column(template) -> None:
    rows = copy.deepcopy(DEMO_VALUES["notable_cases"])
    rows[0]["business"] = None
    rows[1]["fine"] = 100_000_000_000_001
    rows.append({"business": None, "violation": None, "fine": None, "status": None})
    problems = check(template, notable_cases=rows)
    assert [(p.row, p.column, p.severity, p.message) for p in problems] == [
        (
            0,
            "business",
            "error",
            "Các vụ việc điển hình, dòng 1, cột “Tổ chức, cá nhân kinh doanh”: chưa nhập (bắt buộc).",
        ),
        (
            1,
            "fine",
            "error",
            "Các vụ việc điển hình, dòng 2, cột “Số tiền phạt (đồng)”: phải là số tiền từ 0 đến 100.000.000.000.000 đồng.",
        ),
        (3, None, "warning", "Các vụ việc điển hình, dòng 4: dòng trống; nhập nội dung hoặc xóa dòng này."),
    ]


def test_table_max_rows(template) -> None:
    row = {"name": "Tuyên truyền", "date": "2025-03-14", "form": "event", "participants": 1}
    problems = check(template, campaigns=[row] * 501)
    assert messages(problems) == ["Các chương trình, chiến dịch truyền thông tiêu biểu: có 501 dòng, tối đa 500 dòng."]


def test_rule_le_resolved_not_above_received(template) -> None:
    problems = check(template, cp_resolved=240)
    assert len(problems) == 1
    problem = problems[0]
    assert (problem.key, problem.related, problem.code) == (
        "cp_resolved",
        ("cp_received",),
        "rule:resolved_le_received",
    )
    assert problem.message == (
        "Số vụ việc giải quyết thành công không được lớn hơn tổng số đã tiếp nhận (đang nhập 240 > 236)."
    )


def test_rule_fines_collected_not_above_imposed(template) -> None:
    assert messages(check(template, fines_collected=2_845_600_001)) == [
        "Số tiền phạt đã thu không được lớn hơn số tiền phạt đã quyết định (đang nhập 2.845.600.001 > 2.845.600.000)."
    ]


def test_rule_le_waits_for_both_sides(template) -> None:
    assert check(template, fines_imposed=None, fines_collected=5) == []


def test_rule_sum_all_parts_filled(template) -> None:
    problems = check(template, cp_online=80)
    assert len(problems) == 1
    assert problems[0].key == "cp_received"
    assert problems[0].related == ("cp_hotline", "cp_in_person", "cp_written", "cp_online")
    assert problems[0].message == (
        "Tổng số vụ việc theo kênh tiếp nhận (đường dây nóng, trực tiếp, văn bản, trực tuyến) phải bằng tổng số đã "
        "tiếp nhận (cộng các phần: 234, tổng số: 236)."
    )


def test_rule_sum_counts_empty_parts_as_zero_once_one_is_filled(template) -> None:
    problems = check(template, cp_written=None, cp_online=None)
    assert messages(problems) == [
        "Tổng số vụ việc theo kênh tiếp nhận (đường dây nóng, trực tiếp, văn bản, trực tuyến) phải bằng tổng số đã "
        "tiếp nhận (cộng các phần: 109, tổng số: 236; 2 ô để trống được tính là 0)."
    ]
    assert check(template, cp_hotline=236, cp_in_person=None, cp_written=None, cp_online=None) == []


def test_rule_sum_not_checked_without_a_breakdown(template) -> None:
    assert check(template, cp_hotline=None, cp_in_person=None, cp_written=None, cp_online=None) == []


def test_legacy_text_is_a_warning(template) -> None:
    problems = check(template, as_results="B¸o c¸o kÕt qu¶ thùc hiÖn NghÞ quyÕt")
    assert [(p.severity, p.code) for p in problems] == [("warning", "legacy_encoding")]
    assert problems[0].message.startswith("Kết quả đạt được: văn bản có vẻ được gõ bằng bảng mã cũ TCVN3 (ABC)")


def test_wrong_shapes_are_problems_not_crashes(template) -> None:
    problems = check(
        template,
        plan_issued="yes",
        plan_ref=["473"],
        documents_issued="none",
        campaigns=[1, {"name": 5, "zzz": 1}],
        cm_rights_day_date=20250314,
        direction_summary=42,
    )
    assert {p.key for p in problems} >= {
        "plan_issued",
        "plan_ref",
        "documents_issued",
        "campaigns",
        "direction_summary",
    }
    assert all(p.severity == "error" for p in problems)


def test_unknown_keys_are_reported(template) -> None:
    problems = check(template, no_such_field=1)
    assert [(p.key, p.code) for p in problems] == [("no_such_field", "unknown_field")]


def test_problems_are_in_form_order(template) -> None:
    problems = check(template, pr_others="x" * 20_001, direction_summary=None, cp_resolved=500)
    assert [p.key for p in problems] == ["direction_summary", "cp_resolved", "pr_others"]


def test_a_part_typed_marks_the_sum_it_breaks(template) -> None:
    # As the editor re-checks the whole report after each edit: a part of a sum changed puts the problem on
    # the total, naming the part among its keys.
    assert check(template, cp_hotline=71) == []
    problems = check(template, cp_hotline=70)
    assert [(p.key, p.code) for p in problems] == [("cp_received", "rule:channels_sum")]
    assert "cp_hotline" in problems[0].keys
    assert messages(check(template, cp_received=None)) == [
        "Tổng số yêu cầu, khiếu nại đã tiếp nhận: chưa nhập (bắt buộc)."
    ]


def test_problems_by_section_counts_up_the_tree(template) -> None:
    problems = check(template, cp_received=None, focal_agency=None, sm_results=None)
    counts = problems_by_section(template, problems)
    assert counts["complaints"] == 1 and counts["state_management"] == 1 and counts["results"] == 2
    assert counts["direction"] == 1 and counts["proposals"] == 0
    assert set(counts) == {s.key for s in template.iter_sections()}
    assert problems_by_section(template, problems, severity="warning")["results"] == 0


def _full_header(**changes: Any) -> dict[str, Any]:
    header = {
        "parent_body": "ỦY BAN NHÂN DÂN TỈNH NGHỆ AN",
        "agency": "SỞ CÔNG THƯƠNG",
        "symbol": "BC-SCT",
        "place": "Nghệ An",
        "addressee": ["Bộ Công Thương"],
        "recipients": ["Như trên", "Lưu: VT, QLTM"],
        "signer": {"authority": "KT.", "authority_of": "GIÁM ĐỐC", "position": "PHÓ GIÁM ĐỐC", "name": "Nguyễn Văn A"},
    }
    return {**header, **changes}


def _document(**changes: Any):
    from gui.core.demo import DEMO_AT, DEMO_UID

    data = {
        "format": "bvntd-report",
        "format_version": 1,
        "uid": DEMO_UID,
        "template": {"id": "nq82-bvqlntd", "version": 1},
        "unit": {"kind": "province", "code": "40", "name": "Nghệ An", "list_id": "qd19-2025"},
        "period": {"id": "2025", "kind": "year", "start": "2025-01-01", "end": "2025-12-31"},
        "header": _full_header(date="2025-12-15"),
        "values": copy.deepcopy(DEMO_VALUES),
        "created_at": DEMO_AT,
        "updated_at": DEMO_AT,
    }
    data.update(changes)
    return parse_document(data)


def test_validate_document(template) -> None:
    assert validate_document(_document(), template) == []
    problems = validate_document(_document(header=_full_header(date="2024-12-01")), template)
    assert [(p.key, p.message) for p in problems] == [
        ("header.date", "Ngày ban hành: ngày 01/12/2024 trước ngày bắt đầu kỳ báo cáo (01/01/2025).")
    ]
    problems = validate_document(_document(header=_full_header(signer={"position": "GIÁM ĐỐC"})), template)
    assert [(p.key, p.severity, p.code) for p in problems] == [
        ("header.date", "error", "required"),
        ("header.signer_name", "error", "required"),
    ]
    assert problems[1].message_en == "Signer's full name: missing (required)."
    problems = validate_document(_document(template={"id": "nq82-bvqlntd", "version": 9}), template)
    assert problems[0].key == "template"
