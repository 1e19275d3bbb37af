"""Ký số: signing one of our report PDFs, for the window ("Ký số…" on a report, "Ký số tệp PDF…") and for
`bvntd pdf sign`. Everything that can refuse is checked before the PIN is asked; the file is written only once the
signature is made.

    check_pdf(path=..., store=None) -> SigningTarget
        any PDF: ours (it carries our report data, its SHA-256 intact), a final export (not a DỰ THẢO), and intact
        (each signature already on it unbroken, nothing but signatures added after it) — read in the sandbox's
        worker (gui.pdf.sandbox), so a hostile file cannot hang the app. With a store, the report it is the export
        of (same document, unchanged since) is found, so the signing is recorded there too.
    check_report_export(store=..., report_id=..., path=None) -> SigningTarget
        the report's last final export (or the file given), which must still be the report as it is now.
    last_final_export(store=..., report_id=...) -> ExportedFile | None
    check_role(target=..., role=...)            the order of Nghị định 30/2020: the competent person, then the agency
    check_unchanged(store=..., target=...)      the report not edited since the check (just before signing)
    run_signing(target=..., key=..., role=..., image=..., timestamp_url=...) -> SignResult
        the slow part (the token, the timestamp server); touches neither the store nor the file: any thread.
    finish_signing(target=..., result=..., store=None, output=None) -> SigningDone
        the signed file written atomically (in place by default, refused if the file changed meanwhile), and the
        signing recorded in the store's export log when the file is the export of one of its reports.

Each refusal is a UserError (gui.signing.errors.SigningError) with a Vietnamese message naming the file.
"""

from __future__ import annotations

import hashlib
import io
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from gui.core import limits
from gui.core.document import DocumentError, ReportDocument, read_document
from gui.core.i18n import translate
from gui.core.replies import Reply, read_reply
from gui.fileio import write_output
from gui.outside_file import ReadMessages, read_outside_file
from gui.pdf.embedded import DataMismatchError, NoEmbeddedDataError, NotAReportError
from gui.signing.errors import SigningError
from gui.signing.placement import BLOCK_KEY, Box, recorded_block
from gui.signing.report_signatures import CHANGED
from gui.signing.roles import Role
from gui.signing.sign import ROLES, SignResult, check_order, sign_pdf
from gui.signing.verify import BROKEN, Trust, Verification

if TYPE_CHECKING:
    import datetime as dt

    from gui.pdf.sandbox import PdfSandbox
    from gui.signing.keys import SigningKey
    from gui.store.reports import ReportStore

log = logging.getLogger(__name__)

@dataclass(frozen=True, kw_only=True)
class PresentSignature:
    """A signature already on the file, as read before signing (its certificate is not judged here)."""

    role: Role | None  # by our field names, else by its place; None for a third one another tool named
    field: str
    holder: str
    organisation: str
    signed_at: dt.datetime | None

    @property
    def who(self) -> str:
        return ", ".join(dict.fromkeys(x for x in (self.holder, self.organisation) if x))


@dataclass(frozen=True, kw_only=True)
class SigningTarget:
    """One of our PDFs, checked and read, ready to be signed."""

    path: Path
    data: bytes
    document: ReportDocument | None  # None: a receipt or letter of the Ministry's (`reply`), not a report
    document_sha256: str  # of the report document (or the reply's record) the file carries
    signatures: tuple[PresentSignature, ...]
    report_id: int | None = None  # the report of the store this file is the export of, unchanged since
    reply: Reply | None = None  # the Ministry's receipt or request for correction (gui.core.replies)
    # Where the signatures go when the file records no block (an export older than the record): the block of its
    # report rendered again. None: the file's own record, or the default place (gui.signing.placement).
    block: Box | None = None

    @property
    def unit_name(self) -> str:
        return self.document.unit.name if self.document is not None else self.reply.unit.name if self.reply else ""

    @property
    def period_id(self) -> str:
        return self.document.period.id if self.document is not None else self.reply.period.id if self.reply else ""

    @property
    def next_role(self) -> Role:
        """Who signs next: the competent person, then the agency (Nghị định 30/2020, Điều 5)."""
        return Role.AGENCY if self.signed_by(Role.SIGNER) else Role.SIGNER

    def signed_by(self, role: Role | str) -> PresentSignature | None:
        return next((s for s in self.signatures if s.role == role), None)


