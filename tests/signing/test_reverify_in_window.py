"""Re-verification in the Ministry's window runs on a worker thread (its own database connection) behind a progress
bar, the window staying responsive (issue 20): a few hundred stored versions are verified again after a root is
loaded and after a certificate is retired, while the interface thread keeps handling events."""

from __future__ import annotations

import itertools
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from gui.inbox.importer import import_paths
from gui.operations.trust import add_certificate, signature_policy
from gui.store.reports import ReportStore
from gui.store.signatures import SignatureRepository
from tests.inbox.stored_copies import copies
from tests.signing.pki import Pki
from tests.signing.test_trust_registry import fingerprint, nghe_an, signed_twice

VERSIONS = 300


def test_reverification_runs_off_the_interface_thread_with_progress(qtbot: Any, pki: Pki, tmp_path: Path) -> None:
    from gui.views.inbox.certificates import TrustPanel

    path = tmp_path / "nghe-an.pdf"
    path.write_bytes(signed_twice(nghe_an(), pki.nghe_an, pki.nghe_an_clerk))
    store = ReportStore.open(tmp_path / "bo.sqlite3")
    add_certificate(store=store, unit_kind="province", unit_code="40", role="signer", path=pki.nghe_an.pem)
    add_certificate(store=store, unit_kind="province", unit_code="40", role="agency", path=pki.nghe_an_clerk.pem)
    run = import_paths(store, [path], signatures=signature_policy(store=store))
    source = run.results[0].report_id
    assert source is not None and run.results[0].signature == "unverified"  # no root loaded yet
    copies(store, source, VERSIONS - 1)

    panel = TrustPanel(store)
    qtbot.addWidget(panel)
    panel.resize(1100, 760)
    panel.show()
    ticks: list[float] = []
    timer = QTimer(panel)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    seen: list[int] = []
    panel.progress.valueChanged.connect(seen.append)

    started = time.monotonic()
    panel.load_files([pki.root.pem, pki.intermediate.pem])
    returned = time.monotonic() - started
    assert returned < 1.0, returned  # the change is stored at once; the re-verification goes on in the background
    assert panel.busy and panel.progress.isVisible()
    assert "Đang kiểm tra lại các phiên bản đã nhận" in panel.note.text()
    assert not panel.load_button.isEnabled()  # no second change of trust while one is being applied
    qtbot.waitUntil(lambda: panel.progress.maximum() == VERSIONS and panel.progress.value() > 0, timeout=60_000)
    panel.grab().save("/tmp/trustgaps-reverify-progress.png")
    qtbot.waitUntil(lambda: not panel.busy, timeout=180_000)
    took = time.monotonic() - started
    assert not panel.progress.isVisible() and panel.load_button.isEnabled()
    assert f"Đã kiểm tra lại {VERSIONS} phiên bản đã nhận: {VERSIONS} đổi trạng thái chữ ký số" in panel.note.text()
    # The interface thread kept turning: timer ticks all along, no gap near the length of the run.
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > took / 0.2 and max(gaps) < max(1.0, took / 4), (len(ticks), max(gaps), took)
    assert len(set(seen)) > 3, seen  # the bar moved
    statuses = SignatureRepository(store).received(list(range(1, VERSIONS + 10)))
    assert len(statuses) == VERSIONS and {s.status for s in statuses.values()} == {"trusted"}

    # A certificate retired: the registry applied again, in the background as well.
    panel.refresh()
    row = next(i for i, (fp, _active) in enumerate(panel._fingerprints) if fp == fingerprint(pki.nghe_an))
    panel.registry.selectRow(row)
    panel.retire_selected()
    assert panel.busy
    qtbot.waitUntil(lambda: not panel.busy, timeout=120_000)
    assert "Đã ngừng chấp nhận chứng thư số." in panel.note.text()
    statuses = SignatureRepository(store).received(list(range(1, VERSIONS + 10)))
    assert {s.status for s in statuses.values()} == {"unverified"}
    assert panel.pending.rowCount() == VERSIONS
    QApplication.processEvents()
    panel.wait_idle()
    store.close()
