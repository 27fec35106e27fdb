"""Public URLs of the newsroom (namespace ``news``)."""

from django.urls import path

from news.views import announcements, articles, documents, media

from . import feeds

app_name = "news"

urlpatterns = [
    path("tin-tuc/", articles.archive, name="archive"),
    path("tin-tuc/xem-truoc/<int:pk>/", articles.article_preview, name="preview"),
    path("tin-tuc/<int:pk>/danh-gia/", articles.article_rating, name="rating"),
    path("tin-tuc/tep/<int:pk>/", articles.attachment_file, name="attachment"),
    path("tin-tuc/<slug:slug>-<int:pk>/", articles.article_detail, name="article"),
    path("tin-tuc/<slug:slug>-<int:pk>/in/", articles.article_print, name="article_print"),
    path("chuyen-muc/<slug:slug>/", articles.category_detail, name="category"),
    path("chuyen-muc/<slug:slug>/rss/", feeds.CategoryFeed(), name="category_feed"),
    path("the/<slug:slug>/", articles.tag_detail, name="tag"),
    path("rss/", feeds.LatestArticlesFeed(), name="feed"),
    path("thong-bao/", announcements.announcement_list, name="announcement_list"),
    path("thong-bao/rss/", feeds.AnnouncementsFeed(), name="announcement_feed"),
    path("thong-bao/atom/", feeds.AnnouncementsAtomFeed(), name="announcement_atom"),
    path("thong-bao/tep/<int:pk>/", announcements.announcement_file, name="announcement_file"),
    path("thong-bao/<slug:slug>-<int:pk>/", announcements.announcement_detail, name="announcement"),
    path("lich-cong-tac/", announcements.work_schedule, name="work_schedule"),
    path("lich-cong-tac/<int:year>/tuan-<int:week>/", announcements.work_schedule_week, name="work_schedule_week"),
    path("lich-cong-tac/<int:year>/tuan-<int:week>/in/", announcements.work_schedule_print, name="work_schedule_print"),
    path(
        "lich-cong-tac/<int:year>/tuan-<int:week>/lich.ics", announcements.work_schedule_ics, name="work_schedule_ics"
    ),
    path("thu-vien-anh/", media.album_list, name="album_list"),
    path("thu-vien-anh/<slug:slug>-<int:pk>/", media.album_detail, name="album"),
    path("video/", media.video_list, name="video_list"),
    path("video/<slug:slug>-<int:pk>/", media.video_detail, name="video"),
    path("van-ban/", documents.document_list, name="document_list"),
    path("van-ban/rss/", feeds.LatestDocumentsFeed(), name="document_feed"),
    path("van-ban/tep/<int:pk>/", documents.document_file, name="document_file"),
    path("van-ban/<slug:slug>-<int:pk>/", documents.document_detail, name="document"),
    path("van-ban/<slug:slug>-<int:pk>/gop-y/", documents.document_comment, name="document_comment"),
]
