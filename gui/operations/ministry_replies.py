"""The province's side of the round trip: opening the Ministry's receipt or request for correction (the PDF the
Ministry's app made, gui.inbox.receipt / gui.inbox.correction_letter) and keeping what it says.

    receive_files(store, paths, trust_paths=()) -> list[Received]     one result (one line) per file
    load_ministry_certificate(store, path) -> str                      the Ministry's certificate, trusted from now on

Every file is from outside: read with a size limit, its embedded record read in the sandbox (time and memory
limits, gui.pdf.sandbox), its signatures checked there too; one bad file never costs another. A reply is matched
to our report by the report's uid and must name the same unit and period, and the version we sent last (or a
later one we never sent is refused too); anything else says so and changes nothing. A signature is "của Bộ Công
Thương, tin cậy" only when the file is intact and signed with a certificate of the Ministry's that this database
trusts; otherwise the reply is kept as "chưa xác minh" — shown with that warning, and it never changes a value.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from gui.core.document import DocumentError
from gui.core.errors import UserError
from gui.core.i18n import translate
from gui.core.limits import MAX_FILE_BYTES
from gui.core.replies import RECEIPT, Reply, read_reply
from gui.core.text import shown_path
from gui.operations.ministry_state import MinistryState, short_time
from gui.outside_file import ReadMessages, read_outside_file
from gui.pdf.sandbox import PdfSandbox
from gui.signing.verify import (
    BROKEN,
    TRUSTED,
    UNSIGNED,
    UNVERIFIED,
    Trust,
    Verification,
    agency_names_unit,
    load_trust,
)
from gui.store.replies import ReplyRepository
from gui.store.reports import ReportStore

MINISTRY_NAME = "Bộ Công Thương"
MAX_REPLY_FILE_BYTES = 5 * 1024 * 1024  # a receipt or letter is a page or two: tens of KB


@dataclass(frozen=True)
class Received:
    """What became of one file: `changed` when it was recorded; `line` is what the person reads."""

    path: Path
    line: str
    changed: bool = False
    already: bool = False  # opened before: nothing new, nothing refused
    report_id: int | None = None
    kind: str = ""
    trusted: bool = False


# --- the Ministry's certificate -------------------------------------------------------------------------------


def load_ministry_certificate(store: ReportStore, path: Path) -> str:
    """Trust the Ministry's certificate in `path` (PEM or DER; its root or its own) from now on; returns who it
    names. A file that is not a certificate raises UserError."""
    trust = load_trust([path])
    certs = [*trust.roots, *trust.intermediates]
    if not certs:
        raise UserError(
            translate("Operations", "Tệp {path} không chứa chứng thư số nào.").format(path=shown_path(path))
        )
    repo = ReplyRepository(store)
    names = []
    for cert in certs:
        subject = cert.subject.human_friendly
        repo.add_certificate(cert.sha256.hex(), cert.dump(), subject)
        names.append(subject)
    return "; ".join(names)


def ministry_trust(store: ReportStore) -> tuple[Trust, frozenset[str]]:
    """The certificates this database trusts for the Ministry's documents, and their fingerprints."""
    # lazy: asn1crypto is imported when a certificate is read
    from asn1crypto import x509

    stored = ReplyRepository(store).certificates()
    certs = tuple(x509.Certificate.load(c.der) for c in stored)
    roots = tuple(c for c in certs if c.self_signed in ("yes", "maybe"))
    others = tuple(c for c in certs if c.self_signed not in ("yes", "maybe"))
    return Trust(roots=roots, intermediates=others), frozenset(c.fingerprint for c in stored)


def of_the_ministry(verification: Verification, fingerprints: frozenset[str]) -> bool:
    """Signed, intact, and every signature by a certificate the province loaded as the Ministry's, or chained to a
    root it loaded and issued to Bộ Công Thương itself: O= exactly "Bộ Công Thương" (accents, case and spacing
    aside), as a unit's agency certificate must name the unit (issue 20). A name that merely contains it — "Cục
    Quản lý thị trường, Bộ Công Thương", a company's — is not the Ministry's, nor is an address field."""
    if verification.status in (UNSIGNED, BROKEN) or not verification.signatures:
        return False
    for check in verification.signatures:
        if not (check.intact and check.covered):
            return False
        if check.fingerprint in fingerprints:
            continue
        if check.trusted and agency_names_unit(check.organisation, MINISTRY_NAME, kind="ministry"):
            continue
        return False
    return True


# --- receiving --------------------------------------------------------------------------------------------------


def receive_files(
    store: ReportStore, paths: list[Path], *, trust_paths: list[Path] | tuple[Path, ...] = ()
) -> list[Received]:
    """Open each file; one result per file, in order. `trust_paths`: the Ministry's certificate, trusted from now
    on (as loaded in Settings)."""
    for path in trust_paths:
        load_ministry_certificate(store, path)
    trust, fingerprints = ministry_trust(store)
    results = []
    with PdfSandbox(pages=False) as sandbox:
        for path in paths:
            try:
                results.append(_receive(store, Path(path), sandbox, trust, fingerprints))
            except (UserError, DocumentError) as error:
                results.append(_refuse(Path(path), str(error)))
    return results


