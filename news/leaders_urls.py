"""The newsroom in the leaders' area (/lanh-dao/): the articles awaiting them, the royalty
statements and the contributions report."""

from django.urls import path

from .views import approvals, reports, royalties

app_name = "news_leaders"

urlpatterns = [
    path("bai-cho-duyet/", approvals.queue, name="queue"),
    path("bai-cho-duyet/<int:pk>/", approvals.article_detail, name="article"),
    path("bai-cho-duyet/<int:pk>/quyet-dinh/", approvals.article_decide, name="article_decide"),
    path("nhuan-but/", royalties.period_list, name="index"),
    path("nhuan-but/<int:pk>/", royalties.period_detail, name="detail"),
    path("nhuan-but/<int:pk>/quyet-dinh/", royalties.period_decide, name="decide"),
    path("nhuan-but/<int:pk>/bang-ke.xlsx", royalties.period_xlsx, name="xlsx"),
    path("nhuan-but/<int:pk>/ban-in/", royalties.period_print, name="print"),
    path("bao-cao-tin-bai/", reports.contribution_report_view, name="report"),
]
