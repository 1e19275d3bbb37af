"""Storage: migrations, saving survives reopening, NFC on the way in, history and undo after restart, trash."""

from __future__ import annotations

import sqlite3
import unicodedata
from pathlib import Path

import pytest

from gui.core.header import validate_document
from gui.core.period import parse_period
from gui.core.template import active_template
from gui.core.units import province_list_at
from gui.core.values import ValueError_
from gui.store.database import connect
from gui.store.errors import NewerDatabaseError, StoreError
from gui.store.migrations import migrations
from gui.store.reports import ReportStore, create_demo_report


def _new_report(store: ReportStore) -> int:
    period = parse_period("2025")
    return store.create_report(province_list_at(period.end).get("01"), period, active_template())


def test_migrations_on_an_empty_database_and_twice(db_path: Path) -> None:
    db = connect(db_path)
    assert not migrations.pending(db)
    assert {"reports", "report_values", "revisions", "profile", "exports"} <= set(db.table_names())
    db.conn.close()
    db = connect(db_path)  # the second run applies nothing and changes nothing
    assert len(migrations.applied(db)) == len(migrations._migrations)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.conn.close()


def test_an_edit_survives_closing_and_reopening(db_path: Path) -> None:
    store = ReportStore.open(db_path)
    report_id = _new_report(store)
    store.set_value(report_id, "cp_received", 120)
    store.set_value(report_id, "sm_results", unicodedata.normalize("NFD", "Đã tổ chức hội nghị"))
    store.close()
    again = ReportStore.open(db_path)
    values = again.values(report_id)
    assert values["cp_received"] == 120
    assert values["sm_results"] == "Đã tổ chức hội nghị"
    assert unicodedata.is_normalized("NFC", values["sm_results"])


def test_undo_after_restart_restores_the_earlier_value(db_path: Path) -> None:
    store = ReportStore.open(db_path)
    report_id = _new_report(store)
    store.set_value(report_id, "focal_agency", "Sở Công Thương")
    store.set_value(report_id, "focal_agency", "Sở Tư pháp")
    store.close()
    store = ReportStore.open(db_path)
    assert [r.new_value for r in store.history(report_id, "focal_agency")] == ["Sở Tư pháp", "Sở Công Thương"]
    undone = store.undo(report_id)
    assert undone is not None and undone.key == "focal_agency"
    assert store.values(report_id)["focal_agency"] == "Sở Công Thương"
    store.undo(report_id)
    assert "focal_agency" not in store.values(report_id)


def test_a_value_of_the_wrong_shape_is_refused_and_nothing_changes(db_path: Path) -> None:
    store = ReportStore.open(db_path)
    report_id = _new_report(store)
    store.set_value(report_id, "cp_received", 5)
    with pytest.raises(ValueError_, match="Tổng số yêu cầu"):
        store.set_values(report_id, {"cp_resolved": 3, "cp_received": "nhiều"})
    assert store.values(report_id) == {"cp_received": 5}
    with pytest.raises(KeyError):
        store.set_value(report_id, "cp_success_rate", 50.0)


def test_trash_and_restore(db_path: Path) -> None:
    store = ReportStore.open(db_path)
    report_id = _new_report(store)
    store.delete_report(report_id)
    assert store.list_reports() == [] and [r.id for r in store.list_reports(trash=True)] == [report_id]
    store.restore_report(report_id)
    assert [r.id for r in store.list_reports()] == [report_id]


def test_duplicate_for_a_later_period_keeps_texts_not_number(db_path: Path) -> None:
    store = ReportStore.open(db_path)
    demo = create_demo_report(store)
    copy_id = store.duplicate_report(demo, parse_period("2026"))
    copy = store.document(copy_id)
    assert copy.period.id == "2026" and copy.header.number == "" and copy.header.date is None
    assert copy.values["sm_results"] == store.document(demo).values["sm_results"]
    assert copy.uid != store.document(demo).uid


def test_the_demo_report_is_complete(db_path: Path) -> None:
    store = ReportStore.open(db_path)
    report_id = create_demo_report(store)
    summary = store.summary(report_id)
    assert summary.unit_name == "Nghệ An" and summary.completion > 0.95
    problems = validate_document(store.document(report_id), active_template())
    assert [p.message for p in problems if p.is_error] == []


def test_a_database_from_a_newer_app_is_refused(db_path: Path) -> None:
    connect(db_path).conn.close()
    conn = sqlite3.connect(db_path)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('bvntd', 'm999_future', 'x')"
    )
    conn.commit()
    conn.close()
    with pytest.raises(NewerDatabaseError, match="phiên bản mới hơn"):
        connect(db_path)


def test_a_damaged_file_is_refused_with_a_way_out(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match=r"bị hỏng|sao lưu"):
        connect(path)


def test_the_fast_list_reads_what_the_store_lists(db_path: Path) -> None:
    from gui.store.listing import read_report_list

    assert read_report_list(db_path) is None  # no file yet: the caller opens the full store
    store = ReportStore.open(db_path)
    create_demo_report(store)
    _new_report(store)
    assert read_report_list(db_path) == store.list_reports()
    assert read_report_list(db_path, trash=True) == []
