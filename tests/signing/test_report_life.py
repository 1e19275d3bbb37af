"""The report's life, walked in the window and on the command line: export → signed 1/2 → 2/2 → sent (only when
the person says so) → edited ("cần xuất và ký lại"); at each step the editor, the report list and
`bvntd report list` (text and --json) say the same status, computed once (gui.core.report_status)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from gui.operations.signing import check_report_export, finish_signing, run_signing
from gui.signing.keys import load_pfx
from gui.store.reports import ReportStore, create_demo_report
from gui.views.report_list import ReportListModel
from tests.signing.pki import PASSWORD, Pki
from tests.views.conftest import type_text
from tests.views.test_export_ui import open_editor, opened, save_as  # noqa: F401  # fixtures


def test_the_life_of_a_report_is_said_alike_everywhere(
    qtbot: Any, db_path: Path, tmp_path: Path, save_as: dict[str, Any], opened: list[str], pki: Pki, cli: Any,  # noqa: F811
) -> None:
    store = ReportStore.open(db_path)
    report_id = create_demo_report(store)
    editor = open_editor(qtbot, store, report_id)

    def said_everywhere(expected: str) -> None:
        assert editor.life_label.text() == expected
        model = ReportListModel()
        model.set_summaries(store.list_reports())
        row = [s.id for s in model.summaries].index(report_id)
        assert model.index(row, model.STATUS).data() == expected
        listed = cli("report", "list", "--db", db_path)
        assert listed.returncode == 0, listed.stderr
        line = next(x for x in listed.stdout.splitlines() if x.split()[:1] == [str(report_id)])
        assert expected in line, line
        rows = json.loads(cli("report", "list", "--db", db_path, "--json").stdout)
        assert next(r for r in rows if r["id"] == report_id)["status_text"] == expected

    said_everywhere("Nháp")
    # Nothing exported: "sent" is refused, on the command line as in the window.
    refused = cli("report", "sent", "--db", db_path, str(report_id))
    assert refused.returncode == 2 and "chưa được xuất PDF chính thức" in refused.stderr
    assert editor.ask_confirm_sent() is None

    pdf = tmp_path / "BC-NQ82-Nghe-An-2025.pdf"
    save_as["path"] = pdf
    editor.export_action.trigger()
    result = editor.export_flow.result_dialog
    assert result is not None and pdf.is_file()
    said_everywhere("Đã xuất PDF")

    def sign(role: str, pfx: Path) -> None:  # as 'Ký số…' does, on the report's last final export
        target = check_report_export(store=store, report_id=report_id)
        result = run_signing(target=target, key=load_pfx(pfx, PASSWORD), role=role, image=None)
        finish_signing(target=target, result=result, store=store)
        editor.refresh_life()  # the window does this after signing (ExportResultDialog._signed, the list's refresh)

    sign("signer", pki.nghe_an.pfx)
    said_everywhere("Đã ký 1/2")
    sign("agency", pki.nghe_an_clerk.pfx)
    said_everywhere("Đã ký 2/2")

    # The e-mail step opens a draft: that is not a sending.
    result.email_button.click()
    assert result.eml_path is not None
    said_everywhere("Đã ký 2/2")
    # "Đã gửi xong…" asks; "Chưa gửi" leaves it as it was; "Đã gửi" notes it.
    result.sent_button.click()
    editor.sent_dialog.not_yet_button.click()
    said_everywhere("Đã ký 2/2")
    result.sent_button.click()
    editor.sent_dialog.sent_button.click()
    said_everywhere("Đã gửi")

    # The first edit after it: said at once in the editor, and the status shows it everywhere.
    box = editor.rows["cp_results"].editor.edit
    box.setFocus()
    type_text(box, " Bổ sung.")
    stale = "Đã sửa sau khi xuất — cần xuất và ký lại"
    qtbot.waitUntil(editor.life_banner.isVisible, timeout=3000)  # at the save of that first edit
    assert editor.life_banner.text().startswith(stale)
    said_everywhere(stale)
    rows = json.loads(cli("report", "list", "--db", db_path, "--json").stdout)
    row = next(r for r in rows if r["id"] == report_id)
    assert row["stage"] == "sent" and row["needs_new_export"] is True and row["signatures"] == 2
    # A stale report is not "sent" again until exported anew.
    refused = cli("report", "sent", "--db", db_path, str(report_id))
    assert refused.returncode == 2 and "đã được sửa sau khi xuất" in refused.stderr

    # A new export starts the next round: exported, nothing signed yet; then sent from the command line.
    editor.export_action.trigger()
    said_everywhere("Đã xuất PDF")
    assert not editor.life_banner.isVisible()
    done = cli("report", "sent", "--db", db_path, str(report_id))
    assert done.returncode == 0, done.stderr
    editor.refresh_life()
    said_everywhere("Đã gửi")
    store.close()
