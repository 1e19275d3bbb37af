"""The draft of the Ministry's report to the Government, as an outline of blocks that the .docx and PDF writers
both lay out (no Qt, no file format here).

Its sections follow the template's: after the completeness and timeliness section, each top-level section of the
template becomes a numbered section (its subsections numbered under it) with the national figures (sums, rates
against the national targets, how many units reported each), the units that stand out and the units' own words,
each unit named. Appendices: the per-unit tables of indicators, the units that did not report and the values of
older-template reports that had no place in the current template. A figure nobody reported is a marked gap.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from gui.core.kinds import Kind, kind_of
from gui.core.numbers import format_int, format_percent
from gui.core.profile import Profile
from gui.core.template import Section, TemplateField
from gui.core.units import agencies, province_list
from gui.inbox.consolidate import PLAN_KEY, Consolidation, UnitRow
from gui.inbox.deadlines import Status, show
from gui.pdf.official import Closing, OfficialHeader

MINISTRY = "BỘ CÔNG THƯƠNG"
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
APPENDIX_COLUMNS = 5  # indicators per appendix table: what fits across A4 portrait beside the unit's name
STANDOUT = 3  # units named at each end, and texts quoted in the body
NAMED = 10  # names listed in a sentence before "và … đơn vị khác"
EXCERPT = 220  # characters of a unit's text quoted in the body (its first sentence)
GAP = "[Chưa có số liệu: {what}]"


@dataclass(frozen=True)
class Heading:
    level: int  # 1: "I. …", 2: "1. …", 3: "a) …"
    text: str
    number: str = ""  # "I.", "1.", "a)": printed by the PDF, left to Word's own numbering in the .docx

    @property
    def title(self) -> str:
        return f"{self.number} {self.text}" if self.number else self.text


@dataclass(frozen=True)
class Para:
    text: str
    kind: Literal["body", "item", "gap", "note"] = "body"


Align = Literal["left", "right", "center"]


@dataclass(frozen=True)
class Table:
    head: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    align: tuple[Align, ...]
    weights: tuple[float, ...]
    total: tuple[str, ...] | None = None
    caption: str = ""
    after_total: tuple[tuple[str, ...], ...] = ()  # rows listed but not added up (the ministries)


@dataclass(frozen=True)
class Chart:
    kind: Literal["rates", "timeliness"]
    title: str
    labels: tuple[str, ...]
    values: tuple[float, ...]
    target: float | None = None
    caption: str = ""


Block = Heading | Para | Table | Chart


@dataclass
class Draft:
    period_id: str
    doc_type: str
    subject: str
    header: OfficialHeader
    addressees: tuple[str, ...]
    closing: Closing
    blocks: list[Block] = field(default_factory=list)
    received: int = 0
    expected: int = 0

    def headings(self, level: int | None = None) -> list[str]:
        return [b.title for b in self.blocks if isinstance(b, Heading) and (level is None or b.level == level)]


# --- targets --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    op: str
    value: float
    percent: bool
    span: tuple[int, int] | None


def parse_target(text: str) -> Target | None:
    """'≥ 90%', '> 80%', 'Cả nước ≥ 500 lớp (2021–2025)', '100% địa phương …', 'Cả nước ≥ 200.000 lượt …'."""
    match = re.search(r"(≥|>=|>|≤|<=|<)?\s*(\d[\d.]*(?:,\d+)?)\s*(%)?", text)
    if match is None:
        return None
    number = float(match.group(2).replace(".", "").replace(",", "."))
    span = re.search(r"\((\d{4})\s*[–-]\s*(\d{4})\)", text)
    op = {">=": "≥", "<=": "≤"}.get(match.group(1) or "≥", match.group(1) or "≥")
    return Target(op, number, bool(match.group(3)), (int(span[1]), int(span[2])) if span else None)


def meets(target: Target, value: float) -> bool:
    return {"≥": value >= target.value, ">": value > target.value, "≤": value <= target.value}.get(
        target.op, value < target.value
    )


# --- building -----------------------------------------------------------------------------------------------


def build_draft(c: Consolidation, profile: Profile | None = None, *, today: dt.date | None = None) -> Draft:
    day = today or dt.date.today()
    header, addressees, closing = _letterhead(profile, day)
    subject = (
        "Tình hình triển khai thực hiện Nghị quyết số 82/NQ-CP ngày 26/5/2020 của Chính phủ về bảo vệ quyền lợi "
        f"người tiêu dùng {c.period.phrase}"
    )
    draft = Draft(
        c.period.id,
        "BÁO CÁO",
        subject,
        header,
        addressees,
        closing,
        received=len(c.reported),
        expected=len(c.provinces),
    )
    b = draft.blocks
    b.append(
        Para(
            "Thực hiện Nghị quyết số 82/NQ-CP ngày 26/5/2020 của Chính phủ ban hành Chương trình hành động thực hiện "
            "Chỉ thị số 30-CT/TW ngày 22/01/2019 của Ban Bí thư, trên cơ sở báo cáo của các địa phương, bộ, ngành, "
            f"Bộ Công Thương báo cáo Chính phủ tình hình triển khai {c.period.phrase} như sau:"
        )
    )
    numbers = iter(ROMAN)
    b.append(Heading(1, "TÌNH HÌNH BÁO CÁO CỦA CÁC ĐỊA PHƯƠNG, BỘ, NGÀNH", f"{next(numbers)}."))
    b.extend(_completeness(c, day))
    if not c.reported and not c.ministries:
        b.append(Para(GAP.format(what=f"chưa nhận được báo cáo nào của kỳ {c.period.id}"), "gap"))
    for section in c.template.sections:
        b.append(Heading(1, section.title.upper(), f"{next(numbers)}."))
        b.extend(_section(c, section, 2))
    b.extend(_appendices(c))
    _number_figures(b)
    return draft


def _number_figures(blocks: list[Block]) -> None:
    """Figures numbered in the order they appear ('Hình 1.', 'Hình 2.', …), as a person cross-references them."""
    number = 0
    for index, block in enumerate(blocks):
        if isinstance(block, Chart) and block.caption:
            number += 1
            blocks[index] = replace(block, caption=f"Hình {number}. {block.caption}")


def _letterhead(profile: Profile | None, day: dt.date) -> tuple[OfficialHeader, tuple[str, ...], Closing]:
    """The Ministry's profile when the app is set up as a ministry; otherwise the Ministry's usual letterhead."""
    if profile is not None and profile.unit_kind == "ministry" and profile.agency:
        signer = profile.signer
        return (
            OfficialHeader(
                parent_body=profile.parent_body,
                agency=profile.agency,
                symbol=profile.symbol or "BC-BCT",
                place=profile.place or "Hà Nội",
                date=day,
            ),
            tuple(profile.addressee) or ("Chính phủ",),
            Closing(
                recipients=(*profile.recipients, f"Lưu: VT, {profile.archive_unit}"),
                on_behalf_of=signer.on_behalf_of,
                authority=signer.authority,
                authority_of=signer.authority_of,
                position=signer.position,
                name=signer.name,
            ),
        )
    return (
        OfficialHeader(parent_body="", agency=MINISTRY, symbol="BC-BCT", place="Hà Nội", date=day),
        ("Chính phủ",),
        Closing(
            recipients=("Như trên", "Thủ tướng Chính phủ (để báo cáo)", "Lãnh đạo Bộ", "Lưu: VT, UBCTQG"),
            authority="KT.",
            authority_of="BỘ TRƯỞNG",
            position="THỨ TRƯỞNG",
        ),
    )


def _names(rows: list[UnitRow] | list[str], limit: int | None = None) -> str:
    """The units' names, or the first `limit` of them and how many more ('…, và 25 địa phương khác')."""
    names = [r if isinstance(r, str) else r.name for r in rows]
    if limit is not None and len(names) > limit + 1:
        return ", ".join(names[:limit]) + f" và {len(names) - limit} đơn vị khác"
    return ", ".join(names)


