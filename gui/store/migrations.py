"""The database schema as sqlite-utils migrations; a database with a migration we do not know is from a newer app."""

from __future__ import annotations

from gui.store.sqlite import Database, Migrations

migrations = Migrations("bvntd")


@migrations()
def m001_reports(db: Database) -> None:
    db.execute(
        """CREATE TABLE reports (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL,
            origin TEXT NOT NULL DEFAULT 'own' CHECK (origin IN ('own', 'inbox')),
            template_id TEXT NOT NULL,
            template_version INTEGER NOT NULL,
            unit_kind TEXT NOT NULL,
            unit_code TEXT NOT NULL,
            unit_name TEXT NOT NULL,
            unit_list TEXT NOT NULL DEFAULT '',
            period_id TEXT NOT NULL,
            period_kind TEXT NOT NULL,
            period_start TEXT NOT NULL,
            period_end TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'final')),
            completion REAL NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        )"""
    )
    db.execute("CREATE INDEX reports_listing ON reports (origin, deleted_at, updated_at)")
    db.execute("CREATE INDEX reports_uid ON reports (uid)")
    db.execute(
        """CREATE TABLE report_values (
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            value TEXT NOT NULL,
            PRIMARY KEY (report_id, key)
        ) WITHOUT ROWID"""
    )
    db.execute(
        """CREATE TABLE revisions (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            old_value TEXT,
            new_value TEXT,
            at TEXT NOT NULL,
            undone INTEGER NOT NULL DEFAULT 0
        )"""
    )
    db.execute("CREATE INDEX revisions_by_report ON revisions (report_id, id)")
    db.execute("CREATE TABLE profile (id INTEGER PRIMARY KEY CHECK (id = 1), data TEXT NOT NULL)")
    db.execute(
        """CREATE TABLE exports (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            draft INTEGER NOT NULL DEFAULT 0
        )"""
    )


