"""This PC's signing settings (never a PIN; a damaged file falls back to defaults) and the token drivers proposed."""

from __future__ import annotations

from pathlib import Path

from gui.signing.drivers import found_modules
from gui.signing.settings import SigningSettings, load_settings, save_settings


def test_settings_round_trip_and_a_damaged_file(tmp_path: Path) -> None:
    path = tmp_path / "signing.json"
    assert load_settings(path) == SigningSettings()
    chosen = SigningSettings(
        pkcs11_module=r"C:\\Windows\\System32\\vgca_csp11.dll",
        signature_image="chữ ký.png",
        trust_files=("root.cer", "ca.cer"),
        require_signatures=True,
    )
    save_settings(chosen, path)
    assert load_settings(path) == chosen
    assert "pin" not in path.read_text(encoding="utf-8").lower()
    path.write_text("{ không phải JSON", encoding="utf-8")
    assert load_settings(path) == SigningSettings()
    path.write_text('{"trust_files": "root.cer", "require_signatures": 1, "unknown": 2}', encoding="utf-8")
    assert load_settings(path) == SigningSettings(require_signatures=True)


def test_the_usual_vietnamese_token_drivers_found_on_disk(tmp_path: Path) -> None:
    system32 = tmp_path / "System32"
    system32.mkdir()
    for name in ("vgca_csp11.dll", "eps2003csp11.dll", "kernel32.dll", "acme_pkcs11.dll"):
        (system32 / name).write_bytes(b"MZ")
    programs = tmp_path / "Program Files"
    (programs / "OpenSC Project" / "OpenSC" / "pkcs11").mkdir(parents=True)
    (programs / "OpenSC Project" / "OpenSC" / "pkcs11" / "opensc-pkcs11.dll").write_bytes(b"MZ")
    found = found_modules(system=[system32], programs=[programs])
    names = [m.path.name for m in found]
    assert names[:2] == ["vgca_csp11.dll", "eps2003csp11.dll"]  # the known ones first, with their provider
    assert found[0].provider.startswith("Ban Cơ yếu")
    assert "acme_pkcs11.dll" in names and "opensc-pkcs11.dll" in names
    assert "kernel32.dll" not in names


def test_the_import_policy_joins_settings_and_the_command_line(pki, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from gui.core.errors import UserError
    from gui.signing.settings import policy_from

    settings = SigningSettings(trust_files=(str(pki.root.pem),), require_signatures=False)
    policy = policy_from(settings, [pki.intermediate.pem], require=True)
    assert len(policy.trust.roots) == 1 and len(policy.trust.intermediates) == 1 and policy.require
    assert policy_from(SigningSettings(require_signatures=True), [], require=False).require
    with pytest.raises(UserError, match="Không tìm thấy tệp chứng thư số tin cậy"):
        policy_from(SigningSettings(trust_files=(str(tmp_path / "mất.cer"),)), [], require=False)
