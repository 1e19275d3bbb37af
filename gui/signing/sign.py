"""Signing a report PDF: a PAdES signature with SHA-256, added as an incremental update.

    sign_pdf(data, key, role, image=None, *, timestamp_url=None, block=None) -> SignResult

Roles (Nghị định 30/2020, Điều 5): "signer", the competent person, whose image is the handwritten signature;
"agency", the agency's signature applied by the clerk, whose image is the seal (gui.signing.placement says
where each goes). B-T (a signature timestamp) when a timestamp server is given and answers; when it does not,
the file is signed B-B and the result says so: being offline never blocks signing. The bytes before the new
signature, the embedded report data and any earlier signature included, are left exactly as they were.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography import x509

from gui.core.i18n import QT_TRANSLATE_NOOP, translate
from gui.signing.errors import SigningError
from gui.signing.keys import SigningKey
from gui.signing.placement import Box, Picture, image_box, load_picture
from gui.signing.roles import FIELD_NAMES, Role
from gui.signing.verify import Trust, verify_pdf

if TYPE_CHECKING:
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.timestamps import HTTPTimeStamper

log = logging.getLogger(__name__)

ROLES = (Role.SIGNER, Role.AGENCY)
# REASONS go into the signature itself and stay Vietnamese.
REASONS = {Role.SIGNER: "Người có thẩm quyền ký", Role.AGENCY: "Văn thư ký số của cơ quan"}
IMAGE_WHAT = {
    Role.SIGNER: QT_TRANSLATE_NOOP("Signing", "ảnh chữ ký"),
    Role.AGENCY: QT_TRANSLATE_NOOP("Signing", "ảnh con dấu"),
}
TIMESTAMP_TIMEOUT = 6  # seconds


@dataclass(frozen=True, kw_only=True)
class SignResult:
    data: bytes
    role: Role
    holder: str
    organisation: str
    signed_at: dt.datetime
    timestamped: bool
    notes: tuple[str, ...] = ()
    revocation_embedded: bool = False  # the chain's revocation data (CRL/OCSP) is in the file: PAdES B-LT
    algorithm: str = ""  # e.g. "RSASSA-PSS, SHA-256"

    @property
    def level(self) -> str:
        """The PAdES baseline level the file's new signature reaches."""
        if self.revocation_embedded:
            return "PAdES B-LT"
        return "PAdES B-T" if self.timestamped else "PAdES B-B"


def sign_pdf(
    data: bytes,
    key: SigningKey,
    role: Role | str,
    image: Path | None = None,
    *,
    timestamp_url: str | None = None,
    block: Box | None = None,
) -> SignResult:
    """`role`: a Role, or its value as typed (anything else is refused with a message); `block`: the signature
    block when the file records none (gui.signing.placement.signature_block)."""
    # lazy: pyHanko (~100 modules) is imported when a file is signed, not when gui.signing.report_signatures is imported to look at one
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError

    if role not in ROLES:
        raise SigningError(
            translate(
                "Signing",
                "Vai trò ký phải là “signer” (người có thẩm quyền) hoặc “agency” (cơ quan), không phải “{role}”.",
            ).format(role=role)
        )
    role = Role(role)
    picture = load_picture(image, translate("Signing", IMAGE_WHAT[role])) if image is not None else None
    if not data.startswith(b"%PDF-") and b"%PDF-" not in data[:1024]:
        raise SigningError(translate("Signing", "Tệp cần ký không phải là tệp PDF."))
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    except (PdfError, ValueError, KeyError, TypeError) as error:
        log.info("Unreadable PDF to sign: %s", error)
        raise SigningError(
            translate(
                "Signing",
                "Tệp PDF bị hỏng hoặc không trọn vẹn (có thể bị cắt cụt khi sao chép, tải về), không ký được. Hãy xuất "
                "lại tệp PDF từ ứng dụng.",
            )
        ) from None
    if writer.prev.encrypted:
        raise SigningError(translate("Signing", "Tệp PDF được mã hóa bằng mật khẩu: không ký được."))
    check_order(data, role)
    box = image_box(writer.prev, role, picture, block)
    timestamper = _timestamper(timestamp_url)
    notes: list[str] = []
    if timestamp_url and timestamper is None:
        notes.append(translate("Signing", _NO_TIMESTAMP))
    revinfo = _revocation_context(key)
    try:
        signed = _sign(data, key, role, picture, box, timestamper, revinfo)
    except OSError as error:  # the timestamp server answered the first request, not the real one
        if timestamper is None:
            raise
        log.warning("Timestamp server failed during signing: %s", type(error).__name__)
        notes.append(translate("Signing", _NO_TIMESTAMP))
        timestamper = None
        signed = _sign(data, key, role, picture, box, None, revinfo)
    except _RevocationUnavailable:
        revinfo = None
        signed = _sign(data, key, role, picture, box, timestamper, None)
    embedded = revinfo is not None and _has_revocation_data(signed, data)
    if not embedded:
        notes.append(translate("Signing", _NO_REVOCATION))
    return SignResult(
        data=signed,
        role=role,
        holder=key.holder,
        organisation=key.organisation,
        signed_at=dt.datetime.now(dt.UTC),
        timestamped=timestamper is not None,
        notes=tuple(notes),
        revocation_embedded=embedded,
        algorithm=key.algorithm,
    )


