"""The newsroom in the admin: articles with their workflow buttons, queues and history."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from news.selectors.articles import articles_overdue
from news.services.articles import (
    WorkflowError,
    article_files_save,
    article_publish,
    article_return,
    article_save,
    article_set_featured,
    article_submit,
    article_unpublish,
    can_edit,
    workflow_steps,
)
from portal.admin.history import WorkflowHistoryAdmin
from portal.text import normalize_search_text

from ..constants import LATE_AFTER
from ..enums import ArticleStatus
from ..models import Article, ArticleImage, Attachment
from .statistics import statistics_view

STATUS_COLOURS = {
    ArticleStatus.DRAFT: "draft",
    ArticleStatus.PENDING: "pending",
    ArticleStatus.PUBLISHED: "published",
    ArticleStatus.UNPUBLISHED: "unpublished",
}


class QueueFilter(admin.SimpleListFilter):
    """The newsroom's working lists: waiting for review, scheduled, mine, late."""

    title = _("hàng việc")
    parameter_name = "hang"

    def lookups(self, request, model_admin):
        choices = [("cua-toi", _("Bài của tôi"))]
        if request.user.has_perm("news.review_article"):
            choices = [
                ("cho-duyet", _("Chờ tôi duyệt")),
                ("hen-gio", _("Đang hẹn giờ")),
                ("tre", _("Hẹn giờ bị trễ xử lý")),
                *choices,
            ]
        return choices

    def queryset(self, request, queryset):
        now = timezone.now()
        if self.value() == "cho-duyet":
            return queryset.filter(status=ArticleStatus.PENDING).exclude(created_by=request.user)
        if self.value() == "hen-gio":
            return queryset.scheduled(now)
        if self.value() == "tre":
            return queryset.filter(pk__in=articles_overdue(now=now).values("pk"))
        if self.value() == "cua-toi":
            return queryset.filter(created_by=request.user)
        return queryset


class ArticleImageInline(admin.TabularInline):
    model = ArticleImage
    fields = ("image", "alt", "caption", "order")
    extra = 0


class AttachmentInline(admin.TabularInline):
    model = Attachment
    fields = ("file", "title", "order")
    extra = 0


class ArticleForm(forms.ModelForm):
    class Meta:
        model = Article
        # The admin narrows this to the fieldsets the user may see (get_fieldsets).
        fields = (
            "title", "slug", "lead", "body", "category", "tags", "unit", "byline", "source", "source_url",
            "cover", "cover_alt", "cover_caption", "video_url",
            "publish_at", "unpublish_at", "is_must_read", "related_articles",
        )  # fmt: skip
        widgets = {
            "title": forms.TextInput(
                attrs={"class": "vLargeTextField", "data-counter": "255", "data-counter-unit": _("ký tự")}
            ),
            "lead": forms.Textarea(attrs={"rows": 3, "data-counter": "600", "data-counter-unit": _("ký tự")}),
        }

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("cover") and not cleaned.get("cover_alt"):
            self.add_error("cover_alt", _("Hãy mô tả ngắn nội dung ảnh đại diện (alt) cho người khiếm thị."))
        publish_at, unpublish_at = cleaned.get("publish_at"), cleaned.get("unpublish_at")
        if publish_at and unpublish_at and unpublish_at <= publish_at:
            self.add_error("unpublish_at", _("Thời điểm gỡ bài phải sau thời điểm xuất bản."))
        return cleaned


class ReturnForm(forms.Form):
    reason = forms.CharField(label=_("Lý do trả lại"), widget=forms.Textarea(attrs={"rows": 3}), max_length=2000)


class PublishForm(forms.Form):
    publish_at = forms.SplitDateTimeField(
        label=_("Hẹn giờ xuất bản (giờ Việt Nam)"),
        required=False,
        widget=admin.widgets.AdminSplitDateTime,
        help_text=_("Để trống để xuất bản ngay."),
    )


