"""The Ministry's desk, once for the window and the command line: the draft report to the Government, the deadline,
the reminder and the data-quality flags of a period.

    make_draft(store=, period_id=, output=, with_pdf=False) -> DraftResult        .docx or .pdf, else UserError
    set_deadline(store=, period_id=, day=None | date, default=False) -> DeadlineResult
    write_reminder(store=, period_id=, output=) -> ReminderResult
    period_flags(store=, period_id=) -> FlagsResult                                 the flags and the checks run
    flags_of(consolidation=) -> FlagsResult                                         the same on a consolidation read
    export_summary(output=, fmt=None, consolidation= | store=, period_id=) -> SummaryResult   .xlsx / .pdf
    correction_file_name(unit, period_id) -> str                                    'De-nghi-sua-Nghe-An-2025.eml'
    address_book(store=) -> AddressBook                                             every unit, its addresses
    read_address_file(path=) -> AddressesRead                                       .xlsx/.csv read, nothing saved
    import_address_file(store=, path=) -> AddressesRead                             its good rows saved
    set_unit_emails(store=, unit_code=, emails=) -> Address                         one unit's, checked
    save_address_book(store=, entries=) -> AddressBook                              the whole book, all or nothing
    units_to_remind(store=, consolidation=) -> tuple[Unit, ...]
    review_states(store=, consolidation=) -> dict[(kind, code), UnitReview]
    record_review(store=, consolidation=, unit_code=, state=, general=, comments=) -> Reviewed
    write_correction_letter(store=, consolidation=, unit_code=, output=, number=, deadline=) -> LetterWritten
    answers_of(store=, consolidation=, review=) -> RequestAnswers | None           how a corrected version answers
    write_receipts(store=, consolidation=, output=, unit_code=None, new_only=False, emails=False)
                                                                                    -> tuple[ReceiptWritten, ...]

Each raises a UserError whose message is meant for the person (a period that cannot be read, a file name the
draft cannot take, a deadline before the data's cut-off, a file that cannot be written).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from gui.core.errors import UserError
from gui.core.i18n import translate
from gui.core.period import Period, parse_period
from gui.core.text import file_name_part
from gui.core.units import Unit
from gui.fileio import write_output
from gui.inbox.addressbook import AddressBookError, check_emails, known_units, split_emails
from gui.inbox.addressbook import read_address_file as read_addresses
from gui.inbox.answers import RequestAnswers, request_answers
from gui.inbox.consolidate import Consolidation, UnitRow, consolidate
from gui.inbox.correction_letter import LetterError, letter_email, letter_file_name, letter_pdf, request_reply
from gui.inbox.deadlines import deadline_problem
from gui.inbox.quality import Check, Flag, checks_run, quality_flags
from gui.inbox.receipt import ReceiptError, make_receipts, receipt_email
from gui.inbox.reminders import build_reminder, pending_units
from gui.inbox.review import ReviewError, State, UnitReview, record, reviews
from gui.store.follow_up import Address, Comment, DeskRepository
from gui.store.reports import ReportStore

DRAFT_SUFFIXES = (".docx", ".pdf")


def _period(period_id: str) -> Period:
    try:
        return parse_period(period_id)
    except ValueError as error:  # PeriodError says what a period looks like
        raise UserError(str(error)) from None


# --- the draft report to the Government ---------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class DraftResult:
    files: tuple[Path, ...]  # the file asked for, then the PDF beside a .docx when one was asked for too
    period_id: str
    provinces: int  # provinces that reported
    expected: int  # provinces of the period's list
    ministries: int

    @property
    def empty(self) -> bool:
        return self.provinces == 0 and self.ministries == 0

    @property
    def coverage(self) -> str:
        """'31/34 địa phương đã gửi báo cáo, 5 bộ, ngành' — the ministries only when some reported."""
        text = translate("Desk", "{n}/{of} địa phương đã gửi báo cáo").format(n=self.provinces, of=self.expected)
        if self.ministries:
            text += translate("Desk", ", {n} bộ, ngành").format(n=self.ministries)
        return text


def draft_suffix_problem(output: Path) -> str | None:
    if output.suffix.lower() in DRAFT_SUFFIXES:
        return None
    return translate("Desk", "Tệp ghi ra phải có đuôi .docx hoặc .pdf, không phải '{given}'.").format(
        given=output.suffix or output.name
    )


def make_draft(
    *, store: ReportStore, period_id: str, output: Path, with_pdf: bool = False, today: dt.date | None = None
) -> DraftResult:
    """The draft of the period written to `output` (.docx or .pdf; any other name is refused, never renamed);
    `with_pdf`: the same draft as a PDF beside a .docx, for a reader without Word."""
    # lazy: reportlab and python-docx load when a draft is made, not with the desk or `bvntd --help`
    from gui.govreport.docx_writer import draft_docx_bytes
    from gui.govreport.outline import build_draft
    from gui.govreport.pdf_writer import draft_pdf_bytes

    problem = draft_suffix_problem(output)
    if problem:
        raise UserError(problem)
    period = _period(period_id)
    c = consolidate(store, period.id)
    draft = build_draft(c, store.profile(), today=today)
    docx = output.suffix.lower() == ".docx"
    write_output(output, draft_docx_bytes(draft) if docx else draft_pdf_bytes(draft))
    files = [output]
    if with_pdf and docx:
        beside = output.with_suffix(".pdf")
        write_output(beside, draft_pdf_bytes(draft))
        files.append(beside)
    return DraftResult(
        files=tuple(files),
        period_id=period.id,
        provinces=len(c.reported),
        expected=len(c.provinces),
        ministries=len(c.ministries),
    )


def correction_file_name(unit: Unit, period_id: str) -> str:
    """'De-nghi-sua-Nghe-An-2025.eml': the unit's name, ASCII only (a file that travels by email)."""
    return f"De-nghi-sua-{file_name_part(unit.name, unit.code)}-{file_name_part(period_id)}.eml"


