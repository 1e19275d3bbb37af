"""A unit's new certificate, registered from the Ministry's inbox ("Chứng thư số" tab): the version signed with it
waits ("chờ xác nhận") with its reason; the dialog shows the registered and the new certificate (holder,
organisation, validity, SHA-256 fingerprint); once registered, every stored version is verified again and the
version is trusted and counted — no re-import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes

from gui.inbox.consolidate import consolidate
from gui.inbox.importer import Outcome, import_paths
from gui.operations.trust import add_certificate, load_trust_files, signature_policy
from gui.signing.keys import load_pfx
from gui.signing.sign import sign_pdf
from gui.store.reports import ReportStore
from gui.store.signatures import SignatureRepository
from tests.inbox.conftest import province_docs, render_pdf
from tests.signing.pki import NOW, PASSWORD, Issued, Pki, _issue, _name


def signed_twice(data: bytes, person: Issued, agency: Issued) -> bytes:
    once = sign_pdf(data, load_pfx(person.pfx, PASSWORD), "signer").data
    return sign_pdf(once, load_pfx(agency.pfx, PASSWORD), "agency").data


@pytest.fixture
def flagged(pki: Pki, tmp_path: Path):
    """Nghệ An's 2024 report signed with its registered certificates (counted), its 2025 report signed by a new
    competent person (waiting)."""
    new_person = _issue(
        tmp_path,
        "new",
        _name("Hồ Thị Mới", "Sở Công Thương tỉnh Nghệ An", "Nghệ An"),
        pki.intermediate,
        ca=False,
        start=NOW - dt.timedelta(days=2),
    )
    store = ReportStore.open(tmp_path / "bo.sqlite3")
    load_trust_files(store=store, paths=[pki.root.pem, pki.intermediate.pem])
    add_certificate(store=store, unit_kind="province", unit_code="40", role="signer", path=pki.nghe_an.pem)
    add_certificate(store=store, unit_kind="province", unit_code="40", role="agency", path=pki.nghe_an_clerk.pem)
    files = []
    for period, person in (("2024", pki.nghe_an), ("2025", new_person)):
        doc = next(d for d in province_docs(period) if d.unit.name == "Nghệ An")
        path = tmp_path / f"nghe-an-{period}.pdf"
        path.write_bytes(signed_twice(render_pdf(doc), person, pki.nghe_an_clerk))
        files.append(path)
    run = import_paths(store, files, signatures=signature_policy(store=store))
    assert [r.outcome for r in run.results] == [Outcome.IMPORTED, Outcome.PENDING], [r.reason for r in run.results]
    assert "chứng thư số chưa đăng ký cho đơn vị Nghệ An" in run.results[1].reason
    yield store, run.results[1].report_id, new_person
    store.close()


def test_the_new_certificate_is_registered_from_the_inbox(qtbot, pki: Pki, flagged, tmp_path: Path) -> None:
    from gui.views.inbox import InboxWidget

    store, report_id, new_person = flagged
    widget = InboxWidget(store)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.tabs.setCurrentWidget(widget.trust)
    widget.show()
    qtbot.waitExposed(widget)
    panel = widget.trust
    assert panel.pending.rowCount() == 1
    assert panel.pending.item(0, 1).text() == "Nghệ An"
    assert "chờ người kiểm tra xác nhận" in panel.pending.item(0, 5).text()
    assert not panel.confirm_button.isEnabled()  # nothing selected yet
    assert not any(r.unit.name == "Nghệ An" for r in consolidate(store, "2025").reported)
    panel.select_pending(report_id)
    assert panel.confirm_button.isEnabled() and panel.accept_button.isEnabled()

    dialog = panel.open_dialog()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.grab().save(str(tmp_path / "certificate-dialog.png"))
    old = [label.text() for label in dialog.old_labels]
    new = [label.text() for label in dialog.new_labels]
    assert old[:2] == ["Nguyễn Văn An", "Sở Công Thương tỉnh Nghệ An"]
    assert new[:2] == ["Hồ Thị Mới", "Sở Công Thương tỉnh Nghệ An"]
    for text, issued in ((old, pki.nghe_an), (new, new_person)):
        cert = issued.cert
        start, end = cert.not_valid_before_utc, cert.not_valid_after_utc
        assert text[2] == f"từ {start:%d/%m/%Y} đến {end:%d/%m/%Y}"
        assert text[3].replace(" ", "").replace("\n", "") == cert.fingerprint(hashes.SHA256()).hex().upper()

    # "Chưa đăng ký" changes nothing.
    dialog.reject()
    assert SignatureRepository(store).received([report_id])[report_id].status == "unverified"
    assert panel.pending.rowCount() == 1

    dialog = panel.open_dialog()
    assert dialog is not None
    dialog.confirm_button.click()
    qtbot.waitUntil(lambda: not panel.busy, timeout=60_000)  # verified again on a worker thread
    stored = SignatureRepository(store).received([report_id])[report_id]
    assert stored.status == "trusted" and "chưa đăng ký" not in stored.summary
    assert panel.pending.rowCount() == 0
    assert panel.note.text().startswith(
        "Đã đăng ký chứng thư số của Hồ Thị Mới (người có thẩm quyền) cho Nghệ An. Đã kiểm tra lại 2 phiên bản"
    )
    assert "1 đơn vị/kỳ đổi phiên bản được tính" in panel.note.text()
    assert any(r.unit.name == "Nghệ An" for r in consolidate(store, "2025").reported)
    assert panel.registry.rowCount() == 3
    widget.grab().save(str(tmp_path / "inbox-registered.png"))
