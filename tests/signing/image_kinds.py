"""Signature images in every shape a person may bring: each a checkerboard of ink cells and background cells (a
10 × 4 grid of 50-pixel cells), so a test can say what each cell must look like once printed.

Pillow writes most kinds; the 16-bit ones with alpha or a tRNS colour it cannot write, so `png()` writes them
chunk by chunk (PNG's own format: signature, IHDR, optional PLTE/tRNS, IDAT, IEND).
"""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

COLUMNS, ROWS, CELL = 10, 4, 50
WIDTH, HEIGHT = COLUMNS * CELL, ROWS * CELL
BLUE = (20, 40, 200)
GREY = 40  # a grey ink, on grey images
WHITE = (255, 255, 255)


def is_ink(column: int, row: int) -> bool:
    return (column + row) % 2 == 0


def _cells() -> list[list[bool]]:
    """Per pixel row: True where the pixel is ink."""
    return [[is_ink(x // CELL, y // CELL) for x in range(WIDTH)] for y in range(HEIGHT)]


@dataclass(frozen=True)
class Kind:
    name: str
    file_name: str
    ink: tuple[int, int, int]
    background: tuple[int, int, int] | None  # None: transparent, the page shows through
    make: Callable[[], bytes]

    def write(self, folder: Path) -> Path:
        path = folder / self.file_name
        path.write_bytes(self.make())
        return path


def _pillow(image: object, fmt: str = "PNG", **options: object) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)  # type: ignore[attr-defined]
    return out.getvalue()


def _mask():  # type: ignore[no-untyped-def]
    from PIL import Image

    mask = Image.new("L", (WIDTH, HEIGHT), 0)
    for column in range(COLUMNS):
        for row in range(ROWS):
            if is_ink(column, row):
                mask.paste(255, (column * CELL, row * CELL, (column + 1) * CELL, (row + 1) * CELL))
    return mask


def _rgba() -> bytes:
    from PIL import Image

    image = Image.new("RGBA", (WIDTH, HEIGHT), (0, 0, 0, 0))
    image.paste((*BLUE, 255), mask=_mask())
    return _pillow(image)


def _palette_trns() -> bytes:
    """Index 0 black and transparent (the tRNS chunk), index 1 the ink: what Paint.NET or TinyPNG write."""
    from PIL import Image

    image = Image.new("P", (WIDTH, HEIGHT), 0)
    image.putpalette([0, 0, 0, *BLUE])
    image.paste(1, mask=_mask())
    return _pillow(image, transparency=0)


def _palette_alpha() -> bytes:
    """A palette with an alpha per entry (tRNS listing several): index 0 transparent, index 1 opaque."""
    from PIL import Image

    image = Image.new("P", (WIDTH, HEIGHT), 0)
    image.putpalette([0, 0, 0, *BLUE, 255, 255, 255])
    image.paste(1, mask=_mask())
    return _pillow(image, transparency=b"\x00\xff\xff")


def _grey_alpha() -> bytes:
    from PIL import Image

    image = Image.new("LA", (WIDTH, HEIGHT), (0, 0))
    image.paste((GREY, 255), mask=_mask())
    return _pillow(image)


def _grey() -> bytes:
    from PIL import Image

    image = Image.new("L", (WIDTH, HEIGHT), 255)
    image.paste(GREY, mask=_mask())
    return _pillow(image)


def _grey_trns() -> bytes:
    from PIL import Image

    image = Image.new("L", (WIDTH, HEIGHT), 255)
    image.paste(GREY, mask=_mask())
    return _pillow(image, transparency=255)


def _rgb_trns() -> bytes:
    from PIL import Image

    image = Image.new("RGB", (WIDTH, HEIGHT), WHITE)
    image.paste(BLUE, mask=_mask())
    return _pillow(image, transparency=WHITE)


def _jpeg() -> bytes:
    from PIL import Image

    image = Image.new("RGB", (WIDTH, HEIGHT), WHITE)
    image.paste(BLUE, mask=_mask())
    return _pillow(image, "JPEG", quality=95)


def _jpeg_grey() -> bytes:
    from PIL import Image

    image = Image.new("L", (WIDTH, HEIGHT), 255)
    image.paste(GREY, mask=_mask())
    return _pillow(image, "JPEG", quality=95)


def png(colour_type: int, depth: int, pixel: Callable[[bool], bytes], trns: bytes | None = None) -> bytes:
    """A PNG written chunk by chunk; `pixel(ink)` gives one pixel's bytes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ink, paper = pixel(True), pixel(False)
    raw = b"".join(b"\x00" + b"".join(ink if cell else paper for cell in row) for row in _cells())
    header = struct.pack(">IIBBBBB", WIDTH, HEIGHT, depth, colour_type, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + (chunk(b"tRNS", trns) if trns is not None else b"")
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def _wide(value: int) -> bytes:
    return struct.pack(">H", value * 257)  # an 8-bit value as 16 bits


def _grey16() -> bytes:
    return png(0, 16, lambda ink: _wide(GREY if ink else 255))


def _grey16_trns() -> bytes:
    return png(0, 16, lambda ink: _wide(GREY if ink else 255), trns=_wide(255))


def _grey16_alpha() -> bytes:
    return png(4, 16, lambda ink: _wide(GREY) + _wide(255) if ink else _wide(0) + _wide(0))


def _rgb16_trns() -> bytes:
    return png(2, 16, lambda ink: b"".join(map(_wide, BLUE if ink else WHITE)), trns=b"".join(map(_wide, WHITE)))


def _rgba16() -> bytes:
    return png(6, 16, lambda ink: b"".join(map(_wide, (*BLUE, 255) if ink else (0, 0, 0, 0))))


GREY_RGB = (GREY, GREY, GREY)
KINDS = (
    Kind("rgba", "rgba.png", BLUE, None, _rgba),
    Kind("palette+tRNS", "bang-mau.png", BLUE, None, _palette_trns),
    Kind("palette+alpha", "bang-mau-alpha.png", BLUE, None, _palette_alpha),
    Kind("grey+alpha", "xam-alpha.png", GREY_RGB, None, _grey_alpha),
    Kind("grey", "xam.png", GREY_RGB, WHITE, _grey),
    Kind("grey+tRNS", "xam-trns.png", GREY_RGB, None, _grey_trns),
    Kind("rgb+tRNS", "rgb-trns.png", BLUE, None, _rgb_trns),
    Kind("grey 16-bit", "xam-16.png", GREY_RGB, WHITE, _grey16),
    Kind("grey 16-bit+tRNS", "xam-16-trns.png", GREY_RGB, None, _grey16_trns),
    Kind("grey 16-bit+alpha", "xam-16-alpha.png", GREY_RGB, None, _grey16_alpha),
    Kind("rgb 16-bit+tRNS", "rgb-16-trns.png", BLUE, None, _rgb16_trns),
    Kind("rgba 16-bit", "rgba-16.png", BLUE, None, _rgba16),
    Kind("jpeg", "chu-ky.jpg", BLUE, WHITE, _jpeg),
    Kind("jpeg grey", "chu-ky-xam.jpg", GREY_RGB, WHITE, _jpeg_grey),
)
