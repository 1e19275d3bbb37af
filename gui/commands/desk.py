"""`bvntd inbox deadline | …`: the Ministry's desk on the command line (deadlines, address book, reminders,
reviews, data-quality flags and the draft report to the Government)."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(actions: argparse._SubParsersAction) -> None:
    deadline = actions.add_parser("deadline", help="xem hoặc đổi hạn gửi báo cáo của một kỳ")
    deadline.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="tệp cơ sở dữ liệu")
    deadline.add_argument("--period", required=True, help="kỳ báo cáo: 2025, 2025-H1 hoặc 2021-2025")
    which = deadline.add_mutually_exclusive_group()
    which.add_argument("--set", dest="day", help="hạn mới, dạng ngày/tháng/năm (ví dụ 31/12/2025)")
    which.add_argument("--default", action="store_true", help="trở về hạn mặc định của mẫu báo cáo")
    deadline.set_defaults(handler=_deadline)

    flags = actions.add_parser("flags", help="các cảnh báo số liệu của một kỳ (không chặn việc nhập)")
    flags.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="tệp cơ sở dữ liệu")
    flags.add_argument("--period", required=True, help="kỳ báo cáo: 2025, 2025-H1 hoặc 2021-2025")
    flags.set_defaults(handler=_flags)

    report = actions.add_parser("report", help="dự thảo báo cáo Chính phủ của một kỳ: Word (.docx) hoặc PDF")
    report.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="tệp cơ sở dữ liệu")
    report.add_argument("--period", required=True, help="kỳ báo cáo: 2025, 2025-H1 hoặc 2021-2025")
    report.add_argument("-o", "--output", type=Path, required=True, help="tệp ghi ra: .docx hoặc .pdf")
    report.set_defaults(handler=_report)


def _deadline(args: argparse.Namespace) -> int:
    from gui.cli import db_path_of
    from gui.core.period import parse_period
    from gui.errors import UserError
    from gui.inbox.consolidate import consolidate
    from gui.inbox.deadlines import parse_day
    from gui.store.desk import DeskRepository
    from gui.store.reports import ReportStore

    period = parse_period(args.period)
    day = None
    if args.day is not None:
        try:
            day = parse_day(args.day)
        except ValueError as error:
            raise UserError(f"--set: {error}") from None
        if day < period.start:
            raise UserError(f"--set: hạn {args.day} trước ngày bắt đầu kỳ {period.id}.")
    store = ReportStore.open(db_path_of(args))
    try:
        if day is not None or args.default:
            DeskRepository(store).set_deadline(period.id, day.isoformat() if day else None)
        c = consolidate(store, period.id)
    finally:
        store.close()
    assert c.schedule is not None
    print(f"Kỳ {period.id}: {c.schedule.text}.")
    for row in [*c.provinces, *c.ministries, *c.outside_list]:
        print(f"{row.unit.code}\t{row.name}\t{c.timeliness_of(row)}")
    return 0


def _consolidation(args: argparse.Namespace, *, with_profile: bool = False):  # type: ignore[no-untyped-def]
    from gui.cli import db_path_of
    from gui.core.period import parse_period
    from gui.inbox.consolidate import consolidate
    from gui.store.reports import ReportStore

    period = parse_period(args.period)
    store = ReportStore.open(db_path_of(args))
    try:
        c = consolidate(store, period.id)
        return (c, store.profile()) if with_profile else c
    finally:
        store.close()


def _report(args: argparse.Namespace) -> int:
    import sys

    from gui.errors import UserError
    from gui.govreport.outline import build_draft

    suffix = args.output.suffix.lower()
    if suffix not in (".docx", ".pdf"):
        raise UserError(f"Tệp ghi ra phải có đuôi .docx hoặc .pdf, không phải '{args.output.suffix or args.output}'.")
    c, profile = _consolidation(args, with_profile=True)
    draft = build_draft(c, profile)
    if suffix == ".docx":
        from gui.govreport.docx_writer import write_draft_docx

        write_draft_docx(draft, args.output)
    else:
        from gui.govreport.pdf_writer import write_draft_pdf

        write_draft_pdf(draft, args.output)
    if not c.reported and not c.ministries:
        print(f"Chưa nhận được báo cáo nào của kỳ {c.period.id}: bản dự thảo ghi rõ chỗ còn thiếu.", file=sys.stderr)
    print(
        f"{args.output}: dự thảo báo cáo Chính phủ kỳ {c.period.id} — {c.completeness_text}, {len(c.ministries)} bộ, ngành."
    )
    return 0


def _flags(args: argparse.Namespace) -> int:
    from gui.inbox.quality import quality_flags

    c = _consolidation(args)
    flags = quality_flags(c)
    for flag in flags:
        print(f"{flag.unit_code}\t{flag.unit_name}\t{flag.label} [{flag.key}]\t{flag.kind_label}\t{flag.message}")
    previous = f"so với kỳ {c.previous.period.id}" if c.previous is not None else "không có kỳ trước để so sánh"
    print(f"Kỳ {c.period.id}: {len(flags)} cảnh báo số liệu ({previous}).")
    return 0
