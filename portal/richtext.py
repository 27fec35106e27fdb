"""Rich text: the one place that knows which editor the admin uses and how HTML is cleaned.

The editor is CKEditor 4 through django-ckeditor, as the department asked. CKEditor 4 no
longer gets security fixes, so nothing here trusts it: every rich-text field is cleaned
on save by an allow-list (nh3), whatever the browser sent. To move to the CKEditor 4 LTS
build or to another editor, change ``editor_widget`` (and the CKEDITOR_* settings); the
models, their migrations and the sanitiser stay as they are.
"""

import re
import unicodedata

import lxml.etree
import lxml.html
import nh3
from ckeditor.widgets import CKEditorWidget
from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

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


def image_source_allowed(url: str) -> bool:
    """Whether ``url`` may be an image's source in rich text: a file the portal stores (MEDIA_URL).

    Never a data: URI (the picture would sit in the row, unchecked by the image pipeline) nor
    another site's address (a hot-link that breaks, changes or tracks readers when that site
    wants).
    """
    return url.startswith(settings.MEDIA_URL) and not url.startswith("//")


def foreign_images(html: str) -> list[str]:
    """The sources of the images of ``html`` that ``image_source_allowed`` refuses, in order."""
    tree = _parse(html)
    if tree is None:
        return []
    return [img.get("src", "") for img in tree.iter("img") if not image_source_allowed(img.get("src", ""))]


def _filter_attribute(tag: str, attribute: str, value: str) -> str | None:
    if tag == "iframe" and attribute == "src" and not embed_source_allowed(value):
        return None
    if tag == "img" and attribute == "src" and not image_source_allowed(value):
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


# What Word and other sites put on the clipboard that the allow-list alone would leave as
# noise: the markers of Word's lists, its o:p paragraphs, spans and fonts that only carried
# styles, headings one level too high, and paragraphs with nothing in them.
WORD_CONDITIONAL = re.compile(r"<!--\[if[^\]]*\]>.*?<!\[endif\]-->", re.DOTALL | re.IGNORECASE)
WORD_LIST_LEVEL = re.compile(r"mso-list:\s*l(\d+)\s+level(\d+)", re.IGNORECASE)
ORDERED_MARKER = re.compile(r"^\s*(?:\d+|[a-zA-Z]|[ivxlcdmIVXLCDM]+)[.)]")
EMPTY_PARAGRAPH = re.compile(r'<p(?: class="[^"]*")?>(?:\s|&nbsp;|<br>|</?(?:b|strong|i|em|u|s|span)>)*</p>')
KEPT_SPAN_CLASSES = ALLOWED_CLASSES["span"]
# What calls for tidy_pasted: the rest is left to nh3 alone, unparsed by a second parser.
PASTED_MARKERS = re.compile(
    r"mso-|<o:|<w:|<font|<span|<h1|<!--\[if|<!\[if|<img[^>]*\ssrc\s*=\s*[\"']?\s*(?:data|blob|file|https?):|<img[^>]*\ssrc\s*=\s*[\"']?//",
    re.IGNORECASE,
)
# An img tag as nh3 writes it (attribute values always in double quotes, with " escaped).
SERIALIZED_IMG = re.compile(r'<img(?:\s+[^\s=>"]+(?:="[^"]*")?)*\s*/?>')


def _parse(html: str):
    try:
        return lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return None


def _word_lists(root) -> None:
    """Turn Word's list paragraphs (``style="mso-list: l0 level1"``) into ``ul``/``ol`` items."""
    current, current_key = None, None
    for paragraph in list(root.iter("p")):
        match = WORD_LIST_LEVEL.search(paragraph.get("style", ""))
        if match is None:
            current = None
            continue
        marker = _strip_list_marker(paragraph)
        key = (paragraph.getparent(), match.group(1))
        previous = paragraph.getprevious()
        if current is None or current_key != key or previous is not current:
            current = lxml.html.Element("ol" if ORDERED_MARKER.match(marker or "") else "ul")
            paragraph.addprevious(current)
            current_key = key
        paragraph.tag = "li"
        paragraph.attrib.clear()
        current.append(paragraph)


def _strip_list_marker(paragraph) -> str:
    """Remove the bullet or number Word writes between ``[if !supportLists]`` and ``[endif]``; return its text."""
    marker, inside = [], False
    for node in list(paragraph.iter()):
        if node is paragraph:
            continue
        if isinstance(node, lxml.html.HtmlComment):
            text = (node.text or "").strip().lower()
            if text.startswith("[if !supportlists]"):
                inside = True
                marker.append(node.tail or "")  # a bullet written as bare text
                node.tail = None
                node.drop_tree()
            elif inside and text.startswith("[endif]"):
                node.drop_tree()
                break
            continue
        if inside and paragraph in node.iterancestors():  # not inside a marker element already dropped
            marker.append(node.text_content())
            node.drop_tree()  # keeps its tail: only the marker goes
    return "".join(marker)


