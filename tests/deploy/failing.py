"""A URL configuration and a task that fail, for the tests of where errors go (tests/deploy/test_errors.py)."""

from celery import shared_task
from django.urls import path


def broken_view(request):
    raise RuntimeError("trang hỏng để thử")


@shared_task(name="tests.failing_task")
def failing_task():
    raise RuntimeError("tác vụ hỏng để thử")


urlpatterns = [path("hong/", broken_view)]
