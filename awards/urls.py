"""Public URLs of the awards app: the honour roll (/khen-thuong/)."""

from django.urls import path

from . import views

app_name = "awards"

urlpatterns = [
    path("", views.index, name="index"),
    path("quyet-dinh/", views.decision_list, name="decision_list"),
    path("quyet-dinh/<slug:slug>/", views.decision_detail, name="decision"),
    path("quyet-dinh/<slug:slug>/ban-quet/", views.decision_file, name="decision_file"),
    path("don-vi/<slug:slug>/", views.unit_detail, name="unit"),
    path("guong-dien-hinh/", views.exemplary_list, name="exemplary"),
]
