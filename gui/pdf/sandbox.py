"""Reading received PDFs in a child process with a time and a memory limit, so no file can hang or exhaust the app.

pypdf is careful, but a small crafted file (cross-reference streams declaring millions of entries, loops in the
page tree) can still keep it busy for seconds or minutes, and nothing can interrupt it inside our own process.
So each received PDF is read by a worker process, one file at a time, reused from file to file and replaced
after a file that broke a limit; an import of many files has two, the next file given ahead to the free one
while the import checks and stores the one before:

    with PdfSandbox(spare=True) as sandbox:
        sandbox.receive_ahead(next_data, trust)  # the next file starts in a free worker, its limits from now
        got = sandbox.receive(data, trust)      # -> Received (Verification, SandboxResult or why not)
        found = sandbox.read(data)              # -> SandboxResult (document bytes, manifest, page count, texts)
        checked = sandbox.verify(data, trust)   # -> gui.signing.verify.Verification, pyHanko run in the worker

`receive` is the import's one request a file: gui.signing.verify.verify_pdf (pyHanko's parser, difference analysis
and chain validation, all of which a crafted file can keep busy) under VERIFY_SECONDS, then, from the revision the
signatures sign, `gui.pdf.embedded.read_embedded` (trailer, catalogue and the two attachments only), the page and
object counts (gui.core.limits) and each page's text and annotations for the page check (gui.pdf.page_texts:
PDFium) under PARSE_SECONDS plus a little per page; each stage's limit counts from when it began, all under the
memory limit PARSE_MEMORY_BYTES (POSIX). A file over a limit is refused as suspicious and costs its worker, never
another file. Every refusal is a PdfDataError (a DocumentError) with a Vietnamese message, as from read_embedded.
The trust roots go to the worker as DER and the verification comes back as JSON (gui.signing.verification_json),
never pickled. pyHanko and PDFium are imported by a worker the first time a file needs them, the file's clock
stopped meanwhile.

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
from gui.signing.verify import BROKEN, UNSIGNED, Verification, verify_pdf

WORKER_FLAG = "--bvntd-pdf-worker"
MEMORY_ENV = "BVNTD_PDF_WORKER_MEMORY"  # the worker's memory limit in bytes, as the sandbox asks
WARM_ENV = "BVNTD_PDF_WORKER_WARM"  # "1": import pyHanko and PDFium before saying it is ready
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
    """One worker process, its reader thread and the queue of its replies (each with the time it arrived)."""

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
        self.replies: queue.Queue[tuple[float, bytes] | None] = queue.Queue()
        self.pump = threading.Thread(target=_pump, args=(self.process.stdout, self.replies), daemon=True)
        self.pump.start()
        self.ready = False
        self.ended = False  # its output ended: it crashed (or was killed)
        self.arrived = 0.0  # time.monotonic() when the last reply taken from the queue arrived

    def alive(self) -> bool:
        return self.process.poll() is None

    def wait(self, seconds: float) -> bytes | None:
        """The next reply, or None: no reply in time, or the worker ended (then `ended` is set)."""
        if self.ended:
            return None
        try:
            reply = self.replies.get(timeout=seconds)
        except queue.Empty:
            return None
        if reply is None:
            self.ended = True
            return None
        self.arrived, body = reply
        return body

    def poll_ready(self) -> bool:
        """Ready now, without waiting for it."""
        return self.ready or self.wait_ready(0)

    def wait_ready(self, seconds: float = STARTUP_SECONDS) -> bool:
        """The first reply says the worker is ready: its start-up (imports) is not a file's time."""
        if not self.ready:
            ready = self.wait(seconds)
            self.ready = ready is not None and json.loads(ready).get("ready") is True
        return self.ready

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
    key: bytes  # the request and the file's bytes, hashed
    worker: _Worker
    sent: float  # time.monotonic() when it was given the file
    verifying: bool  # its first stage is the signatures' (VERIFY_SECONDS), then the reading's


