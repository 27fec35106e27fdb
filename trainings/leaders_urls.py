"""The leaders' area (/lanh-dao/): read-only records of trainings, comments and sign-off."""

from django.urls import path

from .views import leaders

app_name = "leaders"

urlpatterns = [
    path("", leaders.training_list, name="index"),
    path("tong-hop/", leaders.overview, name="overview"),
    path("hoi-nghi/<slug:slug>/", leaders.training_detail, name="training"),
    path("hoi-nghi/<slug:slug>/ban-in/", leaders.training_print, name="training_print"),
    path("hoi-nghi/<slug:slug>/ho-so.xlsx", leaders.training_export, name="training_export"),
    path("hoi-nghi/<slug:slug>/nhan-xet/", leaders.training_review, name="training_review"),
    path("hoi-nghi/<slug:slug>/ky-duyet/", leaders.training_sign_off_view, name="training_sign_off"),
]