def _completeness(c: Consolidation, day: dt.date) -> list[Block]:
    """Who reported: provinces counted against the period's list, ministries apart (never '0/19 bộ, ngành')."""
    out: list[Block] = []
    ministries = f" và {len(c.ministries)} bộ, ngành" if c.ministries else ""
    plan = c.yes_count(PLAN_KEY) if PLAN_KEY in c.template.field_map() and c.reported else None
    text = (
        f"Đến ngày {show(day)}, Bộ Công Thương đã nhận được báo cáo của {len(c.reported)}/{len(c.provinces)} "
        f"địa phương{ministries}"
    )
    text += f"; {plan.yes}/{plan.of} địa phương gửi báo cáo đã ban hành Kế hoạch triển khai." if plan else "."
    out.append(Para(text))
    s = c.schedule
    missing = c.missing
    if s is not None:
        late = [(r, s.of("province", r.unit.code)) for r in c.reported]
        late = [(r, t) for r, t in late if t.status is Status.LATE]
        on_time = len(c.reported) - len(late)
        sentence = f"{s.text}. Có {on_time} địa phương gửi đúng hạn"
        if late:
            named = ", ".join(f"{r.name}: {t.days_late} ngày" for r, t in late[:NAMED])
            more = f" và {len(late) - NAMED} địa phương khác" if len(late) > NAMED else ""
            sentence += f", {len(late)} địa phương gửi muộn ({named}{more})"
        if missing:
            # A long list of those who did not send belongs to the appendix, not to the first page.
            listed = f" ({_names(missing)})" if len(missing) <= NAMED else " (danh sách tại Phụ lục)"
            sentence += f"; {len(missing)} địa phương chưa gửi{listed}."
        else:
            sentence += "; tất cả các địa phương đã gửi báo cáo."
        out.append(Para(sentence))
        out.append(
            Chart(
                "timeliness",
                "Tình hình gửi báo cáo của các địa phương",
                ("Đúng hạn", "Muộn", "Chưa gửi"),
                (float(on_time), float(len(late)), float(len(missing))),
                caption=f"Tình hình gửi báo cáo của {len(c.provinces)} địa phương, kỳ {c.period.id}",
            )
        )
    if c.reported and missing:
        out.append(
            Para(
                f"Số liệu cả nước trong báo cáo này cộng từ {len(c.reported)}/{len(c.provinces)} địa phương đã gửi "
                "báo cáo; mục tiêu cả nước chỉ được đánh giá khi đủ số liệu của tất cả các địa phương.",
                "note",
            )
        )
    older = [r for r in [*c.reported, *c.ministries] if r.source_version and r.source_version < c.template.version]
    if older:
        mapped = sum(len(r.values) for r in older)
        unmatched = sum(len(r.unmatched) for r in older)
        out.append(
            Para(
                f"{len(older)} báo cáo lập theo mẫu cũ ({_names(older)}): {mapped} giá trị đã được chuyển vào mẫu hiện "
                f"hành và được tính trong báo cáo này; {unmatched} giá trị không khớp mẫu hiện hành được liệt kê tại "
                "Phụ lục III.",
                "note",
            )
        )
    return out


