"""Issue 13, property tests: whatever a received JSON file holds, it is imported or refused with a reason — never
an unexpected error, never a traceback, never a partial write."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gui.core.document import DocumentError, read_document
from gui.inbox.importer import UNEXPECTED, Outcome, import_file
from gui.inbox.versions import current_template
from gui.store.inbox import InboxRepository
from gui.store.reports import ReportStore
from tests.inbox.conftest import province_docs

BASE = json.loads(province_docs("2025")[12].to_json())

# Everything JSON can carry and more: lone surrogates, NaN and infinities, integers of any size, deep lists.
SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**40), max_value=10**40),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(st.characters(codec=None, exclude_categories=()), max_size=40),
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)


def _paths(data: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(data, dict):
        for key, value in data.items():
            out += _paths(value, (*prefix, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            out += _paths(value, (*prefix, index))
    return out


@st.composite
def mutated_documents(draw: st.DrawFn) -> bytes:
    """A valid report with a few places replaced by anything, or keys added; written as json.dumps would."""
    data = json.loads(json.dumps(BASE))
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(_paths(data)))
        value = draw(VALUES)
        if not path:
            continue
        target = data
        for part in path[:-1]:
            target = target[part]
        if draw(st.booleans()) and isinstance(target, dict):
            target[draw(st.text(max_size=10))] = value
        else:
            target[path[-1]] = value
    return json.dumps(data, ensure_ascii=True, allow_nan=True).encode()


def _outcome(store: ReportStore, folder: Path, data: bytes) -> None:
    path = folder / "in.json"
    path.write_bytes(data)
    before = store.db.execute("SELECT COUNT(*) FROM reports").fetchone()[0]
    result = import_file(InboxRepository(store), path, current_template())
    after = store.db.execute("SELECT COUNT(*) FROM reports").fetchone()[0]
    assert result.outcome in (Outcome.IMPORTED, Outcome.ALREADY, Outcome.REJECTED, Outcome.CONFLICT)
    assert result.reason and result.reason != UNEXPECTED, result.reason
    if result.outcome is Outcome.REJECTED:
        assert after == before  # nothing of a refused file
    try:
        read_document(data)
    except DocumentError as error:
        assert str(error)  # the reader alone: a message, never another exception


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(mutated_documents())
def test_any_document_imports_or_is_refused_with_a_message(tmp_path_factory, data: bytes) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("p")
    store = ReportStore.open(folder / "db.sqlite3")
    try:
        _outcome(store, folder, data)
    finally:
        store.close()


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=2000) | st.text(max_size=300).map(lambda t: ("{" + t).encode("utf-8", "surrogatepass")))
def test_any_bytes_are_refused_with_a_message(tmp_path_factory, data: bytes) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("b")
    store = ReportStore.open(folder / "db.sqlite3")
    try:
        _outcome(store, folder, data)
    finally:
        store.close()
