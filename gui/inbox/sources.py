"""Reading one received file into a report document, refusing anything hostile before it costs time or memory."""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from gui.core import limits
from gui.core.document import DocumentError, ReportDocument, read_document

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


def collect_paths(paths: list[Path]) -> Iterator[Path]:
    """Files named directly, and the .pdf/.json files of folders (recursively, sorted, without following links);
    each file once, in a stable order."""
    seen: set[Path] = set()
    for path in paths:
        if path.is_dir():
            for root, dirs, names in os.walk(path, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if name.startswith(".") or not name.lower().endswith(SUFFIXES):
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
    try:
        info = path.stat()
    except FileNotFoundError:
        raise SourceError("Không tìm thấy tệp.") from None
    except OSError as error:
        raise SourceError(f"Không đọc được tệp: {error.strerror or error}.") from None
    if path.is_dir():
        raise SourceError("Đây là một thư mục, không phải tệp.")
    if not path.is_file():
        raise SourceError("Không phải tệp thông thường.")
    if info.st_size == 0:
        raise SourceError("Tệp rỗng (0 byte).")
    if info.st_size > max_bytes:
        raise SourceError(
            f"Tệp quá lớn ({limits.megabytes(info.st_size)}; tối đa {limits.megabytes(max_bytes)}): không phải một báo cáo."
        )
    try:
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise SourceError(f"Không đọc được tệp: {error.strerror or error}.") from None
    if len(data) > max_bytes:  # the file grew between stat and read
        raise SourceError(f"Tệp quá lớn (hơn {limits.megabytes(max_bytes)}): không phải một báo cáo.")
    return SourceFile(path, data, hashlib.sha256(data).hexdigest())


def sniff(data: bytes) -> str | None:
    """'pdf', 'json' or None, from the content (a name can lie: a text file called .pdf)."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    head = data[:64].lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"{"):
        return "json"
    return None


def document_of(source: SourceFile) -> ReportDocument:
    """The report document a file carries; every fault is a SourceError or DocumentError with a clear reason."""
    kind = sniff(source.data)
    if kind == "json":
        return json_document(source.data)
    if kind == "pdf":
        return pdf_document(source.data)
    if source.path.suffix.lower() == ".pdf":
        raise SourceError("Không phải tệp PDF (nội dung không bắt đầu bằng %PDF).")
    raise SourceError("Không phải tệp PDF hay tài liệu báo cáo JSON.")


def json_document(data: bytes) -> ReportDocument:
    """The document of a JSON file; gui.core.safejson bounds its size, depth, numbers and text."""
    return read_document(data)


def _pdf_extractor() -> Callable[[bytes], ReportDocument] | None:
    try:
        from gui.pdf.embedded import extract_document
    except ImportError:
        return None
    return extract_document


def pdf_document(data: bytes) -> ReportDocument:
    extract = _pdf_extractor()
    if extract is None:
        raise SourceError("Phiên bản này chưa đọc được dữ liệu trong tệp PDF.")
    # pypdf logs what it repairs; the per-file result already says what is wrong with a file.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        return extract(data)
    except DocumentError:
        raise
    except RecursionError:
        raise SourceError("Dữ liệu kèm theo tệp PDF lồng nhau quá sâu: không phải một báo cáo.") from None
    except MemoryError:
        raise SourceError("Tệp PDF đòi quá nhiều bộ nhớ để đọc (có thể là tệp độc hại).") from None
    except Exception as error:  # pypdf raises many kinds of error on a broken file; none may stop the batch
        log.info("PDF extraction failed: %r", error)
        raise SourceError("Tệp PDF bị hỏng, không đọc được.") from None
