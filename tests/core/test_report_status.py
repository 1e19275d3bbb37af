"""The report's life from its facts: each word said only when a fact proves it (gui.core.report_status)."""

from __future__ import annotations

from gui.core.report_status import (
    ExportFact,
    MinistryReply,
    Reply,
    ReportFacts,
    SentFact,
    SentHow,
    SigningFact,
    Stage,
    report_status,
)

EXPORT = ExportFact(at="2026-03-01T08:00:00+00:00", edits=10)


def test_each_step_needs_its_fact() -> None:
    assert report_status(ReportFacts(edits=3)).text("vi") == "Nháp"
    assert report_status(ReportFacts(edits=10, final_export=EXPORT)).text("vi") == "Đã xuất PDF"
    one = (SigningFact(role="signer", at="2026-03-01T09:00:00+00:00", edits=10),)
    assert report_status(ReportFacts(edits=10, final_export=EXPORT, signings=one)).text("vi") == "Đã ký 1/2"
    both = (*one, SigningFact(role="agency", at="2026-03-01T09:05:00+00:00", edits=10))
    status = report_status(ReportFacts(edits=10, final_export=EXPORT, signings=both))
    assert status.text("vi") == "Đã ký 2/2" and status.text("en") == "Signed 2/2"
    sent = (SentFact(at="2026-03-01T10:00:00+00:00", how=SentHow.CONFIRMED),)
    status = report_status(ReportFacts(edits=10, final_export=EXPORT, signings=both, sent=sent))
    assert status.stage == Stage.SENT and status.sent and status.text("vi") == "Đã gửi"


def test_the_ministry_replies_show_only_when_a_fact_says_so() -> None:
    sent = (SentFact(at="2026-03-01T10:00:00+00:00", how=SentHow.MAIL_PROGRAM),)
    facts = ReportFacts(edits=10, final_export=EXPORT, sent=sent)
    assert report_status(facts).text("vi") == "Đã gửi"
    received = MinistryReply(at="2026-03-02T10:00:00+00:00", kind=Reply.RECEIVED)
    assert report_status(ReportFacts(**{**facts.__dict__, "replies": (received,)})).text("vi") == "Bộ đã nhận"
    # The reply's note (gui.core.replies.status_note: how many comments, whether the Ministry's signature was
    # verified) follows the stage's words: an unverified letter never reads as the Ministry's plain word.
    asked = MinistryReply(
        at="2026-03-03T10:00:00+00:00", kind=Reply.CHANGES_REQUESTED, note=" (1 ý kiến) — chưa xác minh"
    )
    status = report_status(ReportFacts(**{**facts.__dict__, "replies": (received, asked)}))
    assert status.text("vi") == "Bộ đề nghị chỉnh sửa (1 ý kiến) — chưa xác minh"
    assert status.reply_note == " (1 ý kiến) — chưa xác minh"


def test_facts_of_an_earlier_round_do_not_count() -> None:
    old = (
        SigningFact(role="signer", at="2026-02-01T09:00:00+00:00", edits=4),
        SigningFact(role="agency", at="2026-02-01T09:00:00+00:00", edits=4),
    )
    sent = (SentFact(at="2026-02-02T10:00:00+00:00", how=SentHow.CONFIRMED),)
    reply = (MinistryReply(at="2026-02-03T10:00:00+00:00", kind=Reply.RECEIVED),)
    status = report_status(ReportFacts(edits=10, final_export=EXPORT, signings=old, sent=sent, replies=reply))
    assert status.stage == Stage.EXPORTED and status.signed == 0 and not status.sent


def test_an_edit_after_the_export_or_the_signing_needs_a_new_export() -> None:
    status = report_status(ReportFacts(edits=11, final_export=EXPORT))
    assert status.stale and status.text("vi") == "Đã sửa sau khi xuất — cần xuất và ký lại"
    sent = (SentFact(at="2026-03-01T10:00:00+00:00", how=SentHow.CONFIRMED),)
    status = report_status(ReportFacts(edits=11, final_export=EXPORT, sent=sent))
    assert status.stale and not status.sent  # sent, then edited: the Ministry has an older version
    # Edited and undone before signing: the signing checked the file against the report, so it proves it matched.
    signed = (SigningFact(role="signer", at="2026-03-01T09:00:00+00:00", edits=12),)
    assert not report_status(ReportFacts(edits=12, final_export=EXPORT, signings=signed)).stale
    assert report_status(ReportFacts(edits=13, final_export=EXPORT, signings=signed)).stale


def test_an_export_recorded_before_edits_were_counted_compares_times() -> None:
    legacy = ExportFact(at="2026-03-01T08:00:00+00:00", edits=None)
    assert not report_status(ReportFacts(updated_at="2026-03-01T07:59:00+00:00", final_export=legacy)).stale
    assert report_status(ReportFacts(updated_at="2026-03-01T08:30:00+00:00", final_export=legacy)).stale
