"""The certificate registry and the counting of received versions, tried as an attacker would: Nghệ An's trusted
report is counted; a later version with a forged figure, signed with another province's certificate, a self-made
certificate carrying the right names, a company certificate with ST=Nghệ An from the trusted CA, or the unit's
new certificate not yet confirmed, waits ("chờ xác nhận") and its figure reaches no total (the summary xlsx), no
flag and no draft (the Government report); `--require-signature` refuses it outright. Registering, confirming and
retiring on the command line re-verify the stored versions."""

from __future__ import annotations

import datetime as dt
import subprocess
import zipfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes
from msgspec import structs

from gui.core.document import ReportDocument
from gui.core.errors import UserError
from gui.inbox.consolidate import consolidate
from gui.inbox.importer import Outcome, import_paths
from gui.operations.trust import (
    add_certificate,
    load_trust_files,
    pending_versions,
    retire_certificate,
    reverify,
    signature_policy,
)
from gui.signing.keys import load_pfx
from gui.signing.sign import sign_pdf
from gui.store.reports import ReportStore
from gui.store.signatures import SignatureRepository
from tests.conftest import run_cli
from tests.inbox.conftest import province_docs, render_pdf
from tests.signing.pki import NOW, PASSWORD, Issued, Pki, _issue, _name

FORGED = 987_654_321
KEY = "budget_vnd"


def nghe_an(period: str = "2025") -> ReportDocument:
    return next(d for d in province_docs(period) if d.unit.name == "Nghệ An")


def forged(doc: ReportDocument, hours: int = 1) -> ReportDocument:
    later = (dt.datetime.fromisoformat(doc.updated_at) + dt.timedelta(hours=hours)).isoformat()
    return structs.replace(doc, updated_at=later, values={**doc.values, KEY: FORGED})


def signed_twice(doc: ReportDocument, person: Issued, agency: Issued) -> bytes:
    once = sign_pdf(render_pdf(doc), load_pfx(person.pfx, PASSWORD), "signer").data
    return sign_pdf(once, load_pfx(agency.pfx, PASSWORD), "agency").data


def fingerprint(issued: Issued) -> str:
    return issued.cert.fingerprint(hashes.SHA256()).hex()


@pytest.fixture(scope="module")
def attackers(pki: Pki, tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Issued, Issued]]:
    folder = tmp_path_factory.mktemp("attackers")
    own_root = _issue(folder, "own-root", _name("Bo Cong Thuong Root CA (test)", "Bộ Công Thương"), None, ca=True)
    names = ("Nguyễn Văn An", "Sở Công Thương tỉnh Nghệ An", "Nghệ An")
    self_made = _issue(folder, "self-made", _name(*names), own_root, ca=False)
    self_made_agency = _issue(
        folder, "self-made-agency", _name("Văn thư", "Sở Công Thương tỉnh Nghệ An", "Nghệ An"), own_root, ca=False
    )
    company = _issue(
        folder,
        "company",
        _name("Công ty TNHH Nghệ An Xanh", "Công ty TNHH Nghệ An Xanh", "Nghệ An"),
        pki.intermediate,
        ca=False,
    )
    new_person = _issue(
        folder,
        "new-person",
        _name("Hồ Thị Mới", "Sở Công Thương tỉnh Nghệ An", "Nghệ An"),
        pki.intermediate,
        ca=False,
        start=NOW - dt.timedelta(days=1),
    )
    return {
        "another province": (pki.ha_tinh, pki.ha_tinh),
        "self-made": (self_made, self_made_agency),
        "company with ST=Nghệ An": (company, company),
        "unit's new unconfirmed": (new_person, pki.nghe_an_clerk),
    }


@pytest.fixture
def ministry(pki: Pki, tmp_path: Path):
    """The Ministry's database: roots loaded, Nghệ An's two certificates registered from files, its trusted 2025
    report counted."""
    store = ReportStore.open(tmp_path / "bo.sqlite3")
    load_trust_files(store=store, paths=[pki.root.pem, pki.intermediate.pem], by="Cán bộ Vụ")
    add_certificate(store=store, unit_kind="province", unit_code="40", role="signer", path=pki.nghe_an.pem)
    add_certificate(store=store, unit_kind="province", unit_code="40", role="agency", path=pki.nghe_an_clerk.pem)
    honest = tmp_path / "nghe-an-2025.pdf"
    honest.write_bytes(signed_twice(nghe_an(), pki.nghe_an, pki.nghe_an_clerk))
    run = import_paths(store, [honest], signatures=signature_policy(store=store))
    assert run.results[0].outcome is Outcome.IMPORTED, run.results[0].reason
    assert run.results[0].signature == "trusted", run.results[0].reason
    yield store
    store.close()


