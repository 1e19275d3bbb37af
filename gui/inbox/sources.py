"""Reading one received file into a report document, refusing anything hostile before it costs time or memory."""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gui.core import limits
from gui.core.document import DocumentError, ReportDocument, read_document
from gui.core.i18n import translate
from gui.outside_file import ReadMessages, read_outside_file
from gui.pdf.embedded import InvalidEmbeddedDocumentError
from gui.pdf.sandbox import PdfSandbox, SandboxResult

log = logging.getLogger(__name__)

SUFFIXES = (".pdf", ".json")


class SourceError(Exception):
    """A file that is not a usable report; the message (Vietnamese) says why, for the per-file result."""


@dataclass(frozen=True)
class SourceFile:
    """A file's bytes, read once, and their hash (which identifies the file across imports)."""

    path: Path
    data: bytes
    sha256: str

    @property
    def size(self) -> int:
        return len(self.data)


def is_report_name(path: Path) -> bool:
    """A name a report file has (.pdf or .json, in any case)."""
    return path.name.lower().endswith(SUFFIXES)


def collect_paths(paths: list[Path]) -> Iterator[Path]:
    """Files named directly, and every file of folders but hidden ones (recursively, sorted, without following
    links; `is_report_name` tells the reports among them); each file once, in a stable order."""
    seen: set[Path] = set()
    for path in paths:
        if path.is_dir():
            for root, dirs, names in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if name.startswith("."):
                        continue
                    found = Path(root) / name
                    if found not in seen:
                        seen.add(found)
                        yield found
        elif path not in seen:
            seen.add(path)
            yield path


def read_source(path: Path, max_bytes: int = limits.MAX_FILE_BYTES) -> SourceFile:
    """The file's bytes, after checking it is a regular file of a sensible size (read at most max_bytes + 1)."""
    messages = ReadMessages(
        missing=translate("Inbox", "Không tìm thấy tệp."),
        folder=translate("Inbox", "Đây là một thư mục, không phải tệp."),
        not_regular=translate("Inbox", "Không phải tệp thông thường."),
        empty=translate("Inbox", "Tệp rỗng (0 byte)."),
        unreadable=translate("Inbox", "Không đọc được tệp: {error}."),
        too_large=translate("Inbox", "Tệp quá lớn ({size}; tối đa {limit}): không phải một báo cáo."),
        grew=translate("Inbox", "Tệp quá lớn (hơn {limit}): không phải một báo cáo."),
    )
    data = read_outside_file(path, max_bytes, messages, SourceError)
    return SourceFile(path, data, hashlib.sha256(data).hexdigest())


def sniff(data: bytes) -> str | None:
    """'pdf', 'json' or None, from the content (a name can lie: a text file called .pdf)."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        return "json"
    return None


@dataclass(frozen=True)
class Found:
    """What a received file carries: the report document and, for a PDF, its manifest and each page's text."""

    document: ReportDocument
    kind: str  # "pdf" or "json"
    manifest: dict[str, Any] = field(default_factory=dict)
    page_texts: tuple[str, ...] = ()
    annotations: tuple[str, ...] = ()  # the pages' annotations but the signatures' widgets (gui.pdf.page_texts)

    @property
    def marked_draft(self) -> bool:
        """Exported as a draft (DỰ THẢO), as the manifest says (files from this version on)."""
        return self.manifest.get("draft") is True


def document_of(source: SourceFile, sandbox: PdfSandbox | None = None) -> Found:
    """The report document a file carries; every fault is a SourceError or DocumentError with a clear reason.
    A PDF is read in `sandbox` (a child process with time and memory limits; one is made when not given)."""
    kind = sniff(source.data)
    if kind == "json":
        return Found(json_document(source.data), "json")
    if kind == "pdf":
        if sandbox is not None:
            return pdf_found(source.data, sandbox)
        with PdfSandbox() as own:
            return pdf_found(source.data, own)
    if source.path.suffix.lower() == ".pdf":
        raise SourceError(
            translate(
                "Inbox",
                "Không phải tệp PDF: nội dung tệp không phải một văn bản PDF "
                "(có thể tệp bị hỏng hoặc bị đổi phần mở rộng).",
            )
        )
    raise SourceError(translate("Inbox", "Không phải tệp PDF hay tài liệu báo cáo JSON."))


def json_document(data: bytes) -> ReportDocument:
    """The document of a JSON file; gui.core.safejson bounds its size, depth, numbers and text."""
    return read_document(data)


def pdf_found(data: bytes, sandbox: PdfSandbox) -> Found:
    return found_in(sandbox.read(data))


def found_in(result: SandboxResult) -> Found:
    """What the sandbox's worker read from a PDF, its embedded document parsed (the limits of gui.core.safejson)."""
    try:
        document = read_document(result.document)
    except DocumentError as error:
        raise InvalidEmbeddedDocumentError(str(error)) from None
    return Found(document, "pdf", result.manifest, result.page_texts, result.annotations)
