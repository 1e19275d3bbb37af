"""The list's use cases without a window: create, duplicate, trash and restore, on a real SQLite file."""

from __future__ import annotations

from pathlib import Path

import pytest
from msgspec.structs import replace

from gui.core.errors import UserError
from gui.core.period import parse_period
from gui.core.units import province_list_at
from gui.operations.reports import (
    ReceivedReportError,
    ReportInTrashError,
    ReportNotInTrashError,
    create_report,
    demo_report_ids,
    duplicate_report,
    move_to_trash,
    restore_from_trash,
    trash_demo_reports,
)
from gui.store.reports import ReportNotFound, ReportStore, create_demo_report


def _new(store: ReportStore, period: str = "2025", code: str = "40") -> int:
    p = parse_period(period)
    unit = province_list_at(p.end).get(code)
    assert unit is not None
    return create_report(store, unit, p)


def test_a_new_report_is_a_draft_of_the_unit_and_period_on_the_active_template(store: ReportStore) -> None:
    report_id = _new(store, "2025-H1")
    summary = store.summary(report_id)
    assert (summary.unit_code, summary.period_id, summary.status, summary.origin) == ("40", "2025-H1", "draft", "own")
    assert summary.template_id == "nq82-bvqlntd"


def test_duplicate_carries_the_texts_to_the_new_period_but_not_the_number(db_path: Path, store: ReportStore) -> None:
    source = _new(store, "2024")
    store.set_value(source, "nt_tasks", "Tiếp tục tuyên truyền.")
    store.set_value(source, "header.number", "12")
    new_id = duplicate_report(store, source, parse_period("2025"))
    store.close()

    again = ReportStore.open(db_path)  # what reached the file
    try:
        assert again.summary(new_id).period_id == "2025"
        assert again.values(new_id)["nt_tasks"] == "Tiếp tục tuyên truyền."
        assert again.header_values(source)["number"] == "12"
        assert again.header_values(new_id).get("number") is None  # a new period's report gets its own number
    finally:
        again.close()


def test_trash_and_restore_keep_the_report_whole(store: ReportStore) -> None:
    report_id = _new(store)
    store.set_value(report_id, "nt_tasks", "Giữ nguyên.")
    summary = move_to_trash(store, report_id)
    assert summary.id == report_id
    assert [s.id for s in store.list_reports()] == []
    assert [s.id for s in store.list_reports(trash=True)] == [report_id]

    restored = restore_from_trash(store, report_id)
    assert restored.deleted_at is None
    assert [s.id for s in store.list_reports()] == [report_id]
    assert store.values(report_id)["nt_tasks"] == "Giữ nguyên."


def test_what_cannot_be_done_is_refused_with_a_user_message_and_changes_nothing(store: ReportStore) -> None:
    report_id = _new(store)
    with pytest.raises(ReportNotInTrashError, match=f"số {report_id} không ở thùng rác"):
        restore_from_trash(store, report_id)
    move_to_trash(store, report_id)
    deleted_at = store.summary(report_id).deleted_at
    with pytest.raises(ReportInTrashError, match="hãy khôi phục nó trước"):
        move_to_trash(store, report_id)
    with pytest.raises(ReportInTrashError):
        duplicate_report(store, report_id, parse_period("2026"))
    assert store.summary(report_id).deleted_at == deleted_at
    assert len(store.list_reports(origin=None)) == 0 and len(store.list_reports(origin=None, trash=True)) == 1
    with pytest.raises(ReportNotFound, match="Không có báo cáo số 999"):
        move_to_trash(store, 999)


def test_a_report_received_from_another_unit_is_not_the_lists_to_change(store: ReportStore) -> None:
    source = _new(store)
    received = store.import_document(replace(store.document(source), uid="khac"), origin="inbox")
    for action in (
        lambda: move_to_trash(store, received),
        lambda: duplicate_report(store, received, parse_period("2026")),
    ):
        with pytest.raises(ReceivedReportError) as caught:
            action()
        assert isinstance(caught.value, UserError) and "nhận từ đơn vị khác" in str(caught.value)
    assert store.summary(received).deleted_at is None


def test_the_demo_reports_go_to_the_trash_and_the_users_stay(store: ReportStore) -> None:
    demo = create_demo_report(store)
    own = _new(store)
    assert demo_report_ids(store) == [demo]
    assert trash_demo_reports(store) == [demo]
    assert [s.id for s in store.list_reports()] == [own]
    assert demo_report_ids(store) == []
    restore_from_trash(store, demo)
    assert demo_report_ids(store) == [demo]


def test_the_refusals_speak_the_interface_language(store: ReportStore) -> None:
    from gui.core.i18n import set_language

    report_id = _new(store)
    set_language("en")
    try:
        with pytest.raises(ReportNotInTrashError, match=f"Report {report_id} is not in the trash"):
            restore_from_trash(store, report_id)
    finally:
        set_language("vi")
    with pytest.raises(ReportNotInTrashError, match=f"Báo cáo số {report_id} không ở thùng rác"):
        restore_from_trash(store, report_id)


def test_the_unit_of_a_new_report_is_the_code_given_else_the_profiles(store: ReportStore) -> None:
    from gui.operations.reports import NoUnitError, UnknownUnitError, new_report_unit

    with pytest.raises(NoUnitError, match="--unit 40"):
        new_report_unit(store, parse_period("2026"))
    assert new_report_unit(store, parse_period("2026"), "BYT").name == "Bộ Y tế"
    assert new_report_unit(store, parse_period("2026"), "byt").code == "BYT"
    # The list of provinces in force at the period's end: 34 from 01/7/2025, 63 before.
    assert new_report_unit(store, parse_period("2024"), "02").name == "Hà Giang"
    with pytest.raises(UnknownUnitError, match="'02' cho kỳ 2026"):
        new_report_unit(store, parse_period("2026"), "02")
    create_demo_report(store)  # its profile: Nghệ An
    assert new_report_unit(store, parse_period("2026")).name == "Nghệ An"
