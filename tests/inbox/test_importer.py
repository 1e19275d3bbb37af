"""Receiving reports: every province imported, replacements, re-imports that change nothing, and every rejection."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from msgspec.structs import replace

from gui.core.period import parse_period
from gui.core.template import active_template
from gui.inbox.consolidate import consolidate
from gui.inbox.importer import Outcome, import_paths
from gui.inbox.samples import sample_document
from gui.store.reports import ReadOnlyReport, ReportStore
from tests.inbox.conftest import dump, minimal_pdf, ministry_doc, province, province_docs, render_pdf, write_docs


def _reports(store: ReportStore) -> list[tuple]:
    return (
        store.db.execute("SELECT * FROM reports ORDER BY id").fetchall()
        + store.db.execute("SELECT * FROM report_values ORDER BY report_id, key").fetchall()
    )


@pytest.mark.parametrize("kind", ["json", "pdf"])
def test_every_province_of_2025_and_2024_is_imported_from_a_folder(
    tmp_path: Path, store: ReportStore, kind: str
) -> None:
    write_docs(tmp_path / "in" / "2025", province_docs("2025"), kind)
    write_docs(tmp_path / "in" / "2024" / "nested", province_docs("2024"), kind)
    (tmp_path / "in" / "notes.txt").write_text("not a report")  # other files in a folder are not reports

    run = import_paths(store, [tmp_path / "in"])

    assert run.counts() == {Outcome.IMPORTED: 34 + 63}, [r.line() for r in run.results if r.outcome != "imported"]
    inbox = store.list_reports(origin="inbox")
    assert len(inbox) == 97
    assert store.list_reports() == []  # the user's own reports are kept apart
    assert {r.period_id for r in inbox} == {"2025", "2024"}
    hanoi = next(r for r in run.results if r.unit == "Thành phố Hà Nội" and r.period_id == "2025")
    assert store.document(hanoi.report_id).unit.list_id == "qd19-2025"
    with pytest.raises(ReadOnlyReport):  # a received report opens read-only
        store.set_value(hanoi.report_id, "cp_received", 1)


def test_a_second_import_of_the_same_files_changes_nothing(tmp_path: Path, store: ReportStore) -> None:
    write_docs(tmp_path / "json", province_docs("2025")[:10], "json")
    write_docs(tmp_path / "pdf", province_docs("2025", seed=2)[10:20], "pdf")
    (tmp_path / "bad.pdf").write_text("hello")
    first = import_paths(store, [tmp_path])
    assert first.counts()[Outcome.IMPORTED] == 20
    before = dump(store)

    again = import_paths(store, [tmp_path])

    assert again.counts() == {Outcome.ALREADY: 20, Outcome.REJECTED: 1}
    assert dump(store) == before


def test_the_same_report_in_another_file_is_already_there(tmp_path: Path, store: ReportStore) -> None:
    doc = province_docs("2025")[0]
    (tmp_path / "a.json").write_text(doc.to_json())
    (tmp_path / "b.pdf").write_bytes(render_pdf(doc))
    run = import_paths(store, [tmp_path / "a.json", tmp_path / "b.pdf"])
    assert [r.outcome for r in run.results] == [Outcome.IMPORTED, Outcome.ALREADY]
    assert run.results[1].report_id == run.results[0].report_id


def test_a_newer_version_supersedes_the_older_which_is_kept(tmp_path: Path, store: ReportStore) -> None:
    unit, period = province("40", "2025"), parse_period("2025")
    old = sample_document(active_template(), unit, period, seed=1, updated_at="2026-01-05T08:00:00+00:00")
    new = replace(
        old,
        updated_at="2026-01-09T10:00:00+07:00",
        values={**old.values, "cp_received": 999999, "cp_hotline": 999999 - _other_channels(old.values)},
    )
    (tmp_path / "old.json").write_text(old.to_json())
    (tmp_path / "new.json").write_text(new.to_json())

    first = import_paths(store, [tmp_path / "old.json"])
    second = import_paths(store, [tmp_path / "new.json"])
    third = import_paths(store, [tmp_path / "old.json"])

    assert first.results[0].outcome == Outcome.IMPORTED
    assert second.results[0].outcome == Outcome.REPLACED
    assert "thay bản cập nhật lúc" in second.results[0].reason and "bản cũ vẫn được lưu" in second.results[0].reason
    assert third.results[0].outcome == Outcome.ALREADY
    from gui.inbox.decisions import versions

    kept = versions(store, "province", "40", "2025")
    assert [(v.report_id, v.current) for v in kept] == [
        (second.results[0].report_id, True),
        (first.results[0].report_id, False),
    ]
    assert store.values(kept[1].report_id)["cp_received"] == old.values["cp_received"]  # never deleted
    (counted,) = consolidate(store, "2025").reported
    assert counted.values["cp_received"] == 999999


def test_an_older_file_arriving_after_the_newer_is_kept_as_an_earlier_version(
    tmp_path: Path, store: ReportStore
) -> None:
    unit, period = province("01", "2025"), parse_period("2025")
    old = sample_document(active_template(), unit, period, seed=1, updated_at="2026-01-05T08:00:00+00:00")
    new = sample_document(active_template(), unit, period, seed=2, updated_at="2026-01-06T08:00:00+00:00")
    (tmp_path / "new.json").write_text(new.to_json())
    (tmp_path / "old.json").write_text(old.to_json())
    run = import_paths(store, [tmp_path / "new.json", tmp_path / "old.json"])
    assert [r.outcome for r in run.results] == [Outcome.IMPORTED, Outcome.OLDER]
    from gui.inbox.decisions import versions

    assert [(v.uid, v.current) for v in versions(store, "province", "01", "2025")] == [
        (new.uid, True),
        (old.uid, False),
    ]
    assert [r.updated_at for r in consolidate(store, "2025").reported] == [new.updated_at]


def test_a_failed_replacement_leaves_the_old_report_in_place(
    tmp_path: Path, store: ReportStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    unit, period = province("01", "2025"), parse_period("2025")
    old = sample_document(active_template(), unit, period, seed=1, updated_at="2026-01-05T08:00:00+00:00")
    new = sample_document(active_template(), unit, period, seed=2, updated_at="2026-01-06T08:00:00+00:00")
    (tmp_path / "old.json").write_text(old.to_json())
    (tmp_path / "new.json").write_text(new.to_json())
    import_paths(store, [tmp_path / "old.json"])
    before = _reports(store)

    from gui.store.inbox import InboxRepository

    def fail(*args: object, **kwargs: object) -> None:
        raise ValueError("disk trouble in the middle of the import")

    monkeypatch.setattr(InboxRepository, "record_report", fail)
    run = import_paths(store, [tmp_path / "new.json"])

    assert run.results[0].outcome == Outcome.REJECTED
    assert _reports(store) == before


def test_ministries_are_received_and_kept_apart(tmp_path: Path, store: ReportStore) -> None:
    (tmp_path / "bca.json").write_text(ministry_doc("BCA", "2025").to_json())
    run = import_paths(store, [tmp_path])
    assert run.results[0].outcome == Outcome.IMPORTED
    assert run.results[0].unit == "Bộ Công an"


# --- rejections -------------------------------------------------------------------------------------------


def _rejected(store: ReportStore, path: Path) -> str:
    before = _reports(store)
    run = import_paths(store, [path])
    assert len(run.results) == 1
    result = run.results[0]
    assert result.outcome == Outcome.REJECTED, result.line()
    assert _reports(store) == before  # a rejection changes nothing that was there
    return result.reason


def test_broken_and_foreign_files_are_rejected_quickly_with_a_reason(tmp_path: Path, store: ReportStore) -> None:
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    text = tmp_path / "letter.pdf"
    text.write_text("Kính gửi Bộ Công Thương, đây là thư chứ không phải PDF.", encoding="utf-8")
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as handle:  # 50 MB, sparse: created instantly
        handle.write(b"%PDF-1.7\n" + os.urandom(1024))
        handle.truncate(50 * 1024 * 1024)
    good = render_pdf(province_docs("2025")[0])
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(good[: len(good) // 3])
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(minimal_pdf(None))

    started = time.perf_counter()
    reasons = {p.name: _rejected(store, p) for p in (empty, text, huge, truncated, scan)}
    elapsed = time.perf_counter() - started

    assert elapsed < 3.0
    assert "rỗng" in reasons["empty.pdf"]
    assert "Không phải tệp PDF" in reasons["letter.pdf"]
    assert "quá lớn" in reasons["huge.pdf"]
    assert "hỏng" in reasons["truncated.pdf"] or "không mang dữ liệu" in reasons["truncated.pdf"]
    assert "không mang dữ liệu" in reasons["scan.pdf"]


def test_one_altered_byte_in_the_embedded_data_is_rejected(tmp_path: Path, store: ReportStore) -> None:
    from gui.pdf.embedded import DOCUMENT_NAME, MANIFEST_NAME, Attachment, manifest_for

    doc = province_docs("2025")[3]
    data = doc.canonical_bytes()
    altered = data.replace(b'"cp_received":', b'"cp_received":1', 1)  # one digit more: 236 becomes 1236
    assert len(altered) == len(data) + 1
    manifest = json.dumps(manifest_for(doc, data)).encode()  # the manifest still carries the original hash
    pdf = tmp_path / "altered.pdf"
    pdf.write_bytes(minimal_pdf(None, [Attachment(DOCUMENT_NAME, altered), Attachment(MANIFEST_NAME, manifest)]))
    assert "không khớp" in _rejected(store, pdf)

    # A byte flipped inside the compressed stream of a real PDF: refused as well, whatever the detail.
    raw = bytearray(render_pdf(doc))
    start = raw.index(b"stream", raw.index(b"/EmbeddedFile")) + 20
    raw[start] ^= 0xFF
    flipped = tmp_path / "flipped.pdf"
    flipped.write_bytes(bytes(raw))
    _rejected(store, flipped)


def test_hostile_pdfs_are_refused_within_seconds_and_write_nothing(tmp_path: Path, store: ReportStore) -> None:
    from gui.pdf.embedded import DOCUMENT_NAME, MANIFEST_NAME, Attachment, manifest_for

    doc = province_docs("2025")[5]
    bomb_data = b"{" + b" " * (60 * 1024 * 1024) + b"}"  # 60 MB that compresses to about 60 KB
    bomb = tmp_path / "bomb.pdf"
    manifest = json.dumps(manifest_for(doc, bomb_data)).encode()
    bomb.write_bytes(minimal_pdf(None, [Attachment(DOCUMENT_NAME, bomb_data), Attachment(MANIFEST_NAME, manifest)]))
    assert bomb.stat().st_size < 2 * 1024 * 1024

    nested = tmp_path / "nested.json"
    nested.write_bytes(b'{"format": "bvntd-report", "values": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")
    evil_name = tmp_path / "evil" / "named.pdf"
    evil_name.parent.mkdir()
    evil_name.write_bytes(minimal_pdf(doc, [Attachment("../../../escaped.json", b"{}")]))
    before_files = set(tmp_path.parent.rglob("*"))

    started = time.perf_counter()
    assert "hỏng" in _rejected(store, bomb) or "lớn" in _rejected(store, bomb)
    assert "sâu" in _rejected(store, nested)
    run = import_paths(store, [evil_name])  # an extra attachment: refused, and never written anywhere
    elapsed = time.perf_counter() - started

    assert elapsed < 8.0
    assert run.results[0].outcome == Outcome.REJECTED
    assert "tệp đính kèm lạ “../../../escaped.json”" in run.results[0].reason
    new_files = set(tmp_path.parent.rglob("*")) - before_files
    assert all(p.name.startswith(Path(store.path).name) for p in new_files), new_files
    assert not any(p.name == "escaped.json" for p in tmp_path.parent.parent.rglob("escaped.json"))


def test_invalid_units_periods_and_templates_are_rejected(tmp_path: Path, store: ReportStore) -> None:
    doc = province_docs("2025")[0]
    data = doc.to_data()

    def variant(name: str, **changes: object) -> Path:
        item = json.loads(json.dumps(data))
        for dotted, value in changes.items():
            node = item
            *parents, last = dotted.split("__")
            for part in parents:
                node = node[part]
            node[last] = value
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(item, ensure_ascii=False))
        return path

    reason = _rejected(store, variant("code", unit__code="10"))  # Lào Cai's old code: not in the 2025 list
    assert "'10'" in reason and "qd19-2025" in reason
    reason = _rejected(store, variant("list", unit__list_id="qd124-2004"))
    assert "qd124-2004" in reason and "qd19-2025" in reason
    assert "Kỳ báo cáo không hợp lệ" in _rejected(store, variant("period", period__id="2025-H1"))
    assert "Kỳ báo cáo không hợp lệ" in _rejected(store, variant("period_id", period__id="1990"))
    assert "chưa bắt đầu" in _rejected(
        store, variant("future", period__id="2099", period__start="2099-01-01", period__end="2099-12-31")
    )
    assert "không có trong ứng dụng" in _rejected(store, variant("template", template__id="other-report"))
    assert "mới hơn ứng dụng" in _rejected(store, variant("newer", template__version=9))
    reason = _rejected(store, variant("ministry", unit__kind="ministry", unit__code="BXX"))
    assert "BXX" in reason
    reason = _rejected(store, variant("value", values__cp_received="nhiều"))
    assert "Tổng số yêu cầu, khiếu nại đã tiếp nhận: phải là số nguyên từ 0 đến 10.000.000" in reason
    assert "không có trong mẫu" in _rejected(store, variant("unknown", values__invented_field=3))
    assert "format" in _rejected(store, variant("format", format="other"))


def test_cancel_keeps_what_was_imported_and_progress_is_reported(tmp_path: Path, store: ReportStore) -> None:
    write_docs(tmp_path, province_docs("2025")[:8])
    seen: list[tuple[int, int]] = []
    run = import_paths(
        store, [tmp_path], progress=lambda done, total, path: seen.append((done, total)), cancel=lambda: len(seen) >= 3
    )
    assert run.cancelled
    assert len(run.results) == 3 and run.total == 8
    assert len(store.list_reports(origin="inbox")) == 3
    assert seen[:3] == [(0, 8), (1, 8), (2, 8)] and seen[-1] == (3, 8)
    assert "đã hủy" in run.summary_line()


def _other_channels(values: dict) -> int:
    return sum(values.get(k) or 0 for k in ("cp_in_person", "cp_written", "cp_online"))


def test_a_refusal_lists_its_rule_errors_as_one_sentence(tmp_path: Path, store: ReportStore) -> None:
    data = json.loads(province_docs("2025")[3].to_json())
    data["values"]["cp_hotline"] = data["values"]["cp_received"] + 1  # the channels no longer add up
    for key in ("cp_resolved", "cp_supported"):
        data["values"][key] = data["values"]["cp_received"] + 5  # more than received
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    (result,) = import_paths(store, [path]).results
    assert result.outcome is Outcome.REJECTED and "3 lỗi" in result.reason
    assert ".;" not in result.reason and ".." not in result.reason
    assert result.reason.count("; ") == 2


def test_the_time_received_is_the_import_s_not_the_province_s_last_edit(tmp_path: Path, store: ReportStore) -> None:
    from gui.inbox.report_checks import report_quality

    doc = province_docs("2025")[2]
    write_docs(tmp_path / "in", [doc])
    before = time.time()
    import_paths(store, [tmp_path / "in"])
    (quality,) = report_quality(store, consolidate(store, "2025")).values()
    from datetime import datetime

    received = datetime.fromisoformat(quality.received_at).timestamp()
    assert received >= int(before) and quality.received_at != doc.updated_at


def test_a_file_of_a_folder_that_is_not_a_report_gets_its_own_line(tmp_path: Path, store: ReportStore) -> None:
    """A .docx and a .txt beside the PDFs: each said to be skipped, not read; the reports go in as before. A file
    named on its own is still read whatever its name (its content says it is not a report)."""
    folder = tmp_path / "thu-den"
    write_docs(folder, province_docs("2025")[:2], "pdf")
    (folder / "cong-van-kem-theo.docx").write_bytes(b"PK\x03\x04 a Word file")
    (folder / "ghi-chu.txt").write_text("gửi kèm")
    seen: list[str] = []

    run = import_paths(store, [folder], on_result=lambda r: seen.append(r.line()))

    assert run.counts() == {Outcome.IMPORTED: 2} and run.total == 2
    assert [r.path.name for r in run.skipped] == ["cong-van-kem-theo.docx", "ghi-chu.txt"]
    assert all(r.outcome is Outcome.SKIPPED and not r.handled for r in run.skipped)
    assert f"{folder / 'ghi-chu.txt'}: Bỏ qua — không phải báo cáo PDF/JSON" in seen
    assert len(seen) == len(run.every) == 4 and [r.path for r in run.every] == sorted(r.path for r in run.every)
    assert run.summary_line() == "2 tệp — đã nhập: 2, bỏ qua: 2"
    assert len(store.list_reports(origin="inbox")) == 2

    alone = import_paths(store, [folder / "ghi-chu.txt"])
    assert [r.outcome for r in alone.results] == [Outcome.REJECTED] and not alone.skipped
