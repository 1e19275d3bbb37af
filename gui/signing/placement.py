"""Where the two signatures of Phụ lục I go, in PDF points on the page that holds the signature block.

- The competent person's (role "signer"): the handwritten-signature image, centred between the signing title and
  the name (Phụ lục I, II.7.d) — the block gui.pdf.official.SignatureSpace recorded in the catalogue.
- The agency's (role "agency"): the seal image at real size, covering about a third of the signature image, on
  its left (II.8.a). The signature image's place is taken from the file's signature widgets (it may have come
  from another tool); without one, from where ours would be.

A PDF made elsewhere has no recorded block: the bottom right of the last page is used.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, SupportsFloat, cast

from gui.core.i18n import QT_TRANSLATE_NOOP, translate
from gui.outside_file import ReadMessages, read_outside_file
from gui.signing.errors import SigningError
from gui.signing.roles import Role

if TYPE_CHECKING:
    from PIL.Image import Image
    from pyhanko.pdf_utils.reader import PdfFileReader

MM = 72 / 25.4
SEAL_DEFAULT_MM = 36.0  # a round seal of a Sở or a People's Committee is about 35–36 mm across
MAX_IMAGE_BYTES = 10 * 1024 * 1024
MAX_IMAGE_PIXELS = 4000 * 4000
BLOCK_KEY = "/BVNTD_SignatureBlock"
NOMINAL_SIGNATURE_ASPECT = 2.5  # where the signer's image is not in the file, the seal goes beside this box


@dataclass(frozen=True)
class Box:
    page: int  # 0-based
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    def ints(self) -> tuple[int, int, int, int]:
        return round(self.x0), round(self.y0), round(self.x1), round(self.y1)


@dataclass(frozen=True)
class Picture:
    """An image checked, opened and made printable: its pixels (PIL, 8-bit RGBA, or RGB when it has no transparent
    pixel) and its size in points when printed at its own resolution."""

    image: Image
    width_pt: float | None  # None when the file does not say its resolution
    height_pt: float | None

    @property
    def aspect(self) -> float:
        return self.image.width / self.image.height

    @property
    def opaque(self) -> bool:
        """No transparent pixel: the whole rectangle covers what is under it (a JPEG, a PNG without alpha)."""
        return self.image.mode != "RGBA"


IMAGE_FORMATS = ("PNG", "JPEG")  # Phụ lục I asks for a PNG; a scan saved as JPEG prints as it looks, opaque


def load_picture(path: Path, what: str) -> Picture:
    """A signature image ('ảnh chữ ký') or a seal image ('ảnh con dấu'), PNG or JPEG, made printable
    (printable_image); SigningError when it is not an image we can print."""
    # lazy: Pillow is imported when a signature picture is read
    from PIL import Image, UnidentifiedImageError

    path = Path(path)

    def refusal(text: str, error: object = "") -> SigningError:
        # Every name offered: a translation may start the sentence elsewhere ({What} here, {what} there).
        return SigningError(
            translate("Signing", text).format(
                what=what, What=what[:1].upper() + what[1:], path=path, name=path.name, error=error
            )
        )

    def message(text: str) -> str:
        # As refusal(), with {path} and {error} left for read_outside_file to fill.
        name = path.name.replace("{", "{{").replace("}", "}}")
        return translate("Signing", text).format(
            what=what, What=what[:1].upper() + what[1:], name=name, path="{path}", error="{error}"
        )

    messages = ReadMessages(
        missing=message(QT_TRANSLATE_NOOP("Signing", "Không tìm thấy {what}: {path}. Hãy chọn lại ảnh. Chưa ký.")),
        folder=message(
            QT_TRANSLATE_NOOP(
                "Signing", "{What} phải là một tệp ảnh PNG hoặc JPEG, không phải thư mục: {path}. Chưa ký."
            )
        ),
        not_regular=message(
            QT_TRANSLATE_NOOP(
                "Signing", "{What} phải là một tệp ảnh thông thường, không phải thiết bị hay ống dẫn: {path}. Chưa ký."
            )
        ),
        unreadable=message(QT_TRANSLATE_NOOP("Signing", "Không đọc được {what} {path}: {error}. Chưa ký.")),
        too_large=message(QT_TRANSLATE_NOOP("Signing", "{What} {name} quá lớn (hơn 10 MB). Chưa ký.")),
    )
    # Opened without blocking and checked by its descriptor: a FIFO or a device is refused, never waited on.
    data = read_outside_file(path, MAX_IMAGE_BYTES, messages, SigningError)
    not_an_image = QT_TRANSLATE_NOOP(
        "Signing",
        "{What} {name} không phải ảnh PNG hoặc JPEG, hoặc bị hỏng: không đọc được. Hãy chọn ảnh PNG nền trong "
        "suốt (hoặc JPEG). Chưa ký.",
    )
    try:
        # Only the formats we print: Pillow then never tries the other plugins on a file from outside.
        image = Image.open(io.BytesIO(data), formats=IMAGE_FORMATS)
        if image.width * image.height > MAX_IMAGE_PIXELS:
            raise refusal(QT_TRANSLATE_NOOP("Signing", "{What} {name} quá lớn (tối đa 4000 × 4000 điểm ảnh). Chưa ký."))
        image.load()
        dpi = image.info.get("dpi")
        printable = printable_image(image)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, TypeError, Image.DecompressionBombError):
        raise refusal(not_an_image) from None
    if printable.width < 1 or printable.height < 1:
        raise refusal(not_an_image)
    if dpi and 50 <= float(dpi[0]) <= 2400 and 50 <= float(dpi[1]) <= 2400:
        return Picture(printable, printable.width / float(dpi[0]) * 72, printable.height / float(dpi[1]) * 72)
    return Picture(printable, None, None)


def printable_image(image: Image) -> Image:
    """The image as it looks, in the one shape every drawer of ours reads alike: 8-bit RGBA when a pixel is
    transparent, else RGB.

    pyHanko writes a Pillow image as it is and knows only RGB(A), L(A) and P: a palette's transparency (the tRNS
    chunk that Paint.NET or TinyPNG write for a two-colour scan) is dropped, so its transparent colour — often
    black — printed as a solid rectangle; a grey or RGB image's tRNS colour likewise; a 16-bit grey image is not
    drawn at all, and Pillow's own conversion clips it to white. So: the JPEG's orientation applied, 16-bit grey
    scaled to 8 bits (its tRNS value kept as alpha), then every mode converted with its transparency to RGBA.
    """
    # lazy: Pillow is imported when a signature picture is read
    from PIL import ImageMath, ImageOps

    transparency = image.info.get("transparency")
    image = ImageOps.exif_transpose(image)
    if image.mode.startswith("I"):  # 16-bit grey: Pillow's "I;16" (or "I")
        wide = image.convert("I")
        grey = wide.point(lambda v: v * (255 / 65535)).convert("L")
        if isinstance(transparency, int):
            key = transparency  # the one grey value that is transparent
            grey.putalpha(ImageMath.lambda_eval(lambda a: (a["v"] != key) * 255, v=wide).convert("L"))
        image, transparency = grey, None
    has_alpha = "A" in image.getbands() or transparency is not None
    if not has_alpha:
        return image.convert("RGB")
    rgba = image.convert("RGBA")
    low, _high = cast("tuple[int, int]", rgba.getchannel("A").getextrema())
    return rgba if low < 255 else rgba.convert("RGB")


def recorded_block(reader: PdfFileReader) -> Box | None:
    """The block a report PDF records in its catalogue (gui.pdf.official.SignatureSpace), None without a usable one."""
    block = reader.root.get(BLOCK_KEY)
    if block is None:
        return None
    try:
        pages = int(reader.root["/Pages"]["/Count"])
        page = int(block["/Page"])
        x0, y0, x1, y1 = (float(v) for v in block["/Rect"])
    except (KeyError, TypeError, ValueError):
        return None
    return Box(page, x0, y0, x1, y1) if 0 <= page < pages and x1 > x0 and y1 > y0 else None


def signature_block(reader: PdfFileReader, found: Box | None = None) -> Box:
    """The recorded block of a report PDF. Without one, `found`: the block its caller found another way (a report
    exported before the block was recorded, rendered again from its data: gui.operations.signing). Otherwise a
    box at the bottom right of the last page.

    Signing takes the place as a plain record and renders nothing itself: rendering is the PDF layer's, and
    gui.signing imports nothing of gui.pdf (docs/architecture.md)."""
    recorded = recorded_block(reader)
    if recorded is not None:
        return recorded
    pages = int(reader.root["/Pages"]["/Count"])
    if found is not None and 0 <= found.page < pages:
        return found
    # 30 mm above the bottom edge, the right half of an A4 page between the decree's margins.
    return Box(pages - 1, 297.6, 30 * MM, 549.9, 30 * MM + 68)


def image_box(reader: PdfFileReader, role: Role, picture: Picture | None, found: Box | None = None) -> Box | None:
    """Where a role's image lands on the file read by `reader` (`found`: as for signature_block): what the
    signature draws, and what the sign dialog shows before the PIN is asked. None without a picture."""
    if picture is None:
        return None
    block = signature_block(reader, found)
    if role is Role.SIGNER:
        return signer_box(block, picture)
    signature = existing_signature_box(reader, block)
    if signature is None:
        # lazy: Pillow is imported when a signature picture is drawn
        from PIL import Image

        nominal = Picture(Image.new("LA", (int(100 * NOMINAL_SIGNATURE_ASPECT), 100)), None, None)
        signature = signer_box(block, nominal)
    return seal_box(signature, picture)


def signer_box(block: Box, picture: Picture) -> Box:
    """The signature image centred in the block, as large as the block's height allows (and 80 % of its width)."""
    height = block.height
    width = height * picture.aspect
    if width > 0.8 * block.width:
        width = 0.8 * block.width
        height = width / picture.aspect
    cx, cy = (block.x0 + block.x1) / 2, (block.y0 + block.y1) / 2
    return Box(block.page, cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2)


