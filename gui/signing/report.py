"""Signing an exported report in the app: the file is checked against the report, signed in place (an
incremental update, so the unsigned bytes stay its first part), and the signing recorded in the export log.

    sign_exported(store, report_id, path, key, role, settings) -> SignResult
      = prepare_signing (checks, reads the file) → run_signing (the slow part, any thread) → finish_signing
        (writes the file, records the signing)
    stale_signing(store, report_id) -> SigningRecord | None    the last signing, when the report changed since
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from gui.core.i18n import QT_TRANSLATE_NOOP, translate
from gui.fileio import write_output
from gui.signing.errors import SigningError
from gui.signing.sign import SignResult, sign_pdf

if TYPE_CHECKING:
    from gui.signing.keys import SigningKey
    from gui.signing.settings import SigningSettings
    from gui.store.reports import ReportStore
    from gui.store.signatures import SigningRecord

CHANGED = QT_TRANSLATE_NOOP(
    "Signing",
    "Báo cáo đã được sửa sau khi xuất tệp này, nên tệp không còn đúng với báo cáo. Hãy xuất PDF lại rồi ký lại "
    "(cả chữ ký của người có thẩm quyền và của cơ quan).",
)


@dataclass(frozen=True)
class SigningJob:
    """What to sign, checked against the report; made and finished where the store lives, run anywhere."""

    report_id: int
    path: Path
    role: str
    image: Path | None
    timestamp_url: str | None
    data: bytes  # the exported file as checked against the report
    document_sha256: str


def prepare_signing(store: ReportStore, report_id: int, path: Path, role: str, settings: SigningSettings) -> SigningJob:
    """The file is read and checked against the report: a report changed since the export needs a new export."""
    # lazy: the document model and pypdf are imported when a file is signed, not when an export looks at a file's signing record
    from gui.core.document import DocumentError
    from gui.pdf.embedded import read_embedded

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise SigningError(
            translate("Signing", "Không đọc được tệp PDF {path}: {error}").format(
                path=path, error=error.strerror or error
            )
        ) from None
    try:
        carried = read_embedded(data)
    except DocumentError as error:
        raise SigningError(
            translate("Signing", "Không ký được tệp {name}: {error}").format(name=path.name, error=error)
        ) from None
    current = store.document(report_id).canonical_bytes()
    if carried.data != current:
        raise SigningError(translate("Signing", CHANGED))
    image_path = settings.signature_image if role == "signer" else settings.seal_image
    return SigningJob(
        report_id,
        path,
        role,
        Path(image_path) if image_path else None,
        settings.timestamp_url or None,
        data,
        hashlib.sha256(current).hexdigest(),
    )


def run_signing(job: SigningJob, key: SigningKey) -> SignResult:
    """The signature itself (the token, the timestamp server): slow, touches neither the store nor the file, so
    the app runs it off the window's thread and a cancelled signing leaves the file as it was."""
    return sign_pdf(job.data, key, job.role, job.image, timestamp_url=job.timestamp_url)


def finish_signing(store: ReportStore, job: SigningJob, result: SignResult) -> None:
    """The signed file replaces the exported one (atomically) and the export log records who signed."""
    # lazy: the store (sqlite-utils) is imported when a signing is recorded, not when an export looks at a file
    from gui.store.signatures import SignatureRepository, SigningRecord

    try:
        unchanged = job.path.read_bytes() == job.data
    except OSError:
        unchanged = False
    if not unchanged:
        raise SigningError(
            translate(
                "Signing", "Tệp {name} đã bị thay đổi hoặc xóa trong khi ký, nên chữ ký không được ghi vào. Hãy ký lại."
            ).format(name=job.path.name)
        )
    write_output(job.path, result.data)
    record = SigningRecord(
        role=job.role,
        holder=result.holder,
        organisation=result.organisation,
        signed_at=result.signed_at.isoformat(timespec="seconds"),
        file_name=job.path.name,
        sha256=hashlib.sha256(result.data).hexdigest(),
        document_sha256=job.document_sha256,
    )
    with store.db.atomic():
        SignatureRepository(store).record_signing(job.report_id, record)


def sign_exported(
    store: ReportStore, report_id: int, path: Path, key: SigningKey, role: str, settings: SigningSettings
) -> SignResult:
    job = prepare_signing(store, report_id, path, role, settings)
    result = run_signing(job, key)
    finish_signing(store, job, result)
    return result


def stale_signing(store: ReportStore, report_id: int) -> SigningRecord | None:
    """The report's last signing when the report has changed since (a new export and new signatures are needed)."""
    # lazy: the store (sqlite-utils) is imported when a signing is recorded, not when an export looks at a file
    from gui.store.signatures import SignatureRepository

    records = SignatureRepository(store).signings(report_id)
    if not records:
        return None
    current = hashlib.sha256(store.document(report_id).canonical_bytes()).hexdigest()
    return records[-1] if records[-1].document_sha256 != current else None


def shown_time(iso: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(iso)
    except ValueError:
        return iso
    return moment.astimezone(dt.timezone(dt.timedelta(hours=7))).strftime("%H:%M %d/%m/%Y")
