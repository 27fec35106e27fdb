"""The organisation and contact pages, in Vietnamese and in English (namespace ``organisation``).

``portal/urls.py`` mounts these with ``i18n_patterns``: the Vietnamese paths have no prefix
(``/gioi-thieu/``), the English ones are under ``/en/`` and translated through the English
catalog (``/en/about/``). Only these pages have an English version, as the rules ask.
"""

from django.urls import path
from django.utils.translation import pgettext_lazy

from .views import organisation

app_name = "organisation"

urlpatterns = [
    path(pgettext_lazy("URL", "gioi-thieu/"), organisation.index, name="index"),
    path(pgettext_lazy("URL", "gioi-thieu/co-cau-to-chuc/"), organisation.chart, name="chart"),
    path(pgettext_lazy("URL", "gioi-thieu/lanh-dao-so/"), organisation.leaders, name="leaders"),
    path(pgettext_lazy("URL", "chinh-sach-du-lieu-ca-nhan/"), organisation.privacy, name="privacy"),
    path(pgettext_lazy("URL", "gioi-thieu/<slug:slug>/"), organisation.page, name="page"),
    path(pgettext_lazy("URL", "lien-he/"), organisation.contact, name="contact"),
]
