"""The trust tables (migration m_trust_registry): the certificates registered per unit and role, the trust roots,
intermediates and CRLs loaded into the database, and the bytes of every received file. The caller holds the
transaction when writing (gui.operations.trust)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from gui.core.signature_terms import Role
from gui.store.reports import ReportStore
from gui.store.rows import first_row


@dataclass(frozen=True, kw_only=True)
class RegisteredCertificate:
    """A certificate the Ministry accepts for a unit in a role; retired ones stay listed, never counted."""

    id: int
    unit_kind: str
    unit_code: str
    role: Role  # signer | agency
    fingerprint: str  # SHA-256 of the DER, hex
    subject: str
    issuer: str
    holder: str
    organisation: str
    valid_from: str | None
    valid_to: str | None
    source: str  # file (a .cer/.crt the unit sent) | report (seen in a received report, confirmed by a person)
    source_detail: str
    registered_by: str
    registered_at: str
    retired_by: str = ""
    retired_at: str | None = None

    @property
    def active(self) -> bool:
        return self.retired_at is None


@dataclass(frozen=True, kw_only=True)
class TrustSource:
    """A trust root, an intermediate or a CRL loaded by the Ministry (valid_* are a CRL's this/next update)."""

    id: int
    kind: str  # root | intermediate | crl
    fingerprint: str
    name: str
    valid_from: str | None
    valid_to: str | None
    file_name: str
    loaded_by: str
    loaded_at: str
    data: bytes


@dataclass(frozen=True, kw_only=True)
class StoredVersion:
    """A received version as the re-verification reads it: its unit, its file's bytes (None when it was received
    before the bytes were kept)."""

    report_id: int
    unit_kind: str
    unit_code: str
    unit_name: str
    period_id: str
    data: bytes | None


_REGISTRY_COLUMNS = """id, unit_kind, unit_code, role, fingerprint, subject, issuer, holder, organisation, valid_from,
    valid_to, source, source_detail, registered_by, registered_at, retired_by, retired_at"""


class TrustRepository:
    def __init__(self, store: ReportStore) -> None:
        self.store = store
        self.db = store.db

    # --- the registry ----------------------------------------------------------------------------

    def certificates(
        self, unit_kind: str | None = None, unit_code: str | None = None, *, include_retired: bool = True
    ) -> list[RegisteredCertificate]:
        where, args = ["1 = 1"], []
        if unit_kind is not None:
            where.append("unit_kind = ?")
            args.append(unit_kind)
        if unit_code is not None:
            where.append("unit_code = ?")
            args.append(unit_code)
        if not include_retired:
            where.append("retired_at IS NULL")
        rows = self.db.query(
            f"""SELECT {_REGISTRY_COLUMNS} FROM certificate_registry WHERE {" AND ".join(where)}
                ORDER BY unit_kind DESC, unit_code, role DESC, registered_at, id""",
            args,
        )
        return [_registered(row) for row in rows]

    def with_fingerprint(self, prefix: str) -> list[RegisteredCertificate]:
        rows = self.db.query(
            f"SELECT {_REGISTRY_COLUMNS} FROM certificate_registry WHERE fingerprint LIKE ? ORDER BY id",
            [prefix + "%"],
        )
        return [_registered(row) for row in rows]

    def registration(self, unit_kind: str, unit_code: str, role: str, fingerprint: str) -> RegisteredCertificate | None:
        row = first_row(
            self.db,
            f"""SELECT {_REGISTRY_COLUMNS} FROM certificate_registry
                WHERE unit_kind = ? AND unit_code = ? AND role = ? AND fingerprint = ?""",
            [unit_kind, unit_code, role, fingerprint],
        )
        return _registered(row) if row else None

    def active_fingerprints(self) -> dict[tuple[str, str, str], set[str]]:
        """(unit kind, unit code, role) → the fingerprints registered and not retired: read once per re-verification."""
        out: dict[tuple[str, str, str], set[str]] = {}
        for row in self.db.query(
            "SELECT unit_kind, unit_code, role, fingerprint FROM certificate_registry WHERE retired_at IS NULL"
        ):
            key = (str(row["unit_kind"]), str(row["unit_code"]), str(row["role"]))
            out.setdefault(key, set()).add(str(row["fingerprint"]))
        return out

    def retired_fingerprints(self) -> dict[tuple[str, str, str], set[str]]:
        out: dict[tuple[str, str, str], set[str]] = {}
        for row in self.db.query(
            "SELECT unit_kind, unit_code, role, fingerprint FROM certificate_registry WHERE retired_at IS NOT NULL"
        ):
            key = (str(row["unit_kind"]), str(row["unit_code"]), str(row["role"]))
            out.setdefault(key, set()).add(str(row["fingerprint"]))
        return out

    def register(self, cert: RegisteredCertificate, der: bytes | None) -> int:
        """A new registration, or a retired one made active again with the new details."""
        row = {
            "unit_kind": cert.unit_kind,
            "unit_code": cert.unit_code,
            "role": cert.role,
            "fingerprint": cert.fingerprint,
            "subject": cert.subject,
            "issuer": cert.issuer,
            "holder": cert.holder,
            "organisation": cert.organisation,
            "valid_from": cert.valid_from,
            "valid_to": cert.valid_to,
            "source": cert.source,
            "source_detail": cert.source_detail,
            "registered_by": cert.registered_by,
            "registered_at": cert.registered_at,
            "retired_by": "",
            "retired_at": None,
            "certificate": der,
        }
        existing = self.registration(cert.unit_kind, cert.unit_code, cert.role, cert.fingerprint)
        if existing is not None:
            self.db.table("certificate_registry").update(existing.id, row)
            return existing.id
        return int(self.db.table("certificate_registry").insert(row).last_pk or 0)

    def retire(self, registration_id: int, by: str, at: str) -> None:
        self.db.execute(
            "UPDATE certificate_registry SET retired_by = ?, retired_at = ? WHERE id = ?", [by, at, registration_id]
        )

    # --- trust roots, intermediates and CRLs ---------------------------------------------------------

    def sources(self) -> list[TrustSource]:
        rows = self.db.query(
            """SELECT id, kind, fingerprint, name, valid_from, valid_to, file_name, loaded_by, loaded_at, data
               FROM trust_sources ORDER BY kind DESC, name, id"""
        )
        return [TrustSource(**row) for row in rows]

    def add_source(self, source: TrustSource) -> bool:
        """False when the same certificate or CRL (by fingerprint) is already loaded."""
        if first_row(self.db, "SELECT id FROM trust_sources WHERE fingerprint = ?", [source.fingerprint]):
            return False
        row = {
            "kind": source.kind,
            "fingerprint": source.fingerprint,
            "name": source.name,
            "valid_from": source.valid_from,
            "valid_to": source.valid_to,
            "file_name": source.file_name,
            "loaded_by": source.loaded_by,
            "loaded_at": source.loaded_at,
            "data": source.data,
        }
        self.db.table("trust_sources").insert(row)
        return True

    def remove_source(self, source_id: int) -> None:
        self.db.execute("DELETE FROM trust_sources WHERE id = ?", [source_id])

    # --- received files' bytes --------------------------------------------------------------------------

    def keep_bytes(self, report_id: int, sha256: str, data: bytes) -> None:
        self.db.table("inbox_blobs").upsert({"report_id": report_id, "sha256": sha256, "data": data}, pk="report_id")

    def stored_versions(self) -> Iterator[StoredVersion]:
        """Every received version, oldest first, with its file's bytes when kept (read one at a time)."""
        rows = self.db.query(
            """SELECT r.id AS report_id, r.unit_kind, r.unit_code, r.unit_name, r.period_id, b.data
               FROM reports r JOIN inbox_reports i ON i.report_id = r.id LEFT JOIN inbox_blobs b ON b.report_id = r.id
               WHERE r.origin = 'inbox' AND r.deleted_at IS NULL ORDER BY r.id"""
        )
        for values in rows:
            data = values.pop("data")
            yield StoredVersion(**values, data=bytes(data) if data is not None else None)


def _registered(row: dict[str, Any]) -> RegisteredCertificate:
    return RegisteredCertificate(**{**row, "role": Role(row["role"])})
