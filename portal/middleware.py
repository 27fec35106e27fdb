"""Middleware of the portal: the Content-Security-Policy (looser for the admin) and the language of a URL."""

from csp.constants import HEADER
from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import build_policy
from django.conf import settings
from django.utils import translation

from .i18n import language_of_path


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with ADMIN_CONTENT_SECURITY_POLICY under /admin/ (CKEditor 4).

    The portal uses neither nonces nor per-view policy changes, so the two header values
    are built once and reused: rebuilding them cost a quarter of a millisecond on every
    response, which is a quarter of a cached page's whole cost.
    """

    def __init__(self, get_response):
        super().__init__(get_response)
        self._built: dict[bool, str] = {}

    def get_policy_parts(self, request, response, report_only: bool = False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and parts.config is None and request.path_info.startswith("/admin/"):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
        return parts

    def process_response(self, request, response):
        customised = any(
            getattr(response, name, None) is not None
            for name in ("_csp_config", "_csp_update", "_csp_replace", "_csp_exempt")
        )
        debug_page = settings.DEBUG and response.status_code in (404, 500)  # Django's own, with inline styles
        if (
            customised
            or debug_page
            or getattr(request, "_csp_nonce", None)
            or settings.CONTENT_SECURITY_POLICY_REPORT_ONLY
        ):
            return super().process_response(request, response)
        admin = request.path_info.startswith("/admin/")
        if admin not in self._built:
            self._built[admin] = (
                build_policy(config=settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]) if admin else build_policy()
            )
        response.headers.setdefault(HEADER, self._built[admin])
        return response


class UrlLanguageMiddleware:
    """Activate the language the URL names: ``/en/...`` is English, every other path Vietnamese.

    Django's LocaleMiddleware would do the same for ``i18n_patterns`` with
    ``prefix_default_language=False``, but it also adds ``Vary: Accept-Language`` to every
    Vietnamese page (one cache entry per browser language for pages that never vary) and
    leaves the language active in the thread after the response. The language is
    overridden for the request only. Place it before CommonMiddleware, which resolves URLs.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        language = language_of_path(request.path_info)
        with translation.override(language):
            request.LANGUAGE_CODE = language
            response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response
