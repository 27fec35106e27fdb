"""RSS feeds: the latest news, the latest of each category, and the documents newly put in the registry."""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext_lazy as _

from news.selectors.announcements import announcements_listing
from news.selectors.articles import listing
from news.selectors.documents import documents_latest
from portal.models import SiteProfile

from .models import Category

FEED_SIZE = 30


class LatestArticlesFeed(Feed):
    feed_type = Rss201rev2Feed
    language = "vi"
    description = _("Tin mới nhất của cổng thông tin điện tử Sở Giáo dục và Đào tạo.")

    def title(self):
        return SiteProfile.current().portal_name

    def link(self):
        return reverse("news:archive")

    def items(self):
        return listing().select_related("category")[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_pubdate(self, item):
        return item.publish_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.byline or None

    def item_categories(self, item):
        return [item.category.name]


class CategoryFeed(LatestArticlesFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Category, slug=slug, is_active=True)

    def title(self, obj):
        return f"{obj.name} – {SiteProfile.current().portal_name}"

    def link(self, obj):
        return obj.get_absolute_url()

    def description(self, obj):
        return obj.description or obj.name

    def items(self, obj):
        return listing().filter(category__in=[obj, *obj.children.all()])[:FEED_SIZE]


class LatestDocumentsFeed(Feed):
    """Documents as they are put on the portal (drafts for comment included), newest first."""

    feed_type = Rss201rev2Feed
    language = "vi"
    description = _("Văn bản mới đăng trên cổng thông tin điện tử Sở Giáo dục và Đào tạo.")

    def title(self):
        return f"{_('Văn bản mới')} – {SiteProfile.current().portal_name}"

    def link(self):
        return reverse("news:document_list")

    def items(self):
        return documents_latest(limit=FEED_SIZE)

    def item_title(self, item):
        return str(item)

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [item.get_doc_type_display(), item.issuer.name, *([item.field.name] if item.field else [])]


class AnnouncementsFeed(Feed):
    """Published announcements, newest first (pinned ones are not lifted: a reader sorts by date)."""

    feed_type = Rss201rev2Feed
    language = "vi"
    description = _("Thông báo của Sở Giáo dục và Đào tạo.")

    def title(self):
        return f"{_('Thông báo')} – {SiteProfile.current().portal_name}"

    def link(self):
        return reverse("news:announcement_list")

    def items(self):
        return announcements_listing().order_by("-publish_at", "-pk")[:FEED_SIZE]

    def item_title(self, item):
        return f"[{_('Quan trọng')}] {item.title}" if item.is_important else item.title

    def item_description(self, item):
        return item.body

    def item_pubdate(self, item):
        return item.publish_at

    def item_updateddate(self, item):
        return item.updated_at


class AnnouncementsAtomFeed(AnnouncementsFeed):
    feed_type = Atom1Feed
    subtitle = AnnouncementsFeed.description
