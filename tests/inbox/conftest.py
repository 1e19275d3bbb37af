"""Received reports for the inbox tests: every province of a period with varied (seeded) values, as PDFs or JSON."""

from __future__ import annotations

import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from gui.core import template as templates
from gui.core.document import ReportDocument
from gui.core.period import parse_period
from gui.core.template import Template, active_template, load_template
from gui.core.units import Unit, agencies, province_list_at
from gui.inbox.samples import sample_document
from gui.store.reports import ReportStore

FIXTURES = Path(__file__).parent / "fixtures"


def province_docs(period_id: str, seed: int = 1, template: Template | None = None) -> list[ReportDocument]:
    period = parse_period(period_id)
    template = template or active_template()
    return [sample_document(template, unit, period, seed=seed) for unit in province_list_at(period.end).units]


def ministry_doc(code: str, period_id: str, seed: int = 1) -> ReportDocument:
    unit = next(u for u in agencies() if u.code == code)
    return sample_document(active_template(), unit, parse_period(period_id), seed=seed)


def province(code: str, period_id: str) -> Unit:
    unit = province_list_at(parse_period(period_id).end).get(code)
    assert unit is not None
    return unit


def render_pdf(doc: ReportDocument) -> bytes:
    """The official PDF when the renderer is there; until then a one-page PDF carrying the same attachments."""
    try:
        from gui.pdf.render import render_report
    except ImportError:
        return minimal_pdf(doc)
    return render_report(doc, templates.template_for(doc.template.id, doc.template.version), draft=False)


def minimal_pdf(doc: ReportDocument | None, extra: list | None = None) -> bytes:
    """A small PDF with the report's data attached the way the app attaches it (None: no data, like a scan)."""
    from reportlab.pdfgen.canvas import Canvas

    from gui.pdf.embedded import attach_files, report_attachments

    out = io.BytesIO()
    canvas = Canvas(out)
    canvas.drawString(100, 750, "BAO CAO")
    attachments = (report_attachments(doc) if doc is not None else []) + (extra or [])
    attach_files(canvas, attachments)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def write_docs(folder: Path, docs: list[ReportDocument], kind: str = "json") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for doc in docs:
        path = folder / f"{doc.unit.code}-{doc.period.id}-{doc.uid[:8]}.{kind}"
        if kind == "json":
            path.write_text(doc.to_json(), encoding="utf-8")
        else:
            path.write_bytes(render_pdf(doc))
        paths.append(path)
    return paths


def dump(store: ReportStore) -> list[str]:
    """Everything in the database, as SQL: two equal dumps mean nothing changed."""
    return list(store.db.conn.iterdump())


@pytest.fixture
def store(db_path: Path) -> Iterator[ReportStore]:
    opened = ReportStore.open(db_path)
    yield opened
    opened.close()


@pytest.fixture
def next_template(monkeypatch: pytest.MonkeyPatch) -> Template:
    """The app as it will be once template version 2 ships (tests/inbox/fixtures/nq82-v2.json): v1 reports are
    then 'older'. Version 0 cannot stand for the old one: the document format numbers versions from 1."""
    v2 = load_template(FIXTURES / "nq82-v2.json")
    shipped = templates.available_templates()
    monkeypatch.setattr(templates, "active_template", lambda: v2)
    monkeypatch.setattr(
        templates, "available_templates", lambda: {**shipped, (v2.id, v2.version): FIXTURES / "nq82-v2.json"}
    )
    return v2


@pytest.fixture
def json_bytes() -> Callable[[ReportDocument], bytes]:
    return lambda doc: json.dumps(doc.to_data(), ensure_ascii=False).encode()
