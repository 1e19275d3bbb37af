"""A new Ministry clerk's path, in the window alone: the first run offers "Bộ Công Thương — nhận và tổng hợp báo
cáo" and opens the inbox; Nghệ An's certificates, the files the Sở sent, are registered; the reports received
before any root is loaded wait, "chưa xác minh được nguồn gốc"; "Nạp chứng thư gốc…" loads the root and the
intermediate, every stored version is verified again and Nghệ An's turns trusted and counted; Hà Tĩnh's report,
signed with a certificate not yet registered, waits until the clerk compares it and registers it.

Screenshots go to tmp_path, or to the folder BVNTD_DOC_SCREENSHOTS names (docs/screenshots for docs/signing.md)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QFileDialog, QWidget

from gui.inbox.importer import Outcome
from gui.signing.keys import load_pfx
from gui.signing.sign import sign_pdf
from gui.store.reports import ReportStore
from tests.inbox.conftest import province_docs, render_pdf
from tests.signing.pki import PASSWORD, Issued, Pki
from tests.views.test_walkthrough import in_next_dialog


def signed_twice(data: bytes, person: Issued, agency: Issued) -> bytes:
    once = sign_pdf(data, load_pfx(person.pfx, PASSWORD), "signer").data
    return sign_pdf(once, load_pfx(agency.pfx, PASSWORD), "agency").data


def shot(widget: QWidget, folder: Path, name: str) -> None:
    widget.grab().save(str(folder / name))


def test_a_new_ministry_clerk_sets_up_trust_in_the_window(
    qtbot: Any, pki: Pki, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gui.views.inbox.certificates import RegisterDialog
    from gui.views.main_window import MainWindow

    pictures = Path(os.environ.get("BVNTD_DOC_SCREENSHOTS") or tmp_path)
    pictures.mkdir(parents=True, exist_ok=True)
    docs = {d.unit.name: d for d in province_docs("2025")}
    folder = tmp_path / "nhan"
    folder.mkdir()
    (folder / "nghe-an.pdf").write_bytes(signed_twice(render_pdf(docs["Nghệ An"]), pki.nghe_an, pki.nghe_an_clerk))
    store = ReportStore.open(tmp_path / "bo.sqlite3")
    window = MainWindow(store, delay_ms=50)
    qtbot.addWidget(window)
    window.resize(1280, 860)
    window.show()
    qtbot.waitExposed(window)

    # First run: the Ministry's side, offered by name; saved without a reporting unit; the inbox opens.
    def choose_ministry(dialog: QWidget) -> None:
        form = dialog.form  # type: ignore[attr-defined]
        names = [form.side.itemText(i) for i in range(form.side.count())]
        assert "Bộ Công Thương — nhận và tổng hợp báo cáo" in names
        form.side.setCurrentIndex(names.index("Bộ Công Thương — nhận và tổng hợp báo cáo"))
        assert not form.unit_picker.isEnabled()
        shot(dialog, pictures, "bo-lan-dau.png")
        dialog.accept()  # type: ignore[attr-defined]

    errors = in_next_dialog(choose_ministry)
    window.reports.maybe_set_up_profile()
    assert not errors, errors
    assert store.profile().receiving and store.profile().is_set_up
    inbox = window.inbox
    assert inbox is not None and window.pages.currentWidget() is inbox
    # Settings save without a reporting unit on the Ministry's side.
    from gui.views.settings_dialog import SettingsDialog

    settings = SettingsDialog(store.profile(), language="vi", backups_kept=10)
    qtbot.addWidget(settings)
    assert settings.profile_form.receiving and settings.problem() is None
    assert settings.result_settings().profile.receiving
    panel = inbox.trust
    inbox.tabs.setCurrentWidget(panel)
    assert panel.roots_note.text().startswith("Chưa nạp chứng thư gốc nào")

    # The certificates the Sở sent: registered from their files.
    for role_index, issued in ((0, pki.nghe_an), (1, pki.nghe_an_clerk)):
        dialog = panel.open_register()
        assert isinstance(dialog, RegisterDialog)
        dialog.unit.setCurrentIndex(dialog.unit.findText("Tỉnh Nghệ An"))
        dialog.role.setCurrentIndex(role_index)
        dialog.path.setText(str(issued.pem))
        if role_index == 1:
            shot(dialog, pictures, "bo-dang-ky-tep.png")
        dialog.accept()
    # Every change verifies the stored versions again on a worker thread, the progress bar showing.
    qtbot.waitUntil(lambda: not panel.busy, timeout=60_000)
    assert panel.registry.rowCount() == 2
    assert "Đã đăng ký chứng thư số của Sở Công Thương tỉnh Nghệ An (cơ quan)" in panel.note.text()

    # Imported before any root is loaded: it waits, and says which signature, what and what to do.
    with qtbot.waitSignal(inbox.import_finished, timeout=120_000) as finished:
        inbox.start_import([folder])
    (result,) = finished.args[0].results
    assert result.outcome is Outcome.PENDING and result.signature == "unverified"
    assert "Hãy nạp chứng thư gốc" in result.reason
    shot(inbox, pictures, "bo-nhap-chua-xac-minh.png")
    inbox.tabs.setCurrentWidget(panel)
    assert panel.pending.rowCount() == 1
    assert panel.pending.item(0, 4).text().startswith("Đã ký số, chưa xác minh được nguồn gốc — Người có thẩm quyền")

    # "Nạp chứng thư gốc…", offered right under the import's lines: loaded, listed with the CA and validity;
    # every stored version verified again.
    assert 'href="load-roots"' in inbox.hint.text() and "chưa nạp chứng thư gốc nào" in inbox.hint.text()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(pki.root.pem), str(pki.intermediate.pem)], "")
    )
    inbox.tabs.setCurrentWidget(inbox.results_view)
    inbox.hint.linkActivated.emit("load-roots")
    assert inbox.tabs.currentWidget() is panel
    qtbot.waitUntil(lambda: not panel.busy, timeout=60_000)
    assert panel.sources.rowCount() == 2
    kinds = {panel.sources.item(r, 0).text(): panel.sources.item(r, 1).text() for r in range(2)}
    assert "Bo Cong Thuong Root CA (test)" in kinds["chứng thư gốc"]
    assert panel.sources.item(0, 2).text().startswith("từ ")
    assert "Đã kiểm tra lại 1 phiên bản đã nhận: 1 đổi trạng thái chữ ký số" in panel.note.text()
    assert panel.pending.rowCount() == 0
    inbox.refresh_periods("2025")
    model = inbox.completeness_model
    column = model.headers().index("Chữ ký số")
    row = next(r for r in range(model.rowCount()) if model.cell(r, 2) == "Tỉnh Nghệ An")
    assert model.cell(row, column) == "Đã ký, tin cậy"
    shot(panel, pictures, "bo-da-nap-goc.png")

    # Hà Tĩnh's report, signed with certificates not registered yet: waits; the clerk compares and registers.
    (folder / "ha-tinh.pdf").write_bytes(signed_twice(render_pdf(docs["Hà Tĩnh"]), pki.ha_tinh, pki.ha_tinh_clerk))
    with qtbot.waitSignal(inbox.import_finished, timeout=120_000) as finished:
        inbox.start_import([folder / "ha-tinh.pdf"])
    (result,) = finished.args[0].results
    assert result.outcome is Outcome.PENDING and "chưa đăng ký cho đơn vị Hà Tĩnh" in result.reason
    inbox.tabs.setCurrentWidget(panel)
    panel.select_pending(result.report_id)
    dialog = panel.open_dialog()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert [label.text() for label in dialog.new_labels][:2] == ["Trần Thị Hà", "Sở Công Thương tỉnh Hà Tĩnh"]
    shot(dialog, pictures, "bo-xac-nhan-chung-thu.png")
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: not panel.busy, timeout=60_000)
    # The competent person's registered; then the Sở's own certificate, in the agency's role.
    panel.select_pending(result.report_id)
    dialog = panel.open_dialog()
    assert dialog is not None and dialog.change.role == "agency"
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: not panel.busy, timeout=60_000)
    assert panel.pending.rowCount() == 0
    inbox.refresh_periods("2025")
    row = next(r for r in range(model.rowCount()) if model.cell(r, 2) == "Tỉnh Hà Tĩnh")
    assert model.cell(row, column) == "Đã ký, tin cậy"
    assert panel.registry.rowCount() == 4
    shot(panel, pictures, "bo-so-chung-thu.png")
    window.close()
