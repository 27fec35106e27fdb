"""URLs of the site shell (namespace ``portal``)."""

from django.urls import path

from .views import organisation, questions, search, shell

app_name = "portal"

urlpatterns = [
    path("", shell.home, name="home"),
    path("healthz", shell.healthz, name="healthz"),
    path("robots.txt", shell.robots_txt, name="robots_txt"),
    path("tim-kiem/", search.search, name="search"),
    path("don-vi/<slug:slug>/", shell.unit_detail, name="unit_detail"),
    path("dang-nhap/", shell.LoginView.as_view(), name="login"),
    path("dang-xuat/", shell.LogoutView.as_view(), name="logout"),
    path("nguoi-phat-ngon/", organisation.spokesperson, name="spokesperson"),
    path("nguoi-phat-ngon/lich-hop-bao/", organisation.press_briefings, name="press_briefings"),
    path("hoi-dap/", questions.question_list, name="questions"),
    path("hoi-dap/dat-cau-hoi/", questions.question_ask, name="question_ask"),
    path("hoi-dap/<int:pk>/", questions.question_detail, name="question_detail"),
]
