"""Each field kind's class on its own: typed text → value → the report's text and back, stored values brought to
shape, the validator's checks, the workbook's cells, and the Vietnamese/English messages for bad input."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from gui.core.kinds import KINDS, kind_of
from gui.core.kinds.base import DEFAULT_MAX_LINE, DEFAULT_MAX_TEXT
from gui.core.problems import InputError, ValidationContext, ValueError_, Where
from gui.core.template import Column, TemplateField, active_template

TEMPLATE = active_template()
CONTEXT = ValidationContext(dt.date(2025, 1, 1), dt.date(2025, 12, 31), dt.date(2025, 12, 15))


def field(kind: str, **extra: Any) -> TemplateField:
    return TemplateField(key="f", label="Trường", label_en="Field", kind=kind, **extra)


def read(spec: TemplateField | Column, text: Any) -> Any:
    return kind_of(spec).read(spec, text, TEMPLATE)


def refusal(spec: TemplateField | Column, text: Any) -> tuple[str, str]:
    with pytest.raises(InputError) as info:
        read(spec, text)
    return info.value.message, info.value.message_en


def check(spec: TemplateField | Column, value: Any) -> list[tuple[str, str, str]]:
    where = Where(spec.key, spec.label, spec.label_en)
    return [(p.severity, p.message, p.message_en) for p in kind_of(spec).check(TEMPLATE, spec, value, CONTEXT, where)]


def shown(spec: TemplateField | Column, value: Any) -> str:
    return kind_of(spec).format(spec, value, TEMPLATE)


def test_every_kind_the_template_knows_has_its_class_and_nothing_else_does() -> None:
    used = {f.kind for f in TEMPLATE.iter_fields()} | {c.kind for f in TEMPLATE.iter_fields() for c in f.columns}
    assert used <= set(KINDS)
    assert set(KINDS) == {"text", "line", "integer", "money", "percent", "yesno", "date", "docref", "choice", "table"}
    assert all(kind.name == name for name, kind in KINDS.items())
    assert {name for name, k in KINDS.items() if k.numeric} == {"integer", "money", "percent"}
    assert {name for name, k in KINDS.items() if not k.in_tables} == {"text", "docref", "table"}
    assert {name for name, k in KINDS.items() if k.additive} == {"integer", "money"}  # rates do not add up
    assert [name for name, k in KINDS.items() if k.switch] == ["yesno"]
    assert [name for name, k in KINDS.items() if k.computable] == ["percent"]
    assert {name: k.layout for name, k in KINDS.items() if k.layout != "indicator"} == {
        "text": "narrative",
        "table": "table",
    }


def test_an_unknown_kind_is_named() -> None:
    class Odd:
        kind, label = "colour", "Màu"

    with pytest.raises(ValueError_, match="Màu: kiểu trường không biết 'colour'"):
        kind_of(Odd())


# --- words ---------------------------------------------------------------------------------------------------


def test_text_keeps_paragraphs_and_refuses_what_is_too_long_without_cutting() -> None:
    spec = field("text", max_length=20)
    assert read(spec, "Dòng một\r\nDòng hai\u200b") == "Dòng một\nDòng hai"
    assert read(spec, "  \n ") is None
    assert refusal(spec, "x" * 21) == (
        "Trường: nội dung nhập vào dài 21 ký tự, vượt giới hạn 20 ký tự. Không có gì bị cắt bớt: hãy rút gọn rồi "
        "nhập lại.",
        "Field: the input is 21 characters long, over the limit of 20. Nothing was cut: shorten it and enter it again.",
    )
    assert kind_of(field("text")).default_max_length == DEFAULT_MAX_TEXT
    assert shown(spec, "Đoạn văn") == "Đoạn văn"


def test_a_line_folds_line_breaks_and_a_narrative_warns_about_legacy_encodings() -> None:
    assert read(field("line"), " Sở Công\nThương ") == "Sở Công Thương"
    assert kind_of(field("line")).default_max_length == DEFAULT_MAX_LINE
    [(severity, message, _)] = check(field("text"), "B¸o c¸o kÕt qu¶ thùc hiÖn")
    assert severity == "warning" and "TCVN3" in message
    assert check(field("line", max_length=3), "abcd") == [
        ("error", "Trường: dài 4 ký tự, tối đa 3 ký tự.", "Field: 4 characters long, at most 3.")
    ]
    with pytest.raises(ValueError_, match="Trường: cần văn bản"):
        kind_of(field("line")).coerce(field("line"), 5)


def test_a_choice_is_typed_by_its_label_in_either_language_and_shown_by_its_vietnamese_label() -> None:
    spec = field("choice", choices="document_kind")
    assert read(spec, "Kế hoạch") == "plan"
    assert read(spec, "official letter") == "official_letter"
    message, message_en = refusal(spec, "Thư mời")
    assert message.startswith("Trường: “Thư mời” không có trong danh sách; chọn một trong: Kế hoạch, Chỉ thị,")
    assert message_en.startswith("Field: “Thư mời” is not in the list; choose one of: Plan, Directive,")
    assert shown(spec, "plan") == "Kế hoạch"
    assert read(spec, shown(spec, "decision")) == "decision"
    assert kind_of(spec).xlsx_cell(spec, "report", TEMPLATE) == "Báo cáo"
    assert check(spec, "plan") == []
    assert check(spec, "nope")[0][1].startswith("Trường: “nope” không có trong danh sách")


# --- numbers -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("typed", ["1.234.567", "1 234 567", "1,234,567", "1234567", "1.234.567 đồng"])
def test_a_whole_number_is_read_as_people_type_and_paste_it_and_printed_grouped(typed: str) -> None:
    spec = field("integer")
    assert read(spec, typed) == 1234567
    assert shown(spec, 1234567) == "1.234.567"
    assert read(spec, shown(spec, 1234567)) == 1234567


def test_money_says_its_unit_and_a_count_edits_without_its_grouping() -> None:
    assert KINDS["money"].unit == ("đồng", "VND") and KINDS["integer"].unit == ("", "")
    assert kind_of(field("integer")).edit_text(field("integer"), 1234567) == "1234567"
    assert kind_of(field("date")).edit_text(field("date"), "2025-03-05") == "05/03/2025"


def test_a_whole_number_refuses_decimals_and_negatives_with_what_is_allowed() -> None:
    assert refusal(field("integer"), "1.5") == (
        "Trường: “1.5” không phải số nguyên. Nhập chữ số, có thể nhóm hàng nghìn bằng dấu chấm (ví dụ 1.234.567).",
        "Field: “1.5” is not a whole number. Type digits, thousands may be grouped (1.234.567).",
    )
    assert refusal(field("money"), "abc")[0].startswith("Trường: “abc” không phải số tiền (đồng).")
    assert refusal(field("integer"), "-5") == (
        "Trường: không được là số âm (đã nhập -5).",
        "Field: may not be negative (-5 was entered).",
    )
    assert refusal(field("integer"), "1" * 19)[0] == f"Trường: “{'1' * 19}” quá lớn (tối đa 18 chữ số)."


def test_whole_numbers_and_money_are_checked_against_their_bounds_with_their_unit() -> None:
    assert check(field("integer", max=10), 11) == [
        ("error", "Trường: phải là số nguyên từ 0 đến 10.", "Field: must be a whole number from 0 to 10.")
    ]
    assert check(field("money"), -1) == [
        (
            "error",
            "Trường: phải là số tiền không nhỏ hơn 0 đồng.",
            "Field: must be an amount of at least 0 VND.",
        )
    ]
    assert check(field("integer"), 2.5)[0][1] == "Trường: phải là số nguyên không nhỏ hơn 0."
    assert check(field("money"), 2_500_000) == []


def test_stored_numbers_are_brought_to_their_shape() -> None:
    integer, percent = kind_of(field("integer")), kind_of(field("percent"))
    assert integer.coerce(field("integer"), 3.0) == 3 and isinstance(integer.coerce(field("integer"), 3.0), int)
    with pytest.raises(ValueError_, match="Trường: cần một số nguyên"):
        integer.coerce(field("integer"), 2.5)
    with pytest.raises(ValueError_, match="Trường: cần một số nguyên"):
        integer.coerce(field("integer"), True)
    assert percent.coerce(field("percent"), 83) == 83.0
    with pytest.raises(ValueError_, match="Trường: cần một số"):
        percent.coerce(field("percent"), "83")


def test_a_percentage_takes_a_decimal_comma_and_prints_one_decimal() -> None:
    spec = field("percent", min=0, max=100)
    assert read(spec, "83,5") == 83.5
    assert read(spec, "83.5%") == 83.5
    assert shown(spec, 83.333) == "83,3"
    assert read(spec, shown(spec, 83.5)) == 83.5
    assert refusal(spec, "tám")[1] == "Field: “tám” is not a number; decimals after a comma (83,5)."
    assert check(spec, 120) == [("error", "Trường: phải từ 0 đến 100.", "Field: must be from 0 to 100.")]
    assert check(field("percent", max=100), 101)[0][1] == "Trường: phải không lớn hơn 100."
    assert check(spec, "x")[0][1] == "Trường: phải là một số."


def test_a_computed_percentage_is_never_typed() -> None:
    spec = TEMPLATE.field("cp_support_rate")
    assert refusal(spec, "50")[0] == "Tỷ lệ được tư vấn, hỗ trợ: được tính tự động, không nhập tay."


def test_numbers_sit_right_in_the_report_s_tables_and_keep_excel_s_number_formats() -> None:
    assert [KINDS[k].align for k in ("integer", "money", "percent", "date", "line")] == [
        "right",
        "right",
        "right",
        "center",
        "left",
    ]
    assert [KINDS[k].xlsx_format for k in ("integer", "money", "percent", "date", "line")] == [
        "#,##0",
        "#,##0",
        "#,##0.00",
        "dd/mm/yyyy",
        None,
    ]


# --- yes/no and days -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("typed", "value"), [("Có", True), ("x", True), ("✓", True), ("không", False), ("-", False)])
def test_yes_no_reads_the_marks_spreadsheets_use(typed: str, value: bool) -> None:
    spec = field("yesno")
    assert read(spec, typed) is value
    assert read(spec, shown(spec, value)) is value


def test_yes_no_refuses_anything_else_and_prints_co_or_khong() -> None:
    spec = field("yesno")
    assert refusal(spec, "có lẽ") == (
        "Trường: “có lẽ” không rõ; chọn Có hoặc Không.",
        "Field: “có lẽ” is unclear; choose Yes or No.",
    )
    assert (shown(spec, True), shown(spec, False), shown(spec, None)) == ("Có", "Không", "")
    assert kind_of(spec).xlsx_cell(spec, False, TEMPLATE) == "Không"
    assert check(spec, "yes") == [("error", "Trường: phải chọn Có hoặc Không.", "Field: must be Yes or No.")]


@pytest.mark.parametrize("typed", ["15/7/2020", "15/07/2020", "15-07-2020", "2020-07-15", "ngày 15 tháng 7 năm 2020"])
def test_a_date_is_read_in_every_way_documents_write_it(typed: str) -> None:
    spec = field("date")
    assert read(spec, typed) == "2020-07-15"
    assert shown(spec, "2020-07-15") == "15/07/2020"
    assert read(spec, shown(spec, "2020-07-15")) == "2020-07-15"
    assert kind_of(spec).xlsx_cell(spec, "2020-07-15", TEMPLATE) == dt.date(2020, 7, 15)


def test_a_date_that_does_not_exist_or_is_implausible_is_named() -> None:
    spec = field("date")
    assert refusal(spec, "31/2/2025") == (
        "Trường: ngày 31/02/2025 không có thật (tháng 2 năm 2025 có 28 ngày).",
        "Field: 31/02/2025 does not exist (month 2 of 2025 has 28 days).",
    )
    assert refusal(spec, "15/7/20")[0] == "Trường: năm “20” phải viết đủ 4 chữ số, ví dụ 15/7/2020."
    assert check(spec, "2030-01-01")[0][1] == "Trường: ngày 01/01/2030 ở quá xa trong tương lai; kiểm tra lại năm."
    assert check(spec, "1900-01-01")[0][1] == "Trường: ngày 01/01/1900 không hợp lý; kiểm tra lại năm."
    in_period = field("date", date_rule="in_period")
    assert check(in_period, "2024-12-31")[0][1] == (
        "Trường: ngày 31/12/2024 nằm ngoài kỳ báo cáo (01/01/2025 – 31/12/2025)."
    )
    assert check(in_period, "2025-03-15") == []
    with pytest.raises(ValueError_, match="'2025-02-31' không phải ngày hợp lệ"):
        kind_of(spec).coerce(spec, "2025-02-31")


def test_a_document_reference_round_trips_through_its_printed_form() -> None:
    spec = field("docref")
    value = {"number": "125/KH-UBND", "date": "2020-07-15"}
    assert read(spec, "125/KH-UBND ngày 15/7/2020") == value
    assert read(spec, "Số: 125/KH-UBND, 15/07/2020") == value
    assert read(spec, ("125/KH-UBND", dt.date(2020, 7, 15))) == value
    assert shown(spec, value) == "số 125/KH-UBND, ngày 15/07/2020"
    assert read(spec, shown(spec, value)) == value
    assert kind_of(spec).xlsx_cell(spec, value, TEMPLATE) == "125/KH-UBND ngày 15/07/2020"


def test_a_document_reference_is_filled_only_with_both_halves_and_each_missing_half_is_named() -> None:
    docref = kind_of(field("docref"))
    assert docref.is_filled({"number": "125/KH-UBND", "date": "2020-07-15"})
    assert not docref.is_filled({"number": "125/KH-UBND", "date": None})
    assert not docref.is_filled(None)
    assert check(field("docref"), {"number": "125/KH-UBND", "date": None}) == [
        (
            "error",
            "Trường: thiếu ngày ban hành của văn bản “125/KH-UBND”.",
            "Field: the date of document “125/KH-UBND” is missing.",
        )
    ]
    assert check(field("docref"), {"number": "125", "date": "2020-07-15"}) == [
        (
            "warning",
            "Trường: số, ký hiệu “125” chưa đúng dạng (ví dụ 125/KH-UBND).",
            "Field: the number “125” does not look like one (e.g. 125/KH-UBND).",
        )
    ]


# --- tables --------------------------------------------------------------------------------------------------


def test_a_table_takes_rows_pasted_from_a_spreadsheet_cell_by_column_kind() -> None:
    spec = TEMPLATE.field("documents_issued")
    table = kind_of(spec)
    pasted = "473/KH-UBND\t28/07/2020\tKế hoạch\tTriển khai NQ 82\n\n12/CT-UBND\t1/3/2021\tChỉ thị\t"
    assert table.parse_rows(spec, pasted, TEMPLATE) == [
        {"number": "473/KH-UBND", "date": "2020-07-28", "doc_kind": "plan", "summary": "Triển khai NQ 82"},
        {"number": "12/CT-UBND", "date": "2021-03-01", "doc_kind": "directive", "summary": None},
    ]
    with pytest.raises(InputError) as info:
        table.parse_rows(spec, "1/KH\t31/2/2021", TEMPLATE)
    assert info.value.message.startswith(f"{spec.label}, dòng 1, cột Ngày ban hành: ngày 31/02/2021 không có thật")
    assert (info.value.row, info.value.column) == (0, "date")
    assert refusal(spec, "một ô")[0] == f"{spec.label}: dán bảng bằng parse_rows, không nhập vào một ô."
    with pytest.raises(InputError, match="không phải bảng"):
        kind_of(field("line")).parse_rows(field("line"), "a\tb", TEMPLATE)


def test_a_stored_table_is_brought_to_shape_and_checked_cell_by_cell() -> None:
    spec = TEMPLATE.field("documents_issued")
    table = kind_of(spec)
    assert table.coerce(spec, [{"number": " 5/KH ", "date": dt.date(2025, 2, 1)}]) == [
        {"number": "5/KH", "date": "2025-02-01", "doc_kind": None, "summary": None}
    ]
    with pytest.raises(ValueError_, match="dòng 1: cột không có trong mẫu: colour"):
        table.coerce(spec, [{"colour": "red"}])
    problems = check(spec, [{"number": "5/KH", "date": "2025-02-01", "doc_kind": "poem"}, {}])
    assert [severity for severity, _, _ in problems] == ["error", "error", "warning"]
    assert problems[0][1].startswith(f"{spec.label}, dòng 1, cột “Loại văn bản”: “poem” không có trong danh sách")
    assert problems[1][1] == f"{spec.label}, dòng 1, cột “Trích yếu nội dung”: chưa nhập (bắt buộc)."
    assert problems[2][1] == f"{spec.label}, dòng 2: dòng trống; nhập nội dung hoặc xóa dòng này."
    assert table.is_filled([{}]) and not table.is_filled([])


def test_a_column_heading_names_its_unit_once() -> None:
    from gui.core.i18n import set_language

    columns = {c.key: c for c in TEMPLATE.field("notable_cases").columns}
    fine = columns["fine"]  # its label already says "(đồng)", which the PDF and the workbook print as it is
    assert kind_of(fine).heading(fine) == "Số tiền phạt (đồng)"
    assert kind_of(columns["business"]).heading(columns["business"]) == "Tổ chức, cá nhân kinh doanh"
    bare = Column(key="paid", kind="money", label="Đã nộp", label_en="Paid")
    assert kind_of(bare).heading(bare) == "Đã nộp (đồng)"  # the kind's unit where neither template nor label says
    set_language("en")
    try:
        assert kind_of(fine).heading(fine) == "Fine (VND)"
        assert kind_of(bare).heading(bare) == "Paid (VND)"
    finally:
        set_language("vi")
