"""Template helpers of the English version: ``{{ obj|localized:"name" }}`` and the language switch."""

from django import template

from .. import i18n

register = template.Library()


@register.filter
def localized(obj, field: str):
    """The ``<field>_en`` text of ``obj`` on English pages when filled, else the Vietnamese ``<field>``."""
    return i18n.localized(obj, field)


@register.simple_tag(takes_context=True)
def other_language(context) -> dict | None:
    """``{"code", "name", "url"}`` of the language switch for this page, or None outside a request."""
    request = context.get("request")
    return i18n.other_language(request.path_info) if request is not None else None


@register.simple_tag(takes_context=True)
def alternate_languages(context) -> list[dict]:
    """The page's versions for ``<link rel="alternate" hreflang>``, absolute; empty for Vietnamese-only pages."""
    request = context.get("request")
    if request is None:
        return []
    return [
        {"code": item["code"], "url": request.build_absolute_uri(item["url"])}
        for item in i18n.alternate_urls(request.path_info)
    ]
