"""A report as a JSON file, both ways, without a window: the same limits and messages as `report import-json`."""

from __future__ import annotations

from pathlib import Path

import pytest

from gui.core import limits
from gui.operations.report_files import ReportFileError, open_report_file, save_report_file, suggested_file_name
from gui.store.reports import ReportStore, create_demo_report


def test_a_saved_report_opens_as_a_new_own_report(store: ReportStore, tmp_path: Path) -> None:
    report_id = create_demo_report(store)
    name = suggested_file_name(store, report_id)
    assert name == "bao-cao-40-2025.json"
    path = tmp_path / name
    save_report_file(store, report_id, path)
    assert path.read_text(encoding="utf-8").endswith("}\n")
    new_id = open_report_file(store, path)
    assert new_id != report_id
    assert store.values(new_id) == store.values(report_id)
    assert store.summary(new_id).uid != store.summary(report_id).uid  # a second copy of a uid gets its own


@pytest.mark.parametrize(
    ("content", "says"),
    [
        ("{không phải JSON", "JSON"),
        ('{"format": "bvntd-report", "x": NaN}', "NaN"),
        ('{"format": "khac"}', "ghi chú.json"),
    ],
)
def test_a_file_that_is_not_a_report_is_refused_naming_it_and_nothing_is_stored(
    store: ReportStore, tmp_path: Path, content: str, says: str
) -> None:
    bad = tmp_path / "ghi chú.json"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(ReportFileError) as caught:
        open_report_file(store, bad)
    assert str(caught.value).startswith("Không mở được ghi chú.json: ") and says in str(caught.value)
    assert caught.value.path == bad
    assert store.list_reports(origin=None) == []


def test_a_file_beyond_the_size_limit_is_refused_before_it_is_read(store: ReportStore, tmp_path: Path) -> None:
    big = tmp_path / "lớn.json"
    with big.open("wb") as handle:
        handle.truncate(limits.MAX_JSON_BYTES + 1)
    with pytest.raises(ReportFileError, match="quá lớn"):
        open_report_file(store, big)
    assert store.list_reports(origin=None) == []


def test_a_missing_file_is_named(store: ReportStore, tmp_path: Path) -> None:
    with pytest.raises(ReportFileError, match="Không tìm thấy tệp"):
        open_report_file(store, tmp_path / "không có.json")
