"""Reading received PDFs in a child process with a time and a memory limit, so no file can hang or exhaust the app.

pypdf is careful, but a small crafted file (cross-reference streams declaring millions of entries, loops in the
page tree) can still keep it busy for seconds or minutes, and nothing can interrupt it inside our own process.
So each received PDF is read by a worker process (one for a whole import, restarted after a refusal):

    with PdfSandbox() as sandbox:
        found = sandbox.read(data)          # -> SandboxResult (document bytes, manifest, page count, page texts)
        checked = sandbox.verify(data, trust)  # -> gui.signing.verify.Verification, pyHanko run in the worker


The worker runs `gui.pdf.embedded.read_embedded` (trailer, catalogue and the two attachments only), checks the
page and object counts (gui.core.limits) and extracts each page's text for the importer's page check. A file that
takes longer than gui.core.limits.PARSE_SECONDS (plus a little per page for the text), or more memory than
PARSE_MEMORY_BYTES (POSIX), is refused as suspicious. Every refusal is a PdfDataError (a DocumentError) with a
Vietnamese message, as from read_embedded itself.

`verify` runs gui.signing.verify.verify_pdf (pyHanko's parser, difference analysis and chain validation, all of
which a crafted file can keep busy) under the same memory limit and VERIFY_SECONDS; the trust roots go to the
worker as DER and the result comes back as JSON (gui.signing.wire), never pickled.

The worker is this program started again with WORKER_FLAG (also in the PyInstaller bundle, whose executable is
not a Python interpreter); it speaks length-prefixed messages on its stdin and stdout.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import queue
import struct
import subprocess
import sys
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, BinaryIO

from gui.core import limits
from gui.core.i18n import LANGUAGE_ENV, QT_TRANSLATE_NOOP, language, set_language, translate
from gui.pdf.embedded import DamagedPdfError, PdfDataError, read_embedded_with_reader
from gui.signing.verify import UNSIGNED, Verification, verify_pdf
from gui.signing.wire import WireError, trust_from_wire, trust_to_wire, verification_from_wire, verification_to_wire

WORKER_FLAG = "--bvntd-pdf-worker"
PAGE_TEXT_SECONDS = 0.05  # each page's text, on top of PARSE_SECONDS
STARTUP_SECONDS = 20.0  # a cold start of the worker on a slow office PC (imports), not counted against the file
_HEADER = struct.Struct(">Q")

if TYPE_CHECKING:
    from gui.signing.verify import Trust, Verification


class SuspiciousPdfError(PdfDataError):
    """A PDF that takes too long or too much memory to read; refused rather than waited on."""


@dataclass(frozen=True)
class SandboxResult:
    document: bytes  # the embedded report document's JSON, checked against the manifest's SHA-256
    manifest: dict[str, Any]
    page_count: int
    page_texts: tuple[str, ...]


class PdfSandbox:
    """A worker process reading PDFs one at a time; started on first use, replaced after a timeout or a crash."""

    def __init__(
        self,
        *,
        seconds: float = limits.PARSE_SECONDS,
        verify_seconds: float = limits.VERIFY_SECONDS,
        pages: bool = True,
    ) -> None:
        self.seconds = seconds
        self.verify_seconds = verify_seconds
        self.pages = pages
        self._process: subprocess.Popen[bytes] | None = None
        self._pump: threading.Thread | None = None
        self._replies: queue.Queue[bytes | None] = queue.Queue()

    def __enter__(self) -> PdfSandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        try:
            if process.stdin is not None:
                process.stdin.close()  # the worker ends when its input does
            process.wait(timeout=2)
        except (OSError, subprocess.TimeoutExpired):
            process.kill()
            process.wait()
        self._finish(process)

    def _finish(self, process: subprocess.Popen[bytes]) -> None:
        """After the worker ended: its reader thread sees the end of its output, then the pipes are closed."""
        if self._pump is not None:
            self._pump.join(timeout=2)
            self._pump = None
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()

    def read(self, data: bytes) -> SandboxResult:
        """The report data of a PDF, or PdfDataError saying why not (SuspiciousPdfError: too slow, too big)."""
        self._start()
        reply = self._ask({"pages": self.pages}, data, self.seconds, _READING)
        if reply.get("error"):
            raise PdfDataError(reply["error"])
        return SandboxResult(
            document=base64.b64decode(reply["document"]),
            manifest=reply["manifest"],
            page_count=int(reply["page_count"]),
            page_texts=tuple(reply.get("page_texts") or ()),
        )

    def verify(self, data: bytes, trust: Trust) -> Verification:
        """The signatures of a received PDF checked in the worker (gui.signing.verify.verify_pdf), or
        SuspiciousPdfError when that takes longer than VERIFY_SECONDS or more memory than the limit."""
        if b"/ByteRange" not in data:  # no signature dictionary at all, as verify_pdf itself decides
            return Verification(UNSIGNED)
        self._start()
        reply = self._ask({"verify": trust_to_wire(trust)}, data, self.verify_seconds, _VERIFYING)
        if reply.get("error"):
            raise (SuspiciousPdfError if reply["error"] == _crashed() else PdfDataError)(reply["error"])
        try:
            return verification_from_wire(reply["verification"], data)
        except (KeyError, WireError):
            self._kill()  # a worker that answers nonsense is not asked again
            raise PdfDataError(str(DamagedPdfError())) from None

    # --- the conversation ----------------------------------------------------------------------------

    def _start(self) -> None:
        if self._process is not None and self._process.poll() is None:
            return
        self._replies = queue.Queue()
        # The worker words its refusals in the interface language of this process.
        env = {**os.environ, "PYTHONIOENCODING": "utf-8", LANGUAGE_ENV: language()}
        self._process = subprocess.Popen(
            worker_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
        self._pump = threading.Thread(target=_pump, args=(self._process.stdout, self._replies), daemon=True)
        self._pump.start()
        # The first reply says the worker is ready: its start-up (imports) is not the file's time.
        ready = self._wait(STARTUP_SECONDS)
        if ready is None or json.loads(ready).get("ready") is not True:
            self._kill()
            raise PdfDataError(translate("Pdf", "Không khởi động được tiến trình đọc PDF; hãy thử lại."))

    def _ask(self, options: dict[str, Any], data: bytes, seconds: float, what: str) -> dict[str, Any]:
        process = self._process
        assert process is not None and process.stdin is not None
        head = json.dumps(options).encode()
        try:
            process.stdin.write(_HEADER.pack(len(head)) + head + _HEADER.pack(len(data)) + data)
            process.stdin.flush()
        except OSError:
            self._kill()
            raise SuspiciousPdfError(_crashed()) from None
        reply = self._wait(seconds)
        if reply is None:  # no reply in time: the file is what keeps it busy
            crashed = process.poll() is not None
            self._kill()
            raise SuspiciousPdfError(_crashed() if crashed else _too_slow(seconds, what))
        answer: dict[str, Any] = json.loads(reply)
        if answer.get("more"):  # the embedded data is read; the page texts get time by the page
            reply = self._wait(PAGE_TEXT_SECONDS * int(answer["page_count"]) + self.seconds)
            if reply is None:
                self._kill()
                raise SuspiciousPdfError(_too_slow(self.seconds, what))
            answer = json.loads(reply)
        return answer

    def _wait(self, seconds: float) -> bytes | None:
        try:
            return self._replies.get(timeout=seconds)
        except queue.Empty:
            return None

    def _kill(self) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.kill()
            process.wait()
            self._finish(process)


_READING = QT_TRANSLATE_NOOP("Pdf", "để đọc")
_VERIFYING = QT_TRANSLATE_NOOP("Pdf", "để kiểm tra chữ ký số")


def _too_slow(seconds: float, what: str) -> str:
    return translate(
        "Pdf",
        "Tệp PDF cần hơn {seconds:g} giây {what} (cấu trúc bất thường, có thể là tệp độc hại): từ chối thay vì chờ. "
        "Hãy đề nghị đơn vị xuất lại tệp từ ứng dụng.",
    ).format(seconds=seconds, what=translate("Pdf", what))


def _crashed() -> str:
    return translate(
        "Pdf",
        "Tệp PDF đòi quá nhiều bộ nhớ hoặc làm hỏng tiến trình đọc (có thể là tệp độc hại): từ chối. "
        "Hãy đề nghị đơn vị xuất lại tệp từ ứng dụng.",
    )


def _pump(stream: BinaryIO | None, replies: queue.Queue[bytes | None]) -> None:
    """Read the worker's messages into the queue; None when it ends."""
    assert stream is not None
    try:
        while True:
            message = _read_message(stream)
            if message is None:
                break
            replies.put(message)
    finally:
        replies.put(None)


