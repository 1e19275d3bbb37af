"""What an official types or pastes from Word and Excel becomes the right value, or is refused with a clear reason."""

from __future__ import annotations

import pytest
from msgspec.structs import replace

from gui.core.numbers import NumberFormatError, format_number, parse_decimal, parse_int
from gui.core.parsing import InputError, parse_date, parse_input, parse_rows
from gui.core.template import active_template


@pytest.fixture(scope="module")
def template():
    return active_template()


def spec(key: str):
    return active_template().field(key)


def column(table: str, key: str):
    return next(c for c in active_template().field(table).columns if c.key == key)


@pytest.mark.parametrize(
    "typed",
    [
        "1.234.567",
        "1 234 567",
        "1\u00a0234\u00a0567",
        "1\u202f234\u202f567",
        "1,234,567",
        "1234567",
        "1234567\t",
        "1234567\r\n",
        "  1.234.567 đồng",
        "1.234.567đ",
        "1.234.567 VNĐ",
        "1,234,567 VND",
        "1,234,567.00",
        "1.234.567,00",
        "１２３４５６７",
    ],
)
def test_counts_typed_or_pasted_from_excel(typed: str) -> None:
    assert parse_input(spec("cp_received"), typed) == 1234567


def test_money_with_the_currency_and_spaces_from_excel() -> None:
    assert parse_input(spec("budget_vnd"), "  12 000 đ") == 12000
    assert parse_input(spec("budget_vnd"), "485.000.000\t\n") == 485_000_000


def test_empty_input_is_no_value() -> None:
    for key in ("cp_received", "direction_summary", "plan_issued", "cm_rights_day_date", "plan_ref", "focal_agency"):
        assert parse_input(spec(key), "  \t\n") is None


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (
            "-5",
            "Tổng số yêu cầu, khiếu nại đã tiếp nhận: không được là số âm (đã nhập -5).",
        ),
        (
            "(1.234)",
            "Tổng số yêu cầu, khiếu nại đã tiếp nhận: không được là số âm (đã nhập -1.234).",
        ),
        (
            "1,5",
            "Tổng số yêu cầu, khiếu nại đã tiếp nhận: “1,5” không phải số nguyên. Nhập chữ số, có thể nhóm hàng "
            "nghìn bằng dấu chấm (ví dụ 1.234.567).",
        ),
        (
            "12a",
            "Tổng số yêu cầu, khiếu nại đã tiếp nhận: “12a” không phải số nguyên. Nhập chữ số, có thể nhóm hàng "
            "nghìn bằng dấu chấm (ví dụ 1.234.567).",
        ),
        (
            "1" * 30,
            f"Tổng số yêu cầu, khiếu nại đã tiếp nhận: “{'1' * 30}” quá lớn (tối đa 18 chữ số).",
        ),
    ],
)
def test_counts_refused_with_the_reason(typed: str, message: str) -> None:
    with pytest.raises(InputError) as info:
        parse_input(spec("cp_received"), typed)
    assert info.value.message == message
    assert info.value.key == "cp_received"
    assert info.value.message_en.startswith("Requests and complaints received: ")


def test_money_refusal_names_money() -> None:
    with pytest.raises(InputError, match=r"^Kinh phí bố trí cho công tác BVQLNTD: “abc” không phải số tiền \(đồng\)"):
        parse_input(spec("budget_vnd"), "abc")


def test_parse_int_keeps_its_old_contract() -> None:
    assert parse_int("−12") == -12
    assert parse_int("+7") == 7
    for bad in ("1.5", "12a", "1.23.4", "--3", "1.000.00", "", "đ"):
        with pytest.raises(NumberFormatError):
            parse_int(bad)


def test_percent_with_comma_decimals() -> None:
    percent = replace(column("notable_cases", "fine"), kind="percent", key="rate", label="Tỷ lệ")
    assert parse_input(percent, "83,5") == 83.5
    assert parse_input(percent, "83,5 %") == 83.5
    assert parse_input(percent, "83.5") == 83.5
    assert parse_input(percent, "1.234,5") == 1234.5
    with pytest.raises(InputError, match=r"^Tỷ lệ: “8,3,5” không phải một số; phần thập phân viết sau dấu phẩy"):
        parse_input(percent, "8,3,5")
    for bad in ("NaN", "inf", "1e5", "--1"):
        with pytest.raises(InputError):
            parse_input(percent, bad)
    assert parse_decimal("0,5%") == parse_decimal("0.5")


