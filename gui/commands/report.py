"""`bvntd report list | export-json | import-json`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction) -> None:
    report = sub.add_parser("report", help="danh sách, xuất và nhập báo cáo (JSON)")
    actions = report.add_subparsers(dest="action", metavar="THAO_TÁC", required=True)

    listing = actions.add_parser("list", help="liệt kê các báo cáo")
    listing.add_argument("--db", type=Path, default=argparse.SUPPRESS)
    listing.add_argument("--json", action="store_true", help="in dạng JSON")
    listing.add_argument("--all", action="store_true", help="kể cả báo cáo nhận từ địa phương")
    listing.set_defaults(handler=_list)

    export = actions.add_parser("export-json", help="xuất một báo cáo thành tài liệu JSON")
    export.add_argument("--db", type=Path, default=argparse.SUPPRESS)
    export.add_argument("id", type=int, help="mã số báo cáo (xem 'report list')")
    export.add_argument("-o", "--output", type=Path, help="tệp JSON ghi ra (mặc định: in ra màn hình)")
    export.set_defaults(handler=_export)

    imp = actions.add_parser("import-json", help="nhập một tài liệu JSON thành báo cáo mới")
    imp.add_argument("--db", type=Path, default=argparse.SUPPRESS)
    imp.add_argument("file", type=Path)
    imp.set_defaults(handler=_import)


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from gui.cli import db_path_of
    from gui.store.reports import ReportStore

    return ReportStore.open(db_path_of(args))


def _list(args: argparse.Namespace) -> int:
    store = _open(args)
    try:
        reports = store.list_reports(origin=None if args.all else "own")
    finally:
        store.close()
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
                "completion": round(r.completion * 100),
                "updated_at": r.updated_at,
            }
            for r in reports
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not reports:
        print("Chưa có báo cáo nào.")
        return 0
    print(f"{'ID':>5}  {'ĐƠN VỊ':<24} {'KỲ':<10} {'TRẠNG THÁI':<10} {'HOÀN THÀNH':>10}  SỬA LẦN CUỐI")
    for r in reports:
        status = "Đã gửi" if r.status == "final" else "Dự thảo"
        print(
            f"{r.id:>5}  {r.unit_name:<24} {r.period_id:<10} {status:<10} {round(r.completion * 100):>9}%  {r.updated_at}"
        )
    return 0


def _export(args: argparse.Namespace) -> int:
    from gui.operations.report_files import report_json, save_report_file

    store = _open(args)
    try:
        if args.output:
            save_report_file(store, args.id, args.output)
        else:
            sys.stdout.write(report_json(store, args.id))
    finally:
        store.close()
    return 0


def _import(args: argparse.Namespace) -> int:
    from gui.operations.report_files import open_report_file

    store = _open(args)
    try:
        report_id = open_report_file(store, args.file)
    finally:
        store.close()
    print(report_id)
    return 0
