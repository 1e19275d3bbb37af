"""The `bvntd` command line: the GUI by default, and sub-commands that need no display (Qt is imported only for the GUI)."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from gui import __version__
from gui.core.errors import UserError
from gui.core.i18n import set_language, translate
from gui.user_settings import choose_language

log = logging.getLogger(__name__)

# Each module adds its sub-commands with register(subparsers); handlers take the parsed args, return a status.
# The top-level sub-command words and the module that registers each (tests/test_cli checks them against
# build_parser()). Without one of them the command opens the window, and the GUI flags are read by a parser that
# imports no command module (~100 ms); with one, only its module is imported (command_parser).
COMMAND_MODULE_OF = {
    "template": "gui.commands.basic",
    "demo": "gui.commands.basic",
    "report": "gui.commands.report",
    "backup": "gui.commands.backup",
    "pdf": "gui.commands.pdf",
    "inbox": "gui.commands.inbox",
}
COMMAND_MODULES = tuple(dict.fromkeys(COMMAND_MODULE_OF.values()))
COMMAND_WORDS = frozenset(COMMAND_MODULE_OF)

Handler = Callable[[argparse.Namespace], int]


def _top_parser(**kwargs: object) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bvntd",
        description=translate("CommandLine", "Báo cáo BVQLNTD — báo cáo kết quả triển khai Nghị quyết 82/NQ-CP."),
        **kwargs,  # type: ignore[arg-type]
    )
    parser.add_argument("--version", action="version", version=f"bvntd {__version__}")
    parser.add_argument(
        "--db", type=Path, help=translate("CommandLine", "tệp cơ sở dữ liệu (mặc định: thư mục dữ liệu của người dùng)")
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate("CommandLine", "tự kiểm tra: tạo, xuất và đọc lại báo cáo mẫu"),
    )
    parser.add_argument("--lang", choices=("vi", "en"), help=translate("CommandLine", "ngôn ngữ giao diện"))
    return parser


def build_parser(modules: Sequence[str] = COMMAND_MODULES) -> argparse.ArgumentParser:
    parser = _top_parser()
    sub = parser.add_subparsers(dest="command", metavar=translate("CommandLine", "LỆNH"))
    for name in modules:
        importlib.import_module(name).register(sub)
    return parser


def command_parser(args_list: list[str]) -> argparse.ArgumentParser:
    """The parser for a sub-command: only its own group when the arguments name one and ask no help, so
    `bvntd pdf render` imports none of the other groups' modules (a fresh export's first milliseconds); the full
    parser otherwise, which also says what is wrong with arguments it cannot read."""
    if not any(word in ("-h", "--help") for word in args_list):
        try:
            _, rest = _top_parser(add_help=False, exit_on_error=False).parse_known_args(args_list)
        except argparse.ArgumentError:
            rest = []
        word = next((item for item in rest if not item.startswith("-")), None)
        if word in COMMAND_MODULE_OF:
            return build_parser((COMMAND_MODULE_OF[word],))
    return build_parser()


def parse_gui_args(args_list: list[str]) -> argparse.Namespace | None:
    """The arguments when they only open the window (`bvntd`, `--db`, `--lang`, `--self-test`, `--version`);
    None when they name a sub-command, ask for help or are not understood (the full parser then answers)."""
    if any(word in COMMAND_WORDS or word in ("-h", "--help") for word in args_list):
        return None
    parser = _top_parser(add_help=False, exit_on_error=False)
    try:
        args, extra = parser.parse_known_args(args_list)
    except argparse.ArgumentError:  # --version still exits here, having printed the version
        return None
    if extra:
        return None
    args.command = None
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    if args_list[:1] == ["--bvntd-pdf-worker"]:  # gui.pdf.sandbox.WORKER_FLAG: the bundle reading a PDF apart
        # lazy: the PDF worker process imports only what reading a PDF needs
        from gui.pdf.sandbox import run_worker

        return run_worker()
    _utf8_stdio()
    # Before any parser is built: the command speaks the interface language the window would (--lang, BVNTD_LANG,
    # the saved setting, else Vietnamese), its refusals as much as its help.
    set_language(choose_language(_lang_in(args_list)))
    args = parse_gui_args(args_list)
    if args is None:
        args = command_parser(args_list).parse_args(args_list)
    handler: Handler | None = getattr(args, "handler", None)
    if handler is None:
        if args.self_test:
            # lazy: only for --self-test
            from gui.selftest import run_self_test

            handler = run_self_test
        else:
            handler = _run_gui
    return run_handler(handler, args)


def run_handler(handler: Handler, args: argparse.Namespace) -> int:
    try:
        return handler(args)
    except UserError as error:
        print(translate("CommandLine", "Lỗi: {error}").format(error=error), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except Exception:
        from gui.logs import setup_logging  # here: logging.handlers is not worth its import time on every start

        path = setup_logging()
        log.exception("Unexpected error in %s", getattr(args, "command", "gui"))
        print(
            translate("CommandLine", "Đã xảy ra lỗi không mong muốn. Chi tiết đã được ghi vào {path}.").format(
                path=path
            ),
            file=sys.stderr,
        )
        return 1


def _lang_in(args_list: list[str]) -> str | None:
    """The value of --lang (or --lang=X) among the arguments, before they are parsed."""
    for index, word in enumerate(args_list):
        if word == "--lang" and index + 1 < len(args_list):
            return args_list[index + 1]
        if word.startswith("--lang="):
            return word.partition("=")[2]
    return None


def _run_gui(args: argparse.Namespace) -> int:
    # lazy: the command line never imports Qt
    from gui.views.app import run_app

    return run_app(db_path=args.db, lang=args.lang)


def _utf8_stdio() -> None:
    # Windows consoles default to a legacy code page; Vietnamese output must not crash the command.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(encoding="utf-8", errors="replace")


def db_path_of(args: argparse.Namespace) -> Path:
    # lazy: platformdirs only when no --db is given
    from gui.store.location import default_db_path

    return Path(args.db) if getattr(args, "db", None) else default_db_path()


def require_file(path: Path, what: str) -> Path:
    if not path.exists():
        raise UserError(translate("CommandLine", "Không tìm thấy {what}: {path}").format(what=what, path=path))
    if not path.is_file():
        raise UserError(translate("CommandLine", "{what} phải là một tệp: {path}").format(what=what, path=path))
    return path


def report_stream(output: Path) -> TextIO:
    """Where a command says what it wrote: standard output, unless the output itself went there (`-o /dev/stdout`),
    where a line after the file's bytes would spoil them."""
    try:
        if os.path.samestat(os.stat(output), os.fstat(sys.stdout.fileno())):
            return sys.stderr
    except (OSError, ValueError, AttributeError):  # no such file, or a stdout without a descriptor
        pass
    return sys.stdout