def _key(data: bytes, options: dict[str, Any]) -> bytes:
    return hashlib.sha256(json.dumps(options, sort_keys=True).encode() + data).digest()


@dataclass(frozen=True)
class Received:
    """What the worker found in a received PDF in one request (`PdfSandbox.receive`): its signatures checked,
    then its report data read from the signed revision. `found` is None when the signatures are broken (the file
    is refused for them, its data are not read) or the data could not be read (`problem` says why)."""

    verification: Verification
    found: SandboxResult | None
    problem: str = ""


class PdfSandbox:
    """Worker processes reading PDFs, each one file at a time, reused from file to file; one is replaced after a
    file that broke a limit (time, memory) or crashed it.

    With `spare` (an import of many files) there are two: the second is started in the background once the
    first has answered. While the import works on one file (its page check, its database writes), the next file
    is given ahead to a free worker (`receive_ahead`), so the workers' work overlaps the import's; and when a
    hostile file costs a worker its life, the other one goes on at once: a hostile file costs its own time limit,
    not a cold start for the file after it. Each worker still reads one file at a time, under the same limits,
    its time counted from when the file was given to it.
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
        self._workers: list[_Worker] = []  # at most two with `spare`, one without
        self._ahead: list[_Ahead] = []  # files given ahead, at most one per worker
        self._signed = False  # a file with signatures was given: workers started from now on load pyHanko first
        self.started = 0  # workers started, for the tests and the benchmark

    def __enter__(self) -> PdfSandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        # Ended, not asked to end: a worker holds nothing worth saving, and its own exit (unloading pyHanko's
        # modules) would cost the run a second.
        for worker in self._workers:
            worker.kill()
        self._workers = []
        self._ahead = []

    @property
    def _spare(self) -> _Worker | None:
        """The worker not holding a file given ahead, other than the first (for the tests)."""
        return self._workers[1] if len(self._workers) > 1 else None

    def read(self, data: bytes) -> SandboxResult:
        """The report data of a PDF, or PdfDataError saying why not (SuspiciousPdfError: too slow, too big)."""
        reply = self._request({"pages": self.pages}, data)
        if reply.get("error"):
            raise (SuspiciousPdfError if reply["error"] == _crashed() else PdfDataError)(reply["error"])
        return _sandbox_result(reply)

    def read_reply(self, data: bytes) -> bytes:
        """The record a receipt or letter of the Ministry carries (gui.pdf.embedded.read_reply_with_reader), read
        under the same limits as a report; PdfDataError saying why not."""
        reply = self._request({"reply": True}, data)
        if reply.get("error"):
            raise PdfDataError(reply["error"])
        return base64.b64decode(reply["reply"])

    def verify(self, data: bytes, trust: Trust) -> Verification:
        """The signatures of a received PDF checked in the worker (gui.signing.verify.verify_pdf), or
        SuspiciousPdfError when that takes longer than VERIFY_SECONDS or more memory than the limit."""
        if b"/ByteRange" not in data:  # no signature dictionary at all, as verify_pdf itself decides
            return Verification(status=UNSIGNED)
        reply = self._request({"verify": trust_to_wire(trust)}, data)
        if reply.get("error"):
            raise (SuspiciousPdfError if reply["error"] == _crashed() else PdfDataError)(reply["error"])
        return self._verification(reply, data)

    def verify_ahead(self, data: bytes, trust: Trust) -> None:
        """Give a file's signatures to a free worker now; `verify` with the same bytes and trust then takes its
        answer (or its refusal: the time limit runs from now)."""
        if b"/ByteRange" in data:
            self._give_ahead({"verify": trust_to_wire(trust)}, data)

    def receive(self, data: bytes, trust: Trust) -> Received:
        """A received report PDF in one request to the worker: its signatures (when it has any) checked under
        VERIFY_SECONDS, then its data, page count, page texts and annotations read from its signed revision under
        PARSE_SECONDS (and a little per page). PdfDataError (SuspiciousPdfError: too slow, too big) when the file
        cannot be checked at all; a refusal of its data alone is the result's `problem`."""
        options = self._receiving(data, trust)
        reply = self._request(options, data)
        if reply.get("error") and "verification" not in reply:
            raise (SuspiciousPdfError if reply["error"] == _crashed() else PdfDataError)(reply["error"])
        verification = (
            self._verification(reply, data) if options["verify"] is not None else Verification(status=UNSIGNED)
        )
        if reply.get("error"):
            return Received(verification, None, str(reply["error"]))
        return Received(verification, _sandbox_result(reply) if "document" in reply else None)

    def receive_ahead(self, data: bytes, trust: Trust) -> None:
        """Give a file to a free worker now (a run of many files: `spare`); `receive` with the same bytes and trust
        then takes its answer, its time limits counted from now. Nothing happens when no worker is free."""
        self._give_ahead(self._receiving(data, trust), data)

    def _receiving(self, data: bytes, trust: Trust) -> dict[str, Any]:
        # no signature dictionary at all: unsigned, as verify_pdf itself decides, and nothing to send for it
        return {"receive": True, "pages": self.pages, "verify": trust_to_wire(trust) if b"/ByteRange" in data else None}

    def _verification(self, reply: dict[str, Any], data: bytes) -> Verification:
        try:
            return verification_from_wire(reply["verification"], data)
        except (KeyError, TypeError, WireError):
            self._kill_all()  # a worker that answers nonsense is not asked again
            raise PdfDataError(str(DamagedPdfError())) from None

    # --- the conversation ----------------------------------------------------------------------------

    def _request(self, options: dict[str, Any], data: bytes) -> dict[str, Any]:
        """The worker's answer to one request: the one given ahead with the same bytes and options, or a free
        worker's, asked now."""
        key = _key(data, options)
        ahead = next((a for a in self._ahead if a.key == key), None)
        if ahead is not None:
            self._ahead.remove(ahead)
            return self._answer(ahead)
        worker = self._free()
        sent = time.monotonic()
        if not self._send(worker, options, data):
            self._drop_worker(worker)
            raise SuspiciousPdfError(_crashed())
        return self._answer(_Ahead(key, worker, sent, options.get("verify") is not None))

    def _give_ahead(self, options: dict[str, Any], data: bytes) -> None:
        if not self.spare:
            return
        self._top_up()
        busy = {id(a.worker) for a in self._ahead}
        idle = [w for w in self._workers if id(w) not in busy and w.alive()]
        ready = [w for w in idle if w.poll_ready()]
        # One ready worker is kept free for the file asked for now, unless it was itself given ahead: after a
        # hostile file, its replacement is still loading pyHanko (~0.6 s), and the next file must not wait for it.
        if not ready or (len(ready) < 2 and not self._ahead):
            return
        worker = ready[0]
        if not self._send(worker, options, data):
            self._drop_worker(worker)
            return
        self._ahead.append(_Ahead(_key(data, options), worker, time.monotonic(), options.get("verify") is not None))

    def _free(self) -> _Worker:
        """A worker with no file, ready (its start-up is not a file's time); files given ahead and never asked
        for are finished first, within their limits."""
        for worker in [w for w in self._workers if not w.alive()]:  # ended on their own since the last file
            self._drop_worker(worker)
        while True:
            busy = {id(a.worker) for a in self._ahead}
            idle = [w for w in self._workers if id(w) not in busy]
            if idle or len(self._workers) < (2 if self.spare else 1):
                break
            stale = self._ahead.pop(0)
            with contextlib.suppress(PdfDataError):
                self._answer(stale)
        ready = [w for w in idle if w.ready]
        worker = (ready or idle)[0] if idle else self._start_worker()
        if not worker.wait_ready():
            self._drop_worker(worker)
            raise PdfDataError(translate("Pdf", "Không khởi động được tiến trình đọc PDF; hãy thử lại."))
        return worker

    def _top_up(self) -> None:
        """With `spare`, a second worker starts in the background: ready for the next file given ahead, or for
        the first one that kills a worker."""
        for worker in [w for w in self._workers if not w.alive()]:
            if not any(a.worker is worker for a in self._ahead):  # a dead one holding a file: its answer says so
                self._drop_worker(worker)
        if self.spare and len(self._workers) < 2:
            self._start_worker()

    def _start_worker(self) -> _Worker:
        # Once a run has met a signed file, a worker it starts (the second, or one replacing a killed one) loads
        # pyHanko before it is ready, in the background, not when its first file is waiting.
        worker = _Worker(self.memory, warm=self._signed)
        self.started += 1
        self._workers.append(worker)
        return worker

    def _answer(self, job: _Ahead) -> dict[str, Any]:
        """The final reply to a file given at `job.sent`; each stage within its limit, counted from when it
        began: the signatures' (VERIFY_SECONDS), then the reading's (PARSE_SECONDS), plus PAGE_TEXT_SECONDS a
        page once the page count is known. A violation costs the worker its life, never another file's."""
        worker = job.worker
        began = job.sent
        limit, what = (self.verify_seconds, _VERIFYING) if job.verifying else (self.seconds, _READING)
        deadline = began + limit
        importing = False
        while True:
            reply = worker.wait(max(deadline - time.monotonic(), 0.0))
            if reply is None:  # no reply in time (the file is what keeps it busy), or the worker died of it
                self._drop_worker(worker)
                if importing and not worker.ended:
                    raise PdfDataError(translate("Pdf", "Không khởi động được tiến trình đọc PDF; hãy thử lại."))
                raise SuspiciousPdfError(_crashed() if worker.ended else _too_slow(limit, what))
            answer: dict[str, Any] = json.loads(reply)
            importing = bool(answer.get("importing"))
            if importing:  # the worker's first file of a kind: modules loaded, the file's clock stopped
                deadline = worker.arrived + STARTUP_SECONDS
            elif answer.get("imported"):  # the file's clock starts again, its stage's whole time before it
                began = worker.arrived
                deadline = began + limit
            elif answer.get("verified"):  # the signatures are checked; the reading gets its own time
                began, limit, what = worker.arrived, self.seconds, _READING
                deadline = began + limit
            elif answer.get("more"):  # the embedded data is read; the page texts get time by the page
                deadline = began + limit + PAGE_TEXT_SECONDS * int(answer["page_count"])
            else:
                break
        if answer.get("error") == _crashed():  # out of memory: what is left of the worker is not trusted
            self._drop_worker(worker)
        else:
            self._top_up()
        return answer

    def _send(self, worker: _Worker, options: dict[str, Any], data: bytes) -> bool:
        self._signed = self._signed or options.get("verify") is not None
        head = json.dumps(options).encode()
        try:
            assert worker.process.stdin is not None
            worker.process.stdin.write(_HEADER.pack(len(head)) + head + _HEADER.pack(len(data)) + data)
            worker.process.stdin.flush()
        except OSError:
            return False
        return True

    def _drop_worker(self, worker: _Worker) -> None:
        worker.kill()
        if worker in self._workers:
            self._workers.remove(worker)
        self._ahead = [a for a in self._ahead if a.worker is not worker]

    def _kill_all(self) -> None:
        for worker in list(self._workers):
            self._drop_worker(worker)


