"""The newsroom in the leaders' area (/lanh-dao/): the royalty statements and the contributions report."""

from django.urls import path

from .views import reports, royalties

app_name = "royalties_leaders"

urlpatterns = [
    path("nhuan-but/", royalties.period_list, name="index"),
    path("nhuan-but/<int:pk>/", royalties.period_detail, name="detail"),
    path("nhuan-but/<int:pk>/quyet-dinh/", royalties.period_decide, name="decide"),
    path("nhuan-but/<int:pk>/bang-ke.xlsx", royalties.period_xlsx, name="xlsx"),
    path("nhuan-but/<int:pk>/ban-in/", royalties.period_print, name="print"),
    path("bao-cao-tin-bai/", reports.contribution_report_view, name="report"),
]
