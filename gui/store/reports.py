"""The reports repository: create, list, edit (with revision history), trash, and the report document."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from msgspec.structs import replace

from gui.core.admission import check_admissible
from gui.core.demo import DEMO_AT, DEMO_HEADER, DEMO_PROFILE, DEMO_VALUES, demo_unit_and_period
from gui.core.demo_uid import demo_uid
from gui.core.document import CorrectionRef, PeriodRef, ReportDocument, TemplateRef, UnitRef
from gui.core.errors import UserError
from gui.core.header import (
    HEADER_KEYS,
    HEADER_PREFIX,
    archive_lines,
    header_from_values,
    header_to_values,
    signer_values,
)
from gui.core.i18n import translate
from gui.core.period import Period
from gui.core.profile import Profile
from gui.core.report_status import ReportStatus, SentHow
from gui.core.template import Template, TemplateField, active_template, template_for
from gui.core.text import normalize_line
from gui.core.units import Unit, parent_body_line
from gui.core.values import coerce_value, completion
from gui.store.database import connect, explain_error
from gui.store.errors import StoreError
from gui.store.listing import SUMMARY_COLUMNS, ReportSummary, list_query, summary_of, with_facts
from gui.store.report_life import record_sent, status_of
from gui.store.rows import first_row
from gui.store.sqlite import Database


class ReportNotFound(UserError, LookupError):
    def __init__(self, report_id: int) -> None:
        super().__init__(translate("Store", "Không có báo cáo số {id} trong cơ sở dữ liệu.").format(id=report_id))


class ReadOnlyReport(UserError, PermissionError):
    def __init__(self) -> None:
        super().__init__(translate("Store", "Báo cáo nhận từ địa phương chỉ được xem, không được sửa."))


@dataclass(frozen=True)
class Revision:
    id: int
    key: str
    old_value: Any
    new_value: Any
    at: str
    undone: bool


def now_iso() -> str:
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _load(text: str | None) -> Any:
    return None if text is None else json.loads(text)


def _revision(row: dict[str, Any]) -> Revision:
    return Revision(
        id=row["id"],
        key=row["key"],
        old_value=_load(row["old_value"]),
        new_value=_load(row["new_value"]),
        at=row["at"],
        undone=bool(row["undone"]),
    )


class ReportStore:
    """All reads and writes the app makes; widgets and commands never run SQL themselves."""

    def __init__(self, db: Database, path: Path | None = None) -> None:
        self.db = db
        self.path = path

    @classmethod
    def open(cls, path: Path) -> ReportStore:
        return cls(connect(path), Path(path))

    def close(self) -> None:
        self.db.conn.close()

    def __enter__(self) -> ReportStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One transaction; a disk full, a lock held too long or a read-only file become a StoreError that says
        so, and the transaction is rolled back whole, so what was saved before stays as it was."""
        try:
            with self.db.atomic():
                yield
        except sqlite3.Error as error:
            raise StoreError(explain_error(error, self.path or Path("?"))) from error

    # --- profile -------------------------------------------------------------------------------

    def profile(self) -> Profile:
        row = first_row(self.db, "SELECT data FROM profile WHERE id = 1")
        return Profile.from_json(row["data"]) if row else Profile()

    def save_profile(self, profile: Profile) -> None:
        with self._write():
            self.db.execute(
                "INSERT INTO profile (id, data) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data",
                [profile.to_json()],
            )

    # --- listing -------------------------------------------------------------------------------

    def list_reports(self, *, origin: str | None = "own", trash: bool = False) -> list[ReportSummary]:
        sql, params = list_query(origin=origin, trash=trash)
        return with_facts(self.db.execute, [summary_of(row) for row in self.db.query(sql, params)])

    def summary(self, report_id: int) -> ReportSummary:
        row = first_row(self.db, f"SELECT {SUMMARY_COLUMNS} FROM reports WHERE id = ?", [report_id])
        if row is None:
            raise ReportNotFound(report_id)
        return with_facts(self.db.execute, [summary_of(row)])[0]

    def life_status(self, report_id: int) -> ReportStatus:
        """The report's status (gui.core.report_status), as the list shows it."""
        self._row(report_id)
        return status_of(self.db.execute, report_id)

    def record_sent(
        self, report_id: int, *, how: SentHow, file_name: str, sha256: str, recipient: str = "", at: str | None = None
    ) -> None:
        """Note that the report went out: the person confirmed it, or the mail program took the message."""
        self._row(report_id)
        with self._write():
            record_sent(
                self.db.execute,
                report_id,
                at=at or now_iso(),
                how=how,
                file_name=file_name,
                sha256=sha256,
                recipient=recipient,
            )

    def own_reports_with_uid(self, uid: str) -> list[int]:
        """The unit's own reports (not in the trash) that are copies of the document `uid`, newest first."""
        rows = self.db.query(
            """SELECT id FROM reports WHERE uid = ? AND origin = 'own' AND deleted_at IS NULL
               ORDER BY updated_at DESC, id DESC""",
            [uid],
        )
        return [int(r["id"]) for r in rows]

    def _row(self, report_id: int) -> dict[str, Any]:
        row = next(self.db.query("SELECT * FROM reports WHERE id = ?", [report_id]), None)
        if row is None:
            raise ReportNotFound(report_id)
        return row

    def _insert_report(self, row: dict[str, Any]) -> int:
        """A new row of `reports` (inside the caller's transaction); its id."""
        report_id = self.db.table("reports").insert(row).last_pk
        assert isinstance(report_id, int)
        return report_id

    def template_of(self, report_id: int) -> Template:
        row = self._row(report_id)
        return template_for(row["template_id"], row["template_version"])

    # --- creating ------------------------------------------------------------------------------

    def create_report(
        self,
        unit: Unit,
        period: Period,
        template: Template,
        *,
        profile: Profile | None = None,
        values: dict[str, Any] | None = None,
        uid: str | None = None,
        at: str | None = None,
    ) -> int:
        """A new draft for a unit and period; its header starts from the agency profile and the template."""
        profile = profile or self.profile()
        at = at or now_iso()
        header = default_header(unit, template, profile)
        with self._write():
            report_id = self._insert_report(
                {
                    "uid": uid or str(uuid.uuid4()),
                    "origin": "own",
                    "template_id": template.id,
                    "template_version": template.version,
                    "unit_kind": unit.kind,
                    "unit_code": unit.code,
                    "unit_name": unit.name,
                    "unit_list": unit.list_id,
                    "period_id": period.id,
                    "period_kind": period.kind,
                    "period_start": period.start.isoformat(),
                    "period_end": period.end.isoformat(),
                    "created_at": at,
                    "updated_at": at,
                }
            )
            initial = {f"{HEADER_PREFIX}{k}": v for k, v in header.items()}
            initial.update(values or {})
            self._insert_fresh(report_id, initial, template)
            self._refresh_completion(report_id, template)
        return report_id

    def duplicate_report(self, source_id: int, period: Period, *, at: str | None = None) -> int:
        """A new draft for another period, carrying the source's texts and header (not its number and date)."""
        row = self._row(source_id)
        template = template_for(row["template_id"], row["template_version"])
        values = self.values(source_id, with_header=True)
        values.pop(f"{HEADER_PREFIX}number", None)
        values.pop(f"{HEADER_PREFIX}date", None)
        unit = Unit(row["unit_kind"], row["unit_code"], row["unit_name"], list_id=row["unit_list"])
        at = at or now_iso()
        with self._write():
            new_id = self.create_report(unit, period, template, at=at)
            self._write_values(new_id, values, template, at, record=False)
            self._refresh_completion(new_id, template)
        return new_id

    # --- values and revisions ----------------------------------------------------------------------

    def values(self, report_id: int, *, with_header: bool = False) -> dict[str, Any]:
        rows = self.db.query("SELECT key, value FROM report_values WHERE report_id = ?", [report_id])
        return {r["key"]: json.loads(r["value"]) for r in rows if with_header or not r["key"].startswith(HEADER_PREFIX)}

    def header_values(self, report_id: int) -> dict[str, Any]:
        values = self.values(report_id, with_header=True)
        return {k.removeprefix(HEADER_PREFIX): v for k, v in values.items() if k.startswith(HEADER_PREFIX)}

    def set_value(self, report_id: int, key: str, value: Any, *, at: str | None = None) -> bool:
        """Save one field (a template key or 'header.<name>'); returns False when nothing changed."""
        return self.set_values(report_id, {key: value}, at=at) > 0

    def set_values(self, report_id: int, changes: dict[str, Any], *, at: str | None = None) -> int:
        row = self._row(report_id)
        if row["origin"] != "own":
            raise ReadOnlyReport()
        template = template_for(row["template_id"], row["template_version"])
        at = at or now_iso()
        with self._write():
            changed = self._write_values(report_id, changes, template, at, record=True)
            if changed:
                self.db.execute("UPDATE reports SET updated_at = ?, edits = edits + 1 WHERE id = ?", [at, report_id])
                self._refresh_completion(report_id, template)
        return changed

    def _insert_fresh(self, report_id: int, values: dict[str, Any], template: Template) -> None:
        """The first values of a new report: nothing to compare with, so one batched insert."""
        fields = template.field_map()
        rows = []
        for key, raw in values.items():
            value = _canonical(key, raw, fields)
            if value is not None:
                rows.append((report_id, key, _dump(value)))
        self.db.conn.executemany("INSERT INTO report_values (report_id, key, value) VALUES (?, ?, ?)", rows)

    def _write_values(
        self, report_id: int, changes: dict[str, Any], template: Template, at: str, *, record: bool
    ) -> int:
        fields = template.field_map()
        changed = 0
        for key, raw in changes.items():
            value = _canonical(key, raw, fields)
            old_row = first_row(
                self.db, "SELECT value FROM report_values WHERE report_id = ? AND key = ?", [report_id, key]
            )
            old = old_row["value"] if old_row else None
            new = None if value is None else _dump(value)
            if old == new:
                continue
            if new is None:
                self.db.execute("DELETE FROM report_values WHERE report_id = ? AND key = ?", [report_id, key])
            else:
                self.db.execute(
                    """INSERT INTO report_values (report_id, key, value) VALUES (?, ?, ?)
                       ON CONFLICT(report_id, key) DO UPDATE SET value = excluded.value""",
                    [report_id, key, new],
                )
            if record:
                self.db.execute(
                    "INSERT INTO revisions (report_id, key, old_value, new_value, at) VALUES (?, ?, ?, ?, ?)",
                    [report_id, key, old, new, at],
                )
            changed += 1
        return changed

    def _refresh_completion(self, report_id: int, template: Template) -> None:
        share = completion(template, self.values(report_id))
        self.db.execute("UPDATE reports SET completion = ? WHERE id = ?", [round(share, 4), report_id])

    def history(self, report_id: int, key: str | None = None, limit: int = 200) -> list[Revision]:
        sql = "SELECT id, key, old_value, new_value, at, undone FROM revisions WHERE report_id = ?"
        params: list[Any] = [report_id]
        if key is not None:
            sql += " AND key = ?"
            params.append(key)
        rows = self.db.query(sql + " ORDER BY id DESC LIMIT ?", [*params, limit])
        return [_revision(r) for r in rows]

    def undo(self, report_id: int, *, at: str | None = None) -> Revision | None:
        """Undo the latest edit not yet undone, also after a restart; returns it, or None when there is none."""
        row = first_row(
            self.db,
            """SELECT id, key, old_value, new_value, at, undone FROM revisions
               WHERE report_id = ? AND undone = 0 ORDER BY id DESC LIMIT 1""",
            [report_id],
        )
        if row is None:
            return None
        revision = _revision(row)
        template = self.template_of(report_id)
        at = at or now_iso()
        with self._write():
            self._write_values(report_id, {revision.key: revision.old_value}, template, at, record=False)
            self.db.execute("UPDATE revisions SET undone = 1 WHERE id = ?", [revision.id])
            self.db.execute("UPDATE reports SET updated_at = ?, edits = edits + 1 WHERE id = ?", [at, report_id])
            self._refresh_completion(report_id, template)
        return revision

    # --- trash ---------------------------------------------------------------------------------

    def delete_report(self, report_id: int) -> None:
        """Move to the trash; nothing is erased until the trash is emptied."""
        self._row(report_id)
        with self._write():
            self.db.execute("UPDATE reports SET deleted_at = ? WHERE id = ?", [now_iso(), report_id])

    def restore_report(self, report_id: int) -> None:
        self._row(report_id)
        with self._write():
            self.db.execute("UPDATE reports SET deleted_at = NULL WHERE id = ?", [report_id])

    # --- status and exports -------------------------------------------------------------------------

    def record_export(
        self,
        report_id: int,
        file_name: str,
        sha256: str,
        *,
        draft: bool,
        at: str | None = None,
        path: str | None = None,
        document_updated_at: str = "",
    ) -> None:
        """`document_updated_at`: the version the file holds (a reply of the Ministry's about an older one is told
        apart from one about the version sent last)."""
        with self._write():
            self.db.execute(
                """INSERT INTO exports (report_id, at, file_name, sha256, draft, path, edits, document_updated_at)
                   VALUES (?, ?, ?, ?, ?, ?, (SELECT edits FROM reports WHERE id = ?), ?)""",
                [report_id, at or now_iso(), file_name, sha256, int(draft), path, report_id, document_updated_at],
            )
            if not draft:
                self.db.execute("UPDATE reports SET status = 'final' WHERE id = ?", [report_id])

    def exports(self, report_id: int) -> list[dict[str, Any]]:
        """Newest first; "path" is None for an export recorded before paths were kept."""
        rows = self.db.query(
            "SELECT at, file_name, sha256, draft, path FROM exports WHERE report_id = ? ORDER BY id DESC", [report_id]
        )
        return [{**r, "draft": bool(r["draft"])} for r in rows]

    # --- the document --------------------------------------------------------------------------

    def document(self, report_id: int) -> ReportDocument:
        row = self._row(report_id)
        all_values = self.values(report_id, with_header=True)
        header = {k.removeprefix(HEADER_PREFIX): v for k, v in all_values.items() if k.startswith(HEADER_PREFIX)}
        values = {k: v for k, v in all_values.items() if not k.startswith(HEADER_PREFIX)}
        return ReportDocument(
            uid=row["uid"],
            template=TemplateRef(id=row["template_id"], version=row["template_version"]),
            unit=UnitRef(kind=row["unit_kind"], code=row["unit_code"], name=row["unit_name"], list_id=row["unit_list"]),
            period=PeriodRef(
                id=row["period_id"],
                kind=row["period_kind"],
                start=dt.date.fromisoformat(row["period_start"]),
                end=dt.date.fromisoformat(row["period_end"]),
            ),
            header=header_from_values(header),
            values=values,
            created_at=row["created_at"],
            updated_at=row["updated_at"],
            correction_of=self._correction_of(report_id, row),
        )

    def _correction_of(self, report_id: int, row: dict[str, Any]) -> CorrectionRef | None:
        """The Ministry's request this report answers. Our own report: the last request for correction opened
        (gui.operations.ministry_replies), once the report changed after the version it commented on — only then
        is it a corrected version. A received report: what its document said (the inbox keeps it)."""
        if row["origin"] == "inbox":
            found = first_row(
                self.db, "SELECT request_id, number, day FROM inbox_answers WHERE report_id = ?", [report_id]
            )
            if found is None or not found["day"]:
                return None
            return CorrectionRef(
                id=found["request_id"], number=found["number"], date=dt.date.fromisoformat(found["day"])
            )
        found = first_row(
            self.db,
            """SELECT data, version_updated_at FROM ministry_replies WHERE report_id = ? AND kind = 'correction'
               ORDER BY id DESC LIMIT 1""",
            [report_id],
        )
        if found is None or not row["updated_at"] > found["version_updated_at"]:
            return None
        letter = json.loads(found["data"])
        return CorrectionRef(
            id=letter["id"], number=letter.get("number", ""), date=dt.date.fromisoformat(letter["date"])
        )

    def import_document(self, doc: ReportDocument, *, origin: str = "own") -> int:
        """Store a document as a new report (a new local id; the uid is kept so copies can be recognised)."""
        template = template_for(doc.template.id, doc.template.version)
        with self._write():
            report_id = self._insert_report(
                {
                    "uid": doc.uid,
                    "origin": origin,
                    "template_id": doc.template.id,
                    "template_version": doc.template.version,
                    "unit_kind": doc.unit.kind,
                    "unit_code": doc.unit.code,
                    "unit_name": doc.unit.name,
                    "unit_list": doc.unit.list_id,
                    "period_id": doc.period.id,
                    "period_kind": doc.period.kind,
                    "period_start": doc.period.start.isoformat(),
                    "period_end": doc.period.end.isoformat(),
                    "created_at": doc.created_at,
                    "updated_at": doc.updated_at,
                }
            )
            values = {f"{HEADER_PREFIX}{k}": v for k, v in header_to_values(doc.header).items()}
            values.update(doc.values)
            self._insert_fresh(report_id, values, template)
            self._refresh_completion(report_id, template)
        return report_id


