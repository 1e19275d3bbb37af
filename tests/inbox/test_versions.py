"""Reports made with an older template version: read into the current one, the rest shown, never dropped."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from msgspec.structs import replace

from gui.core.template import Template, active_template
from gui.inbox.consolidate import consolidate
from gui.inbox.importer import Outcome, import_paths
from gui.inbox.xlsx import write_xlsx
from gui.store.reports import ReportStore
from tests.inbox.conftest import province_docs, write_docs


def test_a_v1_report_is_read_into_v2_with_its_unmatched_fields_shown(
    tmp_path: Path, store: ReportStore, next_template: Template
) -> None:
    v1 = active_template.__wrapped__()  # the shipped v1, whatever the app now calls active
    assert (v1.version, next_template.version) == (1, 2)
    docs = province_docs("2025", template=v1)[:3]
    write_docs(tmp_path / "in", docs, "pdf")

    run = import_paths(store, [tmp_path / "in"])

    assert [r.outcome for r in run.results] == [Outcome.IMPORTED] * 3
    first, doc = run.results[0], docs[0]
    assert first.source_version == 1
    unmatched = {u["key"]: u for u in first.unmatched}
    # Removed and renamed fields, a kind that changed, a dropped table column: each kept with its value.
    assert unmatched["staff_fulltime"]["value"] == doc.values["staff_fulltime"]
    assert unmatched["cm_broadcasts"]["value"] == doc.values["cm_broadcasts"]
    assert "integer → yesno" in unmatched["cm_rights_day_activities"]["why"]
    if doc.values.get("campaigns"):
        assert unmatched["campaigns.form"]["value"] == [row["form"] for row in doc.values["campaigns"]]
    assert "không khớp mẫu hiện hành" in first.reason and "staff_fulltime" in first.reason

    stored = store.document(first.report_id)
    assert stored.template.version == 2
    assert stored.values["cp_received"] == doc.values["cp_received"]  # same key, same kind: carried over
    assert stored.values["plan_issuer"] == doc.values["plan_issuer"]  # line → text is compatible
    assert "staff_fulltime" not in stored.values

    summary = consolidate(store, "2025")
    shown = {(row.unit.code, item["key"]) for row, item in summary.unmatched()}
    assert (doc.unit.code, "staff_fulltime") in shown
    out = tmp_path / "tong-hop.xlsx"
    write_xlsx(summary, out)
    sheet = openpyxl.load_workbook(out)["Không khớp mẫu"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert (doc.unit.code, "staff_fulltime", doc.values["staff_fulltime"]) in {(r[0], r[3], r[5]) for r in rows}


def test_reports_stored_before_an_upgrade_are_consolidated_in_the_new_template(
    tmp_path: Path, db_path: Path, monkeypatch
) -> None:
    write_docs(tmp_path / "in", province_docs("2024")[:2])
    store = ReportStore.open(db_path)
    import_paths(store, [tmp_path / "in"])
    store.close()

    from gui.core import template as templates
    from gui.core.template import load_template
    from tests.inbox.conftest import FIXTURES

    v2 = load_template(FIXTURES / "nq82-v2.json")
    monkeypatch.setattr(templates, "active_template", lambda: v2)  # the app was upgraded since
    store = ReportStore.open(db_path)
    summary = consolidate(store, "2024")
    store.close()
    assert summary.template.version == 2
    assert len(summary.reported) == 2
    assert {item["key"] for _, item in summary.unmatched()} >= {"staff_fulltime", "cm_broadcasts"}


def test_a_choice_the_current_template_dropped_is_listed_and_the_report_still_imports(
    tmp_path: Path, store: ReportStore, next_template: Template
) -> None:
    v1 = active_template.__wrapped__()
    offered_now = {choice.value for choice in next_template.choices["document_kind"]}
    assert "resolution" not in offered_now  # v1 offers "Nghị quyết"; the stand-in v2 does not
    doc = province_docs("2025", template=v1)[0]
    table_key = "documents_issued"
    rows = [dict(row) for row in doc.values[table_key]]
    rows[0]["doc_kind"] = "resolution"
    doc = replace(doc, values={**doc.values, table_key: rows})
    write_docs(tmp_path / "in", [doc], "pdf")

    run = import_paths(store, [tmp_path / "in"])

    result = run.results[0]
    assert result.outcome == Outcome.IMPORTED, result.reason
    unmatched = {u["key"]: u for u in result.unmatched}
    assert unmatched[f"{table_key}.doc_kind"]["value"] == ["resolution"]
    assert "không có trong danh sách của mẫu hiện hành" in unmatched[f"{table_key}.doc_kind"]["why"]
    stored = store.document(result.report_id).values[table_key]
    assert stored[0]["doc_kind"] is None and stored[0]["summary"] == rows[0]["summary"]
    assert [r["doc_kind"] for r in stored[1:]] == [r["doc_kind"] for r in rows[1:]]
