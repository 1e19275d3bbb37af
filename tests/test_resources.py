"""The app finds its resources the same way from a source checkout, an installed wheel and a bundle.

The bundle itself is built and run in tests/test_bundle.py; here its branch is checked with a stand-in folder.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

import gui
from gui import resources
from gui.resources import build_info, describe_build, resource_path, resources_dir

ROOT = Path(__file__).resolve().parent.parent
# What a checkout holds that a wheel build must not see (stale build/ trees, caches, other engineers' outputs).
NOT_SOURCE = shutil.ignore_patterns(
    ".git", "build", "dist", "out", "tmp", "__pycache__", "*.egg-info", ".*_cache", ".hypothesis", "*.sqlite3"
)


@pytest.fixture
def fresh_lookup() -> Iterator[None]:
    resources_dir.cache_clear()
    build_info.cache_clear()
    yield
    resources_dir.cache_clear()
    build_info.cache_clear()


def test_source_checkout_uses_the_resources_folder_beside_the_package(fresh_lookup: None) -> None:
    assert resources_dir() == ROOT / "resources"
    assert resource_path("templates", "nq82-v1.json").is_file()
    assert build_info()["version"] == gui.__version__
    assert describe_build().startswith(f"bvntd {gui.__version__}")


def test_bundle_folder_comes_first_and_carries_the_build_info(
    fresh_lookup: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = tmp_path / "_internal" / "resources"
    shutil.copytree(ROOT / "resources", bundled)
    info = {"version": gui.__version__, "commit": "abc123def456", "built": "2026-05-01T08:00:00Z"}
    (bundled / "build-info.json").write_text(json.dumps(info), encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)

    assert resources_dir() == bundled
    assert build_info()["commit"] == "abc123def456"
    assert describe_build().startswith(f"bvntd {gui.__version__} (abc123def456, 2026-05-01)")


def test_a_damaged_build_info_file_costs_only_the_details(
    fresh_lookup: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bundled = tmp_path / "resources"
    shutil.copytree(ROOT / "resources", bundled)
    (bundled / "build-info.json").write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert build_info() == {"version": gui.__version__, "commit": "", "built": ""}


def test_a_stray_resources_folder_without_pyproject_is_not_ours(
    fresh_lookup: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # site-packages/resources/templates of some other distribution must not be taken for ours
    package = tmp_path / "site-packages" / "gui"
    package.mkdir(parents=True)
    (tmp_path / "site-packages" / "resources" / "templates").mkdir(parents=True)
    monkeypatch.setattr(resources, "__file__", str(package / "resources.py"))
    with pytest.raises(FileNotFoundError, match="resources"):
        resources_dir()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built the documented way (`pip wheel --no-deps . -w DIR`) from a clean copy of the checkout."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "src"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCE)
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", str(source), "-w", str(work / "dist")],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, built.stderr
    (path,) = (work / "dist").glob("bvntd-*.whl")
    return path


def test_wheel_holds_every_module_and_resource(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "gui").rglob("*.py") if "__pycache__" not in p.parts}
    assert modules - names == set(), "pyproject.toml's [tool.setuptools] packages misses these"
    tracked = subprocess.run(["git", "ls-files", "resources"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    expected = {"gui/_resources/" + Path(name).relative_to("resources").as_posix() for name in tracked}
    assert expected - names == set()


def test_installed_wheel_finds_its_resources_inside_the_package(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert installed.returncode == 0, installed.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    probe = (
        "import json, gui\n"
        "from gui.resources import resources_dir\n"
        "from gui.core.template import active_template\n"
        "t = active_template()\n"
        "print(json.dumps({'package': gui.__file__, 'resources': str(resources_dir()), 'template': t.id}))\n"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=elsewhere, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert Path(found["package"]).is_relative_to(target)
    assert Path(found["resources"]) == target / "gui" / "_resources"
    assert found["template"] == "nq82-bvqlntd"

    cli = subprocess.run(
        [sys.executable, "-m", "gui", "template"], cwd=elsewhere, env=env, capture_output=True, timeout=120
    )
    assert cli.returncode == 0 and json.loads(cli.stdout)["id"] == "nq82-bvqlntd"
