"""Property-based tests: whatever is typed, pasted or imported, the parsers and the validator answer without crashing.

For every field kind, 10,000 generated inputs go through `parse_input` (then the kind's check, the validator's step
for one value) and 10,000 generated values of any JSON shape go straight into that check; whole reports of any
values go through the validator. The only exception allowed is InputError; what comes
back is a canonical value the store accepts, and a list of Problems. Round trips check the formatting helpers.

Hypothesis costs about a millisecond per example here whatever the test does, so each example carries a batch
of BATCH inputs: EXAMPLES × BATCH = 10,000 inputs per test in one or two seconds, and a failure still shrinks to
the one input that breaks. Each test counts what it checked and fails if that is under 10,000.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gui.core.demo import DEMO_VALUES
from gui.core.kinds import kind_of
from gui.core.legacy_encoding import detect_legacy, to_unicode
from gui.core.numbers import format_int, format_percent, parse_decimal, parse_int
from gui.core.parsing import InputError, parse_input, parse_rows
from gui.core.problems import Where, is_empty
from gui.core.template import Template, parse_template
from gui.core.text import normalize_line, normalize_text
from gui.core.validation import Problem, ValidationContext, validate_report
from gui.core.values import coerce_value
from gui.resources import resource_path

INPUTS = 10_000
BATCH = 50
EXAMPLES = INPUTS // BATCH
MANY = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
FEW = settings(MANY, max_examples=EXAMPLES // 10)


def batch(strategy: st.SearchStrategy[Any], size: int = BATCH) -> st.SearchStrategy[list[Any]]:
    return st.lists(strategy, min_size=size, max_size=size)


class Counter:
    """How many inputs a property really saw: hypothesis may stop early when it runs out of new examples."""

    def __init__(self) -> None:
        self.seen = 0

    def add(self, items: list[Any]) -> list[Any]:
        self.seen += len(items)
        return items

    def check(self) -> None:
        assert self.seen >= INPUTS, f"only {self.seen} inputs checked"


def _template() -> Template:
    """The real template plus one field of each kind it only has as a column, or has with a huge limit."""
    data = json.loads(resource_path("templates", "nq82-v1.json").read_text(encoding="utf-8"))
    data["sections"].append(
        {
            "key": "pt",
            "title": "Kiểm thử",
            "fields": [
                {"key": "pt_text", "kind": "text", "label": "Văn bản thử", "max_length": 200},
                {"key": "pt_line", "kind": "line", "label": "Dòng thử", "max_length": 50},
                {"key": "pt_percent", "kind": "percent", "label": "Tỷ lệ thử", "min": 0, "max": 100},
                {"key": "pt_choice", "kind": "choice", "label": "Lựa chọn thử", "choices": "document_kind"},
            ],
        }
    )
    return parse_template(data, "kiểm thử")


TEMPLATE = _template()
KEYS = {
    "text": "pt_text",
    "line": "pt_line",
    "integer": "cp_hotline",  # part of the channels sum
    "money": "fines_collected",  # left side of collected ≤ imposed
    "percent": "pt_percent",
    "yesno": "plan_issued",  # makes plan_ref and plan_issuer required
    "date": "cm_rights_day_date",  # in_period
    "docref": "plan_ref",  # not_after_report_date
    "choice": "pt_choice",
    "table": "notable_cases",
}

# --- what people type ----------------------------------------------------------------------------------------

SPACES = st.sampled_from(["", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u202f"])
ANY_TEXT = st.text(max_size=60)
VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
LEGACY = "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ¡¢§£¤¥¦"
WORDS = st.text(
    alphabet=VIETNAMESE + VIETNAMESE.upper() + LEGACY + " \n\t.,;:-/\x00\x07\x0b\u200b\ufeff\r", max_size=260
)


TABLE_CELLS = [
    "Công ty TNHH Ánh Dương",
    "Không bảo hành đúng cam kết",
    "35.000.000",
    "35,000,000 đ",
    "-5",
    "1,5",
    "done",
    "Đang xử lý",
    "Thông báo",
    "",
    " ",
    "x" * 1001,
]


@st.composite
def grouped_number(draw: st.DrawFn) -> str:
    number = draw(st.integers(min_value=-(10**19), max_value=10**20))
    sep = draw(st.sampled_from([".", ",", " ", "\u00a0", ""]))
    text = f"{abs(number):,}".replace(",", sep)
    sign = "-" if number < 0 else ""
    suffix = draw(st.sampled_from(["", " đ", "đ", " đồng", " VNĐ", " VND", ",00", ".00", "\t", "\r\n"]))
    return draw(SPACES) + sign + text + suffix + draw(SPACES)


@st.composite
def typed_date(draw: st.DrawFn) -> str:
    if draw(st.booleans()):
        day = draw(st.dates())
        d, m, y = day.day, day.month, day.year
    else:
        d, m, y = draw(st.integers(0, 40)), draw(st.integers(0, 14)), draw(st.integers(0, 99999))
    form = draw(
        st.sampled_from(
            [
                "{d}/{m}/{y}",
                "{d:02d}/{m:02d}/{y:04d}",
                "{y:04d}-{m:02d}-{d:02d}",
                "ngày {d} tháng {m} năm {y}",
                "{d}.{m}.{y}",
            ]
        )
    )
    return draw(SPACES) + form.format(d=d, m=m, y=y) + draw(SPACES)


def typed(kind: str) -> st.SearchStrategy[str]:
    if kind in ("integer", "money"):
        return st.one_of(grouped_number(), st.text(alphabet="0123456789.,- đồngVNĐ()+\t\u00a0", max_size=30), ANY_TEXT)
    if kind == "percent":
        floats = st.floats(allow_nan=True, allow_infinity=True).map(lambda x: str(x).replace(".", ","))
        return st.one_of(floats, st.text(alphabet="0123456789.,-% eE", max_size=30), ANY_TEXT)
    if kind == "yesno":
        words = st.sampled_from(
            ["có", "Có", "CÓ", "không", "Không", "x", "X", "yes", "no", "1", "0", "-", "✓", "có lẽ"]
        )
        return st.one_of(st.builds(lambda a, w, b: a + w + b, SPACES, words, SPACES), ANY_TEXT)
    if kind == "date":
        return st.one_of(typed_date(), st.text(alphabet="0123456789/-. ngàytháng", max_size=30), ANY_TEXT)
    if kind == "docref":
        number = st.text(alphabet="0123456789/-KHUBNDQĐCT ,", max_size=20)
        return st.one_of(
            st.builds(lambda n, s, d: n + s + d, number, st.sampled_from([" ngày ", ", ", " ", "Số "]), typed_date()),
            ANY_TEXT,
        )
    if kind == "choice":
        labels = st.sampled_from(["Kế hoạch", "kế hoạch", "plan", "Công văn", "official_letter", "Thông báo", ""])
        return st.one_of(labels, ANY_TEXT)
    if kind == "table":
        # Cells as Excel copies them, each followed by a tab or a line end: rows of any width, blank rows.
        cell = st.sampled_from(TABLE_CELLS) | st.text(max_size=12)
        parts = st.lists(st.tuples(cell, st.sampled_from(["\t", "\t", "\n", "\r\n"])), max_size=10)
        return parts.map(lambda cells: "".join(c + sep for c, sep in cells)) | ANY_TEXT
    return st.one_of(WORDS, ANY_TEXT)


@st.composite
def contexts(draw: st.DrawFn) -> ValidationContext:
    start = draw(st.dates(min_value=dt.date(2019, 1, 1), max_value=dt.date(2030, 1, 1)))
    end = start + dt.timedelta(days=draw(st.integers(0, 5 * 366)))
    report = draw(st.none() | st.dates(min_value=dt.date(2019, 1, 1), max_value=dt.date(2032, 1, 1)))
    values = dict(DEMO_VALUES)  # the validator never changes what it reads
    # Random partners for the rules, so the cross-field checks meet every shape too.
    for key in ("cp_received", "cp_in_person", "fines_imposed"):
        values[key] = draw(st.none() | st.integers(min_value=-5, max_value=10**16) | st.floats() | st.text(max_size=3))
    return ValidationContext(start, end, report, values)


def _assert_problems(problems: Any) -> None:
    assert isinstance(problems, list)
    for problem in problems:
        assert isinstance(problem, Problem)
        assert problem.severity in ("error", "warning")
        assert problem.message and problem.message_en
        assert problem.row is None or isinstance(problem.row, int)


def _checked(spec: Any, value: Any, context: ValidationContext) -> list[Problem]:
    """What the validator asks a field's kind about one value (validate_report runs it for every field, and costs
    a hundred times more per value; the rules across fields meet any shape in the whole-report test below)."""
    if is_empty(value):
        return []
    return kind_of(spec).check(TEMPLATE, spec, value, context, Where(spec.key, spec.label, spec.label_en or spec.label))


def _assert_canonical(kind: str, spec: Any, value: Any) -> None:
    """What parse_input returns is what the store keeps: coerce_value leaves it as it is."""
    if kind == "table":
        assert isinstance(value, list)  # the rows pasted, to append: none is []
        value = value or None
    assert coerce_value(spec, value) == value
    if kind in ("text", "line", "choice") and value is not None:
        assert unicodedata.is_normalized("NFC", value)
        assert len(value) <= (spec.max_length or 10**6)
        assert not any(unicodedata.category(c) == "Cc" and c not in "\t\n" for c in value)
    if kind in ("integer", "money") and value is not None:
        assert isinstance(value, int) and value >= 0


# --- every parser, 10,000 inputs per kind ------------------------------------------------------------------------


@pytest.mark.parametrize("kind", sorted(KEYS))
def test_parse_input_never_fails_but_with_input_error(kind: str) -> None:
    spec = TEMPLATE.field(KEYS[kind])

    counter = Counter()

    @MANY
    @given(texts=batch(typed(kind)), context=contexts())
    def run(texts: list[str], context: ValidationContext) -> None:
        for text in counter.add(texts):
            try:
                if kind == "table":
                    value = parse_rows(spec, text, template=TEMPLATE)
                else:
                    value = parse_input(spec, text, template=TEMPLATE)
            except InputError as error:
                assert error.message.startswith(spec.label)
                assert error.key == spec.key
                continue
            _assert_canonical(kind, spec, value)
            _assert_problems(_checked(spec, value, context))

    run()
    counter.check()


# --- the validator, 10,000 values of any shape per kind ----------------------------------------------------------

# Flat on purpose: st.recursive costs hypothesis ten times more per value, and the validator never looks deeper
# than a table row's cells.
LEAF = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=12)
JSON = LEAF | st.lists(LEAF, max_size=3) | st.dictionaries(st.text(max_size=6), LEAF, max_size=3)


def shaped(kind: str) -> st.SearchStrategy[Any]:
    """Values close to the field's canonical shape, where the subtle mistakes live."""
    iso = st.dates().map(dt.date.isoformat)
    if kind in ("integer", "money"):
        return st.integers(min_value=-(10**20), max_value=10**400) | st.floats()
    if kind == "percent":
        return st.floats() | st.integers()
    if kind == "date":
        return iso | st.text(alphabet="0123456789-", max_size=12)
    if kind == "docref":
        return st.fixed_dictionaries(
            {}, optional={"number": st.none() | st.text(max_size=30), "date": st.none() | iso | JSON}
        )
    if kind == "table":
        cell = (
            st.none()
            | st.integers(min_value=-5, max_value=10**15)
            | iso
            | st.sampled_from(["done", "lost"])
            | st.text(max_size=20)
        )
        row = st.dictionaries(st.sampled_from(["business", "violation", "fine", "status", "other"]), cell, max_size=5)
        return st.lists(row | JSON, max_size=8)
    if kind in ("text", "line"):
        return WORDS | st.text(max_size=300)
    return JSON


