"""The one place that finds the app's resources: source checkout, installed wheel or PyInstaller bundle."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from gui import __version__

# Written by build.spec into the bundle's resources/ at build time; never committed.
BUILD_INFO_FILE = "build-info.json"


def _candidates() -> Iterator[Path]:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # PyInstaller bundle: build.spec copies resources/ to <bundle>/_internal/resources
        yield Path(bundle) / "resources"
    package = Path(__file__).resolve().parent
    yield package / "_resources"  # installed wheel: pyproject maps resources/ to the package gui._resources
    if (package.parent / "pyproject.toml").is_file():  # source checkout or editable install
        yield package.parent / "resources"


@cache
def resources_dir() -> Path:
    """The folder that holds templates/, data/, i18n/, icons/ and the report schema.

    A bundle first (sys._MEIPASS), then the copy a wheel installs inside the package, then the checkout's
    resources/ beside the package — only when pyproject.toml is there too, so a stray site-packages/resources
    of some other distribution is never taken for ours.
    """
    tried = []
    for candidate in _candidates():
        if (candidate / "templates").is_dir():
            return candidate
        tried.append(str(candidate))
    raise FileNotFoundError(
        "Không tìm thấy thư mục tài nguyên (resources/) của ứng dụng; hãy cài đặt lại ứng dụng. "
        f"Đã tìm ở: {', '.join(tried)}"
    )


def resource_path(*parts: str) -> Path:
    """A file inside the resources folder, e.g. resource_path("templates", "nq82-v1.json")."""
    return resources_dir().joinpath(*parts)


@cache
def build_info() -> dict[str, str]:
    """What this copy of the app is: version, and in a bundle the commit and date it was built from.

    The version has one source, gui.__version__ (pyproject reads it too); build.spec adds the rest.
    """
    info = {"version": __version__, "commit": "", "built": ""}
    try:
        path = resource_path(BUILD_INFO_FILE)
        if path.is_file():
            stored = json.loads(path.read_text(encoding="utf-8"))
            info.update({key: str(value) for key, value in stored.items() if isinstance(value, str | int | float)})
    except (OSError, ValueError):
        pass  # a damaged or unreadable file only costs the extra details
    info["version"] = __version__
    return info


def describe_build() -> str:
    """One line for --version, the self-test and the About dialog, e.g. "bvntd 0.1.0 (a1b2c3d4e5f6, 2026-05-01)"."""
    info = build_info()
    details = [part for part in (info.get("commit", ""), info.get("built", "")[:10]) if part]
    frozen = " [bản đóng gói]" if getattr(sys, "frozen", False) else ""
    return f"bvntd {info['version']}" + (f" ({', '.join(details)})" if details else "") + frozen
