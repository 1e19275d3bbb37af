"""What verifying a received report's two signatures costs, per file (issue 20: verification adds <= 30 ms a file to
an import; issue 21, part 2: <= 30 ms a signed file at 100 and 1,000 files, linear).

The files are bench_inbox.py's: real reports rendered by the app, each signed twice (the competent person's and the
agency's PAdES signatures, RSASSA-PSS, a throwaway PKI), made once and cached. For 100 and 1,000 of them, in the
same run:

- baseline: reading the embedded document alone (gui.pdf.embedded.extract_document), the floor of any import;
- verify_pdf in this process (gui.signing.verify), with its shortcuts (signature_contents, allowed_updates,
  signer_check, whose chain verdicts are kept for the session as an import keeps them);
- the same in the import's sandbox worker (gui.pdf.sandbox.PdfSandbox.verify: the bytes sent, the verdict sent
  back), which is what an import pays;
- at 100 files, verify_pdf with every shortcut turned off: pyHanko's full validation and difference analysis, what
  verification cost before them.

Each line gives the median and p95 per file in ms, and the 1,000/100 ratio of the totals (10 = linear). The machine
is shared: the load average is printed, and a figure is worth repeating.

    python benchmarks/bench_verify.py [--no-sandbox]
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_inbox import make_pdfs, make_signed, percentile

COUNTS = (100, 1000)
TARGET_MS = 30.0


CPU: list[float] = []  # the last timed run's per-file CPU time of this process, ms


def timed(datas: list[bytes], step: Callable[[bytes], object]) -> tuple[float, list[float]]:
    """Total seconds and per-file milliseconds (wall clock) of `step` over `datas`; CPU holds the CPU times."""
    per_file = []
    CPU.clear()
    started = time.perf_counter()
    for data in datas:
        t0, c0 = time.perf_counter(), time.process_time()
        step(data)
        per_file.append((time.perf_counter() - t0) * 1000)
        CPU.append((time.process_time() - c0) * 1000)
    return time.perf_counter() - started, per_file


def line(label: str, count: int, per_file: list[float], baseline: list[float] | None = None, cpu: bool = True) -> str:
    median = statistics.median(per_file)
    text = f"{label:<44} {count:>5} files: median {median:6.2f} ms, p95 {percentile(per_file, 0.95):6.2f} ms"
    if cpu:  # less disturbed by the other processes of a shared machine than the wall clock
        text += f" [CPU median {statistics.median(CPU):.2f} ms]"
    if baseline is not None:
        text += f" (baseline median {statistics.median(baseline):.2f} ms)"
    return text


def main() -> None:
    print(f"load average before the run: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    from gui.pdf.embedded import extract_document
    from gui.signing import signer_check
    from gui.signing.verify import Status, load_trust, verify_pdf

    signed, roots = make_signed(make_pdfs(max(COUNTS)))
    trust = load_trust(roots)
    datas = [path.read_bytes() for path in signed[: max(COUNTS)]]
    assert verify_pdf(datas[0], trust).status is Status.TRUSTED
    totals: dict[tuple[str, int], float] = {}
    for count in COUNTS:
        batch = datas[:count]
        signer_check.clear_session()  # each size starts a session, as an import does
        _, baseline = timed(batch, extract_document)
        print(line("baseline: the embedded document alone", count, baseline))
        totals[("verify", count)], quick = timed(batch, lambda data: verify_pdf(data, trust))
        print(
            line("verify_pdf in process", count, quick, baseline)
            + f"; target <= {TARGET_MS:g} ms: {'met' if statistics.median(quick) <= TARGET_MS else 'NOT met'}"
        )
        if "--no-sandbox" not in sys.argv:
            totals[("sandbox", count)], guarded = bench_sandbox(batch, trust)
            print(
                line("verify in the sandbox's worker (the import)", count, guarded, baseline, cpu=False)
                + f"; target <= {TARGET_MS:g} ms: "
                + ("met" if statistics.median(guarded) <= TARGET_MS else "NOT met")
            )
        if count == COUNTS[0]:
            _, full = bench_without_shortcuts(batch, trust)
            print(line("verify_pdf, shortcuts off (pyHanko alone)", count, full, baseline))
        print(f"  load average now {os.getloadavg()[0]:.2f}")
    for kind in ("verify", "sandbox"):
        if (kind, COUNTS[1]) in totals:
            ratio = totals[(kind, COUNTS[1])] / totals[(kind, COUNTS[0])]
            print(f"1,000/100 ratio of total verification time, {kind}: {ratio:.2f} (10 = linear)")


def bench_sandbox(batch: list[bytes], trust: object) -> tuple[float, list[float]]:
    from gui.pdf.sandbox import PdfSandbox

    with PdfSandbox() as sandbox:
        sandbox.verify(batch[0], trust)  # type: ignore[arg-type]  # the worker started and warmed
        return timed(batch, lambda data: sandbox.verify(data, trust))  # type: ignore[arg-type]


def bench_without_shortcuts(batch: list[bytes], trust: object) -> tuple[float, list[float]]:
    """verify_pdf as it was before the shortcuts: every signature through pyHanko's validation and analysis."""
    from unittest import mock

    from gui.signing.allowed_updates import Updates
    from gui.signing.verify import verify_pdf

    with (
        mock.patch("gui.signing.verify.preload_signature_values", lambda reader, data: 0),
        mock.patch("gui.signing.verify.judge", lambda *args: None),
        mock.patch("gui.signing.verify.signer_certificate", lambda sig: None),
        mock.patch("gui.signing.verify.judge_updates", lambda *args: Updates.UNKNOWN),
    ):
        return timed(batch, lambda data: verify_pdf(data, trust))  # type: ignore[arg-type]


if __name__ == "__main__":
    main()
