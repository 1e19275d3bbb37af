"""Every kind of signature or seal image prints as it looks (issue 22, item 4): signed, the page rendered with
pdftoppm, and each cell of the image's checkerboard compared with what it must show — the ink where the image
has ink; where it is transparent, the page as it was before (its text and white, never a black box); where an
opaque image has paper, its white. What is not an image is refused, with the file named, before anything is signed.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from gui.core.errors import UserError
from gui.signing.keys import load_pfx
from gui.signing.placement import Box, load_picture, seal_box, signature_block, signer_box
from gui.signing.sign import sign_pdf
from tests.signing.image_kinds import COLUMNS, KINDS, ROWS, Kind, is_ink
from tests.signing.pki import PASSWORD, Pki

DPI = 144
SCALE = DPI / 72
TOLERANCE = 24  # per channel, on a cell's mean: anti-aliasing stays at the cells' edges, which are not sampled


def render(data: bytes, page: int, folder: Path) -> Any:
    from PIL import Image

    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) not installed")
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "in.pdf"
    source.write_bytes(data)
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(DPI), "-f", str(page + 1), "-l", str(page + 1), "-singlefile", str(source),
         str(folder / "page")],
        capture_output=True, check=True, timeout=60,
    )
    return Image.open(folder / "page.png").convert("RGB")


def cell_colour(page: Any, box: Box, column: int, row: int) -> tuple[float, float, float]:
    """The mean colour of the middle 40 % of one cell of the image drawn in `box` (PDF points, y up)."""
    width, height = box.width / COLUMNS, box.height / ROWS
    cx = box.x0 + (column + 0.5) * width
    cy = box.y1 - (row + 0.5) * height  # the image's first row is at the top of its box
    x0, x1 = round((cx - 0.2 * width) * SCALE), round((cx + 0.2 * width) * SCALE)
    y0, y1 = round(page.height - (cy + 0.2 * height) * SCALE), round(page.height - (cy - 0.2 * height) * SCALE)
    pixels = [page.getpixel((x, y)) for x in range(x0, x1) for y in range(y0, y1)]
    return tuple(sum(p[i] for p in pixels) / len(pixels) for i in range(3))  # type: ignore[return-value]


def mismatches(kind: Kind, box: Box, before: Any, after: Any) -> list[str]:
    """Each cell whose printed colour is not what the image shows there."""
    wrong = []
    for column in range(COLUMNS):
        for row in range(ROWS):
            if is_ink(column, row):
                want = kind.ink
            elif kind.background is None:
                want = cell_colour(before, box, column, row)  # the page shows through
            else:
                want = kind.background
            got = cell_colour(after, box, column, row)
            if any(abs(g - w) > TOLERANCE for g, w in zip(got, want, strict=True)):
                shown = tuple(round(g) for g in got)
                wrong.append(f"{kind.name} cell ({column},{row}): {shown}, want {tuple(round(w) for w in want)}")
    return wrong


@pytest.fixture(scope="module")
def kind_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("kinds")
    return {kind.name: kind.write(folder) for kind in KINDS}


@pytest.mark.parametrize("kind", KINDS, ids=[k.name for k in KINDS])
def test_each_kind_of_signature_image_prints_as_it_looks(
    kind: Kind, kind_files: dict[str, Path], pki: Pki, report_pdf: Path, tmp_path: Path
) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader

    data = report_pdf.read_bytes()
    picture = load_picture(kind_files[kind.name], "ảnh chữ ký")
    assert picture.image.mode in ("RGB", "RGBA")
    assert picture.opaque == (kind.background is not None)
    block = signature_block(PdfFileReader(io.BytesIO(data), strict=False))
    box = signer_box(block, picture)
    signed = sign_pdf(data, load_pfx(pki.nghe_an.pfx, PASSWORD), "signer", kind_files[kind.name]).data
    before = render(data, block.page, tmp_path / "before")
    after = render(signed, block.page, tmp_path / "after")
    assert mismatches(kind, box, before, after) == []


@pytest.mark.parametrize("name", ["palette+tRNS", "grey+alpha", "jpeg"])
def test_the_seal_over_the_signature_prints_as_it_looks(
    name: str, kind_files: dict[str, Path], images: dict[str, Path], pki: Pki, report_pdf: Path, tmp_path: Path
) -> None:
    """The agency's seal lands over the left third of the signature image (and the text beside it): its transparent
    parts leave the signature and the page as they were."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    kind = next(k for k in KINDS if k.name == name)
    once = sign_pdf(report_pdf.read_bytes(), load_pfx(pki.nghe_an.pfx, PASSWORD), "signer", images["signature"]).data
    reader = PdfFileReader(io.BytesIO(once), strict=False)
    block = signature_block(reader)
    picture = load_picture(kind_files[name], "ảnh con dấu")
    signature = signer_box(block, load_picture(images["signature"], "ảnh chữ ký"))
    box = seal_box(signature, picture)
    twice = sign_pdf(once, load_pfx(pki.nghe_an_clerk.pfx, PASSWORD), "agency", kind_files[name]).data
    before = render(once, block.page, tmp_path / "before")
    after = render(twice, block.page, tmp_path / "after")
    assert mismatches(kind, box, before, after) == []
    # The check means something: there is ink under the seal (the signature image, the text) to hide or show.
    assert dark_pixels(before, box) > 50


