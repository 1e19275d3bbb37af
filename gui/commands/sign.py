"""`bvntd pdf sign` and `bvntd pdf verify`: digital signatures on a report PDF (gui.signing)."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from gui.cli import report_stream, require_file
from gui.commands.options import db_option, output_option, trust_options
from gui.core.errors import UserError
from gui.core.i18n import language, translate

if TYPE_CHECKING:
    from gui.pdf.sandbox import PdfSandbox


def register_actions(actions: argparse._SubParsersAction) -> None:
    sign = actions.add_parser(
        "sign",
        help=translate("CommandLine", "ký số tệp PDF (người có thẩm quyền hoặc cơ quan), bằng USB token hoặc tệp .pfx"),
        description=translate(
            "CommandLine",
            "Ký số tệp PDF theo Nghị định 30/2020/NĐ-CP: chữ ký của người có thẩm quyền (--role signer), "
            "rồi chữ ký của cơ quan do văn thư thực hiện (--role agency). Mã PIN/mật khẩu được hỏi mỗi lần ký, "
            "không bao giờ được lưu.",
        ),
    )
    sign.add_argument("file", type=Path, help=translate("CommandLine", "tệp PDF cần ký"))
    output_option(sign, help=translate("CommandLine", "tệp PDF đã ký ghi ra"), required=True)
    sign.add_argument(
        "--role",
        choices=("signer", "agency"),
        required=True,
        help=translate("CommandLine", "signer: người có thẩm quyền; agency: cơ quan"),
    )
    source = sign.add_mutually_exclusive_group(required=True)
    source.add_argument("--pfx", type=Path, help=translate("CommandLine", "tệp chứng thư số .pfx/.p12"))
    source.add_argument(
        "--pkcs11",
        type=Path,
        metavar="MODULE",
        help=translate("CommandLine", "thư viện PKCS#11 của USB token (.dll/.so)"),
    )
    sign.add_argument("--token-label", help=translate("CommandLine", "nhãn của USB token khi cắm nhiều token"))
    db_option(
        sign,
        help=translate(
            "CommandLine", "cơ sở dữ liệu có báo cáo của tệp này: chữ ký được ghi vào lịch sử xuất bản của báo cáo"
        ),
    )
    sign.add_argument(
        "--image",
        type=Path,
        help=translate(
            "CommandLine", "ảnh PNG hoặc JPEG: chữ ký tay (signer) hoặc con dấu (agency); mặc định: ảnh chọn trong Cài đặt"
        ),
    )
    sign.add_argument(
        "--timestamp-url",
        help=translate("CommandLine", "máy chủ dấu thời gian (RFC 3161); không kết nối được thì vẫn ký"),
    )
    sign.add_argument(
        "--pin-stdin",
        action="store_true",
        help=translate("CommandLine", "đọc mã PIN/mật khẩu từ dòng đầu của đầu vào chuẩn"),
    )
    sign.set_defaults(handler=_sign)

    verify = actions.add_parser(
        "verify",
        help=translate("CommandLine", "kiểm tra chữ ký số của tệp PDF (trả về 0 khi đã ký, nguyên vẹn và tin cậy)"),
        description=translate(
            "CommandLine",
            "Kiểm tra từng chữ ký số: nội dung nguyên vẹn, không bị sửa sau khi ký, chứng thư số thuộc "
            "nguồn tin cậy (--trust) và đúng đơn vị báo cáo. Mỗi chữ ký một dòng.",
        ),
    )
    verify.add_argument("file", type=Path, help=translate("CommandLine", "tệp PDF cần kiểm tra"))
    trust_options(verify, online=True)
    verify.set_defaults(handler=_verify)


def read_secret(prompt: str, from_stdin: bool) -> str:
    """The PIN or password: the first line of standard input, or typed at the terminal without echo."""
    if from_stdin:
        line = sys.stdin.readline()
        secret = line.rstrip("\r\n")
    else:
        try:
            secret = getpass.getpass(prompt)
        except EOFError:
            secret = ""
    if not secret:
        raise UserError(translate("CommandLine", "Chưa nhập mã PIN/mật khẩu. Chưa ký."))
    return secret


def _sign(args: argparse.Namespace) -> int:
    """gui.operations.signing: the file checked (ours, a final export, its signatures intact, the role's turn)
    before the PIN is asked; with --db, the signing recorded on the report the file is the export of."""
    # lazy: bvntd --help imports every command module; a command's own modules load when it runs
    from gui.operations.signing import check_pdf, check_role, finish_signing, run_signing
    from gui.signing.keys import load_pfx, open_token
    from gui.signing.roles import ROLE_LABELS

    source = require_file(args.file, translate("CommandLine", "tệp PDF cần ký"))
    if args.image is None:  # the image chosen in Settings for this role, if any
        # lazy: as above (bvntd --help)
        from gui.signing.settings import load_settings

        settings = load_settings()
        chosen = settings.signature_image if args.role == "signer" else settings.seal_image
        args.image = Path(chosen) if chosen else None
    if args.pfx:
        require_file(args.pfx, translate("CommandLine", "tệp chứng thư số .pfx/.p12"))
    with contextlib.ExitStack() as stack:
        store = None
        if getattr(args, "db", None):
            # lazy: as above (bvntd --help)
            from gui.store.reports import ReportStore

            store = stack.enter_context(ReportStore.open(require_file(args.db, translate("CommandLine", "cơ sở dữ liệu"))))
        target = check_pdf(path=source, store=store)
        check_role(target=target, role=args.role)
        if args.image is not None:  # an image that cannot be printed is said before the PIN, too
            # lazy: as above (bvntd --help)
            from gui.signing.placement import load_picture
            from gui.signing.sign import IMAGE_WHAT

            load_picture(args.image, translate("Signing", IMAGE_WHAT[args.role]))
        if args.pfx:
            key = load_pfx(
                args.pfx,
                read_secret(translate("CommandLine", "Mật khẩu của {name}: ").format(name=args.pfx.name), args.pin_stdin),
            )
        else:
            key = open_token(
                args.pkcs11,
                read_secret(translate("CommandLine", "Mã PIN của USB token: "), args.pin_stdin),
                token_label=args.token_label,
            )
        try:
            result = run_signing(
                target=target, key=key, role=args.role, image=args.image, timestamp_url=args.timestamp_url
            )
        finally:
            key.close()
        done = finish_signing(target=target, result=result, store=store, output=args.output)
    print(args.output, file=report_stream(args.output))
    who = ", ".join(dict.fromkeys(x for x in (result.holder, result.organisation) if x))
    level = {
        "PAdES B-LT": translate("CommandLine", "PAdES B-LT (có dấu thời gian và thông tin thu hồi)"),
        "PAdES B-T": translate("CommandLine", "PAdES B-T (có dấu thời gian)"),
    }.get(result.level, result.level)
    if result.revocation_embedded and not result.timestamped:  # the revocation data, but no proof of the time
        level = translate("CommandLine", "PAdES B-LT (có thông tin thu hồi, không có dấu thời gian)")
    role = translate("Signing", ROLE_LABELS[args.role])
    print(
        translate("CommandLine", "Đã ký với vai trò {role}: {who} — {level}.").format(
            role=role, who=who, level=f"{level}, {result.algorithm}" if result.algorithm else level
        ),
        file=sys.stderr,
    )
    if done.recorded:
        print(translate("CommandLine", "Đã ghi chữ ký vào lịch sử xuất bản của báo cáo."), file=sys.stderr)
    if args.image is None:
        print(
            translate("CommandLine", "Lưu ý: ký không kèm hình ảnh (--image); Phụ lục I yêu cầu ảnh chữ ký/con dấu."),
            file=sys.stderr,
        )
    for note in result.notes:
        print(translate("CommandLine", "Lưu ý: {note}").format(note=note), file=sys.stderr)
    return 0


def _verify(args: argparse.Namespace) -> int:
    """A file from outside: its signatures and its unit are read in the sandbox's worker (gui.pdf.sandbox), so a
    crafted file is refused in seconds instead of hanging the command."""
    # lazy: as above (bvntd --help)
    from gui.core.text import shown_path
    from gui.inbox.sources import SourceError, read_source
    from gui.pdf.sandbox import PdfSandbox
    from gui.signing.verify import TRUSTED, load_trust, verify_seconds

    path = require_file(args.file, translate("CommandLine", "tệp PDF"))
    trust = load_trust(args.trust, args.crl, online=args.online)
    try:
        data = read_source(path).data
    except SourceError as error:
        raise UserError(f"{shown_path(path)}: {error}") from None
    if b"%PDF-" not in data[:1024]:
        raise UserError(
            translate("Signing", "Tệp {path} không phải tệp PDF: chỉ kiểm tra được chữ ký số trong tệp PDF.").format(
                path=shown_path(path)
            )
        )
    with PdfSandbox(pages=False, verify_seconds=verify_seconds(trust)) as sandbox:
        result = sandbox.verify(data, trust)
        unit = _unit_of(result.signed_data, sandbox) if result.signed_data else None
    if unit:
        result = result.for_unit(unit)
    for line in result.lines(language()):
        print(line)
    if result.signatures and not trust.crls and not trust.online:
        print(
            translate(
                "CommandLine",
                "Lưu ý: chưa nạp danh sách thu hồi (--crl) và không kiểm tra qua mạng (--online), nên chưa biết chứng "
                "thư số có bị thu hồi hay không.",
            ),
            file=sys.stderr,
        )
    if result.signatures and not trust.roots:
        print(
            translate(
                "CommandLine", "Lưu ý: chưa nạp chứng thư số gốc tin cậy (--trust), nên không xác minh được nguồn gốc."
            ),
            file=sys.stderr,
        )
    return 0 if result.status == TRUSTED else 2


def _unit_of(signed: bytes, sandbox: PdfSandbox) -> str | None:
    # lazy: as above (bvntd --help)
    from gui.core.document import DocumentError, read_document

    try:
        return read_document(sandbox.read(signed).document).unit.name
    except (DocumentError, ValueError):
        return None
