"""The consolidation of a period: who reported, indicators by province with national totals, rates, tables, texts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from gui.core.dates import vn_date
from gui.core.header import HEADER_PREFIX
from gui.core.kinds import Kind, kind_of
from gui.core.period import Period, parse_period
from gui.core.template import Template, TemplateField
from gui.core.units import Unit, UnitList, agencies, province_list_at
from gui.core.values import computed_values
from gui.inbox.deadlines import Schedule, previous_period, schedule
from gui.inbox.versions import current_template, known_template, read_into
from gui.signing.verify import STATUS_LABELS, TRUSTED, UNSIGNED, UNVERIFIED
from gui.store.inbox import InboxRepository, ReceivedReport
from gui.store.reports import ReportStore
from gui.store.signatures import SignatureRepository

if TYPE_CHECKING:
    from gui.store.signatures import ReceivedSignature

PLAN_KEY = "plan_issued"


@dataclass(frozen=True)
class UnitRow:
    """One unit of the consolidation: its place in the list and, when it reported, its report and values."""

    unit: Unit
    report_id: int | None = None
    updated_at: str = ""
    number: str = ""
    date: str = ""
    source_version: int | None = None
    values: dict[str, Any] = field(default_factory=dict)
    rates: dict[str, float | None] = field(default_factory=dict)
    unmatched: tuple[dict[str, Any], ...] = ()
    signature_status: str = ""  # gui.signing.verify: trusted, unverified, unsigned (a received report only)
    signature: str = ""  # the status with who signed and when, as the import line said it
    draft: bool = False  # accepted as a draft (DỰ THẢO): its name says so wherever the row is shown

    @property
    def reported(self) -> bool:
        return self.report_id is not None

    @property
    def name(self) -> str:
        return f"{self.unit.display_name} (DỰ THẢO)" if self.draft else self.unit.display_name


@dataclass(frozen=True)
class YesNoCount:
    yes: int
    of: int

    @property
    def text(self) -> str:
        return f"{self.yes}/{self.of}"


@dataclass(kw_only=True)
class Consolidation:
    period: Period
    unit_list: UnitList
    template: Template
    provinces: list[UnitRow]
    ministries: list[UnitRow]
    outside_list: list[UnitRow]
    schedule: Schedule | None = None  # the cut-off, the deadline and each unit's timeliness
    previous: Consolidation | None = None  # the period compared with (gui/inbox/quality.py)

    def timeliness_of(self, row: UnitRow) -> str:
        return self.schedule.of(row.unit.kind, row.unit.code).label if self.schedule else ""

    # --- who reported ----------------------------------------------------------------------------

    @property
    def reported(self) -> list[UnitRow]:
        """The provinces that reported, in the list's order: the rows of every per-province table."""
        return [row for row in self.provinces if row.reported]

    @property
    def missing(self) -> list[UnitRow]:
        return [row for row in self.provinces if not row.reported]

    @property
    def completeness_text(self) -> str:
        return f"{len(self.reported)}/{len(self.provinces)} địa phương đã gửi báo cáo"

    @property
    def plan_text(self) -> str:
        """'40/49 địa phương đã ban hành Kế hoạch': of the provinces that reported."""
        count = self.yes_count(PLAN_KEY) if PLAN_KEY in self.template.field_map() else YesNoCount(0, 0)
        return f"{count.text} địa phương đã ban hành Kế hoạch"

    # --- the template's fields, by what the consolidation does with them ------------------------

    def fields_of(self, *kinds: str) -> list[TemplateField]:
        return [f for f in self.template.iter_fields() if f.kind in kinds and not f.is_computed]

    def _typed(self, keep: Callable[[Kind], bool]) -> list[TemplateField]:
        """The fields a person types (not the computed ones) whose kind `keep` takes, in the template's order."""
        return [f for f in self.template.iter_fields() if keep(kind_of(f)) and not f.is_computed]

    @property
    def numeric(self) -> list[TemplateField]:
        """Counts, amounts and typed percentages: summed (or averaged) over the units."""
        return self._typed(lambda k: k.numeric)

    @property
    def rates(self) -> list[TemplateField]:
        return [f for f in self.template.iter_fields() if f.is_computed]

    @property
    def yesno(self) -> list[TemplateField]:
        """Yes/no answers: counted."""
        return self._typed(lambda k: k.switch)

    @property
    def tables(self) -> list[TemplateField]:
        return self._typed(lambda k: k.has_columns)

    @property
    def narratives(self) -> list[TemplateField]:
        return self._typed(lambda k: k.layout == "narrative")

    @property
    def details(self) -> list[TemplateField]:
        """The rest of the indicators (names, dates, documents, choices): listed per unit."""
        return self._typed(lambda k: k.layout == "indicator" and not k.numeric and not k.switch)

    # --- totals -------------------------------------------------------------------------------

    def total(self, key: str, rows: list[UnitRow] | None = None) -> int | float | None:
        """The national total of a numeric indicator over the provinces that reported (None for a percentage
        a person typed: percentages do not add up)."""
        kind = kind_of(self.template.field(key))
        if kind.numeric and not kind.additive:
            return None
        numbers = [_number(row.values.get(key)) for row in (self.reported if rows is None else rows)]
        return sum(n for n in numbers if n is not None)

    def rate_total(self, key: str, rows: list[UnitRow] | None = None) -> float | None:
        """A computed rate recomputed from the totals (Σ numerator / Σ denominator), never an average of rates."""
        spec = self.template.field(key)
        assert spec.computed is not None
        numerator, denominator = (self.total(k, rows) for k in spec.computed.ratio)
        if not denominator or numerator is None:
            return None
        return round(100.0 * numerator / denominator, 4)

    def yes_count(self, key: str, rows: list[UnitRow] | None = None) -> YesNoCount:
        rows = self.reported if rows is None else rows
        return YesNoCount(sum(1 for row in rows if row.values.get(key) is True), len(rows))

    def table_rows(self, key: str) -> list[tuple[UnitRow, dict[str, Any]]]:
        """Every row of a repeating table, from every unit that reported (provinces, then ministries)."""
        return [(row, item) for row in [*self.reported, *self.ministries] for item in row.values.get(key) or []]

    def table_totals(self, key: str) -> dict[str, int | float]:
        spec = self.template.field(key)
        out: dict[str, int | float] = {}
        for column in spec.columns:
            if column.total:
                numbers = [_number(item.get(column.key)) for _, item in self.table_rows(key)]
                out[column.key] = sum(n for n in numbers if n is not None)
        return out

    def unmatched(self) -> list[tuple[UnitRow, dict[str, Any]]]:
        return [(row, item) for row in [*self.reported, *self.ministries] for item in row.unmatched]


