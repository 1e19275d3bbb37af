"""Issue 13: identity conflicts are kept for a person to decide, never skipped silently; every version is kept."""

from __future__ import annotations

from pathlib import Path

from msgspec.structs import replace

from gui.core.template import active_template
from gui.inbox.consolidate import consolidate
from gui.inbox.decisions import decide, open_conflicts
from gui.inbox.importer import Outcome, import_paths
from gui.store.reports import ReportStore
from tests.inbox.conftest import province_docs


def _write(path: Path, doc) -> Path:  # type: ignore[no-untyped-def]
    path.write_text(doc.to_json())
    return path


def test_the_same_identity_from_another_unit_is_a_conflict(tmp_path: Path, store: ReportStore) -> None:
    first, second = province_docs("2025")[:2]
    forged = replace(second, uid=first.uid, updated_at=first.updated_at)
    run = import_paths(store, [_write(tmp_path / "a.json", first), _write(tmp_path / "b.json", forged)])
    assert [r.outcome for r in run.results] == [Outcome.IMPORTED, Outcome.CONFLICT]
    assert "XUNG ĐỘT" in run.results[1].reason and "cùng mã định danh" in run.results[1].reason
    assert len(store.list_reports(origin="inbox")) == 1  # nothing of the clashing file counted
    (conflict,) = open_conflicts(store)
    assert conflict.unit_code == second.unit.code and conflict.existing_report_id == run.results[0].report_id
    again = import_paths(store, [tmp_path / "b.json"])  # importing it again does not pile up conflicts
    assert again.results[0].outcome is Outcome.CONFLICT and len(open_conflicts(store)) == 1
    assert decide(store, conflict.id, take=False) is None
    assert open_conflicts(store) == []


def test_same_unit_and_moment_with_other_content_waits_then_can_be_taken(
    tmp_path: Path, db_path: Path, store: ReportStore, cli
) -> None:
    doc = province_docs("2025")[3]
    other = replace(province_docs("2025", seed=5)[3], updated_at=doc.updated_at)
    assert other.uid != doc.uid and other.values["direction_summary"] != doc.values["direction_summary"]
    run = import_paths(store, [_write(tmp_path / "a.json", doc), _write(tmp_path / "b.json", other)])
    assert [r.outcome for r in run.results] == [Outcome.IMPORTED, Outcome.CONFLICT]
    assert "không biết bản nào đúng" in run.results[1].reason
    store.close()

    listed = cli("inbox", "conflicts", "--db", db_path)
    assert listed.returncode == 0 and "không biết bản nào đúng" in listed.stdout
    conflict_id = listed.stdout.split(":", 1)[0]
    taken = cli("inbox", "resolve", "--db", db_path, conflict_id, "--take")
    assert taken.returncode == 0 and "đã nhận bản mới" in taken.stdout, taken.stderr
    shown = cli("inbox", "versions", "--db", db_path, "--period", "2025", doc.unit.code)
    lines = shown.stdout.splitlines()
    assert "HIỆN HÀNH" in lines[0] and "bản trước" in lines[1], shown.stdout
    assert cli("inbox", "conflicts", "--db", db_path).stdout.startswith("Không có xung đột")
    assert cli("inbox", "resolve", "--db", db_path, conflict_id, "--keep").returncode == 2  # decided already

    reopened = ReportStore.open(db_path)
    try:
        (row,) = consolidate(reopened, "2025", template=active_template()).reported
        assert (
            row.updated_at == other.updated_at and row.values["direction_summary"] == other.values["direction_summary"]
        )
    finally:
        reopened.close()
