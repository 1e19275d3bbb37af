"""The app end to end: export, sign with the SoftHSM2 token as the competent person (PIN typed in the dialog),
sign as the agency, hand the signed file to the email step; the export log says who signed; a wrong PIN is said
in the dialog and changes nothing; a report edited after signing asks for a new export; the PIN is nowhere."""

from __future__ import annotations

import email
from email.policy import default
from pathlib import Path
from typing import Any

import pytest
from msgspec.structs import replace
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from gui.signing.settings import SigningSettings, save_settings
from gui.signing.verify import load_trust, verify_pdf
from gui.store.reports import ReportStore, create_demo_report
from gui.store.signatures import SignatureRepository
from tests.signing.conftest import TOKEN_LABEL, USER_PIN
from tests.signing.pki import PASSWORD, Pki
from tests.views.test_export_ui import open_editor, opened, save_as  # noqa: F401  # fixtures


@pytest.fixture
def store(db_path: Path):
    store = ReportStore.open(db_path)
    yield store
    store.close()


def type_pin(widget: Any, text: str) -> None:
    """Typed key by key, as a person does (Vietnamese letters one event each: keyClicks crashes on them)."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def wait_signed(qtbot: Any, dialog: Any) -> None:
    """The signing runs on a worker thread: wait for it to come back to the dialog."""
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)


def test_export_sign_twice_and_email_the_signed_file(
    qtbot: Any, store: ReportStore, tmp_path: Path, save_as: dict[str, Any], opened: list[str],  # noqa: F811
    pki: Pki, token: dict[str, str], images: dict[str, Path], isolated_user_dirs: Path,
) -> None:
    save_settings(
        SigningSettings(
            pkcs11_module=token["module"], token_label=TOKEN_LABEL,
            signature_image=str(images["signature"]), seal_image=str(images["seal"]),
        )
    )
    report_id = create_demo_report(store)
    profile = store.profile()
    store.save_profile(replace(profile, ministry_email="bvntd@moit.gov.vn"))
    editor = open_editor(qtbot, store, report_id)
    pdf = tmp_path / "BC-NQ82-Nghe-An-2025.pdf"
    save_as["path"] = pdf
    editor.export_action.trigger()
    result = editor.export_flow.result_dialog
    assert result is not None and result.sign_button.isVisible()
    exported = pdf.read_bytes()

    # A wrong PIN first: said in the dialog, which stays open; the file is untouched.
    result.sign_button.click()
    dialog = result.sign_dialog
    assert dialog.signer_role.isChecked() and dialog.use_token.isChecked()
    # The dialog shows which image goes on the page, per role (those of Settings at first), and where it lands.
    assert dialog.picker is dialog.signature_image and dialog.signature_image.text() == str(images["signature"])
    assert dialog.signature_image.preview.pixmap() is not None and dialog.preview_box is not None
    assert "Tệp chưa có chữ ký số" in dialog.present.text()
    dialog.agency_role.setChecked(True)
    assert dialog.picker is dialog.seal_image and dialog.seal_image.text() == str(images["seal"])
    # Not the agency's turn yet: said before the PIN, and the button is off.
    assert "chưa có chữ ký số của người có thẩm quyền" in dialog.error.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.signer_role.setChecked(True)
    assert dialog.error.isHidden()
    type_pin(dialog.pin, "999999")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    wait_signed(qtbot, dialog)
    assert dialog.isVisible() and "Mã PIN của USB token không đúng" in dialog.error.text()
    assert dialog.pin.text() == "" and pdf.read_bytes() == exported

    type_pin(dialog.pin, USER_PIN)
    QTest.keyClick(dialog.pin, Qt.Key.Key_Return)
    wait_signed(qtbot, dialog)
    assert not dialog.isVisible(), dialog.error.text()
    assert "Nguyễn Văn An" in result.note.text() and "văn thư" in result.note.text()
    assert "đã ký số" in result.details.text()
    once = pdf.read_bytes()
    assert once.startswith(exported)

    # The agency's signature, with the clerk's .pfx.
    result.sign_button.click()
    dialog = result.sign_dialog
    assert dialog.agency_role.isChecked() and "người có thẩm quyền: Nguyễn Văn An" in dialog.present.text()
    dialog.use_pfx.setChecked(True)
    dialog.pfx.setText(str(pki.nghe_an_clerk.pfx))
    type_pin(dialog.pin, PASSWORD)
    QTest.keyClick(dialog.pin, Qt.Key.Key_Return)
    wait_signed(qtbot, dialog)
    assert not dialog.isVisible(), dialog.error.text()
    twice = pdf.read_bytes()
    assert twice.startswith(once)
    checked = verify_pdf(twice, load_trust([pki.root.pem, pki.intermediate.pem]))
    assert checked.status == "trusted" and len(checked.signatures) == 2

    # The export log: who signed, in which role, when, and the file's hash.
    log = SignatureRepository(store).signings(report_id)
    assert [(r.role, r.holder) for r in log] == [("signer", "Nguyễn Văn An"), ("agency", "Sở Công Thương tỉnh Nghệ An")]
    assert all(r.signed_at for r in log)

    # The email step attaches the signed file.
    result.email_button.click()
    message = email.message_from_bytes(result.eml_path.read_bytes(), policy=default)
    attachment = next(iter(message.iter_attachments()))
    assert attachment.get_content() == twice

    # The PIN and the password are in no log, database, settings or output file.
    for path in [*isolated_user_dirs.rglob("*"), *tmp_path.rglob("*")]:
        if path.is_file():
            data = path.read_bytes()
            for secret in (USER_PIN, PASSWORD):
                assert secret.encode() not in data, (secret, path)
                assert secret.encode("utf-16-le") not in data, (secret, path)

    # Edited after signing: the app says a new export and new signatures are needed, and will not sign the old file.
    said: list[str] = []
    editor.export_flow.status.connect(said.append)
    store.set_value(report_id, "cp_received", 12345)
    editor.export_flow._say_if_changed_after_signing()
    assert any("đã sửa sau khi ký" in s and "xuất lại và ký lại" in s for s in said)
    signing_dialog = result.sign_dialog
    result.sign_button.click()  # refused before any dialog: the file is no longer the report
    assert result.sign_dialog is signing_dialog and "đã được sửa sau khi xuất" in result.note.text()
    assert pdf.read_bytes() == twice


def test_settings_tab_saves_this_pcs_signing_settings(qtbot: Any, store: ReportStore, images, pki: Pki, token) -> None:
    from gui.signing.settings import load_settings
    from gui.views.settings_dialog import SettingsDialog

    create_demo_report(store)  # a profile with its unit, so only the signing tab has something to say
    dialog = SettingsDialog(store.profile(), language="vi", backups_kept=10)
    qtbot.addWidget(dialog)
    tab = dialog.signing
    tab.module.setEditText(token["module"])
    tab.signature_image.setText(str(tmp := images["signature"]))
    tab.seal_image.setText(str(images["seal"]))
    tab.trust.addItems([str(pki.root.pem), str(pki.intermediate.pem)])
    tab.require.setChecked(True)
    tab.timestamp_url.setText("ftp://x")
    dialog.accept()
    assert not dialog.error.isHidden() and "http://" in dialog.error.text(), dialog.error.text()
    tab.timestamp_url.setText("")
    tab.seal_image.setText(str(tmp.with_name("khong-co.png")))
    dialog.accept()
    assert "Không tìm thấy ảnh con dấu" in dialog.error.text()
    tab.seal_image.setText(str(images["seal"]))
    dialog.accept()
    saved = load_settings()
    assert saved.pkcs11_module == token["module"] and saved.require_signatures
    assert saved.trust_files == (str(pki.root.pem), str(pki.intermediate.pem))


@pytest.fixture
def slow_signer(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    """run_signing made slow, as a token that takes its time; `state` says when it started and ended."""
    import threading
    import time

    import gui.operations.signing as operation

    real = operation.run_signing
    state: dict[str, Any] = {"thread": None, "done": threading.Event()}

    def slow(**kwargs: Any) -> Any:
        state["thread"] = threading.current_thread()
        time.sleep(1.2)
        try:
            return real(**kwargs)
        finally:
            state["done"].set()

    monkeypatch.setattr(operation, "run_signing", slow)
    return state


def _sign_dialog(qtbot: Any, store: ReportStore, tmp_path: Path, pki: Pki) -> tuple[Any, Path, int]:
    from gui.operations.export import export_report
    from gui.operations.signing import check_report_export
    from gui.views.sign_dialog import SignDialog

    report_id = create_demo_report(store)
    pdf = tmp_path / "BC.pdf"
    export_report(store, report_id, pdf, draft=False)
    dialog = SignDialog(check_report_export(store=store, report_id=report_id), store)
    qtbot.addWidget(dialog)
    dialog.use_pfx.setChecked(True)
    dialog.pfx.setText(str(pki.nghe_an.pfx))
    dialog.show()
    qtbot.waitExposed(dialog)
    type_pin(dialog.pin, PASSWORD)
    return dialog, pdf, report_id


def test_the_window_stays_responsive_while_a_slow_token_signs(
    qtbot: Any, store: ReportStore, tmp_path: Path, pki: Pki, slow_signer: dict[str, Any], isolated_user_dirs: Path
) -> None:
    import threading

    from PySide6.QtCore import QTimer

    dialog, pdf, report_id = _sign_dialog(qtbot, store, tmp_path, pki)
    # No image chosen in Settings on this PC: said before signing.
    assert "Chưa chọn ảnh chữ ký tay" in dialog.image_note.text()
    exported = pdf.read_bytes()
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        # Busy: an indicator shows, the inputs are locked, the PIN field is already empty.
        assert dialog.busy and dialog.progress.isVisible() and dialog.progress_label.isVisible()
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        assert not dialog.pin.isEnabled() and dialog.pin.text() == "" and not dialog.browse.isEnabled()
        assert pdf.read_bytes() == exported  # nothing written until the signature is made
    timer.stop()
    assert slow_signer["thread"] is not threading.main_thread()
    # 1.2 s of signing: the event loop kept turning (a frozen window would let a 20 ms timer fire once or twice).
    assert len(ticks) >= 25, len(ticks)
    assert dialog.result_ is not None and not dialog.progress.isVisible()
    signed = pdf.read_bytes()
    assert signed.startswith(exported) and len(signed) > len(exported)
    only = verify_pdf(signed, load_trust([pki.root.pem])).signatures  # one: the file waits for the agency's
    assert len(only) == 1 and only[0].status == "trusted"
    assert [r.role for r in SignatureRepository(store).signings(report_id)] == ["signer"]


def test_cancel_while_signing_leaves_the_file_unsigned(
    qtbot: Any, store: ReportStore, tmp_path: Path, pki: Pki, slow_signer: dict[str, Any], isolated_user_dirs: Path
) -> None:
    dialog, pdf, report_id = _sign_dialog(qtbot, store, tmp_path, pki)
    exported = pdf.read_bytes()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.busy
    with qtbot.waitSignal(dialog.rejected, timeout=5_000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not dialog.isVisible() and not dialog.busy  # closed at once, not after the token
    assert slow_signer["done"].wait(30)
    qtbot.wait(200)  # the worker's outcome reaches the event loop: it is thrown away
    assert pdf.read_bytes() == exported
    assert SignatureRepository(store).signings(report_id) == []
    assert dialog.result_ is None