@pytest.mark.parametrize("kind", sorted(KEYS))
def test_validator_answers_every_value_with_problems(kind: str) -> None:
    spec = TEMPLATE.field(KEYS[kind])

    counter = Counter()

    @MANY
    @given(values=batch(st.one_of(shaped(kind), JSON)), context=contexts())
    def run(values: list[Any], context: ValidationContext) -> None:
        for value in counter.add(values):
            _assert_problems(_checked(spec, value, context))

    run()
    counter.check()


@FEW
@given(changes=st.dictionaries(st.sampled_from(sorted(TEMPLATE.field_map())), JSON, max_size=8), context=contexts())
def test_a_whole_report_with_any_values_anywhere(changes: dict[str, Any], context: ValidationContext) -> None:
    values = {**context.values, **changes}
    problems = validate_report(
        TEMPLATE,
        values,
        period_start=context.period_start,
        period_end=context.period_end,
        report_date=context.report_date,
    )
    _assert_problems(problems)


# --- round trips (each BATCH × EXAMPLES = 10,000 inputs) -------------------------------------------------------------


@MANY
@given(batch(st.integers(min_value=-(10**18) + 1, max_value=10**18 - 1)))
def test_format_int_then_parse_int_is_identity(numbers: list[int]) -> None:
    for number in numbers:
        assert parse_int(format_int(number)) == number