def tidy_pasted(html: str) -> str:
    """``html`` without what Word and other sites add to the text pasted from them.

    Word's lists become lists, ``h1`` becomes ``h2`` (the page's own title is its only
    ``h1``), spans and fonts that carried only styles and Word's ``o:p`` give up their text,
    images from elsewhere (data: URIs, other sites) go, and a figure with them. Not a
    security boundary: ``sanitize_html`` runs the allow-list on the result.
    """
    if not PASTED_MARKERS.search(html):
        return html
    html = WORD_CONDITIONAL.sub("", html)
    root = _parse(html)
    if root is None:
        return html
    _word_lists(root)
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        if tag == "h1":
            element.tag = "h2"
        elif tag == "img" and not image_source_allowed(element.get("src", "")):
            figure = next((a for a in element.iterancestors("figure")), None)
            (figure if figure is not None else element).drop_tree()
        elif tag in ("font", "o:p") or ":" in tag:
            element.drop_tag()
        elif tag == "span" and not set(element.get("class", "").split()) & KEPT_SPAN_CLASSES:
            element.drop_tag()
    return "".join([root.text or ""] + [lxml.html.tostring(child, encoding="unicode") for child in root])


def sanitize_html(html: str) -> str:
    """Keep the allow-listed tags and attributes of ``html``; drop scripts, handlers, bad URLs.

    Iframes keep a source only from ``settings.VIDEO_EMBED_HOSTS`` (``embed_source_allowed``),
    and get ``loading="lazy"`` and the fixed ``allow`` list whatever was sent.
    """
    if not html:
        return ""
    html = tidy_pasted(html)
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
    html = html.replace(' class=""', "")  # what was left of a class none of whose names is allowed
    # An image whose source was dropped (not the portal's own) is no image.
    html = SERIALIZED_IMG.sub(lambda match: match.group(0) if ' src="' in match.group(0) else "", html)
    previous = None
    while previous != html:  # an empty paragraph inside another leaves that one empty
        previous, html = html, EMPTY_PARAGRAPH.sub("", html)
    return html.strip()


class RichTextFormField(forms.CharField):
    """The editor's field: refuses images that are not the portal's own, saying which and what to do.

    ``sanitize_html`` would drop them silently on save; refusing keeps the writer's text in
    the form and tells them the pictures have to be uploaded.
    """

    def validate(self, value):
        super().validate(value)
        sources = foreign_images(value or "")
        if not sources:
            return
        pasted = sum(source.startswith(("data:", "file:", "blob:")) for source in sources)
        others = sorted({_HOST.match(source).group(1) for source in sources if _HOST.match(source)})
        parts = []
        if pasted:
            parts.append(
                ngettext(
                    "%(count)s ảnh dán thẳng vào bài (từ Word hoặc ảnh chụp màn hình) chưa được tải lên máy chủ",
                    "%(count)s ảnh dán thẳng vào bài (từ Word hoặc ảnh chụp màn hình) chưa được tải lên máy chủ",
                    pasted,
                )
                % {"count": pasted}
            )
        if len(sources) > pasted:
            parts.append(
                _("%(count)s ảnh lấy từ trang khác (%(hosts)s)")
                % {"count": len(sources) - pasted, "hosts": ", ".join(others) or _("địa chỉ không rõ")}
            )
        raise ValidationError(
            _(
                "Bài có %(what)s. Ảnh phải được tải lên cổng: hãy lưu ảnh về máy rồi dùng nút “Ảnh” "
                "(hoặc kéo thả ảnh vào khung soạn thảo), và xoá ảnh cũ khỏi bài. Nội dung khác vẫn được giữ."
            )
            % {"what": "; ".join(str(part) for part in parts)},
            code="foreign_image",
        )


# The host of any URL with one (http, https, protocol-relative), for naming other sites.
_HOST = re.compile(r"(?:[a-z][a-z0-9+.-]*:)?//([^/?#\\]*)", re.IGNORECASE)


def editor_widget(*, uploads: bool):
    """The admin's editor widget. The only place that names CKEditor."""

    class Widget(CKEditorWidget):
        class Media:
            # Sends Django's CSRF token with CKEditor's uploads (portal's upload view keeps CSRF on),
            # and takes other sites' images out of what is pasted (image_source_allowed).
            js = ("js/editor.js",)

    widget = Widget(config_name="default" if uploads else "basic")
    widget.config["portalMediaUrl"] = settings.MEDIA_URL if uploads else ""  # "": no images at all
    widget.config["portalForeignImages"] = (
        _(
            "Đã bỏ %(count)s ảnh không nằm trên cổng (ảnh của trang khác, ảnh trong tệp Word) khỏi phần vừa dán. "
            "Hãy lưu ảnh về máy rồi dùng nút “Ảnh” hoặc kéo thả ảnh vào khung soạn thảo."
        )
        if uploads
        else _("Đã bỏ %(count)s ảnh khỏi phần vừa dán: ô này không nhận ảnh.")
    )
    return widget


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
        return super().formfield(
            **{**kwargs, "form_class": RichTextFormField, "widget": editor_widget(uploads=self.uploads)}
        )
