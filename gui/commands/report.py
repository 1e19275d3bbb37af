"""`bvntd report list | new | duplicate | delete | restore | sent | export-json | import-json`
(gui.operations.reports, gui.operations.sending and gui.operations.report_files: what the window's list and its
file menu do). The status `list` prints is the window's (gui.core.report_status)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from gui.cli import db_path_of
from gui.commands import replies
from gui.commands.options import db_option, output_option, period_option, unit_option
from gui.core.i18n import translate

if TYPE_CHECKING:  # the store is imported when a command runs: building the parser stays light
    from gui.store.listing import ReportSummary
    from gui.store.reports import ReportStore


def register(sub: argparse._SubParsersAction) -> None:
    report = sub.add_parser("report", help=translate("CommandLine", "danh sách, xuất và nhập báo cáo (JSON)"))
    actions = report.add_subparsers(dest="action", metavar=translate("CommandLine", "THAO_TÁC"), required=True)

    listing = actions.add_parser("list", help=translate("CommandLine", "liệt kê các báo cáo"))
    db_option(listing)
    listing.add_argument("--json", action="store_true", help=translate("CommandLine", "in dạng JSON"))
    listing.add_argument(
        "--all", action="store_true", help=translate("CommandLine", "kể cả báo cáo nhận từ địa phương")
    )
    listing.add_argument("--trash", action="store_true", help=translate("CommandLine", "các báo cáo trong thùng rác"))
    listing.set_defaults(handler=_list)

    new = actions.add_parser(
        "new", help=translate("CommandLine", "tạo báo cáo mới (dự thảo) cho một kỳ và in mã số của nó")
    )
    db_option(new)
    period_option(new)
    unit_option(
        new,
        help=translate(
            "CommandLine", "mã tỉnh, thành phố (40) hoặc bộ, ngành (BYT); mặc định: đơn vị trong hồ sơ cơ quan"
        ),
    )
    new.set_defaults(handler=_new)

    duplicate = actions.add_parser(
        "duplicate", help=translate("CommandLine", "nhân bản một báo cáo sang kỳ khác và in mã số bản mới")
    )
    db_option(duplicate)
    duplicate.add_argument("id", type=int, help=translate("CommandLine", "mã số báo cáo (xem 'report list')"))
    period_option(duplicate, help=translate("CommandLine", "kỳ của bản mới: 2025, 2025-H1 hoặc 2021-2025"))
    duplicate.set_defaults(handler=_duplicate)

    delete = actions.add_parser(
        "delete", help=translate("CommandLine", "chuyển một báo cáo vào thùng rác (khôi phục được)")
    )
    db_option(delete)
    delete.add_argument("id", type=int, help=translate("CommandLine", "mã số báo cáo (xem 'report list')"))
    delete.set_defaults(handler=_delete)

    restore = actions.add_parser("restore", help=translate("CommandLine", "đưa một báo cáo ra khỏi thùng rác"))
    db_option(restore)
    restore.add_argument("id", type=int, help=translate("CommandLine", "mã số báo cáo (xem 'report list --trash')"))
    restore.set_defaults(handler=_restore)

    sent = actions.add_parser(
        "sent",
        help=translate(
            "CommandLine", "ghi nhận đã gửi báo cáo cho Bộ (bản PDF chính thức mới nhất, sau khi bạn đã gửi nó đi)"
        ),
    )
    db_option(sent)
    sent.add_argument("id", type=int, help=translate("CommandLine", "mã số báo cáo (xem 'report list')"))
    sent.add_argument(
        "--file", type=Path, help=translate("CommandLine", "tệp PDF đã gửi (mặc định: bản xuất chính thức mới nhất)")
    )
    sent.set_defaults(handler=_sent)

    export = actions.add_parser("export-json", help=translate("CommandLine", "xuất một báo cáo thành tài liệu JSON"))
    db_option(export)
    export.add_argument("id", type=int, help=translate("CommandLine", "mã số báo cáo (xem 'report list')"))
    output_option(export, help=translate("CommandLine", "tệp JSON ghi ra (mặc định: in ra màn hình)"))
    export.set_defaults(handler=_export)

    imp = actions.add_parser("import-json", help=translate("CommandLine", "nhập một tài liệu JSON thành báo cáo mới"))
    db_option(imp)
    imp.add_argument("file", type=Path)
    imp.set_defaults(handler=_import)

    replies.register_report(actions)


def _open(args: argparse.Namespace) -> ReportStore:
    # lazy: bvntd --help imports every command module; a command's own modules load when it runs
    from gui.store.reports import ReportStore

    return ReportStore.open(db_path_of(args))


def _list(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.operations.ministry_state import ministry_states

    with _open(args) as store:
        reports = store.list_reports(origin=None if args.all else "own", trash=args.trash)
        ministry = ministry_states(store)
    if args.json:
        rows = [
            {
                "id": r.id,
                "uid": r.uid,
                "origin": r.origin,
                "unit_kind": r.unit_kind,
                "unit_code": r.unit_code,
                "unit_name": r.unit_name,
                "period": r.period_id,
                "status": r.status,
                "stage": r.life.stage.value if r.origin == "own" else None,
                "signatures": r.life.signed,
                "needs_new_export": r.life.stale,
                "status_text": _status_text(r),
                "completion": round(r.completion * 100),
                "updated_at": r.updated_at,
                **({"ministry": ministry[r.id].text} if r.id in ministry else {}),
            }
            for r in reports
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not reports:
        print(
            translate("CommandLine", "Thùng rác trống.")
            if args.trash
            else translate("CommandLine", "Chưa có báo cáo nào.")
        )
        return 0
    unit, period, state = (
        translate("CommandLine", "ĐƠN VỊ"),
        translate("CommandLine", "KỲ"),
        translate("CommandLine", "TRẠNG THÁI"),
    )
    done, edited = translate("CommandLine", "ĐÃ ĐIỀN"), translate("CommandLine", "SỬA LẦN CUỐI")
    width = max([len(state), *(len(_status_text(r)) for r in reports)])
    print(f"{'ID':>5}  {unit:<24} {period:<10} {state:<{width}} {done:>10}  {edited}")
    for r in reports:
        print(
            f"{r.id:>5}  {r.unit_name:<24} {r.period_id:<10} {_status_text(r):<{width}} "
            f"{round(r.completion * 100):>9}%  {r.updated_at}"
        )
    return 0


def _status_text(r: ReportSummary) -> str:
    """The window's status of one of our reports (gui.core.report_status); a report received from a unit has
    no life of ours to tell."""
    if r.origin != "own":
        return translate("CommandLine", "Nhận từ đơn vị")
    return r.life.text()


def _sent(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.operations.sending import confirm_sent

    with _open(args) as store:
        result = confirm_sent(store, args.id, path=args.file)
    print(
        translate("CommandLine", "Đã ghi nhận: báo cáo số {id} đã gửi ({file}). Trạng thái: {status}").format(
            id=result.report_id, file=result.file_name, status=result.status.text()
        )
    )
    return 0


def _new(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.core.period import parse_period
    from gui.operations.reports import create_report, new_report_unit

    period = parse_period(args.period)  # before the database is opened: a typing slip changes nothing
    with _open(args) as store:
        report_id = create_report(store, new_report_unit(store, period, args.unit), period)
    print(report_id)
    return 0


def _duplicate(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.core.period import parse_period
    from gui.operations.reports import duplicate_report

    period = parse_period(args.period)
    with _open(args) as store:
        new_id = duplicate_report(store, args.id, period)
    print(new_id)
    return 0


def _delete(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.operations.reports import move_to_trash

    with _open(args) as store:
        summary = move_to_trash(store, args.id)
    print(
        translate("CommandLine", "Đã chuyển báo cáo số {id} ({unit}, kỳ {period}) vào thùng rác.").format(
            id=summary.id, unit=summary.unit_name, period=summary.period_id
        )
    )
    return 0


def _restore(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.operations.reports import restore_from_trash

    with _open(args) as store:
        summary = restore_from_trash(store, args.id)
    print(
        translate("CommandLine", "Đã khôi phục báo cáo số {id} ({unit}, kỳ {period}).").format(
            id=summary.id, unit=summary.unit_name, period=summary.period_id
        )
    )
    return 0


def _export(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.operations.report_files import report_json, save_report_file

    with _open(args) as store:
        if args.output:
            save_report_file(store, args.id, args.output)
        else:
            sys.stdout.write(report_json(store, args.id))
    return 0


def _import(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.operations.report_files import open_report_file

    with _open(args) as store:
        report_id = open_report_file(store, args.file)
    print(report_id)
    return 0
