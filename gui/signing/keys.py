"""The signing key: from a .pfx/.p12 file or a PKCS#11 USB token, its certificate checked before anything is signed.

    load_pfx(path, password, now=None) -> SigningKey
    open_token(module, pin, token_label=None, now=None) -> SigningKey      (call key.close() when done)
    check_certificate(cert, now)                                            raises SigningError

The PIN or password is only passed through to the token or the PKCS#12 decoder: never stored, logged or put in
a message. Every failure a person can fix is a SigningError with a Vietnamese message.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ec import ECDSA, EllipticCurvePrivateKey, EllipticCurvePublicKey
from cryptography.hazmat.primitives.asymmetric.padding import MGF1, PSS, PKCS1v15
from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey, RSAPublicKey
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from gui.core.dates import VIETNAM, vn_date_time
from gui.core.i18n import translate
from gui.outside_file import ReadMessages, read_outside_file
from gui.signing.errors import SigningError

if TYPE_CHECKING:
    import pkcs11
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives.asymmetric.types import PrivateKeyTypes
    from pkcs11._pkcs11 import lib as Pkcs11Library
    from pyhanko.sign.signers import Signer, SimpleSigner

MAX_PFX_BYTES = 1024 * 1024
MIN_RSA_BITS = 2048  # Thông tư 15/2025/TT-BKHCN: RSA keys of 2048 bits or more, ECDSA of 256 bits or more
MIN_EC_BITS = 256


@dataclass(kw_only=True)
class SigningKey:
    """A pyHanko signer with its certificate (cryptography's x509) and what to release afterwards."""

    signer: Signer
    certificate: x509.Certificate
    source: str  # "pfx" or "pkcs11", for the export log
    algorithm: str = ""  # how it signs, e.g. "RSASSA-PSS, SHA-256" (algorithm_name)
    _close: Callable[[], None] = field(default=lambda: None, repr=False)

    @property
    def holder(self) -> str:
        return name_part(self.certificate.subject, NameOID.COMMON_NAME)

    @property
    def organisation(self) -> str:
        return name_part(self.certificate.subject, NameOID.ORGANIZATION_NAME)

    def close(self) -> None:
        self._close()


def name_part(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value) if values else ""


def _day(moment: dt.datetime) -> str:
    return vn_date_time(moment.astimezone(VIETNAM))


def check_certificate(cert: x509.Certificate, now: dt.datetime | None = None) -> None:
    """Refuse a certificate that is expired, not yet valid, not allowed to sign (a CA's, or the wrong usage), or
    whose key is weaker than Thông tư 15/2025/TT-BKHCN allows (RSA under 2048 bits, ECDSA under 256)."""
    now = now or dt.datetime.now(dt.UTC)
    start, end = cert.not_valid_before_utc, cert.not_valid_after_utc
    holder = name_part(cert.subject, NameOID.COMMON_NAME) or cert.subject.rfc4514_string()
    weak = _weak_key(cert)
    if weak:
        raise SigningError(
            translate(
                "Signing",
                "Chứng thư số của {holder} dùng khóa {key}, yếu hơn mức Thông tư 15/2025/TT-BKHCN cho phép (RSA từ "
                "2048 bit, ECDSA từ 256 bit). Hãy đề nghị tổ chức cung cấp dịch vụ cấp chứng thư số mới. Chưa ký.",
            ).format(holder=holder, key=weak)
        )
    span = translate("Signing", "hiệu lực từ {start} đến {end}").format(start=_day(start), end=_day(end))
    if now < start:
        raise SigningError(
            translate("Signing", "Chứng thư số của {holder} chưa có hiệu lực ({span}). Chưa ký.").format(
                holder=holder, span=span
            )
        )
    if now > end:
        raise SigningError(
            translate(
                "Signing",
                "Chứng thư số của {holder} đã hết hạn ({span}). Hãy gia hạn hoặc dùng chứng thư số còn hiệu lực. "
                "Chưa ký.",
            ).format(holder=holder, span=span)
        )
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        usage = None
    try:
        is_ca = cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    except x509.ExtensionNotFound:
        is_ca = False
    if is_ca or (usage is not None and not (usage.digital_signature or usage.content_commitment)):
        raise SigningError(
            translate(
                "Signing",
                "Chứng thư số của {holder} không được phép dùng để ký văn bản (thiếu mục đích “ký số”). "
                "Hãy dùng chứng thư số ký số do tổ chức cung cấp dịch vụ chứng thực cấp cho người ký. Chưa ký.",
            ).format(holder=holder)
        )


def _weak_key(cert: x509.Certificate) -> str | None:
    """The key's kind and size when it is too weak or of a kind the rules do not allow; None when it is fine."""
    try:
        key = cert.public_key()
    except ValueError:  # a key cryptography cannot read: nothing can be signed with it here either
        return "?"
    if isinstance(key, RSAPublicKey):
        return None if key.key_size >= MIN_RSA_BITS else f"RSA {key.key_size} bit"
    if isinstance(key, EllipticCurvePublicKey):
        return None if key.curve.key_size >= MIN_EC_BITS else f"ECDSA {key.curve.name} ({key.curve.key_size} bit)"
    return type(key).__name__


def algorithm_name(cert: x509.Certificate, pss: bool) -> str:
    """How a signature with this certificate's key is made, as a person reads it: 'RSASSA-PSS, SHA-256'."""
    key = cert.public_key()
    if isinstance(key, EllipticCurvePublicKey):
        return "ECDSA, SHA-256"
    return "RSASSA-PSS, SHA-256" if pss else "RSA PKCS#1 v1.5, SHA-256"


# --- .pfx / .p12 -----------------------------------------------------------------------------------------------


def load_pfx(path: Path, password: str, now: dt.datetime | None = None) -> SigningKey:
    path = Path(path)
    messages = ReadMessages(
        missing=translate("Signing", "Không tìm thấy tệp chứng thư số: {path}"),
        folder=translate("Signing", "Tệp chứng thư số phải là một tệp .pfx/.p12, không phải thư mục: {path}"),
        unreadable=translate("Signing", "Không đọc được tệp chứng thư số {path}: {error}"),
        too_large=translate("Signing", "Tệp {path} quá lớn để là chứng thư số .pfx/.p12."),
    )
    data = read_outside_file(path, MAX_PFX_BYTES, messages, SigningError)
    passphrase = password.encode("utf-8") if password else None
    try:
        key, cert, _others = pkcs12.load_key_and_certificates(data, passphrase)
    except ValueError:
        if not _is_pkcs12(data):
            raise SigningError(
                translate("Signing", "Tệp {path} không phải tệp chứng thư số .pfx/.p12.").format(path=path)
            ) from None
        raise SigningError(
            translate("Signing", "Mật khẩu của tệp chứng thư số {name} không đúng. Hãy nhập lại. Chưa ký.").format(
                name=path.name
            )
        ) from None
    if key is None or cert is None:
        raise SigningError(
            translate("Signing", "Tệp {name} không chứa khóa bí mật và chứng thư số để ký.").format(name=path.name)
        )
    check_certificate(cert, now)
    signer = _loaded_signer(key, cert, _others)
    return SigningKey(signer=signer, certificate=cert, source="pfx", algorithm=algorithm_name(cert, signer.prefer_pss))


def _loaded_signer(key: PrivateKeyTypes, cert: x509.Certificate, others: list[x509.Certificate]) -> SimpleSigner:
    """pyHanko's SimpleSigner from the key and certificates already decrypted (the PKCS#12 key derivation is
    slow and done once), signing with the loaded key: SimpleSigner would parse the key again for every
    signature it makes (twice per PDF signature, ~40 ms each for RSA)."""
    # lazy: pyHanko (~100 modules) is imported when a key signs, not when gui.signing.report_signatures is imported to look at a file
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore
    from pyhanko_certvalidator.util import get_pyca_cryptography_hash

    class LoadedKeySigner(SimpleSigner):
        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            algorithm = self.get_signature_mechanism_for_digest(digest_algorithm)
            mechanism = algorithm.signature_algo
            hash_algo = get_pyca_cryptography_hash(digest_algorithm)
            if mechanism == "rsassa_pss" and isinstance(key, RSAPrivateKey):
                params = algorithm["parameters"]
                mgf_hash = get_pyca_cryptography_hash(params["mask_gen_algorithm"]["parameters"]["algorithm"].native)
                padding = PSS(mgf=MGF1(mgf_hash), salt_length=params["salt_length"].native)
                return key.sign(data, padding, hash_algo)
            if mechanism == "rsassa_pkcs1v15" and isinstance(key, RSAPrivateKey):
                return key.sign(data, PKCS1v15(), hash_algo)
            if mechanism == "ecdsa" and isinstance(key, EllipticCurvePrivateKey):
                return key.sign(data, ECDSA(hash_algo))
            return super().sign_raw(data, digest_algorithm)

    def asn1(c: x509.Certificate) -> asn1_x509.Certificate:
        return asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER))

    registry = SimpleCertificateStore()
    registry.register_multiple([asn1(c) for c in others])
    der_key = key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    # RSA signs with RSASSA-PSS (Thông tư 15/2025/TT-BKHCN: PKCS#1 v2.1 or later); ECDSA as it is.
    return LoadedKeySigner(
        signing_cert=asn1(cert),
        signing_key=asn1_keys.PrivateKeyInfo.load(der_key),
        cert_registry=registry,
        prefer_pss=isinstance(key, RSAPrivateKey),
    )


