"""How a corrected version answers the Ministry's request for correction: whether it names the request (its
document's `correction_of`), and for each commented field the value before (the version commented on) and after
(the version counted now), answered when it changed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from gui.core.i18n import translate
from gui.core.replies import cite
from gui.inbox.consolidate import Consolidation
from gui.inbox.letterhead import letter_symbol
from gui.inbox.review import UnitReview, show_value
from gui.store.replies import ReplyRepository
from gui.store.reports import ReportStore


@dataclass(frozen=True)
class CommentAnswer:
    key: str
    label: str
    comment: str
    before: Any
    after: Any
    answered: bool

    @property
    def text(self) -> str:
        mark = translate("Inbox", "đã sửa") if self.answered else translate("Inbox", "chưa sửa")
        return f"{self.label}: {show_value(self.before)} → {show_value(self.after)} ({mark})"


@dataclass(frozen=True, kw_only=True)
class RequestAnswers:
    request_id: str
    cited: str  # "số 12/BCT-TTTN ngày 05/01/2026", or the request id when the letter was not numbered
    linked: bool  # the version counted now says it answers this request
    new_version: bool  # a version after the one commented on arrived
    answers: tuple[CommentAnswer, ...]

    @property
    def answered(self) -> int:
        return sum(1 for a in self.answers if a.answered)

    @property
    def text(self) -> str:
        if not self.new_version:
            return translate("Inbox", "Công văn {cited}: chưa nhận bản sửa.").format(cited=self.cited)
        link = (
            translate("Inbox", "bản sửa theo công văn {cited}").format(cited=self.cited)
            if self.linked
            else translate("Inbox", "bản mới (không ghi theo công văn {cited})").format(cited=self.cited)
        )
        return translate("Inbox", "Đã nhận {link}: {done}/{total} ý kiến đã sửa.").format(
            link=link, done=self.answered, total=len(self.answers)
        )


def request_answers(store: ReportStore, c: Consolidation, review: UnitReview) -> RequestAnswers | None:
    """The unit's latest request for correction and how the version counted now answers it (None: no request)."""
    commented = review.commented
    if commented is None or review.row.report_id is None:
        return None
    repo = ReplyRepository(store)
    request = repo.request(commented.id)
    request_id = request.request_id if request else ""
    if request is not None:
        number = f"{request.number}/{letter_symbol(store.profile())}" if request.number else ""
        cited = cite(number, dt.date.fromisoformat(request.day), request.request_id)
    else:
        cited = translate("Inbox", "(chưa lập công văn)")
    answer = repo.answer(review.row.report_id)
    linked = bool(request_id) and answer is not None and answer.request_id == request_id
    new_version = review.row.updated_at != commented.report_updated_at
    fields = c.template.field_map()
    answers = []
    for comment in commented.comments:
        if not comment.key:
            continue
        before = commented.snapshot.get(comment.key)
        after = review.row.values.get(comment.key)
        spec = fields.get(comment.key)
        answers.append(
            CommentAnswer(
                key=comment.key,
                label=spec.label if spec is not None else comment.key,
                comment=comment.text,
                before=before,
                after=after,
                answered=new_version and before != after,
            )
        )
    return RequestAnswers(
        request_id=request_id, cited=cited, linked=linked, new_version=new_version, answers=tuple(answers)
    )