def test_computed_fields_are_not_typed() -> None:
    with pytest.raises(InputError, match="được tính tự động"):
        parse_input(spec("cp_success_rate"), "80")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("15/7/2020", "2020-07-15"),
        ("15/07/2020", "2020-07-15"),
        ("5/7/2020", "2020-07-05"),
        ("15-07-2020", "2020-07-15"),
        ("15.07.2020", "2020-07-15"),
        ("2020-07-15", "2020-07-15"),
        ("2020-07-15 00:00:00", "2020-07-15"),
        ("ngày 15/7/2020", "2020-07-15"),
        ("ngày 15 tháng 7 năm 2020", "2020-07-15"),
        ("29/02/2024", "2024-02-29"),
        (" 14/03/2025\t", "2025-03-14"),
    ],
)
def test_dates_as_officials_write_them(typed: str, expected: str) -> None:
    assert parse_input(spec("cm_rights_day_date"), typed) == expected


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (
            "31/02/2025",
            "Ngày tổ chức lễ phát động hưởng ứng Ngày 15/3: ngày 31/02/2025 không có thật (tháng 2 năm 2025 có 28 ngày).",
        ),
        (
            "29/02/2025",
            "Ngày tổ chức lễ phát động hưởng ứng Ngày 15/3: ngày 29/02/2025 không có thật (tháng 2 năm 2025 có 28 ngày).",
        ),
        (
            "15/13/2025",
            "Ngày tổ chức lễ phát động hưởng ứng Ngày 15/3: “15/13/2025” không phải ngày có thật (tháng phải từ 1 đến 12).",
        ),
        (
            "15/7/25",
            "Ngày tổ chức lễ phát động hưởng ứng Ngày 15/3: năm “25” phải viết đủ 4 chữ số, ví dụ 15/7/2020.",
        ),
        (
            "mười lăm",
            "Ngày tổ chức lễ phát động hưởng ứng Ngày 15/3: “mười lăm” không phải ngày; nhập theo dạng ngày/tháng/năm, "
            "ví dụ 15/7/2020.",
        ),
    ],
)
def test_impossible_dates_refused(typed: str, message: str) -> None:
    with pytest.raises(InputError) as info:
        parse_input(spec("cm_rights_day_date"), typed)
    assert info.value.message == message


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("có", True), ("Có", True), ("CÓ", True), ("x", True), ("X", True), ("yes", True), ("co", True), ("✓", True)],
)
def test_yes(typed: str, expected: bool) -> None:
    assert parse_input(spec("plan_issued"), typed) is expected


@pytest.mark.parametrize("typed", ["không", "Không", "khong", "no", "0", "-", "KHÔNG"])
def test_no(typed: str) -> None:
    assert parse_input(spec("plan_issued"), typed) is False


def test_unclear_yes_no_refused() -> None:
    with pytest.raises(InputError) as info:
        parse_input(spec("plan_issued"), "có lẽ")
    assert (
        info.value.message
        == "Đã ban hành Kế hoạch triển khai Nghị quyết 82/NQ-CP: “có lẽ” không rõ; chọn Có hoặc Không."
    )


def test_text_is_nfc_without_control_characters_but_keeps_tabs_and_newlines() -> None:
    import unicodedata

    typed = unicodedata.normalize("NFD", "Đoạn một\tcó tab\r\nĐoạn hai\x0b\x00\u200b")
    value = parse_input(spec("direction_summary"), typed)
    assert value == "Đoạn một\tcó tab\nĐoạn hai"
    assert unicodedata.is_normalized("NFC", value)


def test_line_folds_line_breaks() -> None:
    assert parse_input(spec("focal_agency"), " Sở Công Thương\r\ntỉnh Nghệ An ") == "Sở Công Thương tỉnh Nghệ An"


def test_an_over_long_paste_is_refused_never_cut() -> None:
    pasted = "a" * 20_001
    with pytest.raises(InputError) as info:
        parse_input(spec("direction_summary"), pasted)
    assert info.value.message == (
        "Tình hình chỉ đạo, điều hành: nội dung nhập vào dài 20.001 ký tự, vượt giới hạn 20.000 ký tự. "
        "Không có gì bị cắt bớt: hãy rút gọn rồi nhập lại."
    )
    assert parse_input(spec("direction_summary"), "a" * 20_000) == "a" * 20_000


