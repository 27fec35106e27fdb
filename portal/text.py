"""Text helpers for Vietnamese: one slugify and one search normaliser, used everywhere."""

import re
import unicodedata

from slugify import slugify as _slugify

_SPACES = re.compile(r"\s+")


def slugify(value: str, *, max_length: int = 120) -> str:
    """A URL slug with Vietnamese transliterated: ``Đắk Lắk: chú trọng`` → ``dak-lak-chu-trong``.

    Cut at a word boundary so that a long title does not end in half a word.
    """
    return _slugify(value or "", max_length=max_length, word_boundary=True, save_order=True)


def without_diacritics(value: str) -> str:
    """The letters without their marks, ``đ`` → ``d``: ``Đắk Lắk`` → ``Dak Lak`` (case kept)."""
    value = (value or "").replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFKD", value) if not unicodedata.combining(ch))


def normalize_search_text(value: str) -> str:
    """Lower case, no diacritics, ``đ`` → ``d``, single spaces: what search compares.

    ``TRUYỀN THÔNG``, ``truyền thông`` and ``truyen thong`` all become ``truyen thong``.
    """
    return _SPACES.sub(" ", without_diacritics(value)).strip().lower()


def plain_text(text: str) -> str:
    """Text typed into a public form, kept as typed: Windows line ends unified, outer blanks
    removed, never HTML-processed (templates escape it)."""
    return (text or "").replace("\r\n", "\n").replace("\r", "\n").strip()
