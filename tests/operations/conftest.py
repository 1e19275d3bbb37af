"""The operations on a real SQLite file in the test's folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from gui.store.reports import ReportStore, create_demo_report


@pytest.fixture
def store(db_path: Path) -> Iterator[ReportStore]:
    store = ReportStore.open(db_path)
    yield store
    store.close()


@pytest.fixture
def demo_id(store: ReportStore) -> int:
    return create_demo_report(store)