def far_pixels(a: Any, b: Any) -> float:
    """The share of pixels whose colours differ by more than a quarter of the range in some channel."""
    from PIL import ImageChops

    difference = ImageChops.difference(a, b).convert("RGB")
    channels = difference.split()
    worst = ImageChops.lighter(ImageChops.lighter(channels[0], channels[1]), channels[2])
    histogram = worst.histogram()
    return sum(histogram[64:]) / max(1, sum(histogram))


def dark_pixels(page: Any, box: Box) -> int:
    x0, x1 = round(box.x0 * SCALE), round(box.x1 * SCALE)
    y0, y1 = round(page.height - box.y1 * SCALE), round(page.height - box.y0 * SCALE)
    return sum(min(page.getpixel((x, y))) < 160 for x in range(x0, x1) for y in range(y0, y1))


def test_what_is_not_a_usable_image_is_refused_by_name(tmp_path: Path, report_pdf: Path, pki: Pki) -> None:
    from PIL import Image

    text = tmp_path / "chu-ky.png"
    text.write_text("không phải ảnh")
    cut = tmp_path / "cat-cut.png"
    whole = KINDS[1].make()
    cut.write_bytes(whole[: len(whole) // 2])
    gif = tmp_path / "dong.gif"
    Image.new("P", (20, 20)).save(gif, "GIF")
    empty = tmp_path / "rong.png"
    empty.write_bytes(b"")
    for path in (text, cut, gif, empty):
        with pytest.raises(UserError) as caught:
            load_picture(path, "ảnh chữ ký")
        message = str(caught.value)
        assert path.name in message and "không phải ảnh PNG hoặc JPEG" in message and "Chưa ký" in message, message
    data = report_pdf.read_bytes()
    with pytest.raises(UserError, match=r"cat-cut\.png"):
        sign_pdf(data, load_pfx(pki.nghe_an.pfx, PASSWORD), "signer", cut)


@pytest.mark.parametrize("name", ["palette+tRNS", "jpeg"])
def test_the_preview_before_the_pin_is_the_signed_page(
    name: str, kind_files: dict[str, Path], images: dict[str, Path], pki: Pki, report_pdf: Path
) -> None:
    """What the sign dialog shows (gui.signing.page_preview) matches the page once signed, signature and seal."""
    from PIL import ImageChops, ImageStat

    from gui.signing.page_preview import SignaturePage

    data = report_pdf.read_bytes()
    once = sign_pdf(data, load_pfx(pki.nghe_an.pfx, PASSWORD), "signer", kind_files[name]).data
    twice = sign_pdf(once, load_pfx(pki.nghe_an_clerk.pfx, PASSWORD), "agency", images["seal"]).data
    for before, after, role, image in ((data, once, "signer", kind_files[name]), (once, twice, "agency", images["seal"])):
        shown = SignaturePage(before).preview(role, load_picture(image, "ảnh"))
        signed = SignaturePage(after).base
        assert shown.box is not None and shown.image.size == signed.size
        box = shown.pixel_rect(shown.box)
        # Resampling differs at the strokes' edges by a pixel; a black box or a misplaced image differs in most.
        off = far_pixels(shown.image.crop(box), signed.crop(box))
        assert off < 0.08, (role, off)
        unsigned = SignaturePage(before).base
        assert ImageChops.difference(unsigned.crop(box), signed.crop(box)).getbbox() is not None  # it did change
        outside = ImageChops.difference(shown.image, signed)
        outside.paste((0, 0, 0), box)
        assert max(ImageStat.Stat(outside).mean) < 0.5  # and nothing else did


def test_images_in_an_english_interface(tmp_path: Path, kind_files: dict[str, Path]) -> None:
    """Each refusal in English names the file (the translation starts its sentence elsewhere than the Vietnamese),
    and a good image loads as in Vietnamese."""
    from gui.core.i18n import set_language

    text = tmp_path / "signature.png"
    text.write_text("not an image")
    set_language("en")
    try:
        assert load_picture(kind_files["palette+tRNS"], "signature image").image.mode == "RGBA"
        for path, words in (
            (text, ("signature.png", "is not a PNG or JPEG image", "Not signed")),
            (tmp_path / "missing.png", ("missing.png", "was not found", "Not signed")),
            (tmp_path, ("must be a PNG or JPEG image file, not a folder",)),
        ):
            with pytest.raises(UserError) as caught:
                load_picture(path, "signature image")
            assert all(word in str(caught.value) for word in words), str(caught.value)
    finally:
        set_language("vi")
