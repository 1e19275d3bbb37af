"""Days: a `date`, and a `docref` (a document's number and date, '125/KH-UBND ngày 15/7/2020')."""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from gui.core.dates import vn_date
from gui.core.i18n import bilingual
from gui.core.kinds.base import XLSX_DATE, Kind, format_date
from gui.core.numbers import format_int, format_number
from gui.core.problems import (
    EARLIEST_DATE,
    InputError,
    Problem,
    ValidationContext,
    ValueError_,
    Where,
    is_empty,
)
from gui.core.text import normalize_line

if TYPE_CHECKING:
    from gui.core.kinds.base import Spec
    from gui.core.template import Template

_DMY = re.compile(r"(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d+)")
_YMD = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]00:00(?::00(?:\.0+)?)?)?")
_WORDS = re.compile(r"(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d+)", re.IGNORECASE)
_DOCREF = re.compile(r"^(?P<number>.*?)[\s,;]*(?:\bngày\b|\bngay\b)[\s:]*(?P<date>.+)$", re.IGNORECASE)
DOCREF_MAX_NUMBER = 100  # characters of a document's number, where the template says none


def parse_date(text: str, label: str = "Ngày", label_en: str = "Date", key: str | None = None) -> dt.date:
    """'15/7/2020', '15/07/2020', '15-07-2020', '15.07.2020', '2020-07-15', 'ngày 15 tháng 7 năm 2020'."""
    value = unicodedata.normalize("NFC", " ".join(text.split())).strip()
    value = re.sub(r"^ngày\s*", "", value, flags=re.IGNORECASE)
    match = _YMD.fullmatch(value)
    if match:
        year, month, day = (int(g) for g in match.groups())
    else:
        match = _DMY.fullmatch(value) or _WORDS.fullmatch(value)
        if not match:
            raise InputError(
                *bilingual(
                    "Kinds", "{label}: “{text}” không phải ngày; nhập theo dạng ngày/tháng/năm, ví dụ 15/7/2020."
                ).format(label=(label, label_en), text=text.strip()),
                key=key,
            )
        day, month, year = (int(g) for g in match.groups())
        if len(match.group(3)) != 4:
            raise InputError(
                *bilingual("Kinds", "{label}: năm “{year}” phải viết đủ 4 chữ số, ví dụ 15/7/2020.").format(
                    label=(label, label_en), year=match.group(3)
                ),
                key=key,
            )
    if not 1 <= year <= 9999 or not 1 <= month <= 12:
        raise InputError(
            *bilingual("Kinds", "{label}: “{text}” không phải ngày có thật (tháng phải từ 1 đến 12).").format(
                label=(label, label_en), text=text.strip()
            ),
            key=key,
        )
    last = calendar.monthrange(year, month)[1]
    if not 1 <= day <= last:
        raise InputError(
            *bilingual("Kinds", "{label}: ngày {date} không có thật (tháng {month} năm {year} có {last} ngày).").format(
                label=(label, label_en), date=f"{day:02d}/{month:02d}/{year}", month=month, year=year, last=last
            ),
            key=key,
        )
    return dt.date(year, month, day)


def coerce_date(raw: Any, label: str) -> str:
    if isinstance(raw, dt.date):
        return raw.isoformat()
    if not isinstance(raw, str):
        raise ValueError_(f"{label}: cần ngày dạng YYYY-MM-DD")
    try:
        return dt.date.fromisoformat(raw.strip()).isoformat()
    except ValueError:
        raise ValueError_(f"{label}: '{raw}' không phải ngày hợp lệ (YYYY-MM-DD)") from None


