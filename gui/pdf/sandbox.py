"""Reading received PDFs in a child process with a time and a memory limit, so no file can hang or exhaust the app.

pypdf is careful, but a small crafted file (cross-reference streams declaring millions of entries, loops in the
page tree) can still keep it busy for seconds or minutes, and nothing can interrupt it inside our own process.
So each received PDF is read by a worker process (one for a whole import, reused from file to file, replaced
after a file that broke a limit; a spare one, already started, takes over at once):

    with PdfSandbox(spare=True) as sandbox:
        found = sandbox.read(data)          # -> SandboxResult (document bytes, manifest, page count, page texts)
        checked = sandbox.verify(data, trust)  # -> gui.signing.verify.Verification, pyHanko run in the worker


The worker runs `gui.pdf.embedded.read_embedded` (trailer, catalogue and the two attachments only), checks the
page and object counts (gui.core.limits) and extracts each page's text and annotations for the importer's page
check (gui.pdf.page_texts: PDFium). A file that takes longer than gui.core.limits.PARSE_SECONDS (plus a little
per page for the text), or more memory than PARSE_MEMORY_BYTES (POSIX), is refused as suspicious. Every refusal
is a PdfDataError (a DocumentError) with a Vietnamese message, as from read_embedded itself.

`verify` runs gui.signing.verify.verify_pdf (pyHanko's parser, difference analysis and chain validation, all of
which a crafted file can keep busy) under the same memory limit and VERIFY_SECONDS; the trust roots go to the
worker as DER and the result comes back as JSON (gui.signing.verification_json), never pickled.

The worker is this program started again with WORKER_FLAG (also in the PyInstaller bundle, whose executable is
not a Python interpreter); it speaks length-prefixed messages on its stdin and stdout.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import importlib
import json
import os
import queue
import struct
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, BinaryIO

from gui.core import limits
from gui.core.i18n import LANGUAGE_ENV, QT_TRANSLATE_NOOP, language, set_language, translate
from gui.pdf.embedded import DamagedPdfError, PdfDataError, read_embedded_with_reader, read_reply_with_reader
from gui.signing.verification_json import (
    WireError,
    trust_from_wire,
    trust_to_wire,
    verification_from_wire,
    verification_to_wire,
)
from gui.signing.verify import UNSIGNED, Verification, verify_pdf

WORKER_FLAG = "--bvntd-pdf-worker"
MEMORY_ENV = "BVNTD_PDF_WORKER_MEMORY"  # the worker's memory limit in bytes, as the sandbox asks
WARM_ENV = "BVNTD_PDF_WORKER_WARM"  # "1": import pyHanko before saying it is ready (a run of many files)
# Each page's text (PDFium: ~2 ms a page), on top of PARSE_SECONDS: one file's whole limit is both.
PAGE_TEXT_SECONDS = 0.01
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
    annotations: tuple[str, ...] = ()  # each annotation's subtype but a signature's widget (gui.pdf.page_texts)


class _Worker:
    """One worker process, its reader thread and the queue of its replies."""

    def __init__(self, memory: int, *, warm: bool = False) -> None:
        # The worker words its refusals in the interface language of this process.
        env = {**os.environ, "PYTHONIOENCODING": "utf-8", LANGUAGE_ENV: language(), MEMORY_ENV: str(memory)}
        env[WARM_ENV] = "1" if warm else ""
        self.process = subprocess.Popen(
            worker_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=env,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )
        self.replies: queue.Queue[bytes | None] = queue.Queue()
        self.pump = threading.Thread(target=_pump, args=(self.process.stdout, self.replies), daemon=True)
        self.pump.start()
        self.ready = False
        self.ended = False  # its output ended: it crashed (or was killed)

    def alive(self) -> bool:
        return self.process.poll() is None

    def wait(self, seconds: float) -> bytes | None:
        """The next reply, or None: no reply in time, or the worker ended (then `ended` is set)."""
        try:
            reply = self.replies.get(timeout=seconds)
        except queue.Empty:
            return None
        if reply is None:
            self.ended = True
        return reply

    def poll_ready(self) -> bool:
        """Ready now, without waiting for it."""
        return self.ready or self.wait_ready(0)

    def wait_ready(self, seconds: float = STARTUP_SECONDS) -> bool:
        """The first reply says the worker is ready: its start-up (imports) is not a file's time."""
        if not self.ready:
            ready = self.wait(seconds)
            self.ready = ready is not None and json.loads(ready).get("ready") is True
        return self.ready

    def close(self) -> None:
        try:
            if self.process.stdin is not None:
                self.process.stdin.close()  # the worker ends when its input does
            self.process.wait(timeout=2)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        self._finish()

    def kill(self) -> None:
        self.process.kill()
        self.process.wait()
        self._finish()

    def _finish(self) -> None:
        """After the worker ended: its reader thread sees the end of its output, then the pipes are closed."""
        self.pump.join(timeout=2)
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):
                    stream.close()