def _read_message(stream: BinaryIO) -> bytes | None:
    head = stream.read(_HEADER.size)
    if len(head) < _HEADER.size:
        return None
    (size,) = _HEADER.unpack(head)
    body = stream.read(size)
    return body if len(body) == size else None


def worker_command() -> list[str]:
    if getattr(sys, "frozen", False):  # the bundle: its executable is the app itself (the console one if there)
        here = os.path.dirname(sys.executable)
        console = os.path.join(here, "bvntd-cli" + (".exe" if sys.platform == "win32" else ""))
        return [console if os.path.exists(console) else sys.executable, WORKER_FLAG]
    return [sys.executable, "-m", "gui.pdf.guarded"]


# --- the worker ---------------------------------------------------------------------------------------------


def run_worker() -> int:
    """The child's loop: a request (options, PDF bytes) in, a reply out, until its input ends."""
    _limit_memory()
    set_language(os.environ.get(LANGUAGE_ENV))
    # The windowed bundle has no sys.stdin/sys.stdout objects; the pipes are still its descriptors 0 and 1.
    stdin = sys.stdin.buffer if sys.stdin is not None else os.fdopen(0, "rb")
    stdout = sys.stdout.buffer if sys.stdout is not None else os.fdopen(1, "wb")
    sys.stdout = sys.stderr  # nothing printed by a library may corrupt the replies
    _send(stdout, {"ready": True})
    while True:
        options = _read_message(stdin)
        data = _read_message(stdin)
        if options is None or data is None:
            return 0
        try:
            _answer(stdout, data, json.loads(options))
        except PdfDataError as error:
            _send(stdout, {"error": str(error)})
        except MemoryError:
            _send(stdout, {"error": _crashed()})
        except Exception:  # a fault of pypdf's on a broken file: the file is damaged, the worker goes on
            _send(stdout, {"error": str(DamagedPdfError())})


