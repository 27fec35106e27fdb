"""A unit registers its delegates through the private link of its invitation, without an account.

The page is never cached (it shows the unit's people); a link that no longer opens answers
410 with the reason; wrong tokens are counted per address so that guessing is slowed down.
"""

from functools import wraps

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods
from django_ratelimit.core import is_ratelimited
from django_ratelimit.decorators import ratelimit
from django_ratelimit.exceptions import Ratelimited

from ..enums import TrainingStatus
from ..forms import DelegateFormSet
from ..models import Invitation
from ..services.registrations import DelegateRow, RegistrationError, registration_save

# Saving a list is a handful of posts; opening it a handful of views.
PAGE_RATE = "30/m"
# Wrong tokens from one address: a mistyped link now and then, never a search.
WRONG_LINK_RATE = "10/h"


def no_referrer_out(view):
    """The link's token is in the address: never send it to another site as a Referer.

    ``same-origin``, not ``no-referrer``: with the latter the browser posts the form with
    ``Origin: null``, which Django's CSRF check rightly refuses.
    """

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response["Referrer-Policy"] = "same-origin"
        return response

    return wrapped


@never_cache
@no_referrer_out
@require_http_methods(["GET", "POST"])
@ratelimit(key="ip", rate=PAGE_RATE, method=["GET", "POST"])
def register(request: HttpRequest, token: str) -> HttpResponse:
    if is_ratelimited(request, group="trainings.register.wrong", key="ip", rate=WRONG_LINK_RATE, increment=False):
        raise Ratelimited()
    invitation = Invitation.objects.for_token(token)
    if invitation is None:
        is_ratelimited(request, group="trainings.register.wrong", key="ip", rate=WRONG_LINK_RATE, increment=True)
        return render(request, "trainings/registration/invalid.html", status=404)
    training, now = invitation.training, timezone.now()
    if not invitation.is_open(now) or training.status == TrainingStatus.CANCELLED:
        return render(request, "trainings/registration/closed.html", _closed(invitation, now), status=410)

    sites = list(training.remote_sites.values_list("pk", "name"))
    people = list(invitation.participants.order_by("pk"))
    initial = [
        {
            "full_name": p.full_name,
            "position": p.position,
            "email": p.email,
            "phone": p.phone,
            "remote_site": p.remote_site_id,
        }
        for p in people
    ]
    initial += [{}] * (invitation.places - len(people))
    formset = DelegateFormSet(request.POST or None, initial=initial, form_kwargs={"sites": sites}, prefix="d")
    problems: list[tuple[int | None, str]] = []
    if request.method == "POST" and formset.is_valid():
        rows = [
            DelegateRow(
                full_name=data.get("full_name", ""),
                position=data.get("position", ""),
                email=data.get("email", ""),
                phone=data.get("phone", ""),
                remote_site_id=data.get("remote_site"),
            )
            for data in formset.cleaned_data
        ]
        try:
            registration_save(invitation=invitation, rows=rows, now=now)
        except RegistrationError as error:
            problems = error.problems
        else:
            messages.success(
                request, _("Đã lưu danh sách đại biểu. Thư xác nhận sẽ được gửi tới địa chỉ thư điện tử nhận giấy mời.")
            )
            return redirect(request.path)
    context = {
        "invitation": invitation,
        "training": training,
        "unit": invitation.unit,
        "formset": formset,
        "problems": problems,
        "registered": len(people),
    }
    return render(request, "trainings/registration/form.html", context)


def _closed(invitation: Invitation, now) -> dict:
    training = invitation.training
    if invitation.revoked_at:
        reason = _("Đường dẫn này đã được Ban tổ chức thu hồi. Vui lòng liên hệ Ban tổ chức để nhận đường dẫn mới.")
    elif training.status == TrainingStatus.CANCELLED:
        reason = _("Hội nghị đã hủy; không nhận đăng ký.")
    elif training.registration_closed_at:
        reason = _("Ban tổ chức đã khóa đăng ký; danh sách của đơn vị không còn sửa được.")
    else:
        reason = _("Đã hết hạn đăng ký; danh sách của đơn vị không còn sửa được.")
    return {"training": training, "unit": invitation.unit, "reason": reason}