_NO_REVOCATION = QT_TRANSLATE_NOOP(
    "Signing",
    "Không lấy được thông tin thu hồi của chứng thư số qua mạng (máy không kết nối, hoặc chứng thư số không ghi nơi "
    "cung cấp): chữ ký không kèm thông tin thu hồi (không đạt PAdES B-LT); Bộ sẽ kiểm tra thu hồi khi nhận.",
)
REVOCATION_SECONDS = 4  # a CRL or OCSP request while signing, at most


class _RevocationUnavailable(Exception):
    """pyHanko could not gather the chain's revocation data while signing."""


def _revocation_context(key: SigningKey) -> Any:
    """A validation context that fetches the chain's CRLs/OCSP answers (short timeout) to embed them (B-LT), when
    the signing certificate says where they are (CRL distribution points, OCSP); None otherwise: nothing to fetch,
    and an offline PC is not kept waiting."""
    cert = key.certificate
    declared = False
    for kind in (x509.CRLDistributionPoints, x509.AuthorityInformationAccess):
        try:
            cert.extensions.get_extension_for_class(kind)
            declared = True
        except x509.ExtensionNotFound:
            continue
    if not declared:
        return None
    # lazy: pyHanko's validation and requests are imported only when there is revocation data to fetch
    from pyhanko_certvalidator import ValidationContext

    try:
        # lazy: as above
        from pyhanko_certvalidator.fetchers.requests_fetchers import RequestsFetcherBackend
    except ImportError:  # a bundle built without `requests`: signed without revocation data, and said so
        return None

    signer = key.signer
    registry = signer.cert_registry
    chain = [signer.signing_cert, *(list(registry) if registry is not None else [])]
    anchors = [c for c in chain if c.self_signed in ("yes", "maybe")]
    if not anchors:  # the .pfx or token without its root: the top of the chain it has anchors the path
        subjects = {c.subject.dump() for c in chain}
        anchors = [c for c in chain if c.issuer.dump() not in subjects] or [signer.signing_cert]
    return ValidationContext(
        trust_roots=anchors,
        other_certs=chain,
        allow_fetching=True,
        revocation_mode="hard-fail",
        fetcher_backend=RequestsFetcherBackend(per_request_timeout=REVOCATION_SECONDS),
    )


def _has_revocation_data(signed: bytes, before: bytes) -> bool:
    """Signing added CRLs or OCSP answers to the file's DSS (for a second signature the DSS the first one wrote is
    updated: the catalog, which names it, is not written again)."""
    return _revocation_items(signed) > _revocation_items(before)