def _sandbox_result(reply: dict[str, Any]) -> SandboxResult:
    return SandboxResult(
        document=base64.b64decode(reply["document"]),
        manifest=reply["manifest"],
        page_count=int(reply["page_count"]),
        page_texts=tuple(reply.get("page_texts") or ()),
        annotations=tuple(reply.get("annotations") or ()),
    )


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


def _pump(stream: BinaryIO | None, replies: queue.Queue[tuple[float, bytes] | None]) -> None:
    """Read the worker's messages into the queue, each with when it came; None when it ends."""
    assert stream is not None
    try:
        while True:
            message = _read_message(stream)
            if message is None:
                break
            replies.put((time.monotonic(), message))
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
        for name in (*_SIGNING_MODULES, *_PAGE_MODULES):
            importlib.import_module(name)
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


# Imported by a worker the first time a request needs them, the file's clock stopped meanwhile (the parent gives
# the imports STARTUP_SECONDS): pyHanko's ~100 modules take 1-3 s, more on a busy PC, and are never a file's time;
# a run of unsigned files never loads them. The app's own process never needs them for a received file.
_SIGNING_MODULES = (
    "pyhanko.sign.validation",
    "pyhanko.sign.diff_analysis",
    "pyhanko.sign.ades.report",
    "pyhanko_certvalidator",
)
_PAGE_MODULES = ("gui.pdf.page_texts",)