def _section(c: Consolidation, section: Section, level: int, prefix: str = "") -> list[Block]:
    out: list[Block] = []
    # What a national report adds up, counts, lists or quotes; names, dates and documents stay in the workbook.
    fields = [f for f in section.fields if _national_kind(kind_of(f)) or kind_of(f).layout != "indicator"]
    out.extend(_national(c, fields))
    out.extend(_standouts(c, fields))
    out.extend(_tables(c, fields))
    out.extend(_narratives(c, fields))
    for index, sub in enumerate(section.sections, start=1):
        number = f"{prefix}{index}." if level == 2 else f"{chr(ord('a') + index - 1)})"
        out.append(Heading(level, sub.title, number))
        out.extend(_section(c, sub, level + 1, f"{prefix}{index}."))
    return out


def _reported_count(rows: list[UnitRow], spec: TemplateField) -> int:
    if spec.is_computed:
        assert spec.computed is not None
        return sum(1 for r in rows if all(r.values.get(k) is not None for k in spec.computed.ratio))
    return sum(1 for r in rows if r.values.get(spec.key) is not None)


def _national(c: Consolidation, fields: list[TemplateField]) -> list[Block]:
    rows: list[tuple[str, ...]] = []
    gaps: list[str] = []
    expected = len(c.provinces)
    for spec in fields:
        if not _national_kind(kind_of(spec)):
            continue
        count = _reported_count(c.reported, spec)
        target = target_for(spec, c)
        if count == 0:
            gaps.append(spec.label)
            rows.append((spec.label, _unit(spec), "—", f"0/{expected}", target, "chưa có số liệu"))
            continue
        value, verdict = _national_value(c, spec, count)
        rows.append((spec.label, _unit(spec), value, f"{count}/{expected}", target, verdict))
    if not rows:
        return []
    numbered = tuple((str(i), *row) for i, row in enumerate(rows, start=1))
    out: list[Block] = [
        Para("Số liệu cả nước (cộng từ báo cáo của các địa phương; tỷ lệ tính lại từ số tổng):"),
        Table(
            ("STT", "Chỉ tiêu", "Đơn vị tính", "Cả nước", "Số địa phương báo cáo", "Mục tiêu", "Đánh giá"),
            numbered,
            ("center", "left", "center", "right", "center", "left", "left"),
            (0.8, 3.0, 1.0, 1.6, 1.1, 1.5, 1.2),
        ),
    ]
    if gaps:
        out.append(Para(GAP.format(what="; ".join(gaps)), "gap"))
    return out