@st.composite
def grouped_count(draw: st.DrawFn) -> tuple[int, str]:
    number = draw(st.integers(min_value=0, max_value=10**18 - 1))
    sep = draw(st.sampled_from([".", ",", " ", "\u00a0", "\u202f", ""]))
    after = draw(st.sampled_from(["", "\t", "\n", "\r\n", " đ", " đồng", " VNĐ"]))
    return number, draw(SPACES) + f"{number:,}".replace(",", sep) + after


@MANY
@given(batch(grouped_count()))
def test_any_grouped_count_parses_back(cases: list[tuple[int, str]]) -> None:
    for number, text in cases:
        assert parse_input(TEMPLATE.field("cp_received"), text) == number


@MANY
@given(batch(st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False)))
def test_percent_formatted_with_comma_parses_back(numbers: list[Decimal]) -> None:
    for number in numbers:
        assert parse_decimal(format_percent(float(number), 2)) == number.quantize(Decimal("0.01"))


@MANY
@given(batch(st.text()))
def test_normalisation_is_idempotent_and_nfc(texts: list[str]) -> None:
    for text in texts:
        once = normalize_text(text)
        assert normalize_text(once) == once
        assert unicodedata.is_normalized("NFC", once)
        line = normalize_line(text)
        assert normalize_line(line) == line and "\n" not in line