@dataclass(frozen=True)
class _Ahead:
    key: bytes  # the file's bytes and the trust roots, hashed
    worker: _Worker
    sent: float  # time.monotonic() when it was given the file


def _key(data: bytes, trust: Any) -> bytes:
    return hashlib.sha256(data + json.dumps(trust, sort_keys=True).encode()).digest()


class PdfSandbox:
    """A worker process reading PDFs one at a time, reused from file to file; replaced after a file that broke a
    limit (time, memory) or crashed it.

    With `spare` (an import of many files), a second worker is started in the background once the first has
    answered, and takes over at once when the first is killed: a hostile file costs its own time limit, not a
    cold start for the file after it. While it waits, the spare checks the signatures of the next file
    (`verify_ahead`), so that pyHanko's work on one file overlaps the import of the one before. Each worker still
    reads one file at a time, under the same limits, its time counted from when the file was given to it.
    """

    def __init__(
        self,
        *,
        seconds: float = limits.PARSE_SECONDS,
        verify_seconds: float = limits.VERIFY_SECONDS,
        pages: bool = True,
        spare: bool = False,
        memory: int = limits.PARSE_MEMORY_BYTES,
    ) -> None:
        self.seconds = seconds
        self.memory = memory
        self.verify_seconds = verify_seconds
        self.pages = pages
        self.spare = spare
        self._worker: _Worker | None = None
        self._spare: _Worker | None = None
        self._ahead: _Ahead | None = None  # the spare's verification of a file not asked for yet
        self.started = 0  # workers started, for the tests and the benchmark

    def __enter__(self) -> PdfSandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if self._worker is not None:
            self._worker.close()
        if self._spare is not None:  # nothing to finish: maybe still starting, or checking a file not needed now
            self._spare.kill()
        self._worker = self._spare = None
        self._ahead = None

    def read(self, data: bytes) -> SandboxResult:
        """The report data of a PDF, or PdfDataError saying why not (SuspiciousPdfError: too slow, too big)."""
        self._start()
        reply = self._ask({"pages": self.pages}, data, self.seconds, _READING)
        if reply.get("error"):
            raise (SuspiciousPdfError if reply["error"] == _crashed() else PdfDataError)(reply["error"])
        return SandboxResult(
            document=base64.b64decode(reply["document"]),
            manifest=reply["manifest"],
            page_count=int(reply["page_count"]),
            page_texts=tuple(reply.get("page_texts") or ()),
            annotations=tuple(reply.get("annotations") or ()),
        )

    def read_reply(self, data: bytes) -> bytes:
        """The record a receipt or letter of the Ministry carries (gui.pdf.embedded.read_reply_with_reader), read
        under the same limits as a report; PdfDataError saying why not."""
        self._start()
        reply = self._ask({"reply": True}, data, self.seconds, _READING)
        if reply.get("error"):
            raise PdfDataError(reply["error"])
        return base64.b64decode(reply["reply"])

    def verify(self, data: bytes, trust: Trust) -> Verification:
        """The signatures of a received PDF checked in the worker (gui.signing.verify.verify_pdf), or
        SuspiciousPdfError when that takes longer than VERIFY_SECONDS or more memory than the limit."""
        if b"/ByteRange" not in data:  # no signature dictionary at all, as verify_pdf itself decides
            return Verification(status=UNSIGNED)
        wire = trust_to_wire(trust)
        ahead, key = self._ahead, _key(data, wire)
        if ahead is not None and ahead.key == key:
            reply = self._collect(ahead)
        else:
            self._start()
            reply = self._ask({"verify": wire}, data, self.verify_seconds, _VERIFYING)
        if reply.get("error"):
            raise (SuspiciousPdfError if reply["error"] == _crashed() else PdfDataError)(reply["error"])
        try:
            return verification_from_wire(reply["verification"], data)
        except (KeyError, WireError):
            self._kill()  # a worker that answers nonsense is not asked again
            raise PdfDataError(str(DamagedPdfError())) from None

    def verify_ahead(self, data: bytes, trust: Trust) -> None:
        """Give the next file's signatures to the spare, if it is ready and free; `verify` with the same bytes and
        trust then takes its answer (or its refusal: the time limit runs from now)."""
        spare = self._spare
        if spare is None or b"/ByteRange" not in data or not spare.poll_ready():
            return
        if self._ahead is not None and not self._drop(self._ahead, wait=False):
            return  # still busy with a file that was not asked for (already imported): not given another
        wire = trust_to_wire(trust)
        if not self._send(spare, {"verify": wire}, data):
            self._spare = None
            return
        self._ahead = _Ahead(_key(data, wire), spare, time.monotonic())

    def _collect(self, ahead: _Ahead) -> dict[str, Any]:
        """The spare's answer to the file given ahead; a violation costs the spare, as it would the worker."""
        self._ahead = None
        worker = ahead.worker
        reply = worker.wait(max(self.verify_seconds - (time.monotonic() - ahead.sent), 0.0))
        if reply is None:
            worker.kill()
            if self._spare is worker:
                self._spare = None
            raise SuspiciousPdfError(_crashed() if worker.ended else _too_slow(self.verify_seconds, _VERIFYING))
        answer: dict[str, Any] = json.loads(reply)
        if answer.get("error") == _crashed():
            worker.kill()
            if self._spare is worker:
                self._spare = None
        return answer

    def _drop(self, ahead: _Ahead, *, wait: bool) -> bool:
        """Forget an answer not asked for: True once the spare is free again (its answer came, or it was killed
        when `wait` and its time ran out); False when it is still busy and not `wait`."""
        left = self.verify_seconds - (time.monotonic() - ahead.sent)
        reply = ahead.worker.wait(max(left, 0.0) if wait else 0.0)
        if reply is None and not wait and not ahead.worker.ended:
            return False
        self._ahead = None
        if reply is None or json.loads(reply).get("error") == _crashed():
            ahead.worker.kill()
            if self._spare is ahead.worker:
                self._spare = None
        return True

    # --- the conversation ----------------------------------------------------------------------------

    def _start(self) -> None:
        if self._worker is not None and self._worker.alive():
            return
        if self._worker is not None:  # ended on its own since the last file
            self._kill()
        if self._ahead is not None:  # the spare becomes the worker: the file it was given ahead is finished first
            self._drop(self._ahead, wait=True)
        worker, self._spare = self._spare, None
        if worker is None or not worker.alive():
            if worker is not None:
                worker.kill()
            worker = _Worker(self.memory, warm=self.spare)
            self.started += 1
        self._worker = worker
        if not worker.wait_ready():
            self._kill()
            raise PdfDataError(translate("Pdf", "Không khởi động được tiến trình đọc PDF; hãy thử lại."))

    def _ask(self, options: dict[str, Any], data: bytes, seconds: float, what: str) -> dict[str, Any]:
        worker = self._worker
        assert worker is not None
        if not self._send(worker, options, data):
            self._kill()
            raise SuspiciousPdfError(_crashed())
        started = time.monotonic()
        reply = worker.wait(seconds)
        if reply is None:  # no reply in time (the file is what keeps it busy), or the worker died of it
            self._kill()
            raise SuspiciousPdfError(_crashed() if worker.ended else _too_slow(seconds, what))
        answer: dict[str, Any] = json.loads(reply)
        if answer.get("more"):  # the embedded data is read; the page texts get time by the page
            left = seconds + PAGE_TEXT_SECONDS * int(answer["page_count"]) - (time.monotonic() - started)
            reply = worker.wait(max(left, 0.0))
            if reply is None:
                self._kill()
                raise SuspiciousPdfError(_crashed() if worker.ended else _too_slow(self.seconds, what))
            answer = json.loads(reply)
        if answer.get("error") == _crashed():  # out of memory: what is left of the worker is not trusted
            self._kill()
        elif self.spare and self._spare is None:
            self._spare = _Worker(self.memory, warm=True)  # starts while the files go on; ready for the first one that kills a worker
            self.started += 1
        return answer

    @staticmethod
    def _send(worker: _Worker, options: dict[str, Any], data: bytes) -> bool:
        head = json.dumps(options).encode()
        try:
            assert worker.process.stdin is not None
            worker.process.stdin.write(_HEADER.pack(len(head)) + head + _HEADER.pack(len(data)) + data)
            worker.process.stdin.flush()
        except OSError:
            return False
        return True

    def _kill(self) -> None:
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.kill()


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
    return [sys.executable, "-m", "gui.pdf.sandbox"]