def _national_kind(kind: Kind) -> bool:
    """A number or a yes/no: given as one national figure."""
    return kind.numeric or kind.switch


def _unit(spec: TemplateField) -> str:
    kind = kind_of(spec)
    if kind.switch:
        return "địa phương"
    if kind.numeric and not kind.additive:
        return "%"
    return spec.unit or kind.unit[0]


def target_for(spec: TemplateField, c: Consolidation) -> str:
    """The field's national target as the period's list of provinces allows: a count of provinces set for another
    list ('≥ 60 tỉnh, thành phố' of the 63) is shown with the list it was set for, never judged on the 34."""
    if not spec.target:
        return ""
    if spec.target_list and spec.target_list != c.unit_list.id:
        return f"{spec.target} (đặt cho danh sách {_list_size(spec.target_list)} tỉnh, thành phố)"
    return spec.target


def _list_size(list_id: str) -> int:
    try:
        return len(province_list(list_id).units)
    except KeyError:
        return 0


def _national_value(c: Consolidation, spec: TemplateField, count: int) -> tuple[str, str]:
    target = parse_target(spec.target) if spec.target else None
    kind = kind_of(spec)
    if kind.switch:
        yes = c.yes_count(spec.key).yes
        value, measured = format_int(yes), (100.0 * yes / len(c.provinces) if target and target.percent else yes)
    elif spec.is_computed:
        rate = c.rate_total(spec.key)
        if rate is None:
            return "—", "chưa tính được"
        value, measured = format_percent(rate, 2), rate
    elif not kind.additive:  # a percentage typed by each unit: no national figure
        return "—", ""
    else:
        total = c.total(spec.key) or 0
        value, measured = format_int(int(total)), float(total)
    if target is None:
        return value, ""
    if spec.target_list and spec.target_list != c.unit_list.id:
        return value, f"không áp dụng cho {len(c.provinces)} tỉnh, thành phố"
    if target.span is not None and c.period.kind != "review":
        return value, f"chỉ tiêu cả giai đoạn {target.span[0]}–{target.span[1]}"
    if count < len(c.provinces):
        # A national target judged on a few provinces says nothing about the country.
        return value, f"chưa đủ số liệu ({count}/{len(c.provinces)})"
    return value, "Đạt" if meets(target, measured) else "Chưa đạt"


