"""The data a report PDF carries: its JSON document and a manifest as embedded files, and reading them back.

Writing (used by gui.pdf.official while the PDF is built):
    report_attachments(doc) -> list[Attachment]     the two files below, ready for PdfMeta.attachments
    attach_files(canvas, attachments)               EmbeddedFile streams in the catalogue's Names tree (public
                                                    Canvas.setCatalogEntry, no private reportlab state)

    bvntd-report.json    doc.canonical_bytes(): the same document as `bvntd report export-json`, canonical form
    bvntd-manifest.json  {"format": "bvntd-pdf", "format_version": 1, "template": {"id", "version"},
                          "app_version", "sha256": <SHA-256 of bvntd-report.json>, "document": "bvntd-report.json"}

Reading (the Ministry's import calls this for every file it is given):
    extract_document(source: Path | bytes) -> ReportDocument
    read_embedded(source: Path | bytes) -> EmbeddedReport   (document, manifest, sha256, the JSON bytes)

Reading is fast and careful with hostile files: only the trailer, the catalogue and the two embedded streams are
parsed (never a page); the file is capped at MAX_PDF_BYTES and each attachment at MAX_ATTACHMENT_BYTES, and a
compressed attachment is inflated in bounded steps, so a zip bomb is refused before it is expanded.
Every failure is a subclass of gui.core.document.DocumentError (exit status 2 on the command line) with a
Vietnamese message: NotPdfError, DamagedPdfError, NoEmbeddedDataError, DataMismatchError, InvalidEmbeddedDocumentError.
"""

from __future__ import annotations

import hashlib
import io
import json
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString, PDFZCompress

from gui import __version__
from gui.core import limits
from gui.core.document import DocumentError, ReportDocument, read_document
from gui.core.i18n import translate
from gui.core.silent_logger import quiet_logger
from gui.core.text import shown_path

if TYPE_CHECKING:
    from reportlab.pdfgen.canvas import Canvas

DOCUMENT_NAME = "bvntd-report.json"
MANIFEST_NAME = "bvntd-manifest.json"
MANIFEST_FORMAT = "bvntd-pdf"
# The Ministry's receipt and request for correction (gui.core.replies) carry their record the same way, under
# their own names, so neither is ever taken for a report nor a report for one of them.
REPLY_NAME = "bvntd-reply.json"
REPLY_MANIFEST_FORMAT = "bvntd-reply-pdf"
MAX_REPLY_BYTES = 1024 * 1024
MANIFEST_FORMAT_VERSION = 1
# The limits are gui.core.limits' (stated once for every reader of outside data).
MAX_PDF_BYTES = limits.MAX_FILE_BYTES
MAX_ATTACHMENT_BYTES = limits.MAX_JSON_BYTES
MAX_MANIFEST_BYTES = 64 * 1024
MAX_NAME_TREE_NODES = 256


class PdfDataError(DocumentError):
    """A PDF whose report data cannot be used; the message says why, in Vietnamese."""


class NotPdfError(PdfDataError):
    def __init__(self, what: str = "") -> None:
        super().__init__(translate("Pdf", "{what} không phải là tệp PDF.").format(what=what or translate("Pdf", "Tệp")))


