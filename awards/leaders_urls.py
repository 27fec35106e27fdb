"""Commendation figures in the leaders' area (/lanh-dao/khen-thuong/)."""

from django.urls import path

from . import views

app_name = "awards_leaders"

urlpatterns = [
    path("", views.figures, name="figures"),
]
