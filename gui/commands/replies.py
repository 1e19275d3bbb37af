"""The round trip on the command line: `bvntd inbox receipt` (the Ministry's receipts), `bvntd report receive` and
`bvntd report comments` (the province opens the Ministry's receipt or letter and reads its comments)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gui.cli import db_path_of
from gui.commands.options import db_option, output_option, period_option, unit_option
from gui.core.errors import UserError
from gui.core.i18n import translate


def register_inbox(actions: argparse._SubParsersAction) -> None:
    receipt = actions.add_parser(
        "receipt",
        help=translate("CommandLine", "giấy xác nhận đã nhận báo cáo (PDF) cho từng đơn vị đã gửi của một kỳ"),
    )
    db_option(receipt)
    period_option(receipt)
    unit_option(receipt, help=translate("CommandLine", "mã đơn vị (mã tỉnh hoặc mã bộ, ngành); không có: mọi đơn vị đã gửi"))
    receipt.add_argument(
        "--new",
        action="store_true",
        help=translate("CommandLine", "chỉ các đơn vị gửi (hoặc gửi bản mới) từ lần lập giấy xác nhận trước"),
    )
    receipt.add_argument(
        "--eml",
        action="store_true",
        help=translate("CommandLine", "kèm thư .eml gửi đơn vị (đính kèm giấy xác nhận) bên cạnh mỗi tệp PDF"),
    )
    output_option(
        receipt,
        help=translate("CommandLine", "tệp .pdf (một đơn vị) hoặc thư mục (mỗi đơn vị một tệp)"),
        required=True,
    )
    receipt.set_defaults(handler=_receipt)


def register_report(actions: argparse._SubParsersAction) -> None:
    receive = actions.add_parser(
        "receive",
        help=translate("CommandLine", "mở văn bản của Bộ: giấy xác nhận đã nhận, công văn đề nghị chỉnh sửa (PDF)"),
    )
    db_option(receive)
    receive.add_argument("files", type=Path, nargs="+", metavar="FILE", help=translate("CommandLine", "tệp PDF của Bộ"))
    receive.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="CERT",
        help=translate(
            "CommandLine",
            "chứng thư số của Bộ Công Thương (.cer/.crt/.pem), được ghi nhớ cho các lần sau; nhắc lại được",
        ),
    )
    receive.set_defaults(handler=_receive)

    comments = actions.add_parser(
        "comments", help=translate("CommandLine", "các ý kiến đề nghị chỉnh sửa của Bộ cho một báo cáo")
    )
    db_option(comments)
    comments.add_argument("id", type=int, help=translate("CommandLine", "mã số báo cáo (xem 'report list')"))
    comments.set_defaults(handler=_comments)


def _receipt(args: argparse.Namespace) -> int:
    # lazy: bvntd --help imports every command module; a command's own modules load when it runs
    from gui.core.period import parse_period
    from gui.fileio import write_output
    from gui.inbox.consolidate import consolidate
    from gui.inbox.receipt import ReceiptError, make_receipts, receipt_email
    from gui.store.follow_up import DeskRepository
    from gui.store.reports import ReportStore

    period = parse_period(args.period)
    out: Path = args.output
    single_file = out.suffix.lower() == ".pdf" and not out.is_dir()
    if single_file and not args.unit:
        raise UserError(
            translate("CommandLine", "Nhiều đơn vị: -o phải là một thư mục (mỗi đơn vị một tệp), hoặc chọn --unit MÃ.")
        )
    if not single_file and not out.is_dir():
        raise UserError(
            translate("CommandLine", "-o {path}: không phải thư mục có sẵn, cũng không phải tệp .pdf.").format(path=out)
        )
    with ReportStore.open(db_path_of(args)) as store:
        c = consolidate(store, period.id)
        rows = [r for r in [*c.provinces, *c.ministries, *c.outside_list]]
        units = None
        if args.unit:
            row = next((r for r in rows if r.unit.code.upper() == args.unit.upper()), None)
            if row is None:
                raise UserError(
                    translate("CommandLine", "--unit: không có đơn vị mã '{code}' trong kỳ {period}.").format(
                        code=args.unit, period=period.id
                    )
                )
            if not row.reported:
                raise UserError(
                    translate("CommandLine", "{unit} chưa gửi báo cáo kỳ {period}: chưa có gì để xác nhận.").format(
                        unit=row.name, period=period.id
                    )
                )
            units = [row]
        try:
            receipts = make_receipts(store, c, store.profile(), units=units, new_only=args.new)
        except ReceiptError as error:
            raise UserError(str(error)) from None
        book = DeskRepository(store).addresses()
        sender = store.profile().ministry_email
    for receipt in receipts:
        target = out if single_file else out / receipt.file_name
        write_output(target, receipt.pdf)
        line = translate("CommandLine", "{path}: giấy xác nhận đã nhận báo cáo của {unit}").format(
            path=target, unit=receipt.row.name
        )
        if args.eml:
            address = book.get((receipt.row.unit.kind, receipt.row.unit.code))
            write_output(target.with_suffix(".eml"), receipt_email(receipt, address, sender=sender))
            line += translate("CommandLine", " (kèm thư {name})").format(name=target.with_suffix(".eml").name)
        print(line)
    if not receipts:
        print(
            translate("CommandLine", "Kỳ {period}: không có báo cáo mới nào cần giấy xác nhận.").format(
                period=period.id
            )
        )
    return 0


def _receive(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.operations.ministry_replies import receive_files
    from gui.store.reports import ReportStore

    with ReportStore.open(db_path_of(args)) as store:
        results = receive_files(store, args.files, trust_paths=args.trust)
    for result in results:
        print(result.line, flush=True)
    refused = sum(1 for r in results if not (r.changed or r.already))
    if refused:
        print(
            translate("CommandLine", "{count}/{total} tệp không được ghi nhận (xem từng dòng).").format(
                count=refused, total=len(results)
            ),
            file=sys.stderr,
        )
        return 2
    return 0


def _comments(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.operations.ministry_state import comments_of
    from gui.store.reports import ReportStore

    with ReportStore.open(db_path_of(args)) as store:
        store.summary(args.id)  # a report that does not exist says so
        state, comments = comments_of(store, args.id)
    if state is None or not comments:
        print(translate("CommandLine", "Báo cáo số {id}: Bộ chưa có ý kiến đề nghị chỉnh sửa.").format(id=args.id))
        return 0
    reply = state.reply
    print(
        translate("CommandLine", "{state} — công văn {cited} ({authenticity})").format(
            state=state.label, cited=reply.cited, authenticity=state.authenticity
        )
    )
    if not state.trusted:
        print(
            translate(
                "CommandLine",
                "Cảnh báo: chưa xác minh được văn bản là của Bộ Công Thương; hãy đối chiếu với Bộ trước khi sửa.",
            )
        )
    if reply.general.strip():
        print(f"-\t{translate('CommandLine', 'Ý kiến chung')}\t{reply.general}")
    for comment in comments:
        where = f"{comment.section} " if comment.section else ""
        print(f"{comment.key or '-'}\t{where}{comment.label}\t{comment.comment}")
    if reply.deadline:
        print(translate("CommandLine", "Hạn gửi bản đã sửa: {day}.").format(day=reply.deadline.strftime("%d/%m/%Y")))
    return 0
