"""This PC's signing settings, in a small JSON file beside the app's settings.ini (no Qt: the command line reads
them too). A PIN or password is never among them.

    load_settings() -> SigningSettings          defaults when the file is missing or unreadable
    save_settings(settings)
    policy_from(settings, extra_trust, require) -> SignaturePolicy     for the Ministry's import
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from gui import APP_AUTHOR, APP_NAME
from gui.fileio import write_output
from gui.signing.inbox import SignaturePolicy
from gui.signing.verify import load_trust

if TYPE_CHECKING:
    from gui.signing.inbox import SignaturePolicy

log = logging.getLogger(__name__)

FILE_NAME = "signing.json"


@dataclass(frozen=True)
class SigningSettings:
    pkcs11_module: str = ""  # the token driver's PKCS#11 library (a .dll on Windows)
    token_label: str = ""  # only when several tokens are plugged in
    pfx_file: str = ""  # instead of a token
    signature_image: str = ""  # the competent person's handwritten signature, transparent PNG
    seal_image: str = ""  # the agency's seal, red, transparent PNG at real size
    timestamp_url: str = ""  # RFC 3161 server; empty: no timestamp
    trust_files: tuple[str, ...] = field(default_factory=tuple)  # the Ministry's trusted roots and intermediates
    require_signatures: bool = False  # the Ministry refuses unsigned reports
    online_revocation: bool = False  # the Ministry's import fetches CRLs/OCSP when the PC is online (short timeout)


def settings_file() -> Path:
    override = os.environ.get("BVNTD_SETTINGS")
    if override:
        return Path(override).with_name(FILE_NAME)

    return Path(platformdirs.user_config_dir(APP_NAME, APP_AUTHOR, roaming=False)) / FILE_NAME


def load_settings(path: Path | None = None) -> SigningSettings:
    path = path or settings_file()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return SigningSettings()
    except (OSError, ValueError) as error:
        log.warning("Signing settings %s unreadable (%s): defaults used", path, type(error).__name__)
        return SigningSettings()
    if not isinstance(data, dict):
        return SigningSettings()
    known = {f.name: f for f in fields(SigningSettings)}
    values: dict[str, object] = {}
    for name, value in data.items():
        if name not in known:
            continue
        if name == "trust_files":
            if isinstance(value, list):
                values[name] = tuple(str(v) for v in value if isinstance(v, str))
        elif name in ("require_signatures", "online_revocation"):
            values[name] = bool(value)
        elif isinstance(value, str):
            values[name] = value
    return SigningSettings(**values)  # type: ignore[arg-type]


def save_settings(settings: SigningSettings, path: Path | None = None) -> None:
    path = path or settings_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {**asdict(settings), "trust_files": list(settings.trust_files)}
    write_output(path, json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def policy_from(
    settings: SigningSettings, extra_trust: list[Path], require: bool, *, crls: list[Path] | None = None
) -> SignaturePolicy:
    """The import's policy: the trust files of Settings and those given now (`crls`: revocation lists given now);
    required if either says so."""
    files = [Path(p) for p in settings.trust_files] + list(extra_trust)
    return SignaturePolicy(load_trust(files, crls or []), require or settings.require_signatures)