def seal_box(signature: Box, picture: Picture) -> Box:
    """The seal at real size, its right edge a third of the way into the signature image, centred on its height."""
    if picture.width_pt and picture.height_pt:
        width, height = picture.width_pt, picture.height_pt
    else:
        width = SEAL_DEFAULT_MM * MM
        height = width / picture.aspect
    right = signature.x0 + signature.width / 3
    cy = (signature.y0 + signature.y1) / 2
    return Box(signature.page, right - width, cy - height / 2, right, cy + height / 2)


def existing_signature_box(reader: PdfFileReader, block: Box) -> Box | None:
    """The widget of a signature already on the block's page that meets the block (its signature image)."""
    try:
        page = reader.find_page_for_modification(block.page)[0].get_object()
        annots = page.get("/Annots") or []
        annots = annots.get_object() if hasattr(annots, "get_object") else annots
    except (IndexError, KeyError, ValueError, TypeError):
        return None
    for ref in annots:
        annot = ref.get_object()
        parent = annot.get("/Parent")
        kind = annot.get("/FT") or (parent.get_object().get("/FT") if parent is not None else None)
        if kind != "/Sig":
            continue
        try:
            x0, y0, x1, y1 = sorted_rect(annot["/Rect"])
        except (KeyError, TypeError, ValueError):
            continue
        if x1 - x0 < 2 or y1 - y0 < 2:
            continue
        if x0 < block.x1 and x1 > block.x0 and y0 < block.y1 + block.height and y1 > block.y0 - block.height:
            return Box(block.page, x0, y0, x1, y1)
    return None


def sorted_rect(rect: Iterable[SupportsFloat]) -> tuple[float, float, float, float]:
    a, b, c, d = (float(v) for v in rect)
    return min(a, c), min(b, d), max(a, c), max(b, d)
