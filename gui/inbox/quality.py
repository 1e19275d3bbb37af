"""Data-quality flags across units and years; they inform the Ministry and never block an import.

The rules and thresholds (docs/data-quality.md explains them for the Ministry's staff), each said in words a
clerk reads ("cao gấp 35 lần Tỉnh Nghệ An"), never as a score:
- plausible: a count or an amount above the ceiling the template states for the indicator (`plausible_max`: an
  extra three zeros), said beside the next highest unit's figure; and a ratio of two figures above the template's
  ceiling (`plausible_ratios`: the fines per sanctioned case). These need no other unit: they work with one report.
- change: a count or an amount that is more than 3 times, or less than a third of, the same unit's figure for the
  previous period (previous year; the first half of the previous year for a six-month report), when the
  difference is at least 20 (counts) or 100 million đồng (amounts); only between reports that use the same list of
  provinces (after the 2025 reorganisation a province's figures are not comparable with its pre-merger ones).
- outlier: with 8 units or more reporting a figure, one far from the others: the modified z-score of Iglewicz and
  Hoaglin, 0.6745 × (x − median) / MAD, on log(1 + x) so that a large province is not an outlier for being large;
  |z| > 3.5 flags it. With MAD = 0 (half the units report the same figure) the mean absolute deviation × 1.2533
  stands in. Provinces are compared with provinces, ministries with ministries.
- few: with 2 to 7 units, too few for the score, a figure more than 10 times the next highest unit's.
- rate: a computed rate or a typed percentage above 100 %.
- part: a part larger than its whole (the template's "≤" rules) or parts that add up to more than their total.
`checks_run` says which of these ran for a period and why another did not (no previous period, too few units).
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from gui.core.i18n import QT_TRANSLATE_NOOP, bilingual
from gui.core.numbers import format_int, format_percent

if TYPE_CHECKING:
    from gui.core.template import TemplateField
    from gui.inbox.consolidate import Consolidation, UnitRow

CHANGE_FACTOR = 3.0
CHANGE_MIN_DIFF = {"integer": 20, "money": 100_000_000}
OUTLIER_Z = 3.5
OUTLIER_MIN_UNITS = 8
FEW_MIN_UNITS = 2
FEW_FACTOR = 10.0  # with fewer than 8 units: a figure more than 10 times the next highest unit's
MAD_SCALE = 0.6745
MEAN_AD_SCALE = 1.253314

# In Vietnamese, as the workbook prints them; translate("Inbox", flag.kind_label) where the window shows them.
KIND_LABELS = {
    "plausible": QT_TRANSLATE_NOOP("Inbox", "Vượt mức hợp lý"),
    "ratio": QT_TRANSLATE_NOOP("Inbox", "Tỷ số vượt mức hợp lý"),
    "change": QT_TRANSLATE_NOOP("Inbox", "Thay đổi lớn so với kỳ trước"),
    "outlier": QT_TRANSLATE_NOOP("Inbox", "Khác thường so với các đơn vị khác"),
    "few": QT_TRANSLATE_NOOP("Inbox", "Cao hơn hẳn các đơn vị khác"),
    "rate": QT_TRANSLATE_NOOP("Inbox", "Tỷ lệ trên 100%"),
    "part": QT_TRANSLATE_NOOP("Inbox", "Phần lớn hơn tổng"),
}


@dataclass(frozen=True)
class Flag:
    unit_kind: str
    unit_code: str
    unit_name: str
    report_id: int | None
    key: str
    label: str
    kind: str  # plausible | ratio | change | outlier | few | rate | part
    value: Any
    reference: Any  # the previous figure, the median of the others, the whole
    message: str  # in Vietnamese, as the workbook prints it
    message_en: str = ""

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]


def number(value: Any) -> int | float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value


def show(value: Any, kind: str = "integer") -> str:
    if value is None:
        return "—"
    if kind == "percent" or (isinstance(value, float) and not float(value).is_integer()):
        return format_percent(float(value), 1)
    return format_int(int(value))


def quality_flags(c: Consolidation) -> list[Flag]:
    """Every flag of the period, unit by unit in the list's order, provinces before ministries; one flag a figure
    (a figure above its ceiling is not flagged again as far from the others: the first flag says both)."""
    flags: list[Flag] = []
    groups = [c.reported, c.ministries]
    for rows in groups:
        flags += _plausible(c, rows) + _outliers(c, rows) + _few(c, rows)
    for row in [*c.reported, *c.ministries]:
        flags += _ratios(c, row) + _rates(c, row) + _parts(c, row) + _changes(c, row)
    above = {(f.unit_kind, f.unit_code, f.key) for f in flags if f.kind == "plausible"}
    flags = [f for f in flags if f.kind not in ("outlier", "few") or (f.unit_kind, f.unit_code, f.key) not in above]
    order: dict[tuple[str, str], int] = {
        (r.unit.kind, r.unit.code): i for i, r in enumerate([*c.reported, *c.ministries])
    }
    kinds = list(KIND_LABELS)
    return sorted(flags, key=lambda f: (order.get((f.unit_kind, f.unit_code), 999), kinds.index(f.kind), f.key))


@dataclass(frozen=True)
class Check:
    """One rule of the period's data check: whether it ran, and in words what it compared or why it did not."""

    kind: str
    ran: bool
    text: str  # Vietnamese
    text_en: str

    @property
    def kind_label(self) -> str:
        return KIND_LABELS[self.kind]


