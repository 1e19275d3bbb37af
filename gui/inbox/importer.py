"""Importing received reports (PDFs, JSON documents, folders): one checked transaction per file, a result for each."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any

from msgspec import structs

from gui.core.admission import refusal_text, refusals
from gui.core.dates import vietnam_time, vn_date
from gui.core.document import DocumentError, ReportDocument, TemplateRef, UnitRef
from gui.core.header import validate_document
from gui.core.i18n import QT_TRANSLATE_NOOP, language, pick, translate
from gui.core.period import PeriodError, parse_period
from gui.core.template import Template
from gui.core.text import shown_path
from gui.core.units import find_unit, province_list_at
from gui.core.values import ValueError_
from gui.inbox.counting import pending_text, recount
from gui.inbox.page_check import DIFFER, check_pages
from gui.inbox.sources import (
    Found,
    SourceError,
    SourceFile,
    collect_paths,
    document_of,
    found_in,
    is_report_name,
    read_source,
    sniff,
)
from gui.inbox.versions import Unmatched, current_template, known_template, read_into
from gui.pdf.embedded import DamagedPdfError
from gui.pdf.sandbox import PdfSandbox
from gui.signing.inbox import (
    UNSIGNED,
    SignaturePolicy,
    describe,
    fully_trusted,
    note_signatures,
    refusal,
)
from gui.signing.verify import verify_seconds
from gui.store.database import fault_of, write_transaction
from gui.store.errors import StoreError
from gui.store.inbox import Conflict, FileOutcome, InboxRepository
from gui.store.replies import Answer, ReplyRepository
from gui.store.reports import ReportStore, now_iso
from gui.store.signatures import SignatureRepository
from gui.store.trust import TrustRepository

if TYPE_CHECKING:
    from gui.signing.inbox import SignaturePolicy
    from gui.signing.verify import Verification

log = logging.getLogger(__name__)

Progress = Callable[[int, int, Path | None], None]
Cancel = Callable[[], bool]
OnResult = Callable[["FileResult"], None]
# A sender's clock may run a little ahead; more than this and the timestamp is a forgery or a broken clock.
CLOCK_SKEW = dt.timedelta(hours=1)
MAX_LISTED = 10

UNEXPECTED = QT_TRANSLATE_NOOP(
    "Inbox",
    "Lỗi không mong muốn khi nhập tệp này (chi tiết đã ghi vào nhật ký); không có gì của tệp được lưu, "
    "các tệp khác vẫn được nhập.",
)


class Outcome(StrEnum):
    IMPORTED = "imported"
    REPLACED = "replaced"
    ALREADY = "already"
    OLDER = "older"
    CONFLICT = "conflict"
    REJECTED = "rejected"
    PENDING = "pending"  # kept as a version, counted nowhere until a person accepts it (gui.inbox.counting)
    SKIPPED = "skipped"  # a file of a folder that is not a report by its name (a .docx beside the PDFs): not read


# Marked for the catalog, translated when shown (outcome_label).
OUTCOME_LABELS = {
    Outcome.IMPORTED: QT_TRANSLATE_NOOP("Inbox", "Đã nhập"),
    Outcome.REPLACED: QT_TRANSLATE_NOOP("Inbox", "Đã thay bản cũ"),
    Outcome.ALREADY: QT_TRANSLATE_NOOP("Inbox", "Đã có"),
    Outcome.OLDER: QT_TRANSLATE_NOOP("Inbox", "Lưu bản cũ: đã có bản mới hơn"),
    Outcome.CONFLICT: QT_TRANSLATE_NOOP("Inbox", "Xung đột: chờ quyết định"),
    Outcome.REJECTED: QT_TRANSLATE_NOOP("Inbox", "Từ chối"),
    Outcome.PENDING: QT_TRANSLATE_NOOP("Inbox", "Chờ xác nhận: chưa tính vào tổng hợp"),
    Outcome.SKIPPED: QT_TRANSLATE_NOOP("Inbox", "Bỏ qua"),
}
NOT_A_REPORT = QT_TRANSLATE_NOOP("Inbox", "không phải báo cáo PDF/JSON")


def outcome_label(outcome: Outcome) -> str:
    return translate("Inbox", OUTCOME_LABELS[outcome])


def unit_and_period(unit: str, period_id: str) -> str:
    """What a result line starts with: "Tỉnh Nghệ An, kỳ 2025"."""
    return translate("Inbox", "{unit}, kỳ {period}").format(unit=unit, period=period_id)


class Rejected(Exception):
    """A document that is readable but cannot be received; the message (Vietnamese) is the reason shown."""


@dataclass(frozen=True)
class FileResult:
    path: Path
    outcome: Outcome
    reason: str = ""
    report_id: int | None = None
    unit: str = ""
    period_id: str = ""
    source_version: int | None = None
    unmatched: tuple[dict[str, Any], ...] = ()
    seconds: float = 0.0
    signature: str = ""  # gui.signing.verify status: trusted, unverified, unsigned ("" when not checked)

    @property
    def label(self) -> str:
        return outcome_label(self.outcome)

    @property
    def handled(self) -> bool:
        return self.outcome not in (Outcome.REJECTED, Outcome.SKIPPED)

    @property
    def shown_path(self) -> str:
        return shown_path(self.path)

    def line(self) -> str:
        """One line for the command line: the file (escaped: a name cannot forge a line), what happened and why."""
        text = f"{self.shown_path}: {self.label}"
        reason = " / ".join(self.reason.splitlines())
        return f"{text} — {reason}" if reason else text


@dataclass
class ImportRun:
    """`results`: the report files read (`total` of them to read); `skipped`: the other files of the folders, each
    with its line; `every`: both, in the order the files were met (what the window's table shows)."""

    results: list[FileResult] = field(default_factory=list)
    total: int = 0
    cancelled: bool = False
    skipped: list[FileResult] = field(default_factory=list)
    every: list[FileResult] = field(default_factory=list)

    def counts(self) -> Counter[Outcome]:
        return Counter(r.outcome for r in self.results)

    def summary_line(self) -> str:
        counts = self.counts()
        parts = [f"{outcome_label(o).split(':')[0].lower()}: {counts[o]}" for o in Outcome if counts[o]]
        if self.skipped:
            parts.append(f"{outcome_label(Outcome.SKIPPED).lower()}: {len(self.skipped)}")
        if self.cancelled:
            done = translate("Inbox", "{done}/{total} tệp").format(done=len(self.results), total=self.total)
        else:
            done = translate("Inbox", "{count} tệp").format(count=len(self.results))
        tail = translate("Inbox", " (đã hủy giữa chừng)") if self.cancelled else ""
        return f"{done} — {', '.join(parts) or translate('Inbox', 'không có tệp nào')}{tail}"


@dataclass(frozen=True)
class Checked:
    """A document that passed every check, as it will be stored (read into the current template)."""

    original: ReportDocument
    stored: ReportDocument
    unit_label: str
    source_version: int
    unmatched: tuple[Unmatched, ...]
    warnings: tuple[str, ...] = ()
    signature: Verification | None = None
    draft: bool = False
    pages: str = ""  # gui.inbox.page_check status; "" for a JSON document
    page_notes: tuple[str, ...] = ()
    draft_problems: tuple[str, ...] = ()  # what a draft still lacks (a final report with these is refused)


def import_paths(
    store: ReportStore,
    paths: Iterable[Path | str],
    *,
    progress: Progress | None = None,
    cancel: Cancel | None = None,
    template: Template | None = None,
    on_result: OnResult | None = None,
    signatures: SignaturePolicy | None = None,
    accept_drafts: bool = False,
) -> ImportRun:
    """Import files and folders (recursively) into the inbox; a result per file, in order.

    `progress(done, total, path)` is called before each file and once at the end; `cancel()` is asked before
    each file, and a cancelled run keeps what was imported (each file is its own transaction); `on_result` gets
    each file's result as soon as it is known. Whatever one file does, it is that file's result: the run goes on.
    `signatures`: the trust roots and whether signatures are required (default: nothing trusted, not required).
    A draft (DỰ THẢO) is refused unless `accept_drafts`; it is then stored marked as a draft.
    """
    policy = signatures or SignaturePolicy()
    named = [Path(p) for p in paths]
    found = list(collect_paths(named))
    # A file named on its own is read whatever its name (its content says what it is); one found in a folder
    # beside the reports (a .docx, a .txt) gets its own line and is not read.
    report = [path in named or is_report_name(path) for path in found]
    files = [path for path, is_report in zip(found, report, strict=True) if is_report]
    run = ImportRun(total=len(files))
    repo = InboxRepository(store)
    current = template or current_template()
    done = 0
    ahead: dict[Path, SourceFile | SourceError] = {}  # the next file, read once and given to a worker ahead
    # Worker processes read every PDF of the run, each one file at a time under its limits: while this process
    # checks one file's pages and writes it, the next is already being read (gui.pdf.sandbox).
    with PdfSandbox(spare=len(files) > 1, verify_seconds=verify_seconds(policy.trust)) as sandbox:
        for path, is_report in zip(found, report, strict=True):
            if cancel is not None and cancel():
                run.cancelled = True
                break
            if is_report:
                started = time.perf_counter()
                if progress is not None:
                    progress(done, len(files), path)
                if done + 1 < len(files):
                    ahead[files[done + 1]] = _give_ahead(sandbox, policy, files[done + 1])
                given = ahead.pop(path, None)
                result = import_file(repo, path, current, policy, sandbox, accept_drafts=accept_drafts, source=given)
                # the file's whole turn, the next one's reading ahead included
                result = _with_time(result, time.perf_counter() - started)
                run.results.append(result)
                done += 1
            else:
                result = FileResult(path, Outcome.SKIPPED, translate("Inbox", NOT_A_REPORT))
                run.skipped.append(result)
            run.every.append(result)
            if on_result is not None:
                on_result(result)
    if progress is not None:
        progress(len(run.results), len(files), None)
    return run


def _give_ahead(sandbox: PdfSandbox, policy: SignaturePolicy, path: Path) -> SourceFile | SourceError:
    """The next file, read now (once: its turn uses these bytes) and, a PDF, given to a free worker of the
    sandbox, which checks its signatures and reads its pages while this file is imported."""
    try:
        source = read_source(path)
    except SourceError as error:
        return error
    if sniff(source.data) == "pdf":
        sandbox.receive_ahead(source.data, policy.trust)
    return source


def import_file(
    repo: InboxRepository,
    path: Path,
    current: Template,
    policy: SignaturePolicy | None = None,
    sandbox: PdfSandbox | None = None,
    *,
    accept_drafts: bool = False,
    source: SourceFile | SourceError | None = None,
) -> FileResult:
    """One file's result; no exception escapes (a full disk, a bug, a file that exhausts memory). `source`: the
    file already read (or why it could not be)."""
    started = time.perf_counter()
    try:
        if sandbox is None:
            with PdfSandbox(verify_seconds=verify_seconds((policy or SignaturePolicy()).trust)) as own:
                result = _import_file(repo, path, current, policy or SignaturePolicy(), own, accept_drafts, source)
        else:
            result = _import_file(repo, path, current, policy or SignaturePolicy(), sandbox, accept_drafts, source)
    except sqlite3.Error as error:  # the transaction was rolled back: nothing of this file is stored
        log.warning("Database fault importing %s: %r", shown_path(path), error)
        result = FileResult(path, Outcome.REJECTED, _database_fault(error))
    except StoreError as error:
        log.warning("Store fault importing %s: %s", shown_path(path), error)
        result = FileResult(path, Outcome.REJECTED, f"{error} {_nothing_stored()}")
    except (MemoryError, RecursionError):
        result = FileResult(
            path, Outcome.REJECTED, translate("Inbox", "Tệp đòi quá nhiều bộ nhớ để đọc (có thể là tệp độc hại).")
        )
    except Exception:
        log.exception("Unexpected error importing %s", shown_path(path))
        result = FileResult(path, Outcome.REJECTED, translate("Inbox", UNEXPECTED))
    return _with_time(_with_link(result), time.perf_counter() - started)


def _with_link(result: FileResult) -> FileResult:
    """A link (in a folder, or named) was followed: its line says to what, whatever the outcome."""
    try:
        if not result.path.is_symlink():
            return result
        target = result.path.resolve()
    except (OSError, RuntimeError):  # a loop of links, a name too long: the refusal already says why
        return result
    note = translate("Inbox", "Tệp là liên kết tới {target}.").format(target=shown_path(target))
    return replace(result, reason=f"{note} {result.reason}".strip())


def _database_fault(error: sqlite3.Error) -> str:
    fault = fault_of(error)
    if fault == "full":
        return translate(
            "Inbox",
            "Ổ đĩa chứa cơ sở dữ liệu đã đầy: chưa lưu được gì của tệp này. Hãy giải phóng dung lượng rồi nhập lại.",
        )
    if fault == "busy":
        return translate(
            "Inbox",
            "Cơ sở dữ liệu đang bận (một cửa sổ hay lệnh khác đang ghi): chưa lưu được gì của tệp này; hãy nhập lại.",
        )
    return translate("Inbox", "Lỗi cơ sở dữ liệu: {error}.").format(error=error) + " " + _nothing_stored()


def _nothing_stored() -> str:
    return translate("Inbox", "Chưa lưu được gì của tệp này.")


def _with_time(result: FileResult, seconds: float) -> FileResult:
    return replace(result, seconds=seconds)


def _import_file(
    repo: InboxRepository,
    path: Path,
    current: Template,
    policy: SignaturePolicy,
    sandbox: PdfSandbox,
    accept_drafts: bool,
    given: SourceFile | SourceError | None = None,
) -> FileResult:
    try:
        if isinstance(given, SourceError):
            raise given
        source = given if given is not None else read_source(path)
    except SourceError as error:
        return FileResult(path, Outcome.REJECTED, str(error))
    # The very same file imported before is read again: its signatures are verified with today's trust (roots,
    # CRLs, registry) and its stored status brought up to date.
    # One request to the sandbox's worker: the signatures first (a broken one refuses the file, and so does one
    # whose check takes too long or too much memory), then the report data, pages and annotations of the signed
    # revision.
    received = None
    verification: Verification | None = None
    if sniff(source.data) == "pdf":
        try:
            received = sandbox.receive(source.data, policy.trust)
        except DocumentError as error:
            return _reject(repo, source, str(error))
        verification = received.verification
    problem = refusal(verification, policy)
    if problem is not None:
        return _reject(repo, source, problem)
    try:
        if received is None:
            found = document_of(source, sandbox)
        elif received.found is None:
            raise SourceError(received.problem or str(DamagedPdfError()))
        else:
            found = found_in(received.found)
        # A file marked DỰ THẢO is judged as a draft: what it lacks is listed, not a refusal as a final report's.
        checked = replace(check_document(found.document, current, draft=found.marked_draft), signature=verification)
        checked = _check_pages(found, checked, accept_drafts, source.path.name)
    except (SourceError, DocumentError, Rejected) as error:
        return _reject(repo, source, str(error))
    try:
        return _store(repo, source, checked, require=policy.require)
    except Rejected as error:
        return _reject(repo, source, str(error))
    except (ValueError_, KeyError, DocumentError, ValueError) as error:
        message = error.args[0] if isinstance(error, KeyError) and error.args else str(error)
        return _reject(repo, source, translate("Inbox", "Dữ liệu báo cáo không hợp lệ: {error}").format(error=message))


def _check_pages(found: Found, checked: Checked, accept_drafts: bool, file_name: str = "") -> Checked:
    """A PDF's pages against its data (gui.inbox.page_check) and the draft mark: another unit on the pages, or
    annotations drawn over them, refuse the file (`file_name` named in the reason); a draft is refused unless
    drafts are accepted, and is then marked as one."""
    pages = None
    if found.kind == "pdf":
        doc = found.document
        source = known_template(doc.template.id, doc.template.version)
        if source is not None:
            made_by = str(found.manifest.get("app_version") or "")
            pages = check_pages(
                found.page_texts,
                doc,
                source,
                made_by=made_by,
                annotations=found.annotations,
                unit_name=checked.stored.unit.name,
                file_name=file_name,
            )
            if pages.refused:
                raise Rejected(pages.note)
    draft = found.marked_draft or (pages is not None and pages.marked)
    if draft and not accept_drafts:
        lacks = ""
        if checked.draft_problems:
            lacks = translate("Inbox", " Bản này còn {count} chỗ chưa đạt quy định của mẫu.").format(
                count=len(checked.draft_problems)
            )
        raise Rejected(
            translate(
                "Inbox",
                "{what}: đây là bản dự thảo (DỰ THẢO), không được tính vào tổng hợp. Hãy đề nghị đơn vị gửi "
                "bản chính thức, hoặc chọn nhận cả bản dự thảo (--accept-drafts) nếu thật cần.",
            ).format(what=_what(checked))
            + lacks
        )
    notes = (pages.note,) if pages is not None and pages.status == DIFFER else ()
    return replace(checked, draft=draft, pages=pages.status if pages is not None else "", page_notes=notes)


def _reject(repo: InboxRepository, source: SourceFile, reason: str) -> FileResult:
    try:
        with write_transaction(repo.db):
            repo.record_file(
                sha256=source.sha256,
                path=shown_path(source.path),
                size=source.size,
                result=FileOutcome.REJECTED,
                reason=reason,
                at=now_iso(),
                report_id=None,
            )
    except sqlite3.Error as error:  # remembering the refusal is a courtesy; the refusal stands
        log.warning("Could not record the refusal of %s: %r", shown_path(source.path), error)
    return FileResult(source.path, Outcome.REJECTED, reason)


def _store(repo: InboxRepository, source: SourceFile, checked: Checked, *, require: bool = False) -> FileResult:
    doc = checked.original
    doc_sha = doc.sha256()
    unmatched = tuple(u.as_dict() for u in checked.unmatched)

    def result(
        outcome: Outcome,
        reason: str,
        report_id: int | None,
        shown: tuple[dict[str, Any], ...] = (),
        signature: str = "",
    ) -> FileResult:
        return FileResult(
            source.path,
            outcome,
            reason,
            report_id,
            checked.unit_label,
            doc.period.id,
            checked.source_version,
            shown,
            signature=signature,
        )

    at = now_iso()
    with write_transaction(repo.db):  # one transaction per file: a failure leaves what was there untouched
        same = repo.report_with_sha(doc_sha)
        if same is not None:
            record = repo.file_record(source.sha256)
            same_file = record is not None and record.report_id == same
            repo.record_file(
                sha256=source.sha256,
                path=shown_path(source.path),
                size=source.size,
                result=FileOutcome.ALREADY,
                reason="",
                at=at,
                report_id=same,
            )
            # The same report again: its signatures verified now are recorded (the same file: whatever they are
            # now; another file of it: when at least as good), and the counted versions weighed again.
            signature, note = _note_signatures(repo, same, checked, at, upgrade_only=not same_file)
            if signature and checked.signature is not None:
                TrustRepository(repo.store).keep_bytes(same, source.sha256, source.data)
            weighed = recount(repo, doc.unit.kind, doc.unit.code, doc.period.id, require=require)
            if same_file and signature and signature != UNSIGNED:
                already = translate("Inbox", "Tệp này đã được nhập trước đây; chữ ký số đã được kiểm tra lại.")
            elif same_file:
                already = translate("Inbox", "Tệp này đã được nhập trước đây.")
            else:
                already = translate("Inbox", "{what}: báo cáo này đã có.").format(what=_what(checked))
            if same in weighed.pending:
                already += " " + translate("Inbox", "Chờ xác nhận: {why}.").format(
                    why=pending_text(weighed.pending[same])
                )
            return result(Outcome.ALREADY, f"{already}{note}", same, signature=signature)
        receipt = repo.receipt_for(doc.unit.kind, doc.unit.code, doc.period.id)
        clash = _identity_clash(repo, doc, receipt)
        if clash is not None:
            existing, why = clash
            reason = translate(
                "Inbox", "{what}: XUNG ĐỘT — {why} Đã giữ lại để người có thẩm quyền quyết định (inbox conflicts)."
            ).format(what=_what(checked), why=why)
            repo.record_conflict(
                Conflict(
                    file_sha256=source.sha256,
                    path=shown_path(source.path),
                    uid=doc.uid,
                    unit_kind=doc.unit.kind,
                    unit_code=doc.unit.code,
                    unit_name=checked.unit_label,
                    period_id=doc.period.id,
                    updated_at=doc.updated_at,
                    existing_report_id=existing,
                    reason=why,
                    document=doc.to_json(indent=None),
                    received_at=at,
                )
            )
            repo.record_file(
                sha256=source.sha256,
                path=shown_path(source.path),
                size=source.size,
                result=FileOutcome.REJECTED,
                reason=reason,
                at=at,
                report_id=None,
            )
            return result(Outcome.CONFLICT, reason, existing)
        outcome = Outcome.IMPORTED
        reason = f"{_what(checked)}."
        report_id = repo.store.import_document(checked.stored, origin="inbox")
        repo.set_status(report_id, draft=checked.draft)
        repo.record_report(
            report_id,
            doc_sha,
            checked.source_version,
            list(unmatched),
            shown_path(source.path),
            at,  # when it was received ("Nhận lúc"), not when the province last edited it
            draft=checked.draft,
            pages=checked.pages,
            notes=" ".join(checked.page_notes),
        )
        if doc.correction_of is not None:  # the version says which request for correction it answers
            ref = doc.correction_of
            ReplyRepository(repo.store).record_answer(
                Answer(report_id=report_id, request_id=ref.id, number=ref.number, day=ref.date.isoformat())
            )
        if checked.signature is not None:  # kept, so the version can be verified again when trust changes
            TrustRepository(repo.store).keep_bytes(report_id, source.sha256, source.data)
        signature, note = _note_signatures(repo, report_id, checked, at)
        if require and checked.signature is not None:
            stored = SignatureRepository(repo.store).signatures(report_id)
            if not fully_trusted(signature, [str(s.get("role", "")) for s in stored]):
                # Rolled back with the transaction: nothing of the file is stored.
                raise Rejected(
                    translate(
                        "Signing",
                        "Bộ yêu cầu chữ ký số tin cậy (Cài đặt, hoặc --require-signature) nhưng {status} Không nhập.",
                    ).format(status=_sentence(SignatureRepository(repo.store).received([report_id])[report_id].summary))
                )
        weighed = recount(repo, doc.unit.kind, doc.unit.code, doc.period.id, require=require)
        if report_id in weighed.pending:
            outcome = Outcome.PENDING
            reason = translate("Inbox", "{what}: CHỜ XÁC NHẬN — {why}.").format(
                what=_what(checked), why=pending_text(weighed.pending[report_id])
            )
        elif receipt is not None:
            # Every version is kept; the newer one is the one counted, the other is listed with the versions.
            if weighed.counted != report_id:
                outcome = Outcome.OLDER
                reason = translate(
                    "Inbox",
                    "{what}: đã có bản cập nhật lúc {time}, mới hơn bản này; bản này được lưu như một phiên bản trước.",
                ).format(what=_what(checked), time=_show_time(receipt.updated_at))
            else:
                outcome = Outcome.REPLACED
                reason = translate(
                    "Inbox", "{what}: thay bản cập nhật lúc {time} (bản cũ vẫn được lưu như một phiên bản trước)."
                ).format(what=_what(checked), time=_show_time(receipt.updated_at))
        if checked.draft:
            reason += " " + translate("Inbox", "BẢN DỰ THẢO (nhận theo lựa chọn của người nhập).")
            if checked.draft_problems:
                shown = "; ".join(p.rstrip(". ") for p in checked.draft_problems[:MAX_LISTED])
                more = len(checked.draft_problems) - MAX_LISTED
                if more > 0:
                    shown += translate("Inbox", "; … và {count} lỗi khác").format(count=more)
                reason += " " + translate("Inbox", "Chưa đạt {count} quy định của mẫu: {problems}.").format(
                    count=len(checked.draft_problems), problems=shown
                )
        for note in checked.page_notes:
            reason += f" {note}"
        if checked.warnings:
            reason += " " + translate("Inbox", "{count} lưu ý: {warnings}.").format(
                count=len(checked.warnings), warnings="; ".join(checked.warnings[:MAX_LISTED])
            )
        if unmatched:
            keys = ", ".join(u["key"] for u in unmatched)
            reason += " " + translate(
                "Inbox",
                "Mẫu phiên bản {version}: {count} trường không khớp mẫu hiện hành (được giữ lại để xem): {keys}.",
            ).format(version=checked.source_version, count=len(unmatched), keys=keys)
        reason += note
        # A version waiting for a person went in all the same: its file is "imported".
        stored_as = FileOutcome.IMPORTED if outcome is Outcome.PENDING else FileOutcome(outcome.value)
        repo.record_file(
            sha256=source.sha256,
            path=shown_path(source.path),
            size=source.size,
            result=stored_as,
            reason=reason,
            at=at,
            report_id=report_id,
        )
    return result(outcome, reason, report_id, unmatched, signature)


def _identity_clash(repo: InboxRepository, doc: ReportDocument, receipt: Any) -> tuple[int, str] | None:
    """(the report it clashes with, why) when the document cannot simply be another version: never skipped
    silently, never decided by the machine."""
    same_moment = repo.report_with_uid_at(doc.uid, doc.updated_at)
    if same_moment is not None:
        return same_moment, translate(
            "Inbox", "đã có một báo cáo cùng mã định danh và cùng thời điểm cập nhật ({time}) nhưng nội dung khác."
        ).format(time=_show_time(doc.updated_at))
    elsewhere = repo.uid_elsewhere(doc.uid, doc.unit.kind, doc.unit.code, doc.period.id)
    if elsewhere is not None:
        return elsewhere[0], translate("Inbox", "mã định danh của báo cáo này đã thuộc về báo cáo của {unit}.").format(
            unit=elsewhere[1]
        )
    if receipt is not None and _compare_times(doc.updated_at, receipt.updated_at) == 0:
        return receipt.report_id, translate(
            "Inbox",
            "đã có một bản khác của cùng đơn vị, cùng kỳ, cùng thời điểm cập nhật ({time}): không biết bản nào đúng.",
        ).format(time=_show_time(doc.updated_at))
    return None


def _note_signatures(
    repo: InboxRepository, report_id: int, checked: Checked, at: str, *, upgrade_only: bool = False
) -> tuple[str, str]:
    """The signature status recorded for the report (gui.signing.inbox) and the sentence for the result line."""
    if checked.signature is None:
        return "", ""
    verified = note_signatures(
        repo.store, report_id, checked.stored.unit, checked.signature, at, upgrade_only=upgrade_only
    )
    if verified is None:
        return "", ""
    summary = describe(verified, language())  # the store keeps the Vietnamese one, the line speaks the interface's
    return verified.status, " " + translate("Inbox", "Chữ ký số: {summary}").format(summary=summary)


def _sentence(text: str) -> str:
    text = text.strip()
    return f"{text[:1].lower()}{text[1:]}" + ("" if text.endswith(".") else ".")


def _what(checked: Checked) -> str:
    return unit_and_period(checked.unit_label, checked.original.period.id)


# --- checks ----------------------------------------------------------------------------------------


def check_document(
    doc: ReportDocument, current: Template, *, now: dt.datetime | None = None, draft: bool = False
) -> Checked:
    """Every check a received report must pass, in the order a person would look; Rejected names the fault. A
    `draft` is not refused for the final export's rules (a draft may lack what a final report needs): they are
    returned as its `draft_problems`."""
    source_template = _check_template(doc, current)
    period = _check_period(doc, (now or dt.datetime.now(dt.UTC)).date())
    unit_ref, unit_label = _check_unit(doc, period.end)
    now = now or dt.datetime.now(dt.UTC)
    for text, what in (
        (doc.created_at, translate("Inbox", "thời điểm tạo (created_at)")),
        (doc.updated_at, translate("Inbox", "thời điểm cập nhật (updated_at)")),
    ):
        moment = _parse_time(text, what)
        if moment > now + CLOCK_SKEW:
            raise Rejected(
                translate(
                    "Inbox",
                    "Tài liệu báo cáo ghi {what} {time}, ở tương lai so với giờ máy này ({now}): không nhận, "
                    "vì một bản như vậy sẽ chặn mọi bản sửa sau.",
                ).format(what=what, time=_show_time(text), now=_show_time(now.isoformat()))
            )
    if source_template is not None:  # what the form could never have produced, by the report's own template
        reasons = refusals(doc, source_template)
        if reasons:
            raise Rejected(refusal_text(reasons))
    matched, unmatched = read_into(current, doc.values, source_template)
    if doc.template.version == current.version and unmatched:
        first = unmatched[0]
        why = first.why if first.why.startswith(first.label) else f"{first.label}: {first.why}"
        raise Rejected(
            translate("Inbox", "Dữ liệu báo cáo không hợp lệ — trường '{key}': {why}.").format(key=first.key, why=why)
        )
    stored = structs.replace(
        doc,
        template=TemplateRef(id=current.id, version=current.version),
        unit=unit_ref,
        values=matched,
    )
    same_version = doc.template.version == current.version
    if draft:
        errors, warnings = _rule_problems(stored, current, same_version=same_version)
        return Checked(doc, stored, unit_label, doc.template.version, tuple(unmatched), warnings, draft_problems=errors)
    warnings = _check_rules(stored, current, same_version=same_version)
    return Checked(doc, stored, unit_label, doc.template.version, tuple(unmatched), warnings)


def _rule_problems(
    stored: ReportDocument, current: Template, *, same_version: bool
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The final export's errors and warnings, as texts."""
    problems = validate_document(stored, current)
    errors = [pick(p.message, p.message_en) for p in problems if p.is_error and (same_version or p.code != "required")]
    return tuple(errors), tuple(pick(p.message, p.message_en) for p in problems if not p.is_error)


def _check_rules(stored: ReportDocument, current: Template, *, same_version: bool) -> tuple[str, ...]:
    """The final export's rules (gui.core.validation): errors refuse the report with their list, warnings are
    returned to be shown. A report made with an older template is not refused for fields that template lacked."""
    problems = validate_document(stored, current)
    errors = [pick(p.message, p.message_en) for p in problems if p.is_error and (same_version or p.code != "required")]
    if errors:
        shown = "; ".join(e.rstrip(". ") for e in errors[:MAX_LISTED])  # one sentence, not "(bắt buộc).;"
        more = ""
        if len(errors) > MAX_LISTED:
            more = translate("Inbox", "; … và {count} lỗi khác").format(count=len(errors) - MAX_LISTED)
        raise Rejected(
            translate(
                "Inbox", "Báo cáo không đạt các quy định của mẫu (như khi xuất bản chính thức), {count} lỗi: {errors}."
            ).format(count=len(errors), errors=f"{shown}{more}")
        )
    return tuple(pick(p.message, p.message_en) for p in problems if not p.is_error)


def _check_template(doc: ReportDocument, current: Template) -> Template | None:
    ref = doc.template
    if ref.id != current.id:
        if known_template(ref.id, ref.version) is None:
            raise Rejected(
                translate("Inbox", "Mẫu báo cáo '{id}' (phiên bản {version}) không có trong ứng dụng này.").format(
                    id=ref.id, version=ref.version
                )
            )
        raise Rejected(
            translate("Inbox", "Báo cáo theo mẫu '{id}', không phải mẫu đang tổng hợp '{current}'.").format(
                id=ref.id, current=current.id
            )
        )
    if ref.version > current.version:
        raise Rejected(
            translate(
                "Inbox",
                "Báo cáo theo mẫu phiên bản {version}, mới hơn ứng dụng này (phiên bản {current}): "
                "hãy cập nhật ứng dụng rồi nhập lại.",
            ).format(version=ref.version, current=current.version)
        )
    if ref.version == current.version:
        return current
    return known_template(ref.id, ref.version)


def _check_period(doc: ReportDocument, today: dt.date) -> Any:
    try:
        period = parse_period(doc.period.id)
    except PeriodError as error:
        raise Rejected(translate("Inbox", "Kỳ báo cáo không hợp lệ: {error}").format(error=error)) from None
    ref = doc.period
    if (period.kind, period.start, period.end) != (ref.kind, ref.start, ref.end):
        raise Rejected(
            translate(
                "Inbox",
                "Kỳ báo cáo không hợp lệ: kỳ '{id}' phải là {kind} từ {start} đến {end}, nhưng báo cáo ghi "
                "{given_kind} từ {given_start} đến {given_end}.",
            ).format(
                id=ref.id,
                kind=period.kind,
                start=_show_date(period.start),
                end=_show_date(period.end),
                given_kind=ref.kind,
                given_start=_show_date(ref.start),
                given_end=_show_date(ref.end),
            )
        )
    if period.start > today:
        raise Rejected(
            translate("Inbox", "Kỳ báo cáo {id} chưa bắt đầu (từ {start}).").format(
                id=period.id, start=_show_date(period.start)
            )
        )
    return period


def _check_unit(doc: ReportDocument, period_end: dt.date) -> tuple[UnitRef, str]:
    ref = doc.unit
    if ref.kind == "ministry":
        unit = find_unit("ministry", ref.code)
        if unit is None:
            raise Rejected(
                translate(
                    "Inbox", "Mã bộ, ngành '{code}' không có trong danh sách các bộ, cơ quan của ứng dụng."
                ).format(code=ref.code)
            )
        return UnitRef(kind="ministry", code=unit.code, name=unit.name, list_id=""), unit.display_name
    units = province_list_at(period_end)
    if ref.list_id and ref.list_id != units.id:
        raise Rejected(
            translate(
                "Inbox",
                "Báo cáo ghi mã tỉnh theo danh sách '{given}', nhưng kỳ kết thúc ngày {end} "
                "phải dùng danh sách '{id}' ({name}).",
            ).format(given=ref.list_id, end=_show_date(period_end), id=units.id, name=units.name)
        )
    unit = units.get(ref.code)
    if unit is None:
        raise Rejected(
            translate(
                "Inbox",
                "Mã tỉnh '{code}' ({unit}) không có trong danh sách '{id}' ({name}), "
                "danh sách áp dụng cho kỳ kết thúc ngày {end}.",
            ).format(code=ref.code, unit=ref.name, id=units.id, name=units.name, end=_show_date(period_end))
        )
    return UnitRef(kind="province", code=unit.code, name=unit.name, list_id=units.id), unit.display_name


# --- times -----------------------------------------------------------------------------------------


def _parse_time(text: str, what: str) -> dt.datetime:
    try:
        value = dt.datetime.fromisoformat(text)
    except ValueError:
        raise Rejected(
            translate("Inbox", "Tài liệu báo cáo không hợp lệ: {what} '{text}' không phải thời điểm ISO 8601.").format(
                what=what, text=text
            )
        ) from None
    return value if value.tzinfo else value.replace(tzinfo=dt.UTC)


def _compare_times(a: str, b: str) -> int:
    try:
        left, right = _parse_time(a, "updated_at"), _parse_time(b, "updated_at")
    except Rejected:
        left, right = a, b  # type: ignore[assignment]  # a stored value we cannot parse: compare as text
    return (left > right) - (left < right)


def _show_time(text: str) -> str:
    return vietnam_time(text, time_first=True)


def _show_date(day: dt.date) -> str:
    return vn_date(day)
