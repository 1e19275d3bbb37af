"""`bvntd inbox deadline | …`: the Ministry's desk on the command line (deadlines, address book, reminders,
reviews, data-quality flags and the draft report to the Government)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gui.cli import db_path_of
from gui.commands.options import db_option, output_option, period_option, unit_option
from gui.core.errors import UserError
from gui.core.i18n import translate


def register(actions: argparse._SubParsersAction) -> None:
    deadline = actions.add_parser("deadline", help=translate("CommandLine", "xem hoặc đổi hạn gửi báo cáo của một kỳ"))
    db_option(deadline)
    period_option(deadline)
    which = deadline.add_mutually_exclusive_group()
    which.add_argument(
        "--set", dest="day", help=translate("CommandLine", "hạn mới, dạng ngày/tháng/năm (ví dụ 31/12/2025)")
    )
    which.add_argument(
        "--default", action="store_true", help=translate("CommandLine", "trở về hạn mặc định của mẫu báo cáo")
    )
    deadline.set_defaults(handler=_deadline)

    flags = actions.add_parser(
        "flags", help=translate("CommandLine", "các cảnh báo số liệu của một kỳ (không chặn việc nhập)")
    )
    db_option(flags)
    period_option(flags)
    flags.set_defaults(handler=_flags)

    book = actions.add_parser(
        "addresses", help=translate("CommandLine", "sổ địa chỉ email của các đơn vị: nhập từ .xlsx/.csv, sửa, xem")
    )
    db_option(book)
    book.add_argument(
        "--import",
        dest="source",
        type=Path,
        help=translate("CommandLine", "nhập từ tệp .xlsx hoặc .csv (cột Mã, Email)"),
    )
    book.add_argument(
        "--set",
        nargs=2,
        metavar=("MÃ", "EMAIL"),
        help=translate("CommandLine", "đặt email cho một đơn vị (nhiều email: a; b)"),
    )
    book.set_defaults(handler=_addresses)

    remind = actions.add_parser(
        "remind", help=translate("CommandLine", "thư nhắc (.eml) gửi các đơn vị chưa gửi báo cáo của một kỳ")
    )
    db_option(remind)
    period_option(remind)
    output_option(remind, help=translate("CommandLine", "tệp thư .eml ghi ra"), required=True)
    remind.set_defaults(handler=_remind)

    review = actions.add_parser(
        "review", help=translate("CommandLine", "xem xét báo cáo: cần chỉnh sửa (kèm ý kiến, thư .eml), chấp nhận")
    )
    db_option(review)
    period_option(review)
    unit_option(
        review, help=translate("CommandLine", "mã đơn vị (mã tỉnh hoặc mã bộ, ngành); không có: liệt kê mọi đơn vị")
    )
    action = review.add_mutually_exclusive_group()
    action.add_argument(
        "--correction",
        action="store_true",
        help=translate("CommandLine", "cần chỉnh sửa (ghi ý kiến bằng --comment, --field)"),
    )
    action.add_argument("--accept", action="store_true", help=translate("CommandLine", "chấp nhận báo cáo"))
    review.add_argument("--comment", default="", help=translate("CommandLine", "ý kiến chung"))
    review.add_argument(
        "--field",
        nargs=2,
        action="append",
        default=[],
        metavar=("KHÓA", "Ý_KIẾN"),
        help=translate("CommandLine", "ý kiến cho một trường (khóa như cp_received); lặp lại được"),
    )
    output_option(
        review,
        help=translate(
            "CommandLine",
            "công văn đề nghị chỉnh sửa ghi ra: .pdf (ký bằng pdf sign --role signer rồi --role agency) hoặc thư .eml "
            "đính kèm nó",
        ),
    )
    review.add_argument(
        "--number", default="", help=translate("CommandLine", "số công văn (đã đăng ký ở văn thư), ví dụ 125")
    )
    review.add_argument(
        "--deadline", help=translate("CommandLine", "hạn gửi bản đã sửa, dạng ngày/tháng/năm (mặc định: sau 15 ngày)")
    )
    review.set_defaults(handler=_review)

    report = actions.add_parser(
        "report", help=translate("CommandLine", "dự thảo báo cáo Chính phủ của một kỳ: Word (.docx) hoặc PDF")
    )
    db_option(report)
    period_option(report)
    output_option(report, help=translate("CommandLine", "tệp ghi ra: .docx hoặc .pdf"), required=True)
    report.set_defaults(handler=_report)


def _deadline(args: argparse.Namespace) -> int:
    # lazy: bvntd --help imports every command module; a command's own modules load when it runs
    from gui.inbox.deadlines import parse_day
    from gui.operations.desk import set_deadline
    from gui.store.reports import ReportStore

    day = None
    if args.day is not None:
        try:
            day = parse_day(args.day)
        except ValueError as error:
            raise UserError(f"--set: {error}") from None
    with ReportStore.open(db_path_of(args)) as store:
        try:
            c = set_deadline(store=store, period_id=args.period, day=day, default=args.default).consolidation
        except UserError as error:
            raise UserError(f"--set: {error}" if day is not None else str(error)) from None
    assert c.schedule is not None
    print(f"Kỳ {c.period.id}: {c.schedule.text}.")
    for row in [*c.provinces, *c.ministries, *c.outside_list]:
        basis = c.schedule.of(row.unit.kind, row.unit.code).basis_label
        line = f"{row.unit.code}\t{row.name}\t{c.timeliness_of(row)}"
        print(f"{line}\t{translate('Inbox', basis)}" if basis else line)
    return 0


def _report(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.operations.desk import draft_suffix_problem, make_draft
    from gui.store.reports import ReportStore

    problem = draft_suffix_problem(args.output)  # before the database is opened (or created)
    if problem:
        raise UserError(problem)
    with ReportStore.open(db_path_of(args)) as store:
        result = make_draft(store=store, period_id=args.period, output=args.output)
    if result.empty:
        print(
            translate(
                "CommandLine", "Chưa nhận được báo cáo nào của kỳ {period}: bản dự thảo ghi rõ chỗ còn thiếu."
            ).format(period=result.period_id),
            file=sys.stderr,
        )
    print(
        translate("CommandLine", "{path}: dự thảo báo cáo Chính phủ kỳ {period} — {coverage}.").format(
            path=args.output, period=result.period_id, coverage=result.coverage
        )
    )
    return 0


def _flags(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.core.i18n import pick
    from gui.operations.desk import period_flags
    from gui.store.reports import ReportStore

    with ReportStore.open(db_path_of(args)) as store:
        result = period_flags(store=store, period_id=args.period)
    c = result.consolidation
    for flag in result.flags:
        kind = translate("Inbox", flag.kind_label)
        print(
            f"{flag.unit_code}\t{flag.unit_name}\t{flag.label} [{flag.key}]\t{kind}\t{pick(flag.message, flag.message_en)}"
        )
    for check in result.checks:
        print(f"{translate('Inbox', check.kind_label)}: {pick(check.text, check.text_en)}.")
    if c.previous is not None:
        previous = translate("CommandLine", "so với kỳ {period}").format(period=c.previous.period.id)
    else:
        previous = translate("CommandLine", "không có kỳ trước để so sánh")
    print(
        translate("CommandLine", "Kỳ {period}: {count} cảnh báo số liệu ({previous}).").format(
            period=c.period.id, count=len(result.flags), previous=previous
        )
    )
    return 0


def _addresses(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.operations.desk import address_book, import_address_file, read_address_file, set_unit_emails
    from gui.store.reports import ReportStore

    # A file that cannot be read is refused before the database opens; a bad --set before anything is saved.
    read = read_address_file(path=args.source) if args.source is not None else None
    with ReportStore.open(db_path_of(args)) as store:
        if args.set is not None:
            code, emails = args.set
            try:
                set_unit_emails(store=store, unit_code=code, emails=emails)
            except UserError as error:
                raise UserError(f"--set: {error}") from None
        if read is not None:
            import_address_file(store=store, path=read.path, read=read)
        book = address_book(store=store)
    names: dict[tuple[str, str], str] = {(u.kind, u.code): u.display_name for u in book.units}
    for (kind, code), entry in sorted(book.entries.items(), key=lambda item: (item[0][0] != "province", item[0][1])):
        print(f"{code}\t{names.get((kind, code), code)}\t{entry.emails}\t{entry.contact}")
    if read is not None:
        print(
            translate("CommandLine", "{path}: đã lưu {count} đơn vị.").format(
                path=args.source, count=len(read.addresses)
            ),
            file=sys.stderr,
        )
        if read.problems:
            for problem in read.problems:
                print(problem, file=sys.stderr)
            print(
                translate("CommandLine", "{count} dòng có lỗi chưa được lưu; hãy sửa tệp rồi nhập lại.").format(
                    count=len(read.problems)
                ),
                file=sys.stderr,
            )
            return 2
    return 0


def _remind(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.operations.desk import write_reminder
    from gui.store.reports import ReportStore

    with ReportStore.open(db_path_of(args)) as store:
        result = write_reminder(store=store, period_id=args.period, output=args.output)
    if result.path is None:
        print(
            translate("CommandLine", "Kỳ {period}: mọi đơn vị đã gửi báo cáo, không cần thư nhắc.").format(
                period=args.period
            )
        )
        return 0
    print(
        translate("CommandLine", "{path}: thư nhắc {units} đơn vị chưa gửi, {addresses} địa chỉ email.").format(
            path=args.output, units=len(result.units), addresses=len(result.recipients)
        )
    )
    if result.without_email:
        names = ", ".join(u.display_name for u in result.without_email)
        print(
            translate("CommandLine", "Chưa có email trong sổ địa chỉ ({count}): {names}.").format(
                count=len(result.without_email), names=names
            ),
            file=sys.stderr,
        )
    return 0


def _review(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.core.period import parse_period
    from gui.inbox.deadlines import parse_day
    from gui.operations.desk import (
        Comment,
        State,
        answers_of,
        read_period,
        record_review,
        review_states,
        unit_row,
        write_correction_letter,
    )
    from gui.store.reports import ReportStore

    period = parse_period(args.period)
    if (args.correction or args.accept or args.output) and not args.unit:
        raise UserError(translate("CommandLine", "Hãy chọn đơn vị bằng --unit MÃ."))
    if (args.comment or args.field) and not args.correction:
        raise UserError(translate("CommandLine", "--comment và --field đi cùng --correction."))
    deadline = None
    if args.deadline:
        try:
            deadline = parse_day(args.deadline)
        except ValueError as error:
            raise UserError(f"--deadline: {error}") from None
    with ReportStore.open(db_path_of(args)) as store:
        c = read_period(store=store, period_id=period.id)
        row = None
        if args.unit:
            try:
                row = unit_row(consolidation=c, unit_code=args.unit)
            except UserError as error:
                raise UserError(f"--unit: {error}") from None
        if row is not None and args.correction:
            comments = tuple(Comment(key=key, text=text) for key, text in args.field)
            record_review(
                store=store, consolidation=c, unit_code=args.unit, state=State.CORRECTION, general=args.comment,
                comments=comments,
            )  # fmt: skip
        elif row is not None and args.accept:
            record_review(store=store, consolidation=c, unit_code=args.unit, state=State.ACCEPTED)
        states = review_states(store=store, consolidation=c)
        if row is not None and not row.reported:
            raise UserError(
                translate("CommandLine", "{unit} chưa gửi báo cáo kỳ {period}.").format(unit=row.name, period=period.id)
            )
        current = states[(row.unit.kind, row.unit.code)] if row is not None else None
        answers = answers_of(store=store, consolidation=c, review=current) if current is not None else None
        letter = None
        if args.output and current is not None:
            letter = write_correction_letter(
                store=store, consolidation=c, unit_code=args.unit, output=args.output, number=args.number,
                deadline=deadline,
            )  # fmt: skip
    for item in [current] if current is not None else list(states.values()):
        print(f"{item.row.unit.code}\t{item.row.name}\t{item.label}")
        if current is not None:
            for change in item.changes:
                print(f"\t{change.text}")
            if answers is not None:
                print(f"\t{answers.text}")
                for answer in answers.answers:
                    print(f"\t- {answer.text}")
    if letter is None:
        return 0
    if not letter.email:
        print(
            translate("CommandLine", "{path}: công văn đề nghị chỉnh sửa gửi {unit} ({count} ý kiến)").format(
                path=letter.path, unit=letter.unit_name, count=letter.comments
            )
        )
        return 0
    no_email = "" if letter.emails else translate("CommandLine", " (chưa có email)")
    print(
        translate("CommandLine", "{path}: thư đề nghị chỉnh sửa gửi {unit}").format(
            path=letter.path, unit=letter.unit_name
        )
        + no_email
    )
    return 0
