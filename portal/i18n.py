"""The English version of the organisation and contact pages: which language a URL is in, and fallbacks.

The site is Vietnamese; only the pages the rules ask for in English (organisation and
contacts, ``portal/organisation_urls.py``) also exist under ``/en/``. The language
therefore comes from the URL alone: ``/en/...`` is English, every other path Vietnamese,
whatever the browser's Accept-Language or a cookie says. Editable content keeps its
English text in a sibling field named ``<field>_en``; an empty one falls back to the
Vietnamese text so that a page is never blank.
"""

from django.conf import settings
from django.urls import NoReverseMatch, resolve, reverse, translate_url
from django.urls.exceptions import Resolver404
from django.utils import translation

ENGLISH = "en"
# The URL namespace whose pages exist in both languages (portal/organisation_urls.py).
BILINGUAL_NAMESPACE = "organisation"
# What the switch says, each in its own language: never translated.
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}


def language_of_path(path: str) -> str:
    """``en`` for ``/en`` and ``/en/...``, else Vietnamese.

    Only an exact first segment counts (Django's own lookup would also take ``/en-gb/``
    or a Vietnamese slug such as ``/en-...`` for English).
    """
    segment = path.lstrip("/").split("/", 1)[0]
    prefixed = {code for code, _name in settings.LANGUAGES} - {settings.LANGUAGE_CODE}
    return segment if segment in prefixed else settings.LANGUAGE_CODE


def localized(obj, field: str, language: str | None = None):
    """``obj.<field>_<language>`` when the page is not Vietnamese and that field is filled, else ``obj.<field>``."""
    language = (language or translation.get_language() or settings.LANGUAGE_CODE)[:2]
    if language != settings.LANGUAGE_CODE:
        value = getattr(obj, f"{field}_{language}", "")
        if value:
            return value
    return getattr(obj, field)


def is_bilingual_path(path: str) -> bool:
    """Whether ``path`` (in the active language) is one of the pages that exist in both languages."""
    try:
        return resolve(path).namespace == BILINGUAL_NAMESPACE
    except Resolver404:
        return False


def other_language(path: str) -> dict:
    """The link of the language switch for the page at ``path``.

    On a bilingual page it leads to the same page in the other language; elsewhere to
    the English "About" page from Vietnamese, or to the home page from English.
    """
    current = (translation.get_language() or settings.LANGUAGE_CODE)[:2]
    target = settings.LANGUAGE_CODE if current == ENGLISH else ENGLISH
    if is_bilingual_path(path):
        url = translate_url(path, target)
    else:
        with translation.override(target):
            try:
                url = reverse(f"{BILINGUAL_NAMESPACE}:index") if target == ENGLISH else reverse("portal:home")
            except NoReverseMatch:
                url = "/"
    return {"code": target, "name": LANGUAGE_NAMES[target], "url": url}


def alternate_urls(path: str) -> list[dict]:
    """``[{"code": "vi", "url": ...}, {"code": "en", "url": ...}]`` for a bilingual page, else ``[]`` (hreflang)."""
    if not is_bilingual_path(path):
        return []
    return [{"code": code, "url": translate_url(path, code)} for code, _name in settings.LANGUAGES]
