"""`bvntd template` and `bvntd demo`."""

from __future__ import annotations

import argparse
from pathlib import Path

from gui.cli import db_path_of
from gui.commands.options import db_option
from gui.core.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    template = sub.add_parser("template", help=translate("CommandLine", "in mẫu báo cáo đang dùng dưới dạng JSON"))
    template.add_argument("--file", type=Path, help=translate("CommandLine", "kiểm tra và in một tệp mẫu khác"))
    template.set_defaults(handler=_template)

    demo = sub.add_parser("demo", help=translate("CommandLine", "tạo báo cáo mẫu đầy đủ và in mã số của nó"))
    db_option(demo)
    demo.set_defaults(handler=_demo)


def _template(args: argparse.Namespace) -> int:
    # lazy: bvntd --help imports every command module; a command's own modules load when it runs
    from gui.core import limits
    from gui.core.template import TemplateError, active_template, template_from_bytes
    from gui.outside_file import ReadMessages, read_outside_file

    if not args.file:
        print(active_template().to_json())
        return 0
    messages = ReadMessages(
        missing=translate("CommandLine", "Không tìm thấy mẫu báo cáo {path}."),
        unreadable=translate("CommandLine", "Không đọc được mẫu báo cáo {path}: {error}."),
        too_large=translate("CommandLine", "Mẫu báo cáo {path} quá lớn ({size}; tối đa {limit})."),
        folder=translate("CommandLine", "{path} là một thư mục, không phải tệp mẫu báo cáo."),
        not_regular=translate("CommandLine", "{path} không phải một tệp thông thường (một thiết bị, một ống dẫn…)."),
    )
    raw = read_outside_file(args.file, limits.MAX_TEMPLATE_BYTES, messages, TemplateError)
    print(template_from_bytes(raw, args.file.name).to_json())
    return 0


def _demo(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.store.reports import ReportStore, create_demo_report

    with ReportStore.open(db_path_of(args)) as store:
        print(create_demo_report(store))
    return 0
