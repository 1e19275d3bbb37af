"""Versions received before the app kept files' bytes (a database from before migration m_trust_registry): when
trust changes they cannot be judged again, so their status says so ("không thể kiểm tra lại: tệp gốc không được
lưu — hãy nhập lại tệp") and they are no longer counted as trusted; importing the file again keeps its bytes and
judges it (issue 20)."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from gui.inbox.importer import Outcome, import_paths
from gui.operations.trust import add_certificate, load_trust_files, pending_versions, signature_policy
from gui.store.migrations import migrations
from gui.store.reports import ReportStore
from gui.store.signatures import SignatureRepository
from tests.conftest import run_cli
from tests.signing.pki import Pki
from tests.signing.test_trust_registry import KEY, counted_figure, nghe_an, signed_twice

NOT_KEPT = "không thể kiểm tra lại: tệp gốc không được lưu — hãy nhập lại tệp"


def old_database(pki: Pki, folder: Path, signed: Path) -> Path:
    """A database at the schema before the trust registry, holding a trusted version as an older app stored it
    (its signature rows, no file bytes): the rows of a current import copied into the old tables' columns."""
    current = ReportStore.open(folder / "current.sqlite3")
    load_trust_files(store=current, paths=[pki.root.pem, pki.intermediate.pem])
    add_certificate(store=current, unit_kind="province", unit_code="40", role="signer", path=pki.nghe_an.pem)
    add_certificate(store=current, unit_kind="province", unit_code="40", role="agency", path=pki.nghe_an_clerk.pem)
    run = import_paths(current, [signed], signatures=signature_policy(store=current))
    assert run.results[0].signature == "trusted", run.results[0].reason
    current.close()

    path = folder / "old.sqlite3"
    old = Database(str(path))
    migrations.apply(old, stop_before="m_trust_registry")
    old.execute("ATTACH DATABASE ? AS cur", [str(folder / "current.sqlite3")])
    for table in old.table_names():
        if table.startswith(("_", "sqlite_")) or table not in Database(str(folder / "current.sqlite3")).table_names():
            continue
        columns = [c.name for c in old[table].columns]
        names = ", ".join(f'"{c}"' for c in columns)
        old.execute(f'INSERT OR REPLACE INTO "{table}" ({names}) SELECT {names} FROM cur."{table}"')
    old.conn.commit()
    old.execute("DETACH DATABASE cur")
    old.conn.close()
    return path


def test_a_version_stored_without_its_bytes_is_not_trusted_after_a_trust_change(pki: Pki, tmp_path: Path) -> None:
    signed = tmp_path / "nghe-an-2025.pdf"
    signed.write_bytes(signed_twice(nghe_an(), pki.nghe_an, pki.nghe_an_clerk))
    path = old_database(pki, tmp_path, signed)

    store = ReportStore.open(path)  # migrated now: the trust tables are new and empty, no bytes kept
    try:
        assert store.db.execute("SELECT COUNT(*) FROM inbox_blobs").fetchone()[0] == 0
        (report_id,) = store.db.execute("SELECT id FROM reports WHERE origin = 'inbox'").fetchone()
        before = SignatureRepository(store).received([report_id])[report_id]
        assert before.status == "trusted"
        honest = counted_figure(store)
        assert honest is not None

        # The Ministry loads its roots into this database: a trust change. The old verdict is not kept silently.
        loaded = load_trust_files(store=store, paths=[pki.root.pem, pki.intermediate.pem])
        assert loaded.reverified.without_bytes == 1 and loaded.reverified.status_changed == 1
        after = SignatureRepository(store).received([report_id])[report_id]
        assert after.status == "unverified"
        assert NOT_KEPT in after.summary and after.summary.count(NOT_KEPT) == 1, after.summary
        assert "Hãy đề nghị đơn vị ký lại" not in after.summary  # the file is what is missing, not a signature
        assert [v.report_id for v in pending_versions(store=store)] == [report_id]
        # Not counted: Nghệ An has no counted report for 2025 now.
        assert counted_figure_or_none(store) is None

        # A registry change (registering its certificates) does not make it trusted either.
        done = add_certificate(
            store=store, unit_kind="province", unit_code="40", role="signer", path=pki.nghe_an.pem
        )
        add_certificate(store=store, unit_kind="province", unit_code="40", role="agency", path=pki.nghe_an_clerk.pem)
        assert done.reverified.without_bytes == 1
        assert SignatureRepository(store).received([report_id])[report_id].status == "unverified"
        assert counted_figure_or_none(store) is None
        reverify = run_cli("inbox", "reverify", "--db", path)
        assert reverify.returncode == 0 and "hãy nhập lại tệp" in reverify.stdout, reverify.stdout

        # Imported again: the bytes are kept, the file judged, the version trusted and counted again.
        again = import_paths(store, [signed], signatures=signature_policy(store=store))
        assert again.results[0].outcome is Outcome.ALREADY, again.results[0].reason
        final = SignatureRepository(store).received([report_id])[report_id]
        assert final.status == "trusted" and NOT_KEPT not in final.summary, final.summary
        assert counted_figure(store) == honest
        assert store.db.execute("SELECT COUNT(*) FROM inbox_blobs").fetchone()[0] == 1
    finally:
        store.close()


def counted_figure_or_none(store: ReportStore) -> object:
    from gui.inbox.consolidate import consolidate

    rows = [r for r in consolidate(store, "2025").reported if r.unit.name == "Nghệ An"]
    return rows[0].values.get(KEY) if rows else None
