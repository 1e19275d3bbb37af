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
    from gui.operations.desk import read_period, write_receipts
    from gui.store.reports import ReportStore

    out: Path = args.output
    if out.suffix.lower() == ".pdf" and not out.is_dir() and not args.unit:  # before the database is opened
        raise UserError(
            translate("CommandLine", "Nhiều đơn vị: -o phải là một thư mục (mỗi đơn vị một tệp), hoặc chọn --unit MÃ.")
        )
    with ReportStore.open(db_path_of(args)) as store:
        c = read_period(store=store, period_id=args.period)
        written = write_receipts(
            store=store, consolidation=c, output=out, unit_code=args.unit, new_only=args.new, emails=args.eml
        )
    for receipt in written:
        line = translate("CommandLine", "{path}: giấy xác nhận đã nhận báo cáo của {unit}").format(
            path=receipt.path, unit=receipt.unit_name
        )
        if receipt.email is not None:
            line += translate("CommandLine", " (kèm thư {name})").format(name=receipt.email.name)
        print(line)
    if not written:
        print(
            translate("CommandLine", "Kỳ {period}: không có báo cáo mới nào cần giấy xác nhận.").format(
                period=c.period.id
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