# --- the worker ---------------------------------------------------------------------------------------------


def run_worker() -> int:
    """The child's loop: a request (options, PDF bytes) in, a reply out, until its input ends."""
    _limit_memory()
    set_language(os.environ.get(LANGUAGE_ENV))
    # The windowed bundle has no sys.stdin/sys.stdout objects; the pipes are still its descriptors 0 and 1.
    stdin = sys.stdin.buffer if sys.stdin is not None else os.fdopen(0, "rb")
    stdout = sys.stdout.buffer if sys.stdout is not None else os.fdopen(1, "wb")
    sys.stdout = sys.stderr  # nothing printed by a library may corrupt the replies
    if os.environ.get(WARM_ENV) == "1":
        _warm_up()
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


def _warm_up() -> None:
    """Import what reading and checking a file import on first use (pyHanko's ~100 modules take 1-3 s, more on a
    busy PC): before the worker says it is ready, so the first file's time limit is not spent on them. Asked for
    by a run of many files (PdfSandbox(spare=True)); a single file's worker starts without, as fast as it can."""
    for name in _WARM_UP:
        importlib.import_module(name)


# Imported by the worker before it says it is ready; the app's own process never needs them to start an import.
_WARM_UP = (
    "pyhanko.sign.validation",
    "pyhanko.sign.diff_analysis",
    "pyhanko.sign.ades.report",
    "pyhanko_certvalidator",
    "gui.pdf.page_texts",
)