def _canonical(key: str, raw: Any, fields: dict[str, TemplateField]) -> Any:
    if key.startswith(HEADER_PREFIX):
        name = key.removeprefix(HEADER_PREFIX)
        if name not in HEADER_KEYS:
            raise KeyError(translate("Store", "Không có mục '{name}' trong phần đầu báo cáo.").format(name=name))
        return canonical_header_value(name, raw)
    spec = fields.get(key)
    if spec is None:
        raise KeyError(translate("Store", "Mẫu báo cáo không có trường '{key}'.").format(key=key))
    if spec.is_computed:
        raise KeyError(translate("Store", "Trường '{key}' được tính tự động, không nhập tay.").format(key=key))
    return coerce_value(spec, raw)


def canonical_header_value(name: str, raw: Any) -> Any:
    if raw is None or raw == "" or raw == []:
        return None
    if name in ("addressee", "recipients"):
        items = raw if isinstance(raw, list) else str(raw).split("\n")
        cleaned = [normalize_line(str(item)) for item in items]
        return [item for item in cleaned if item] or None
    if name == "date":
        return dt.date.fromisoformat(str(raw)).isoformat()
    return normalize_line(str(raw)) or None


def default_header(unit: Unit, template: Template, profile: Profile) -> dict[str, Any]:
    recipients = list(profile.recipients) or list(template.document.recipients)
    return {
        "parent_body": profile.parent_body or parent_body_line(unit),
        "agency": profile.agency,
        "symbol": profile.symbol,
        "place": profile.place or (unit.name if unit.kind == "province" else "Hà Nội"),
        "addressee": list(profile.addressee) or [template.document.addressee],
        # One source for the "Lưu" line: the profile's archive unit, unless its recipients already hold one.
        "recipients": [*recipients, f"Lưu: VT, {profile.archive_unit}"]
        if profile.archive_unit and not archive_lines(recipients)
        else recipients,
        **signer_values(profile.signer),
    }


def create_demo_report(store: ReportStore) -> int:
    """The demo report in this database (its profile too, when none is set up yet); returns its id."""
    if not store.profile().is_set_up:
        store.save_profile(DEMO_PROFILE)
    unit, period = demo_unit_and_period()
    values = {**DEMO_HEADER, **DEMO_VALUES}
    return store.create_report(
        unit, period, active_template(), profile=DEMO_PROFILE, values=values, uid=demo_uid(), at=DEMO_AT
    )


def import_own_document(store: ReportStore, doc: ReportDocument) -> int:
    """A document opened as one of the user's own reports; a second copy of a uid gets a new uid.

    Refused (DocumentError, nothing stored) when it holds what the form could never produce
    (gui.core.admission): unknown or computed fields, wrong types, text or tables beyond the template's limits."""
    check_admissible(doc, template_for(doc.template.id, doc.template.version))
    exists = first_row(store.db, "SELECT 1 AS found FROM reports WHERE uid = ? AND origin = 'own'", [doc.uid])
    if exists:
        doc = replace(doc, uid=str(uuid.uuid4()))
    return store.import_document(doc, origin="own")