def _answer(stdout: BinaryIO, data: bytes, options: dict[str, Any]) -> None:
    if options.get("verify") is not None:
        _send(stdout, {"verification": _verification(data, options["verify"])})
        return

    found, reader = read_embedded_with_reader(data)
    objects = sum(len(v) for v in reader.xref.values()) + len(reader.xref_objStm)
    if objects > limits.MAX_PDF_OBJECTS:
        raise PdfDataError(
            translate("Pdf", "Tệp PDF có {count} đối tượng, quá giới hạn {limit}: không phải một báo cáo.").format(
                count=limits.thousands(objects), limit=limits.thousands(limits.MAX_PDF_OBJECTS)
            )
        )
    pages = len(reader.pages)
    if pages > limits.MAX_PDF_PAGES:
        raise PdfDataError(
            translate("Pdf", "Tệp PDF có {count} trang, quá giới hạn {limit} trang của một báo cáo.").format(
                count=limits.thousands(pages), limit=limits.thousands(limits.MAX_PDF_PAGES)
            )
        )
    reply: dict[str, Any] = {
        "document": base64.b64encode(found.data).decode("ascii"),
        "manifest": found.manifest,
        "page_count": pages,
    }
    if not options.get("pages"):
        _send(stdout, reply)
        return
    _send(stdout, {"more": True, "page_count": pages})
    reply["page_texts"] = [page.extract_text() or "" for page in reader.pages]
    _send(stdout, reply)


_trust_cache: dict[str, Any] = {}  # the run's trust roots, parsed once per worker


def _verification(data: bytes, trust: dict[str, Any]) -> dict[str, Any]:
    key = json.dumps(trust, sort_keys=True)
    if key not in _trust_cache:
        _trust_cache.clear()
        _trust_cache[key] = trust_from_wire(trust)
    return verification_to_wire(verify_pdf(data, _trust_cache[key]))


def _send(stdout: BinaryIO, message: dict[str, Any]) -> None:
    body = json.dumps(message, ensure_ascii=False).encode("utf-8", "surrogatepass")
    stdout.write(_HEADER.pack(len(body)) + body)
    stdout.flush()


def _limit_memory() -> None:
    try:
        # lazy: the resource module exists on POSIX only
        import resource
    except ImportError:  # Windows: the time limit still holds
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = limits.PARSE_MEMORY_BYTES
    if hard != resource.RLIM_INFINITY:
        wanted = min(wanted, hard)
    if soft == resource.RLIM_INFINITY or soft > wanted:
        resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))


if __name__ == "__main__":
    sys.exit(run_worker())