@dataclass(frozen=True, kw_only=True)
class ExportedFile:
    path: Path | None  # None: an export recorded before paths were kept
    file_name: str
    at: str


@dataclass(frozen=True, kw_only=True)
class SigningDone:
    path: Path  # the signed file written
    result: SignResult
    recorded: bool  # the signing is in the report's export log (the list's "Đã ký 1/2, 2/2")


# --- checks, before the PIN ------------------------------------------------------------------------------------


def check_pdf(*, path: Path, store: ReportStore | None = None) -> SigningTarget:
    # lazy: the sandbox (a worker process) starts when a file is checked, not when the window imports this module
    from gui.pdf.sandbox import PdfSandbox

    path = Path(path)
    data = read_outside_file(
        path,
        limits.MAX_FILE_BYTES,
        ReadMessages(
            missing=translate("Signing", "Không tìm thấy tệp {path}. Chưa ký."),
            unreadable=translate("Signing", "Không đọc được tệp {path}: {error}. Chưa ký."),
            too_large=translate("Signing", "Tệp {path} quá lớn ({size}, tối đa {limit}). Chưa ký."),
            folder=translate("Signing", "{path} là một thư mục, không phải tệp PDF. Chưa ký."),
            empty=translate("Signing", "Tệp {path} rỗng. Chưa ký."),
        ),
        SigningError,
    )
    name = path.name
    if b"%PDF-" not in data[:1024]:
        raise SigningError(translate("Signing", "Tệp {name} không phải tệp PDF. Chưa ký.").format(name=name))
    with PdfSandbox(pages=False) as sandbox:
        try:
            found = sandbox.read(data)
            document = read_document(found.document)
        except DocumentError as error:  # the worker's refusal comes back as its message: matched to say it here
            reason = str(error)
            if reason == str(NotAReportError()):  # the Ministry's receipt or letter: signed as any official document
                return _reply_target(path, data, sandbox)
            if reason == str(NoEmbeddedDataError()):
                raise SigningError(_not_ours(name)) from None
            if reason == str(DataMismatchError()):
                raise SigningError(
                    translate(
                        "Signing",
                        "Dữ liệu báo cáo trong tệp {name} không khớp mã kiểm tra: tệp đã bị sửa sau khi xuất. Hãy "
                        "xuất lại tệp PDF từ ứng dụng. Chưa ký.",
                    ).format(name=name)
                ) from None
            raise SigningError(  # damaged, too slow to read, data we cannot use: the reason says which
                translate("Signing", "Không ký được tệp {name}: {error} Chưa ký.").format(
                    name=name, error=reason.rstrip(".") + "."
                )
            ) from None
        checked = sandbox.verify(data, Trust())  # integrity and coverage; no trust roots are needed for those
    if found.manifest.get("draft"):
        raise SigningError(
            translate(
                "Signing",
                "Tệp {name} là bản dự thảo (có dấu “DỰ THẢO”): chỉ ký số bản chính thức. Hãy xuất bản chính thức "
                "rồi ký. Chưa ký.",
            ).format(name=name)
        )
    _refuse_broken(name, checked)
    signatures = _present(checked)
    digest = hashlib.sha256(found.document).hexdigest()
    report_id = _report_of(store, document, found.document) if store is not None else None
    return SigningTarget(
        path=path,
        data=data,
        document=document,
        document_sha256=digest,
        signatures=signatures,
        report_id=report_id,
        block=_rendered_block(data, document),
    )


