"""The PKCS#11 modules (token drivers) of the certificate providers Vietnamese agencies use, found on this PC.

    found_modules() -> list[Module]      the usual driver files that exist here, known names first

Settings proposes these; any other path can be typed or chosen. The names are the drivers' usual file names
(each provider's installer puts its DLL in System32, or under Program Files); a driver not listed is still found
when its file name says PKCS#11 (…p11…, …pkcs11…, …csp11…).
"""

from __future__ import annotations

import glob
import os
import sys
from dataclasses import dataclass
from pathlib import Path

# (provider, file name): the usual PKCS#11 libraries of the tokens issued in Viet Nam.
KNOWN_DRIVERS: tuple[tuple[str, str], ...] = (
    ("Ban Cơ yếu Chính phủ (VGCA)", "vgca_csp11.dll"),
    ("VNPT-CA", "vnpt-ca_csp11.dll"),
    ("VNPT-CA, Viettel-CA (token ePass2003)", "eps2003csp11.dll"),
    ("VNPT-CA (token Shuttle)", "ShuttleCsp11_3003.dll"),
    ("Viettel-CA", "viettel-ca_v6.dll"),
    ("Viettel-CA", "viettel-ca_v5.dll"),
    ("FPT-CA", "fpt-ca_csp11.dll"),
    ("BKAV-CA", "BkavCA.dll"),
    ("SafeNet eToken", "eTPKCS11.dll"),
    ("Thales/Gemalto IDPrime", "IDPrimePKCS11.dll"),
)
PATTERNS = ("*csp11*.dll", "*pkcs11*.dll", "*_p11*.dll")


@dataclass(frozen=True)
class Module:
    provider: str
    path: Path

    @property
    def label(self) -> str:
        return f"{self.provider} — {self.path}"


def _system_folders() -> list[Path]:
    # System32 holds the DLLs of the app's own bitness (Windows redirects a 32-bit process to SysWOW64).
    return [Path(os.environ.get("SYSTEMROOT", r"C:\Windows")) / "System32"]


def _program_folders() -> list[Path]:
    names = ("ProgramFiles", "ProgramFiles(x86)")
    return [Path(os.environ[n]) for n in names if os.environ.get(n)]


def found_modules(system: list[Path] | None = None, programs: list[Path] | None = None) -> list[Module]:
    """The driver files present on this PC (Windows); on other systems, the OpenSC and SoftHSM modules if any."""
    found: dict[Path, Module] = {}
    if sys.platform == "win32" or system is not None:
        folders = system if system is not None else _system_folders()
        for provider, name in KNOWN_DRIVERS:
            for folder in folders:
                path = folder / name
                if path.is_file() and path not in found:
                    found[path] = Module(provider, path)
        for folder in folders:
            for pattern in PATTERNS:
                for hit in sorted(glob.glob(str(folder / pattern))):
                    found.setdefault(Path(hit), Module("PKCS#11", Path(hit)))
        for base in programs if programs is not None else _program_folders():
            for hit in sorted(glob.glob(str(base / "*" / "**" / "*pkcs11*.dll"), recursive=True))[:20]:
                found.setdefault(Path(hit), Module("PKCS#11", Path(hit)))
    else:
        for pattern in ("/usr/lib/*/opensc-pkcs11.so", "/usr/lib/*/pkcs11/*.so", "/usr/lib/softhsm/libsofthsm2.so"):
            for hit in sorted(glob.glob(pattern)):
                found.setdefault(Path(hit), Module("PKCS#11", Path(hit)))
    return list(found.values())
