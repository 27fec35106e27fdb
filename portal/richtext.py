"""Rich text: the one place that knows which editor the admin uses and how HTML is cleaned.

The editor is CKEditor 4 through django-ckeditor, as the department asked. CKEditor 4 no
longer gets security fixes, so nothing here trusts it: every rich-text field is cleaned
on save by an allow-list (nh3), whatever the browser sent. To move to the CKEditor 4 LTS
build or to another editor, change ``editor_widget`` (and the CKEDITOR_* settings); the
models, their migrations and the sanitiser stay as they are.
"""

import re
import unicodedata

import nh3
from ckeditor.widgets import CKEditorWidget
from django.conf import settings
from django.db import models

ALLOWED_TAGS = {
    "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "code",
    "strong", "b", "em", "i", "u", "s", "sub", "sup", "small", "mark", "span", "div",
    "ul", "ol", "li", "dl", "dt", "dd",
    "a", "img", "figure", "figcaption",
    "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "th", "td",
    "iframe",
}  # fmt: skip

ALLOWED_ATTRIBUTES = {
    "a": {"href", "title", "target"},
    "img": {"src", "alt", "title", "width", "height"},
    "iframe": {"src", "width", "height", "title", "allowfullscreen", "frameborder"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "col": {"span"},
    "colgroup": {"span"},
    "ol": {"start", "type"},
    "table": {"summary"},
}

# Classes CKEditor's image2 and alignment plugins write; styles are never kept (CSP, and
# the site's stylesheet decides how an article looks).
ALLOWED_CLASSES = {
    "figure": {"image", "image-style-side", "image-left", "image-right", "image-center", "easyimage", "table"},
    "p": {"text-center", "text-right", "text-justify", "caption"},
    "span": {"caption"},
    "div": {"caption"},
}


# What an embedded player may use, whatever the editor sent: no camera, microphone, location,
# payment or autoplay for a frame from another site.
EMBED_ALLOW = "accelerometer; encrypted-media; picture-in-picture; fullscreen"
# The host of an https URL: everything up to the first "/", "?" or "#".
_HTTPS_HOST = re.compile(r"https://([^/?#]*)")


def embed_source_allowed(url: str) -> bool:
    """Whether ``url`` may be an iframe's source: https, from one of ``settings.VIDEO_EMBED_HOSTS`` exactly.

    Strict on purpose: browsers and Python's URL parsers disagree about backslashes,
    userinfo, ports, and spaces or control characters inside a URL
    (``https://evil.example\\@www.youtube.com/`` is a YouTube URL to ``urlsplit`` and
    evil.example to a browser), so a URL holding any of them is refused rather than parsed.
    """
    if any(char == "\\" or char.isspace() or unicodedata.category(char).startswith("C") for char in url):
        return False
    match = _HTTPS_HOST.match(url)
    return match is not None and match.group(1) in settings.VIDEO_EMBED_HOSTS


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    if tag == "iframe" and attribute == "src" and not embed_source_allowed(value):
        return None
    if tag == "a" and attribute == "target":
        return "_blank" if value == "_blank" else None
    return value


# The attributes the cleaner writes on every such tag, one per pass: nh3 writes several in an
# order that changes from one process to the next, and stored HTML must not.
SET_ATTRIBUTES = (
    {"img": {"loading": "lazy"}, "iframe": {"loading": "lazy"}},
    {"iframe": {"allow": EMBED_ALLOW}},
)


def sanitize_html(html: str) -> str:
    """Keep the allow-listed tags and attributes of ``html``; drop scripts, handlers, bad URLs.

    Iframes keep a source only from ``settings.VIDEO_EMBED_HOSTS`` (``embed_source_allowed``),
    and get ``loading="lazy"`` and the fixed ``allow`` list whatever was sent.
    """
    if not html:
        return ""
    attributes = {tag: set(names) for tag, names in ALLOWED_ATTRIBUTES.items()}
    for set_attributes in SET_ATTRIBUTES:
        html = nh3.clean(
            html,
            tags=ALLOWED_TAGS,
            attributes=attributes,
            allowed_classes=ALLOWED_CLASSES,
            url_schemes={"http", "https", "mailto", "tel"},
            link_rel="noopener noreferrer",
            strip_comments=True,
            attribute_filter=_filter_attribute,
            set_tag_attribute_values=set_attributes,
        )
        # What this pass wrote, the next keeps.
        for tag, names in set_attributes.items():
            attributes.setdefault(tag, set()).update(names)
    return html.strip()


def editor_widget(*, uploads: bool):
    """The admin's editor widget. The only place that names CKEditor."""

    class Widget(CKEditorWidget):
        class Media:
            # Sends Django's CSRF token with CKEditor's uploads (portal's upload view keeps CSRF on).
            js = ("js/editor.js",)

    return Widget(config_name="default" if uploads else "basic")


class RichTextField(models.TextField):
    """HTML written in the editor, cleaned by ``sanitize_html`` every time the row is saved."""

    def __init__(self, *args, uploads: bool = False, **kwargs):
        self.uploads = uploads
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if self.uploads:
            kwargs["uploads"] = True
        return name, path, args, kwargs

    def pre_save(self, model_instance, add):
        # Sanitising belongs to the column type: no path (admin, service, import, shell)
        # can store unclean HTML.
        value = sanitize_html(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value

    def formfield(self, **kwargs):
        # The editor, whatever widget the caller passes: the admin gives every TextField its
        # plain textarea (formfield_overrides), which would silently replace the editor.
        return super().formfield(**{**kwargs, "widget": editor_widget(uploads=self.uploads)})
