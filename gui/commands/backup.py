"""`bvntd backup list | make | restore`: the database's rolling backups (gui.operations.databases), as the
window's "Khôi phục từ bản sao lưu…" lists and restores them. A restore is refused while a window has the
database open (that window would go on writing what it holds); the window restores under its own lock."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from gui.cli import db_path_of
from gui.commands.options import db_option
from gui.core.errors import UserError
from gui.core.i18n import QT_TRANSLATE_NOOP, translate

REASONS = {
    "start": QT_TRANSLATE_NOOP("CommandLine", "Khi mở ứng dụng"),
    "migrate": QT_TRANSLATE_NOOP("CommandLine", "Trước khi nâng cấp dữ liệu"),
    "restore": QT_TRANSLATE_NOOP("CommandLine", "Trước khi khôi phục"),
    "manual": QT_TRANSLATE_NOOP("CommandLine", "Sao lưu thủ công"),
}


def register(sub: argparse._SubParsersAction) -> None:
    backup = sub.add_parser("backup", help=translate("CommandLine", "các bản sao lưu của cơ sở dữ liệu"))
    actions = backup.add_subparsers(dest="action", metavar=translate("CommandLine", "THAO_TÁC"), required=True)

    listing = actions.add_parser("list", help=translate("CommandLine", "liệt kê các bản sao lưu, mới nhất trước"))
    db_option(listing)
    listing.add_argument("--json", action="store_true", help=translate("CommandLine", "in dạng JSON"))
    listing.set_defaults(handler=_list)

    make = actions.add_parser("make", help=translate("CommandLine", "sao lưu ngay và in đường dẫn bản sao lưu"))
    db_option(make)
    make.add_argument(
        "--keep",
        type=int,
        metavar="N",
        help=translate("CommandLine", "chỉ giữ N bản mới nhất (mặc định: không xóa bản nào)"),
    )
    make.set_defaults(handler=_make)

    restore = actions.add_parser(
        "restore",
        help=translate("CommandLine", "đưa dữ liệu về một bản sao lưu (dữ liệu hiện tại được sao lưu trước)"),
    )
    db_option(restore)
    restore.add_argument(
        "backup", type=Path, help=translate("CommandLine", "bản sao lưu: đường dẫn hoặc tên như 'backup list' in ra")
    )
    restore.set_defaults(handler=_restore)


def _db(args: argparse.Namespace) -> Path:
    # lazy: bvntd --help imports every command module; a command's own modules load when it runs
    from gui.core.text import shown_path

    path = db_path_of(args)
    if not path.is_file():
        raise UserError(translate("CommandLine", "Không tìm thấy cơ sở dữ liệu {path}.").format(path=shown_path(path)))
    return path


def _list(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.core.limits import thousands
    from gui.operations.databases import backups_of

    backups = backups_of(_db(args))
    if args.json:
        rows = [
            {"path": str(b.path), "taken_at": b.taken_at.isoformat(), "reason": b.reason, "size": b.size}
            for b in backups
        ]
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    if not backups:
        print(translate("CommandLine", "Chưa có bản sao lưu nào."))
        return 0
    for b in backups:
        print(
            f"{b.taken_at:%d/%m/%Y %H:%M:%S}  {translate('CommandLine', REASONS.get(b.reason, b.reason)):<28} {thousands(b.size):>12} B  {b.path}"
        )
    return 0


def _make(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.operations.databases import back_up
    from gui.store.reports import ReportStore

    if args.keep is not None and args.keep < 1:
        raise UserError(translate("CommandLine", "--keep phải từ 1 trở lên (đã cho {given}).").format(given=args.keep))
    with ReportStore.open(_db(args)) as store:
        made = back_up(store, "manual", keep=args.keep)
    print(made)
    return 0


def _restore(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.operations.databases import restore_unopened

    db_path = _db(args)
    kept = restore_unopened(db_path, args.backup, keep=None)
    print(translate("CommandLine", "Đã khôi phục {path} từ {backup}.").format(path=db_path, backup=args.backup.name))
    if kept is not None:
        print(translate("CommandLine", "Dữ liệu trước khi khôi phục được giữ ở {path}.").format(path=kept))
    return 0
