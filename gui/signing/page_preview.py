"""The signature page as it will look once signed, before the PIN is asked (no Qt: the sign dialog shows it, a
test compares it with the signed page).

    page = SignaturePage(data)                   the page holding the signature block, rendered once by PDFium with
                                                 the signatures already on it (their widgets drawn, as a reader does)
    shown = page.preview("signer", picture)      -> Preview: that page with the role's image laid in the box
                                                 gui.signing.placement gives — the box the signature will use

Only the part of the page around the block is kept: the signing title, the images, the name, and "Nơi nhận"
beside them. The picture is the printable one (load_picture), so what is shown is what prints.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from gui.signing.placement import Box, Picture, image_box, signature_block
from gui.signing.roles import Role

if TYPE_CHECKING:
    from PIL.Image import Image

WIDTH_PX = 520  # the part of the page shown, in pixels
ABOVE_BLOCK, BELOW_BLOCK = 110.0, 160.0  # points of the page kept above and below the signature block
SIDE_MARGIN = 36.0  # points of blank margin left out on each side (the decree's margins are 15-30 mm)


@dataclass(frozen=True, kw_only=True)
class Preview:
    image: Image  # RGB, WIDTH_PX wide
    page: int  # 0-based
    box: Box | None  # where the image lands, in the page's points; None without a picture
    scale: float  # pixels per point
    left: float  # the page's x (points) at the image's left edge
    top: float  # the page's y (points) at the image's top edge

    def pixel_rect(self, box: Box) -> tuple[int, int, int, int]:
        """A box in points as (left, top, right, bottom) pixels of the preview."""
        return (
            round((box.x0 - self.left) * self.scale),
            round((self.top - box.y1) * self.scale),
            round((box.x1 - self.left) * self.scale),
            round((self.top - box.y0) * self.scale),
        )


class SignaturePage:
    def __init__(self, data: bytes, width_px: int = WIDTH_PX, *, block: Box | None = None) -> None:
        """`block`: the signature block when the file records none, as sign_pdf is given it."""
        # lazy: pyHanko's reader and PDFium are imported when a file is about to be signed
        import pypdfium2 as pdfium
        from pyhanko.pdf_utils.reader import PdfFileReader

        self.data = data
        self.reader = PdfFileReader(io.BytesIO(data), strict=False)
        self._given = block
        self.block = block = signature_block(self.reader, block)
        document = pdfium.PdfDocument(data)
        try:
            document.init_forms()  # the signature widgets' appearances are drawn only with the form layer
            page = document[block.page]
            page_width, page_height = page.get_size()
            self.left = min(SIDE_MARGIN, block.x0)
            right = max(page_width - SIDE_MARGIN, block.x1)
            self.scale = width_px / (right - self.left)
            self.top = min(page_height, block.y1 + ABOVE_BLOCK)
            bottom = max(0.0, block.y0 - BELOW_BLOCK)
            whole = page.render(scale=self.scale, may_draw_forms=True).to_pil().convert("RGB")
            page.close()
        finally:
            document.close()
        y = round((page_height - self.top) * self.scale)
        x = round(self.left * self.scale)
        self.base = whole.crop((x, y, x + width_px, y + round((self.top - bottom) * self.scale)))

    def preview(self, role: Role | str, picture: Picture | None) -> Preview:
        box = image_box(self.reader, Role(role), picture, self._given)
        image = self.base.copy()
        shown = Preview(image=image, page=self.block.page, box=box, scale=self.scale, left=self.left, top=self.top)
        if box is not None and picture is not None:
            # lazy: Pillow, as for the picture itself
            from PIL import Image as PILImage

            x0, y0, x1, y1 = shown.pixel_rect(box)
            if x1 > x0 and y1 > y0:
                laid = picture.image.convert("RGBA").resize((x1 - x0, y1 - y0), PILImage.Resampling.LANCZOS)
                image.paste(laid, (x0, y0), laid)
        return shown