def checks_run(c: Consolidation) -> list[Check]:
    """Which checks ran on the period and why another did not: with 3 reports the comparison across units cannot
    run (it needs 8), and the clerk must know that an empty list of flags does not mean the figures were compared."""
    out: list[Check] = []
    bounded = [f for f in _counted(c) if f.plausible_max is not None]
    out.append(
        Check(
            "plausible",
            bool(bounded or c.template.plausible_ratios),
            *bilingual("Inbox", "{fields} chỉ tiêu và {ratios} tỷ số so với mức hợp lý mẫu báo cáo nêu").format(
                fields=len(bounded), ratios=len(c.template.plausible_ratios)
            ),
        )
    )
    previous = c.previous
    compared = [row for row in [*c.reported, *c.ministries] if previous_row(c, row) is not None]
    if previous is None:
        reason = bilingual("Inbox", "không chạy: kỳ {period} không có kỳ trước để so sánh").format(period=c.period.id)
        out.append(Check("change", False, *reason))
    elif not compared:
        reason = bilingual(
            "Inbox", "không chạy: chưa đơn vị nào có báo cáo kỳ {previous} theo cùng danh sách tỉnh để so sánh"
        ).format(previous=previous.period.id)
        out.append(Check("change", False, *reason))
    else:
        text = bilingual("Inbox", "{n} đơn vị so với báo cáo kỳ {previous} của chính đơn vị đó").format(
            n=len(compared), previous=previous.period.id
        )
        out.append(Check("change", True, *text))
    largest = max(len(c.reported), len(c.ministries))
    if largest >= OUTLIER_MIN_UNITS:
        text = bilingual("Inbox", "so sánh giữa {n} địa phương (và giữa các bộ, ngành khi đủ {min})").format(
            n=len(c.reported), min=OUTLIER_MIN_UNITS
        )
        out.append(Check("outlier", True, *text))
    else:
        reason = bilingual(
            "Inbox",
            "không chạy: so sánh giữa các đơn vị cần ít nhất {min} đơn vị báo cáo (hiện có {n}); thay bằng so sánh "
            "với đơn vị cao tiếp theo (gấp hơn {factor} lần)",
        ).format(min=OUTLIER_MIN_UNITS, n=largest, factor=format_int(int(FEW_FACTOR)))
        out.append(Check("outlier", False, *reason))
    out.append(Check("rate", True, *bilingual("Inbox", "tỷ lệ trên 100% và phần lớn hơn tổng").format()))
    return out


def _flag(row: UnitRow, key: str, label: str, kind: str, value: Any, reference: Any, message: tuple[str, str]) -> Flag:
    return Flag(row.unit.kind, row.unit.code, row.name, row.report_id, key, label, kind, value, reference, *message)


def _counted(c: Consolidation) -> list[TemplateField]:
    return [f for f in c.numeric if f.kind in CHANGE_MIN_DIFF]


def times(ratio: float) -> str:
    """'35' for 35.2, '3,5' for 3.46: a multiple as a person writes it."""
    return format_int(round(ratio)) if ratio >= 10 else format_percent(ratio, 1)


def _next_highest(row: UnitRow, rows: list[UnitRow], key: str) -> tuple[UnitRow, int | float] | None:
    """The unit with the highest figure after `row`'s (itself excluded), to compare with by name."""
    others = [(r, v) for r in rows if r is not row and (v := number(r.values.get(key))) is not None]
    return max(others, key=lambda item: item[1]) if others else None