def as_date(value: Any) -> dt.date | None:
    """A stored date ('YYYY-MM-DD' or a date), or None for anything else."""
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if not isinstance(value, str) or len(value) != 10:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def check_date(day: dt.date, rule: str | None, context: ValidationContext, where: Where) -> list[Problem]:
    """Not more than a year ahead nor before 1945, and the template's `date_rule` where the dates it needs are
    known."""
    _d = vn_date
    if day > context.latest_plausible:
        return [
            where.problem(
                *bilingual("Kinds", "ngày {day} ở quá xa trong tương lai; kiểm tra lại năm.").format(day=_d(day)),
                "date",
            )
        ]
    if day < EARLIEST_DATE:
        return [
            where.problem(*bilingual("Kinds", "ngày {day} không hợp lý; kiểm tra lại năm.").format(day=_d(day)), "date")
        ]
    start, end, report = context.period_start, context.period_end, context.report_date
    if rule == "in_period" and start is not None and end is not None and not start <= day <= end:
        return [
            where.problem(
                *bilingual("Kinds", "ngày {day} nằm ngoài kỳ báo cáo ({start} – {end}).").format(
                    day=_d(day), start=_d(start), end=_d(end)
                ),
                "date",
            )
        ]
    if rule == "not_after_period_end" and end is not None and day > end:
        return [
            where.problem(
                *bilingual("Kinds", "ngày {day} sau ngày kết thúc kỳ báo cáo ({end}).").format(
                    day=_d(day), end=_d(end)
                ),
                "date",
            )
        ]
    if rule == "not_after_report_date" and report is not None and day > report:
        return [
            where.problem(
                *bilingual("Kinds", "ngày {day} sau ngày báo cáo ({report}).").format(day=_d(day), report=_d(report)),
                "date",
            )
        ]
    return []


def _date_rule(spec: Spec) -> str | None:
    """A template field's `date_rule`; a table's column has none."""
    rule: str | None = getattr(spec, "date_rule", None)
    return rule


class DateKind(Kind):
    """A day, typed 15/7/2020 (or as Word and Excel write it), stored 'YYYY-MM-DD', printed dd/mm/yyyy."""

    name = "date"
    align = "center"
    xlsx_format = XLSX_DATE

    def parse_line(self, spec: Spec, text: str, template: Template | None) -> Any:
        return parse_date(text, spec.label, spec.label_en or spec.label, spec.key).isoformat()

    def coerce(self, spec: Spec, raw: Any) -> Any:
        return coerce_date(raw, spec.label)

    def check(
        self, template: Template, spec: Spec, value: Any, context: ValidationContext, where: Where
    ) -> list[Problem]:
        day = as_date(value)
        if day is None:
            return [where.problem(*bilingual("Kinds", "“{value}” không phải ngày hợp lệ.").format(value=value), "type")]
        return check_date(day, _date_rule(spec), context, where)

    def format_value(self, spec: Spec, value: Any, template: Template | None) -> str:
        return format_date(value)

    def xlsx_cell(self, spec: Spec, value: Any, template: Template) -> Any:
        return None if value is None else dt.date.fromisoformat(value)


