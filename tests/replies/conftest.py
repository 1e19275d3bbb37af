"""The round trip's fixtures: the test PKI with a certificate of Bộ Công Thương's, a province's database with its
report exported and signed, and the Ministry's database that imported it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

os.environ["BVNTD_PDF_FONT"] = "liberation"

from tests.conftest import run_cli
from tests.signing.pki import PASSWORD, Issued, Pki, _issue, _name, build_pki


@dataclass
class Keys:
    pki: Pki
    ministry: Issued  # Bộ Công Thương's own certificate (the one a province loads)
    impostor: Issued  # a certificate claiming Bộ Công Thương, under another root
    office: Issued  # under the Ministry's root, a body whose name contains "Bộ Công Thương" but is not the Ministry


@pytest.fixture(scope="session")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Keys:
    folder = tmp_path_factory.mktemp("pki")
    pki = build_pki(folder)
    ministry = _issue(folder, "bo-cong-thuong", _name("Bộ Công Thương", "Bộ Công Thương"), pki.intermediate, ca=False)
    impostor = _issue(folder, "gia-mao", _name("Bộ Công Thương", "Bộ Công Thương"), pki.stranger_root, ca=False)
    office = _issue(
        folder, "cuc", _name("Cục (test)", "Cục Quản lý thị trường, Bộ Công Thương"), pki.intermediate, ca=False
    )
    return Keys(pki, ministry, impostor, office)


def sign(src: Path, out: Path, role: str, who: Issued) -> Path:
    """`bvntd pdf sign` as the clerk runs it, with a .pfx and its password on standard input."""
    command = [sys.executable, "-m", "gui", "pdf", "sign", str(src), "-o", str(out), "--role", role]
    done = subprocess.run(
        [*command, "--pfx", str(who.pfx), "--pin-stdin"],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return out


def sign_letter(src: Path, out: Path, who: Issued) -> Path:
    """A document of the Ministry's signed as Decree 30 orders it: the competent person, then the agency."""
    first = sign(src, out.with_name(out.stem + "-1.pdf"), "signer", who)
    return sign(first, out, "agency", who)


def sign_report(src: Path, out: Path, pki: Pki) -> Path:
    """The province's report signed by its Phó Giám đốc, then by the Sở's clerk."""
    first = sign(src, out.with_name(out.stem + "-1.pdf"), "signer", pki.nghe_an)
    return sign(first, out, "agency", pki.nghe_an_clerk)


def register_nghe_an(bo: Path, pki: Pki) -> None:
    """The Ministry registers the certificates Nghệ An sent (issue 20): only then is its signed report counted."""
    for role, issued in (("signer", pki.nghe_an), ("agency", pki.nghe_an_clerk)):
        ok("inbox", "certificates", "add", "--db", bo, "--unit", "40", "--role", role, issued.pem)


def ok(*args: str | Path) -> str:
    done = run_cli(*args, timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@dataclass
class Round:
    folder: Path
    so: Path  # the province's database (report 1: Nghệ An 2025)
    bo: Path  # the Ministry's database
    report: Path  # the signed report the Ministry imported


@pytest.fixture(scope="session")
def sent_round(keys: Keys, tmp_path_factory: pytest.TempPathFactory) -> Round:
    folder = tmp_path_factory.mktemp("round")
    so, bo = folder / "so.sqlite3", folder / "bo.sqlite3"
    ok("demo", "--db", so)
    ok("pdf", "export", "--db", so, "1", "-o", folder / "bc.pdf")
    signed = sign_report(folder / "bc.pdf", folder / "bc-ky.pdf", keys.pki)
    register_nghe_an(bo, keys.pki)
    ok("inbox", "import", "--db", bo, signed, "--trust", keys.pki.root.pem)
    return Round(folder, so, bo, signed)


@pytest.fixture
def fresh_round(sent_round: Round, tmp_path: Path) -> Round:
    """A copy of the round this test may change."""
    for name in ("so.sqlite3", "bo.sqlite3"):
        shutil.copy(sent_round.folder / name, tmp_path / name)
    return Round(tmp_path, tmp_path / "so.sqlite3", tmp_path / "bo.sqlite3", sent_round.report)