def test_length_is_counted_after_composition() -> None:
    import unicodedata

    # 300 "ế" decomposed are 900 code points, composed 300: within the 300 of the field.
    assert len(parse_input(spec("focal_agency"), unicodedata.normalize("NFD", "ế" * 300))) == 300


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("125/KH-UBND ngày 15/7/2020", {"number": "125/KH-UBND", "date": "2020-07-15"}),
        ("Số 125/KH-UBND, ngày 15/07/2020", {"number": "125/KH-UBND", "date": "2020-07-15"}),
        ("125/KH-UBND, 15/07/2020", {"number": "125/KH-UBND", "date": "2020-07-15"}),
        ("125/KH-UBND", {"number": "125/KH-UBND", "date": None}),
        ("ngày 15/7/2020", {"number": "", "date": "2020-07-15"}),
    ],
)
def test_document_references(typed: str, expected: dict) -> None:
    assert parse_input(spec("plan_ref"), typed) == expected


def test_document_reference_from_its_two_boxes() -> None:
    assert parse_input(spec("plan_ref"), ("473/KH-UBND", "28/7/2020")) == {
        "number": "473/KH-UBND",
        "date": "2020-07-28",
    }
    assert parse_input(spec("plan_ref"), {"number": " ", "date": ""}) is None
    with pytest.raises(InputError, match=r"^Số, ký hiệu và ngày ban hành Kế hoạch \(ngày ban hành\): ngày 31/02/2020"):
        parse_input(spec("plan_ref"), ("473/KH-UBND", "31/02/2020"))


def test_choice_by_value_or_label(template) -> None:
    kind = column("documents_issued", "doc_kind")
    assert parse_input(kind, "Kế hoạch", template=template) == "plan"
    assert parse_input(kind, "công văn", template=template) == "official_letter"
    assert parse_input(kind, "plan", template=template) == "plan"
    with pytest.raises(InputError) as info:
        parse_input(kind, "Thông tư", template=template)
    assert info.value.message == (
        "Loại văn bản: “Thông tư” không có trong danh sách; chọn một trong: Kế hoạch, Chỉ thị, Quyết định, "
        "Công văn, Báo cáo, Nghị quyết, Thông báo, Khác."
    )
    assert parse_input(kind, "Nghị quyết", template=template) == "resolution"
    assert parse_input(kind, "Thông báo", template=template) == "notice"


def test_rows_pasted_from_excel(template) -> None:
    pasted = (
        "126/KH-UBND\t21/02/2025\tKế hoạch\tKế hoạch hưởng ứng Ngày 15/3\r\n"
        "\t\t\t\r\n"
        "1840/SCT-QLTM\t10/6/2025\tCông văn\tHướng dẫn tiếp nhận\r\n"
    )
    rows = parse_rows(template.field("documents_issued"), pasted, template=template)
    assert rows == [
        {"number": "126/KH-UBND", "date": "2025-02-21", "doc_kind": "plan", "summary": "Kế hoạch hưởng ứng Ngày 15/3"},
        {
            "number": "1840/SCT-QLTM",
            "date": "2025-06-10",
            "doc_kind": "official_letter",
            "summary": "Hướng dẫn tiếp nhận",
        },
    ]


def test_a_bad_pasted_cell_names_row_and_column(template) -> None:
    pasted = "A\t1/1/2025\tplan\tx\nB\t31/02/2025\tplan\ty\n"
    with pytest.raises(InputError) as info:
        parse_rows(template.field("documents_issued"), pasted, template=template)
    assert info.value.row == 1 and info.value.column == "date"
    assert info.value.message == (
        "Văn bản chỉ đạo, điều hành đã ban hành trong kỳ, dòng 2, cột Ngày ban hành: ngày 31/02/2025 không có thật "
        "(tháng 2 năm 2025 có 28 ngày)."
    )


def test_parse_date_plain() -> None:
    assert parse_date("1/1/2025").isoformat() == "2025-01-01"


def test_format_number() -> None:
    assert format_number(10_000_000) == "10.000.000"
    assert format_number(1e15) == "1.000.000.000.000.000"
    assert format_number(0.5) == "0,5"
    assert format_number(100.0) == "100"
