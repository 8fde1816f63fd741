"""The demo shop's seal (도장): a red round seal with the representative's name, drawn with
Pillow so that the demo's 견적서 looks like one a Korean office stamps. Sample data only."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

SEAL_RED = (200, 30, 40, 235)


def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    import resources

    bold = Path(resources.__file__).resolve().parent / "fonts" / "NanumGothicBold.ttf"
    try:
        return ImageFont.truetype(str(bold), size)
    except OSError:  # the font is copied in by the build; without it, a plain seal
        return ImageFont.load_default()


def seal_png(name: str, size: int = 240) -> bytes:
    """A round seal: a double red ring, the name's syllables in a 2 × 2 (or 1 × n) block,
    on a transparent background."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    ring = size // 22
    draw.ellipse((ring, ring, size - ring, size - ring), outline=SEAL_RED, width=ring)
    inner = size // 9
    draw.ellipse((inner, inner, size - inner, size - inner), outline=SEAL_RED, width=ring // 2)
    text = (name + "인")[:4] if len(name) == 3 else name[:4]
    rows = [text[:2], text[2:]] if len(text) == 4 else [text]
    font = _font(int(size * (0.28 if len(rows) == 2 else 0.22)))
    line_h = size * 0.30
    top = size / 2 - line_h * len(rows) / 2
    for i, row in enumerate(rows):
        box = draw.textbbox((0, 0), row, font=font)
        w, h = box[2] - box[0], box[3] - box[1]
        y = top + i * line_h + (line_h - h) / 2 - box[1]
        draw.text(((size - w) / 2 - box[0], y), row, fill=SEAL_RED, font=font)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()