# --- the deadline -------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class DeadlineResult:
    consolidation: Consolidation  # read again with the deadline in force: its schedule says each unit's timeliness
    moved: bool  # the deadline was changed by this call


def set_deadline(
    *, store: ReportStore, period_id: str, day: dt.date | None = None, default: bool = False
) -> DeadlineResult:
    """The period's deadline moved to `day`, or back to the template's with `default`; neither: only read."""
    period = _period(period_id)
    if day is not None and default:
        raise UserError(translate("Desk", "Chọn một hạn mới hoặc hạn mặc định, không cả hai."))
    if day is not None:
        problem = deadline_problem(period, day)
        if problem:
            raise UserError(problem)
    if day is not None or default:
        DeskRepository(store).set_deadline(period.id, day.isoformat() if day else None)
    return DeadlineResult(consolidation=consolidate(store, period.id), moved=day is not None or default)


# --- the reminder -------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class ReminderResult:
    path: Path | None  # None: every unit has reported, no letter was written
    units: tuple[Unit, ...]  # the units reminded, in the list's order
    recipients: tuple[str, ...]
    without_email: tuple[Unit, ...]


def write_reminder(*, store: ReportStore, period_id: str, output: Path) -> ReminderResult:
    """The reminder (.eml) to every unit of the period not yet received; nothing is written when none is."""
    period = _period(period_id)
    c = consolidate(store, period.id)
    profile = store.profile()
    reminder = build_reminder(c, DeskRepository(store).addresses(), ministry_email=profile.ministry_email)
    if not reminder.units:
        return ReminderResult(path=None, units=(), recipients=(), without_email=())
    write_output(output, reminder.eml(sender=profile.ministry_email))
    return ReminderResult(
        path=output, units=reminder.units, recipients=reminder.recipients, without_email=reminder.without_email
    )


# --- the data-quality flags ---------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class FlagsResult:
    consolidation: Consolidation
    flags: tuple[Flag, ...]
    checks: tuple[Check, ...]  # each check, whether it ran, and what it compared or why it did not


def period_flags(*, store: ReportStore, period_id: str) -> FlagsResult:
    return flags_of(consolidation=consolidate(store, _period(period_id).id))


def flags_of(*, consolidation: Consolidation) -> FlagsResult:
    """The flags of a consolidation already read (the desk's, on the page)."""
    c = consolidation
    return FlagsResult(consolidation=c, flags=tuple(quality_flags(c)), checks=tuple(checks_run(c)))


# --- the consolidation's files (Excel, summary PDF) -----------------------------------------------------------

SUMMARY_FORMATS = ("xlsx", "pdf")


@dataclass(frozen=True, kw_only=True)
class SummaryResult:
    path: Path
    format: str  # "xlsx" or "pdf"
    consolidation: Consolidation


