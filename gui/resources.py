"""The one place that finds the app's resources: source checkout, installed wheel or PyInstaller bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The folder that holds templates/, data/, i18n/, icons/ and the report schema.

    Order matters: a PyInstaller bundle first (sys._MEIPASS), then the source tree beside the package
    (a checkout or an editable install), then the copy installed inside the package by a wheel.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidate = Path(bundle) / "resources"
        if candidate.is_dir():
            return candidate
    package_dir = Path(__file__).resolve().parent
    source = package_dir.parent / "resources"
    if (source / "templates").is_dir():
        return source
    installed = package_dir / "_resources"
    if (installed / "templates").is_dir():
        return installed
    raise FileNotFoundError("Không tìm thấy thư mục tài nguyên (resources/) của ứng dụng; hãy cài đặt lại ứng dụng.")


def resource_path(*parts: str) -> Path:
    """A file inside the resources folder, e.g. resource_path("templates", "nq82-v1.json")."""
    return resources_dir().joinpath(*parts)
