"""`bvntd inbox import | summary`: the Ministry's side, receiving reports and consolidating a period."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from gui.cli import db_path_of, report_stream
from gui.commands import follow_up, replies
from gui.commands.options import db_option, output_option, period_option, trust_options, unit_option
from gui.core.i18n import translate

if TYPE_CHECKING:
    from gui.inbox.importer import FileResult
    from gui.operations.trust import RegisteredCertificate


def register(sub: argparse._SubParsersAction) -> None:
    inbox = sub.add_parser(
        "inbox", help=translate("CommandLine", "nhận báo cáo của các địa phương và tổng hợp (Bộ Công Thương)")
    )
    actions = inbox.add_subparsers(dest="action", metavar=translate("CommandLine", "THAO_TÁC"), required=True)

    imp = actions.add_parser(
        "import", help=translate("CommandLine", "nhập các tệp PDF, tài liệu JSON hoặc thư mục (kể cả thư mục con)")
    )
    db_option(imp)
    imp.add_argument("paths", type=Path, nargs="+", metavar="PATH", help=translate("CommandLine", "tệp hoặc thư mục"))
    trust_options(imp, online=True)
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

    fingerprint_help = translate(
        "CommandLine", "dấu vân tay SHA-256 của chứng thư số (64 ký tự hex, hoặc 16 ký tự đầu trở lên)"
    )
    confirm = actions.add_parser(
        "confirm-certificate",
        help=translate("CommandLine", "như 'inbox certificates confirm' (tên cũ, vẫn dùng được)"),
    )
    db_option(confirm)
    confirm.add_argument("fingerprint", help=fingerprint_help)
    confirm.set_defaults(handler=_confirm)

    certificates = actions.add_parser(
        "certificates",
        help=translate("CommandLine", "sổ chứng thư số của các đơn vị: xem, đăng ký, xác nhận, ngừng chấp nhận"),
    )
    cert_actions = certificates.add_subparsers(
        dest="cert_action", metavar=translate("CommandLine", "THAO_TÁC"), required=True
    )
    listing = cert_actions.add_parser("list", help=translate("CommandLine", "các chứng thư số đã đăng ký"))
    db_option(listing)
    unit_option(listing, help=translate("CommandLine", "chỉ một đơn vị: mã tỉnh hoặc mã bộ, ngành"))
    listing.set_defaults(handler=_certificates_list)
    add = cert_actions.add_parser(
        "add", help=translate("CommandLine", "đăng ký tệp chứng thư số (.cer/.crt/.pem) đơn vị gửi")
    )
    db_option(add)
    unit_option(add, required=True)
    add.add_argument(
        "--role",
        required=True,
        choices=("signer", "agency"),
        help=translate("CommandLine", "signer: người có thẩm quyền ký; agency: cơ quan"),
    )
    add.add_argument("certificate", type=Path, help=translate("CommandLine", "tệp chứng thư số"))
    add.set_defaults(handler=_certificates_add)
    confirm_cert = cert_actions.add_parser(
        "confirm",
        help=translate("CommandLine", "đăng ký chứng thư số thấy trong báo cáo đã nhận, sau khi đối chiếu với đơn vị"),
    )
    db_option(confirm_cert)
    confirm_cert.add_argument("fingerprint", help=fingerprint_help)
    confirm_cert.add_argument(
        "--role",
        choices=("signer", "agency"),
        help=translate("CommandLine", "vai trò, khi chứng thư số đã ký với cả hai vai trò"),
    )
    confirm_cert.set_defaults(handler=_confirm)
    retire = cert_actions.add_parser(
        "retire", help=translate("CommandLine", "ngừng chấp nhận một chứng thư số đã đăng ký")
    )
    db_option(retire)
    retire.add_argument("fingerprint", help=fingerprint_help)
    retire.set_defaults(handler=_certificates_retire)

    trust = actions.add_parser(
        "trust", help=translate("CommandLine", "chứng thư gốc, trung gian và danh sách thu hồi (CRL) của Bộ")
    )
    trust_actions = trust.add_subparsers(
        dest="trust_action", metavar=translate("CommandLine", "THAO_TÁC"), required=True
    )
    trust_list = trust_actions.add_parser("list", help=translate("CommandLine", "những gì đã nạp"))
    db_option(trust_list)
    trust_list.set_defaults(handler=_trust_list)
    trust_load = trust_actions.add_parser(
        "load",
        help=translate("CommandLine", "nạp tệp .cer/.crt/.pem/.crl rồi kiểm tra lại mọi báo cáo đã nhận"),
    )
    db_option(trust_load)
    trust_load.add_argument("files", type=Path, nargs="+", metavar="FILE", help=translate("CommandLine", "tệp"))
    trust_load.set_defaults(handler=_trust_load)

    reverify = actions.add_parser(
        "reverify", help=translate("CommandLine", "kiểm tra lại chữ ký số của mọi báo cáo đã nhận, từ tệp đã lưu")
    )
    db_option(reverify)
    reverify.add_argument(
        "--full",
        action="store_true",
        help=translate("CommandLine", "đọc lại toàn bộ từng tệp (chậm), không chỉ xét lại chứng thư số"),
    )
    reverify.set_defaults(handler=_reverify)

    pending = actions.add_parser(
        "pending", help=translate("CommandLine", "các phiên bản chờ xác nhận (chưa tính vào tổng hợp)")
    )
    db_option(pending)
    pending.set_defaults(handler=_pending)

    accept = actions.add_parser(
        "accept",
        help=translate("CommandLine", "chấp nhận một phiên bản chờ xác nhận, để tính vào tổng hợp"),
    )
    db_option(accept)
    accept.add_argument("id", type=int, help=translate("CommandLine", "số của phiên bản (xem 'inbox pending')"))
    accept.set_defaults(handler=_accept)

    versions = actions.add_parser(
        "versions", help=translate("CommandLine", "mọi phiên bản đã nhận của báo cáo một đơn vị trong một kỳ")
    )
    db_option(versions)
    period_option(versions)
    versions.add_argument("unit", help=translate("CommandLine", "mã tỉnh (ví dụ 40) hoặc mã bộ, ngành (ví dụ BTC)"))
    versions.set_defaults(handler=_versions)

    conflicts = actions.add_parser(
        "conflicts", help=translate("CommandLine", "các báo cáo xung đột đang chờ quyết định")
    )
    db_option(conflicts)
    conflicts.set_defaults(handler=_conflicts)

    resolve = actions.add_parser(
        "resolve", help=translate("CommandLine", "quyết định một xung đột: giữ bản đã có hoặc nhận bản mới")
    )
    db_option(resolve)
    resolve.add_argument("id", type=int, help=translate("CommandLine", "số của xung đột (xem 'inbox conflicts')"))
    choice = resolve.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep", action="store_true", help=translate("CommandLine", "giữ bản đã có, bỏ bản nhận sau"))
    choice.add_argument(
        "--take",
        action="store_true",
        help=translate("CommandLine", "nhận bản mới làm bản hiện hành (bản cũ vẫn được lưu)"),
    )
    resolve.add_argument(
        "--accept",
        action="store_true",
        help=translate(
            "CommandLine",
            "cùng --take: chấp nhận bản mới dù chữ ký số chưa đủ để tính vào tổng hợp (sau khi đã đối chiếu với đơn vị)",
        ),
    )
    resolve.set_defaults(handler=_resolve)

    summary = actions.add_parser(
        "summary", help=translate("CommandLine", "xuất bảng tổng hợp một kỳ ra Excel (.xlsx) hoặc PDF")
    )
    db_option(summary)
    period_option(summary)
    output_option(summary, help=translate("CommandLine", "tệp ghi ra: .xlsx hoặc .pdf"), required=True)
    summary.add_argument(
        "--format",
        choices=("xlsx", "pdf"),
        help=translate("CommandLine", "định dạng khi tên tệp không có đuôi đó (ví dụ -o /dev/null)"),
    )
    summary.set_defaults(handler=_summary)

    follow_up.register(actions)
    replies.register_inbox(actions)


def _import(args: argparse.Namespace) -> int:
    """Each file's line as soon as it is done (so an interrupted run still says what went in); exit 0 for a batch
    whatever its files held, 2 when a single file named alone is refused or when a path does not exist."""
    # lazy: bvntd --help imports every command module; a command's own modules load when it runs
    from gui.operations.inbox import import_files
    from gui.store.reports import ReportStore

    def show(result: FileResult) -> None:
        print(result.line(), flush=True)

    with ReportStore.open(db_path_of(args)) as store:
        done = import_files(
            store=store,
            paths=args.paths,
            trust=args.trust,
            crls=args.crl,
            require_signature=args.require_signature,
            online=args.online,
            accept_drafts=args.accept_drafts,
            on_result=show,
        )
    print(translate("CommandLine", "Tổng cộng: {summary}").format(summary=done.run.summary_line()), flush=True)
    return 2 if done.single_refused else 0


def _reverified(result: object) -> str:
    # lazy: as above (bvntd --help)
    from gui.operations.trust import Reverified

    assert isinstance(result, Reverified)
    text = translate(
        "CommandLine",
        "Đã kiểm tra lại {versions} phiên bản đã nhận ({seconds:.1f} giây): {status} đổi trạng thái chữ ký số, "
        "{groups} đơn vị/kỳ đổi phiên bản được tính.",
    ).format(
        versions=result.versions, seconds=result.seconds, status=result.status_changed, groups=result.counted_changed
    )
    if result.without_bytes:
        text += " " + translate(
            "CommandLine",
            "{count} phiên bản nhận trước khi ứng dụng lưu tệp gốc: không thể kiểm tra lại, không còn được coi là "
            "tin cậy — hãy nhập lại tệp.",
        ).format(count=result.without_bytes)
    return text


def _certificate_line(cert: RegisteredCertificate) -> str:
    # lazy: as above (bvntd --help)
    from gui.operations.trust import SOURCE_LABELS, role_label

    state = (
        translate("CommandLine", "ngừng chấp nhận {at}").format(at=cert.retired_at)
        if cert.retired_at
        else translate("CommandLine", "đang chấp nhận")
    )
    return translate(
        "CommandLine",
        "{unit} — {role}: {holder} ({organisation}), hiệu lực {start} đến {end}, SHA-256 {fingerprint} — {state}; "
        "đăng ký {at} bởi {by} từ {source} ({detail})",
    ).format(
        unit=f"{cert.unit_kind}:{cert.unit_code}",
        role=role_label(cert.role),
        holder=cert.holder,
        organisation=cert.organisation,
        start=(cert.valid_from or "")[:10],
        end=(cert.valid_to or "")[:10],
        fingerprint=cert.fingerprint,
        state=state,
        at=cert.registered_at,
        by=cert.registered_by,
        source=translate("Trust", SOURCE_LABELS[cert.source]),
        detail=cert.source_detail,
    )


def _unit_kind(code: str) -> str:
    return "province" if code.strip().isdigit() else "ministry"


def _certificates_list(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.operations.trust import find_unit_by_code, list_certificates
    from gui.store.reports import ReportStore

    kind = code = None
    if args.unit:
        unit = find_unit_by_code(_unit_kind(args.unit), args.unit)
        kind, code = unit.kind, unit.code
    with ReportStore.open(db_path_of(args)) as store:
        found = list_certificates(store=store, unit_kind=kind, unit_code=code)
    if not found:
        print(translate("CommandLine", "Chưa đăng ký chứng thư số nào."))
    for cert in found:
        print(_certificate_line(cert))
    return 0


def _certificates_add(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.operations.trust import add_certificate
    from gui.store.reports import ReportStore

    with ReportStore.open(db_path_of(args)) as store:
        done = add_certificate(
            store=store, unit_kind=_unit_kind(args.unit), unit_code=args.unit, role=args.role, path=args.certificate
        )
    print(translate("CommandLine", "Đã đăng ký: {line}").format(line=_certificate_line(done.certificate)))
    print(_reverified(done.reverified))
    return 0


def _confirm(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.operations.trust import confirm_certificate, role_label
    from gui.store.reports import ReportStore

    with ReportStore.open(db_path_of(args)) as store:
        done = confirm_certificate(store=store, fingerprint=args.fingerprint, role=getattr(args, "role", None))
    cert = done.certificate
    print(
        translate("CommandLine", "Đã xác nhận chứng thư số của {holder} cho đơn vị {unit} ({role}).").format(
            holder=cert.holder or cert.organisation,
            unit=f"{cert.unit_kind}:{cert.unit_code}",
            role=role_label(cert.role),
        )
    )
    print(_reverified(done.reverified))
    return 0


def _certificates_retire(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.operations.trust import retire_certificate
    from gui.store.reports import ReportStore

    with ReportStore.open(db_path_of(args)) as store:
        done = retire_certificate(store=store, fingerprint=args.fingerprint)
    for cert in done.certificates:
        print(translate("CommandLine", "Đã ngừng chấp nhận: {line}").format(line=_certificate_line(cert)))
    print(_reverified(done.reverified))
    return 0


def _trust_list(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.operations.trust import KIND_LABELS, trust_sources
    from gui.store.reports import ReportStore

    with ReportStore.open(db_path_of(args)) as store:
        found = trust_sources(store=store)
    if not found:
        print(translate("CommandLine", "Chưa nạp chứng thư gốc nào: không chữ ký số nào được coi là tin cậy."))
    for source in found:
        print(
            translate("CommandLine", "{kind}: {name}, hiệu lực {start} đến {end}, tệp {file}, nạp {at}").format(
                kind=translate("Trust", KIND_LABELS[source.kind]),
                name=source.name,
                start=(source.valid_from or "?")[:10],
                end=(source.valid_to or "?")[:10],
                file=source.file_name,
                at=source.loaded_at,
            )
        )
    return 0


def _trust_load(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.operations.trust import load_trust_files
    from gui.store.reports import ReportStore

    with ReportStore.open(db_path_of(args)) as store:
        done = load_trust_files(store=store, paths=args.files)
    for item in done.added:
        print(translate("CommandLine", "Đã nạp: {name}").format(name=item.name))
    for item in done.already:
        print(translate("CommandLine", "Đã có từ trước: {name}").format(name=item.name))
    print(_reverified(done.reverified))
    return 0


def _reverify(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.operations.trust import reverify
    from gui.store.reports import ReportStore

    with ReportStore.open(db_path_of(args)) as store:
        print(_reverified(reverify(store=store, thorough=args.full)))
    return 0


def _pending(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.operations.trust import pending_versions
    from gui.store.reports import ReportStore

    with ReportStore.open(db_path_of(args)) as store:
        found = pending_versions(store=store)
    if not found:
        print(translate("CommandLine", "Không có phiên bản nào chờ xác nhận."))
    for v in found:
        print(
            translate("CommandLine", "{id}: {unit}, kỳ {period}, cập nhật {updated} — {reason} — {signature}").format(
                id=v.report_id,
                unit=v.unit_name,
                period=v.period_id,
                updated=v.updated_at,
                reason=v.reason,
                signature=v.signature,
            )
        )
    return 0


def _accept(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.operations.trust import accept_version
    from gui.store.reports import ReportStore

    with ReportStore.open(db_path_of(args)) as store:
        done = accept_version(store=store, report_id=args.id)
    if done.counted:
        text = translate("CommandLine", "Đã chấp nhận phiên bản {id} ({unit}, kỳ {period}): được tính vào tổng hợp.")
    else:
        text = translate(
            "CommandLine", "Đã chấp nhận phiên bản {id} ({unit}, kỳ {period}); đã có phiên bản mới hơn được tính."
        )
    print(text.format(id=done.report_id, unit=done.unit_name, period=done.period_id))
    return 0


def _versions(args: argparse.Namespace) -> int:
    # lazy: as above (bvntd --help)
    from gui.operations.inbox import unit_versions
    from gui.store.reports import ReportStore

    with ReportStore.open(db_path_of(args)) as store:
        found = unit_versions(store=store, unit_code=args.unit, period_id=args.period)
    if not found.versions:
        print(
            translate("CommandLine", "Chưa nhận báo cáo nào của đơn vị {unit} kỳ {period}.").format(
                unit=found.unit_code, period=found.period_id
            )
        )
        return 0
    for v in found.versions:
        if v.current:
            state = translate("CommandLine", "HIỆN HÀNH")
        elif v.pending:
            state = translate("CommandLine", "chờ xác nhận")
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
    from gui.operations.inbox import open_conflicts
    from gui.store.reports import ReportStore

    with ReportStore.open(db_path_of(args)) as store:
        found = open_conflicts(store=store)
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
    from gui.operations.inbox import Decision, resolve_conflict
    from gui.store.reports import ReportStore

    with ReportStore.open(db_path_of(args)) as store:
        done = resolve_conflict(store=store, conflict_id=args.id, take=args.take, accept=args.accept)
    if done.decision is Decision.KEPT:
        print(translate("CommandLine", "Xung đột số {id}: giữ bản đã có.").format(id=args.id))
        return 0
    print(
        translate("CommandLine", "Xung đột số {id}: đã nhận bản mới (mã {report}); bản trước vẫn được lưu.").format(
            id=args.id, report=done.report_id
        )
    )
    if done.accepted:
        print(translate("CommandLine", "Bản mới được tính vào tổng hợp vì người kiểm tra đã chấp nhận nó."))
    if not done.counted:
        print(translate("CommandLine", "Đã có phiên bản mới hơn của đơn vị được tính vào tổng hợp."))
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
