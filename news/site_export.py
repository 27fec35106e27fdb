"""Reading an old site's export: a WordPress export (WXR), an RSS 2.0 or an Atom feed, with its images.

The export comes as an .xml file, or a .zip holding the .xml and the old ``wp-content/uploads``
folder (as ``uploads/...``); a folder of images may be given beside an .xml instead. Nothing is
fetched from the network: an image found in the export is used, any other is listed.

Every part is hostile until checked: the XML is parsed by defusedxml with DTDs forbidden (no
entity expansion, no external entities), within a size limit; a zip is read member by member,
never extracted, and refused whole when a name leaves its folder, when there are too many
members, or when a member inflates beyond the limits; a folder is read only below itself.
"""

import datetime
import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit
from xml.etree.ElementTree import Element  # noqa: S405 - only the type; parsing goes through defusedxml

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import ParseError, fromstring
from django.utils import timezone
from django.utils.translation import gettext as _

MAX_XML_BYTES = 100 * 1024 * 1024
MAX_ITEMS = 20_000
MAX_IMAGE_BYTES = 20 * 1024 * 1024
MAX_ZIP_MEMBERS = 20_000
MAX_ZIP_BYTES = 2 * 1024 * 1024 * 1024  # the sum of the members' declared sizes
MAX_ZIP_RATIO = 200  # a member that inflates more than this is a bomb, not a photo

NS = {
    "content": "http://purl.org/rss/1.0/modules/content/",
    "excerpt": "http://wordpress.org/export/1.2/excerpt/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "atom": "http://www.w3.org/2005/Atom",
}
WP_NAMESPACES = tuple(f"http://wordpress.org/export/1.{minor}/" for minor in range(3))
UPLOADS_MARK = "/wp-content/uploads/"


class ExportRefused(Exception):
    """The export as a whole cannot be read; the message says why, in Vietnamese."""


@dataclass
class ExportItem:
    """One post of the export, as read; ``problems`` say what keeps it from being imported."""

    number: int  # its place among the export's items, from 1, as the report names it
    key: str
    title: str = ""
    link: str = ""
    post_id: int | None = None
    published: datetime.datetime | None = None
    html: str = ""
    excerpt: str = ""
    author: str = ""
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    cover_url: str = ""
    gallery: list[tuple[str, str]] = field(default_factory=list)  # (url, caption)
    problems: list[str] = field(default_factory=list)
    skipped: str = ""  # why the item is not a post to import (a draft, a page...)


@dataclass
class Export:
    kind: str  # "wxr", "rss" or "atom"
    site_url: str
    items: list[ExportItem]


def _text(element: Element | None) -> str:
    return (element.text or "").strip() if element is not None else ""


def _wp(item: Element, name: str, wp: str) -> str:
    return _text(item.find(f"{{{wp}}}{name}"))


def _parse_time(value: str) -> datetime.datetime | None:
    value = value.strip()
    if not value or value.startswith("0000"):
        return None
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}", value):  # WXR's post_date_gmt
            return datetime.datetime.fromisoformat(value).replace(tzinfo=datetime.UTC)
        if re.match(r"\d{4}-\d{2}-\d{2}T", value):  # Atom
            moment = datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        else:  # RSS
            moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return moment if timezone.is_aware(moment) else moment.replace(tzinfo=datetime.UTC)


