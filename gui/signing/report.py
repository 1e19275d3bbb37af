"""Signing an exported report in the app: the file is checked against the report, signed in place (an
incremental update, so the unsigned bytes stay its first part), and the signing recorded in the export log.

    sign_exported(store, report_id, path, key, role, settings) -> SignResult
    stale_signing(store, report_id) -> SigningRecord | None    the last signing, when the report changed since
"""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from gui.signing.errors import SigningError
from gui.signing.sign import SignResult, sign_file

if TYPE_CHECKING:
    from gui.signing.keys import SigningKey
    from gui.signing.settings import SigningSettings
    from gui.store.reports import ReportStore
    from gui.store.signatures import SigningRecord

CHANGED = (
    "Báo cáo đã được sửa sau khi xuất tệp này, nên tệp không còn đúng với báo cáo. Hãy xuất PDF lại rồi ký lại "
    "(cả chữ ký của người có thẩm quyền và của cơ quan)."
)


def sign_exported(
    store: ReportStore, report_id: int, path: Path, key: SigningKey, role: str, settings: SigningSettings
) -> SignResult:
    from gui.core.document import DocumentError
    from gui.pdf.embedded import read_embedded
    from gui.store.signatures import SignatureRepository, SigningRecord

    path = Path(path)
    try:
        carried = read_embedded(path)
    except DocumentError as error:
        raise SigningError(f"Không ký được tệp {path.name}: {error}") from None
    current = store.document(report_id).canonical_bytes()
    if carried.data != current:
        raise SigningError(CHANGED)
    image_path = settings.signature_image if role == "signer" else settings.seal_image
    image = Path(image_path) if image_path else None
    result = sign_file(path, path, key, role, image, timestamp_url=settings.timestamp_url or None)
    record = SigningRecord(
        role=role,
        holder=result.holder,
        organisation=result.organisation,
        signed_at=result.signed_at.isoformat(timespec="seconds"),
        file_name=path.name,
        sha256=hashlib.sha256(result.data).hexdigest(),
        document_sha256=hashlib.sha256(current).hexdigest(),
    )
    with store.db.atomic():
        SignatureRepository(store).record_signing(report_id, record)
    return result


def stale_signing(store: ReportStore, report_id: int) -> SigningRecord | None:
    """The report's last signing when the report has changed since (a new export and new signatures are needed)."""
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
