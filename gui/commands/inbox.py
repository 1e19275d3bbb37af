"""`bvntd inbox import | summary`: the Ministry's side, receiving reports and consolidating a period."""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

from gui.cli import db_path_of, report_stream
from gui.commands import desk, replies
from gui.core.errors import UserError
from gui.core.i18n import translate


def register(sub: argparse._SubParsersAction) -> None:
    inbox = sub.add_parser(
        "inbox", help=translate("CommandLine", "nhận báo cáo của các địa phương và tổng hợp (Bộ Công Thương)")
    )
    actions = inbox.add_subparsers(dest="action", metavar=translate("CommandLine", "THAO_TÁC"), required=True)

    imp = actions.add_parser(
        "import", help=translate("CommandLine", "nhập các tệp PDF, tài liệu JSON hoặc thư mục (kể cả thư mục con)")
    )
    imp.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=translate("CommandLine", "tệp cơ sở dữ liệu"))
    imp.add_argument("paths", type=Path, nargs="+", metavar="PATH", help=translate("CommandLine", "tệp hoặc thư mục"))
    imp.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="CERT",
        help=translate(
            "CommandLine",
            "chứng thư số gốc hoặc trung gian tin cậy (.cer/.crt/.pem) để xác minh chữ ký số; nhắc lại được",
        ),
    )
    imp.add_argument(
        "--crl",
        type=Path,
        action="append",
        default=[],
        metavar="CRL",
        help=translate("CommandLine", "danh sách thu hồi chứng thư số (.crl) để kiểm tra chữ ký số; nhắc lại được"),
    )
    imp.add_argument(
        "--require-signature",
        action="store_true",
        help=translate("CommandLine", "từ chối báo cáo chưa ký số (báo cáo đã ký hỏng luôn bị từ chối)"),
    )
    imp.add_argument(
        "--accept-drafts",
        action="store_true",
        help=translate(
            "CommandLine", "nhận cả bản dự thảo (DỰ THẢO), được đánh dấu là dự thảo; mặc định bản dự thảo bị từ chối"
        ),
    )
    imp.set_defaults(handler=_import)

    confirm = actions.add_parser(
        "confirm-certificate",
        help=translate("CommandLine", "xác nhận chứng thư số mới của một đơn vị (dấu vân tay SHA-256, từ dòng nhập)"),
    )
    confirm.add_argument(
        "--db", type=Path, default=argparse.SUPPRESS, help=translate("CommandLine", "tệp cơ sở dữ liệu")
    )
    confirm.add_argument(
        "fingerprint",
        help=translate("CommandLine", "dấu vân tay SHA-256 của chứng thư số (64 ký tự hex, hoặc phần đầu)"),
    )
    confirm.set_defaults(handler=_confirm)

    versions = actions.add_parser(
        "versions", help=translate("CommandLine", "mọi phiên bản đã nhận của báo cáo một đơn vị trong một kỳ")
    )
    versions.add_argument(
        "--db", type=Path, default=argparse.SUPPRESS, help=translate("CommandLine", "tệp cơ sở dữ liệu")
    )
    versions.add_argument(
        "--period", required=True, help=translate("CommandLine", "kỳ báo cáo: 2025, 2025-H1 hoặc 2021-2025")
    )
    versions.add_argument("unit", help=translate("CommandLine", "mã tỉnh (ví dụ 40) hoặc mã bộ, ngành (ví dụ BTC)"))
    versions.set_defaults(handler=_versions)

    conflicts = actions.add_parser(
        "conflicts", help=translate("CommandLine", "các báo cáo xung đột đang chờ quyết định")
    )
    conflicts.add_argument(
        "--db", type=Path, default=argparse.SUPPRESS, help=translate("CommandLine", "tệp cơ sở dữ liệu")
    )
    conflicts.set_defaults(handler=_conflicts)

    resolve = actions.add_parser(
        "resolve", help=translate("CommandLine", "quyết định một xung đột: giữ bản đã có hoặc nhận bản mới")
    )
    resolve.add_argument(
        "--db", type=Path, default=argparse.SUPPRESS, help=translate("CommandLine", "tệp cơ sở dữ liệu")
    )
    resolve.add_argument("id", type=int, help=translate("CommandLine", "số của xung đột (xem 'inbox conflicts')"))
    choice = resolve.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep", action="store_true", help=translate("CommandLine", "giữ bản đã có, bỏ bản nhận sau"))
    choice.add_argument(
        "--take",
        action="store_true",
        help=translate("CommandLine", "nhận bản mới làm bản hiện hành (bản cũ vẫn được lưu)"),
    )
    resolve.set_defaults(handler=_resolve)

    summary = actions.add_parser(
        "summary", help=translate("CommandLine", "xuất bảng tổng hợp một kỳ ra Excel (.xlsx) hoặc PDF")
    )
    summary.add_argument(
        "--db", type=Path, default=argparse.SUPPRESS, help=translate("CommandLine", "tệp cơ sở dữ liệu")
    )
    summary.add_argument(
        "--period", required=True, help=translate("CommandLine", "kỳ báo cáo: 2025, 2025-H1 hoặc 2021-2025")
    )
    summary.add_argument(
        "-o", "--output", type=Path, required=True, help=translate("CommandLine", "tệp ghi ra: .xlsx hoặc .pdf")
    )
    summary.add_argument(
        "--format",
        choices=("xlsx", "pdf"),
        help=translate("CommandLine", "định dạng khi tên tệp không có đuôi đó (ví dụ -o /dev/null)"),
    )
    summary.set_defaults(handler=_summary)

    desk.register(actions)
    replies.register_inbox(actions)