DATE_FORMS = ["{d}/{m}/{y:04d}", "{d:02d}/{m:02d}/{y:04d}", "{y:04d}-{m:02d}-{d:02d}", "ngày {d} tháng {m} năm {y:04d}"]


@MANY
@given(batch(st.tuples(st.dates(), st.sampled_from(DATE_FORMS))))
def test_a_formatted_date_parses_back(cases: list[tuple[dt.date, str]]) -> None:
    for day, form in cases:
        text = form.format(d=day.day, m=day.month, y=day.year)
        assert parse_input(TEMPLATE.field("cm_rights_day_date"), text) == day.isoformat()


def _inverse(table: str) -> dict[str, str]:
    data = json.loads(resource_path("data", "legacy_vietnamese.json").read_text(encoding="utf-8"))
    return {letter: code for code, letter in data[table].items()}


TO_TCVN3 = _inverse("tcvn3")
TO_VNI = _inverse("vni")
LOWER = "abcdeghiklmnopqrstuvxy" + "".join(c for c in VIETNAMESE if not c.isascii())


@MANY
@given(batch(st.text(alphabet=LOWER + " ,.", max_size=80)))
def test_tcvn3_round_trip(texts: list[str]) -> None:
    for text in texts:
        encoded = "".join(TO_TCVN3.get(c, c) for c in text)
        assert to_unicode(encoded, "tcvn3") == text


@MANY
@given(batch(st.text(alphabet=LOWER + LOWER.upper() + " ,.", max_size=80)))
def test_vni_round_trip(texts: list[str]) -> None:
    for text in texts:
        encoded = "".join(TO_VNI.get(c, c) for c in text)
        assert to_unicode(encoded, "vni") == text


@MANY
@given(batch(st.one_of(st.text(), WORDS)))
def test_legacy_detection_never_fails(texts: list[str]) -> None:
    for text in texts:
        guess = detect_legacy(text)
        if guess is not None:
            assert guess.words >= 1 and unicodedata.is_normalized("NFC", guess.converted)
