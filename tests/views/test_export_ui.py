"""Xuất PDF from the editor: what is missing (each item jumps to its field), a draft marked DỰ THẢO, a final export
recorded with its SHA-256, then "Mở thư mục" and "Gửi email" (an .eml with the PDF attached)."""

from __future__ import annotations

import email
import hashlib
from collections.abc import Iterator
from email.policy import default
from pathlib import Path
from typing import Any

import pytest
from msgspec.structs import replace
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from gui.store.reports import ReportStore, create_demo_report
from gui.views.editor import ReportEditor
from tests.views.conftest import activate, new_report


@pytest.fixture
def store(db_path: Path) -> Iterator[ReportStore]:
    store = ReportStore.open(db_path)
    yield store
    store.close()


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every file or folder the app asks the desktop to open, instead of opening it."""
    urls: list[str] = []

    def fake_open(url: Any) -> bool:
        urls.append(url.toLocalFile())
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", fake_open)
    monkeypatch.setattr("gui.opener.missing_opener", lambda path: None)  # as if a PDF reader were installed
    return urls


@pytest.fixture
def save_as(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """Answers the save dialog with `answer['path']` and records what it proposed."""
    answer: dict[str, Any] = {"path": "", "proposed": None}

    def fake_dialog(parent: Any, title: str, proposed: str, filters: str) -> tuple[str, str]:
        answer["proposed"] = proposed
        answer["title"] = title
        return str(answer["path"]), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    return answer


def open_editor(qtbot: Any, store: ReportStore, report_id: int) -> ReportEditor:
    editor = ReportEditor(store, report_id, delay_ms=50)
    qtbot.addWidget(editor)
    editor.resize(1300, 800)
    editor.show()
    return editor


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_missing_fields_are_listed_jump_and_a_draft_can_still_be_exported(
    qtbot: Any, store: ReportStore, tmp_path: Path, save_as: dict[str, Any], opened: list[str]
) -> None:
    report_id = new_report(store)
    editor = open_editor(qtbot, store, report_id)
    activate(qtbot, editor)
    editor.rows["focal_agency"].editor.edit.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)

    dialog = editor.export_flow.problems_dialog
    assert dialog is not None and dialog.isVisible()
    items = dialog.items()
    assert any(t.startswith("I · ") for t in items)  # by section number, as the PDF numbers it
    assert any("chưa nhập (bắt buộc)" in t for t in items)
    summary = next(i for i, t in enumerate(items) if t.startswith("II.4 · ") and "Tổng số yêu cầu" in t)
    dialog.list.setCurrentRow(summary)
    QTest.keyClick(dialog.list, Qt.Key.Key_Return)  # Enter: go there
    assert not dialog.isVisible()
    assert editor.rows["cp_received"].editor.edit.hasFocus()
    assert editor.rows["cp_received"].message.isVisible()  # the export asked for the whole check
    assert store.exports(report_id) == []

    save_as["path"] = tmp_path / "Tài liệu" / "bản nháp"  # no .pdf typed: it is added
    (tmp_path / "Tài liệu").mkdir()
    editor.export_action.trigger()
    dialog = editor.export_flow.problems_dialog
    assert dialog is not None
    dialog.draft_button.click()
    assert save_as["proposed"].endswith("BC-NQ82-Nghe-An-2025-du-thao.pdf")
    written = tmp_path / "Tài liệu" / "bản nháp.pdf"
    assert written.exists()
    assert "DỰ THẢO" in pdf_text(written)
    record = store.exports(report_id)
    assert len(record) == 1 and record[0]["draft"] is True
    assert record[0]["sha256"] == hashlib.sha256(written.read_bytes()).hexdigest()
    result = editor.export_flow.result_dialog
    assert result is not None and result.isVisible()
    assert "bản dự thảo" in result.summary.text()


def test_the_demo_exports_final_is_recorded_and_goes_by_email(
    qtbot: Any, store: ReportStore, tmp_path: Path, save_as: dict[str, Any], opened: list[str]
) -> None:
    report_id = create_demo_report(store)
    folder = tmp_path / "Báo cáo gửi Bộ"
    folder.mkdir()
    profile = store.profile()
    store.save_profile(replace(profile, ministry_email="bvntd@moit.gov.vn", export_dir=str(folder)))
    editor = open_editor(qtbot, store, report_id)
    assert [p for p in editor.revalidate(reveal=True) if p.is_error] == []

    save_as["path"] = folder / "BC-NQ82-Nghe-An-2025.pdf"
    editor.export_action.trigger()
    assert editor.export_flow.problems_dialog is None  # nothing blocks: straight to the save dialog
    assert Path(save_as["proposed"]) == folder / "BC-NQ82-Nghe-An-2025.pdf"  # the profile's folder, the suggested name
    pdf = folder / "BC-NQ82-Nghe-An-2025.pdf"
    assert "DỰ THẢO" not in pdf_text(pdf)
    record = store.exports(report_id)
    assert record[0]["draft"] is False
    assert record[0]["file_name"] == pdf.name
    assert record[0]["sha256"] == hashlib.sha256(pdf.read_bytes()).hexdigest()
    assert store.summary(report_id).status == "final"

    result = editor.export_flow.result_dialog
    assert result is not None and result.isVisible()
    assert "bản chính thức" in result.summary.text()
    result.open_folder_button.click()
    assert opened[-1] == str(folder)
    result.open_file_button.click()
    assert opened[-1] == str(pdf)

    result.email_button.click()
    eml = folder / "BC-NQ82-Nghe-An-2025.eml"
    assert result.eml_path == eml and eml.exists()
    assert opened[-1] == str(eml)
    message = email.message_from_bytes(eml.read_bytes(), policy=default)
    assert message["To"] == "bvntd@moit.gov.vn"
    assert "Nghị quyết 82/NQ-CP" in message["Subject"]
    attachments = [part for part in message.iter_attachments()]
    assert [a.get_filename() for a in attachments] == [pdf.name]
    assert attachments[0].get_content() == pdf.read_bytes()
    assert "thư nháp" in result.note.text()


def test_when_no_mail_program_opens_the_eml_its_place_is_shown(
    qtbot: Any, store: ReportStore, tmp_path: Path, save_as: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    report_id = create_demo_report(store)
    editor = open_editor(qtbot, store, report_id)
    save_as["path"] = tmp_path / "bc.pdf"
    editor.export_action.trigger()
    result = editor.export_flow.result_dialog
    assert result is not None
    result.email_button.click()
    assert str(tmp_path / "bc.eml") in result.note.text()
    assert "Cài đặt › Gửi báo cáo" in result.note.text()  # no Ministry address yet: where to enter it


def test_cancelling_the_save_dialog_writes_nothing(
    qtbot: Any, store: ReportStore, save_as: dict[str, Any], opened: list[str]
) -> None:
    report_id = create_demo_report(store)
    editor = open_editor(qtbot, store, report_id)
    save_as["path"] = ""
    editor.export_action.trigger()
    assert store.exports(report_id) == []
    assert editor.export_flow.result_dialog is None


def test_export_to_a_device_keeps_it_a_device_and_the_email_says_why_not(
    qtbot: Any, store: ReportStore, tmp_path: Path, save_as: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    import stat

    from gui.views import export_flow
    from tests.test_fileio import make_null_device

    monkeypatch.setenv("BVNTD_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: True)
    folder = tmp_path / "dev"
    folder.mkdir()
    null = make_null_device(folder / "null")
    report_id = create_demo_report(store)
    editor = open_editor(qtbot, store, report_id)
    save_as["path"] = null  # typed in the save dialog as one tries a command: no ".pdf" is added to it

    editor.export_action.trigger()

    assert stat.S_ISCHR(null.lstat().st_mode) and [p.name for p in folder.iterdir()] == ["null"]
    assert store.exports(report_id)[0]["file_name"] == "null"
    assert export_flow.last_export_dir() != str(folder)  # the next save dialog does not start in /dev
    result = editor.export_flow.result_dialog
    assert result is not None
    result.email_button.click()
    assert result.eml_path is None
    assert f"Không tạo được thư nháp: {null} không phải là một tệp thường" in result.note.text()
    assert [p.name for p in folder.iterdir()] == ["null"]


def test_export_over_a_read_only_pdf_is_refused_and_the_file_kept(
    qtbot: Any, store: ReportStore, tmp_path: Path, save_as: dict[str, Any], opened: list[str]
) -> None:
    report_id = create_demo_report(store)
    editor = open_editor(qtbot, store, report_id)
    locked = tmp_path / "đã ký.pdf"
    locked.write_bytes(b"%PDF signed copy")
    locked.chmod(0o444)
    said: list[str] = []
    editor.export_flow.status.connect(said.append)
    save_as["path"] = locked

    editor.export_action.trigger()

    assert locked.read_bytes() == b"%PDF signed copy"
    assert store.exports(report_id) == [] and editor.export_flow.result_dialog is None
    assert said == [
        f"Chưa xuất được PDF: Không ghi đè được {locked}: tệp này chỉ cho phép đọc, ứng dụng không thay nó. "
        "Hãy chọn tên tệp khác, hoặc bỏ thuộc tính chỉ đọc của tệp rồi thử lại."
    ]


def test_open_file_says_so_when_no_program_can_open_a_pdf(
    qtbot: Any, store: ReportStore, tmp_path: Path, save_as: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    """xdg-open "succeeds" on a Linux without a PDF reader; the dialog checks and says what to do."""
    calls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: calls.append(url.toLocalFile()) or True)
    monkeypatch.setattr("gui.opener.missing_opener", lambda path: "Máy này chưa có chương trình mở tệp PDF.")
    report_id = create_demo_report(store)
    editor = open_editor(qtbot, store, report_id)
    save_as["path"] = tmp_path / "bc.pdf"
    editor.export_action.trigger()
    result = editor.export_flow.result_dialog
    result.open_file_button.click()
    assert "chưa có chương trình mở tệp PDF" in result.note.text() and str(tmp_path / "bc.pdf") in result.note.text()
    assert "Mở thư mục" in result.note.text()
    assert calls == []
