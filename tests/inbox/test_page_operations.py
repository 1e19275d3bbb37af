"""Issue 21: the inbox's pages run their operations through the window's one path (gui/views/run_operation.py, by
way of gui/views/inbox/page_operation.py). A refusal is said as before — its words, its title, and on the
certificates page in the note too — and changes nothing; an unexpected error goes to the log file and is said
politely, never a traceback, and the page stays as it was. The import and the re-verification keep their worker
threads; their faults end in the same polite words."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from gui.core.errors import UserError
from gui.logs import log_file
from gui.operations.inbox import open_conflicts, resolve_conflict
from gui.operations.trust import add_certificate, list_certificates, load_trust_files
from gui.store.reports import ReportStore
from tests.inbox.test_conflicts import _clash


@pytest.fixture(autouse=True)
def no_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BVNTD_NO_DIALOGS", "1")  # warnings go to the log instead of a box waiting for a click


def said(caplog: pytest.LogCaptureFixture) -> list[tuple[str, str]]:
    """The warnings the person would have read: (title, text)."""
    return [(r.__dict__.get("title", ""), r.getMessage()) for r in caplog.records if r.name == "gui.views.messages"]


def assert_polite(text: str, fault: str, action: str) -> None:
    """Our fault said politely with where its details are, and those details (the traceback) in the log file."""
    assert "lỗi không mong muốn" in text and str(log_file()) in text
    assert "RuntimeError" not in text and "Traceback" not in text and fault not in text
    logged = log_file().read_text(encoding="utf-8")
    assert "Traceback" in logged and f"RuntimeError: {fault}" in logged and f"“{action}”" in logged


def broken(fault: str) -> Any:
    def operation(**_kwargs: Any) -> Any:
        raise RuntimeError(fault)

    return operation


# --- the certificates page ----------------------------------------------------------------------------------


def test_a_refused_certificate_is_said_in_the_note_and_a_warning_as_before(
    qtbot: Any, store: ReportStore, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    from gui.views.inbox.certificates import TrustPanel

    junk = tmp_path / "rác.cer"
    junk.write_bytes(b"not a certificate")
    with pytest.raises(UserError) as refused:  # the operation's own words, as the command line prints them
        add_certificate(store=store, unit_kind="province", unit_code="40", role="signer", path=junk, reverify_now=False)
    panel = TrustPanel(store)
    qtbot.addWidget(panel)
    panel.register("province", "40", "signer", junk)
    assert said(caplog) == [("Chứng thư số", str(refused.value))]
    assert panel.note.text() == str(refused.value) and "rác.cer" in panel.note.text()
    assert list_certificates(store=store) == [] and panel.registry.rowCount() == 0 and not panel.busy
    with pytest.raises(UserError) as not_trust:
        load_trust_files(store=store, paths=[junk], reverify_now=False)
    panel.load_files([junk])
    assert said(caplog)[-1] == ("Chứng thư số", str(not_trust.value)) and panel.note.text() == str(not_trust.value)
    assert panel.sources.rowCount() == 0


def test_an_unexpected_error_on_the_certificates_page_is_logged_and_said_politely(
    qtbot: Any, store: ReportStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from gui.views.inbox import certificates as page

    panel = page.TrustPanel(store)
    qtbot.addWidget(panel)
    panel.note.setText("Đã nạp: gốc.cer.")
    changed: list[bool] = []
    panel.changed.connect(lambda: changed.append(True))
    monkeypatch.setattr(page, "add_certificate", broken("sổ chứng thư hỏng giả định"))
    cert = tmp_path / "nghe-an.cer"
    cert.write_bytes(b"-----BEGIN CERTIFICATE-----")
    panel.register("province", "40", "signer", cert)  # no exception escapes to the event loop
    [(title, text)] = said(caplog)
    assert title == "Chứng thư số"
    assert_polite(text, "sổ chứng thư hỏng giả định", "Chứng thư số")
    assert panel.note.text() == "Đã nạp: gốc.cer." and changed == [] and not panel.busy  # nothing changed
    assert list_certificates(store=store) == [] and panel.registry.rowCount() == 0


def test_a_fault_in_the_re_verification_thread_ends_in_the_polite_words(
    qtbot: Any, store: ReportStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from gui.views.inbox import certificates as page
    from gui.views.inbox import reverify_worker

    loaded = SimpleNamespace(added=[SimpleNamespace(name="gốc.cer")])
    monkeypatch.setattr(page, "load_trust_files", lambda **_kwargs: loaded)  # a root loaded: all verified again
    monkeypatch.setattr(reverify_worker, "reverify", broken("CRL hỏng giả định"))
    panel = page.TrustPanel(store)
    qtbot.addWidget(panel)
    panel.load_files([tmp_path / "gốc.cer"])
    assert panel.busy  # on its worker thread, as before
    qtbot.waitUntil(lambda: not panel.busy, timeout=30_000)
    [(title, text)] = said(caplog)
    assert title == "Chứng thư số"
    assert_polite(text, "CRL hỏng giả định", "Re-verification")
    assert panel.note.text() == text and panel.load_button.isEnabled()


# --- the conflicts panel ------------------------------------------------------------------------------------


def test_a_conflict_decided_meanwhile_is_refused_in_the_panel_with_its_words(
    qtbot: Any, tmp_path: Path, store: ReportStore, caplog: pytest.LogCaptureFixture
) -> None:
    from gui.views.inbox.conflicts import ConflictsPanel

    _doc, _other, conflict = _clash(tmp_path, store, index=10)
    panel = ConflictsPanel(store)
    qtbot.addWidget(panel)
    changed: list[bool] = []
    panel.changed.connect(lambda: changed.append(True))
    resolve_conflict(store=store, conflict_id=conflict.id, take=False)  # on the command line, say
    with pytest.raises(UserError) as refused:
        resolve_conflict(store=store, conflict_id=conflict.id, take=False)
    panel.table.selectRow(0)
    assert panel.decide_selected(take=False) is False
    assert said(caplog) == [("Quyết định xung đột", str(refused.value))]
    assert changed == [] and panel.table.rowCount() == 1  # not refreshed: the refusal changed nothing


def test_an_unexpected_error_deciding_a_conflict_is_logged_and_the_conflict_stays(
    qtbot: Any, tmp_path: Path, store: ReportStore, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from gui.views.inbox import conflicts as page

    _clash(tmp_path, store, index=11)
    monkeypatch.setattr(page, "resolve_conflict", broken("ổ đĩa mất giả định"))
    panel = page.ConflictsPanel(store)
    qtbot.addWidget(panel)
    changed: list[bool] = []
    panel.changed.connect(lambda: changed.append(True))
    panel.table.selectRow(0)
    assert panel.decide_selected(take=True) is False
    [(title, text)] = said(caplog)
    assert title == "Quyết định xung đột"
    assert_polite(text, "ổ đĩa mất giả định", "Quyết định xung đột")
    assert changed == [] and panel.table.rowCount() == 1 and len(open_conflicts(store=store)) == 1


# --- the import's worker thread -------------------------------------------------------------------------------


def test_the_import_s_refusal_and_fault_on_its_thread(
    qtbot: Any, store: ReportStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from gui.views.inbox import InboxWidget, worker

    widget = InboxWidget(store)
    qtbot.addWidget(widget)
    finished: list[object] = []
    widget.import_finished.connect(finished.append)
    gone = tmp_path / "đã chuyển đi"
    assert widget.start_import([gone])
    qtbot.waitUntil(lambda: widget._thread is None, timeout=30_000)
    [(title, text)] = said(caplog)
    assert title == "Nhập báo cáo" and text.startswith("Không nhập được: Không tìm thấy:") and "đã chuyển đi" in text

    monkeypatch.setattr(worker, "import_files", broken("bộ đọc hỏng giả định"))
    assert widget.start_import([tmp_path])
    qtbot.waitUntil(lambda: widget._thread is None, timeout=30_000)
    title, text = said(caplog)[-1]
    assert title == "Nhập báo cáo" and len(said(caplog)) == 2
    assert_polite(text, "bộ đọc hỏng giả định", "Inbox import")
    assert finished == [] and widget.results_model.rowCount() == 0 and widget.import_files_button.isEnabled()
    assert store.list_reports(origin="inbox") == []