def _reply_target(path: Path, data: bytes, sandbox: PdfSandbox) -> SigningTarget:
    """A receipt or letter of the Ministry's (gui.inbox.receipt, gui.inbox.correction_letter): its record read and
    checked as a report's data is, its signatures intact."""
    try:
        record = sandbox.read_reply(data)
        reply = read_reply(record)
    except DocumentError as error:
        raise SigningError(
            translate("Signing", "Không ký được tệp {name}: {error} Chưa ký.").format(
                name=path.name, error=str(error).rstrip(".") + "."
            )
        ) from None
    checked = sandbox.verify(data, Trust())
    _refuse_broken(path.name, checked)
    digest = hashlib.sha256(record).hexdigest()
    return SigningTarget(
        path=path, data=data, document=None, document_sha256=digest, signatures=_present(checked), reply=reply
    )


def _rendered_block(data: bytes, document: ReportDocument) -> Box | None:
    """A report exported before its signature block was recorded in the file: the block of the same report
    rendered again (rendering is deterministic, so the page and place are the same). None when the file records
    its block, or cannot be rendered again (then it is signed at the default place).

    Rendering and signing meet here, in the operation, so that gui.signing never imports gui.pdf."""
    # lazy: pyHanko's reader, the template and reportlab are imported when a file is checked, not when the window
    # imports this module
    from pyhanko.pdf_utils.reader import PdfFileReader

    # lazy: as above
    from gui.core.template import template_for
    from gui.pdf.render import render_report

    try:
        if PdfFileReader(io.BytesIO(data), strict=False).root.get(BLOCK_KEY) is not None:
            return None
        rendered = render_report(document, template_for(document.template.id, document.template.version), draft=False)
        return recorded_block(PdfFileReader(io.BytesIO(rendered), strict=False))
    except Exception:  # a file or template we cannot render again is signed at the default place, as before
        log.info("Re-rendering for the signature block failed", exc_info=True)
        return None


def _present(checked: Verification) -> tuple[PresentSignature, ...]:
    return tuple(  # each one's role by its field, or by its place when another tool named the field
        PresentSignature(
            role=None if role is Role.UNKNOWN else role,
            field=s.field,
            holder=s.holder,
            organisation=s.organisation,
            signed_at=s.signed_at,
        )
        for s, role in zip(checked.signatures, checked.roles, strict=True)
    )


def _refuse_broken(name: str, checked: Verification) -> None:
    if checked.status == BROKEN:
        problems = "; ".join(dict.fromkeys([*checked.problems, *(p for s in checked.signatures for p in s.problems)]))
        raise SigningError(
            translate(
                "Signing",
                "Chữ ký số trong tệp {name} không còn nguyên vẹn ({problems}): tệp bị hỏng hoặc đã bị sửa sau khi ký, "
                "nên chữ ký mới cũng sẽ không có giá trị. Hãy dùng bản đã ký còn nguyên vẹn, hoặc xuất lại tệp PDF và "
                "ký lại từ đầu. Chưa ký.",
            ).format(name=name, problems=problems or translate("Signing", "không rõ lý do"))
        )


def _not_ours(name: str) -> str:
    return translate(
        "Signing",
        "Tệp {name} không phải báo cáo xuất từ ứng dụng này (không mang dữ liệu báo cáo): ứng dụng chỉ ký số báo cáo "
        "do chính nó xuất ra. Chưa ký.",
    ).format(name=name)


def _report_of(store: ReportStore, document: ReportDocument, carried: bytes) -> int | None:
    """The unit's own report this file is the export of, when the report has not changed since."""
    for report_id in store.own_reports_with_uid(document.uid):
        if store.document(report_id).canonical_bytes() == carried:
            return report_id
    return None


def last_final_export(*, store: ReportStore, report_id: int) -> ExportedFile | None:
    for export in store.exports(report_id):
        if not export["draft"]:
            return ExportedFile(
                path=Path(export["path"]) if export["path"] else None, file_name=export["file_name"], at=export["at"]
            )
    return None


