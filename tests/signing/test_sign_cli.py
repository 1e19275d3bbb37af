"""`bvntd pdf sign` and `bvntd pdf verify` as a user runs them: .pfx files and a SoftHSM2 token, the two
signatures of Phụ lục I in turn, every refusal with its Vietnamese message and nothing written."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import run_cli
from tests.signing.conftest import TOKEN_LABEL, USER_PIN
from tests.signing.pki import PASSWORD, Pki


def sign(
    src: Path,
    out: Path,
    role: str,
    *source: str | Path,
    image: Path | None = None,
    secret: str = PASSWORD,
    env: dict[str, str] | None = None,
):  # type: ignore[no-untyped-def]
    args: list[str | Path] = ["pdf", "sign", src, "-o", out, "--role", role, *source, "--pin-stdin"]
    if image is not None:
        args += ["--image", image]
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-m", "gui", *map(str, args)],
        input=secret + "\n",
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**__import__("os").environ, **(env or {})},
        timeout=120,
    )


def trust_args(pki: Pki) -> list[str | Path]:
    return ["--trust", pki.root.pem, "--trust", pki.intermediate.pem]


def test_signer_then_agency_with_pfx_both_valid_and_data_kept(
    pki: Pki, images, report_pdf: Path, tmp_path: Path
) -> None:
    first, second = tmp_path / "ky-1.pdf", tmp_path / "ky-2.pdf"
    done = sign(report_pdf, first, "signer", "--pfx", pki.nghe_an.pfx, image=images["signature"])
    assert done.returncode == 0, done.stderr
    assert "Nguyễn Văn An" in done.stderr and "người có thẩm quyền" in done.stderr
    done = sign(first, second, "agency", "--pfx", pki.nghe_an_clerk.pfx, image=images["seal"])
    assert done.returncode == 0, done.stderr
    original = report_pdf.read_bytes()
    # Incremental updates: the exported bytes, then the first signed revision, are prefixes of the final file.
    assert second.read_bytes().startswith(first.read_bytes()) and first.read_bytes().startswith(original)
    checked = run_cli("pdf", "verify", second, *trust_args(pki))
    assert checked.returncode == 0, checked.stdout + checked.stderr
    lines = checked.stdout.strip().splitlines()
    assert len(lines) == 2
    assert all("Đã ký số, tin cậy" in line for line in lines)
    assert "Nguyễn Văn An" in lines[0] and "ChuKyNguoiCoThamQuyen" in lines[0] and "ChuKyCoQuan" in lines[1]
    extracted = run_cli("pdf", "extract", second)
    assert extracted.returncode == 0 and '"Nghệ An"' in extracted.stdout


def test_sign_with_the_softhsm_token(pki: Pki, token, images, report_pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "token.pdf"
    env = {"SOFTHSM2_CONF": token["SOFTHSM2_CONF"]}
    done = sign(
        report_pdf,
        out,
        "signer",
        "--pkcs11",
        token["module"],
        "--token-label",
        TOKEN_LABEL,
        image=images["signature"],
        secret=USER_PIN,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    one = run_cli("pdf", "verify", out, *trust_args(pki))
    assert one.returncode == 2 and "Chỉ có một chữ ký số (của người có thẩm quyền)" in one.stdout, one.stdout
    assert "Chữ ký 1 (người có thẩm quyền) [ChuKyNguoiCoThamQuyen]: Đã ký số, tin cậy — Nguyễn Văn An" in one.stdout
    twice = tmp_path / "token-2.pdf"
    assert sign(out, twice, "agency", "--pfx", pki.nghe_an_clerk.pfx).returncode == 0
    checked = run_cli("pdf", "verify", twice, *trust_args(pki))
    assert checked.returncode == 0, checked.stdout
    # The PIN is nowhere in what the command printed or wrote.
    assert USER_PIN not in done.stdout + done.stderr
    assert USER_PIN.encode() not in out.read_bytes()


def test_token_refusals_leave_nothing(pki: Pki, token, report_pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "no.pdf"
    env = {"SOFTHSM2_CONF": token["SOFTHSM2_CONF"]}
    wrong = sign(report_pdf, out, "signer", "--pkcs11", token["module"], secret="000000", env=env)
    assert wrong.returncode == 2 and "Mã PIN của USB token không đúng" in wrong.stderr
    assert "000000" not in wrong.stderr
    other = sign(
        report_pdf, out, "signer", "--pkcs11", token["module"], "--token-label", "Khác", secret=USER_PIN, env=env
    )
    assert other.returncode == 2 and "Không thấy USB token có nhãn “Khác”" in other.stderr
    missing = sign(report_pdf, out, "signer", "--pkcs11", tmp_path / "vgca.dll", secret=USER_PIN, env=env)
    assert missing.returncode == 2 and "Không tìm thấy thư viện PKCS#11" in missing.stderr
    not_a_module = tmp_path / "notes.so"
    not_a_module.write_text("x")
    bad = sign(report_pdf, out, "signer", "--pkcs11", not_a_module, secret=USER_PIN, env=env)
    assert bad.returncode == 2 and "Không nạp được thư viện PKCS#11" in bad.stderr
    assert not out.exists()
    assert "Traceback" not in wrong.stderr + other.stderr + missing.stderr + bad.stderr


def test_no_token_plugged_in(token, report_pdf: Path, tmp_path: Path) -> None:
    # An empty token folder: the module loads, no token is present (SoftHSM always shows one free slot).
    empty = tmp_path / "empty"
    (empty / "tokens").mkdir(parents=True)
    conf = empty / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {empty / 'tokens'}\nobjectstore.backend = file\nlog.level = ERROR\n")
    done = sign(
        report_pdf,
        tmp_path / "x.pdf",
        "signer",
        "--pkcs11",
        token["module"],
        secret=USER_PIN,
        env={"SOFTHSM2_CONF": str(conf)},
    )
    assert done.returncode == 2
    assert "Không thấy USB token" in done.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_pfx_and_certificate_refusals(pki: Pki, images, report_pdf: Path, tmp_path: Path) -> None:
    out = tmp_path / "no.pdf"
    cases = [
        (("--pfx", pki.nghe_an.pfx), "sai-mat-khau", None, "Mật khẩu của tệp chứng thư số nghe-an.pfx không đúng"),
        (("--pfx", pki.expired.pfx), PASSWORD, None, "đã hết hạn (hiệu lực từ"),
        (("--pfx", pki.not_yet.pfx), PASSWORD, None, "chưa có hiệu lực (hiệu lực từ"),
        (("--pfx", pki.no_signing.pfx), PASSWORD, None, "không được phép dùng để ký"),
        (("--pfx", pki.nghe_an.pem), PASSWORD, None, "không phải tệp chứng thư số .pfx/.p12"),
        (("--pfx", pki.nghe_an.pfx), PASSWORD, tmp_path / "khong-co.png", "Không tìm thấy ảnh chữ ký"),
    ]
    garbage = tmp_path / "hong.png"
    garbage.write_text("không phải ảnh")
    cases.append((("--pfx", pki.nghe_an.pfx), PASSWORD, garbage, "không phải ảnh PNG hoặc JPEG"))
    for source, secret, image, message in cases:
        done = sign(report_pdf, out, "signer", *source, image=image, secret=secret)
        assert done.returncode == 2, (message, done.stderr)
        assert message in done.stderr, (message, done.stderr)
        assert "Chưa ký" in done.stderr or "không phải" in done.stderr
        assert "Traceback" not in done.stderr
        assert not out.exists()
    expired = sign(report_pdf, out, "signer", "--pfx", pki.expired.pfx)
    end = pki.expired.cert.not_valid_after_utc
    assert f"{end:%Y}" in expired.stderr


def test_failed_signing_over_the_input_keeps_it(pki: Pki, report_pdf: Path, tmp_path: Path) -> None:
    copy = tmp_path / "report.pdf"
    shutil.copy(report_pdf, copy)
    done = sign(copy, copy, "signer", "--pfx", pki.nghe_an.pfx, secret="sai")
    assert done.returncode == 2
    assert copy.read_bytes() == report_pdf.read_bytes()


def test_verify_statuses(pki: Pki, images, report_pdf: Path, tmp_path: Path) -> None:
    unsigned = run_cli("pdf", "verify", report_pdf, *trust_args(pki))
    assert unsigned.returncode == 2 and "Chưa ký số" in unsigned.stdout
    stranger = tmp_path / "stranger.pdf"
    assert sign(report_pdf, stranger, "signer", "--pfx", pki.stranger.pfx).returncode == 0
    done = run_cli("pdf", "verify", stranger, *trust_args(pki))
    assert done.returncode == 2 and "chưa xác minh được nguồn gốc" in done.stdout
    other = tmp_path / "ha-tinh.pdf"
    assert sign(report_pdf, other, "signer", "--pfx", pki.ha_tinh.pfx).returncode == 0
    done = run_cli("pdf", "verify", other, *trust_args(pki))
    assert done.returncode == 2 and "tổ chức khác (Sở Công Thương tỉnh Hà Tĩnh)" in done.stdout
    # One byte of the signed content changed: the signature no longer matches.
    good = tmp_path / "good.pdf"
    assert sign(report_pdf, good, "signer", "--pfx", pki.nghe_an.pfx).returncode == 0
    data = bytearray(good.read_bytes())
    at = data.index(b"/Title")
    data[at + 9] ^= 0x01
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    done = run_cli("pdf", "verify", tampered, *trust_args(pki))
    assert done.returncode == 2 and "Chữ ký hỏng hoặc văn bản bị sửa sau khi ký" in done.stdout
    bad_trust = tmp_path / "bad.cer"
    bad_trust.write_text("không phải chứng thư")
    done = run_cli("pdf", "verify", good, "--trust", bad_trust)
    assert done.returncode == 2 and "không phải chứng thư số" in done.stderr


def test_timestamp_server_gives_b_t_and_offline_still_signs(
    pki: Pki, tsa_url: str, report_pdf: Path, tmp_path: Path
) -> None:
    stamped = tmp_path / "b-t.pdf"
    done = sign(report_pdf, stamped, "signer", "--pfx", pki.nghe_an.pfx, "--timestamp-url", tsa_url)
    assert done.returncode == 0, done.stderr
    assert "PAdES B-T" in done.stderr
    checked = run_cli("pdf", "verify", stamped, *trust_args(pki))
    assert "Đã ký số, tin cậy" in checked.stdout and "theo dấu thời gian" in checked.stdout, checked.stdout
    offline = tmp_path / "b-b.pdf"
    done = sign(report_pdf, offline, "signer", "--pfx", pki.nghe_an.pfx, "--timestamp-url", "http://127.0.0.1:9/tsa")
    assert done.returncode == 0, done.stderr
    assert "PAdES B-B" in done.stderr and "Không kết nối được máy chủ dấu thời gian" in done.stderr
    checked = run_cli("pdf", "verify", offline, *trust_args(pki))
    assert "Đã ký số, tin cậy" in checked.stdout, checked.stdout
    assert "theo giờ người ký tự ghi (không có dấu thời gian tin cậy: giờ ký chưa được chứng minh)" in checked.stdout
