"""A unit's new certificate, confirmed in the Ministry's inbox: the flagged report says so under the "Tình hình báo
cáo" list, the dialog shows the old and the new certificate (holder, organisation, validity, SHA-256 fingerprint),
and once confirmed the stored status of that unit's reports is trusted — no re-import."""

from __future__ import annotations

from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes

from gui.inbox.importer import import_paths
from gui.signing.inbox import SignaturePolicy
from gui.signing.verify import load_trust
from gui.store.reports import ReportStore
from gui.store.signatures import SignatureRepository
from tests.inbox.conftest import province_docs, render_pdf
from tests.signing.pki import Pki
from tests.signing.signed import both


@pytest.fixture
def flagged(pki: Pki, tmp_path: Path):
    """Nghệ An's 2024 report signed by Nguyễn Văn An (recorded as the unit's), its 2025 report signed by another
    certificate of the unit (flagged)."""
    files = []
    for period, issued in (("2024", pki.nghe_an), ("2025", pki.nghe_an_clerk)):
        doc = next(d for d in province_docs(period) if d.unit.name == "Nghệ An")
        path = tmp_path / f"nghe-an-{period}.pdf"
        path.write_bytes(both(render_pdf(doc), pki, signer=issued))
        files.append(path)
    store = ReportStore.open(tmp_path / "bo.sqlite3")
    policy = SignaturePolicy(load_trust([pki.root.pem, pki.intermediate.pem]))
    run = import_paths(store, files, signatures=policy)
    assert [r.signature for r in run.results] == ["trusted", "unverified"], [r.reason for r in run.results]
    assert "khác với chứng thư đã ghi nhận" in run.results[1].reason
    yield store, run.results[1].report_id
    store.close()


def test_the_new_certificate_is_confirmed_from_the_inbox(qtbot, pki: Pki, flagged, tmp_path: Path) -> None:
    from gui.views.inbox import InboxWidget

    store, report_id = flagged
    widget = InboxWidget(store)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.refresh_periods("2025")
    widget.tabs.setCurrentWidget(widget.completeness_tab)
    widget.show()
    qtbot.waitExposed(widget)
    bar = widget.certificate_bar
    model = widget.completeness_model
    column = model.headers().index("Chữ ký số")
    row = next(r for r in range(model.rowCount()) if model.report_id(r) == report_id)
    assert model.cell(row, column) == "Đã ký, chưa xác minh nguồn gốc"
    assert not bar.button.isEnabled()  # nothing selected yet, but the bar says which report waits
    assert bar.note.text() == "Chờ xác nhận chứng thư số mới (1): Nghệ An. Chọn báo cáo để xem và xác nhận."
    widget.completeness_view.selectRow(row)
    assert bar.button.isEnabled()
    assert "được ký bằng chứng thư số mới, cần người kiểm tra xác nhận" in bar.note.text()
    # Another unit's row (not flagged): nothing to confirm.
    other = next(r for r in range(model.rowCount()) if model.report_id(r) is None)
    widget.completeness_view.selectRow(other)
    assert not bar.button.isEnabled() and bar.note.text().startswith("Chờ xác nhận chứng thư số mới (1)")
    widget.completeness_view.selectRow(row)

    dialog = bar.open_dialog()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(tmp_path / "certificate-dialog.png"))
    old = [label.text() for label in dialog.old_labels]
    new = [label.text() for label in dialog.new_labels]
    assert old[:2] == ["Nguyễn Văn An", "Sở Công Thương tỉnh Nghệ An"]
    assert new[:2] == ["Sở Công Thương tỉnh Nghệ An", "Sở Công Thương tỉnh Nghệ An"]
    for text, issued in ((old, pki.nghe_an), (new, pki.nghe_an_clerk)):
        cert = issued.cert
        start, end = cert.not_valid_before_utc, cert.not_valid_after_utc
        assert text[2] == f"từ {start:%d/%m/%Y} đến {end:%d/%m/%Y}"
        assert text[3].replace(" ", "").replace("\n", "") == cert.fingerprint(hashes.SHA256()).hex().upper()
    assert "Xác nhận chứng thư số mới" in dialog.windowTitle()

    # "Chưa xác nhận" changes nothing.
    dialog.reject()
    assert SignatureRepository(store).received([report_id])[report_id].status == "unverified"
    assert bar.button.isEnabled()

    dialog = bar.open_dialog()
    assert dialog is not None
    dialog.confirm_button.click()
    stored = SignatureRepository(store).received([report_id])[report_id]
    assert stored.status == "trusted" and "khác với chứng thư đã ghi nhận" not in stored.summary
    row = next(r for r in range(model.rowCount()) if model.report_id(r) == report_id)
    assert model.cell(row, column) == "Đã ký, tin cậy"  # the list redrawn from the store
    assert bar.note.text() == "Đã xác nhận chứng thư số của Sở Công Thương tỉnh Nghệ An; đã cập nhật 1 báo cáo."
    assert not bar.button.isEnabled()
    widget.grab().save(str(tmp_path / "inbox-confirmed.png"))
