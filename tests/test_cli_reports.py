"""The command line's report and backup commands, through the same operations as the window (gui/operations)."""

from __future__ import annotations

from pathlib import Path

from gui.store.reports import ReportStore


def test_import_json_names_the_file_whatever_is_wrong_with_it(cli, tmp_path: Path, db_path: Path) -> None:
    """As the window does ("Không mở được ghi chú.json: …"): also when the JSON itself is broken."""
    bad = tmp_path / "ghi chú.json"
    bad.write_text("{không phải JSON", encoding="utf-8")
    done = cli("report", "import-json", "--db", db_path, bad)
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "Không mở được ghi chú.json: " in done.stderr and "JSON" in done.stderr
    store = ReportStore.open(db_path)
    try:
        assert store.list_reports(origin=None) == []
    finally:
        store.close()


def _ids(cli, db_path: Path, *extra: str) -> list[int]:
    import json

    done = cli("report", "list", "--db", db_path, "--json", *extra)
    assert done.returncode == 0, done.stderr
    return [row["id"] for row in json.loads(done.stdout)]


def test_new_duplicate_delete_restore_as_the_windows_list_does(cli, db_path: Path) -> None:
    demo = int(cli("demo", "--db", db_path).stdout)
    made = cli("report", "new", "--db", db_path, "--period", "2026")  # the profile's unit (the demo's: Nghệ An)
    assert made.returncode == 0, made.stderr
    new_id = int(made.stdout)
    ministry = cli("report", "new", "--db", db_path, "--period", "2026-H1", "--unit", "BYT")
    assert ministry.returncode == 0, ministry.stderr
    copy = cli("report", "duplicate", "--db", db_path, str(demo), "--period", "2027")
    assert copy.returncode == 0, copy.stderr
    copy_id = int(copy.stdout)

    store = ReportStore.open(db_path)
    try:
        assert (store.summary(new_id).unit_name, store.summary(new_id).period_id) == ("Nghệ An", "2026")
        assert store.summary(int(ministry.stdout)).unit_name == "Bộ Y tế"
        assert store.values(copy_id)["nt_tasks"] == store.values(demo)["nt_tasks"]
    finally:
        store.close()

    deleted = cli("report", "delete", "--db", db_path, str(new_id))
    assert deleted.returncode == 0 and "thùng rác" in deleted.stdout
    assert new_id not in _ids(cli, db_path) and _ids(cli, db_path, "--trash") == [new_id]
    restored = cli("report", "restore", "--db", db_path, str(new_id))
    assert restored.returncode == 0 and "Đã khôi phục báo cáo số" in restored.stdout
    assert new_id in _ids(cli, db_path) and _ids(cli, db_path, "--trash") == []


def test_what_the_list_cannot_do_exits_2_naming_why_and_changes_nothing(cli, db_path: Path) -> None:
    demo = int(cli("demo", "--db", db_path).stdout)
    cases = [
        (("report", "new", "--period", "2026", "--unit", "99"), "Không có đơn vị mã '99'"),
        (("report", "new", "--period", "2026-H3"), "Kỳ báo cáo '2026-H3' không hợp lệ"),
        (("report", "restore", str(demo)), "không ở thùng rác"),
        (("report", "delete", "42"), "Không có báo cáo số 42"),
    ]
    for args, says in cases:
        done = cli(*args[:2], "--db", db_path, *args[2:])
        assert done.returncode == 2 and says in done.stderr and "Traceback" not in done.stderr, (args, done.stderr)
    assert cli("report", "delete", "--db", db_path, str(demo)).returncode == 0
    for args in (("delete", str(demo)), ("duplicate", str(demo), "--period", "2026")):
        done = cli("report", args[0], "--db", db_path, *args[1:])
        assert done.returncode == 2 and "đang ở thùng rác; hãy khôi phục nó trước" in done.stderr
    assert _ids(cli, db_path) == [] and _ids(cli, db_path, "--trash") == [demo]