def counted_figure(store: ReportStore) -> object:
    rows = [r for r in consolidate(store, "2025").reported if r.unit.name == "Nghệ An"]
    assert len(rows) == 1
    return rows[0].values.get(KEY)


def xlsx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as book:
        return "".join(book.read(n).decode("utf-8") for n in book.namelist() if n.endswith(".xml"))


@pytest.mark.parametrize(
    "attack", ["another province", "self-made", "company with ST=Nghệ An", "unit's new unconfirmed"]
)
def test_a_forged_version_waits_and_reaches_no_total_flag_or_draft(
    attack: str, attackers, ministry: ReportStore, tmp_path: Path
) -> None:
    honest = counted_figure(ministry)
    assert honest != FORGED
    person, agency = attackers[attack]
    path = tmp_path / "forged.pdf"
    path.write_bytes(signed_twice(forged(nghe_an()), person, agency))
    run = import_paths(ministry, [path], signatures=signature_policy(store=ministry))
    result = run.results[0]
    assert result.outcome is Outcome.PENDING, result.reason
    assert result.signature == "unverified"
    assert "CHỜ XÁC NHẬN" in result.reason and "trước khi tính vào tổng hợp" in result.reason
    assert counted_figure(ministry) == honest
    waiting = pending_versions(store=ministry)
    assert [v.report_id for v in waiting] == [result.report_id]
    assert "chờ người kiểm tra xác nhận" in waiting[0].reason

    db = ministry.path
    summary = tmp_path / "tong-hop.xlsx"
    done = run_cli("inbox", "summary", "--db", db, "--period", "2025", "-o", summary)
    assert done.returncode == 0, done.stderr
    text = xlsx_text(summary)
    assert str(FORGED) not in text and str(honest) in text
    flags = run_cli("inbox", "flags", "--db", db, "--period", "2025")
    assert flags.returncode == 0, flags.stderr
    assert "987654321" not in flags.stdout.replace(".", "").replace(",", "")
    draft = tmp_path / "du-thao.pdf"
    report = run_cli("inbox", "report", "--db", db, "--period", "2025", "-o", draft)
    assert report.returncode == 0, report.stderr
    out = subprocess.run(["pdftotext", str(draft), "-"], capture_output=True, text=True).stdout
    assert "987.654.321" not in out and "987654321" not in out

    # --require-signature refuses it: nothing of the file is stored.
    before = ministry.db.execute("SELECT COUNT(*) FROM reports").fetchone()[0]
    again = tmp_path / "forged-again.pdf"
    again.write_bytes(signed_twice(forged(nghe_an(), hours=2), person, agency))
    refused = run_cli("inbox", "import", "--db", db, "--require-signature", again)
    assert refused.returncode == 2, refused.stdout
    assert "Bộ yêu cầu chữ ký số tin cậy" in refused.stdout
    assert ministry.db.execute("SELECT COUNT(*) FROM reports").fetchone()[0] == before


def test_the_company_certificate_cannot_be_registered_as_the_agency(attackers, ministry: ReportStore) -> None:
    company, _ = attackers["company with ST=Nghệ An"]
    with pytest.raises(UserError, match="phải ghi đúng tên cơ quan ở mục tổ chức"):
        add_certificate(store=ministry, unit_kind="province", unit_code="40", role="agency", path=company.pem)


