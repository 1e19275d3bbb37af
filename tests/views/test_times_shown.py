"""The window shows times in Vietnam time whatever the PC's time zone (a fresh Windows often says Pacific Time), as
the PDFs, the receipts and the signature lines print them: a stored UTC time reads the same everywhere."""

from __future__ import annotations

import time

import pytest

from gui.views.textutil import local_datetime


@pytest.fixture
def pacific_pc(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_stored_time_is_shown_in_vietnam_time_on_a_pc_set_elsewhere(pacific_pc: None) -> None:
    assert time.strftime("%Z") in ("PST", "PDT")  # the PC's zone really is another
    assert local_datetime("2026-12-07T13:47:00+00:00") == "07/12/2026 20:47"
    assert local_datetime("2026-12-07T13:47:00") == "07/12/2026 20:47"  # stored without a zone: UTC
    assert local_datetime("") == "" and local_datetime(None) == ""
    assert local_datetime("không phải thời gian") == "không phải thời gian"
