"""A national round for the Ministry's desk: 34 provinces' and 6 ministries' reports of 2025 as official PDFs
(4 provinces missing, 3 late), imported once per session; each test works on its own copy of the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from gui.core.document import ReportDocument
from gui.core.period import parse_period
from gui.core.template import active_template
from gui.inbox import importer
from gui.inbox.importer import FileResult, import_paths
from gui.inbox.scenario import national_round
from gui.store.reports import ReportStore
from tests.inbox.conftest import write_docs

PERIOD = "2025"
MISSING = ("11", "12", "96", "BCA")  # Điện Biên, Lai Châu, Cà Mau and Bộ Công an (among the 6 ministries)
LATE = {"04": 3, "40": 12, "79": 1}  # Cao Bằng 3 days, Nghệ An 12, Hồ Chí Minh 1
# Planted figures the data-quality rules must find: typing slips (×100, an extra three zeros).
PLANTED = {("22", "cm_articles"): 400_000, ("56", "in_teams"): 35_000}


def import_on_arrival(store: ReportStore, docs: list[ReportDocument], paths: list[Path]) -> list[FileResult]:
    """Each file imported as the Ministry receives it: an hour after the unit made it (timeliness counts from the
    receipt, not from the report's own time)."""
    results = []
    with pytest.MonkeyPatch.context() as patch:
        for doc, path in zip(docs, paths, strict=True):
            at = (dt.datetime.fromisoformat(doc.updated_at) + dt.timedelta(hours=1)).isoformat()
            patch.setattr(importer, "now_iso", lambda at=at: at)
            results += import_paths(store, [path]).results
    return results


@pytest.fixture(scope="session")
def round_docs() -> list[ReportDocument]:
    return national_round(active_template(), parse_period(PERIOD), missing=MISSING, late_days=LATE, changes=PLANTED)


@pytest.fixture(scope="session")
def round_pdfs(round_docs: list[ReportDocument], tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("round") / "2025"
    return write_docs(folder, round_docs, kind="pdf")


@pytest.fixture(scope="session")
def round_db(
    round_docs: list[ReportDocument], round_pdfs: list[Path], tmp_path_factory: pytest.TempPathFactory
) -> Path:
    path = tmp_path_factory.mktemp("round-db") / "bo.sqlite3"
    store = ReportStore.open(path)
    try:
        results = import_on_arrival(store, round_docs, round_pdfs)
        assert all(r.handled for r in results), [r.line() for r in results if not r.handled]
    finally:
        store.close()
    return path


@pytest.fixture
def desk_db(round_db: Path, tmp_path: Path) -> Path:
    """A copy of the imported round this test may change."""
    target = tmp_path / "bo.sqlite3"
    src = ReportStore.open(round_db)
    try:
        src.db.execute(f"VACUUM INTO '{target}'")
    finally:
        src.close()
    return target


@pytest.fixture
def desk_store(desk_db: Path) -> Iterator[ReportStore]:
    store = ReportStore.open(desk_db)
    yield store
    store.close()