def _beside(row: UnitRow, rows: list[UnitRow], spec: TemplateField, value: float) -> tuple[str, str]:
    """'; cao gấp 35 lần Tỉnh Nghệ An (2.800.000.000), đơn vị cao tiếp theo' — or nothing to compare with."""
    other = _next_highest(row, rows, spec.key)
    if other is None:
        return "", ""
    unit, theirs = other
    if theirs <= 0:
        return bilingual("Inbox", "; các đơn vị khác báo cáo 0").format()
    if value <= theirs:
        return "", ""
    return bilingual("Inbox", "; cao gấp {times} lần {unit} ({theirs}), đơn vị cao tiếp theo").format(
        times=times(value / theirs), unit=unit.name, theirs=show(theirs, spec.kind)
    )


def _plausible(c: Consolidation, rows: list[UnitRow]) -> list[Flag]:
    out = []
    for spec in _counted(c):
        if spec.plausible_max is None:
            continue
        for row in rows:
            value = number(row.values.get(spec.key))
            if value is None or value <= spec.plausible_max:
                continue
            beside = _beside(row, rows, spec, value)
            message = bilingual(
                "Inbox", "{value}, trong khi mẫu báo cáo coi tối đa {ceiling} là hợp lý{beside}"
            ).format(value=show(value, spec.kind), ceiling=show(spec.plausible_max, spec.kind), beside=beside)
            out.append(_flag(row, spec.key, spec.label, "plausible", value, spec.plausible_max, message))
    return out


def _ratios(c: Consolidation, row: UnitRow) -> list[Flag]:
    out = []
    fields = c.template.field_map()
    for ratio in c.template.plausible_ratios:
        top, bottom = number(row.values.get(ratio.numerator)), number(row.values.get(ratio.denominator))
        if top is None or not bottom or top / bottom <= ratio.max:
            continue
        value = top / bottom
        message = bilingual(
            "Inbox",
            "{label}: {value} {unit} ({top} / {bottom}), trong khi mẫu báo cáo coi tối đa {ceiling} {unit} là hợp lý",
        ).format(
            label=(ratio.label, ratio.label_en or ratio.label),
            value=format_int(round(value)),
            unit=(ratio.unit, ratio.unit_en or ratio.unit),
            top=show(top, fields[ratio.numerator].kind),
            bottom=show(bottom, fields[ratio.denominator].kind),
            ceiling=format_int(round(ratio.max)),
        )
        spec = fields[ratio.numerator]
        out.append(_flag(row, ratio.numerator, spec.label, "ratio", value, ratio.max, message))
    return out


def _outliers(c: Consolidation, rows: list[UnitRow]) -> list[Flag]:
    out = []
    for spec in _counted(c):
        present = [(row, number(row.values.get(spec.key))) for row in rows]
        points = [(row, value) for row, value in present if value is not None and value >= 0]
        if len(points) < OUTLIER_MIN_UNITS:
            continue
        logs = [math.log1p(value) for _, value in points]
        median = statistics.median(logs)
        deviations = [abs(x - median) for x in logs]
        mad = statistics.median(deviations)
        scale = mad / MAD_SCALE if mad > 0 else MEAN_AD_SCALE * statistics.fmean(deviations)
        if scale <= 0:
            continue
        typical = statistics.median(value for _, value in points)
        for (row, value), x in zip(points, logs, strict=True):
            z = (x - median) / scale
            if abs(z) <= OUTLIER_Z:
                continue
            values = dict(value=show(value, spec.kind), count=len(points), typical=show(typical, spec.kind))
            if typical == 0:  # never 'gấp inf lần'
                text = bilingual("Inbox", "{value} — trong khi mức giữa của {count} đơn vị là 0")
            elif value >= typical:
                text = bilingual("Inbox", "{value} — cao gấp {times} lần mức giữa của {count} đơn vị ({typical})")
            elif value == 0:
                text = bilingual("Inbox", "{value} — trong khi mức giữa của {count} đơn vị là {typical}")
            else:
                text = bilingual("Inbox", "{value} — chỉ bằng 1/{times} mức giữa của {count} đơn vị ({typical})")
            ratio = (value / typical if value >= typical else typical / value) if typical and value else 0.0
            message = text.format(**values, times=times(ratio))
            out.append(_flag(row, spec.key, spec.label, "outlier", value, typical, message))
    return out