def check_report_export(*, store: ReportStore, report_id: int, path: Path | None = None) -> SigningTarget:
    """The report's last final export (or `path`, chosen by the person), checked, and still the report as it is."""
    if path is None:
        export = last_final_export(store=store, report_id=report_id)
        if export is None:
            raise SigningError(
                translate(
                    "Signing",
                    "Báo cáo chưa được xuất bản chính thức (Xuất PDF, Ctrl+E): chưa có tệp để ký số.",
                )
            )
        if export.path is None:
            raise ExportNotFoundError(export.file_name, None)
        if not export.path.is_file():
            raise ExportNotFoundError(export.file_name, export.path)
        path = export.path
    target = check_pdf(path=path, store=store)
    if target.report_id != report_id:
        current = store.document(report_id)
        if target.document is None or target.document.uid != current.uid:
            raise SigningError(
                translate(
                    "Signing",
                    "Tệp {name} là báo cáo khác ({unit}, kỳ {period}), không phải báo cáo đang chọn. Chưa ký.",
                ).format(name=target.path.name, unit=target.unit_name, period=target.period_id)
            )
        raise SigningError(translate("Signing", CHANGED))
    return target


class ExportNotFoundError(SigningError):
    """The last final export is not where it was written (moved, renamed, deleted), or its place was not kept:
    the window asks for the file, the command line names it."""

    def __init__(self, file_name: str, path: Path | None) -> None:
        self.file_name = file_name
        self.path = path
        super().__init__(
            translate(
                "Signing", "Không tìm thấy tệp đã xuất {name} ở {folder}: có thể đã bị chuyển đi, đổi tên hoặc xóa."
            ).format(name=file_name, folder=path.parent)
            if path is not None
            else translate("Signing", "Không rõ tệp đã xuất {name} được lưu ở đâu: hãy chọn tệp.").format(
                name=file_name
            )
        )


def check_unchanged(*, store: ReportStore, target: SigningTarget) -> None:
    """The report this file is the export of has not been edited since the file was checked (the moment before
    signing: the dialog may have stayed open)."""
    if target.report_id is None:
        return
    current = hashlib.sha256(store.document(target.report_id).canonical_bytes()).hexdigest()
    if current != target.document_sha256:
        raise SigningError(translate("Signing", CHANGED))


def check_role(*, target: SigningTarget, role: str) -> None:
    """The competent person signs first, once; the agency's signature follows it, once (Nghị định 30/2020):
    gui.signing.sign.check_order, which signing checks again, asked before the PIN."""
    if role not in ROLES:
        raise SigningError(
            translate(
                "Signing",
                "Vai trò ký phải là “signer” (người có thẩm quyền) hoặc “agency” (cơ quan), không phải “{role}”.",
            ).format(role=role)
        )
    check_order(target.data, Role(role))


# --- signing -----------------------------------------------------------------------------------------------------


def run_signing(
    *, target: SigningTarget, key: SigningKey, role: Role | str, image: Path | None, timestamp_url: str | None = None
) -> SignResult:
    return sign_pdf(target.data, key, role, image, timestamp_url=timestamp_url or None, block=target.block)


def finish_signing(
    *, target: SigningTarget, result: SignResult, store: ReportStore | None = None, output: Path | None = None
) -> SigningDone:
    # lazy: the store's signature log (sqlite-utils) is imported when a signing is recorded
    from gui.store.signatures import SignatureRepository, SigningRecord

    output = Path(output) if output is not None else target.path
    if output == target.path:
        try:
            unchanged = target.path.read_bytes() == target.data
        except OSError:
            unchanged = False
        if not unchanged:
            raise SigningError(
                translate(
                    "Signing",
                    "Tệp {name} đã bị thay đổi hoặc xóa trong khi ký, nên chữ ký không được ghi vào. Hãy ký lại.",
                ).format(name=target.path.name)
            )
    write_output(output, result.data)
    recorded = False
    if store is not None and target.report_id is not None:
        record = SigningRecord(
            role=result.role,
            holder=result.holder,
            organisation=result.organisation,
            signed_at=result.signed_at.isoformat(timespec="seconds"),
            file_name=output.name,
            sha256=hashlib.sha256(result.data).hexdigest(),
            document_sha256=target.document_sha256,
        )
        with store.db.atomic():
            SignatureRepository(store).record_signing(target.report_id, record)
        recorded = True
    return SigningDone(path=output, result=result, recorded=recorded)

