from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The demo content and its ``seed_demo`` command: it imports news, trainings and awards, which the
    rest of ``portal`` (the base every app stands on) must not."""

    name = "portal.demo"
    label = "demo"
    verbose_name = "Dữ liệu mẫu"
