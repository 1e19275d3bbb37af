"""What a reader must find in the PDF of a document: every filled value, as the report prints it."""

from __future__ import annotations

from typing import Any

from gui.core.document import ReportDocument
from gui.core.numbers import format_int, format_percent
from gui.core.template import Template
from gui.core.values import computed_values, table_totals


def _date(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}"


def shown(template: Template, spec: Any, value: Any) -> list[str]:
    if value is None or value == "" or value == []:
        return []
    kind = spec.kind
    if kind == "text":
        return [line.strip() for line in value.split("\n") if line.strip()]
    if kind in ("integer", "money"):
        return [format_int(value)]
    if kind == "percent":
        return [format_percent(value)]
    if kind == "yesno":
        return ["Có" if value else "Không"]
    if kind == "date":
        return [_date(value)]
    if kind == "docref":
        return [f"số {value['number']}, ngày {_date(value['date'])}"]
    if kind == "choice":
        return [template.choice_label(spec.choices, value)]
    if kind == "table":
        out = []
        for row in value:
            for column in spec.columns:
                out += shown(template, column, row.get(column.key))
        out += [format_int(int(total)) for total in table_totals(spec, value).values()]
        return out
    return [str(value)]


def expected_texts(doc: ReportDocument, template: Template) -> list[str]:
    values = {**doc.values, **{k: v for k, v in computed_values(template, doc.values).items() if v is not None}}
    out: list[str] = []
    for field in template.iter_fields():
        out += shown(template, field, values.get(field.key))
    h = doc.header
    out += [
        h.parent_body.upper().removeprefix("ỦY BAN NHÂN DÂN "),
        h.agency.upper(),
        f"Số: {h.number}/{h.symbol}",
        *h.addressee,
        h.signer.name,
        f"{h.signer.authority} {h.signer.authority_of}".strip(),
        h.signer.position,
    ]
    out += [f"- {r};" for r in h.recipients[:-1]] + [f"- {h.recipients[-1]}."]
    return [x for x in out if x]