def _revocation_items(data: bytes) -> int:
    """How many CRLs and OCSP answers the file's DSS lists (read by pyHanko; 0 without one)."""
    if b"/DSS" not in data:
        return 0
    # lazy: pyHanko, as above
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    try:
        dss = DocumentSecurityStore.read_dss(PdfFileReader(io.BytesIO(data), strict=False))
    except Exception:  # no DSS, or one pyHanko cannot read: nothing embedded
        return 0
    return len(dss.ocsps) + len(dss.crls)


def check_order(data: bytes, role: Role) -> None:
    """The competent person signs first, the agency second (Nghị định 30/2020, Điều 5): the agency signs only over
    an intact signature of the competent person, and nobody signs after the agency. SigningError otherwise."""
    existing = verify_pdf(data, Trust()) if b"/ByteRange" in data else None  # integrity only: no roots needed
    roles = existing.roles if existing is not None else ()
    if Role.AGENCY in roles:
        raise SigningError(
            translate(
                "Signing",
                "Tệp đã có chữ ký số của cơ quan: chữ ký của cơ quan là chữ ký cuối cùng, không ký thêm được. Chưa ký.",
            )
        )
    if role is Role.SIGNER and existing is not None and existing.signatures:
        raise SigningError(
            translate(
                "Signing",
                "Tệp đã có chữ ký số của người có thẩm quyền ({holder}): mỗi báo cáo chỉ một người có thẩm quyền ký. "
                "Bước tiếp theo là văn thư ký số của cơ quan (vai trò cơ quan). Chưa ký.",
            ).format(holder=existing.signatures[0].holder or "?")
        )
    if role is Role.AGENCY:
        signer = existing.by_role(Role.SIGNER) if existing is not None else None
        if signer is None:
            raise SigningError(
                translate(
                    "Signing",
                    "Tệp chưa có chữ ký số của người có thẩm quyền: người có thẩm quyền ký trước, văn thư ký số của "
                    "cơ quan sau. Chưa ký.",
                )
            )
        if not (signer.intact and signer.covered) or len(roles) != 1:
            problems = "; ".join(signer.problems) or translate("Signing", "chữ ký không hợp lệ")
            raise SigningError(
                translate(
                    "Signing",
                    "Chữ ký số của người có thẩm quyền trong tệp không còn nguyên vẹn ({problems}): cơ quan không ký "
                    "lên tệp này. Hãy xuất lại PDF và ký lại từ đầu. Chưa ký.",
                ).format(problems=problems)
            )


_NO_TIMESTAMP = QT_TRANSLATE_NOOP(
    "Signing",
    "Không kết nối được máy chủ dấu thời gian: đã ký không kèm dấu thời gian (PAdES B-B); chữ ký vẫn hợp lệ.",
)


def _timestamper(url: str | None) -> HTTPTimeStamper | None:
    """A timestamp client when the server answers a first request; None otherwise (offline: sign B-B)."""
    if not url:
        return None
    # lazy: asyncio is imported when a timestamp is fetched
    import asyncio

    # lazy: pyHanko, as above
    from pyhanko.sign.timestamps import HTTPTimeStamper

    try:
        timestamper = HTTPTimeStamper(url, timeout=TIMESTAMP_TIMEOUT)
        asyncio.run(timestamper.async_dummy_response("sha256"))
    except (OSError, ValueError, ImportError) as error:  # ImportError: a bundle built without `requests`
        log.info("Timestamp server %s did not answer: %s", url, type(error).__name__)
        return None
    return timestamper


def _field_name(reader: PdfFileReader, role: Role) -> str:
    # lazy: pyHanko, as above
    from pyhanko.sign.fields import enumerate_sig_fields

    taken = {name for name, _value, _ref in enumerate_sig_fields(reader)}
    base = FIELD_NAMES[role]
    name, n = base, 1
    while name in taken:
        n += 1
        name = f"{base}{n}"
    return name