def _number(value: Any) -> int | float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return value


def consolidate(
    store: ReportStore, period_id: str, *, template: Template | None = None, with_previous: bool = True
) -> Consolidation:
    """The consolidation of a period (e.g. '2025'); raises PeriodError for a period id that cannot be read."""
    period = parse_period(period_id)
    current = template or current_template()
    units = province_list_at(period.end)
    received = InboxRepository(store).received(period.id)
    by_code = {r.unit_code: r for r in received if r.unit_kind == "province"}
    provinces = []
    for unit in units.units:
        report = by_code.pop(unit.code, None)
        provinces.append(_row(unit, report, current) if report else UnitRow(unit))
    outside = [
        _row(Unit("province", r.unit_code, r.unit_name, list_id=r.unit_list), r, current) for r in by_code.values()
    ]
    known_agencies = {u.code: u for u in agencies()}
    ministries = [
        _row(known_agencies.get(r.unit_code) or Unit("ministry", r.unit_code, r.unit_name), r, current)
        for r in received
        if r.unit_kind == "ministry"
    ]
    ministries.sort(
        key=lambda row: list(known_agencies).index(row.unit.code) if row.unit.code in known_agencies else 999
    )
    signed = _signatures(store, [r.id for r in received])
    provinces, ministries, outside = (
        [_signed(row, signed) for row in rows] for rows in (provinces, ministries, outside)
    )
    expected = {(r.unit.kind, r.unit.code): (r.report_id, r.updated_at) if r.reported else None for r in provinces}
    expected.update({(r.unit.kind, r.unit.code): (r.report_id, r.updated_at) for r in [*ministries, *outside]})
    dates = schedule(store, period, current, expected)  # type: ignore[arg-type]
    before = None
    if with_previous:
        earlier = previous_period(period)
        before = consolidate(store, earlier.id, template=current, with_previous=False) if earlier else None
    return Consolidation(
        period=period,
        unit_list=units,
        template=current,
        provinces=provinces,
        ministries=ministries,
        outside_list=outside,
        schedule=dates,
        previous=before,
    )


