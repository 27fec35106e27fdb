"""Public URLs of the newsroom (namespace ``news``)."""

from django.urls import path

from . import feeds, views

app_name = "news"

urlpatterns = [
    path("tin-tuc/", views.archive, name="archive"),
    path("tin-tuc/xem-truoc/<int:pk>/", views.article_preview, name="preview"),
    path("tin-tuc/<int:pk>/danh-gia/", views.article_rating, name="rating"),
    path("tin-tuc/tep/<int:pk>/", views.attachment_file, name="attachment"),
    path("tin-tuc/<slug:slug>-<int:pk>/", views.article_detail, name="article"),
    path("tin-tuc/<slug:slug>-<int:pk>/in/", views.article_print, name="article_print"),
    path("chuyen-muc/<slug:slug>/", views.category_detail, name="category"),
    path("chuyen-muc/<slug:slug>/rss/", feeds.CategoryFeed(), name="category_feed"),
    path("the/<slug:slug>/", views.tag_detail, name="tag"),
    path("rss/", feeds.LatestArticlesFeed(), name="feed"),
    path("van-ban/", views.document_list, name="document_list"),
    path("van-ban/rss/", feeds.LatestDocumentsFeed(), name="document_feed"),
    path("van-ban/tep/<int:pk>/", views.document_file, name="document_file"),
    path("van-ban/<slug:slug>-<int:pk>/", views.document_detail, name="document"),
    path("van-ban/<slug:slug>-<int:pk>/gop-y/", views.document_comment, name="document_comment"),
]
