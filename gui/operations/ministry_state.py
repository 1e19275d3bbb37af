"""The Ministry's last word on a report of ours, as the province's list, editor and `report list` show it:
"Bộ đã nhận lúc …" or "Bộ đề nghị chỉnh sửa (n ý kiến)", each with its authenticity ("của Bộ Công Thương, tin
cậy" or "chưa xác minh"), and the comments of a request for correction. Light: no PDF or signature library, so
the list can ask for it at start (the files are opened by gui.operations.ministry_replies).

    ministry_state(store, report_id) -> MinistryState | None
    ministry_states(store) -> dict[int, MinistryState]
    comments_of(store, report_id) -> (MinistryState | None, comments)
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from gui.core.dates import vietnam_time
from gui.core.document import DocumentError
from gui.core.i18n import QT_TRANSLATE_NOOP, translate
from gui.core.replies import CORRECTION, RECEIPT, FieldComment, Reply, read_reply
from gui.store.replies import ReplyRepository, StoredReply
from gui.store.reports import ReportStore

TRUSTED_TEXT = QT_TRANSLATE_NOOP("Operations", "của Bộ Công Thương, tin cậy")
UNVERIFIED_TEXT = QT_TRANSLATE_NOOP("Operations", "chưa xác minh")


@dataclass(frozen=True, kw_only=True)
class MinistryState:
    kind: str  # receipt | correction
    reply: Reply
    trusted: bool
    received_at: str

    @property
    def label(self) -> str:
        """The status words: 'Bộ đã nhận lúc 07/12/2026 09:57' or 'Bộ đề nghị chỉnh sửa (2 ý kiến)'."""
        if self.kind == RECEIPT:
            return translate("Operations", "Bộ đã nhận lúc {time}").format(time=short_time(self.reply.received_at))
        return translate("Operations", "Bộ đề nghị chỉnh sửa ({count} ý kiến)").format(count=self.count)

    @property
    def authenticity(self) -> str:
        return translate("Operations", TRUSTED_TEXT if self.trusted else UNVERIFIED_TEXT)

    @property
    def text(self) -> str:
        """The label with its authenticity: what the list, the editor and `report list` show."""
        return f"{self.label} — {self.authenticity}"

    @property
    def count(self) -> int:
        return len(self.reply.comments) + (1 if self.reply.general.strip() else 0)

    @property
    def comments(self) -> tuple[FieldComment, ...]:
        """The comments on fields of a request for correction (none for a receipt)."""
        return tuple(c for c in self.reply.comments if c.key) if self.kind == CORRECTION else ()


short_time = vietnam_time  # '07/12/2026 09:57', Vietnam time


# --- the state ------------------------------------------------------------------------------------------------


def _state_of(stored: StoredReply, sent: str) -> MinistryState | None:
    if sent and stored.version_updated_at < sent:
        return None  # about a version sent before the last one: the newer one waits for its own reply
    try:
        reply = read_reply(_json_bytes(stored.data))
    except DocumentError:
        return None
    return MinistryState(
        kind=stored.kind, reply=reply, trusted=stored.status == "trusted", received_at=stored.received_at
    )


def _json_bytes(data: object) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def ministry_state(store: ReportStore, report_id: int) -> MinistryState | None:
    """The Ministry's last word on the version we sent last: received, or corrections requested; None before any
    (or once a newer version was sent)."""
    repo = ReplyRepository(store)
    replies = repo.replies(report_id)
    if not replies:
        return None
    return _state_of(replies[-1], repo.last_sent_version(report_id))


def ministry_states(store: ReportStore) -> dict[int, MinistryState]:
    repo = ReplyRepository(store)
    out = {}
    for report_id, stored in repo.latest_replies().items():
        state = _state_of(stored, repo.last_sent_version(report_id))
        if state is not None:
            out[report_id] = state
    return out


def comments_of(store: ReportStore, report_id: int) -> tuple[MinistryState | None, tuple[FieldComment, ...]]:
    """The request for correction in force for the report and its comments (general ones have key '')."""
    state = ministry_state(store, report_id)
    if state is None or state.kind != CORRECTION:
        return state, ()
    return state, tuple(state.reply.comments)
