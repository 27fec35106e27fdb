"""``{% live_block "name" %}``: where a page shows a block that ages by itself (portal/pagecache.py)."""

from django import template
from django.utils.safestring import mark_safe

from .. import pagecache

register = template.Library()


@register.simple_tag(takes_context=True)
def live_block(context, name: str) -> str:
    """The block's marker in a page kept by the page cache (the block's current HTML is put in
    whenever the page is served); the block itself in a page that is not kept (an editor's
    preview: ``cacheable_page`` false; page caching off)."""
    html = pagecache.live_block_placeholder(name, cacheable=bool(context.get("cacheable_page")))
    return mark_safe(html)  # noqa: S308 - a marker (an HTML comment), or HTML its own template escaped