def ends(ranked: list[tuple[UnitRow, float]], few: int = STANDOUT) -> tuple[list[tuple[UnitRow, float]], ...]:
    """The highest and the lowest few of a ranking (highest first), never the same unit at both ends: with 5 units,
    the top 2 and the bottom 2; with 2, one each; with 1, no ranking."""
    k = min(few, len(ranked) // 2)
    if k == 0:
        return [], []
    return ranked[:k], ranked[-k:][::-1]


def _standouts(c: Consolidation, fields: list[TemplateField]) -> list[Block]:
    out: list[Block] = []
    for spec in fields:
        if spec.is_computed:
            ranked = sorted(
                ((r, float(v)) for r in c.reported if (v := r.rates.get(spec.key)) is not None),
                key=lambda item: -item[1],
            )
            top, low = ends(ranked)
            if not top:
                continue
            rate = c.rate_total(spec.key)
            text = f"{spec.label}"
            if rate is not None:
                text += f" chung của {len(ranked)} địa phương là {format_percent(rate, 1)}%"
            text += f"; cao nhất: {_ranked(top, percent=True)}; thấp nhất: {_ranked(low, percent=True)}."
            target = parse_target(spec.target) if spec.target else None
            if target is not None:
                below = [r for r, v in ranked if not meets(target, v)]
                text += f" {len(ranked) - len(below)}/{len(ranked)} địa phương đạt mục tiêu {spec.target}"
                text += f"; chưa đạt: {_names(below, NAMED)}." if below else "."
                out.append(Para(text, "item"))
                out.append(
                    Chart(
                        "rates",
                        f"{spec.label} theo địa phương",
                        tuple(r.unit.name for r, _ in ranked),
                        tuple(v for _, v in ranked),
                        target=target.value,
                        caption=f"{spec.label} theo địa phương (%), đường ngang: mục tiêu {spec.target}",
                    )
                )
            else:
                out.append(Para(text, "item"))
        elif kind_of(spec).switch and spec.target:
            no = [r for r in c.reported if r.values.get(spec.key) is False]
            if no:
                out.append(
                    Para(f"Địa phương chưa thực hiện — {_lower_first(spec.label)}: {_names(no, NAMED)}.", "item")
                )
        elif kind_of(spec).additive and spec.target:
            ranked_n = sorted(
                ((r, float(v)) for r in c.reported if isinstance(v := r.values.get(spec.key), int | float)),
                key=lambda item: -item[1],
            )
            top, low = ends(ranked_n)
            if top:
                out.append(Para(f"{spec.label}: nhiều nhất {_ranked(top)}; ít nhất {_ranked(low)}.", "item"))
    return out


def _lower_first(label: str) -> str:
    """'Đã tổ chức … Ngày Quyền của người tiêu dùng Việt Nam' → 'đã tổ chức …', proper names kept."""
    return label[:1].lower() + label[1:]


def _ranked(items: list[tuple[UnitRow, float]], *, percent: bool = False) -> str:
    show_value = (lambda v: f"{format_percent(v, 1)}%") if percent else (lambda v: format_int(int(v)))
    return ", ".join(f"{r.name} ({show_value(v)})" for r, v in items)


def _tables(c: Consolidation, fields: list[TemplateField]) -> list[Block]:
    """A table's items in a sentence: how many, from how many units, their totals and a few examples."""
    out: list[Block] = []
    for spec in fields:
        if not kind_of(spec).has_columns:
            continue
        items = c.table_rows(spec.key)
        units = {row.unit.code for row, _ in items}
        if not items:
            out.append(Para(GAP.format(what=f"không đơn vị nào kê {spec.label.lower()}"), "gap"))
            continue
        totals = c.table_totals(spec.key)
        parts = [
            f"{col.label.lower()}: {format_int(int(totals[col.key]))}" for col in spec.columns if col.key in totals
        ]
        extra = f"; cộng {', '.join(parts)}" if parts else ""
        text = f"{spec.label}: {len(items)} mục do {len(units)} đơn vị báo cáo{extra}."
        examples = _examples(spec, items)
        if examples:
            text += f" Tiêu biểu: {examples}."
        out.append(Para(text, "item"))
    return out


def _examples(spec: TemplateField, items: list[tuple[UnitRow, dict[str, Any]]]) -> str:
    """The few items a person would cite: the largest by the table's first summed column, else the first ones."""
    words = [col.key for col in spec.columns if kind_of(col).layout == "indicator" and col.kind == "line"]
    if not words:
        return ""
    summed = next((col.key for col in spec.columns if col.total), None)
    if summed is not None:
        items = sorted(items, key=lambda item: -float(_number_or_zero(item[1].get(summed))))
    chosen = []
    for row, item in items[:STANDOUT]:
        said = " – ".join(str(item.get(key) or "").strip() for key in words if str(item.get(key) or "").strip())
        if said:
            chosen.append(f"{said} ({row.unit.name})")
    return "; ".join(chosen)


def _number_or_zero(value: Any) -> float:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else 0.0


def _strip_name(text: str, row: UnitRow) -> str:
    """The unit's words without a leading 'Nghệ An:' the draft already says."""
    for name in (row.name, row.unit.name):
        if text.startswith(name + ":"):
            return text[len(name) + 1 :].strip()
    return text.strip()


def first_sentence(text: str, limit: int = EXCERPT) -> str:
    """The opening of a unit's text: its first sentence (or line), cut at a word near `limit` characters."""
    line = text.strip().split("\n", 1)[0].strip()
    match = re.search(r"[.;!?](\s|$)", line)
    sentence = line[: match.end()].strip() if match else line
    if len(sentence) > limit:
        sentence = sentence[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"
    return sentence


def _narratives(c: Consolidation, fields: list[TemplateField]) -> list[Block]:
    """A summary sentence and the opening words of a few units; every unit's full text is in the appendix."""
    out: list[Block] = []
    units = [*c.reported, *c.ministries]
    for spec in fields:
        if kind_of(spec).layout != "narrative":
            continue
        said = [(r, _strip_name(str(r.values.get(spec.key) or ""), r)) for r in units]
        silent = [r for r, text in said if not text]
        said = [(r, text) for r, text in said if text]
        if len(fields) > 1 or not said:
            out.append(Para(f"{spec.label}:", "body"))
        if said:
            # The fullest accounts first: they are the ones a reader of the whole set would quote.
            quoted = sorted(said, key=lambda item: -len(item[1]))[:STANDOUT]
            lead = f"{len(said)}/{len(units)} đơn vị báo cáo nội dung này (toàn văn tại Phụ lục)"
            out.append(Para(lead + ("; tiêu biểu:" if len(said) > len(quoted) else ":")))
            for row, text in quoted:
                out.append(Para(f"{row.name}: {first_sentence(text)}", "item"))
        if silent:
            what = f"{len(silent)} đơn vị không báo cáo nội dung này ({_names(silent, NAMED)})"
            out.append(Para(GAP.format(what=what), "gap"))
    return out


# --- appendices ----------------------------------------------------------------------------------------


def _appendices(c: Consolidation) -> list[Block]:
    numbers = iter(ROMAN)
    out: list[Block] = [Heading(1, f"PHỤ LỤC {next(numbers)}. SỐ LIỆU CỦA TỪNG ĐỊA PHƯƠNG, BỘ, NGÀNH")]
    for section in c.template.iter_sections():
        numeric = [f for f in section.fields if kind_of(f).additive or f.is_computed]
        parts = range(0, len(numeric), APPENDIX_COLUMNS)
        for number, start in enumerate(parts, start=1):
            chunk = numeric[start : start + APPENDIX_COLUMNS]
            # A section too wide for one table goes on in the next: 'phần 1/3', … (not the same heading twice).
            title = section.title if len(parts) == 1 else f"{section.title} (phần {number}/{len(parts)})"
            out.append(_unit_table(c, title, chunk))
    out.append(Heading(1, f"PHỤ LỤC {next(numbers)}. CÁC ĐƠN VỊ CHƯA GỬI BÁO CÁO"))
    missing = c.missing
    if missing:
        listed = tuple((str(i), r.unit.code, r.name) for i, r in enumerate(missing, start=1))
        out.append(Table(("STT", "Mã", "Địa phương"), listed, ("center", "center", "left"), (0.7, 0.8, 4.0)))
    else:
        out.append(Para("Tất cả các địa phương đã gửi báo cáo."))
    if c.ministries:  # the ministries are asked when some have reported; none yet is not '0/19'
        sent = {r.unit.code for r in c.ministries}
        absent = [u.display_name for u in agencies() if u.code not in sent]
        if absent:
            out.append(Para(f"Các bộ, ngành, cơ quan chưa gửi báo cáo ({len(absent)}): {_names(absent)}."))
    unmatched = c.unmatched()
    if unmatched:
        out.append(Heading(1, f"PHỤ LỤC {next(numbers)}. SỐ LIỆU THEO MẪU CŨ KHÔNG KHỚP MẪU HIỆN HÀNH"))
        rows = tuple(
            (
                str(i),
                row.name,
                f"v{row.source_version}" if row.source_version else "",
                str(item.get("label", item.get("key", ""))),
                _plain(item.get("value")),
                str(item.get("why", "")),
            )
            for i, (row, item) in enumerate(unmatched, start=1)
        )
        out.append(
            Table(
                ("STT", "Đơn vị", "Mẫu", "Trường", "Giá trị", "Lý do"),
                rows,
                ("center", "left", "center", "left", "left", "left"),
                (0.5, 1.8, 0.6, 2.0, 1.5, 2.2),
            )
        )
    out.extend(_texts_appendix(c, next(numbers)))
    return out


def _texts_appendix(c: Consolidation, number: str) -> list[Block]:
    """Every unit's own words, field by field in the template's order: what the body only summarises."""
    units = [*c.reported, *c.ministries]
    sections: list[Block] = []
    for section in c.template.iter_sections():
        for spec in section.fields:
            if kind_of(spec).layout != "narrative":
                continue
            said = [(r, _strip_name(str(r.values.get(spec.key) or ""), r)) for r in units]
            said = [(r, text) for r, text in said if text]
            if not said:
                continue
            several = sum(1 for f in section.fields if kind_of(f).layout == "narrative") > 1
            title = f"{section.title} — {spec.label}" if several else section.title
            sections.append(Heading(2, title))
            for row, text in said:
                sections.append(Para(f"{row.name}: {text}", "item"))
    if not sections:
        return []
    return [Heading(1, f"PHỤ LỤC {number}. NỘI DUNG BÁO CÁO CỦA TỪNG ĐỊA PHƯƠNG, BỘ, NGÀNH"), *sections]


def _unit_table(c: Consolidation, title: str, fields: list[TemplateField]) -> Table:
    def cell(row: UnitRow, spec: TemplateField) -> str:
        if spec.is_computed:
            rate = row.rates.get(spec.key)
            return "" if rate is None else format_percent(rate, 1)
        value = row.values.get(spec.key)
        return format_int(int(value)) if isinstance(value, int | float) and not isinstance(value, bool) else ""

    rows = [(str(i), r.name, *(cell(r, f) for f in fields)) for i, r in enumerate(c.reported, start=1)]
    total = ["", "Tổng cộng các địa phương"]
    for spec in fields:
        if spec.is_computed:
            rate = c.rate_total(spec.key)
            total.append("" if rate is None else format_percent(rate, 1))
        else:
            total.append(format_int(int(c.total(spec.key) or 0)))
    ministries = tuple((f"B{i}", r.name, *(cell(r, f) for f in fields)) for i, r in enumerate(c.ministries, start=1))
    head = ("STT", "Đơn vị", *(f"{f.label} ({'%' if f.is_computed else _unit(f)})" for f in fields))
    right: tuple[Align, ...] = tuple("right" for _ in fields)
    return Table(
        head,
        tuple(rows),
        ("center", "left", *right),
        (0.7, 2.2, *([1.2] * len(fields))),
        total=tuple(total),
        caption=title,
        after_total=ministries,
    )


def _plain(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Có" if value else "Không"
    if isinstance(value, int):
        return format_int(value)
    if isinstance(value, list | dict):
        return str(value)
    return str(value)
