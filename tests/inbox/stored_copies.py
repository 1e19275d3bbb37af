"""Many stored versions without importing each: a received version's rows copied, each copy its own report (older
than the source, superseded by it) with the same stored file and signatures. The set-up of the re-verification
tests and of benchmarks/bench_reverify.py, not a thing the app does; SQL here because it reaches under the store's
API on purpose."""

from __future__ import annotations

from gui.store.reports import ReportStore


def copies(store: ReportStore, source: int, count: int) -> None:
    """`count` more stored versions of the received report `source`."""
    db = store.db
    with db.conn:
        for i in range(count):
            new_id = db.execute(
                """INSERT INTO reports (uid, origin, template_id, template_version, unit_kind, unit_code, unit_name,
                       unit_list, period_id, period_kind, period_start, period_end, status, completion, created_at,
                       updated_at)
                   SELECT uid || ?, origin, template_id, template_version, unit_kind, unit_code, unit_name, unit_list,
                          period_id, period_kind, period_start, period_end, status, completion, created_at,
                          '2025-01-01T00:00:00+00:00'
                   FROM reports WHERE id = ?""",
                [f"-{i}", source],
            ).lastrowid
            db.execute(
                """INSERT INTO inbox_reports (report_id, doc_sha256, source_template_version, unmatched, source_path,
                       imported_at, superseded_by)
                   SELECT ?, doc_sha256 || ?, source_template_version, unmatched, source_path, imported_at, ?
                   FROM inbox_reports WHERE report_id = ?""",
                [new_id, f"-{i}", source, source],
            )
            db.execute(
                "INSERT INTO inbox_blobs (report_id, sha256, data) SELECT ?, sha256, data FROM inbox_blobs "
                "WHERE report_id = ?",
                [new_id, source],
            )
            db.execute(
                "INSERT INTO inbox_signatures (report_id, status, summary, signatures) SELECT ?, status, summary, "
                "signatures FROM inbox_signatures WHERE report_id = ?",
                [new_id, source],
            )