def parse_xml(data: bytes) -> Export:
    """The items of a WXR export, an RSS 2.0 or an Atom feed, or ExportRefused."""
    if len(data) > MAX_XML_BYTES:
        raise ExportRefused(_("Tệp XML lớn hơn 100 MB; hãy xuất từng phần (theo năm) rồi nhập lần lượt."))
    try:
        root = fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException:
        raise ExportRefused(
            _("Tệp XML có khai báo DTD hoặc thực thể (entity), có thể là tệp độc hại; cổng không đọc tệp này.")
        ) from None
    except ParseError as error:
        raise ExportRefused(
            _("Tệp không phải XML hợp lệ (dòng %(line)s): có thể đây là trang web chứ không phải tệp xuất hoặc RSS.")
            % {"line": error.position[0] if error.position else "?"}
        ) from None
    if root.tag == "rss":
        channel = root.find("channel")
        if channel is None:
            raise ExportRefused(_("Tệp RSS không có phần <channel>."))
        return _parse_rss(channel)
    if root.tag == f"{{{NS['atom']}}}feed":
        return _parse_atom(root)
    raise ExportRefused(
        _("Tệp không phải bản xuất WordPress (WXR), RSS hay Atom (thẻ gốc là <%(tag)s>).")
        % {"tag": root.tag.rsplit("}", 1)[-1][:40]}
    )


def _wp_namespace(channel: Element) -> str:
    for element in channel.iter():
        for wp in WP_NAMESPACES:
            if element.tag.startswith(f"{{{wp}}}"):
                return wp
    return ""


def _parse_rss(channel: Element) -> Export:
    wp = _wp_namespace(channel)
    site_url = (_wp(channel, "base_site_url", wp) if wp else "") or _text(channel.find("link"))
    authors = {}
    if wp:
        for author in channel.findall(f"{{{wp}}}author"):
            authors[_wp(author, "author_login", wp)] = _wp(author, "author_display_name", wp)
    elements = channel.findall("item")
    if len(elements) > MAX_ITEMS:
        raise ExportRefused(_("Tệp có hơn %(count)s mục; hãy xuất từng phần.") % {"count": MAX_ITEMS})
    attachments: dict[str, tuple[str, str]] = {}
    items = []
    for number, element in enumerate(elements, start=1):
        post_type = _wp(element, "post_type", wp) if wp else "post"
        if post_type == "attachment":
            attachments[_wp(element, "post_id", wp)] = (
                _wp(element, "attachment_url", wp),
                _text(element.find("excerpt:encoded", NS)) or _text(element.find("title")),
            )
            continue
        items.append(_rss_item(number, element, wp=wp, authors=authors, post_type=post_type))
    for item in items:
        _resolve_attachments(item, attachments)
    return Export(kind="wxr" if wp else "rss", site_url=site_url, items=items)


GALLERY = re.compile(r"\[gallery\b[^\]]*\bids=\"([\d,\s]+)\"[^\]]*\]")


def _rss_item(number: int, element: Element, *, wp: str, authors: dict, post_type: str) -> ExportItem:
    link = _text(element.find("link"))
    guid = _text(element.find("guid"))
    post_id = _wp(element, "post_id", wp) if wp else ""
    item = ExportItem(number=number, key=guid or link, link=link, title=_text(element.find("title")))
    item.post_id = int(post_id) if post_id.isdigit() else None
    creator = _text(element.find("dc:creator", NS)) or _text(element.find("author"))
    item.author = authors.get(creator, creator)
    item.html = _text(element.find("content:encoded", NS)) or _text(element.find("description"))
    item.excerpt = _text(element.find("excerpt:encoded", NS))
    item.published = _parse_time(_wp(element, "post_date_gmt", wp) if wp else "") or _parse_time(
        _text(element.find("pubDate"))
    )
    for category in element.findall("category"):
        name = _text(category)
        if not name:
            continue
        (item.tags if category.get("domain") == "post_tag" else item.categories).append(name)
    if wp:
        status = _wp(element, "status", wp)
        if post_type != "post":
            item.skipped = _("không phải bài viết (loại %(kind)s)") % {"kind": post_type}
        elif status != "publish":
            item.skipped = _("chưa đăng trên trang cũ (trạng thái %(status)s)") % {"status": status}
        for meta in element.findall(f"{{{wp}}}postmeta"):
            if _wp(meta, "meta_key", wp) == "_thumbnail_id":
                item.cover_url = "id:" + _wp(meta, "meta_value", wp)
    _check(item)
    return item


