"""The portal app: users, units, roles, the site shell and health checks."""

from axes.apps import AppConfig as AxesAppConfig
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    default = True  # the module holds another AppConfig (below): this one is the portal's
    name = "portal"
    verbose_name = _("Hệ thống")

    def ready(self) -> None:
        from django.core.exceptions import ImproperlyConfigured  # noqa: PLC0415 - apps.py stays import-light

        from .personal_data import retention_settings_problems  # noqa: PLC0415 - needs the models loaded

        # A period shorter than the law allows would erase a record the department must keep.
        problems = retention_settings_problems()
        if problems:
            raise ImproperlyConfigured("Retention periods of personal data: " + " ".join(problems))


class SignInLockoutsConfig(AxesAppConfig):
    """django-axes under a Vietnamese name in the admin (its models' labels are in locale/vi)."""

    default = False
    verbose_name = _("Khóa đăng nhập")
