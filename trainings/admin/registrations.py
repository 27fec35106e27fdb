"""The organiser's side of online registration: invited units inline, and the registration page.

The page lists each invited unit's places, registered delegates and whether it answered;
from it the organiser invites every unit of a kind, revokes or re-issues a unit's link, and
closes registration. Every change goes through trainings/services/registrations.py.
"""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from portal.models import Unit, UnitType

from ..models import Invitation, Training
from ..selectors import registration_progress
from ..services.registrations import (
    RegistrationError,
    invitation_reissue,
    invitation_revoke,
    invitations_create,
    registration_close,
    units_of_kind,
)
from ..tasks import send_registration_invitation_task


class InvitationInline(admin.TabularInline):
    """Units invited one by one; the registration page invites a whole kind at once."""

    model = Invitation
    extra = 0
    autocomplete_fields = ("unit",)
    fields = ("unit", "places", "email", "invitation_sent_at", "answered_at", "revoked_at")
    readonly_fields = ("invitation_sent_at", "answered_at", "revoked_at")


def invitations_saved(formset) -> None:
    """Queue the invitation mail of rows the inline just added (the owed-work sweep is the fallback)."""
    for form in formset.forms:
        if not form.instance.pk or "unit" not in form.changed_data:
            continue
        pk = form.instance.pk
        transaction.on_commit(lambda pk=pk: send_registration_invitation_task.delay(invitation_id=pk))


class InviteByKindForm(forms.Form):
    kind = forms.ModelChoiceField(
        label=_("Loại đơn vị"), queryset=UnitType.objects.filter(is_active=True), to_field_name="code"
    )
    area = forms.ModelChoiceField(
        label=_("Trực thuộc"),
        required=False,
        queryset=Unit.objects.filter(is_active=True, children__isnull=False).distinct().order_by("name"),
        help_text=_("Để trống thì mời mọi đơn vị của loại này trong tỉnh."),
    )
    places = forms.IntegerField(label=_("Số chỗ mỗi đơn vị"), min_value=1, max_value=500, initial=2)


def registration_view(model_admin, request, pk: int):
    training = get_object_or_404(Training, pk=pk)
    if not request.user.has_perm("trainings.change_training"):
        raise PermissionDenied
    form = InviteByKindForm(request.POST if request.POST.get("do") == "invite" else None)
    if request.method == "POST":
        try:
            _act(model_admin, request, training, form)
        except RegistrationError as error:
            model_admin.message_user(request, str(error), messages.ERROR)
        else:
            if request.POST.get("do") != "invite" or form.is_valid():
                return redirect(request.path)
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": Training._meta,
        "original": training,
        "training": training,
        "title": _("Đơn vị đăng ký đại biểu: %(title)s") % {"title": training},
        "progress": registration_progress(training),
        "form": form,
    }
    return TemplateResponse(request, "admin/trainings/training/registration.html", context)


def _act(model_admin, request, training: Training, form) -> None:
    action = request.POST.get("do")
    if action == "invite" and form.is_valid():
        count = invitations_create(
            training=training,
            units=units_of_kind(form.cleaned_data["kind"].code, area=form.cleaned_data["area"]),
            places=form.cleaned_data["places"],
            by=request.user,
        )
        model_admin.message_user(
            request,
            ngettext("Đã mời %(count)s đơn vị.", "Đã mời %(count)s đơn vị.", count) % {"count": count},
            messages.SUCCESS,
        )
    elif action == "close":
        registration_close(training=training, by=request.user)
        model_admin.message_user(request, _("Đã khóa đăng ký; danh sách các đơn vị không sửa được nữa."))
    elif action in {"revoke", "reissue"}:
        invitation = get_object_or_404(Invitation, training=training, pk=request.POST.get("invitation"))
        if action == "revoke":
            invitation_revoke(invitation=invitation, by=request.user)
            model_admin.message_user(request, _("Đã thu hồi đường dẫn của %(unit)s.") % {"unit": invitation.unit})
        else:
            invitation_reissue(invitation=invitation, by=request.user)
            model_admin.message_user(request, _("Đã gửi đường dẫn mới cho %(unit)s.") % {"unit": invitation.unit})
