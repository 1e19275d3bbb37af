"""The sandbox's worker (gui.pdf.sandbox) is reused from file to file and replaced after a violation: a file over
its time limit or its memory limit is refused, and the file after it is read correctly by the spare worker,
already started, with the same result as before (one bad file never costs another)."""

from __future__ import annotations

import io
import zlib

import pytest
from pypdf import PdfReader

from gui.pdf.sandbox import PdfSandbox, SuspiciousPdfError
from tests.inbox.conftest import province_docs, render_pdf
from tests.inbox.hostile import crafted_xref


def content_bomb(base: bytes, size: int) -> bytes:
    """Page 1's content replaced, in an incremental update, by a stream of `size` spaces compressed to a little
    over size/1000 bytes: reading the page's text inflates all of it."""
    reader = PdfReader(io.BytesIO(base))
    page = reader.pages[0]
    ref = page.indirect_reference
    assert ref is not None
    packer = zlib.compressobj(1)
    chunk = b" " * (8 * 1024 * 1024)
    body = b"".join(packer.compress(chunk) for _ in range(size // len(chunk))) + packer.flush()
    number = int(reader.trailer["/Size"])
    out = io.BytesIO()
    out.write(base)
    stream_at = out.tell() + 1
    out.write(b"\n%d 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % (number, len(body)))
    out.write(body + b"\nendstream\nendobj\n")
    entries = []
    for key, value in page.items():
        if key != "/Contents":
            written = io.BytesIO()
            value.write_to_stream(written)
            entries.append(key.encode() + b" " + written.getvalue())
    page_at = out.tell() + 1
    out.write(b"\n%d 0 obj\n<< %s /Contents %d 0 R >>\nendobj\n" % (ref.idnum, b" ".join(entries), number))
    xref = out.tell()
    out.write(b"xref\n%d 1\n%010d 00000 n \n%d 1\n%010d 00000 n \n" % (ref.idnum, page_at, number, stream_at))
    previous = int(base.rsplit(b"startxref", 1)[1].split()[0])
    root = reader.trailer.raw_get("/Root").idnum
    out.write(b"trailer\n<< /Size %d /Root %d 0 R /Prev %d >>\n" % (number + 1, root, previous))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


@pytest.fixture(scope="module")
def good() -> list[bytes]:
    return [render_pdf(doc) for doc in province_docs("2025")[:3]]


def test_one_worker_reads_every_file_of_a_run(good: list[bytes]) -> None:
    with PdfSandbox(spare=True) as sandbox:
        results = [sandbox.read(data) for data in good * 2]
        assert sandbox.started == 2  # the worker, and the spare waiting for a violation: no start per file
    assert [r.document for r in results[:3]] == [r.document for r in results[3:]]


def test_after_a_time_limit_the_spare_reads_the_next_file_as_before(good: list[bytes]) -> None:
    with PdfSandbox() as alone:
        expected = alone.read(good[1])
    with PdfSandbox(spare=True) as sandbox:
        sandbox.read(good[0])
        with pytest.raises(SuspiciousPdfError, match="cần hơn 2 giây"):
            sandbox.read(crafted_xref(good[0], 2_000_000))
        started = sandbox.started
        after = sandbox.read(good[1])
        assert started == 2  # the file after the violation went to the spare, started before it
    assert after == expected


def test_over_the_memory_limit_the_file_is_refused_and_the_next_is_read(good: list[bytes]) -> None:
    limit = 600 * 1024 * 1024
    bomb = content_bomb(good[0], 700 * 1024 * 1024)
    assert len(bomb) < 4 * 1024 * 1024
    with PdfSandbox() as alone:
        expected = alone.read(good[2])
    # A longer time limit, so it is the memory that stops it.
    with PdfSandbox(spare=True, memory=limit, seconds=30) as sandbox:
        sandbox.read(good[0])
        with pytest.raises(SuspiciousPdfError, match="bộ nhớ"):
            sandbox.read(bomb)
        assert sandbox.read(good[2]) == expected
