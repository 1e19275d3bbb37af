"""The command line contract: names, output and exit statuses."""

from __future__ import annotations

import json
from pathlib import Path

from gui import __version__


def test_version(cli) -> None:
    result = cli("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"bvntd {__version__}"


def test_demo_list_export_import_round_trip(cli, tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    created = cli("demo", "--db", db)
    assert created.returncode == 0, created.stderr
    report_id = int(created.stdout.strip())

    listing = cli("report", "list", "--db", db, "--json")
    rows = json.loads(listing.stdout)
    assert [(r["id"], r["unit_name"], r["period"]) for r in rows] == [(report_id, "Nghệ An", "2025")]

    exported = tmp_path / "bc.json"
    assert cli("report", "export-json", "--db", db, str(report_id), "-o", exported).returncode == 0
    document = json.loads(exported.read_text(encoding="utf-8"))
    assert document["format"] == "bvntd-report" and document["template"] == {"id": "nq82-bvqlntd", "version": 1}

    other = tmp_path / "b.db"
    imported = cli("report", "import-json", "--db", other, exported)
    assert imported.returncode == 0, imported.stderr
    again = cli("report", "export-json", "--db", other, imported.stdout.strip())
    assert json.loads(again.stdout) == document


def test_bad_input_exits_2_with_a_clear_message(cli, tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    missing = cli("report", "export-json", "--db", db, "42")
    assert missing.returncode == 2 and "Không có báo cáo số 42" in missing.stderr
    not_json = tmp_path / "x.json"
    not_json.write_text("Báo cáo", encoding="utf-8")
    bad = cli("report", "import-json", "--db", db, not_json)
    assert bad.returncode == 2 and "JSON" in bad.stderr and "Traceback" not in bad.stderr
    wrong_value = tmp_path / "w.json"
    cli("demo", "--db", db)
    document = json.loads(cli("report", "export-json", "--db", db, "1").stdout)
    document["values"]["cp_received"] = "nhiều"
    wrong_value.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    refused = cli("report", "import-json", "--db", db, wrong_value)
    assert refused.returncode == 2 and "Tổng số yêu cầu" in refused.stderr
    assert len(json.loads(cli("report", "list", "--db", db, "--json").stdout)) == 1


def test_schema_file_matches_the_document_model() -> None:
    from gui.core.document import document_json_schema
    from gui.resources import resource_path

    committed = json.loads(resource_path("report.schema.json").read_text(encoding="utf-8"))
    assert committed == document_json_schema()


def test_a_command_builds_only_its_own_group() -> None:
    """`bvntd pdf render …` reads its arguments with the pdf group alone (a fresh export's start); help, and words
    taken as option values, are not mistaken for a group."""
    from gui import cli

    def groups(args: list[str]) -> set[str]:
        parser = cli.command_parser(args)
        return set(next(a for a in parser._actions if a.dest == "command").choices)

    assert groups(["pdf", "render", "doc.json", "-o", "out.pdf"]) == {"pdf"}
    assert groups(["--db", "pdf", "report", "list"]) == {"report"}
    assert groups(["report", "list", "--db", "x.sqlite3"]) == {"report"}
    assert groups(["pdf", "-h"]) == cli.COMMAND_WORDS
    assert groups(["--lang"]) == cli.COMMAND_WORDS
    args = cli.command_parser(["--db", "pdf", "report", "list"]).parse_args(["--db", "pdf", "report", "list"])
    assert (args.command, str(args.db)) == ("report", "pdf")