def _signatures(store: ReportStore, report_ids: list[int]) -> dict[int, ReceivedSignature]:
    return SignatureRepository(store).received(report_ids)


def _signed(row: UnitRow, signed: dict[int, ReceivedSignature]) -> UnitRow:
    """The row with its signature status; a report without one (a JSON document) counts as not signed."""
    if row.report_id is None:
        return row

    found = signed.get(row.report_id)
    if found is None:
        return replace(row, signature_status=UNSIGNED, signature=STATUS_LABELS[UNSIGNED])
    return replace(row, signature_status=found.status, signature=found.summary)


def signature_sentence(c: Consolidation) -> str:
    """'Chữ ký số: 60 báo cáo đã ký số, tin cậy; chưa xác minh được nguồn gốc (1): Hà Tĩnh; chưa ký số (2): …'."""
    rows = [*c.reported, *c.ministries, *c.outside_list]
    if not rows:
        return ""
    trusted = [r for r in rows if r.signature_status == TRUSTED]
    parts = [f"{len(trusted)}/{len(rows)} báo cáo đã ký số, tin cậy"]
    for status, label in ((UNVERIFIED, "đã ký số nhưng chưa xác minh được nguồn gốc"), (UNSIGNED, "chưa ký số")):
        names = [r.name for r in rows if r.signature_status == status]
        if names:
            parts.append(f"{label} ({len(names)}): {', '.join(names)}")
    return "Chữ ký số: " + "; ".join(parts) + "."


def _row(unit: Unit, report: ReceivedReport, current: Template) -> UnitRow:
    values = {k: v for k, v in report.values.items() if not k.startswith(HEADER_PREFIX)}
    unmatched = list(report.unmatched)
    if (report.template_id, report.template_version) != (current.id, current.version):
        # Stored before the app's template changed: read it into the current one now, as the importer does.
        values, extra = read_into(current, values, known_template(report.template_id, report.template_version))
        unmatched.extend(u.as_dict() for u in extra)
    number = report.values.get(f"{HEADER_PREFIX}number") or ""
    symbol = report.values.get(f"{HEADER_PREFIX}symbol") or ""
    day = report.values.get(f"{HEADER_PREFIX}date") or ""
    return UnitRow(
        unit=unit,
        report_id=report.id,
        updated_at=report.updated_at,
        number=f"{number}/{symbol}" if number and symbol else str(number or ""),
        date=vn_date(dt.date.fromisoformat(day)) if day else "",
        source_version=report.source_template_version,
        values=values,
        rates=computed_values(current, values),
        unmatched=tuple(unmatched),
        draft=report.draft,
    )


def periods(store: ReportStore) -> list[tuple[str, int]]:
    """The periods with received reports, latest first, with their count (for the period selector)."""
    return InboxRepository(store).periods()