def _resolve_attachments(item: ExportItem, attachments: dict[str, tuple[str, str]]) -> None:
    """The cover and the gallery's photos, from the attachment items they name by id."""
    if item.cover_url.startswith("id:"):
        item.cover_url = attachments.get(item.cover_url[3:], ("", ""))[0]
    for match in GALLERY.finditer(item.html):
        for ident in re.split(r"[,\s]+", match.group(1).strip()):
            if ident in attachments and attachments[ident][0]:
                item.gallery.append(attachments[ident])
    item.html = GALLERY.sub("", item.html)


def _parse_atom(feed: Element) -> Export:
    atom = f"{{{NS['atom']}}}"
    site_url = next((link.get("href", "") for link in feed.findall(f"{atom}link") if link.get("rel") != "self"), "")
    entries = feed.findall(f"{atom}entry")
    if len(entries) > MAX_ITEMS:
        raise ExportRefused(_("Tệp có hơn %(count)s mục; hãy xuất từng phần.") % {"count": MAX_ITEMS})
    items = []
    for number, entry in enumerate(entries, start=1):
        link = next(
            (ln.get("href", "") for ln in entry.findall(f"{atom}link") if ln.get("rel", "alternate") == "alternate"),
            "",
        )
        item = ExportItem(number=number, key=_text(entry.find(f"{atom}id")) or link, link=link)
        item.title = _text(entry.find(f"{atom}title"))
        item.html = _text(entry.find(f"{atom}content")) or _text(entry.find(f"{atom}summary"))
        item.excerpt = _text(entry.find(f"{atom}summary")) if entry.find(f"{atom}content") is not None else ""
        item.author = _text(entry.find(f"{atom}author/{atom}name"))
        item.published = _parse_time(_text(entry.find(f"{atom}published"))) or _parse_time(
            _text(entry.find(f"{atom}updated"))
        )
        item.categories = [c.get("term", "") for c in entry.findall(f"{atom}category") if c.get("term")]
        _check(item)
        items.append(item)
    return Export(kind="atom", site_url=site_url, items=items)


def _check(item: ExportItem) -> None:
    if item.skipped:
        return
    if not item.key:
        item.problems.append(_("không có mã (guid) hay đường dẫn để nhận ra bài khi nhập lại"))
    if not item.title:
        item.problems.append(_("thiếu tiêu đề"))
    elif len(item.title) > 255:
        item.problems.append(_("tiêu đề dài hơn 255 ký tự"))
    if item.published is None:
        item.problems.append(_("thiếu ngày đăng hoặc ngày không đọc được"))
    if not item.html.strip():
        item.problems.append(_("nội dung trống"))


def old_path(url: str) -> str:
    """The path of an old address, as the portal receives it: ``/2024/09/05/ten-bai/``; ``""`` for none."""
    parts = urlsplit(url)
    path = unquote(parts.path or "/")
    if path == "/" and parts.query:
        return ""  # /?p=101: found by the post's id instead
    return path if path.endswith("/") or "." in posixpath.basename(path) else path + "/"


def old_post_id(url: str) -> int | None:
    """The WordPress id of a short address (``/?p=101``), or ``None``."""
    value = parse_qs(urlsplit(url).query).get("p", [""])[0]
    return int(value) if value.isdigit() else None


# --- the images that came with the export -------------------------------------------------------


def _relative(url: str) -> str:
    """Where an old image address points inside the uploads folder: ``2024/09/a.jpg``."""
    path = unquote(urlsplit(url).path)
    if UPLOADS_MARK in path:
        return path.split(UPLOADS_MARK, 1)[1]
    return path.lstrip("/")


def _safe_name(name: str) -> str | None:
    """``name`` as a clean relative POSIX path, or ``None`` when it would leave its folder."""
    if "\\" in name or "\x00" in name or name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return None
    parts = [part for part in name.split("/") if part not in ("", ".")]
    if any(part == ".." for part in parts):
        return None
    return "/".join(parts)


class Files:
    """No images came with the export."""

    def find(self, url: str) -> bytes | None:
        return None


