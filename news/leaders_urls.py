"""The royalty statements in the leaders' area, mounted under /lanh-dao/nhuan-but/."""

from django.urls import path

from .views import royalties

app_name = "royalties_leaders"

urlpatterns = [
    path("", royalties.period_list, name="index"),
    path("<int:pk>/", royalties.period_detail, name="detail"),
    path("<int:pk>/quyet-dinh/", royalties.period_decide, name="decide"),
    path("<int:pk>/bang-ke.xlsx", royalties.period_xlsx, name="xlsx"),
    path("<int:pk>/ban-in/", royalties.period_print, name="print"),
]