def _sign(
    data: bytes,
    key: SigningKey,
    role: Role,
    picture: Picture | None,
    box: Box | None,
    timestamper: HTTPTimeStamper | None,
    revinfo: Any = None,
) -> bytes:
    # lazy: pyHanko, as above
    from pyhanko.pdf_utils import layout
    from pyhanko.pdf_utils.images import PdfImage
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.general import SigningError as PyHankoSigningError
    from pyhanko.stamp import StaticStampStyle

    writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    name = _field_name(writer.prev, role)
    meta = signers.PdfSignatureMetadata(
        field_name=name,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=REASONS[role],
        name=key.holder or None,
        embed_validation_info=revinfo is not None,
        validation_context=revinfo,
    )
    style = None
    if picture is not None and box is not None:
        spec = fields.SigFieldSpec(name, on_page=box.page, box=box.ints())
        style = StaticStampStyle(
            background=PdfImage(picture.image, writer=writer),
            border_width=0,
            background_opacity=1.0,
            background_layout=layout.SimpleBoxLayoutRule(
                x_align=layout.AxisAlignment.ALIGN_MID,
                y_align=layout.AxisAlignment.ALIGN_MID,
                margins=layout.Margins(),
                inner_content_scaling=layout.InnerScaling.STRETCH_TO_FIT,
            ),
        )
    else:
        spec = fields.SigFieldSpec(name)
    signer = signers.PdfSigner(meta, key.signer, timestamper=timestamper, stamp_style=style, new_field_spec=spec)
    output = io.BytesIO()
    try:
        signer.sign_pdf(writer, output=output)
    except PyHankoSigningError as error:
        if revinfo is not None and _revoked(error):
            # Checked before signing (Thông tư 15/2025/TT-BKHCN): the issuer's CRL or OCSP answer says revoked.
            raise SigningError(
                translate(
                    "Signing",
                    "Chứng thư số của {holder} đã bị thu hồi (theo danh sách thu hồi CRL hoặc trả lời OCSP của tổ "
                    "chức cấp chứng thư số): không ký bằng chứng thư số này được. Hãy dùng chứng thư số còn hiệu lực. "
                    "Chưa ký.",
                ).format(holder=key.holder or key.organisation or "?")
            ) from None
        if revinfo is not None:
            raise _RevocationUnavailable from error
        raise SigningError(translate("Signing", "Không ký được: {error}").format(error=error)) from None
    except Exception as error:
        _raise_token_error(error)
        if revinfo is not None and not isinstance(error, OSError):
            log.info("Revocation data not embedded: %s", type(error).__name__)
            raise _RevocationUnavailable from error
        raise
    return output.getvalue()


def _revoked(error: BaseException) -> bool:
    """pyHanko's validation of the signing certificate failed because it is revoked (its cause says so)."""
    # lazy: pyHanko's certificate validator, as above
    from pyhanko_certvalidator.errors import RevokedError

    seen: BaseException | None = error
    for _depth in range(8):
        if seen is None:
            return False
        if isinstance(seen, RevokedError):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _raise_token_error(error: Exception) -> None:
    try:
        # lazy: python-pkcs11 is imported only for a token: a .pfx needs none of it
        from pkcs11 import exceptions as p11e
    except ImportError:  # pragma: no cover - the pkcs11 extra is a dependency
        return
    if isinstance(error, p11e.TokenNotPresent | p11e.DeviceRemoved):
        raise SigningError(
            translate(
                "Signing", "USB token đã bị rút ra trong khi ký. Hãy cắm lại và ký lại. Tệp chưa ký vẫn giữ nguyên."
            )
        ) from None
    if isinstance(error, p11e.PKCS11Error):
        raise SigningError(
            translate("Signing", "USB token báo lỗi khi ký ({error}). Tệp chưa ký vẫn giữ nguyên.").format(
                error=type(error).__name__
            )
        ) from None