def test_confirming_the_units_new_certificate_counts_its_report_and_retiring_undoes_it(
    attackers, ministry: ReportStore, tmp_path: Path
) -> None:
    person, agency = attackers["unit's new unconfirmed"]
    path = tmp_path / "new.pdf"
    newer = structs.replace(
        nghe_an(),
        updated_at=(dt.datetime.fromisoformat(nghe_an().updated_at) + dt.timedelta(hours=3)).isoformat(),
        values={**nghe_an().values, KEY: 123_456_789},
    )
    path.write_bytes(signed_twice(newer, person, agency))
    run = import_paths(ministry, [path], signatures=signature_policy(store=ministry))
    report_id = run.results[0].report_id
    assert run.results[0].outcome is Outcome.PENDING
    stored = SignatureRepository(ministry).received([report_id])[report_id]
    # The status names the signature, the problem and what to do, once.
    assert "Người có thẩm quyền Hồ Thị Mới (" in stored.summary
    assert "theo giờ người ký tự ghi): chứng thư số chưa đăng ký cho đơn vị Nghệ An" in stored.summary
    assert stored.summary.count("Hãy đối chiếu dấu vân tay") == 1
    done = run_cli("inbox", "certificates", "confirm", "--db", ministry.path, fingerprint(person)[:20])
    assert done.returncode == 0, done.stderr
    assert "Đã xác nhận chứng thư số của Hồ Thị Mới cho đơn vị province:40 (người có thẩm quyền)" in done.stdout
    assert "1 đơn vị/kỳ đổi phiên bản được tính" in done.stdout
    assert counted_figure(ministry) == 123_456_789
    listing = run_cli("inbox", "certificates", "list", "--db", ministry.path, "--unit", "40")
    assert listing.stdout.count("đang chấp nhận") == 3
    assert "thấy trong báo cáo đã nhận, người kiểm tra xác nhận" in listing.stdout

    retired = retire_certificate(store=ministry, fingerprint=fingerprint(person), by="Trưởng phòng")
    assert retired.reverified.counted_changed == 1
    assert counted_figure(ministry) != 123_456_789
    stored = SignatureRepository(ministry).received([report_id])[report_id]
    assert "đã bị Bộ ngừng chấp nhận" in stored.summary


def test_a_person_accepts_a_waiting_version(attackers, ministry: ReportStore, tmp_path: Path) -> None:
    person, agency = attackers["another province"]
    path = tmp_path / "forged.pdf"
    path.write_bytes(signed_twice(forged(nghe_an()), person, agency))
    report_id = import_paths(ministry, [path], signatures=signature_policy(store=ministry)).results[0].report_id
    assert report_id is not None
    done = run_cli("inbox", "accept", "--db", ministry.path, str(report_id))
    assert done.returncode == 0, done.stderr
    assert "được tính vào tổng hợp" in done.stdout
    assert counted_figure(ministry) == FORGED
    again = run_cli("inbox", "accept", "--db", ministry.path, str(report_id))
    assert again.returncode == 2 and "không chờ xác nhận" in again.stderr


def test_unsigned_replaces_only_unsigned(pki: Pki, ministry: ReportStore, tmp_path: Path) -> None:
    path = tmp_path / "unsigned.pdf"
    path.write_bytes(render_pdf(forged(nghe_an())))
    result = import_paths(ministry, [path], signatures=signature_policy(store=ministry)).results[0]
    assert result.outcome is Outcome.PENDING and "bản chưa ký số không thay được" in result.reason
    # Hà Tĩnh, unsigned twice: the newer unsigned one is counted.
    ha_tinh = next(d for d in province_docs("2025") if d.unit.name == "Hà Tĩnh")
    first, second = tmp_path / "ht1.pdf", tmp_path / "ht2.pdf"
    first.write_bytes(render_pdf(ha_tinh))
    second.write_bytes(render_pdf(forged(ha_tinh)))
    outcomes = [r.outcome for r in import_paths(ministry, [first, second]).results]
    assert outcomes == [Outcome.IMPORTED, Outcome.REPLACED]


def test_registering_refuses_what_it_cannot_use(pki: Pki, ministry: ReportStore, tmp_path: Path) -> None:
    with pytest.raises(UserError, match="đã hết hạn"):
        add_certificate(store=ministry, unit_kind="province", unit_code="40", role="signer", path=pki.expired.pem)
    with pytest.raises(UserError, match="không phải chứng thư số"):
        bad = tmp_path / "x.cer"
        bad.write_bytes(b"not a certificate")
        add_certificate(store=ministry, unit_kind="province", unit_code="40", role="signer", path=bad)
    done = run_cli(
        "inbox", "certificates", "add", "--db", ministry.path, "--unit", "99", "--role", "signer", pki.nghe_an.pem
    )
    assert done.returncode == 2 and "Không có đơn vị mã '99'" in done.stderr
    done = run_cli("inbox", "certificates", "confirm", "--db", ministry.path, "abc")
    assert done.returncode == 2 and "16–64 ký tự hex" in done.stderr