def _few(c: Consolidation, rows: list[UnitRow]) -> list[Flag]:
    """Too few units for the score: a figure more than 10 times the next highest, named."""
    out = []
    for spec in _counted(c):
        points = [(row, value) for row in rows if (value := number(row.values.get(spec.key))) is not None]
        if not FEW_MIN_UNITS <= len(points) < OUTLIER_MIN_UNITS:
            continue
        for row, value in points:
            other = _next_highest(row, rows, spec.key)
            if other is None or value - other[1] < CHANGE_MIN_DIFF[spec.kind]:
                continue
            unit, theirs = other
            if theirs > 0 and value / theirs <= FEW_FACTOR:
                continue
            if theirs > 0:
                message = bilingual("Inbox", "{value} — cao gấp {times} lần {unit} ({theirs}), đơn vị cao tiếp theo")
            else:
                message = bilingual("Inbox", "{value} — trong khi các đơn vị khác báo cáo 0")
            text = message.format(
                value=show(value, spec.kind),
                times=times(value / theirs) if theirs > 0 else "",
                unit=unit.name,
                theirs=show(theirs, spec.kind),
            )
            out.append(_flag(row, spec.key, spec.label, "few", value, theirs, text))
    return out


def _rates(c: Consolidation, row: UnitRow) -> list[Flag]:
    out = []
    for spec in c.rates:
        rate = row.rates.get(spec.key)
        if rate is not None and rate > 100:
            out.append(_flag(row, spec.key, spec.label, "rate", rate, 100, (f"{show(rate, 'percent')}% > 100%",) * 2))
    for spec in c.fields_of("percent"):
        value = number(row.values.get(spec.key))
        if value is not None and value > 100:
            out.append(_flag(row, spec.key, spec.label, "rate", value, 100, (f"{show(value, 'percent')}% > 100%",) * 2))
    return out


def _parts(c: Consolidation, row: UnitRow) -> list[Flag]:
    out = []
    fields = c.template.field_map()
    for rule in c.template.rules:
        if rule.check == "le" and rule.left and rule.right:
            left, right = number(row.values.get(rule.left)), number(row.values.get(rule.right))
            if left is not None and right is not None and left > right:
                out.append(
                    _flag(
                        row,
                        rule.left,
                        fields[rule.left].label,
                        "part",
                        left,
                        right,
                        (
                            f"{show(left)} > {fields[rule.right].label.lower()} ({show(right)})",
                            f"{show(left)} > {(fields[rule.right].label_en or fields[rule.right].label).lower()} "
                            f"({show(right)})",
                        ),
                    )
                )
        elif rule.check == "sum_eq" and rule.total:
            parts = [number(row.values.get(p)) for p in rule.parts]
            total = number(row.values.get(rule.total))
            known = [p for p in parts if p is not None]
            if total is not None and known and sum(known) > total:
                out.append(
                    _flag(
                        row,
                        rule.total,
                        fields[rule.total].label,
                        "part",
                        sum(known),
                        total,
                        bilingual("Inbox", "các phần cộng lại {sum} > tổng {total}").format(
                            sum=show(sum(known)), total=show(total)
                        ),
                    )
                )
    return out


def _changes(c: Consolidation, row: UnitRow) -> list[Flag]:
    before = previous_row(c, row)
    if before is None:
        return []
    out = []
    for spec in _counted(c):
        now, then = number(row.values.get(spec.key)), number(before.values.get(spec.key))
        if now is None or then is None or abs(now - then) < CHANGE_MIN_DIFF[spec.kind]:
            continue
        low, high = sorted((now, then))
        if low == 0 or high / low > CHANGE_FACTOR:
            change = bilingual("Inbox", "tăng").format() if now > then else bilingual("Inbox", "giảm").format()
            if low:
                times = bilingual("Inbox", "{ratio} lần").format(ratio=show(high / low, "percent"))
            elif now > then:
                times = bilingual("Inbox", "từ 0").format()
            else:
                times = bilingual("Inbox", "về 0").format()
            message = bilingual("Inbox", "{now}, kỳ trước {then}: {change} {times}").format(
                now=show(now, spec.kind), then=show(then, spec.kind), change=change, times=times
            )
            out.append(_flag(row, spec.key, spec.label, "change", now, then, message))
    return out


def previous_row(c: Consolidation, row: UnitRow) -> UnitRow | None:
    """The unit's row in the previous period, when both use the same list of provinces."""
    previous = c.previous
    if previous is None:
        return None
    for other in [*previous.reported, *previous.ministries]:
        if (other.unit.kind, other.unit.code) == (row.unit.kind, row.unit.code):
            return other if other.unit.list_id == row.unit.list_id else None
    return None


def change_percent(now: Any, then: Any) -> float | None:
    a, b = number(now), number(then)
    if a is None or b is None or b == 0:
        return None
    return round(100.0 * (a - b) / b, 1)


def flags_by_unit(flags: Iterable[Flag]) -> dict[tuple[str, str], list[Flag]]:
    out: dict[tuple[str, str], list[Flag]] = {}
    for flag in flags:
        out.setdefault((flag.unit_kind, flag.unit_code), []).append(flag)
    return out
