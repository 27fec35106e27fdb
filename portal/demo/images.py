"""Pictures drawn for the demo with Pillow, so that nothing is copied: article covers and conference photos."""

import io
import random

from PIL import Image, ImageDraw

# Dark and light colours of the covers, taken in turn.
PALETTES = [
    ((11, 74, 139), (242, 201, 76)),
    ((179, 38, 30), (255, 236, 179)),
    ((46, 125, 50), (200, 230, 201)),
    ((106, 27, 154), (225, 190, 231)),
    ((8, 53, 95), (144, 202, 249)),
]


def cover(seed: int) -> bytes:
    """An abstract 1200 × 800 JPEG illustration: a gradient, sun and hills, varied by ``seed``."""
    rng = random.Random(seed)
    dark, light = PALETTES[seed % len(PALETTES)]
    image = Image.new("RGB", (1200, 800), dark)
    draw = ImageDraw.Draw(image)
    for y in range(800):
        t = y / 800
        draw.line(
            [(0, y), (1200, y)], fill=tuple(int(d + (lt - d) * t * 0.6) for d, lt in zip(dark, light, strict=True))
        )
    cx, cy = rng.randint(200, 1000), rng.randint(120, 320)
    draw.ellipse([cx - 90, cy - 90, cx + 90, cy + 90], fill=light)
    for layer in range(3):
        base = 520 + layer * 90
        points = [(0, 800)] + [(x, base + rng.randint(-60, 60)) for x in range(0, 1201, 150)] + [(1200, 800)]
        shade = tuple(max(0, c - 30 * layer) for c in dark)
        draw.polygon(points, fill=shade)
    out = io.BytesIO()
    image.save(out, "JPEG", quality=85)
    return out.getvalue()


def conference_photo(seed: int) -> bytes:
    """A 1200 × 800 JPEG of a conference hall: a screen above rows of delegates, varied by ``seed``."""
    rng = random.Random(seed)
    image = Image.new("RGB", (1200, 800), (11, 74, 139))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 560, 1200, 800), fill=(179, 38, 30))
    for _ in range(40):  # rows of delegates, as coloured heads
        x, y = rng.randint(40, 1160), rng.randint(600, 780)
        draw.ellipse((x - 18, y - 18, x + 18, y + 18), fill=(rng.randint(150, 255), rng.randint(120, 220), 90))
    draw.rectangle((300, 80, 900, 420), fill=(245, 245, 240))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def banner(seed: int, text: str) -> bytes:
    """A 900 × 300 PNG banner: a band of one palette with ``text`` written on it."""
    dark, light = PALETTES[seed % len(PALETTES)]
    image = Image.new("RGB", (900, 300), dark)
    draw = ImageDraw.Draw(image)
    draw.rectangle([0, 240, 900, 300], fill=light)
    draw.text((40, 110), text, fill=light, font_size=44)
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()
