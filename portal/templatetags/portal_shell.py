"""The parts of the shell every public page repeats (header with the menu, footer), rendered
once and kept in the process: ``{% shell_part "includes/_footer.html" %}``."""

from django import template
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language

from ..i18n import BILINGUAL_NAMESPACE
from ..pagecache import kept_value

register = template.Library()


def shell_variant(request) -> str:
    """What of the request a shell part shows: the language, which menu entry is current
    (``aria-current``: by the page's URL name, and by its path on the home page and a
    category's pages), and the language switch's target (the same page on a bilingual page,
    a fixed page elsewhere). Every article page shares one variant."""
    match = getattr(request, "resolver_match", None)
    namespace, url_name = (match.namespace, match.url_name) if match else ("", "")
    path = request.path if request.path == "/" or url_name == "category" or namespace == BILINGUAL_NAMESPACE else ""
    return f"{get_language()}|{namespace}:{url_name}|{path}"


@register.simple_tag(takes_context=True)
def shell_part(context, template_name: str, *, by_page: bool = False) -> SafeString:
    """``{% include template_name %}``, rendered once per shell generation and language (and
    per ``shell_variant`` when ``by_page``) and kept in this process (pagecache.kept_value):
    the services that change the profile, the menu or the agency links bump the shell
    counter. The part must read nothing of the request but what ``shell_variant`` names, and
    nothing personal (pages are cached whole)."""
    request = context.get("request")
    if request is None:
        return context.template.engine.get_template(template_name).render(context)
    variant = shell_variant(request) if by_page else get_language()
    key = f"part:{template_name}:{variant}"
    return kept_value(key, lambda: mark_safe(context.template.engine.get_template(template_name).render(context)))  # noqa: S308 - a rendered template
