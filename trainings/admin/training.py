"""Admin of a training: the whole record on one page, the delegate import, exports and check-in."""

import re
import secrets

from django.contrib import admin, messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from news.admin.articles import ArticleAdmin, CoverageInlineFormSet
from news.admin.media import PurgesLinkedPages
from portal.admin.gallery import GalleryInline, gallery_register
from portal.downloads import people_xlsx_response
from portal.forms import SpreadsheetUploadForm
from portal.spreadsheets import ImportFailed
from portal.text import normalize_search_text
from trainings.services.attendance import AttendanceError, remote_site_record_head_count, sign_in_sheet_record
from trainings.services.imports import column_labels, participants_import, participants_import_preview
from trainings.services.reviews import ReviewError, training_submit_for_review

from ..cache import purge_training
from ..enums import Attendance
from ..exports import participants_xlsx
from ..forms import ImportMappingForm, SignInSheetForm
from ..models import (
    Guest,
    Invitation,
    Material,
    Paper,
    Participant,
    Reminder,
    RemoteSite,
    Review,
    Session,
    Training,
    TrainingPhoto,
)
from ..services.imports import PARTICIPANT_COLUMNS, REQUIRED_COLUMNS
from .registrations import InvitationInline, invitations_saved, registration_view

# The uploaded file waits in the cache (Redis, shared by web processes) between preview and confirm.
IMPORT_CACHE_SECONDS = 30 * 60
TOKEN = re.compile(r"[A-Za-z0-9_-]{16,40}")


class SessionInline(admin.StackedInline):
    model = Session
    extra = 0
    autocomplete_fields = ("topic", "speakers")
    fields = (("starts_at", "ends_at"), "title", ("kind", "topic"), "speakers", "description")


class RemoteSiteInline(admin.TabularInline):
    model = RemoteSite
    extra = 0
    autocomplete_fields = ("unit", "served_units")
    fields = ("name", "unit", "served_units", "expected_count", "head_count", "counted_at")
    readonly_fields = ("counted_at",)


class GuestInline(admin.TabularInline):
    model = Guest
    extra = 0
    fields = ("order", "role", "full_name", "title", "organization")


class PaperInline(admin.StackedInline):
    model = Paper
    extra = 0
    autocomplete_fields = ("unit",)
    fields = (
        ("order", "title"),
        ("unit", "presenter"),
        "abstract",
        "full_text",
        "file",
        ("unit_consents", "is_full_text_public"),
    )


class MaterialInline(admin.TabularInline):
    model = Material
    extra = 0
    fields = ("order", "title", "kind", "file", "is_public")


class PhotoInline(GalleryInline):
    """The conference's photos: dropped many at once, captioned and ordered on the training's page."""

    model = TrainingPhoto
    fields = ("image", "caption", "order")


gallery_register(
    model_label="trainings.trainingphoto", permissions=("trainings.change_training",), folder="trainings/photos/"
)


class ReminderInline(admin.TabularInline):
    model = Reminder
    extra = 0
    fields = ("hours_before", "audience", "status", "processed_at", "delivery_figures")
    readonly_fields = ("status", "processed_at", "delivery_figures")

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                sent=Count("deliveries", filter=Q(deliveries__status="sent")),
                failed=Count("deliveries", filter=Q(deliveries__status="failed")),
                waiting=Count("deliveries", filter=Q(deliveries__status="pending")),
            )
        )

    @admin.display(description=_("đã gửi / chờ / thất bại"))
    def delivery_figures(self, obj):
        if obj.pk is None:
            return "–"
        return f"{obj.sent} / {obj.waiting} / {obj.failed}"


class ArticleTrainingInline(admin.TabularInline):
    """On an article's admin page: the trainings it reports (``Training.articles``, the same relation)."""

    model = Training.articles.through
    fk_name = "article"
    formset = CoverageInlineFormSet
    extra = 0
    autocomplete_fields = ("training",)
    verbose_name = _("hội nghị được đưa tin")
    verbose_name_plural = _("hội nghị liên quan")


ArticleAdmin.coverage_inlines.append(ArticleTrainingInline)