def summary_format(output: Path, fmt: str | None = None) -> str:
    """The format a summary is written in: the name's suffix, or `fmt` (the window's button, the command line's
    --format) for a name without one of ours (/dev/null); a name and a format that disagree are refused, never
    renamed."""
    suffix = output.suffix.lower().lstrip(".")
    if fmt is not None and suffix in SUMMARY_FORMATS and suffix != fmt:
        raise UserError(
            translate(
                "Desk", "Tệp ghi ra {path} có đuôi .{suffix} nhưng định dạng là {format}: hãy để hai thứ khớp nhau."
            ).format(path=output, suffix=suffix, format=fmt)
        )
    if fmt is not None:
        return fmt
    if suffix not in SUMMARY_FORMATS:
        raise UserError(
            translate(
                "Desk",
                "Tệp ghi ra phải có đuôi .xlsx hoặc .pdf, không phải '{given}' "
                "(hoặc chọn định dạng bằng --format xlsx|pdf, ví dụ với -o /dev/null).",
            ).format(given=output.suffix or output.name)
        )
    return suffix


def export_summary(
    *,
    output: Path,
    fmt: str | None = None,
    consolidation: Consolidation | None = None,
    store: ReportStore | None = None,
    period_id: str = "",
) -> SummaryResult:
    """The consolidation as an Excel workbook or a summary PDF: the one the window shows (`consolidation`), or the
    period's read from `store`."""
    chosen = summary_format(output, fmt)
    c = consolidation
    if c is None:
        if store is None:
            raise ValueError("export_summary needs a consolidation or a store")
        c = consolidate(store, _period(period_id).id)
    if chosen == "xlsx":
        # lazy: openpyxl (~280 modules) loads when a workbook is written, not with the inbox page or `bvntd --help`
        from gui.inbox.xlsx import write_xlsx

        write_xlsx(c, output)
    else:
        # lazy: reportlab loads when the summary PDF is written
        from gui.inbox.summary_pdf import write_summary_pdf

        write_summary_pdf(c, output)
    return SummaryResult(path=output, format=chosen, consolidation=c)


# --- the address book -------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class AddressBook:
    units: tuple[Unit, ...]  # every unit one writes to: the provinces of today's list, then the ministries
    entries: dict[tuple[str, str], Address]  # (unit kind, unit code) → its addresses and contact

    def of(self, unit: Unit) -> Address | None:
        return self.entries.get((unit.kind, unit.code))


@dataclass(frozen=True, kw_only=True)
class AddressesRead:
    path: Path
    addresses: tuple[Address, ...]  # the good rows
    problems: tuple[str, ...]  # each bad row, named by its row and what is wrong


def address_book(*, store: ReportStore) -> AddressBook:
    return AddressBook(units=tuple(known_units()), entries=DeskRepository(store).addresses())


def read_address_file(*, path: Path) -> AddressesRead:
    """An .xlsx or .csv address book read (within its limits), nothing saved: the window shows it in the table."""
    try:
        report = read_addresses(path)
    except AddressBookError as error:
        raise UserError(str(error)) from None
    return AddressesRead(path=path, addresses=tuple(report.addresses), problems=tuple(report.problems))


def import_address_file(*, store: ReportStore, path: Path, read: AddressesRead | None = None) -> AddressesRead:
    """The good rows of a file saved into the book (the others named in `problems`, to fix and import again);
    `read`: the file as read_address_file read it already (the command line reads before it opens the database)."""
    read = read or read_address_file(path=path)
    DeskRepository(store).save_addresses(list(read.addresses))
    return read


def _unit(code: str) -> Unit:
    unit = next((u for u in known_units() if u.code.upper() == code.strip().upper()), None)
    if unit is None:
        raise UserError(translate("Desk", "Không có đơn vị mã '{code}' (mã tỉnh hoặc mã bộ, ngành).").format(code=code))
    return unit


def _checked(unit: Unit, emails: str, contact: str = "") -> Address:
    problem = check_emails(emails) if emails.strip() else None
    if problem:
        raise UserError(f"{unit.display_name}: {problem}")
    return Address(
        unit_kind=unit.kind, unit_code=unit.code, emails="; ".join(split_emails(emails)[0]), contact=contact.strip()
    )


def set_unit_emails(*, store: ReportStore, unit_code: str, emails: str) -> Address:
    """One unit's addresses (several: a; b), each checked as where a message is written (gui.core.emails); an
    empty text clears them."""
    address = _checked(_unit(unit_code), emails)
    DeskRepository(store).save_addresses([address])
    return address