@migrations()
def m002_inbox(db: Database) -> None:
    """The Ministry's inbox: every file seen (by its SHA-256) and what became of it; per imported report, the
    document's hash, the template version it was made with and the values that did not fit the current template."""
    db.execute(
        """CREATE TABLE inbox_files (
            sha256 TEXT PRIMARY KEY,
            path TEXT NOT NULL,
            size INTEGER NOT NULL,
            result TEXT NOT NULL CHECK (result IN ('imported', 'replaced', 'already', 'older', 'rejected')),
            reason TEXT NOT NULL DEFAULT '',
            imported_at TEXT NOT NULL,
            report_id INTEGER REFERENCES reports(id) ON DELETE SET NULL
        )"""
    )
    db.execute("CREATE INDEX inbox_files_by_report ON inbox_files (report_id)")
    db.execute(
        """CREATE TABLE inbox_reports (
            report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
            doc_sha256 TEXT NOT NULL,
            source_template_version INTEGER NOT NULL,
            unmatched TEXT NOT NULL DEFAULT '[]',
            source_path TEXT NOT NULL DEFAULT '',
            imported_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX inbox_reports_by_sha ON inbox_reports (doc_sha256)")
    db.execute("CREATE INDEX reports_by_unit_period ON reports (origin, unit_kind, unit_code, period_id)")


@migrations()
def m003_signatures(db: Database) -> None:
    """Digital signatures (gui.signing): per received report, what verification found; per unit, the
    certificates seen per role (the first recorded as known, a later different one flagged until a person confirms it);
    per exported report, who signed the file, in which role and when."""
    db.execute(
        """CREATE TABLE inbox_signatures (
            report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
            status TEXT NOT NULL CHECK (status IN ('trusted', 'unverified', 'unsigned')),
            summary TEXT NOT NULL DEFAULT '',
            signatures TEXT NOT NULL DEFAULT '[]'
        )"""
    )
    db.execute(
        """CREATE TABLE unit_certificates (
            unit_kind TEXT NOT NULL,
            unit_code TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('signer', 'agency')),
            fingerprint TEXT NOT NULL,
            holder TEXT NOT NULL DEFAULT '',
            organisation TEXT NOT NULL DEFAULT '',
            first_seen_at TEXT NOT NULL,
            confirmed INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (unit_kind, unit_code, role, fingerprint)
        ) WITHOUT ROWID"""
    )
    db.execute(
        """CREATE TABLE export_signatures (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            role TEXT NOT NULL CHECK (role IN ('signer', 'agency')),
            holder TEXT NOT NULL DEFAULT '',
            organisation TEXT NOT NULL DEFAULT '',
            signed_at TEXT NOT NULL,
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            document_sha256 TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX export_signatures_by_report ON export_signatures (report_id, id)")


@migrations()
def m_ministry_desk(db: Database) -> None:
    """The Ministry's desk: a period's deadline when moved from the template's default; the address book of the
    units; each review of a unit's report (its state, comments and the values commented on, for the diff)."""
    db.execute(
        """CREATE TABLE desk_periods (
            period_id TEXT PRIMARY KEY,
            deadline TEXT NOT NULL,
            changed_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE desk_addresses (
            unit_kind TEXT NOT NULL CHECK (unit_kind IN ('province', 'ministry')),
            unit_code TEXT NOT NULL,
            emails TEXT NOT NULL DEFAULT '',
            contact TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL,
            PRIMARY KEY (unit_kind, unit_code)
        )"""
    )
    db.execute(
        """CREATE TABLE desk_reviews (
            id INTEGER PRIMARY KEY,
            unit_kind TEXT NOT NULL,
            unit_code TEXT NOT NULL,
            period_id TEXT NOT NULL,
            report_uid TEXT NOT NULL,
            report_updated_at TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('received', 'correction', 'accepted')),
            general TEXT NOT NULL DEFAULT '',
            comments TEXT NOT NULL DEFAULT '[]',
            snapshot TEXT NOT NULL DEFAULT '{}',
            at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX desk_reviews_by_unit ON desk_reviews (period_id, unit_kind, unit_code, id)")


@migrations()
def m_received_versions(db: Database) -> None:
    """Every received version is kept: a newer one supersedes the one before (superseded_by) and never deletes it;
    a report accepted as a draft says so; what the page check found; identity conflicts wait for a person."""
    db.execute("ALTER TABLE inbox_reports ADD COLUMN superseded_by INTEGER REFERENCES reports(id) ON DELETE SET NULL")
    db.execute("ALTER TABLE inbox_reports ADD COLUMN draft INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE inbox_reports ADD COLUMN pages TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE inbox_reports ADD COLUMN notes TEXT NOT NULL DEFAULT ''")
    db.execute("CREATE INDEX inbox_reports_superseded ON inbox_reports (superseded_by)")
    db.execute(
        """CREATE TABLE inbox_conflicts (
            id INTEGER PRIMARY KEY,
            file_sha256 TEXT NOT NULL UNIQUE,
            path TEXT NOT NULL,
            uid TEXT NOT NULL,
            unit_kind TEXT NOT NULL,
            unit_code TEXT NOT NULL,
            unit_name TEXT NOT NULL,
            period_id TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            existing_report_id INTEGER REFERENCES reports(id) ON DELETE SET NULL,
            reason TEXT NOT NULL,
            document TEXT NOT NULL,
            received_at TEXT NOT NULL,
            decision TEXT NOT NULL DEFAULT '' CHECK (decision IN ('', 'kept', 'taken')),
            decided_at TEXT
        )"""
    )


@migrations()
def m_export_paths(db: Database) -> None:
    """Where each export was written (the full path), so the report's last final export can be signed later from
    the list or the menu; an export made before this is known by its file name only (NULL here)."""
    db.execute("ALTER TABLE exports ADD COLUMN path TEXT")


@migrations()
def m_report_life(db: Database) -> None:
    """The facts of a report's life (gui.core.report_status): a count of value changes, noted by each final
    export and signing so an edit after them is known exactly; and the sendings, noted only when the person
    confirms or the mail program took the message."""
    db.execute("ALTER TABLE reports ADD COLUMN edits INTEGER NOT NULL DEFAULT 0")
    db.execute("ALTER TABLE exports ADD COLUMN edits INTEGER")
    db.execute("ALTER TABLE export_signatures ADD COLUMN edits INTEGER")
    db.execute("CREATE INDEX exports_by_report ON exports (report_id, id)")
    db.execute(
        """CREATE TABLE report_sent (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            how TEXT NOT NULL CHECK (how IN ('confirmed', 'mail_program')),
            file_name TEXT NOT NULL DEFAULT '',
            sha256 TEXT NOT NULL DEFAULT '',
            recipient TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute("CREATE INDEX report_sent_by_report ON report_sent (report_id, id)")


@migrations()
def m_ministry_replies(db: Database) -> None:
    """The round trip of the Ministry's replies. The Ministry's side: the receipts it made (so 'every unit received
    since the last receipts' can be found), the request id and letter of each request for correction, and the
    request a received corrected version answers. The province's side: each receipt or letter of the Ministry it
    opened (with its verification), the Ministry's certificates it trusts, and which version each export wrote
    (a reply about an older version is recognised as such)."""
    db.execute(
        """CREATE TABLE desk_receipts (
            id INTEGER PRIMARY KEY,
            report_id INTEGER REFERENCES reports(id) ON DELETE SET NULL,
            unit_kind TEXT NOT NULL,
            unit_code TEXT NOT NULL,
            period_id TEXT NOT NULL,
            receipt_id TEXT NOT NULL,
            document_sha256 TEXT NOT NULL,
            made_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX desk_receipts_by_period ON desk_receipts (period_id, unit_kind, unit_code)")
    db.execute(
        """CREATE TABLE desk_requests (
            review_id INTEGER PRIMARY KEY REFERENCES desk_reviews(id) ON DELETE CASCADE,
            request_id TEXT NOT NULL UNIQUE,
            number TEXT NOT NULL DEFAULT '',
            day TEXT NOT NULL,
            deadline TEXT NOT NULL DEFAULT '',
            document_sha256 TEXT NOT NULL DEFAULT '',
            made_at TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE inbox_answers (
            report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
            request_id TEXT NOT NULL,
            number TEXT NOT NULL DEFAULT '',
            day TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute(
        """CREATE TABLE ministry_replies (
            id INTEGER PRIMARY KEY,
            report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('receipt', 'correction')),
            reply_id TEXT NOT NULL,
            version_updated_at TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('trusted', 'unverified')),
            summary TEXT NOT NULL DEFAULT '',
            data TEXT NOT NULL,
            file_sha256 TEXT NOT NULL UNIQUE,
            file_name TEXT NOT NULL DEFAULT '',
            received_at TEXT NOT NULL
        )"""
    )
    db.execute("CREATE INDEX ministry_replies_by_report ON ministry_replies (report_id, id)")
    db.execute(
        """CREATE TABLE ministry_certificates (
            fingerprint TEXT PRIMARY KEY,
            der BLOB NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            loaded_at TEXT NOT NULL
        )"""
    )
    db.execute("ALTER TABLE exports ADD COLUMN document_updated_at TEXT NOT NULL DEFAULT ''")


@migrations()
def m_trust_registry(db: Database) -> None:
    """Trust the Ministry manages (gui.operations.trust): the certificates registered per unit and role, the trust
    roots, intermediates and CRLs loaded into this database; every received file's bytes (re-verified whenever trust
    changes); a version not trusted enough to count waits ("pending", with its reason) until a person accepts it."""
    db.execute(
        """CREATE TABLE certificate_registry (
            id INTEGER PRIMARY KEY,
            unit_kind TEXT NOT NULL CHECK (unit_kind IN ('province', 'ministry')),
            unit_code TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('signer', 'agency')),
            fingerprint TEXT NOT NULL,
            subject TEXT NOT NULL DEFAULT '',
            issuer TEXT NOT NULL DEFAULT '',
            holder TEXT NOT NULL DEFAULT '',
            organisation TEXT NOT NULL DEFAULT '',
            valid_from TEXT,
            valid_to TEXT,
            source TEXT NOT NULL CHECK (source IN ('file', 'report')),
            source_detail TEXT NOT NULL DEFAULT '',
            registered_by TEXT NOT NULL DEFAULT '',
            registered_at TEXT NOT NULL,
            retired_by TEXT NOT NULL DEFAULT '',
            retired_at TEXT,
            certificate BLOB,
            UNIQUE (unit_kind, unit_code, role, fingerprint)
        )"""
    )
    db.execute("CREATE INDEX certificate_registry_by_fingerprint ON certificate_registry (fingerprint)")
    db.execute(
        """CREATE TABLE trust_sources (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('root', 'intermediate', 'crl')),
            fingerprint TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL DEFAULT '',
            valid_from TEXT,
            valid_to TEXT,
            file_name TEXT NOT NULL DEFAULT '',
            loaded_by TEXT NOT NULL DEFAULT '',
            loaded_at TEXT NOT NULL,
            data BLOB NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE inbox_blobs (
            report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
            sha256 TEXT NOT NULL,
            data BLOB NOT NULL
        )"""
    )
    db.execute("ALTER TABLE inbox_reports ADD COLUMN pending TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE inbox_reports ADD COLUMN accepted_by TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE inbox_reports ADD COLUMN accepted_at TEXT")


KNOWN_MIGRATIONS = frozenset(m.name for m in migrations._migrations)
