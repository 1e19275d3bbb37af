"""A report's life, computed once from recorded facts: the one status the list, the editor and `bvntd report list`
show.

    Nháp → Đã xuất PDF → Đã ký 1/2 → Đã ký 2/2 → Đã gửi → Bộ đã nhận | Bộ đề nghị chỉnh sửa

Each step is said only when a fact recorded in the store proves it (gui/store/report_life.py gathers them):
a final export (drafts do not count), a signing in the export log made after that export, a sending the
person confirmed or the mail program took (a failed e-mail step records nothing), a reply of the Ministry
(`MinistryReply`, supplied by the Ministry's round trip). Facts older than the last final export belong to an
earlier round and are set aside. An edit after the last final export (or after the signing that proved the file
still matched) makes the status "Đã sửa sau khi xuất — cần xuất và ký lại", whatever was signed or sent before.

`edits` counts the report's value changes (the store raises it at every saved change, undo included); an export
and a signing note the count they saw, so "edited since" is exact where timestamps (to the second) are not.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from gui.core.i18n import QT_TRANSLATE_NOOP, translate, translate_to

SIGNATURES_NEEDED = 2  # the competent person's signature, then the agency's (the clerk's)

CONTEXT = "ReportStatus"


class Stage(enum.StrEnum):
    DRAFT = "draft"
    EXPORTED = "exported"
    SIGNED = "signed"  # signatures < SIGNATURES_NEEDED: partly
    SENT = "sent"
    RECEIVED = "received"  # the Ministry says it has the report
    CHANGES_REQUESTED = "changes_requested"  # the Ministry asks for corrections


class SentHow(enum.StrEnum):
    CONFIRMED = "confirmed"  # the person said it was sent (webmail, a USB stick, the document system)
    MAIL_PROGRAM = "mail_program"  # the mail program took the message


class Reply(enum.StrEnum):
    RECEIVED = "received"
    CHANGES_REQUESTED = "changes_requested"


@dataclass(frozen=True, kw_only=True)
class ExportFact:
    at: str  # ISO time, UTC
    edits: int | None  # the report's edit count at the export; None for an export recorded before it was kept
    file_name: str = ""
    sha256: str = ""


@dataclass(frozen=True, kw_only=True)
class SigningFact:
    role: str  # signer | agency
    at: str
    edits: int | None  # the edit count when the file was checked against the report and signed


@dataclass(frozen=True, kw_only=True)
class SentFact:
    at: str
    how: SentHow
    file_name: str = ""
    sha256: str = ""


@dataclass(frozen=True, kw_only=True)
class MinistryReply:
    """What the Ministry said about the report sent (issue 23 supplies these)."""

    at: str
    kind: Reply
    note: str = ""


@dataclass(frozen=True, kw_only=True)
class ReportFacts:
    edits: int = 0
    updated_at: str = ""  # the last value change, for exports recorded before `edits` was kept
    final_export: ExportFact | None = None  # the last final export
    signings: tuple[SigningFact, ...] = ()
    sent: tuple[SentFact, ...] = ()
    replies: tuple[MinistryReply, ...] = ()


LABELS = {
    Stage.DRAFT: QT_TRANSLATE_NOOP("ReportStatus", "Nháp"),
    Stage.EXPORTED: QT_TRANSLATE_NOOP("ReportStatus", "Đã xuất PDF"),
    Stage.SIGNED: QT_TRANSLATE_NOOP("ReportStatus", "Đã ký {signed}/{needed}"),
    Stage.SENT: QT_TRANSLATE_NOOP("ReportStatus", "Đã gửi"),
    Stage.RECEIVED: QT_TRANSLATE_NOOP("ReportStatus", "Bộ đã nhận"),
    Stage.CHANGES_REQUESTED: QT_TRANSLATE_NOOP("ReportStatus", "Bộ đề nghị chỉnh sửa"),
}
STALE = QT_TRANSLATE_NOOP("ReportStatus", "Đã sửa sau khi xuất — cần xuất và ký lại")


@dataclass(frozen=True, kw_only=True)
class ReportStatus:
    stage: Stage
    signed: int = 0  # distinct roles signed on the last final export
    stale: bool = False  # edited after the last final export or signing: a new export and signatures are needed
    sent_at: str = ""
    reply_note: str = ""

    def text(self, lang: str | None = None) -> str:
        """The status in the interface language (or `lang`)."""
        source = STALE if self.stale else LABELS[self.stage]
        said = translate(CONTEXT, source) if lang is None else translate_to(lang, CONTEXT, source)
        said = said.format(signed=self.signed, needed=SIGNATURES_NEEDED)
        if not self.stale and self.stage in (Stage.RECEIVED, Stage.CHANGES_REQUESTED):
            said += self.reply_note  # when, how many comments, and whether the Ministry's signature was verified
        return said

    @property
    def sent(self) -> bool:
        return self.stage in (Stage.SENT, Stage.RECEIVED, Stage.CHANGES_REQUESTED) and not self.stale

    @property
    def order(self) -> int:
        """For sorting the list by status: the life's order, a stale report first (it needs work)."""
        return -1 if self.stale else list(Stage).index(self.stage) * 10 + self.signed


def _edited_since(facts: ReportFacts, edits: int | None, at: str) -> bool:
    if edits is None:  # recorded before the count was kept: the time of the last change, to the second
        return bool(facts.updated_at) and facts.updated_at > at
    return facts.edits > edits


def report_status(facts: ReportFacts) -> ReportStatus:
    """The report's status from its facts (see the module's description)."""
    export = facts.final_export
    if export is None:
        return ReportStatus(stage=Stage.DRAFT)
    # Facts of this round only: made at or after the last final export.
    signings = [s for s in facts.signings if s.at >= export.at]
    sent = [s for s in facts.sent if s.at >= export.at]
    replies = sorted((r for r in facts.replies if r.at >= export.at), key=lambda r: r.at)
    # The latest proof that the file matched the report: the export, or a later signing (which checks the file
    # against the report first, so an edit undone before signing is no edit).
    proof_edits, proof_at = export.edits, export.at
    for signing in signings:
        if signing.edits is not None and (proof_edits is None or signing.edits >= proof_edits):
            proof_edits, proof_at = signing.edits, signing.at
    stale = _edited_since(facts, proof_edits, proof_at)
    signed = len({s.role for s in signings})
    sent_at = max((s.at for s in sent), default="")
    if replies:
        last = replies[-1]
        stage = Stage.RECEIVED if last.kind == Reply.RECEIVED else Stage.CHANGES_REQUESTED
        return ReportStatus(stage=stage, signed=signed, stale=stale, sent_at=sent_at, reply_note=last.note)
    if sent:
        return ReportStatus(stage=Stage.SENT, signed=signed, stale=stale, sent_at=sent_at)
    if signed:
        return ReportStatus(stage=Stage.SIGNED, signed=signed, stale=stale)
    return ReportStatus(stage=Stage.EXPORTED, stale=stale)