def _answer(stdout: BinaryIO, data: bytes, options: dict[str, Any]) -> None:
    if options.get("verify") is not None:
        _send(stdout, {"verification": _verification(data, options["verify"])})
        return

    if options.get("reply"):
        record, _manifest, reader = read_reply_with_reader(data)
        _check_size(reader)
        _send(stdout, {"reply": base64.b64encode(record).decode("ascii")})
        return

    found, reader = read_embedded_with_reader(data)
    pages = _check_size(reader)
    reply: dict[str, Any] = {
        "document": base64.b64encode(found.data).decode("ascii"),
        "manifest": found.manifest,
        "page_count": pages,
    }
    if not options.get("pages"):
        _send(stdout, reply)
        return
    _send(stdout, {"more": True, "page_count": pages})
    # lazy: PDFium is loaded in the worker only, never by the app's own process for a received file
    from gui.pdf.page_texts import page_annotations, page_texts

    reply["page_texts"] = list(page_texts(data))
    reply["annotations"] = list(page_annotations(reader))
    _send(stdout, reply)


def _check_size(reader: Any) -> int:
    """The file's page count, after refusing more objects or pages than any report has."""
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
    return pages


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
    try:
        wanted = int(os.environ.get(MEMORY_ENV) or limits.PARSE_MEMORY_BYTES)
    except ValueError:
        wanted = limits.PARSE_MEMORY_BYTES
    if hard != resource.RLIM_INFINITY:
        wanted = min(wanted, hard)
    if soft == resource.RLIM_INFINITY or soft > wanted:
        resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))


if __name__ == "__main__":
    sys.exit(run_worker())