def _import(args: argparse.Namespace) -> int:
    """Each file's line as soon as it is done (so an interrupted run still says what went in); exit 0 for a batch
    whatever its files held, 2 when a single file named alone is refused or when a path does not exist."""
    # lazy: bvntd --help imports every command module; a command's own modules load when it runs
    from gui.core.text import shown_path
    from gui.inbox.importer import FileResult, import_paths
    from gui.store.reports import ReportStore

    missing = [p for p in args.paths if not os.path.lexists(p)]
    if missing:
        raise UserError(
            translate("CommandLine", "Không tìm thấy: {paths}").format(paths=", ".join(shown_path(p) for p in missing))
        )

    def show(result: FileResult) -> None:
        print(result.line(), flush=True)

    # lazy: as above (bvntd --help)
    from gui.signing.settings import load_settings, policy_from

    # The trust roots and the requirement of Settings, and those given on the command line.
    policy = policy_from(load_settings(), args.trust, args.require_signature, crls=args.crl)
    with ReportStore.open(db_path_of(args)) as store:
        run = import_paths(
            store, args.paths, progress=None, on_result=show, signatures=policy, accept_drafts=args.accept_drafts
        )
    print(translate("CommandLine", "Tổng cộng: {summary}").format(summary=run.summary_line()), flush=True)
    single = len(args.paths) == 1 and not args.paths[0].is_dir() and len(run.results) == 1
    return 2 if single and not run.results[0].handled else 0


