"""The Ministry's inbox, once for the window and the command line: receiving files and folders, the versions of a
unit's report, the conflicts a person decides, and the consolidation of a period read for the pages.

    import_files(store=, paths=, trust=(), crls=(), require_signature=False, accept_drafts=False,
                 on_result=None, progress=None, cancel=None) -> Imported        a line per file; UserError: a path
                                                                                 that does not exist
    unit_versions(store=, unit_code=, period_id=) -> Versions                   every version received, newest first
    open_conflicts(store=) -> tuple[Conflict, ...]
    resolve_conflict(store=, conflict_id=, take=, accept=False, by=None) -> Decided
                                                                                 NotCountableError: taking it would
                                                                                 not count (issue 20's rule)
    received_periods(store=) -> tuple[ReceivedPeriod, ...]                      latest first
    period_summary(store=, period_id=) -> PeriodSummary                         the consolidation and each report's
                                                                                 checks, as the pages show them

Each raises a UserError whose message is meant for the person. The command line and the window call these and only
ask, show and choose (as Anki's aqt/operations: one success path, one failure path, then the page reads again).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from gui.core.errors import UserError
from gui.core.i18n import translate
from gui.core.period import Period, parse_period
from gui.core.text import shown_path
from gui.inbox import decisions
from gui.inbox.consolidate import Consolidation, consolidate, periods
from gui.inbox.decisions import Decided, Decision, NotCountableError
from gui.inbox.importer import FileResult, ImportRun, import_paths
from gui.inbox.report_checks import ReportQuality, report_quality
from gui.operations.person import acting_person
from gui.operations.trust import signature_policy
from gui.signing.settings import load_settings
from gui.store.inbox import Conflict, InboxRepository, Version
from gui.store.reports import ReportStore

Progress = Callable[[int, int, Path | None], None]


def _period(period_id: str) -> Period:
    return parse_period(period_id)  # PeriodError is a UserError that says what a period looks like


def unit_kind_of(code: str) -> str:
    """A province's code is a number (40), a ministry's letters (BTC)."""
    return "province" if code.strip().isdigit() else "ministry"


# --- import ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Imported:
    run: ImportRun
    single_refused: bool  # one file named alone (not a folder) and refused: the command line exits 2


def import_files(
    *,
    store: ReportStore,
    paths: Iterable[Path],
    trust: Iterable[Path] = (),
    crls: Iterable[Path] = (),
    require_signature: bool = False,
    online: bool = False,
    accept_drafts: bool = False,
    on_result: Callable[[FileResult], None] | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> Imported:
    """Files and folders received into the inbox (gui.inbox.importer), with the trust of Settings and of the
    database plus `trust`/`crls` given now; signatures required when Settings or `require_signature` say so;
    revocation fetched online when `online` or this PC's setting says so (gui.operations.trust). A path
    that does not exist is refused before anything is read (the window's and the command line's alike)."""
    named = [Path(p) for p in paths]
    missing = [p for p in named if not os.path.lexists(p)]
    if missing:
        raise UserError(
            translate("Operations", "Không tìm thấy: {paths}").format(paths=", ".join(shown_path(p) for p in missing))
        )
    if not named:
        raise UserError(translate("Operations", "Chưa chọn tệp hay thư mục nào để nhập."))
    policy = signature_policy(
        store=store, extra=list(trust), require=require_signature, crls=list(crls), online=online
    )
    run = import_paths(
        store,
        named,
        progress=progress,
        cancel=cancel,
        on_result=on_result,
        signatures=policy,
        accept_drafts=accept_drafts,
    )
    single = len(named) == 1 and not named[0].is_dir() and len(run.results) == 1
    return Imported(run=run, single_refused=single and not run.results[0].handled)


# --- versions and conflicts -----------------------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class Versions:
    unit_code: str
    period_id: str
    versions: tuple[Version, ...]  # newest first; the counted one is `current`


def unit_versions(*, store: ReportStore, unit_code: str, period_id: str) -> Versions:
    period = _period(period_id)
    code = unit_code.strip()
    if not code:
        raise UserError(translate("Operations", "Hãy ghi mã đơn vị: mã tỉnh (ví dụ 40) hoặc mã bộ, ngành (ví dụ BTC)."))
    found = InboxRepository(store).versions(unit_kind_of(code), code, period.id)
    return Versions(unit_code=code, period_id=period.id, versions=tuple(found))


def open_conflicts(*, store: ReportStore) -> tuple[Conflict, ...]:
    return tuple(InboxRepository(store).conflicts())


def resolve_conflict(
    *, store: ReportStore, conflict_id: int, take: bool, accept: bool = False, by: str | None = None
) -> Decided:
    """Keep what was there, or take the received document. A taken version is weighed by the counting rule
    (gui.inbox.counting: trusted and registered signatures, or unsigned after unsigned): one that would wait is
    refused with its reason (NotCountableError, nothing stored) unless `accept`, the person's knowing acceptance,
    recorded with their name as `inbox accept` records it. The same rule in the window and on the command line."""
    if accept and not take:
        raise UserError(translate("Operations", "Chỉ chấp nhận được bản mới khi nhận nó (--take --accept)."))
    require = load_settings().require_signatures
    return decisions.decide(
        store, conflict_id, take=take, accept=accept, require=require, by=acting_person(by) if accept else ""
    )


# --- the consolidation read for the pages ---------------------------------------------------------------------


@dataclass(frozen=True, kw_only=True)
class ReceivedPeriod:
    period_id: str
    reports: int  # counted reports of the period


def received_periods(*, store: ReportStore) -> tuple[ReceivedPeriod, ...]:
    return tuple(ReceivedPeriod(period_id=p, reports=n) for p, n in periods(store))


@dataclass(frozen=True, kw_only=True)
class PeriodSummary:
    consolidation: Consolidation
    quality: dict[int, ReportQuality]  # report id → its own checks (completeness, template rules)


def period_summary(*, store: ReportStore, period_id: str) -> PeriodSummary:
    c = consolidate(store, _period(period_id).id)
    return PeriodSummary(consolidation=c, quality=report_quality(store, c))


__all__ = [
    "Conflict",
    "Decided",
    "Decision",
    "Imported",
    "NotCountableError",
    "PeriodSummary",
    "ReceivedPeriod",
    "Version",
    "Versions",
    "import_files",
    "open_conflicts",
    "period_summary",
    "received_periods",
    "resolve_conflict",
    "unit_kind_of",
    "unit_versions",
]
