"""A bench-only URLconf: the portal's URLs plus a bare view returning a fixed 30 KB page, the ceiling.

Selected with ``ROOT_URLCONF=bench.ceiling_urls`` by ``bench/public_pages.py`` only; the bare
view goes through the same middleware as the portal's pages, so it measures what gunicorn
and Django cost on this machine before any page does any work.
"""

from django.http import HttpRequest, HttpResponse
from django.urls import path

from portal.web.urls import urlpatterns as portal_urlpatterns

CEILING_PATH = "/bench/ceiling/"
_FILLER = "<p>Trang cố định để đo trần hiệu năng của máy: không truy vấn, không mẫu, không bộ đệm.</p>\n"
_HEAD = '<!doctype html>\n<html lang="vi"><head><meta charset="utf-8"><title>Trần</title></head><body>\n'
_TAIL = "</body></html>\n"
_body = _HEAD
while len((_body + _FILLER + _TAIL).encode()) <= 30 * 1024:
    _body += _FILLER
PAGE = (_body + _TAIL).encode().ljust(30 * 1024, b" ")


def ceiling(request: HttpRequest) -> HttpResponse:
    return HttpResponse(PAGE, content_type="text/html; charset=utf-8")


urlpatterns = [path(CEILING_PATH.strip("/") + "/", ceiling), *portal_urlpatterns]
