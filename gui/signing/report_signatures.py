"""A stored report's signatures as the editor looks at them (signing itself is gui.operations.signing: checked,
signed in place as an incremental update, recorded in the export log).

    stale_signing(store, report_id) -> SigningRecord | None    the last signing, when the report changed since
    shown_time(iso) -> "14:05 07/12/2026"                      a recorded signing time, Vietnam time
    CHANGED                                                    the refusal of a file the report no longer matches
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

from gui.core.dates import vietnam_time
from gui.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from gui.store.reports import ReportStore
    from gui.store.signatures import SigningRecord

CHANGED = QT_TRANSLATE_NOOP(
    "Signing",
    "Báo cáo đã được sửa sau khi xuất tệp này, nên tệp không còn đúng với báo cáo. Hãy xuất PDF lại rồi ký lại "
    "(cả chữ ký của người có thẩm quyền và của cơ quan).",
)


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
    return vietnam_time(iso, time_first=True)