def save_address_book(*, store: ReportStore, entries: Sequence[tuple[str, str, str]]) -> AddressBook:
    """The whole book as edited in the window: (unit code, emails, contact) per unit; a unit left empty leaves the
    book. Every malformed address is named and nothing is saved until all are right."""
    addresses, problems = [], []
    for code, emails, contact in entries:
        unit = _unit(code)
        try:
            address = _checked(unit, emails, contact)
        except UserError as error:
            problems.append(str(error))
            continue
        if address.emails or address.contact:
            addresses.append(address)
    if problems:
        raise UserError("\n".join(problems))
    DeskRepository(store).replace_addresses(addresses)
    return address_book(store=store)


# --- the reminder's units ---------------------------------------------------------------------------------------


def units_to_remind(*, store: ReportStore, consolidation: Consolidation) -> tuple[Unit, ...]:
    """The units a reminder would go to: provinces not received, and ministries in the address book not received."""
    return tuple(pending_units(consolidation, DeskRepository(store).addresses()))


# --- reviews ----------------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Reviewed:
    review_id: int
    review: UnitReview  # the unit's state after it


def review_states(*, store: ReportStore, consolidation: Consolidation) -> dict[tuple[str, str], UnitReview]:
    """Every received unit's review state (received, needs correction, corrected, accepted)."""
    return reviews(store, consolidation)


def unit_row(*, consolidation: Consolidation, unit_code: str) -> UnitRow:
    """A unit of the period (its list, the ministries, a unit outside the list that reported) by its code."""
    c = consolidation
    rows = {row.unit.code.upper(): row for row in [*c.provinces, *c.ministries, *c.outside_list]}
    row = rows.get(unit_code.strip().upper())
    if row is None:
        raise UserError(
            translate("Desk", "Không có đơn vị mã '{code}' trong kỳ {period}.").format(
                code=unit_code, period=c.period.id
            )
        )
    return row


def record_review(
    *,
    store: ReportStore,
    consolidation: Consolidation,
    unit_code: str,
    state: State,
    general: str = "",
    comments: Sequence[Comment] = (),
) -> Reviewed:
    """A review of the unit's counted report: a request for correction (at least one comment, each on a field of
    the template, or general) or its acceptance."""
    row = unit_row(consolidation=consolidation, unit_code=unit_code)
    if state not in (State.CORRECTION, State.ACCEPTED):
        raise UserError(translate("Desk", "Chỉ ghi được 'cần chỉnh sửa' hoặc 'chấp nhận'."))
    try:
        review_id = record(store, consolidation, row, state, general=general, comments=tuple(comments))
    except ReviewError as error:
        raise UserError(str(error)) from None
    return Reviewed(review_id=review_id, review=reviews(store, consolidation)[(row.unit.kind, row.unit.code)])


# --- the request for correction as a letter ---------------------------------------------------------------------

LETTER_SUFFIXES = (".pdf", ".eml")


@dataclass(frozen=True, kw_only=True)
class LetterWritten:
    path: Path
    email: bool  # the e-mail attaching the letter (.eml); else the letter itself (.pdf), to sign before sending
    unit_name: str
    comments: int  # the comments it carries (the general one counted)
    emails: str  # the e-mail's recipients from the address book ("" when it has none for the unit)
    file_name: str  # the letter's name as the unit receives it


def read_period(*, store: ReportStore, period_id: str) -> Consolidation:
    """The period's consolidation, as the desk's actions read it."""
    return consolidate(store, _period(period_id).id)