class DamagedPdfError(PdfDataError):
    def __init__(self, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        super().__init__(
            translate("Pdf", "Tệp PDF bị hỏng hoặc không đầy đủ, không đọc được dữ liệu báo cáo{detail}.").format(
                detail=extra
            )
        )


class NoEmbeddedDataError(PdfDataError):
    def __init__(self) -> None:
        super().__init__(
            translate(
                "Pdf",
                "Tệp PDF không mang dữ liệu báo cáo: có thể là bản quét, hoặc không được xuất từ ứng dụng Báo cáo "
                "BVQLNTD. Hãy đề nghị đơn vị gửi lại tệp PDF xuất từ ứng dụng.",
            )
        )


class DataMismatchError(PdfDataError):
    def __init__(self, detail: str = "") -> None:
        extra = f" ({detail})" if detail else ""
        super().__init__(
            translate(
                "Pdf",
                "Dữ liệu báo cáo trong tệp PDF không khớp với mã kiểm tra (SHA-256): tệp đã bị sửa đổi hoặc hư hỏng"
                "{detail}. Hãy đề nghị đơn vị gửi lại.",
            ).format(detail=extra)
        )


class AttachmentTrickError(PdfDataError):
    def __init__(self, detail: str) -> None:
        super().__init__(
            translate(
                "Pdf",
                "Tệp PDF có tệp đính kèm không đúng như ứng dụng xuất ({detail}): tệp đã bị sửa sau khi xuất. "
                "Không nhập; hãy đề nghị đơn vị gửi lại tệp xuất từ ứng dụng.",
            ).format(detail=detail)
        )


class NotAReportError(PdfDataError):
    def __init__(self) -> None:
        super().__init__(
            translate(
                "Pdf",
                "Đây là văn bản của Bộ Công Thương gửi đơn vị (giấy xác nhận hoặc công văn đề nghị chỉnh sửa), không "
                "phải báo cáo. Đơn vị mở nó bằng Tệp › Mở văn bản của Bộ… (bvntd report receive).",
            )
        )


class NotAReplyError(PdfDataError):
    def __init__(self, *, report: bool = False) -> None:
        if report:
            text = translate(
                "Pdf", "Đây là một báo cáo, không phải văn bản của Bộ (giấy xác nhận, công văn đề nghị chỉnh sửa)."
            )
        else:
            text = translate(
                "Pdf",
                "Tệp PDF không mang dữ liệu văn bản của Bộ: không phải giấy xác nhận hay công văn đề nghị chỉnh sửa "
                "do ứng dụng Báo cáo BVQLNTD của Bộ lập.",
            )
        super().__init__(text)


class InvalidEmbeddedDocumentError(PdfDataError):
    def __init__(self, detail: str) -> None:
        super().__init__(translate("Pdf", "Dữ liệu báo cáo trong tệp PDF không hợp lệ: {detail}").format(detail=detail))


@dataclass(frozen=True)
class Attachment:
    """One embedded file: its name, bytes, media type and a description shown by PDF readers."""

    name: str
    data: bytes
    mime: str = "application/json"
    description: str = ""


@dataclass(frozen=True)
class EmbeddedReport:
    document: ReportDocument
    manifest: dict[str, Any]
    sha256: str
    data: bytes


# --- writing ------------------------------------------------------------------------------------------------


def manifest_for(doc: ReportDocument, document_bytes: bytes, *, draft: bool = False) -> dict[str, Any]:
    """The manifest; a draft export says so ("draft": true), so the Ministry's import can tell without the pages."""
    return {
        **({"draft": True} if draft else {}),
        "format": MANIFEST_FORMAT,
        "format_version": MANIFEST_FORMAT_VERSION,
        "template": {"id": doc.template.id, "version": doc.template.version},
        "app_version": __version__,
        "sha256": hashlib.sha256(document_bytes).hexdigest(),
        "document": DOCUMENT_NAME,
    }


def report_attachments(doc: ReportDocument, *, draft: bool = False) -> list[Attachment]:
    data = doc.canonical_bytes()
    manifest = json.dumps(
        manifest_for(doc, data, draft=draft), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )
    return [
        Attachment(DOCUMENT_NAME, data, description="Dữ liệu báo cáo BVQLNTD (JSON)"),
        Attachment(MANIFEST_NAME, manifest.encode("utf-8"), description="Kê khai dữ liệu kèm theo (JSON)"),
    ]


def attach_files(canvas: Canvas, attachments: Sequence[Attachment]) -> None:
    """Add the files to a reportlab canvas's document: EmbeddedFile streams listed in /Names /EmbeddedFiles.

    Through the canvas's public setCatalogEntry. reportlab writes an object marked __RefOnly__ (its convention for
    what must stand on its own, streams included) as an indirect object and refers to it, so each file
    specification is one too, as PDF/A and editing tools expect."""
    if not attachments:
        return

    class IndirectDictionary(PDFDictionary):
        __RefOnly__ = 1

    entries: list[Any] = []
    for item in sorted(attachments, key=lambda a: a.name):  # a name tree's keys are sorted
        params = PDFDictionary({"Size": len(item.data), "CheckSum": _hex_string(hashlib.md5(item.data).digest())})
        stream = PDFStream(
            PDFDictionary({"Type": PDFName("EmbeddedFile"), "Subtype": _mime_name(item.mime), "Params": params}),
            content=item.data,
            filters=[PDFZCompress],
        )
        spec = IndirectDictionary(
            {
                "Type": PDFName("Filespec"),
                "F": PDFString(item.name),
                "UF": PDFString(item.name),
                "Desc": PDFString(item.description or item.name),
                "AFRelationship": PDFName("Data"),
                "EF": PDFDictionary({"F": stream}),
            }
        )
        entries += [PDFString(item.name), spec]
    canvas.setCatalogEntry("Names", PDFDictionary({"EmbeddedFiles": PDFDictionary({"Names": PDFArray(entries)})}))


def _mime_name(mime: str) -> str:
    # A PDF name escapes "/" as #2F; reportlab's PDFName leaves it, which would split the name in two.
    return "/" + "".join(ch if ch.isalnum() or ch in "-+." else f"#{ord(ch):02X}" for ch in mime)


def _hex_string(data: bytes) -> str:
    return "<" + data.hex().upper() + ">"


def reply_attachments(data: bytes) -> list[Attachment]:
    """The files a receipt or letter PDF carries: the reply record (canonical JSON) and its manifest."""
    manifest = {
        "format": REPLY_MANIFEST_FORMAT,
        "format_version": MANIFEST_FORMAT_VERSION,
        "app_version": __version__,
        "sha256": hashlib.sha256(data).hexdigest(),
        "document": REPLY_NAME,
    }
    text = json.dumps(manifest, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return [
        Attachment(REPLY_NAME, data, description="Dữ liệu văn bản của Bộ Công Thương (JSON)"),
        Attachment(MANIFEST_NAME, text.encode("utf-8"), description="Kê khai dữ liệu kèm theo (JSON)"),
    ]


# --- reading ------------------------------------------------------------------------------------------------


def extract_document(source: Path | bytes) -> ReportDocument:
    """The report document a PDF carries, checked against its SHA-256; raises a PdfDataError subclass."""
    return read_embedded(source).document


def read_embedded(source: Path | bytes) -> EmbeddedReport:
    return read_embedded_with_reader(source)[0]


def read_embedded_with_reader(source: Path | bytes) -> tuple[EmbeddedReport, Any]:
    """read_embedded, and the pypdf reader it used (gui.pdf.sandbox counts the pages and reads their text)."""
    # lazy: pypdf is imported when a PDF is read, never by bvntd pdf render
    from pypdf import PdfReader

    data = _read_source(source)
    reader = _guarded(_open_reader, PdfReader, data)
    files = _guarded(_find_files, reader, (DOCUMENT_NAME, MANIFEST_NAME))
    if REPLY_NAME in files:
        raise NotAReportError()
    if DOCUMENT_NAME not in files:
        raise NoEmbeddedDataError()
    if MANIFEST_NAME not in files:
        raise DataMismatchError(translate("Pdf", "thiếu tệp kê khai kèm theo"))
    manifest = _parse_manifest(_guarded(_stream_bytes, files[MANIFEST_NAME], MAX_MANIFEST_BYTES), MANIFEST_FORMAT)
    document_bytes = _guarded(_stream_bytes, files[DOCUMENT_NAME], MAX_ATTACHMENT_BYTES)
    digest = hashlib.sha256(document_bytes).hexdigest()
    if digest != manifest["sha256"].lower():
        raise DataMismatchError()
    try:
        document = read_document(document_bytes)
    except DocumentError as error:
        raise InvalidEmbeddedDocumentError(str(error)) from None
    template = manifest.get("template")
    if isinstance(template, dict) and (template.get("id"), template.get("version")) != (
        document.template.id,
        document.template.version,
    ):
        raise DataMismatchError(translate("Pdf", "mẫu báo cáo trong tệp kê khai khác với tài liệu"))
    return EmbeddedReport(document, manifest, digest, document_bytes), reader


def read_reply_with_reader(source: Path | bytes) -> tuple[bytes, dict[str, Any], Any]:
    """The reply record's JSON bytes a receipt or letter PDF carries (checked against its manifest's SHA-256), the
    manifest and the pypdf reader; the same limits and refusals as a report's data."""
    # lazy: pypdf is imported when a PDF is read, never by bvntd pdf render
    from pypdf import PdfReader

    data = _read_source(source)
    reader = _guarded(_open_reader, PdfReader, data)
    files = _guarded(_find_files, reader, (REPLY_NAME, MANIFEST_NAME))
    if REPLY_NAME not in files:
        if DOCUMENT_NAME in files:
            raise NotAReplyError(report=True)
        raise NotAReplyError()
    if MANIFEST_NAME not in files:
        raise DataMismatchError(translate("Pdf", "thiếu tệp kê khai kèm theo"))
    manifest = _parse_manifest(
        _guarded(_stream_bytes, files[MANIFEST_NAME], MAX_MANIFEST_BYTES), REPLY_MANIFEST_FORMAT, REPLY_NAME
    )
    reply = _guarded(_stream_bytes, files[REPLY_NAME], MAX_REPLY_BYTES)
    if hashlib.sha256(reply).hexdigest() != manifest["sha256"].lower():
        raise DataMismatchError()
    return reply, manifest, reader


def _read_source(source: Path | bytes) -> bytes:
    if isinstance(source, bytes | bytearray | memoryview):
        data = bytes(source)
    else:
        path = Path(source)
        try:
            size = path.stat().st_size
            if size > MAX_PDF_BYTES:
                raise DamagedPdfError(
                    translate("Pdf", "tệp quá lớn: {size}; tối đa {limit}").format(
                        size=limits.megabytes(size), limit=limits.megabytes(MAX_PDF_BYTES)
                    )
                )
            data = path.read_bytes()
        except FileNotFoundError:
            raise PdfDataError(translate("Pdf", "Không tìm thấy tệp: {path}").format(path=path)) from None
        except IsADirectoryError:
            raise PdfDataError(
                translate("Pdf", "Đây là một thư mục, không phải tệp PDF: {path}").format(path=path)
            ) from None
        except OSError as error:
            raise PdfDataError(
                translate("Pdf", "Không đọc được tệp {path}: {error}").format(path=path, error=error.strerror or error)
            ) from None
    if len(data) > MAX_PDF_BYTES:
        raise DamagedPdfError(
            translate("Pdf", "tệp quá lớn; tối đa {limit}").format(limit=limits.megabytes(MAX_PDF_BYTES))
        )
    # The header may follow a little junk (some mail gateways prepend a line); readers accept it within 1 KB.
    if b"%PDF-" not in data[:1024]:
        raise NotPdfError()
    # Every complete PDF ends with %%EOF (readers allow a little trailing junk); a download or copy cut short does not.
    if b"%%EOF" not in data[-1024:]:
        raise DamagedPdfError(translate("Pdf", "tệp không đầy đủ, có thể tải về hoặc sao chép chưa hết"))
    return data


def _guarded(function: Any, *args: Any) -> Any:
    """Run a step of reading; whatever a malformed file makes pypdf raise becomes DamagedPdfError."""
    # lazy: pypdf is imported when a PDF is read, never by bvntd pdf render
    from pypdf.errors import PyPdfError

    try:
        with quiet_logger("pypdf"):
            return function(*args)
    except PdfDataError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError, OSError):
        raise DamagedPdfError() from None


def _open_reader(reader_class: Any, data: bytes) -> Any:
    reader = reader_class(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        # An owner password only restricts printing or copying: the file opens without one, so do we.
        from pypdf import PasswordType

        if reader.decrypt("") == PasswordType.NOT_DECRYPTED:
            raise DamagedPdfError(
                translate("Pdf", "tệp được đặt mật khẩu để mở; hãy đề nghị đơn vị gửi tệp không đặt mật khẩu")
            )
    return reader


def _find_files(reader: Any, expected: tuple[str, ...]) -> dict[str, Any]:
    root = reader.trailer["/Root"].get_object()
    names = root.get("/Names")
    tree = names.get_object().get("/EmbeddedFiles") if names is not None else None
    if tree is None:
        return {}
    found: dict[str, Any] = {}
    for name, spec in _walk_name_tree(tree.get_object()):
        # Exactly the app's two files, each once and under its own name: anything else was added or renamed
        # after the export, and such a file is not taken on trust.
        if name == REPLY_NAME and DOCUMENT_NAME in expected:
            found[name] = spec  # a receipt or letter given where a report was expected: said so by the caller
            continue
        if name == DOCUMENT_NAME and REPLY_NAME in expected:
            found[name] = spec
            continue
        if name not in expected:
            raise AttachmentTrickError(translate("Pdf", "tệp đính kèm lạ “{name}”").format(name=_short(name)))
        if name in found:
            raise AttachmentTrickError(translate("Pdf", "tệp đính kèm {name} xuất hiện hai lần").format(name=name))
        spec = spec.get_object()
        shown = {str(spec.get(key)) for key in ("/F", "/UF") if spec.get(key) is not None}
        if shown - {name}:
            raise AttachmentTrickError(
                translate("Pdf", "tệp đính kèm {name} mang tên khác: {names}").format(
                    name=name, names=", ".join(_short(n) for n in shown)
                )
            )
        ef = spec.get("/EF")
        stream = ef.get_object().get("/F") if ef is not None else None
        if stream is None:
            raise DamagedPdfError(translate("Pdf", "tệp đính kèm {name} trống").format(name=name))
        found[name] = stream.get_object()
    return found


def _short(name: str) -> str:
    return shown_path(name if len(name) <= 60 else name[:60] + "…")


def _walk_name_tree(node: Any) -> Iterator[tuple[str, Any]]:
    """Leaves of a name tree, breadth first, with a bound on the nodes visited (a hostile tree may loop)."""
    queue = [node]
    visited = 0
    while queue:
        visited += 1
        if visited > MAX_NAME_TREE_NODES:
            raise DamagedPdfError(translate("Pdf", "cây tệp đính kèm quá lớn"))
        current = queue.pop(0).get_object()
        names = current.get("/Names")
        if names is not None:
            names = names.get_object()
            for i in range(0, len(names) - 1, 2):
                key = names[i].get_object()
                yield str(key), names[i + 1]
        kids = current.get("/Kids")
        if kids is not None:
            queue.extend(kids.get_object())


def _stream_bytes(stream: Any, limit: int) -> bytes:
    """The decoded bytes of an embedded-file stream, refusing more than `limit` before inflating it all."""
    # lazy: pypdf is imported when a PDF is read, never by bvntd pdf render
    from pypdf.generic import StreamObject

    if not isinstance(stream, StreamObject):
        raise DamagedPdfError(translate("Pdf", "tệp đính kèm không phải luồng dữ liệu"))
    raw = stream._data  # the bytes as stored in the file, still encoded
    if len(raw) > MAX_PDF_BYTES:
        raise DamagedPdfError(translate("Pdf", "tệp đính kèm quá lớn"))
    filters = stream.get("/Filter")
    if filters is None:
        chain: list[str] = []
    elif isinstance(filters, list):
        chain = [str(f) for f in filters]
    else:
        chain = [str(filters)]
    if stream.get("/DecodeParms") is not None or any(f not in ("/FlateDecode", "/Fl") for f in chain):
        raise DamagedPdfError(translate("Pdf", "tệp đính kèm được mã hóa theo cách không hỗ trợ"))
    if len(chain) > 1:
        raise DamagedPdfError(translate("Pdf", "tệp đính kèm được nén nhiều lớp"))
    if not chain:
        if len(raw) > limit:
            raise DamagedPdfError(translate("Pdf", "tệp đính kèm quá lớn"))
        return bytes(raw)
    inflater = zlib.decompressobj()
    try:
        out = inflater.decompress(raw, limit + 1)
    except zlib.error:
        raise DataMismatchError(translate("Pdf", "luồng nén bị hỏng")) from None
    if len(out) > limit or inflater.unconsumed_tail:
        raise DamagedPdfError(
            translate("Pdf", "tệp đính kèm lớn hơn giới hạn {limit}").format(limit=limits.megabytes(limit))
        )
    return out


def _parse_manifest(data: bytes, kind: str, document: str = DOCUMENT_NAME) -> dict[str, Any]:
    try:
        manifest = json.loads(data)
    except (json.JSONDecodeError, UnicodeDecodeError, RecursionError):
        raise DataMismatchError(translate("Pdf", "tệp kê khai không đọc được")) from None
    if not isinstance(manifest, dict) or manifest.get("format") != kind:
        raise DataMismatchError(translate("Pdf", "tệp kê khai không đúng định dạng"))
    digest = manifest.get("sha256")
    if not isinstance(digest, str) or len(digest) != 64:
        raise DataMismatchError(translate("Pdf", "tệp kê khai thiếu mã SHA-256"))
    if manifest.get("document", document) != document:
        raise DataMismatchError(
            translate("Pdf", "tệp kê khai nói về tệp “{name}”, không phải dữ liệu báo cáo").format(
                name=_short(str(manifest.get("document")))
            )
        )
    return manifest
