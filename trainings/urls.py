"""Public URLs of the trainings app (mounted at /hoi-nghi-tap-huan/)."""

from django.urls import path

from .views import files, public, registration

app_name = "trainings"

urlpatterns = [
    path("", public.training_list, name="list"),
    path("dang-ky/<str:token>/", registration.register, name="register"),
    path("tai-lieu/<int:pk>/", files.material_file, name="material_file"),
    path("tham-luan/<int:pk>/", files.paper_file, name="paper_file"),
    path("<slug:slug>/", public.training_detail, name="detail"),
    path("<slug:slug>/lich.ics", public.training_calendar, name="calendar"),
]
