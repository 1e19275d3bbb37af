"""Issue 13: identity conflicts are kept for a person to decide, never skipped silently; every version is kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from msgspec.structs import replace

from gui.core.template import active_template
from gui.inbox.consolidate import consolidate
from gui.inbox.importer import Outcome, import_paths
from gui.operations.inbox import Decision, NotCountableError, open_conflicts, resolve_conflict, unit_versions
from gui.signing.settings import SigningSettings, save_settings
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
    (conflict,) = open_conflicts(store=store)
    assert conflict.unit_code == second.unit.code and conflict.existing_report_id == run.results[0].report_id
    again = import_paths(store, [tmp_path / "b.json"])  # importing it again does not pile up conflicts
    assert again.results[0].outcome is Outcome.CONFLICT and len(open_conflicts(store=store)) == 1
    kept = resolve_conflict(store=store, conflict_id=conflict.id, take=False)
    assert kept.decision is Decision.KEPT and kept.report_id is None
    assert open_conflicts(store=store) == ()


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


def _clash(tmp_path: Path, store: ReportStore, index: int = 6):  # type: ignore[no-untyped-def]
    """An unsigned report counted, then another of the same unit and moment: a conflict; then the Ministry
    requires signatures (Settings), so an unsigned version taken now would wait ("chờ xác nhận")."""
    doc = province_docs("2025")[index]
    other = replace(province_docs("2025", seed=7)[index], updated_at=doc.updated_at)
    run = import_paths(store, [_write(tmp_path / "a.json", doc), _write(tmp_path / "b.json", other)])
    assert [r.outcome for r in run.results] == [Outcome.IMPORTED, Outcome.CONFLICT]
    save_settings(SigningSettings(require_signatures=True))
    (conflict,) = open_conflicts(store=store)
    return doc, other, conflict


def test_taking_a_conflict_that_would_not_count_is_refused_on_the_command_line_until_accepted(
    tmp_path: Path, db_path: Path, store: ReportStore, cli
) -> None:
    """Issue 21: 'take' is no way around issue 20's counting rule; 'resolve --take --accept' is a person's knowing
    acceptance, recorded as 'inbox accept' records it."""
    doc, other, conflict = _clash(tmp_path, store)
    before = unit_versions(store=store, unit_code=doc.unit.code, period_id="2025").versions
    store.close()
    refused = cli("inbox", "resolve", "--db", db_path, str(conflict.id), "--take")
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    assert "không được tính vào tổng hợp" in refused.stderr and "Bộ yêu cầu chữ ký số" in refused.stderr
    assert f"bvntd inbox resolve {conflict.id} --take --accept" in refused.stderr
    assert cli("inbox", "resolve", "--db", db_path, str(conflict.id), "--keep", "--accept").returncode == 2

    reopened = ReportStore.open(db_path)
    try:  # nothing stored, the conflict still open
        assert unit_versions(store=reopened, unit_code=doc.unit.code, period_id="2025").versions == before
        assert [c.id for c in open_conflicts(store=reopened)] == [conflict.id]
    finally:
        reopened.close()

    taken = cli("inbox", "resolve", "--db", db_path, str(conflict.id), "--take", "--accept")
    assert taken.returncode == 0, taken.stderr
    assert "đã nhận bản mới" in taken.stdout and "đã chấp nhận" in taken.stdout
    reopened = ReportStore.open(db_path)
    try:
        (row,) = [r for r in consolidate(reopened, "2025").reported if r.unit.code == doc.unit.code]
        assert row.values["direction_summary"] == other.values["direction_summary"]
    finally:
        reopened.close()


def test_taking_a_conflict_that_would_not_count_is_refused_in_the_window_with_the_same_words(
    qtbot, tmp_path: Path, store: ReportStore, monkeypatch
) -> None:
    from gui.views.inbox import conflicts as page

    doc, other, conflict = _clash(tmp_path, store, index=8)
    with pytest.raises(NotCountableError) as refused:  # the words the command line prints after "Lỗi: "
        resolve_conflict(store=store, conflict_id=conflict.id, take=True)
    asked: list[str] = []
    answer = {"yes": False}

    def fake_confirm(parent, title, text, yes):  # type: ignore[no-untyped-def]
        asked.append(text)
        assert yes == "Nhận và chấp nhận"
        return answer["yes"]

    monkeypatch.setattr(page, "confirm", fake_confirm)
    panel = page.ConflictsPanel(store)
    qtbot.addWidget(panel)
    panel.table.selectRow(0)
    assert panel.decide_selected(take=True) is False  # declined: nothing taken
    assert asked == [str(refused.value)]
    assert panel.table.rowCount() == 1 and len(open_conflicts(store=store)) == 1
    answer["yes"] = True
    panel.table.selectRow(0)
    assert panel.decide_selected(take=True) is True
    assert panel.table.rowCount() == 0
    (row,) = [r for r in consolidate(store, "2025").reported if r.unit.code == doc.unit.code]
    assert row.values["direction_summary"] == other.values["direction_summary"]
    (taken,) = [v for v in unit_versions(store=store, unit_code=doc.unit.code, period_id="2025").versions if v.current]
    assert "xung đột số" in taken.notes


def test_a_fault_while_deciding_is_logged_and_said_and_the_conflict_stays(
    qtbot, tmp_path: Path, store: ReportStore, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from gui.views.inbox import conflicts as page

    _clash(tmp_path, store, index=9)
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: said.append(text))

    def broken(**_kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk gone")

    monkeypatch.setattr(page, "resolve_conflict", broken)
    panel = page.ConflictsPanel(store)
    qtbot.addWidget(panel)
    panel.table.selectRow(0)
    assert panel.decide_selected(take=False) is False
    assert len(said) == 1 and "lỗi không mong muốn" in said[0] and "Traceback" not in said[0]
    assert panel.table.rowCount() == 1 and len(open_conflicts(store=store)) == 1