@admin.register(Article)
class ArticleAdmin(WorkflowHistoryAdmin):
    form = ArticleForm
    list_display = (
        "title",
        "status_badge",
        "category",
        "created_by",
        "unit",
        "publish_at",
        "view_count",
        "is_featured",
    )
    list_display_links = ("title",)
    list_filter = (
        QueueFilter,
        "status",
        "category",
        "is_featured",
        "is_must_read",
        ("unit", admin.RelatedOnlyFieldListFilter),
        ("created_by", admin.RelatedOnlyFieldListFilter),
        "publish_at",
    )
    list_select_related = ("category", "created_by", "unit")
    list_per_page = 50
    date_hierarchy = "publish_at"
    search_fields = ("search_document",)
    search_help_text = _("Tìm trong tiêu đề, sapo và nội dung; gõ có dấu hay không dấu đều được.")
    autocomplete_fields = ("unit", "tags", "related_articles")
    inlines = [ArticleImageInline, AttachmentInline]
    actions = ["action_submit", "action_publish", "action_unpublish", "action_feature", "action_unfeature"]
    change_form_template = "admin/news/article/change_form.html"
    change_list_template = "admin/news/article/change_list.html"
    history_list_display = ["status"]

    class Media:
        js = ("js/admin-article.js",)
        css = {"all": ("css/admin.css",)}

    # --- what each role sees and may change ---------------------------------------------

    def get_queryset(self, request):
        queryset = super().get_queryset(request).defer("search_document")
        if not request.user.has_perm("news.review_article"):
            queryset = queryset.filter(created_by=request.user)
        return queryset

    def has_change_permission(self, request, obj=None):
        if obj is None:
            return super().has_change_permission(request)
        return can_edit(request.user, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and obj.status == ArticleStatus.PUBLISHED:
            return False  # unpublish first: a public URL must not vanish by accident
        return super().has_delete_permission(request, obj)

    def get_fieldsets(self, request, obj=None):
        content = ("title", "slug", "lead", "body", "category", "tags", "unit", "byline", "source", "source_url")
        fieldsets = [
            (None, {"fields": content}),
            (_("Ảnh đại diện và video"), {"fields": ("cover", "cover_alt", "cover_caption", "video_url")}),
        ]
        if request.user.has_perm("news.publish_article"):
            fieldsets.append(
                (
                    _("Xuất bản"),
                    {
                        # "Tin tiêu điểm" is set with its own buttons (logged, permission-checked).
                        "fields": ("publish_at", "unpublish_at", "is_must_read", "related_articles"),
                        "description": _("Giờ nhập và hiển thị là giờ Việt Nam (UTC+7)."),
                    },
                )
            )
        if obj is not None:
            fieldsets.append(
                (
                    _("Quy trình"),
                    {
                        "fields": (
                            "status",
                            "created_by",
                            "reviewed_by",
                            "submitted_at",
                            "view_count",
                            "created_at",
                            "updated_at",
                        ),
                        "classes": ("collapse",),
                    },
                )
            )
        return fieldsets

    def get_readonly_fields(self, request, obj=None):
        return ("status", "created_by", "reviewed_by", "submitted_at", "view_count", "created_at", "updated_at")

    def get_search_results(self, request, queryset, search_term):
        return super().get_search_results(request, queryset, normalize_search_text(search_term))

    def save_model(self, request, obj, form, change):
        article_save(article=obj, by=request.user, is_new=not change, changed_fields=form.changed_data)

    def save_formset(self, request, form, formset, change):
        article_files_save(saved=formset.save(commit=False), deleted=formset.deleted_objects)
        formset.save_m2m()

    # --- list display -----------------------------------------------------------------------

    @admin.display(description=_("trạng thái"), ordering="status")
    def status_badge(self, obj):
        label = obj.get_status_display()
        css = STATUS_COLOURS[obj.status]
        if obj.is_scheduled:
            label, css = (
                _("Hẹn giờ %(time)s") % {"time": timezone.localtime(obj.publish_at).strftime("%d/%m %H:%M")},
                "scheduled",
            )
        return format_html('<span class="badge badge-{}">{}</span>', css, label)

    def changelist_view(self, request, extra_context=None):
        if request.user.has_perm("news.publish_article"):
            late = articles_overdue().count()
            if late:
                messages.warning(
                    request,
                    ngettext(
                        "%(count)s bài đã đến giờ đăng hơn %(minutes)s phút mà chưa được xử lý: tiến trình nền "
                        "(Celery worker/beat) có thể đang dừng. Bài vẫn hiện đúng giờ trên trang; hãy báo quản trị kiểm tra.",
                        "%(count)s bài đã đến giờ đăng hơn %(minutes)s phút mà chưa được xử lý: tiến trình nền "
                        "(Celery worker/beat) có thể đang dừng. Bài vẫn hiện đúng giờ trên trang; hãy báo quản trị kiểm tra.",
                        late,
                    )
                    % {"count": late, "minutes": int(LATE_AFTER.total_seconds() // 60)},
                )
        return super().changelist_view(request, extra_context)

    # --- the workflow -----------------------------------------------------------------------

    def get_urls(self):
        def view(action):
            return self.admin_site.admin_view(require_POST(lambda request, pk: self.workflow_view(request, pk, action)))

        return [
            path("<int:pk>/gui-duyet/", view("submit"), name="news_article_submit"),
            path("<int:pk>/tra-lai/", view("return"), name="news_article_return"),
            path("<int:pk>/xuat-ban/", view("publish"), name="news_article_publish"),
            path("<int:pk>/go-bai/", view("unpublish"), name="news_article_unpublish"),
            path("<int:pk>/tieu-diem/", view("feature"), name="news_article_feature"),
            path("<int:pk>/bo-tieu-diem/", view("unfeature"), name="news_article_unfeature"),
            path("thong-ke/", self.admin_site.admin_view(statistics_view), name="news_article_statistics"),
            *super().get_urls(),
        ]

    def workflow_view(self, request, pk, action):
        """One POST endpoint per transition; the services check the permissions."""
        article = get_object_or_404(self.get_queryset(request), pk=pk)
        back = redirect(reverse("admin:news_article_change", args=[pk]))
        try:
            if action == "submit":
                article_submit(article=article, by=request.user)
                done = _("Đã gửi bài cho biên tập viên duyệt.")
            elif action == "return":
                form = ReturnForm(request.POST)
                reason = form.cleaned_data["reason"] if form.is_valid() else ""
                article_return(article=article, by=request.user, reason=reason)
                done = _("Đã trả lại bài cho tác giả.")
            elif action == "publish":
                form = PublishForm(request.POST, prefix="workflow")
                if not form.is_valid():
                    raise WorkflowError(_("Thời điểm hẹn giờ không hợp lệ; hãy nhập ngày dd/mm/yyyy và giờ hh:mm."))
                article_publish(article=article, by=request.user, publish_at=form.cleaned_data["publish_at"])
                done = (
                    _("Đã hẹn giờ xuất bản lúc %(time)s.")
                    % {"time": timezone.localtime(article.publish_at).strftime("%d/%m/%Y %H:%M")}
                    if article.is_scheduled
                    else _("Đã xuất bản bài.")
                )
            elif action == "unpublish":
                article_unpublish(article=article, by=request.user, reason=request.POST.get("reason", ""))
                done = _("Đã gỡ bài khỏi trang.")
            else:
                article_set_featured(article=article, by=request.user, featured=action == "feature")
                done = _("Đã cập nhật tin tiêu điểm.")
        except WorkflowError as error:
            self.message_user(request, str(error), messages.ERROR)
            return back
        self.message_user(request, done, messages.SUCCESS)
        return back

    def change_view(self, request, object_id, form_url="", extra_context=None):
        article = self.get_object(request, object_id)
        extra_context = extra_context or {}
        if article is not None:
            extra_context.update(
                {
                    "article": article,
                    "events": article.events.select_related("by")[:30],
                    **workflow_steps(request.user, article),
                    "return_form": ReturnForm(),
                    "publish_form": PublishForm(prefix="workflow"),
                    "preview_url": reverse("news:preview", args=[article.pk]),
                }
            )
        return super().change_view(request, object_id, form_url, extra_context)

    # --- bulk actions (each article goes through its service; refusals are counted) ----------

    def _bulk(self, request, queryset, service, done_message):
        done, refused = 0, []
        for article in queryset:
            try:
                service(article)
                done += 1
            except (WorkflowError, PermissionDenied) as error:
                refused.append(f"“{article.title}”: {error}")
        if done:
            self.message_user(request, done_message % {"count": done}, messages.SUCCESS)
        for line in refused[:10]:
            self.message_user(request, line, messages.WARNING)

    @admin.action(description=_("Gửi duyệt các bài đã chọn"), permissions=["submit"])
    def action_submit(self, request, queryset):
        self._bulk(
            request, queryset, lambda a: article_submit(article=a, by=request.user), _("Đã gửi duyệt %(count)s bài.")
        )

    @admin.action(description=_("Xuất bản ngay các bài đã chọn"), permissions=["publish"])
    def action_publish(self, request, queryset):
        self._bulk(
            request, queryset, lambda a: article_publish(article=a, by=request.user), _("Đã xuất bản %(count)s bài.")
        )

    @admin.action(description=_("Gỡ các bài đã chọn khỏi trang"), permissions=["publish"])
    def action_unpublish(self, request, queryset):
        self._bulk(
            request, queryset, lambda a: article_unpublish(article=a, by=request.user), _("Đã gỡ %(count)s bài.")
        )

    @admin.action(description=_("Đưa lên tin tiêu điểm"), permissions=["feature"])
    def action_feature(self, request, queryset):
        self._bulk(
            request,
            queryset,
            lambda a: article_set_featured(article=a, by=request.user, featured=True),
            _("Đã đưa %(count)s bài lên tiêu điểm."),
        )

    @admin.action(description=_("Bỏ khỏi tin tiêu điểm"), permissions=["feature"])
    def action_unfeature(self, request, queryset):
        self._bulk(
            request,
            queryset,
            lambda a: article_set_featured(article=a, by=request.user, featured=False),
            _("Đã bỏ %(count)s bài khỏi tiêu điểm."),
        )

    def has_submit_permission(self, request):
        return request.user.has_perm("news.submit_article")

    def has_publish_permission(self, request):
        return request.user.has_perm("news.publish_article")

    def has_feature_permission(self, request):
        return request.user.has_perm("news.feature_article")
