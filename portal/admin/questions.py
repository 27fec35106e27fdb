"""Admin of the questions from the public: the moderation queue, answers, publication.

What visitors typed is shown as text everywhere here: list cells and read-only fields are
escaped by the admin, editable ones sit in text boxes; nothing they sent renders as HTML.
"""

from django import forms
from django.contrib import admin, messages
from django.db import transaction
from django.utils.text import Truncator
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from portal.services.questions import (
    QuestionError,
    question_edit,
    question_publish,
    question_reject,
    question_unpublish,
)

from ..enums import QuestionStatus
from ..models import Question


class QuestionAdminForm(forms.ModelForm):
    publish = forms.BooleanField(
        label=_("Đăng lên trang hỏi đáp"),
        required=False,
        help_text=_("Đánh dấu để câu hỏi và câu trả lời hiện trên trang Hỏi đáp; bỏ đánh dấu để gỡ xuống."),
    )

    class Meta:
        model = Question
        fields = ("title", "body", "answer", "answered_by_office")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["publish"].initial = self.instance.status == QuestionStatus.PUBLISHED

    def clean(self):
        cleaned = super().clean()
        answered = self.instance.status in (QuestionStatus.ANSWERED, QuestionStatus.PUBLISHED)
        if not (cleaned.get("answer") or "").strip() and (cleaned.get("publish") or answered):
            self.add_error("answer", _("Hãy viết nội dung trả lời; câu hỏi đã trả lời hoặc sắp đăng phải có trả lời."))
        return cleaned


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    form = QuestionAdminForm
    list_display = ("short_question", "full_name", "unit_name", "created_at", "status", "published_at")
    list_filter = ("status", "answered_by_office")
    list_select_related = ("answered_by_office",)
    search_fields = ("full_name", "email", "unit_name", "title", "body")
    date_hierarchy = "created_at"
    actions = ("publish_selected", "unpublish_selected", "reject_selected")
    readonly_fields = (
        "full_name",
        "email",
        "unit_name",
        "created_at",
        "status",
        "answered_by",
        "answered_at",
        "published_at",
    )
    fieldsets = (
        (_("Người hỏi"), {"fields": ("full_name", "email", "unit_name", "created_at")}),
        (_("Câu hỏi"), {"fields": ("title", "body")}),
        (_("Trả lời"), {"fields": ("answer", "answered_by_office", "publish")}),
        (_("Tình trạng"), {"fields": ("status", "answered_by", "answered_at", "published_at")}),
    )

    @admin.display(description=_("câu hỏi"), ordering="created_at")
    def short_question(self, obj: Question) -> str:
        return Truncator(obj.headline).chars(90)

    def has_add_permission(self, request):
        return False  # questions come from the public form

    def view_on_site(self, obj: Question):
        return obj.get_absolute_url() if obj.is_published else None

    def save_model(self, request, obj, form, change):
        question_edit(
            question=obj, by=request.user, changed_fields=form.changed_data, publish=form.cleaned_data["publish"]
        )

    def _apply(self, request, queryset, service, done_message: str) -> None:
        done, refused = 0, []
        for question in queryset:
            try:
                with transaction.atomic():
                    service(question=question, by=request.user)
            except QuestionError as error:
                refused.append(str(error))
            else:
                done += 1
        if done:
            self.message_user(request, done_message % {"count": done}, messages.SUCCESS)
        for reason in refused:
            self.message_user(request, reason, messages.WARNING)

    @admin.action(description=_("Đăng các câu hỏi đã chọn (đã có trả lời)"), permissions=["change"])
    def publish_selected(self, request, queryset):
        waiting = queryset.exclude(status=QuestionStatus.PUBLISHED)
        self._apply(request, waiting, question_publish, gettext("Đã đăng %(count)d câu hỏi."))

    @admin.action(description=_("Gỡ các câu hỏi đã chọn khỏi trang hỏi đáp"), permissions=["change"])
    def unpublish_selected(self, request, queryset):
        shown = queryset.filter(status=QuestionStatus.PUBLISHED)
        self._apply(request, shown, question_unpublish, gettext("Đã gỡ %(count)d câu hỏi khỏi trang."))

    @admin.action(description=_("Không đăng các câu hỏi đã chọn (thư rác, trùng lặp)"), permissions=["change"])
    def reject_selected(self, request, queryset):
        self._apply(request, queryset, question_reject, gettext("Đã đánh dấu không đăng %(count)d câu hỏi."))
