"""A plausible national round of reports (seeded): every province and ministry of a period, with numbers that
scale with the unit's size and drift a little from one period to the next, some units late and some missing.

Used by the tests, the benchmark and the README's sample: unlike gui/inbox/samples.py's uniform random values,
these numbers look like a country, so the data-quality rules flag what was planted and nothing else.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Iterable
from typing import Any

from gui.core.document import ReportDocument
from gui.core.period import Period
from gui.core.template import Template
from gui.core.units import Unit, agencies, province_list_at
from gui.inbox.deadlines import default_deadline
from gui.inbox.samples import sample_document

# A typical province's figure for a year (the national total is about 34 times it); other counts default to 40.
TYPICAL = {
    "staff_fulltime": 4,
    "staff_parttime": 12,
    "cp_received": 600,
    "cm_consumers_reached": 8000,
    "in_businesses": 300,
    "so_association_members": 250,
    "lo_training_participants": 400,
    "contracts_registered": 60,
    "cm_online_posts": 150,
}
TYPICAL_MONEY = 900_000_000  # a province's budget or fines in a year (đồng)
CHANNEL_SHARES = {"cp_hotline": 0.4, "cp_in_person": 0.2, "cp_written": 0.15, "cp_online": 0.25}
RATES = {"cp_supported": (0.88, 0.99), "cp_resolved": (0.75, 0.95), "fines_collected": (0.7, 1.0)}


def size_of(unit: Unit) -> float:
    """A unit's stable size factor (0.4–2.5), the same every period."""
    rng = random.Random(f"size-{unit.kind}-{unit.code}")
    return math.exp(rng.uniform(math.log(0.4), math.log(2.5)))


def plausible_values(template: Template, unit: Unit, period: Period, seed: int = 1) -> dict[str, Any]:
    """Numbers for every numeric field: typical × size × a period drift of about ±15 %; the template's rules
    (parts add up, resolved ≤ received) hold."""
    rng = random.Random(f"plausible-{unit.kind}-{unit.code}-{period.id}-{seed}")
    scale = size_of(unit) * (0.3 if unit.kind == "ministry" else 1.0)
    years = max(1, period.end.year - period.start.year + 1) * (0.5 if period.kind == "half" else 1.0)
    values: dict[str, Any] = {}

    def drift() -> float:
        return math.exp(rng.gauss(0.0, 0.15))

    for spec in template.iter_fields():
        if spec.is_computed:
            continue
        if spec.kind == "integer":
            typical = TYPICAL.get(spec.key, 40)
            values[spec.key] = max(1, round(typical * scale * years * drift()))
        elif spec.kind == "money":
            values[spec.key] = round(TYPICAL_MONEY * scale * years * drift(), -6)
    if "cp_received" in values:
        total = values["cp_received"]
        parts = {k: round(total * share) for k, share in CHANNEL_SHARES.items() if k in values}
        if parts:
            first = next(iter(parts))
            parts[first] += total - sum(parts.values())
            values.update(parts)
    for key, (low, high) in RATES.items():
        base = "fines_imposed" if key == "fines_collected" else "cp_received"
        if key in values and base in values:
            values[key] = round(values[base] * rng.uniform(low, high))
    for rule in template.rules:  # every other "part ≤ whole" of the template: the part a share of the whole
        left, right = values.get(str(rule.left)), values.get(str(rule.right))
        if rule.check == "le" and isinstance(left, int | float) and isinstance(right, int | float) and left > right:
            values[str(rule.left)] = round(right * rng.uniform(0.6, 0.95))
    return values


def national_round(
    template: Template,
    period: Period,
    *,
    missing: Iterable[str] = (),
    late_days: dict[str, int] | None = None,
    ministries: int = 6,
    seed: int = 1,
    changes: dict[tuple[str, str], Any] | None = None,
) -> list[ReportDocument]:
    """The reports of every province of the period's list (but `missing`) and of the first `ministries` agencies.

    A report is made the day before the deadline (20/12 for a year), or `late_days[code]` days after it;
    `changes` plants values: {(unit code, key): value}.
    """
    late_days = late_days or {}
    changes = changes or {}
    deadline = default_deadline(period, template)
    skip = set(missing)
    units = [u for u in province_list_at(period.end).units if u.code not in skip]
    units += [u for u in agencies()[:ministries] if u.code not in skip]
    docs = []
    for unit in units:
        day = deadline + dt.timedelta(days=late_days.get(unit.code, -1))
        at = dt.datetime.combine(day, dt.time(9, 30), tzinfo=dt.UTC).isoformat()
        values = plausible_values(template, unit, period, seed)
        values.update({key: value for (code, key), value in changes.items() if code == unit.code})
        docs.append(sample_document(template, unit, period, seed=seed, updated_at=at, values=values))
    return docs
