"""Signing any time (issue 22, item 3), as it happens: the export made days before, the app restarted, "Ký số…" from
the list and then from the Báo cáo menu, the images chosen in the dialog itself (no trip to Settings), the page
shown with the image where it lands — and the printed page proves it landed there. Then another PC: a database
holding only the PDF, "Ký số tệp PDF…" on the file; and what is refused before any dialog opens."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox
from reportlab.pdfgen.canvas import Canvas

from gui.operations.export import export_report
from gui.signing.placement import signature_block
from gui.signing.settings import load_settings
from gui.signing.verify import load_trust, verify_pdf
from gui.store.reports import ReportStore, create_demo_report
from gui.store.signatures import SignatureRepository
from tests.signing.image_kinds import KINDS
from tests.signing.pki import PASSWORD, Pki
from tests.signing.test_image_kinds import mismatches, render
from tests.signing.test_sign_ui import type_pin
from tests.signing.test_signing_operation import intact_and_trusted
from tests.views.conftest import warned


def kind(name: str) -> Any:
    return next(k for k in KINDS if k.name == name)


@pytest.fixture
def choose_file(monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """What the person picks in the image chooser ("Chọn…" beside the image)."""
    import gui.views.signature_image as module

    picked: dict[str, Path] = {}
    monkeypatch.setattr(module.QFileDialog, "getOpenFileName", lambda *a, **k: (str(picked["path"]), ""))
    return picked


def when_dialog_shows(window: Any, act: Callable[[Any], None], shots: list[Path], shot: Path) -> None:
    """The sign dialog is modal (exec): act on it once it is on screen; a watchdog closes it if signing hangs."""

    def step() -> None:
        dialog = window.sign_dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(30, step)
            return
        QTimer.singleShot(90_000, dialog, dialog.reject)  # bound to the dialog: never fires after it is gone
        act(dialog)
        dialog.grab().save(str(shot))
        shots.append(shot)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, step)


def test_sign_from_the_list_and_the_menu_days_after_the_export(
    qtbot: Any, tmp_path: Path, pki: Pki, choose_file: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    from gui.views.main_window import MainWindow

    monkeypatch.setenv("BVNTD_NO_DIALOGS", "1")
    db = tmp_path / "so.sqlite3"
    pdf = tmp_path / "Văn bản đi" / "BC-NQ82-Nghe-An-2025.pdf"
    pdf.parent.mkdir()
    days_ago = (dt.datetime.now(dt.UTC) - dt.timedelta(days=4)).isoformat(timespec="seconds")
    with ReportStore.open(db) as store:
        report_id = create_demo_report(store)
        export_report(store, report_id, pdf, draft=False, at=days_ago)
    exported = pdf.read_bytes()
    assert load_settings().signature_image == ""  # this PC has no image in Settings

    window = MainWindow(ReportStore.open(db), delay_ms=50)  # days later: the app started again
    qtbot.addWidget(window)
    window.show()
    window.refresh_list(select_id=report_id)
    assert window.sign_action in window.list_page.view.actions() and window.sign_action.isEnabled()
    images = {k: kind(k).write(tmp_path) for k in ("palette+tRNS", "grey+alpha")}
    shots: list[Path] = []
    seen: dict[str, Any] = {}

    def as_signer(dialog: Any) -> None:
        assert dialog.signer_role.isChecked() and "Tệp chưa có chữ ký số" in dialog.present.text()
        assert "Chưa chọn ảnh chữ ký tay" in dialog.image_note.text() and dialog.preview_box is None
        choose_file["path"] = images["palette+tRNS"]
        dialog.signature_image.browse.click()  # chosen here, not in Settings
        assert dialog.signature_image.picture() is not None and dialog.preview_box is not None
        seen["signer_box"] = dialog.preview_box
        dialog.remember.setChecked(False)
        dialog.use_pfx.setChecked(True)
        dialog.pfx.setText(str(pki.nghe_an.pfx))
        type_pin(dialog.pin, PASSWORD)

    when_dialog_shows(window, as_signer, shots, tmp_path / "ky-so-nguoi-co-tham-quyen.png")
    window.sign_action.trigger()  # from the list's selection
    done = window.sign_dialog.done_
    assert done is not None and done.recorded and done.path == pdf.absolute(), window.sign_dialog.error.text()
    once = pdf.read_bytes()
    assert once.startswith(exported)
    store = window.live_store
    assert [(r.role, r.holder) for r in SignatureRepository(store).signings(report_id)] == [("signer", "Nguyễn Văn An")]
    assert "Đã ký số BC-NQ82-Nghe-An-2025.pdf" in window.statusBar().currentMessage()
    assert load_settings().signature_image == ""  # "remember" left unticked

    # The image printed where the dialog showed it, as it looks: no black box over the page.
    from pyhanko.pdf_utils.reader import PdfFileReader

    page = signature_block(PdfFileReader(io.BytesIO(exported), strict=False)).page
    before, after = render(exported, page, tmp_path / "r0"), render(once, page, tmp_path / "r1")
    assert mismatches(kind("palette+tRNS"), seen["signer_box"], before, after) == []

    # The agency's turn, from the Báo cáo menu of the open report; the seal chosen in the dialog and kept.
    window.open_report(report_id)
    assert window.sign_action in window.report_menu.actions()

    def as_agency(dialog: Any) -> None:
        assert dialog.agency_role.isChecked() and "người có thẩm quyền: Nguyễn Văn An" in dialog.present.text()
        choose_file["path"] = images["grey+alpha"]
        dialog.seal_image.browse.click()
        seen["seal_box"] = dialog.preview_box
        assert dialog.remember.isVisible()
        dialog.remember.setChecked(True)
        dialog.use_pfx.setChecked(True)
        dialog.pfx.setText(str(pki.nghe_an_clerk.pfx))
        type_pin(dialog.pin, PASSWORD)

    when_dialog_shows(window, as_agency, shots, tmp_path / "ky-so-van-thu.png")
    window.sign_action.trigger()
    assert window.sign_dialog.done_ is not None, window.sign_dialog.error.text()
    twice = pdf.read_bytes()
    assert twice.startswith(once)
    assert [r.role for r in SignatureRepository(store).signings(report_id)] == ["signer", "agency"]
    checked = verify_pdf(twice, load_trust([pki.root.pem, pki.intermediate.pem]))
    assert checked.status == "trusted" and len(checked.signatures) == 2
    assert load_settings().seal_image == str(images["grey+alpha"])
    after_seal = render(twice, page, tmp_path / "r2")
    assert mismatches(kind("grey+alpha"), seen["seal_box"], after, after_seal) == []
    assert all(shot.stat().st_size > 10_000 for shot in shots)

    # Signed twice: a third signing is refused before the PIN, in the dialog, with the button off.
    said: list[str] = []

    def third(dialog: Any) -> None:
        said.append(dialog.error.text())
        said.append("on" if dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled() else "off")
        dialog.reject()

    QTimer.singleShot(0, lambda: _when_visible(window, third))
    window.sign_action.trigger()
    assert "chữ ký cuối cùng" in said[0] and said[1] == "off"
    assert window.sign_dialog.done_ is None and pdf.read_bytes() == twice
    window.close()


def _when_visible(window: Any, act: Callable[[Any], None]) -> None:
    dialog = window.sign_dialog
    if dialog is None or not dialog.isVisible() or dialog.done_ is not None:
        QTimer.singleShot(30, lambda: _when_visible(window, act))
        return
    act(dialog)


def test_another_pc_signs_the_pdf_alone_and_what_is_refused_before_any_dialog(
    qtbot: Any,
    tmp_path: Path,
    pki: Pki,
    report_pdf: Path,
    choose_file: dict[str, Path],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    from gui.views.main_window import MainWindow

    monkeypatch.setenv("BVNTD_NO_DIALOGS", "1")
    brought = tmp_path / "USB" / "BC-NQ82-Nghe-An-2025.pdf"
    brought.parent.mkdir()
    brought.write_bytes(report_pdf.read_bytes())
    window = MainWindow(ReportStore.open(tmp_path / "may-khac.sqlite3"), delay_ms=50)  # no report in it
    qtbot.addWidget(window)
    window.show()
    assert window.live_store.list_reports() == []
    assert window.sign_file_action.isEnabled()
    jpeg = kind("jpeg").write(tmp_path)
    shots: list[Path] = []

    def as_signer(dialog: Any) -> None:
        assert dialog.signer_role.isChecked() and dialog.target.report_id is None  # no report here to record on
        choose_file["path"] = jpeg
        dialog.signature_image.browse.click()
        assert "không có nền trong suốt" in dialog.signature_image.note.text()  # said before signing
        dialog.use_pfx.setChecked(True)
        dialog.pfx.setText(str(pki.nghe_an.pfx))
        type_pin(dialog.pin, PASSWORD)

    when_dialog_shows(window, as_signer, shots, tmp_path / "may-khac.png")
    done = window.signing.sign_pdf_file(brought)
    assert done is not None and not done.recorded and done.path == brought
    assert intact_and_trusted(brought.read_bytes(), pki)
    assert window.live_store.list_reports() == []  # nothing was added to this database

    # Refused before any dialog, each with its reason and the file named.
    foreign = tmp_path / "cong-van.pdf"
    canvas = Canvas(str(foreign))
    canvas.drawString(100, 700, "x")
    canvas.save()
    before = window.sign_dialog
    caplog.clear()
    assert window.signing.sign_pdf_file(foreign) is None
    assert window.sign_dialog is before
    assert any("cong-van.pdf" in w and "không phải báo cáo xuất từ ứng dụng này" in w for w in warned(caplog))
    broken = tmp_path / "hong.pdf"
    broken.write_bytes(brought.read_bytes()[:-2000])
    caplog.clear()
    assert window.signing.sign_pdf_file(broken) is None and window.sign_dialog is before
    assert any("hong.pdf" in w for w in warned(caplog)), warned(caplog)
    window.close()


def test_a_moved_export_is_asked_for_by_name(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last final export is no longer where it was written: the window says so and opens the file chooser at
    the old folder with the file's name; the file chosen is checked like any other before the dialog opens."""
    from PySide6.QtWidgets import QFileDialog

    from gui.views.main_window import MainWindow

    monkeypatch.setenv("BVNTD_NO_DIALOGS", "1")
    db = tmp_path / "so.sqlite3"
    pdf = tmp_path / "xuat" / "BC.pdf"
    pdf.parent.mkdir()
    with ReportStore.open(db) as store:
        report_id = create_demo_report(store)
        export_report(store, report_id, pdf, draft=False)
    moved = tmp_path / "da-chuyen" / "BC-ban-chinh.pdf"
    moved.parent.mkdir()
    pdf.rename(moved)
    asked: list[str] = []

    def chooser(parent: Any, title: str, start: str, filters: str) -> tuple[str, str]:
        asked.append(start)
        return str(moved), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", chooser)
    window = MainWindow(ReportStore.open(db), delay_ms=50)
    qtbot.addWidget(window)
    window.show()
    window.refresh_list(select_id=report_id)
    opened: list[Any] = []

    def close(dialog: Any) -> None:
        opened.append(dialog.target)
        dialog.reject()

    QTimer.singleShot(0, lambda: _when_visible(window, close))
    window.sign_action.trigger()
    assert asked == [str(pdf.parent.absolute() / "BC.pdf")]
    assert "Không tìm thấy tệp đã xuất BC.pdf" in window.statusBar().currentMessage()
    assert len(opened) == 1 and opened[0].path == moved and opened[0].report_id == report_id
    window.close()
