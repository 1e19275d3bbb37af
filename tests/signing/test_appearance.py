"""The images of Phụ lục I where the annex puts them, read back from the rendered page (pdftoppm), and the
renderer's record of the signature block, which changes no pixel."""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest

from gui.operations.signing import check_pdf, run_signing
from gui.signing.keys import load_pfx
from gui.signing.placement import signature_block
from gui.signing.sign import sign_pdf
from tests.signing.pki import PASSWORD, Pki

DPI = 72  # one pixel per point: PDF coordinates map straight onto the image (y flipped)


def render(data: bytes, page: int, tmp_path: Path) -> object:
    from PIL import Image

    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils) not installed")
    src = tmp_path / "in.pdf"
    src.write_bytes(data)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            str(DPI),
            "-f",
            str(page + 1),
            "-l",
            str(page + 1),
            "-singlefile",
            str(src),
            str(tmp_path / "page"),
        ],
        capture_output=True,
        check=True,
    )
    return Image.open(tmp_path / "page.png").convert("RGB")


def coloured(image, box: tuple[float, float, float, float], want: str) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """Pixels (x, y in PDF points) inside box that are clearly blue or red."""
    x0, y0, x1, y1 = box
    height = image.height
    found = []
    for x in range(int(x0), int(x1)):
        for y in range(int(y0), int(y1)):
            r, g, b = image.getpixel((x, height - 1 - y))
            if (want == "blue" and b > 150 and r < 90) or (want == "red" and r > 150 and g < 90 and b < 90):
                found.append((x, y))
    return found


def test_signature_between_title_and_name_and_seal_over_its_left_third(
    pki: Pki, images, report_pdf: Path, tmp_path: Path
) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader

    data = report_pdf.read_bytes()
    block = signature_block(PdfFileReader(io.BytesIO(data), strict=False))
    unsigned = render(data, block.page, tmp_path)
    area = (block.x0 - 120, block.y0 - 40, block.x1, block.y1 + 40)
    assert not coloured(unsigned, area, "blue") and not coloured(unsigned, area, "red")

    once = sign_pdf(data, load_pfx(pki.nghe_an.pfx, PASSWORD), "signer", images["signature"]).data
    twice = sign_pdf(once, load_pfx(pki.nghe_an_clerk.pfx, PASSWORD), "agency", images["seal"]).data
    page = render(twice, block.page, tmp_path)

    blue = coloured(page, area, "blue")
    assert blue, "no signature image near the signature block"
    xs, ys = [x for x, _ in blue], [y for _, y in blue]
    # Between the signing title and the name: inside the recorded block, centred on it.
    assert block.y0 - 1 <= min(ys) and max(ys) <= block.y1 + 1
    assert abs((min(xs) + max(xs)) / 2 - (block.x0 + block.x1) / 2) < 12
    red = coloured(page, area, "red")
    assert red, "no seal image"
    rx = [x for x, _ in red]
    seal_width = max(rx) - min(rx)
    assert 36 * 72 / 25.4 - 6 <= seal_width <= 36 * 72 / 25.4 + 2  # real size: 425 px at 300 dpi = 36 mm
    # Over about a third of the signature image, on its left.
    overlap = (max(rx) - min(xs)) / (max(xs) - min(xs))
    assert 0.2 <= overlap <= 0.45, overlap
    assert min(rx) < min(xs)


def test_recorded_block_leaves_the_pixels_alone(report_pdf: Path) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader

    data = report_pdf.read_bytes()
    block = signature_block(PdfFileReader(io.BytesIO(data), strict=False))
    assert block.height == pytest.approx(68, abs=0.1)
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    assert block.page == len(reader.pages) - 1
    text = reader.pages[block.page].extract_text()
    assert "PHÓ GIÁM ĐỐC" in text
    # The page draws nothing in the block: its content stream has no operator the block added.
    assert b"BVNTD" not in reader.pages[block.page].get_contents().get_data()


def test_a_report_exported_before_the_block_was_recorded_is_signed_in_its_block(
    pki: Pki, images, report_pdf: Path, tmp_path: Path
) -> None:
    """An older export carries no record: the signing operation renders the report again from its data to find the
    block, and signing (which renders nothing itself) puts the images there."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pypdf import PdfWriter
    from pypdf.generic import NameObject

    data = report_pdf.read_bytes()
    block = signature_block(PdfFileReader(io.BytesIO(data), strict=False))
    writer = PdfWriter(clone_from=io.BytesIO(data))
    del writer.root_object[NameObject("/BVNTD_SignatureBlock")]
    older = io.BytesIO()
    writer.write(older)
    assert b"BVNTD_SignatureBlock" not in older.getvalue()
    path = tmp_path / "older.pdf"
    path.write_bytes(older.getvalue())
    target = check_pdf(path=path)
    assert target.block == block
    key = load_pfx(pki.nghe_an.pfx, PASSWORD)
    signed = run_signing(target=target, key=key, role="signer", image=images["signature"]).data
    page = render(signed, block.page, tmp_path)
    blue = coloured(page, (block.x0 - 20, block.y0 - 20, block.x1 + 20, block.y1 + 20), "blue")
    assert blue and block.y0 - 1 <= min(y for _, y in blue) and max(y for _, y in blue) <= block.y1 + 1