def _import_first(stdout: BinaryIO, data: bytes, options: dict[str, Any]) -> None:
    names = list(_PAGE_MODULES) if options.get("pages") else []
    if options.get("verify") is not None and b"/ByteRange" in data:
        names += _SIGNING_MODULES
    missing = [name for name in names if name not in sys.modules]
    if missing:
        _send(stdout, {"importing": True})
        for name in missing:
            importlib.import_module(name)
        _send(stdout, {"imported": True})


def _answer(stdout: BinaryIO, data: bytes, options: dict[str, Any]) -> None:
    _import_first(stdout, data, options)
    if options.get("receive"):
        _receive(stdout, data, options)
        return
    if options.get("verify") is not None:
        _send(stdout, {"verification": _verification(data, options["verify"])[0]})
        return

    if options.get("reply"):
        record, _manifest, reader = read_reply_with_reader(data)
        _check_size(reader)
        _send(stdout, {"reply": base64.b64encode(record).decode("ascii")})
        return

    _send(stdout, _read(stdout, data, pages=bool(options.get("pages"))))


def _receive(stdout: BinaryIO, data: bytes, options: dict[str, Any]) -> None:
    """One request for a received report: the signatures first (when asked: the file has a signature dictionary),
    then the data of the revision they sign. A broken signature refuses the file: its data are not read."""
    reply: dict[str, Any] = {}
    if options.get("verify") is not None:
        wire, verification = _verification(data, options["verify"])
        reply["verification"] = wire
        _send(stdout, {"verified": True})  # the reading's time limit starts now
        if verification.status == BROKEN:
            _send(stdout, reply)
            return
        data = verification.signed_data if verification.signed_data is not None else data
    try:
        reply.update(_read(stdout, data, pages=bool(options.get("pages"))))
    except PdfDataError as error:
        reply["error"] = str(error)
    except MemoryError:
        raise
    except Exception:  # a fault of pypdf's on a broken file: the file is damaged, the worker goes on
        reply["error"] = str(DamagedPdfError())
    _send(stdout, reply)


def _read(stdout: BinaryIO, data: bytes, *, pages: bool) -> dict[str, Any]:
    """The embedded document, manifest and page count; with `pages`, each page's text and the annotations (the
    page count said first, so the sandbox gives the page texts their time)."""
    found, reader = read_embedded_with_reader(data)
    count = _check_size(reader)
    reply: dict[str, Any] = {
        "document": base64.b64encode(found.data).decode("ascii"),
        "manifest": found.manifest,
        "page_count": count,
    }
    if not pages:
        return reply
    _send(stdout, {"more": True, "page_count": count})
    # lazy: PDFium is loaded in the worker only, never by the app's own process for a received file
    from gui.pdf.page_texts import page_annotations, page_texts

    reply["page_texts"] = list(page_texts(data))
    reply["annotations"] = list(page_annotations(reader))
    return reply


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


def _verification(data: bytes, trust: dict[str, Any]) -> tuple[dict[str, Any], Verification]:
    key = json.dumps(trust, sort_keys=True)
    if key not in _trust_cache:
        _trust_cache.clear()
        _trust_cache[key] = trust_from_wire(trust)
    verification = verify_pdf(data, _trust_cache[key])
    return verification_to_wire(verification), verification


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
