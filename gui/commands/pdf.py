"""`bvntd pdf export | render | extract` (and `sign | verify`, gui.commands.sign): the official PDF from a stored report or a JSON document, and back."""

from __future__ import annotations

import argparse
import functools
import gc
import sys
from collections.abc import Callable
from pathlib import Path

from gui.cli import db_path_of, report_stream
from gui.commands.options import db_option, output_option, trust_options
from gui.commands.sign import register_actions
from gui.core.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    pdf = sub.add_parser("pdf", help=translate("CommandLine", "xuất báo cáo ra PDF chính thức, đọc lại dữ liệu từ PDF"))
    actions = pdf.add_subparsers(dest="action", metavar=translate("CommandLine", "THAO_TÁC"), required=True)

    export = actions.add_parser("export", help=translate("CommandLine", "xuất một báo cáo trong cơ sở dữ liệu ra PDF"))
    db_option(export)
    export.add_argument("id", type=int, help=translate("CommandLine", "mã số báo cáo (xem 'report list')"))
    _output_options(export)
    export.set_defaults(handler=_one_shot(_export))

    render = actions.add_parser(
        "render", help=translate("CommandLine", "xuất một tài liệu JSON ra PDF (không cần cơ sở dữ liệu)")
    )
    render.add_argument(
        "file", type=Path, help=translate("CommandLine", "tài liệu báo cáo JSON (như 'report export-json')")
    )
    _output_options(render)
    render.set_defaults(handler=_one_shot(_render))

    extract = actions.add_parser(
        "extract", help=translate("CommandLine", "đọc tài liệu báo cáo JSON mang trong một tệp PDF")
    )
    extract.add_argument("file", type=Path, help=translate("CommandLine", "tệp PDF xuất từ ứng dụng"))
    output_option(extract, help=translate("CommandLine", "tệp JSON ghi ra (mặc định: in ra màn hình)"))
    trust_options(extract)
    extract.add_argument(
        "--unverified",
        action="store_true",
        help=translate(
            "CommandLine",
            "vẫn đọc dữ liệu khi chữ ký số hỏng hoặc tệp bị sửa sau khi ký (dữ liệu không đáng tin; có cảnh báo)",
        ),
    )
    extract.set_defaults(handler=_extract)

    register_actions(actions)  # pdf sign, pdf verify


def _output_options(parser: argparse.ArgumentParser) -> None:
    """-o and --draft, alike for 'pdf export' (a stored report) and 'pdf render' (a JSON document)."""
    output_option(parser, help=translate("CommandLine", "tệp PDF ghi ra (mặc định: BC-NQ82-<tỉnh>-<kỳ>.pdf)"))
    parser.add_argument(
        "--draft",
        action="store_true",
        help=translate("CommandLine", "xuất bản dự thảo (có dấu DỰ THẢO trên mỗi trang)"),
    )


def _one_shot(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """The handler without Python's cyclic garbage collector: an export's process imports and lays out, frees next to
    nothing, and exits; the collector's passes over those objects were ~5 % of a fresh `bvntd pdf render`
    (benchmarks/bench_first_export.py) for under 1 MB more at the peak."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        enabled = gc.isenabled()
        gc.disable()
        try:
            return handler(args)
        finally:
            if enabled:
                gc.enable()

    return run


def _print_result(result) -> None:  # type: ignore[no-untyped-def]

    print(result.path, file=report_stream(result.path))
    print(f"SHA-256: {result.sha256}", file=sys.stderr)
    for warning in result.warnings:
        print(translate("CommandLine", "Lưu ý: {note}").format(note=warning), file=sys.stderr)


def _export(args: argparse.Namespace) -> int:
    # lazy: bvntd --help imports every command module; a command's own modules load when it runs
    from gui.operations.export import export_report, suggested_file_name
    from gui.store.reports import ReportStore

    with ReportStore.open(db_path_of(args)) as store:
        output = args.output or Path(suggested_file_name(store.document(args.id)))
        result = export_report(store, args.id, output, draft=args.draft)
    _print_result(result)
    return 0


def _render(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.core.admission import check_admissible
    from gui.core.template import template_for
    from gui.operations.document_file import read_document_file
    from gui.operations.export import export_document, suggested_file_name

    doc = read_document_file(args.file)
    template = template_for(doc.template.id, doc.template.version)
    check_admissible(doc, template)  # a draft may be incomplete, never beyond the limits the renderer is built for
    output = args.output or Path(suggested_file_name(doc))
    _print_result(export_document(doc, template, output, draft=args.draft))
    return 0


def _extract(args: argparse.Namespace) -> int:
    """The document a PDF carries, read in the sandbox (gui.pdf.sandbox): a hostile file is refused in seconds.
    A signed file is verified as the import verifies it, and the data read from the revision the first signature
    covers; a file changed after signing is refused unless --unverified (then its current data, and a warning)."""
    # lazy: as above (bvntd --help)
    from gui.core.document import read_document
    from gui.core.errors import UserError
    from gui.core.i18n import language
    from gui.inbox.sources import SourceError, read_source
    from gui.pdf.embedded import InvalidEmbeddedDocumentError
    from gui.pdf.sandbox import PdfSandbox
    from gui.signing.settings import load_settings, policy_from
    from gui.signing.verify import BROKEN, UNSIGNED

    if not args.file.exists():
        raise UserError(translate("CommandLine", "Không tìm thấy tệp PDF: {path}").format(path=shown(args.file)))
    try:
        source = read_source(args.file)
    except SourceError as error:
        raise UserError(f"{shown(args.file)}: {error}") from None
    trust = policy_from(load_settings(), args.trust, False, crls=args.crl).trust
    with PdfSandbox(pages=False) as sandbox:
        verification = sandbox.verify(source.data, trust)
        data = source.data
        if verification.status == BROKEN:
            problems = "; ".join(
                dict.fromkeys(p.rstrip(".") for s in verification.signatures for p in s.problems)
            ) or "; ".join(verification.problems)
            if not args.unverified:
                raise UserError(
                    translate(
                        "CommandLine",
                        "{path}: chữ ký số hỏng hoặc tệp bị sửa đổi sau khi ký ({problems}). Không đọc dữ liệu; thêm "
                        "--unverified nếu vẫn cần xem dữ liệu hiện có trong tệp (không đáng tin).",
                    ).format(path=shown(args.file), problems=problems)
                )
            print(
                translate(
                    "CommandLine",
                    "Cảnh báo (--unverified): chữ ký số hỏng hoặc tệp bị sửa đổi sau khi ký ({problems}); dữ liệu dưới "
                    "đây là dữ liệu hiện có trong tệp, KHÔNG phải dữ liệu đã ký.",
                ).format(problems=problems),
                file=sys.stderr,
            )
        elif verification.signed_data is not None:
            data = verification.signed_data  # the report as the competent person signed it
        found = sandbox.read(data)
    try:
        doc = read_document(found.document)
    except UserError:
        raise
    except ValueError as error:
        raise InvalidEmbeddedDocumentError(str(error)) from None
    if verification.status not in (UNSIGNED, BROKEN):
        checked = verification.for_unit(doc.unit.name, doc.unit.kind)
        print(translate("CommandLine", "Chữ ký số: {status}").format(status=checked.summary(language())), file=sys.stderr)
    text = doc.to_json() + "\n"
    if args.output:
        # lazy: as above (bvntd --help)
        from gui.fileio import write_output

        write_output(args.output, text)
    else:
        sys.stdout.write(text)
    return 0


def shown(path: Path) -> str:
    # lazy: as above (bvntd --help)
    from gui.core.text import shown_path

    return shown_path(path)
