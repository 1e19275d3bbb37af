"""The signature status of each received report where the Ministry looks: the inbox list, the xlsx "Tình hình báo
cáo" sheet and the summary PDF."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from gui.inbox.consolidate import consolidate
from gui.inbox.importer import Outcome, import_paths
from gui.operations.trust import accept_version, add_certificate, load_trust_files, signature_policy
from gui.signing.keys import load_pfx
from gui.signing.sign import sign_pdf
from gui.store.reports import ReportStore
from tests.inbox.conftest import province_docs, render_pdf
from tests.signing.pki import PASSWORD, Pki


@pytest.fixture
def received(pki: Pki, tmp_path: Path):
    """Nghệ An signed by its registered certificates and trusted; Hà Tĩnh signed under an untrusted root (it waits,
    and a person accepted it); the first province unsigned."""
    docs = {d.unit.name: d for d in province_docs("2025")}
    first = province_docs("2025")[0]
    files = []
    for doc, issued in ((docs["Nghệ An"], pki.nghe_an), (docs["Hà Tĩnh"], pki.stranger), (first, None)):
        data = render_pdf(doc)
        if issued is not None:
            data = sign_pdf(data, load_pfx(issued.pfx, PASSWORD), "signer").data
            agency = pki.nghe_an_clerk if issued is pki.nghe_an else pki.stranger
            data = sign_pdf(data, load_pfx(agency.pfx, PASSWORD), "agency").data
        path = tmp_path / f"{doc.unit.code}.pdf"
        path.write_bytes(data)
        files.append(path)
    store = ReportStore.open(tmp_path / "bo.sqlite3")
    load_trust_files(store=store, paths=[pki.root.pem, pki.intermediate.pem])
    add_certificate(store=store, unit_kind="province", unit_code="40", role="signer", path=pki.nghe_an.pem)
    add_certificate(store=store, unit_kind="province", unit_code="40", role="agency", path=pki.nghe_an_clerk.pem)
    run = import_paths(store, files, signatures=signature_policy(store=store))
    assert [r.signature for r in run.results] == ["trusted", "unverified", "unsigned"], [r.reason for r in run.results]
    assert run.results[1].outcome is Outcome.PENDING
    accept_version(store=store, report_id=run.results[1].report_id, by="Lãnh đạo Vụ")
    yield store, first.unit.name
    store.close()


def test_xlsx_and_summary_pdf_show_the_statuses(received, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from gui.inbox.summary_pdf import summary_pdf_bytes
    from gui.inbox.xlsx import write_xlsx

    store, unsigned_name = received
    c = consolidate(store, "2025")
    out = tmp_path / "tong-hop.xlsx"
    write_xlsx(c, out)
    sheet = load_workbook(out)["Tình hình báo cáo"]
    header = [cell.value for cell in sheet[1]]
    column = header.index("Chữ ký số")
    by_unit = {row[2].value: row[column].value for row in sheet.iter_rows(min_row=2) if row[2].value}
    assert by_unit["Tỉnh Nghệ An"].startswith("Đã ký số, tin cậy — Người có thẩm quyền Nguyễn Văn An (")
    assert by_unit["Tỉnh Hà Tĩnh"].startswith("Đã ký số, chưa xác minh được nguồn gốc")
    assert any(v == "Chưa ký số" for k, v in by_unit.items() if unsigned_name in k)

    from pypdf import PdfReader

    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(summary_pdf_bytes(c))).pages)
    assert "Chữ ký số: 1/3 báo cáo đã ký số, tin cậy" in text
    assert "chưa xác minh được nguồn gốc (1): Tỉnh Hà Tĩnh" in text
    assert "chưa ký số (1):" in text


def test_the_inbox_list_shows_the_statuses(received, qtbot) -> None:
    from gui.views.inbox.models import CompletenessModel

    store, unsigned_name = received
    model = CompletenessModel()
    model.set_consolidation(consolidate(store, "2025"))
    column = model.headers().index("Chữ ký số")
    shown = {model.cell(r, 2): model.cell(r, column) for r in range(model.rowCount())}
    assert shown["Tỉnh Nghệ An"] == "Đã ký, tin cậy"
    assert shown["Tỉnh Hà Tĩnh"] == "Đã ký, chưa xác minh nguồn gốc"
    assert next(v for k, v in shown.items() if unsigned_name in k) == "Chưa ký số"
    missing = [r for r in range(model.rowCount()) if model.cell(r, 3) == "Chưa gửi"]
    assert missing and all(model.cell(r, column) == "" for r in missing)  # no report, no signature status
    row = next(r for r in range(model.rowCount()) if model.cell(r, 2) == "Tỉnh Nghệ An")
    tip = model.data(model.index(row, column), 3)  # ToolTipRole
    assert "Nguyễn Văn An" in tip