def test_new_without_a_unit_and_without_a_profile_asks_for_one(cli, db_path: Path) -> None:
    done = cli("report", "new", "--db", db_path, "--period", "2026")
    assert done.returncode == 2 and "--unit 40" in done.stderr


def test_backup_make_and_list_as_the_windows_restore_dialog_lists_them(cli, db_path: Path) -> None:
    import json

    assert cli("demo", "--db", db_path).returncode == 0
    assert cli("backup", "list", "--db", db_path).stdout.strip() == "Chưa có bản sao lưu nào."
    made = [Path(cli("backup", "make", "--db", db_path).stdout.strip()) for _ in range(3)]
    assert all(path.is_file() for path in made)  # no number kept was given: none removed
    listed = json.loads(cli("backup", "list", "--db", db_path, "--json").stdout)
    assert [row["reason"] for row in listed] == ["manual"] * 3
    assert {Path(row["path"]).name for row in listed} == {path.name for path in made}
    assert "Sao lưu thủ công" in cli("backup", "list", "--db", db_path).stdout

    assert cli("backup", "make", "--db", db_path, "--keep", "2").returncode == 0
    assert len(json.loads(cli("backup", "list", "--db", db_path, "--json").stdout)) == 2
    refused = cli("backup", "make", "--db", db_path.with_name("không có.sqlite3"))
    assert refused.returncode == 2 and "Không tìm thấy cơ sở dữ liệu" in refused.stderr
    assert not db_path.with_name("không có.sqlite3").exists()  # not created by asking



def test_import_json_refuses_a_file_beyond_the_size_limit_as_the_window_does(cli, tmp_path: Path, db_path: Path) -> None:
    from gui.core import limits

    big = tmp_path / "lớn.json"
    with big.open("wb") as handle:
        handle.truncate(limits.MAX_JSON_BYTES + 1)
    done = cli("report", "import-json", "--db", db_path, big)
    assert done.returncode == 2 and "Không mở được lớn.json: " in done.stderr and "quá lớn" in done.stderr


def test_backup_restore_brings_the_data_back_and_keeps_what_it_replaced(cli, db_path: Path, tmp_path: Path) -> None:
    import json

    assert cli("demo", "--db", db_path).returncode == 0
    made = Path(cli("backup", "make", "--db", db_path).stdout.strip())
    added = int(cli("report", "new", "--db", db_path, "--period", "2026").stdout)
    done = cli("backup", "restore", "--db", db_path, made.name)  # the name `backup list` shows
    assert done.returncode == 0, done.stderr
    assert "Dữ liệu trước khi khôi phục được giữ ở" in done.stdout
    assert added not in _ids(cli, db_path)
    listed = json.loads(cli("backup", "list", "--db", db_path, "--json").stdout)
    assert sorted(row["reason"] for row in listed) == ["manual", "restore"]  # the restore can be undone

    stranger = tmp_path / "khác.sqlite3"
    assert cli("demo", "--db", stranger).returncode == 0
    refused = cli("backup", "restore", "--db", db_path, stranger)
    assert refused.returncode == 2 and "không phải một bản sao lưu của" in refused.stderr
    assert len(_ids(cli, db_path)) == 1

    db_path.write_bytes(b"damaged".ljust(4096, b"\0"))
    over = cli("backup", "restore", "--db", db_path, made)
    assert over.returncode == 0, over.stderr
    assert ".hong-" in over.stdout and len(_ids(cli, db_path)) == 1  # the damaged file is kept aside


def test_the_operations_answer_in_the_interface_language(cli, db_path: Path) -> None:
    demo = int(cli("demo", "--db", db_path).stdout)
    made = cli("backup", "make", "--db", db_path).stdout.strip()
    english = {"BVNTD_LANG": "en"}
    refused = cli("report", "restore", "--db", db_path, str(demo), env=english)
    assert refused.returncode == 2 and f"Report {demo} is not in the trash; there is nothing to restore." in refused.stderr
    done = cli("backup", "restore", "--db", db_path, made, env=english)
    assert done.returncode == 0 and done.stdout.startswith("Restored ") and "is kept in" in done.stdout
