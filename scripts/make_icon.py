"""Draws the app icon (a report sheet with a red header band and a gold star) as PNG and ICO in resources/icons."""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parents[1] / "resources" / "icons"
RED, GOLD, PAPER, INK = (200, 16, 46), (255, 205, 0), (250, 250, 246), (60, 72, 88)


def star(draw: ImageDraw.ImageDraw, cx: float, cy: float, r: float) -> None:
    import math

    points = []
    for i in range(10):
        radius = r if i % 2 == 0 else r * 0.4
        angle = -math.pi / 2 + i * math.pi / 5
        points.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    draw.polygon(points, fill=GOLD)


def draw(size: int = 256) -> Image.Image:
    s = size / 256
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(image)
    d.rounded_rectangle(
        [36 * s, 16 * s, 220 * s, 240 * s], radius=14 * s, fill=PAPER, outline=INK, width=max(1, int(6 * s))
    )
    d.rounded_rectangle([36 * s, 16 * s, 220 * s, 84 * s], radius=14 * s, fill=RED)
    d.rectangle([36 * s, 60 * s, 220 * s, 84 * s], fill=RED)
    star(d, 128 * s, 50 * s, 26 * s)
    for i, width in enumerate((140, 120, 140, 96, 130)):
        y = (108 + i * 24) * s
        d.rounded_rectangle([58 * s, y, (58 + width) * s, y + 9 * s], radius=4 * s, fill=INK)
    return image


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    big = draw(256)
    big.save(OUT / "app.png")
    big.save(OUT / "app.ico", sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])


if __name__ == "__main__":
    main()
