"""Plausible received reports with varied values (seeded), for the inbox's tests, benchmarks and demonstrations."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from typing import Any

from gui.core.document import Header, PeriodRef, ReportDocument, Signer, TemplateRef, UnitRef
from gui.core.period import Period
from gui.core.template import Column, Template, TemplateField
from gui.core.units import Unit, parent_body_line

_SENTENCES = (
    "Đã tổ chức tuyên truyền Luật Bảo vệ quyền lợi người tiêu dùng tới các xã, phường.",
    "Phối hợp với Hội Bảo vệ người tiêu dùng tiếp nhận, giải quyết yêu cầu của người tiêu dùng.",
    "Tăng cường kiểm tra hàng giả, hàng kém chất lượng trong thương mại điện tử.",
    "Tập huấn nghiệp vụ cho cán bộ cấp xã sau sắp xếp đơn vị hành chính.",
    "Kinh phí và nhân lực còn hạn chế, chủ yếu kiêm nhiệm.",
)


def sample_document(
    template: Template,
    unit: Unit,
    period: Period,
    *,
    seed: int,
    updated_at: str | None = None,
    values: dict[str, Any] | None = None,
) -> ReportDocument:
    """A complete, valid report of `unit` for `period`; the same seed gives the same report."""
    rng = random.Random(f"{unit.kind}-{unit.code}-{period.id}-{seed}")
    generated = sample_values(template, period, rng, unit.name)
    generated.update(values or {})
    at = updated_at or dt.datetime.combine(period.end, dt.time(8, 0), tzinfo=dt.UTC).isoformat()
    report_day = min(period.end + dt.timedelta(days=10), dt.date.today())
    return ReportDocument(
        uid=str(uuid.UUID(int=rng.getrandbits(128))),
        template=TemplateRef(id=template.id, version=template.version),
        unit=UnitRef(kind=unit.kind, code=unit.code, name=unit.name, list_id=unit.list_id),
        period=PeriodRef(id=period.id, kind=period.kind, start=period.start, end=period.end),
        header=Header(
            parent_body=parent_body_line(unit),
            agency="SỞ CÔNG THƯƠNG" if unit.kind == "province" else "VỤ PHÁP CHẾ",
            number=str(rng.randint(1, 999)),
            symbol="BC-SCT" if unit.kind == "province" else "BC-BCT",
            place=unit.name if unit.kind == "province" else "Hà Nội",
            date=report_day,
            addressee=[template.document.addressee],
            recipients=[*template.document.recipients, "Lưu: VT, QLTM"],
            signer=Signer(authority="KT.", authority_of="GIÁM ĐỐC", position="PHÓ GIÁM ĐỐC", name="Nguyễn Văn An"),
        ),
        values={k: v for k, v in generated.items() if v is not None},
        created_at=at,
        updated_at=at,
    )


def sample_values(template: Template, period: Period, rng: random.Random, place: str = "") -> dict[str, Any]:
    values: dict[str, Any] = {}
    for f in template.iter_fields():
        if f.is_computed:
            continue
        values[f.key] = _value(template, f, period, rng, place)
    # The template's own consistency rules hold in every sample: parts add up first, then the bounds.
    for rule in template.rules:
        if rule.check == "sum_eq":
            values[str(rule.total)] = sum(values.get(p) or 0 for p in rule.parts)
    for rule in template.rules:
        if rule.check == "le":
            left, right = values.get(str(rule.left)), values.get(str(rule.right))
            if isinstance(left, int) and isinstance(right, int) and left > right:
                values[str(rule.left)] = rng.randint(0, right)
    return values


def _value(template: Template, spec: TemplateField | Column, period: Period, rng: random.Random, place: str) -> Any:
    kind = spec.kind
    if kind == "integer":
        return rng.choice((0, rng.randint(0, 40), rng.randint(0, 400), rng.randint(0, 5000)))
    if kind == "money":
        return rng.randint(0, 5_000) * 1_000_000
    if kind == "percent":
        return round(rng.uniform(0, 100), 1)
    if kind == "yesno":
        return rng.random() < 0.8
    if kind == "date":
        return _day(period, rng)
    if kind == "docref":
        return {"number": f"{rng.randint(1, 999)}/KH-UBND", "date": _day(period, rng)}
    if kind == "choice":
        return rng.choice(template.choices[str(spec.choices)]).value
    if kind == "line":
        return f"{rng.choice(('Kế hoạch', 'Văn bản', 'Chương trình'))} số {rng.randint(1, 99)} {place}".strip()
    if kind == "text":
        return f"{place}: " + " ".join(rng.sample(_SENTENCES, 2))
    if kind == "table":
        assert isinstance(spec, TemplateField)
        return [
            {c.key: _value(template, c, period, rng, place) for c in spec.columns} for _ in range(rng.randint(0, 3))
        ]
    return None


def _day(period: Period, rng: random.Random) -> str:
    span = (period.end - period.start).days
    return (period.start + dt.timedelta(days=rng.randint(0, span))).isoformat()