class ReviewInline(admin.TabularInline):
    model = Review
    extra = 0
    fields = ("created_at", "author", "comment", "is_sign_off")
    readonly_fields = fields
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Training)
class TrainingAdmin(PurgesLinkedPages, admin.ModelAdmin):
    list_display = ("title", "starts_at", "kind", "format", "organizer", "status", "review_status", "delegates")
    list_filter = (
        "school_year",
        ("starts_at", admin.DateFieldListFilter),
        "kind",
        "format",
        "status",
        "review_status",
        ("organizer", admin.RelatedOnlyFieldListFilter),
    )
    list_select_related = ("organizer",)
    search_fields = ("title", "search_text", "venue")
    date_hierarchy = "starts_at"
    autocomplete_fields = ("organizer", "co_organizers", "articles", "documents", "albums", "videos")
    # The review status moves only through "Trình lãnh đạo" (an action) and the leaders' sign-off.
    readonly_fields = (
        "slug",
        "review_status",
        "signed_off_by",
        "signed_off_at",
        "outcomes_reminded_at",
        "created_at",
        "updated_at",
    )
    inlines = [
        GuestInline,
        SessionInline,
        RemoteSiteInline,
        PaperInline,
        MaterialInline,
        PhotoInline,
        ReminderInline,
        InvitationInline,
        ReviewInline,
    ]
    change_form_template = "admin/trainings/training/change_form.html"
    actions = ["submit_for_review"]
    fieldsets = (
        (
            None,
            {
                "fields": (
                    "title",
                    ("kind", "second_kind", "format"),
                    "school_year",
                    ("starts_at", "ends_at"),
                    "organizer",
                    "co_organizers",
                    "invited_groups",
                )
            },
        ),
        (_("Địa điểm"), {"fields": ("venue", "online_url")}),
        (
            _("Đơn vị đăng ký đại biểu"),
            {"fields": (("registration_deadline", "registration_reminder_at"),)},
        ),
        (
            _("Nội dung"),
            {
                "fields": (
                    "objectives",
                    "summary",
                    "outcomes",
                    ("expected_participants", "counted_attendance"),
                    "articles",
                    "documents",
                    "albums",
                    "videos",
                )
            },
        ),
        (
            _("Trạng thái"),
            {"fields": ("status", "is_public", "review_status", "organizer_email", "signed_off_by", "signed_off_at")},
        ),
        (
            _("Hệ thống"),
            {"fields": ("slug", "outcomes_reminded_at", "created_at", "updated_at"), "classes": ("collapse",)},
        ),
    )

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(delegate_count=Count("participants"))

    # Its inlines (programme, delegates, papers...) are on the conference's own page only, which is not cached.
    def public_records(self):
        return Training.objects.public()

    def purge_pages(self, article_ids):
        purge_training(article_ids=article_ids)

    @admin.display(description=_("người tham dự"), ordering="delegate_count")
    def delegates(self, obj):
        return obj.delegate_count

    def get_search_results(self, request, queryset, search_term):
        return super().get_search_results(request, queryset, normalize_search_text(search_term) or search_term)

    def save_formset(self, request, form, formset, change):
        if formset.model is Invitation:
            super().save_formset(request, form, formset, change)
            invitations_saved(formset)
            return None
        if formset.model is not RemoteSite:
            return super().save_formset(request, form, formset, change)
        # A changed head count is a check-in by head count: the service stamps when it was counted.
        counted = [f for f in formset.forms if f.has_changed() and "head_count" in f.changed_data]
        super().save_formset(request, form, formset, change)
        for site_form in counted:
            site = site_form.instance
            if site.pk and site.head_count is not None:
                remote_site_record_head_count(site=site, head_count=site.head_count)
        return None

    @admin.action(description=_("Trình lãnh đạo xem xét hồ sơ"), permissions=["change"])
    def submit_for_review(self, request, queryset):
        done = 0
        for training in queryset:
            try:
                training_submit_for_review(training=training)
                done += 1
            except ReviewError as error:
                self.message_user(request, f"{training}: {error}", messages.WARNING)
        if done:
            self.message_user(
                request,
                ngettext("Đã trình %(count)s hồ sơ.", "Đã trình %(count)s hồ sơ.", done) % {"count": done},
                messages.SUCCESS,
            )

    # --- Extra pages: import, export, sign-in sheet ------------------------------------------------

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("<int:pk>/nhap-dai-bieu/", wrap(self.import_view), name="trainings_training_import"),
            path(
                "<int:pk>/don-vi-dang-ky/",
                wrap(lambda request, pk: registration_view(self, request, pk)),
                name="trainings_training_registration",
            ),
            path("<int:pk>/danh-sach-ky/", wrap(self.sign_in_sheet_view), name="trainings_training_sign_in_sheet"),
            path("<int:pk>/dai-bieu.xlsx", wrap(self.export_view), name="trainings_training_export"),
            *super().get_urls(),
        ]

    def _training_for(self, request, pk: int, *, change: bool) -> Training:
        training = get_object_or_404(Training, pk=pk)
        allowed = (
            request.user.has_perm("trainings.add_participant") and request.user.has_perm("trainings.change_participant")
            if change
            else request.user.has_perm("trainings.view_participant")
        )
        if not allowed:
            raise PermissionDenied
        return training

    def _context(self, request, training: Training, title: str) -> dict:
        return {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": training,
            "training": training,
            "title": title,
        }

    def export_view(self, request, pk: int):
        training = self._training_for(request, pk, change=False)
        return people_xlsx_response(
            by=request.user,
            content=participants_xlsx(training),
            filename=f"dai-bieu-{training.slug[:80]}.xlsx",
            what=f"Danh sách đại biểu có liên hệ: {training}",
            count=training.participants.count(),
        )

    def import_view(self, request, pk: int):
        training = self._training_for(request, pk, change=True)
        context = self._context(request, training, _("Nhập danh sách đại biểu: %(title)s") % {"title": training})
        cache_key = f"trainings:import:{request.user.pk}:{training.pk}:"
        labels = column_labels()

        if request.method == "POST" and "token" in request.POST:
            token = request.POST["token"]
            stored = cache.get(cache_key + token) if TOKEN.fullmatch(token) else None
            if stored is None:
                self.message_user(request, _("Tệp đã tải lên hết hạn; hãy tải tệp lên lại."), messages.WARNING)
                return redirect(reverse("admin:trainings_training_import", args=[training.pk]))
            upload = SimpleUploadedFile(stored["name"], stored["data"])
            preview = participants_import_preview(training=training, upload=upload)
            form = ImportMappingForm(request.POST, headers=preview.headers, labels=labels, required=REQUIRED_COLUMNS)
            if form.is_valid():
                mapping = form.mapping()
                if request.POST.get("confirm"):
                    try:
                        count = participants_import(training=training, upload=upload, mapping=mapping)
                    except ImportFailed:
                        pass  # the preview below lists the problems
                    else:
                        cache.delete(cache_key + token)
                        self.message_user(
                            request,
                            ngettext(
                                "Đã nhập %(count)s người vào danh sách.",
                                "Đã nhập %(count)s người vào danh sách.",
                                count,
                            )
                            % {"count": count},
                            messages.SUCCESS,
                        )
                        return redirect(
                            reverse("admin:trainings_participant_changelist") + f"?training__id__exact={training.pk}"
                        )
                preview = participants_import_preview(training=training, upload=upload, mapping=mapping)
            return self._preview_response(request, context, preview, form, token, labels)

        upload_form = SpreadsheetUploadForm(request.POST or None, request.FILES or None)
        problems = []
        if request.method == "POST" and upload_form.is_valid():
            upload = upload_form.cleaned_data["file"]
            try:
                preview = participants_import_preview(training=training, upload=upload)
            except ImportFailed as failure:
                problems = failure.problems
            else:
                token = secrets.token_urlsafe(16)
                upload.seek(0)
                cache.set(cache_key + token, {"name": upload.name, "data": upload.read()}, IMPORT_CACHE_SECONDS)
                form = ImportMappingForm(
                    initial={"token": token, **{f"col_{k}": v or "" for k, v in preview.mapping.items()}},
                    headers=preview.headers,
                    labels=labels,
                    required=REQUIRED_COLUMNS,
                )
                return self._preview_response(request, context, preview, form, token, labels)
        context.update(
            {
                "form": upload_form,
                "problems": problems,
                "columns": [names[0] for names in PARTICIPANT_COLUMNS.values()],
            }
        )
        return TemplateResponse(request, "admin/trainings/training/import.html", context)

    def _preview_response(self, request, context, preview, form, token, labels):
        context.update(
            {
                "preview": preview,
                "mapping_form": form,
                "token": token,
                "labels": labels,
                "problems": preview.problems,
                "sample_headers": [labels[name] for name, header in preview.mapping.items() if header],
                "sample_rows": [
                    [row[name] for name, header in preview.mapping.items() if header] for row in preview.rows
                ],
            }
        )
        return TemplateResponse(request, "admin/trainings/training/import_preview.html", context)

    def sign_in_sheet_view(self, request, pk: int):
        training = self._training_for(request, pk, change=True)
        people = list(
            Participant.objects.filter(training=training)
            .select_related("unit")
            .order_by("unit__order", "unit__name", "full_name", "pk")
            .only("full_name", "position", "attendance", "unit__name", "unit__order")
        )
        form = SignInSheetForm(request.POST or None, participant_ids=[p.pk for p in people])
        if request.method == "POST" and form.is_valid():
            try:
                result = sign_in_sheet_record(training=training, present_ids=form.cleaned_data["present"])
            except AttendanceError as error:
                self.message_user(request, str(error), messages.ERROR)
            else:
                self.message_user(
                    request,
                    _("Đã ghi danh sách ký: %(present)s có mặt, %(absent)s vắng.")
                    % {"present": result.present, "absent": result.absent},
                    messages.SUCCESS,
                )
                return redirect(reverse("admin:trainings_training_change", args=[training.pk]))
        context = self._context(request, training, _("Danh sách ký: %(title)s") % {"title": training})
        context.update({"people": people, "form": form, "present_value": Attendance.PRESENT})
        return TemplateResponse(request, "admin/trainings/training/sign_in_sheet.html", context)