def _is_pkcs12(data: bytes) -> bool:
    # lazy: asn1crypto is imported when a .pfx is read
    from asn1crypto import pkcs12

    try:
        pkcs12.Pfx.load(data)["auth_safe"]["content_type"].native  # noqa: B018  # parses the outer structure
        return True
    except (ValueError, TypeError, KeyError):
        return False


# --- PKCS#11 tokens ----------------------------------------------------------------------------------------------


def open_token(module: Path, pin: str, *, token_label: str | None = None, now: dt.datetime | None = None) -> SigningKey:
    """Log in to the token with the PIN and pick its signing certificate (the valid one with a private key)."""
    # lazy: python-pkcs11 is imported only for a token: a .pfx needs none of it
    import pkcs11
    from pkcs11 import exceptions as p11e

    tokens = _present_tokens(Path(module))
    if token_label:
        tokens = [t for t in tokens if t.label.strip() == token_label.strip()]
        if not tokens:
            raise SigningError(
                translate(
                    "Signing", "Không thấy USB token có nhãn “{label}”. Hãy cắm đúng token và thử lại. Chưa ký."
                ).format(label=token_label)
            )
    if not tokens:
        raise SigningError(
            translate("Signing", "Không thấy USB token nào được cắm vào máy. Hãy cắm token ký số và thử lại. Chưa ký.")
        )
    if len(tokens) > 1:
        labels = ", ".join(f"“{t.label.strip()}”" for t in tokens)
        raise SigningError(
            translate(
                "Signing", "Có {count} USB token đang cắm ({labels}): hãy chọn một (--token-label). Chưa ký."
            ).format(count=len(tokens), labels=labels)
        )
    token = tokens[0]
    if pkcs11.TokenFlag.USER_PIN_LOCKED in token.flags:
        raise SigningError(_locked())
    if not pin:
        raise SigningError(translate("Signing", "Chưa nhập mã PIN của USB token. Chưa ký."))
    try:
        session = token.open(user_pin=pin)
    except p11e.PinIncorrect:
        raise SigningError(_wrong_pin(token.slot.get_token().flags)) from None
    except p11e.PinLocked:
        raise SigningError(_locked()) from None
    except (p11e.PinLenRange, p11e.PinInvalid):
        raise SigningError(
            translate(
                "Signing", "Mã PIN không đúng định dạng token yêu cầu (độ dài hoặc ký tự). Hãy nhập lại. Chưa ký."
            )
        ) from None
    except p11e.TokenNotPresent:
        raise SigningError(
            translate("Signing", "USB token đã bị rút ra. Hãy cắm lại token và thử lại. Chưa ký.")
        ) from None
    except p11e.PKCS11Error as error:
        raise SigningError(
            translate("Signing", "USB token báo lỗi khi đăng nhập ({error}). Chưa ký.").format(
                error=type(error).__name__
            )
        ) from None
    try:
        return _token_key(session, now)
    except BaseException:
        session.close()
        raise


