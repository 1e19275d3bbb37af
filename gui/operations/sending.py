"""A report sent to the Ministry: noted only when the person confirms it, or the mail program took the message.

    confirm_sent(store, report_id, *, how, path=None, recipient="", at=None) -> SentResult

The window ("Đã gửi cho Bộ…" after an export or a signing, and in the Báo cáo menu) and the command line
(`bvntd report sent ID`) both call it. It refuses a report never exported as final ("Nháp") and one edited
after its export or signing (the file no longer says what the report says): the status must never say "Đã gửi"
of a file that is not the report. `path` is the file that went out (the signed PDF): its name and SHA-256 are
noted; without it, the last final export's.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from gui.core.errors import UserError
from gui.core.i18n import translate
from gui.core.report_status import ReportStatus, SentHow, Stage
from gui.store.reports import ReportStore, now_iso


class NotReadyToSendError(UserError):
    pass


@dataclass(frozen=True, kw_only=True)
class SentResult:
    report_id: int
    at: str
    file_name: str
    status: ReportStatus  # after the sending was noted


def confirm_sent(
    store: ReportStore,
    report_id: int,
    *,
    how: SentHow = SentHow.CONFIRMED,
    path: Path | None = None,
    recipient: str = "",
    at: str | None = None,
) -> SentResult:
    status = store.life_status(report_id)
    if status.stage == Stage.DRAFT:
        raise NotReadyToSendError(
            translate(
                "Operations",
                "Báo cáo số {id} chưa được xuất PDF chính thức, nên chưa có gì để gửi. Hãy xuất PDF (Ctrl+E), ký số "
                "rồi gửi.",
            ).format(id=report_id)
        )
    if status.stale:
        raise NotReadyToSendError(
            translate(
                "Operations",
                "Báo cáo số {id} đã được sửa sau khi xuất PDF: tệp không còn đúng với báo cáo. Hãy xuất PDF và ký "
                "lại rồi mới gửi.",
            ).format(id=report_id)
        )
    export = store.summary(report_id).facts.final_export
    assert export is not None  # not a draft
    file_name, sha256 = export.file_name, export.sha256
    if path is not None:
        try:
            data = Path(path).read_bytes()
        except OSError as error:
            raise NotReadyToSendError(
                translate("Operations", "Không đọc được tệp đã gửi {path}: {error}").format(
                    path=path, error=error.strerror or error
                )
            ) from None
        file_name, sha256 = Path(path).name, hashlib.sha256(data).hexdigest()
    when = at or now_iso()
    store.record_sent(report_id, how=how, file_name=file_name, sha256=sha256, recipient=recipient, at=when)
    return SentResult(report_id=report_id, at=when, file_name=file_name, status=store.life_status(report_id))
