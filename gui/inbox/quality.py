"""Data-quality flags across units and years; they inform the Ministry and never block an import.

The rules and thresholds (docs/data-quality.md explains them for the Ministry's staff):
- change: a count or an amount that is more than 3 times, or less than a third of, the same unit's figure for the
  previous period (previous year; the first half of the previous year for a six-month report), when the
  difference is at least 20 (counts) or 100 million đồng (amounts); only between reports that use the same list of
  provinces (after the 2025 reorganisation a province's figures are not comparable with its pre-merger ones).
- outlier: a count or an amount far from the other units of the period: the modified z-score of Iglewicz and
  Hoaglin, 0.6745 × (x − median) / MAD, on log(1 + x) so that a large province is not an outlier for being large;
  |z| > 3.5 flags it. With MAD = 0 (half the units report the same figure) the mean absolute deviation × 1.2533
  stands in; with fewer than 8 units reporting the figure, no outlier is computed. Provinces are compared with
  provinces, ministries with ministries.
- rate: a computed rate or a typed percentage above 100 %.
- part: a part larger than its whole (the template's "≤" rules) or parts that add up to more than their total.
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
MAD_SCALE = 0.6745
MEAN_AD_SCALE = 1.253314

# In Vietnamese, as the workbook prints them; translate("Inbox", flag.kind_label) where the window shows them.
KIND_LABELS = {
    "change": QT_TRANSLATE_NOOP("Inbox", "Thay đổi lớn so với kỳ trước"),
    "outlier": QT_TRANSLATE_NOOP("Inbox", "Khác thường so với các đơn vị khác"),
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
    kind: str  # change | outlier | rate | part
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
    """Every flag of the period, unit by unit in the list's order, provinces before ministries."""
    flags: list[Flag] = []
    groups = [c.reported, c.ministries]
    for rows in groups:
        flags += _outliers(c, rows)
    for row in [*c.reported, *c.ministries]:
        flags += _rates(c, row) + _parts(c, row) + _changes(c, row)
    order: dict[tuple[str, str], int] = {
        (r.unit.kind, r.unit.code): i for i, r in enumerate([*c.reported, *c.ministries])
    }
    kinds = list(KIND_LABELS)
    return sorted(flags, key=lambda f: (order.get((f.unit_kind, f.unit_code), 999), kinds.index(f.kind), f.key))


def _flag(row: UnitRow, key: str, label: str, kind: str, value: Any, reference: Any, message: tuple[str, str]) -> Flag:
    return Flag(row.unit.kind, row.unit.code, row.name, row.report_id, key, label, kind, value, reference, *message)


def _counted(c: Consolidation) -> list[TemplateField]:
    return [f for f in c.numeric if f.kind in CHANGE_MIN_DIFF]


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
            if abs(z) > OUTLIER_Z:
                ratio = (value / typical) if typical else math.inf
                if ratio >= 1:
                    how = bilingual("Inbox", "gấp {ratio} lần").format(ratio=show(ratio, "percent"))
                else:
                    how = bilingual("Inbox", "thấp hơn nhiều so với").format()
                message = bilingual(
                    "Inbox",
                    "{value} — {how} mức giữa của {count} đơn vị ({typical}); điểm lệch chuẩn hóa {z} "
                    "(ngưỡng ±{threshold})",
                ).format(
                    value=show(value, spec.kind),
                    how=how,
                    count=len(points),
                    typical=show(typical, spec.kind),
                    z=f"{'+' if z >= 0 else '−'}{format_percent(abs(z), 1)}",
                    threshold=format_percent(OUTLIER_Z, 1),
                )
                out.append(_flag(row, spec.key, spec.label, "outlier", value, typical, message))
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
