"""`bvntd template` and `bvntd demo`."""

from __future__ import annotations

import argparse
from pathlib import Path

from gui.cli import db_path_of
from gui.core.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    template = sub.add_parser("template", help=translate("CommandLine", "in mẫu báo cáo đang dùng dưới dạng JSON"))
    template.add_argument("--file", type=Path, help=translate("CommandLine", "kiểm tra và in một tệp mẫu khác"))
    template.set_defaults(handler=_template)

    demo = sub.add_parser("demo", help=translate("CommandLine", "tạo báo cáo mẫu đầy đủ và in mã số của nó"))
    demo.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=translate("CommandLine", "tệp cơ sở dữ liệu"))
    demo.set_defaults(handler=_demo)


def _template(args: argparse.Namespace) -> int:
    # lazy: bvntd --help imports every command module; a command's own modules load when it runs
    from gui.core.template import active_template, load_template

    template = load_template(args.file) if args.file else active_template()
    print(template.to_json())
    return 0


def _demo(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.store.reports import ReportStore, create_demo_report

    with ReportStore.open(db_path_of(args)) as store:
        print(create_demo_report(store))
    return 0