def test_loading_a_root_verifies_every_stored_version_again(pki: Pki, tmp_path: Path) -> None:
    """Received before any root was loaded: not trusted, waiting, the status saying which signature, what is wrong
    and what to do, once. Importing the same file again verifies it again (the same status: nothing changed).
    Loading the root re-verifies every stored version from its stored bytes: trusted and counted, no re-import;
    the thorough re-verification (every file parsed again) agrees."""
    store = ReportStore.open(tmp_path / "bo.sqlite3")
    try:
        add_certificate(store=store, unit_kind="province", unit_code="40", role="signer", path=pki.nghe_an.pem)
        add_certificate(store=store, unit_kind="province", unit_code="40", role="agency", path=pki.nghe_an_clerk.pem)
        path = tmp_path / "nghe-an.pdf"
        path.write_bytes(signed_twice(nghe_an(), pki.nghe_an, pki.nghe_an_clerk))
        first = import_paths(store, [path], signatures=signature_policy(store=store)).results[0]
        assert first.outcome is Outcome.PENDING and first.signature == "unverified"
        summary = SignatureRepository(store).received([first.report_id])[first.report_id].summary
        assert summary.startswith("Đã ký số, chưa xác minh được nguồn gốc — Người có thẩm quyền Nguyễn Văn An (")
        assert "; cả hai chữ ký: chứng thư số không được cấp bởi tổ chức nào" in summary
        assert summary.count("không được cấp bởi tổ chức nào") == 1
        assert summary.count("Hãy nạp chứng thư gốc") == 1
        again = import_paths(store, [path], signatures=signature_policy(store=store)).results[0]
        assert again.outcome is Outcome.ALREADY
        assert "Tệp này đã được nhập trước đây; chữ ký số đã được kiểm tra lại." in again.reason
        assert "Chờ xác nhận" in again.reason
        assert not [r for r in consolidate(store, "2025").reported if r.unit.name == "Nghệ An"]

        loaded = load_trust_files(store=store, paths=[pki.root.pem, pki.intermediate.pem])
        assert [i.kind for i in loaded.added] == ["root", "intermediate"]
        assert (loaded.reverified.versions, loaded.reverified.status_changed) == (1, 1)
        assert loaded.reverified.counted_changed == 1
        stored = SignatureRepository(store).received([first.report_id])[first.report_id]
        assert stored.status == "trusted"
        assert "không được cấp" not in stored.summary and "Hãy" not in stored.summary
        assert counted_figure(store) == nghe_an().values[KEY]
        thorough = reverify(store=store, thorough=True)
        assert thorough.status_changed == 0 and thorough.counted_changed == 0
    finally:
        store.close()


def test_importing_the_same_file_again_with_a_root_given_trusts_it(pki: Pki, tmp_path: Path) -> None:
    db = tmp_path / "bo.sqlite3"
    path = tmp_path / "nghe-an.pdf"
    path.write_bytes(signed_twice(nghe_an(), pki.nghe_an, pki.nghe_an_clerk))
    for role, issued in (("signer", pki.nghe_an), ("agency", pki.nghe_an_clerk)):
        assert (
            run_cli("inbox", "certificates", "add", "--db", db, "--unit", "40", "--role", role, issued.pem).returncode
            == 0
        )
    first = run_cli("inbox", "import", "--db", db, path)
    assert "chưa xác minh được nguồn gốc" in first.stdout
    trust = ["--trust", pki.root.pem, "--trust", pki.intermediate.pem]
    again = run_cli("inbox", "import", "--db", db, path, *trust)
    assert "Tệp này đã được nhập trước đây; chữ ký số đã được kiểm tra lại." in again.stdout
    assert "Đã ký số, tin cậy — Người có thẩm quyền Nguyễn Văn An" in again.stdout
    assert "Chờ xác nhận" not in again.stdout
    listed = run_cli("inbox", "pending", "--db", db)
    assert "Không có phiên bản nào chờ xác nhận." in listed.stdout
