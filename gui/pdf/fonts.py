"""Finding and registering the serif family the official PDF is set in: Times New Roman, else a metric twin.

One function, `font_family()`, answers which family to use and registers its four faces with reportlab
(regular, bold, italic, bold italic, tied with registerFontFamily so <b> and <i> work). The search order:

1. Times New Roman — what the decree's practice uses; on Windows in %WINDIR%\\Fonts (times.ttf, timesbd.ttf,
   timesi.ttf, timesbi.ttf), on Linux from msttcorefonts, on macOS in the system font folders.
2. Liberation Serif — same metrics as Times New Roman, so the same line breaks (Debian: fonts-liberation2).
3. Tinos — the same design again (Debian: fonts-croscore).

A PyInstaller bundle may carry a `fonts/` folder beside its resources (copied from the build machine): it is
searched first. No font file is committed to the repository.

Environment (tests pin one family so their output is stable):
- BVNTD_PDF_FONT=times|liberation|tinos — only that family;
- BVNTD_PDF_FONT_DIR=/path — only that folder (any of the file names above).

A family is used only when it has all four faces and covers Vietnamese; when none does, `FontNotFoundError`
(a UserError: exit status 2 on the command line) says what to install.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from gui.core.errors import UserError
from gui.core.i18n import translate

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFont

FACES = ("regular", "bold", "italic", "bold_italic")
# Letters a font must hold to set Vietnamese (and the đồng sign used in money columns' units).
VIETNAMESE_PROBE = "ĂăÂâĐđÊêÔôƠơƯưẠạẶặẾếỆệỈỉỌọỘộỚớỢợỤụỨứỰựỲỳỶỷỸỹ₫"


class FontNotFoundError(UserError):
    """No usable serif family on this machine; the message says what to install."""

    def __init__(self, detail: str = "") -> None:
        message = translate(
            "Pdf",
            "Không tìm thấy phông chữ để xuất PDF theo thể thức văn bản hành chính. Cần phông Times New Roman "
            "(có sẵn trên Windows) hoặc phông tương đương Liberation Serif. Trên Debian/Ubuntu, hãy cài: "
            "sudo apt-get install fonts-liberation2 (hoặc fonts-croscore để có phông Tinos). "
            "Có thể chỉ định thư mục chứa phông bằng biến môi trường BVNTD_PDF_FONT_DIR.",
        )
        super().__init__(f"{message} {detail}".strip())


@dataclass(frozen=True)
class FamilySpec:
    key: str
    label: str
    files: tuple[tuple[str, str, str, str], ...]  # alternative spellings of (regular, bold, italic, bold italic)
    folders: tuple[str, ...]


def _windows_fonts() -> list[str]:
    folders = []
    windir = os.environ.get("WINDIR") or os.environ.get("SYSTEMROOT")
    if windir:
        folders.append(str(Path(windir) / "Fonts"))
    local = os.environ.get("LOCALAPPDATA")
    if local:
        folders.append(str(Path(local) / "Microsoft" / "Windows" / "Fonts"))
    return folders


FAMILIES: tuple[FamilySpec, ...] = (
    FamilySpec(
        "times",
        "Times New Roman",
        (
            ("times.ttf", "timesbd.ttf", "timesi.ttf", "timesbi.ttf"),
            ("Times.TTF", "Timesbd.TTF", "Timesi.TTF", "Timesbi.TTF"),
            (
                "Times_New_Roman.ttf",
                "Times_New_Roman_Bold.ttf",
                "Times_New_Roman_Italic.ttf",
                "Times_New_Roman_Bold_Italic.ttf",
            ),
            (
                "Times New Roman.ttf",
                "Times New Roman Bold.ttf",
                "Times New Roman Italic.ttf",
                "Times New Roman Bold Italic.ttf",
            ),
        ),
        (
            "/usr/share/fonts/truetype/msttcorefonts",
            "/usr/share/fonts/msttcorefonts",
            "/usr/share/fonts/truetype/msttcorefonts/",
            "/usr/share/fonts/TTF",
            "/usr/share/fonts/truetype",
            "/Library/Fonts",
            "/System/Library/Fonts/Supplemental",
            "~/.fonts",
            "~/.local/share/fonts",
        ),
    ),
    FamilySpec(
        "liberation",
        "Liberation Serif",
        (
            (
                "LiberationSerif-Regular.ttf",
                "LiberationSerif-Bold.ttf",
                "LiberationSerif-Italic.ttf",
                "LiberationSerif-BoldItalic.ttf",
            ),
        ),
        (
            "/usr/share/fonts/truetype/liberation2",
            "/usr/share/fonts/truetype/liberation",
            "/usr/share/fonts/liberation-serif",
            "/usr/share/fonts/liberation",
            "/usr/share/fonts/TTF",
            "/usr/local/share/fonts",
            "~/.fonts",
            "~/.local/share/fonts",
        ),
    ),
    FamilySpec(
        "tinos",
        "Tinos",
        (("Tinos-Regular.ttf", "Tinos-Bold.ttf", "Tinos-Italic.ttf", "Tinos-BoldItalic.ttf"),),
        (
            "/usr/share/fonts/truetype/croscore",
            "/usr/share/fonts/google-croscore",
            "/usr/share/fonts/croscore",
            "/usr/share/fonts/TTF",
            "~/.fonts",
            "~/.local/share/fonts",
        ),
    ),
)


@dataclass(frozen=True)
class FontFamily:
    """A registered family: the reportlab font names of its four faces, and where they came from."""

    key: str
    label: str
    regular: str
    bold: str
    italic: str
    bold_italic: str
    paths: tuple[Path, Path, Path, Path]


def _bundle_folders() -> list[str]:
    folders = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        folders.append(str(Path(bundle) / "fonts"))
    return folders


def _candidates(spec: FamilySpec, only_dir: str | None) -> list[tuple[Path, ...]]:
    if only_dir:
        folders = [only_dir]
    else:
        extra = _windows_fonts() if spec.key == "times" else []
        folders = [*_bundle_folders(), *extra, *spec.folders]
    found = []
    for folder in folders:
        base = Path(folder).expanduser()
        if not base.is_dir():
            continue
        for names in spec.files:
            paths = tuple(base / name for name in names)
            if all(p.is_file() for p in paths):
                found.append(paths)
    return found


def find_font_files() -> tuple[FamilySpec, tuple[Path, ...]]:
    """The first family (in the order above, narrowed by the environment) with four usable faces."""
    wanted = os.environ.get("BVNTD_PDF_FONT", "").strip().lower()
    only_dir = os.environ.get("BVNTD_PDF_FONT_DIR", "").strip() or None
    specs = [s for s in FAMILIES if not wanted or s.key == wanted]
    if not specs:
        known = ", ".join(s.key for s in FAMILIES)
        raise FontNotFoundError(
            translate("Pdf", "(BVNTD_PDF_FONT='{wanted}' không hợp lệ; dùng một trong: {known}.)").format(
                wanted=wanted, known=known
            )
        )
    rejected: list[str] = []
    for spec in specs:
        for paths in _candidates(spec, only_dir):
            faces = _parsed_faces(spec.key, paths)
            if not isinstance(faces, str):
                return spec, paths
            rejected.append(f"{paths[0]}: {faces}")
    detail = translate("Pdf", "(Đã bỏ qua: {rejected}.)").format(rejected="; ".join(rejected)) if rejected else ""
    raise FontNotFoundError(detail)


def _face_names(key: str) -> tuple[str, str, str, str]:
    base = f"BVNTD-{key}"
    return (f"{base}-Regular", f"{base}-Bold", f"{base}-Italic", f"{base}-BoldItalic")


@cache
def _parsed_faces(key: str, paths: tuple[Path, ...]) -> tuple[TTFont, ...] | str:
    """The four faces parsed once (a face costs ~10 ms), for both the coverage check and the registration; a
    text saying what is wrong when a file cannot be read or lacks Vietnamese letters."""
    faces = []
    for name, path in zip(_face_names(key), paths, strict=True):
        try:
            face = TTFont(name, str(path))
        except (TTFError, OSError) as error:
            return translate("Pdf", "không đọc được phông ({error})").format(error=error)
        missing = [ch for ch in VIETNAMESE_PROBE if ord(ch) not in face.face.charToGlyph]
        if missing:
            return translate("Pdf", "thiếu chữ tiếng Việt {letters}").format(letters="".join(missing[:5]))
        faces.append(face)
    return tuple(faces)


@cache
def _register(key: str, label: str, paths: tuple[Path, ...]) -> FontFamily:
    faces = _parsed_faces(key, paths)
    assert not isinstance(faces, str), "find_font_files returns only families whose faces parsed"
    for face in faces:
        pdfmetrics.registerFont(face)
    names = _face_names(key)
    pdfmetrics.registerFontFamily(f"BVNTD-{key}", normal=names[0], bold=names[1], italic=names[2], boldItalic=names[3])
    return FontFamily(key, label, *names, paths=(paths[0], paths[1], paths[2], paths[3]))


def font_family() -> FontFamily:
    """Find the family (see the module docstring), register it once per process, and return its font names."""
    spec, paths = find_font_files()
    return _register(spec.key, spec.label, tuple(paths))