def _refuse(path: Path, text: str) -> Received:
    return Received(path, f"{shown_path(path)}: {text} " + translate("Operations", "Không thay đổi gì."))


def _receive(
    store: ReportStore, path: Path, sandbox: PdfSandbox, trust: Trust, fingerprints: frozenset[str]
) -> Received:
    messages = ReadMessages(
        missing=translate("Operations", "Không tìm thấy tệp."),
        folder=translate("Operations", "Đây là một thư mục, không phải tệp."),
        not_regular=translate("Operations", "Không phải tệp thông thường."),
        empty=translate("Operations", "Tệp rỗng (0 byte)."),
        unreadable=translate("Operations", "Không đọc được tệp: {error}."),
        too_large=translate("Operations", "Tệp quá lớn ({size}; tối đa {limit}): không phải văn bản của Bộ."),
        grew=translate("Operations", "Tệp quá lớn (hơn {limit}): không phải văn bản của Bộ."),
    )
    try:
        data = read_outside_file(path, min(MAX_REPLY_FILE_BYTES, MAX_FILE_BYTES), messages)
    except UserError as error:
        return _refuse(path, str(error))
    if b"%PDF-" not in data[:1024]:
        return _refuse(path, translate("Operations", "Không phải tệp PDF."))
    file_sha = hashlib.sha256(data).hexdigest()
    repo = ReplyRepository(store)
    seen = repo.reply_with_file(file_sha)
    if seen is not None:
        return Received(
            path,
            translate("Operations", "{path}: đã mở tệp này lúc {time}; không có gì mới.").format(
                path=shown_path(path), time=short_time(seen.received_at)
            ),
            already=True,
            report_id=seen.report_id,
            kind=seen.kind,
            trusted=seen.status == "trusted",
        )
    verification = sandbox.verify(data, trust)
    if verification.status == BROKEN:
        return _refuse(
            path,
            translate("Operations", "Chữ ký số hỏng hoặc văn bản đã bị sửa sau khi ký: không phải văn bản Bộ đã gửi."),
        )
    trusted = of_the_ministry(verification, fingerprints)
    # Read what was signed, never what an update after the signature may have added.
    signed = verification.signed_data if verification.signed_data else data
    reply = read_reply(sandbox.read_reply(signed))
    problem = _match(store, reply)
    if isinstance(problem, str):
        return _refuse(path, problem)
    report_id = problem
    repo.add_reply(
        report_id=report_id,
        kind=reply.kind,
        reply_id=reply.id,
        version_updated_at=reply.version.updated_at,
        status=TRUSTED if trusted else UNVERIFIED,
        summary=verification.summary(),
        data=reply.to_data(),
        file_sha256=file_sha,
        file_name=path.name,
    )
    state = MinistryState(kind=reply.kind, reply=reply, trusted=trusted, received_at="")
    return Received(
        path, f"{shown_path(path)}: {state.text}.", changed=True, report_id=report_id, kind=reply.kind, trusted=trusted
    )


def _match(store: ReportStore, reply: Reply) -> int | str:
    """Our report the reply speaks of, or why it speaks of none."""
    row = ReplyRepository(store).own_report(reply.version.uid)
    what = translate("Operations", "giấy xác nhận") if reply.kind == RECEIPT else translate("Operations", "công văn")
    if row is None:
        return translate(
            "Operations", "{what} của Bộ nói về một báo cáo không có trong máy này ({unit}, kỳ {period})."
        ).format(what=what.capitalize(), unit=reply.unit.name, period=reply.period.id)
    report_id, kind, code, name, period_id, updated_at = (
        row.id,
        row.unit_kind,
        row.unit_code,
        row.unit_name,
        row.period_id,
        row.updated_at,
    )
    if (kind, code) != (reply.unit.kind, reply.unit.code):
        return translate("Operations", "{what} gửi {other}, không phải {unit}.").format(
            what=what.capitalize(), other=reply.unit.name, unit=name
        )
    if period_id != reply.period.id:
        return translate("Operations", "{what} nói về kỳ {other}, báo cáo này là kỳ {period}.").format(
            what=what.capitalize(), other=reply.period.id, period=period_id
        )
    sent = ReplyRepository(store).last_sent_version(report_id)
    if sent and reply.version.updated_at < sent:
        return translate(
            "Operations",
            "{what} nói về phiên bản cũ (cập nhật lúc {old}); đơn vị đã xuất bản mới hơn (cập nhật lúc {new}).",
        ).format(what=what.capitalize(), old=short_time(reply.version.updated_at), new=short_time(sent))
    if reply.version.updated_at > updated_at:
        return translate(
            "Operations", "{what} nói về một phiên bản (cập nhật lúc {time}) mà máy này chưa từng có."
        ).format(what=what.capitalize(), time=short_time(reply.version.updated_at))
    return report_id