def _confirm(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.store.reports import ReportStore

    prefix = args.fingerprint.strip().lower().rstrip("…").replace(":", "")
    if not re.fullmatch(r"[0-9a-f]{16,64}", prefix):
        raise UserError(
            translate("CommandLine", "Dấu vân tay phải là 16–64 ký tự hex (0-9, a-f), như trong dòng nhập báo cáo.")
        )
    with ReportStore.open(db_path_of(args)) as store:
        rows = store.db.execute(
            "SELECT fingerprint, unit_kind, unit_code, holder, confirmed FROM unit_certificates WHERE fingerprint LIKE ?",
            [prefix + "%"],
        ).fetchall()
        if not rows:
            raise UserError(
                translate("CommandLine", "Không có chứng thư số nào có dấu vân tay bắt đầu bằng {prefix}.").format(
                    prefix=prefix
                )
            )
        if len({r[0] for r in rows}) > 1:
            raise UserError(
                translate("CommandLine", "Có nhiều chứng thư số bắt đầu bằng {prefix}: hãy ghi dài hơn.").format(
                    prefix=prefix
                )
            )
        # lazy: as above (bvntd --help)
        from gui.signing.certificates import confirm

        updated = confirm(store, rows[0][0])
    for _fp, kind, code, holder, _confirmed in rows:
        print(
            translate("CommandLine", "Đã xác nhận chứng thư số của {holder} cho đơn vị {unit}.").format(
                holder=holder, unit=f"{kind}:{code}"
            )
        )
    if updated:
        print(
            translate("CommandLine", "Đã cập nhật trạng thái chữ ký số của {count} báo cáo đã nhận.").format(
                count=len(updated)
            )
        )
    return 0


def _versions(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.core.period import parse_period
    from gui.inbox.decisions import versions
    from gui.store.reports import ReportStore

    period = parse_period(args.period)
    kind = "province" if args.unit.isdigit() else "ministry"
    with ReportStore.open(db_path_of(args)) as store:
        found = versions(store, kind, args.unit, period.id)
    if not found:
        print(
            translate("CommandLine", "Chưa nhận báo cáo nào của đơn vị {unit} kỳ {period}.").format(
                unit=args.unit, period=period.id
            )
        )
        return 0
    for v in found:
        if v.current:
            state = translate("CommandLine", "HIỆN HÀNH")
        else:
            state = translate("CommandLine", "bản trước (thay bởi {id})").format(id=v.superseded_by)
        draft = translate("CommandLine", ", DỰ THẢO") if v.status == "draft" else ""
        print(
            translate("CommandLine", "{id}: cập nhật {updated} — {state} — nhận {received} từ {path}").format(
                id=v.report_id,
                updated=v.updated_at,
                state=f"{state}{draft}",
                received=v.imported_at,
                path=v.source_path,
            )
        )
    print(translate("CommandLine", "Xem một phiên bản: bvntd report export-json ID"))
    return 0


def _conflicts(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.inbox.decisions import open_conflicts
    from gui.store.reports import ReportStore

    with ReportStore.open(db_path_of(args)) as store:
        found = open_conflicts(store)
    if not found:
        print(translate("CommandLine", "Không có xung đột nào chờ quyết định."))
    for c in found:
        print(
            translate("CommandLine", "{id}: {unit}, kỳ {period}, cập nhật {updated}, tệp {path} — {reason}").format(
                id=c.id, unit=c.unit_name, period=c.period_id, updated=c.updated_at, path=c.path, reason=c.reason
            )
        )
    return 0


def _resolve(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.inbox.decisions import decide
    from gui.store.reports import ReportStore

    with ReportStore.open(db_path_of(args)) as store:
        report_id = decide(store, args.id, take=args.take)
    if report_id is None:
        print(translate("CommandLine", "Xung đột số {id}: giữ bản đã có.").format(id=args.id))
    else:
        print(
            translate("CommandLine", "Xung đột số {id}: đã nhận bản mới (mã {report}); bản trước vẫn được lưu.").format(
                id=args.id, report=report_id
            )
        )
    return 0


def _summary(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.core.period import parse_period
    from gui.operations.desk import export_summary, summary_format
    from gui.store.reports import ReportStore

    # A name the summary cannot take, or a period that cannot be read, is refused before the database opens.
    summary_format(args.output, args.format)
    parse_period(args.period)
    with ReportStore.open(db_path_of(args)) as store:
        result = export_summary(store=store, period_id=args.period, output=args.output, fmt=args.format)
    c = result.consolidation
    print(f"{args.output}: {c.completeness_text}; {c.plan_text}.", file=report_stream(args.output))
    return 0