def _locked() -> str:
    return translate(
        "Signing",
        "Mã PIN của USB token đã bị khóa do nhập sai quá số lần cho phép. Hãy liên hệ nhà cung cấp chứng thư số "
        "để mở khóa. Chưa ký.",
    )


def _wrong_pin(flags: pkcs11.TokenFlag) -> str:
    # lazy: python-pkcs11 is imported only for a token: a .pfx needs none of it
    import pkcs11

    if pkcs11.TokenFlag.USER_PIN_LOCKED in flags:
        return _locked()
    if pkcs11.TokenFlag.USER_PIN_FINAL_TRY in flags:
        left = translate("Signing", " Token báo chỉ còn 1 lần thử: nhập sai lần nữa token sẽ bị khóa.")
    elif pkcs11.TokenFlag.USER_PIN_COUNT_LOW in flags:
        left = translate("Signing", " Token báo số lần thử còn lại không nhiều.")
    else:
        left = ""
    return translate("Signing", "Mã PIN của USB token không đúng.{left} Hãy nhập lại. Chưa ký.").format(left=left)


_libraries: dict[str, Pkcs11Library] = {}


def _present_tokens(module: Path) -> list[pkcs11.Token]:
    # lazy: python-pkcs11 is imported only for a token: a .pfx needs none of it
    import pkcs11
    from pkcs11 import exceptions as p11e

    if not module.is_file():
        raise SigningError(
            translate(
                "Signing",
                "Không tìm thấy thư viện PKCS#11 của USB token: {module}. Hãy cài trình điều khiển token của nhà cung "
                "cấp chứng thư số và chọn lại đường dẫn trong Cài đặt. Chưa ký.",
            ).format(module=module)
        )
    key = str(module.resolve())
    try:
        lib = _libraries.get(key) or _libraries.setdefault(key, pkcs11.lib(key))
        tokens = [slot.get_token() for slot in lib.get_slots(token_present=True)]
        # A blank token (never initialised: SoftHSM's free slot, a new card) holds no certificate.
        return [t for t in tokens if pkcs11.TokenFlag.TOKEN_INITIALIZED in t.flags]
    except (OSError, RuntimeError, p11e.PKCS11Error) as error:
        raise SigningError(
            translate(
                "Signing",
                "Không nạp được thư viện PKCS#11 {module} ({error}): có thể không phải trình điều khiển "
                "USB token, hoặc không hợp với máy này (32/64 bit). Chưa ký.",
            ).format(module=module, error=type(error).__name__)
        ) from None