class FolderFiles(Files):
    """The old uploads folder on this machine; nothing outside it is read (symbolic links included)."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()

    def find(self, url: str) -> bytes | None:
        relative = _safe_name(_relative(url))
        if not relative:
            return None
        path = (self.root / relative).resolve()
        if not path.is_relative_to(self.root) or not path.is_file() or path.stat().st_size > MAX_IMAGE_BYTES:
            return None
        return path.read_bytes()


class ZipFiles(Files):
    """The ``uploads/`` folder of a zip export, read member by member, never extracted."""

    def __init__(self, archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo]) -> None:
        self.archive = archive
        self.members = members

    def find(self, url: str) -> bytes | None:
        relative = _safe_name(_relative(url))
        info = self.members.get(f"uploads/{relative}") if relative else None
        if info is None or info.file_size > MAX_IMAGE_BYTES:
            return None
        with self.archive.open(info) as handle:
            data = handle.read(MAX_IMAGE_BYTES + 1)  # never trusts the declared size alone
        return data if len(data) <= MAX_IMAGE_BYTES else None


def open_zip(path_or_file) -> tuple[bytes, ZipFiles]:
    """The XML and the images of a zip export, or ExportRefused; the archive is checked whole first."""
    try:
        archive = zipfile.ZipFile(path_or_file)
    except (zipfile.BadZipFile, OSError):
        raise ExportRefused(_("Tệp nén .zip bị hỏng hoặc không phải tệp .zip.")) from None
    infos = archive.infolist()
    if len(infos) > MAX_ZIP_MEMBERS:
        raise ExportRefused(_("Tệp nén có quá nhiều tệp (hơn %(count)s).") % {"count": MAX_ZIP_MEMBERS})
    members: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = _safe_name(info.filename)
        if name is None:
            raise ExportRefused(
                _("Tệp nén có đường dẫn không an toàn (%(name)s); cổng không đọc tệp này.")
                % {"name": info.filename[:80]}
            )
        if info.is_dir():
            continue
        total += info.file_size
        if total > MAX_ZIP_BYTES or (info.compress_size and info.file_size / info.compress_size > MAX_ZIP_RATIO):
            raise ExportRefused(_("Tệp nén giải nén ra quá lớn (có thể là zip bomb); cổng không đọc tệp này."))
        members[name] = info
    xml_names = [name for name in members if name.lower().endswith(".xml") and "/" not in name]
    if len(xml_names) != 1:
        raise ExportRefused(_("Tệp nén phải có đúng một tệp .xml ở thư mục gốc (bản xuất WordPress hoặc RSS)."))
    info = members[xml_names[0]]
    if info.file_size > MAX_XML_BYTES:
        raise ExportRefused(_("Tệp XML lớn hơn 100 MB; hãy xuất từng phần (theo năm) rồi nhập lần lượt."))
    with archive.open(info) as handle:
        data = handle.read(MAX_XML_BYTES + 1)
    if len(data) > MAX_XML_BYTES:
        raise ExportRefused(_("Tệp XML lớn hơn 100 MB; hãy xuất từng phần (theo năm) rồi nhập lần lượt."))
    return data, ZipFiles(archive, members)


def load_export(path: Path, *, images: Path | None = None) -> tuple[Export, Files]:
    """An export from disk: a .zip (XML and ``uploads/``), or an .xml with its images in ``images``
    (by default the ``uploads`` folder beside it, when there is one)."""
    if not path.is_file():
        raise ExportRefused(_("Không tìm thấy tệp %(path)s.") % {"path": path})
    if zipfile.is_zipfile(path):
        data, files = open_zip(path)
        return parse_xml(data), files
    if path.stat().st_size > MAX_XML_BYTES:
        raise ExportRefused(_("Tệp XML lớn hơn 100 MB; hãy xuất từng phần (theo năm) rồi nhập lần lượt."))
    folder = images if images is not None else path.parent / "uploads"
    files: Files = FolderFiles(folder) if folder.is_dir() else Files()
    return parse_xml(path.read_bytes()), files