class DocRefKind(Kind):
    """A document: its number and symbol and its date, {'number': '125/KH-UBND', 'date': '2020-07-15'}."""

    name = "docref"
    in_tables = False

    def read(self, spec: Spec, text: Any, template: Template | None) -> Any:
        if isinstance(text, Mapping | tuple | list):  # a (number, date) pair or a {"number", "date"} mapping
            return self._parts(spec, text)
        return super().read(spec, text, template)

    def parse_line(self, spec: Spec, text: str, template: Template | None) -> Any:
        """'125/KH-UBND ngày 15/7/2020' or '125/KH-UBND, 15/07/2020' → {'number': '125/KH-UBND', 'date': …}."""
        text = re.sub(r"^(?:số|so)\s*[:.]?\s*", "", text, flags=re.IGNORECASE)
        match = _DOCREF.match(text)
        if match:
            return self._parts(spec, {"number": match.group("number"), "date": match.group("date")})
        tail = re.search(r"[\s,;]+(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}|\d{4}-\d{1,2}-\d{1,2})$", text)
        if tail:
            return self._parts(spec, {"number": text[: tail.start()], "date": tail.group(1)})
        return self._parts(spec, {"number": text, "date": ""})

    def _parts(self, spec: Spec, parts: Any) -> dict[str, Any] | None:
        if isinstance(parts, Mapping):
            number_raw, date_raw = parts.get("number"), parts.get("date")
        elif isinstance(parts, Sequence) and len(parts) == 2:
            number_raw, date_raw = parts
        else:
            raise InputError(
                *bilingual("Kinds", "{label}: cần số, ký hiệu và ngày ban hành.").format(
                    label=(spec.label, spec.label_en or spec.label)
                ),
                key=spec.key,
            )
        number = normalize_line(number_raw) if isinstance(number_raw, str) else ""
        number = re.sub(r"^[\s,;:]+|[\s,;:]+$", "", number)
        limit = spec.max_length or DOCREF_MAX_NUMBER
        if len(number) > limit:
            raise InputError(
                *bilingual("Kinds", "{label}: số, ký hiệu dài {length} ký tự, vượt giới hạn {limit} ký tự.").format(
                    label=(spec.label, spec.label_en or spec.label),
                    length=(format_int(len(number)), f"{len(number):,}"),
                    limit=(format_int(limit), f"{limit:,}"),
                ),
                key=spec.key,
            )
        day = None
        if isinstance(date_raw, dt.date):
            day = date_raw.isoformat()
        elif isinstance(date_raw, str) and normalize_line(date_raw):
            label, label_en = bilingual("Kinds", "{label} (ngày ban hành)").format(
                label=(spec.label, spec.label_en or spec.label)
            )
            day = parse_date(normalize_line(date_raw), label, label_en, spec.key).isoformat()
        return {"number": number, "date": day} if number or day else None

    def coerce(self, spec: Spec, raw: Any) -> Any:
        if not isinstance(raw, dict) or set(raw) - {"number", "date"}:
            raise ValueError_(f"{spec.label}: cần số, ký hiệu và ngày văn bản")
        number = normalize_line(str(raw.get("number") or ""))
        day = coerce_date(raw["date"], spec.label) if raw.get("date") else None
        return {"number": number, "date": day} if number or day else None

    def is_filled(self, value: Any) -> bool:
        return value is not None and bool(value.get("number")) and bool(value.get("date"))

    def check(
        self, template: Template, spec: Spec, value: Any, context: ValidationContext, where: Where
    ) -> list[Problem]:
        """Both halves, a number that looks like one (a warning), and the date's own checks."""
        if not isinstance(value, Mapping) or set(value) - {"number", "date"}:
            return [where.problem(*bilingual("Kinds", "cần số, ký hiệu và ngày ban hành.").format(), "type")]
        number, raw_date = value.get("number"), value.get("date")
        problems: list[Problem] = []
        if number is not None and not isinstance(number, str):
            return [where.problem(*bilingual("Kinds", "số, ký hiệu phải là văn bản.").format(), "type")]
        number = (number or "").strip()
        day = None
        if not is_empty(raw_date):
            day = as_date(raw_date)
            if day is None:
                return [
                    where.problem(
                        *bilingual("Kinds", "“{value}” không phải ngày hợp lệ.").format(value=raw_date), "type"
                    )
                ]
        if day is not None and not number:
            problems.append(
                where.problem(
                    *bilingual("Kinds", "thiếu số, ký hiệu văn bản (đã có ngày {day}).").format(day=vn_date(day)),
                    "docref",
                )
            )
        if number and day is None:
            problems.append(
                where.problem(
                    *bilingual("Kinds", "thiếu ngày ban hành của văn bản “{number}”.").format(number=number), "docref"
                )
            )
        if number and "/" not in number:
            problems.append(
                where.problem(
                    *bilingual("Kinds", "số, ký hiệu “{number}” chưa đúng dạng (ví dụ 125/KH-UBND).").format(
                        number=number
                    ),
                    "docref",
                    severity="warning",
                )
            )
        if spec.max_length is not None and len(number) > spec.max_length:
            problems.append(
                where.problem(
                    *bilingual("Kinds", "số, ký hiệu dài {length} ký tự, tối đa {limit} ký tự.").format(
                        length=(format_number(len(number)), f"{len(number):,}"),
                        limit=(format_number(spec.max_length), f"{spec.max_length:,}"),
                    ),
                    "length",
                )
            )
        if day is not None:
            problems.extend(check_date(day, _date_rule(spec), context, where))
        return problems

    def format_value(self, spec: Spec, value: Any, template: Template | None) -> str:
        parts = []
        if value.get("number"):
            parts.append(f"số {value['number']}")
        if value.get("date"):
            parts.append(f"ngày {format_date(value['date'])}")
        return ", ".join(parts)

    def xlsx_cell(self, spec: Spec, value: Any, template: Template) -> Any:
        if value is None:
            return None
        parts = [value.get("number") or "", vn_date(dt.date.fromisoformat(value["date"])) if value.get("date") else ""]
        return " ngày ".join(p for p in parts if p)