def _token_key(session: pkcs11.Session, now: dt.datetime | None) -> SigningKey:
    # lazy: python-pkcs11 is imported only for a token: a .pfx needs none of it
    from pkcs11 import Attribute, Mechanism, ObjectClass
    from pyhanko.sign.pkcs11 import PKCS11Signer

    try:
        mechanisms = set(session.token.slot.get_mechanisms())
    except Exception:  # a driver that cannot list them: the plain mechanisms every token has
        mechanisms = set()

    key_ids = {k[Attribute.ID] for k in session.get_objects({Attribute.CLASS: ObjectClass.PRIVATE_KEY})}
    candidates: list[tuple[bytes, x509.Certificate]] = []
    for obj in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
        cert_id = obj[Attribute.ID]
        if cert_id in key_ids:
            candidates.append((cert_id, x509.load_der_x509_certificate(obj[Attribute.VALUE])))
    if not candidates:
        raise SigningError(translate("Signing", "USB token không có chứng thư số kèm khóa bí mật để ký. Chưa ký."))
    # Several certificates (an old one kept after renewal): the first one that passes the checks; else say why
    # the last one failed.
    problem: SigningError | None = None
    for cert_id, cert in candidates:
        try:
            check_certificate(cert, now)
        except SigningError as error:
            problem = error
            continue
        # RSASSA-PSS when the token offers it (Thông tư 15/2025); a token that does not signs PKCS#1 v1.5, which
        # the Ministry still verifies. An EC key is hashed here when the token has no hashing ECDSA mechanism.
        is_rsa = isinstance(cert.public_key(), RSAPublicKey)
        pss = is_rsa and Mechanism.SHA256_RSA_PKCS_PSS in mechanisms
        raw_ec = not is_rsa and Mechanism.ECDSA_SHA256 not in mechanisms
        signer = PKCS11Signer(session, cert_id=cert_id, key_id=cert_id, prefer_pss=pss, use_raw_mechanism=raw_ec)
        return SigningKey(
            signer=signer, certificate=cert, source="pkcs11", algorithm=algorithm_name(cert, pss), _close=session.close
        )
    assert problem is not None
    raise problem