def write_correction_letter(
    *,
    store: ReportStore,
    consolidation: Consolidation,
    unit_code: str,
    output: Path,
    number: str = "",
    deadline: dt.date | None = None,
) -> LetterWritten:
    """The unit's latest request for correction as the official letter: a .pdf (signed before it is sent), or an
    .eml attaching it and addressed from the address book. Any other name is refused, never guessed (the command
    line took it for an e-mail, the window for a PDF)."""
    suffix = output.suffix.lower()
    if suffix not in LETTER_SUFFIXES:
        raise UserError(
            translate(
                "Desk", "Tệp ghi ra phải có đuôi .pdf (công văn) hoặc .eml (thư kèm công văn), không phải '{given}'."
            ).format(given=output.suffix or output.name)
        )
    row = unit_row(consolidation=consolidation, unit_code=unit_code)
    review = reviews(store, consolidation).get((row.unit.kind, row.unit.code))
    if review is None or review.commented is None:
        raise UserError(translate("Desk", "{unit}: chưa có ý kiến đề nghị chỉnh sửa nào để gửi.").format(unit=row.name))
    profile = store.profile()
    try:
        reply = request_reply(store, consolidation, review, profile, number=number, deadline=deadline)
    except LetterError as error:
        raise UserError(str(error)) from None
    pdf = letter_pdf(reply, profile)
    address = DeskRepository(store).addresses().get((row.unit.kind, row.unit.code))
    email = suffix == ".eml"
    if email:
        write_output(output, letter_email(consolidation, review, reply, pdf, address, sender=profile.ministry_email))
    else:
        write_output(output, pdf)
    return LetterWritten(
        path=output,
        email=email,
        unit_name=row.name,
        comments=len(reply.comments) + bool(reply.general.strip()),
        emails=address.emails if email and address is not None else "",
        file_name=letter_file_name(reply),
    )


# --- receipts ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class ReceiptWritten:
    path: Path  # the receipt's PDF
    unit_name: str
    email: Path | None  # the .eml attaching it, when asked for


def write_receipts(
    *,
    store: ReportStore,
    consolidation: Consolidation,
    output: Path,
    unit_code: str | None = None,
    new_only: bool = False,
    emails: bool = False,
) -> tuple[ReceiptWritten, ...]:
    """Receipts for the units received (`unit_code`: that one, which must have reported; `new_only`: those without
    a receipt for their counted version yet), each recorded: into the folder `output`, or for one unit the .pdf
    `output`; `emails`: each with the .eml that attaches it, addressed from the address book. Nothing to confirm:
    an empty tuple."""
    c = consolidation
    single = output.suffix.lower() == ".pdf" and not output.is_dir()
    if single and not unit_code:
        raise UserError(
            translate("Desk", "Nhiều đơn vị: hãy ghi ra một thư mục (mỗi đơn vị một tệp), hoặc chọn một đơn vị.")
        )
    if not single and not output.is_dir():
        raise UserError(
            translate("Desk", "{path}: không phải thư mục có sẵn, cũng không phải tệp .pdf.").format(path=output)
        )
    units = None
    if unit_code:
        row = unit_row(consolidation=c, unit_code=unit_code)
        if not row.reported:
            raise UserError(
                translate("Desk", "{unit} chưa gửi báo cáo kỳ {period}: chưa có gì để xác nhận.").format(
                    unit=row.name, period=c.period.id
                )
            )
        units = [row]
    profile = store.profile()
    try:
        receipts = make_receipts(store, c, profile, units=units, new_only=new_only)
    except ReceiptError as error:
        raise UserError(str(error)) from None
    book = DeskRepository(store).addresses()
    written = []
    for receipt in receipts:
        target = output if single else output / receipt.file_name
        write_output(target, receipt.pdf)
        eml = None
        if emails:
            eml = target.with_suffix(".eml")
            address = book.get((receipt.row.unit.kind, receipt.row.unit.code))
            write_output(eml, receipt_email(receipt, address, sender=profile.ministry_email))
        written.append(ReceiptWritten(path=target, unit_name=receipt.row.name, email=eml))
    return tuple(written)


def answers_of(*, store: ReportStore, consolidation: Consolidation, review: UnitReview) -> RequestAnswers | None:
    """How the version counted now answers the unit's latest request for correction (None: no request)."""
    return request_answers(store, consolidation, review)


__all__ = [
    "Address",
    "AddressBook",
    "AddressesRead",
    "Comment",
    "DeadlineResult",
    "DraftResult",
    "FlagsResult",
    "LetterWritten",
    "ReceiptWritten",
    "ReminderResult",
    "RequestAnswers",
    "Reviewed",
    "State",
    "SummaryResult",
    "UnitReview",
    "address_book",
    "answers_of",
    "correction_file_name",
    "draft_suffix_problem",
    "export_summary",
    "flags_of",
    "import_address_file",
    "make_draft",
    "period_flags",
    "read_address_file",
    "read_period",
    "record_review",
    "review_states",
    "save_address_book",
    "set_deadline",
    "set_unit_emails",
    "summary_format",
    "unit_row",
    "units_to_remind",
    "write_correction_letter",
    "write_receipts",
    "write_reminder",
]
