"""The newsroom in the admin: articles with their workflow buttons, queues and history.

No edit is lost: the workflow buttons are buttons of the change form itself, so a step
("Lưu và gửi duyệt", "Lưu và xuất bản"...) saves what was typed and then takes the step,
in one transaction, or takes nothing and shows the form again with the text and the
reason; a save over someone else's newer save is refused with what differs; and what is
being typed is autosaved aside (news.services.drafts) for after a crash or an expired
session.
"""

import html
import json
import re
from datetime import UTC, datetime

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import UploadedFile
from django.db.models import Model, QuerySet
from django.db.models.fields.files import FieldFile
from django.forms.models import BaseInlineFormSet
from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html, strip_tags
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect

from news.selectors.articles import article_last_save, articles_overdue
from news.services.articles import (
    EditConflict,
    WorkflowError,
    article_cover_from_gallery,
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
from news.services.credits import article_credits_save, credit_share_problems
from news.services.drafts import DraftCopyError, article_draft_copy_discard, article_draft_copy_save
from portal.admin.editor import UPLOAD_PERMISSIONS
from portal.admin.gallery import GalleryInline, GalleryPhotoForm, gallery_register
from portal.admin.history import WorkflowHistoryAdmin
from portal.richtext import sanitize_html
from portal.text import normalize_search_text

from ..constants import AUTOSAVE_SECONDS, LATE_AFTER
from ..enums import ArticleStatus
from ..models import Article, ArticleDraftCopy, ArticleImage, Attachment, Credit
from .reports import report_view
from .statistics import statistics_view

STATUS_COLOURS = {
    ArticleStatus.DRAFT: "draft",
    ArticleStatus.PENDING: "pending",
    ArticleStatus.LEADERS: "pending",
    ArticleStatus.PUBLISHED: "published",
    ArticleStatus.UNPUBLISHED: "unpublished",
}


class QueueFilter(admin.SimpleListFilter):
    """The newsroom's working lists: waiting for review, scheduled, mine, late."""

    title = _("hàng việc")
    parameter_name = "hang"

    def lookups(self, request, model_admin):
        choices = [("bi-tra-lai", _("Bài của tôi bị trả lại")), ("cua-toi", _("Bài của tôi"))]
        if request.user.has_perm("news.review_article"):
            choices = [
                ("cho-duyet", _("Chờ tôi duyệt")),
                ("cho-lanh-dao", _("Chờ lãnh đạo duyệt")),
                ("hen-gio", _("Đang hẹn giờ")),
                ("tre", _("Hẹn giờ bị trễ xử lý")),
                *choices,
            ]
        return choices

    def queryset(self, request, queryset):
        now = timezone.now()
        if self.value() == "cho-duyet":
            return queryset.filter(status=ArticleStatus.PENDING).exclude(created_by=request.user)
        if self.value() == "cho-lanh-dao":
            return queryset.filter(status=ArticleStatus.LEADERS)
        if self.value() == "hen-gio":
            return queryset.scheduled(now)
        if self.value() == "tre":
            return queryset.filter(pk__in=articles_overdue(now=now).values("pk"))
        if self.value() == "bi-tra-lai":
            return queryset.filter(created_by=request.user, status=ArticleStatus.DRAFT).exclude(return_reason="")
        if self.value() == "cua-toi":
            return queryset.filter(created_by=request.user)
        return queryset


class ArticleImageForm(GalleryPhotoForm):
    is_cover = forms.BooleanField(
        label=_("Làm ảnh đại diện"),
        required=False,
        help_text=_("Ảnh này thành ảnh đại diện của bài (cùng mô tả và chú thích) khi bấm “Lưu”."),
    )

    class Meta:
        model = ArticleImage
        fields = ("image", "alt", "caption", "order")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["alt"].required = False

    def clean(self):
        cleaned = super().clean()
        # Thirty photos need thirty captions, not sixty lines: the caption stands for the
        # description a screen reader reads when none is written.
        if not cleaned.get("alt"):
            if cleaned.get("caption"):
                cleaned["alt"] = cleaned["caption"][:255]
                self.instance.alt = cleaned["alt"]
            elif not cleaned.get("DELETE"):
                self.add_error(
                    "caption", _("Hãy ghi chú thích (hoặc mô tả) cho ảnh, để người khiếm thị biết ảnh có gì.")
                )
        return cleaned


class ArticleImageInline(GalleryInline):
    model = ArticleImage
    form = ArticleImageForm
    fields = ("image", "caption", "alt", "is_cover", "order")
    gallery_cover = True


# Whoever may write an article may fill its gallery (as for images in its body).
gallery_register(model_label="news.articleimage", permissions=UPLOAD_PERMISSIONS, folder="articles/gallery/")


class AttachmentInline(admin.TabularInline):
    model = Attachment
    fields = ("file", "title", "order")
    extra = 0


class CreditFormSet(forms.BaseInlineFormSet):
    def clean(self):
        super().clean()
        rows = [
            (form.cleaned_data["kind"], form.cleaned_data["share"])
            for form in self.forms
            if form.cleaned_data and not form.cleaned_data.get("DELETE") and form.cleaned_data.get("share")
        ]
        if rows:
            problems = credit_share_problems(rows)
            if problems:
                raise forms.ValidationError(problems)


class CreditInline(admin.TabularInline):
    """Who the article credits; the byline is built from them unless "tự ghi dòng tác giả" is ticked.

    The grade (hệ số) is not here: it is given on the month's royalty page, by editors only.
    """

    model = Credit
    formset = CreditFormSet
    fields = ("contributor", "kind", "share", "order")
    autocomplete_fields = ("contributor",)
    extra = 0
    verbose_name_plural = _("tác giả của bài (để trống: ghi cho người viết bài)")


# The steps of the workflow panel: the value of the change form's "_workflow" button.
WORKFLOW_ACTIONS = ("submit", "publish", "return", "unpublish", "feature", "unfeature")
# The fieldset drawn inside the workflow panel rather than among the others (the one place
# where the publication time is set).
WORKFLOW_TIME_CLASS = "workflow-time"


def local_time(moment: datetime) -> str:
    """A moment as editors read it on the workflow panel and the list: ``07:00 03/12/2026``."""
    return timezone.localtime(moment).strftime("%H:%M %d/%m/%Y")


def publication_note(article: Article, now: datetime | None = None) -> str:
    """When the article goes (or went) live, in one sentence: the list and the change page say the same."""
    now = now or timezone.now()
    if article.status == ArticleStatus.PUBLISHED and article.publish_at:
        if article.publish_at > now:
            return gettext("Sẽ đăng lúc %(time)s") % {"time": local_time(article.publish_at)}
        if article.unpublish_at and article.unpublish_at <= now:
            return gettext("Đã hết hạn hiển thị lúc %(time)s") % {"time": local_time(article.unpublish_at)}
        return gettext("Đã đăng lúc %(time)s") % {"time": local_time(article.publish_at)}
    if article.status == ArticleStatus.UNPUBLISHED:
        return gettext("Đã gỡ khỏi trang")
    if article.publish_at:
        return gettext("Chưa duyệt: dự kiến đăng lúc %(time)s") % {"time": local_time(article.publish_at)}
    return gettext("Chưa hẹn giờ")


def copy_time(moment: datetime) -> str:
    """When a copy was autosaved: ``10:42`` today, ``10:42 02/12/2026`` before."""
    local = timezone.localtime(moment)
    return local.strftime("%H:%M") if local.date() == timezone.localdate() else local_time(moment)


def _text_of(markup: str) -> str:
    """The text of rich text, a line per paragraph, for reading two versions side by side."""
    lines = re.sub(r"(?i)</(p|h[1-6]|li|div|blockquote|tr|figcaption)>|<br\s*/?>", "\n", markup or "")
    return html.unescape(strip_tags(lines)).strip()


def _comparable(value):
    if isinstance(value, Model):
        return value.pk
    if isinstance(value, QuerySet | list | tuple | set):
        return sorted(getattr(item, "pk", item) for item in value)
    if isinstance(value, UploadedFile):
        return ("new", value.name)
    if isinstance(value, FieldFile):
        return value.name or ""
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(second=0, microsecond=0)
    if value is None or value is False:  # no value, an unticked box, a cleared file
        return ""
    return value


def _shown(value) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return gettext("Có") if value else gettext("Không")
    if isinstance(value, datetime):
        return local_time(value)
    if isinstance(value, UploadedFile):
        return gettext("ảnh mới: %(name)s") % {"name": value.name}
    if isinstance(value, FieldFile):
        return value.name.rsplit("/", 1)[-1] if value else "—"
    if isinstance(value, QuerySet | list | tuple | set):
        return ", ".join(sorted(str(item) for item in value)) or "—"
    return str(value)


def conflict_rows(form, current: Article) -> list[dict]:
    """The form's fields whose value differs between the saved article (theirs) and the form (yours)."""
    cleaned = getattr(form, "cleaned_data", {})
    model_fields = {field.name: field for field in Article._meta.get_fields()}
    rows = []
    for name, field in form.fields.items():
        if name not in model_fields or name not in cleaned:
            continue
        theirs, yours = getattr(current, name), cleaned[name]
        if model_fields[name].many_to_many:
            theirs = list(theirs.all())
        if name == "slug" and not yours:
            continue  # an empty slug keeps the saved one
        if name == "body":
            yours = sanitize_html(yours)  # what the save would store
            if yours != theirs:
                rows.append({"label": capfirst(field.label), "theirs": _text_of(theirs), "yours": _text_of(yours)})
            continue
        if _comparable(theirs) != _comparable(yours):
            rows.append({"label": capfirst(field.label), "theirs": _shown(theirs), "yours": _shown(yours)})
    return rows


class ArticleForm(forms.ModelForm):
    # The version of the article the form was opened at (news.services.articles.article_save
    # refuses a save over a newer one). Drawn by the change form's template, not a fieldset, so
    # that the history's revert form (which has none) reverts without the check.
    opened_version = forms.IntegerField(required=False, min_value=1, widget=forms.HiddenInput)
    workflow_reason = forms.CharField(
        label=_("Lý do"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Bắt buộc khi trả lại bài, để tác giả biết cần sửa gì."),
    )

    # Set by ArticleAdmin.get_form for the request: who submits, which workflow button was
    # pressed, and why a first attempt was refused (shown again with the form).
    user = None
    workflow_action = ""
    refusal = None

    class Meta:
        model = Article
        # The admin narrows this to the fieldsets the user may see (get_fieldsets).
        fields = (
            "title", "slug", "lead", "body", "category", "tags", "unit", "byline", "byline_custom", "source",
            "source_url", "cover", "cover_alt", "cover_caption", "video_url",
            "publish_at", "unpublish_at", "is_must_read", "is_sensitive", "related_articles",
        )  # fmt: skip
        widgets = {
            "title": forms.TextInput(
                attrs={"class": "vLargeTextField", "data-counter": "255", "data-counter-unit": _("ký tự")}
            ),
            "lead": forms.Textarea(attrs={"rows": 3, "data-counter": "600", "data-counter-unit": _("ký tự")}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["opened_version"].initial = self.instance.version if self.instance.pk else None
        if "publish_at" in self.fields:
            self.fields["publish_at"].help_text = _(
                "Giờ Việt Nam. Để trống rồi bấm “Lưu và xuất bản” để đăng ngay; chọn một thời điểm sau này để hẹn giờ."
            )
        if not self.instance.pk and self.user is not None:
            self.instance.created_by = self.user  # so that the new article's workflow steps are the author's

    def clean(self):
        cleaned = super().clean()
        if "byline_custom" in self.fields and not cleaned.get("byline_custom"):
            # The byline is built from the credits (news.services.credits): what the box holds is not typed.
            cleaned.pop("byline", None)
        if cleaned.get("cover") and not cleaned.get("cover_alt"):
            self.add_error("cover_alt", _("Hãy mô tả ngắn nội dung ảnh đại diện (alt) cho người khiếm thị."))
        if self.workflow_action == "publish" and "publish_at" in self.fields and not cleaned.get("publish_at"):
            # "Lưu và xuất bản" with no time: now, written by the save and the step alike.
            cleaned["publish_at"] = timezone.now()
        publish_at, unpublish_at = cleaned.get("publish_at"), cleaned.get("unpublish_at")
        if publish_at and unpublish_at and unpublish_at <= publish_at:
            self.add_error("unpublish_at", _("Thời điểm gỡ bài phải sau thời điểm xuất bản."))
        if "publish_at" in self.fields and not publish_at and self.instance.status == ArticleStatus.PUBLISHED:
            self.add_error("publish_at", _("Bài đã duyệt đăng phải có thời điểm đăng."))
        if self.workflow_action:
            self._clean_workflow_step(cleaned)
        if self.refusal is not None:
            self.add_error(None, str(self.refusal))
        return cleaned

    def _clean_workflow_step(self, cleaned) -> None:
        """Refuse, before anything is saved, a step that the services would refuse.

        ``workflow_steps`` is the services' own rule; they check it again on the locked row.
        """
        steps = workflow_steps(self.user, self.instance)
        allowed = {
            "submit": steps["can_submit"],
            "publish": steps["can_publish"],
            "return": steps["can_return"],
            "unpublish": steps["can_unpublish"],
            "feature": steps["can_feature"] and not self.instance.is_featured,
            "unfeature": steps["can_feature"] and self.instance.is_featured,
        }
        if not allowed.get(self.workflow_action):
            self.add_error(
                None,
                _(
                    "Bài đang ở trạng thái “%(status)s”: thao tác bạn chọn không còn làm được. "
                    "Chưa có gì được lưu; các thay đổi của bạn vẫn ở bên dưới, hãy bấm “Lưu”."
                )
                % {"status": self.instance.get_status_display()},
            )
        if self.workflow_action == "return" and not cleaned.get("workflow_reason", "").strip():
            self.add_error("workflow_reason", _("Hãy ghi lý do trả lại để tác giả biết cần sửa gì."))


class CoverageInlineFormSet(BaseInlineFormSet):
    """The formset of a ``coverage_inlines`` entry: a post without its management form (a client
    that predates the inline) leaves the links as they are instead of failing the whole save."""

    def __init__(self, data=None, *args, prefix=None, **kwargs):
        name = prefix or self.get_default_prefix()
        if data is not None and f"{name}-TOTAL_FORMS" not in data:
            data = data.copy()
            data[f"{name}-TOTAL_FORMS"] = data[f"{name}-INITIAL_FORMS"] = "0"
        super().__init__(data, *args, prefix=prefix, **kwargs)


@admin.register(Article)
class ArticleAdmin(WorkflowHistoryAdmin):
    form = ArticleForm
    # One column: the title across the list's width, and under it the status, the time, the
    # author and the category in one line, readable on a phone as on a desktop.
    list_display = ("summary",)
    list_display_links = ("summary",)
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
    inlines = [CreditInline, ArticleImageInline, AttachmentInline]
    # Inlines of the records an article reports (a training, a commendation decision): the apps
    # above news in the import order add them here, so the one relation is edited from either side.
    coverage_inlines: list = []
    actions = ["action_submit", "action_publish", "action_unpublish", "action_feature", "action_unfeature"]
    change_form_template = "admin/news/article/change_form.html"
    change_list_template = "admin/news/article/change_list.html"
    history_list_display = ["status"]

    class Media:
        js = ("js/admin-article.js", "js/admin-article-edits.js")
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
        content = (
            "title", "slug", "lead", "body", "category", "tags", "unit", "byline", "byline_custom", "source", "source_url",
        )  # fmt: skip
        fieldsets = [
            (None, {"fields": content}),
            (_("Ảnh đại diện và video"), {"fields": ("cover", "cover_alt", "cover_caption", "video_url")}),
        ]
        if request.user.has_perm("news.publish_article"):
            fieldsets += [
                # Drawn inside the workflow panel, beside "Lưu và xuất bản": the one place where
                # the publication time is set (the template skips it among the others).
                (_("Thời gian đăng"), {"fields": ("publish_at",), "classes": (WORKFLOW_TIME_CLASS,)}),
                # "Tin tiêu điểm" is set with its own buttons (logged, permission-checked).
                (_("Hiển thị"), {"fields": ("unpublish_at", "is_must_read", "is_sensitive", "related_articles")}),
            ]
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

    def get_inlines(self, request, obj):
        return [*super().get_inlines(request, obj), *self.coverage_inlines]

    def get_readonly_fields(self, request, obj=None):
        return ("status", "created_by", "reviewed_by", "submitted_at", "view_count", "created_at", "updated_at")

    def get_search_results(self, request, queryset, search_term):
        return super().get_search_results(request, queryset, normalize_search_text(search_term))

    # --- saving, and the workflow step of the same form ---------------------------------------

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        action = request.POST.get("_workflow", "") if request.method == "POST" else ""
        return type(
            form.__name__,
            (form,),
            {
                "user": request.user,
                "workflow_action": action if action in WORKFLOW_ACTIONS else "",
                "refusal": getattr(request, "_article_refusal", None),
            },
        )

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        """Django's change form, shown again with the typed text when a save or step is refused.

        The save and the step run in the transaction of Django's view; a step refused on the
        locked row (the article changed meanwhile) or a save over someone else's newer save
        raises, which rolls back both. The form is then validated again with the refusal as
        its error, so it comes back with everything typed and nothing saved.
        """
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except (WorkflowError, EditConflict) as refusal:
            request._article_refusal = refusal
            return super().changeform_view(request, object_id, form_url, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        request._article_revert = True
        return super().history_form_view(request, object_id, version_id, extra_context)

    def save_model(self, request, obj, form, change):
        changed = form.changed_data
        if getattr(request, "_article_revert", False):
            # The revert form's instance is the old version, so nothing it shows counts as
            # changed against it: write the whole content back, and leave the schedule (the
            # workflow's) as it is now.
            changed = [name for name in form.fields if name not in ("publish_at", "unpublish_at")]
        if form.workflow_action == "publish":
            # The step sets the publication time itself: saving it first would make a scheduled
            # article published "now" before the step, which would then refuse it.
            changed = [name for name in changed if name != "publish_at"]
        article_save(
            article=obj,
            by=request.user,
            is_new=not change,
            changed_fields=changed,
            expected_version=self._expected_version(request, form),
        )

    @staticmethod
    def _expected_version(request, form) -> int | None:
        """The version the save may overwrite: the one the form was opened at, or, after a
        refused save, the newer one its author chose to overwrite ("Giữ bản của tôi")."""
        overwrite = request.POST.get("_overwrite", "")
        if overwrite.isdigit():
            return int(overwrite)
        return form.cleaned_data.get("opened_version")

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if form.workflow_action:
            request._article_step_done = self._take_step(request, form.instance, form)

    def _take_step(self, request, article: Article, form) -> str:
        """Take the workflow step of the pressed button; the message that says it was done."""
        action, by = form.workflow_action, request.user
        if action == "submit":
            article_submit(article=article, by=by)
            return gettext("Đã lưu và gửi bài cho biên tập viên duyệt.")
        if action == "return":
            article_return(article=article, by=by, reason=form.cleaned_data["workflow_reason"])
            return gettext("Đã lưu và trả lại bài cho tác giả.")
        if action == "publish":
            article_publish(article=article, by=by, publish_at=form.cleaned_data.get("publish_at"))
            if article.status == ArticleStatus.LEADERS:
                return gettext("Đã lưu và trình lãnh đạo duyệt: bài đăng khi lãnh đạo đồng ý.")
            if article.is_scheduled:
                return gettext("Đã lưu và hẹn giờ: bài sẽ đăng lúc %(time)s.") % {
                    "time": local_time(article.publish_at)
                }
            return gettext("Đã lưu và xuất bản bài.")
        if action == "unpublish":
            article_unpublish(article=article, by=by, reason=form.cleaned_data["workflow_reason"])
            return gettext("Đã lưu và gỡ bài khỏi trang.")
        article_set_featured(article=article, by=by, featured=action == "feature")
        if action == "feature":
            return gettext("Đã lưu và đưa bài lên tin tiêu điểm.")
        return gettext("Đã lưu và bỏ bài khỏi tin tiêu điểm.")

    def response_add(self, request, obj, post_url_continue=None):
        done = getattr(request, "_article_step_done", None)
        if done is not None:
            return self._back_to_article(request, obj, done)
        return super().response_add(request, obj, post_url_continue)

    def response_change(self, request, obj):
        done = getattr(request, "_article_step_done", None)
        if done is None and "_overwrite" in request.POST:
            done = gettext("Đã lưu bản của bạn thay cho bản người khác vừa lưu.")
        if done is not None:
            return self._back_to_article(request, obj, done)
        return super().response_change(request, obj)

    def _back_to_article(self, request, article: Article, done: str):
        self.message_user(request, done, messages.SUCCESS)
        url = reverse("admin:news_article_change", args=[article.pk])
        preserved = self.get_preserved_filters(request)
        return redirect(f"{url}?{preserved}" if preserved else url)

    def save_formset(self, request, form, formset, change):
        if formset.model is Credit:
            article_credits_save(
                article=form.instance,
                by=request.user,
                saved=formset.save(commit=False),
                deleted=formset.deleted_objects,
            )
            return
        article_files_save(saved=formset.save(commit=False), deleted=formset.deleted_objects)
        formset.save_m2m()
        if formset.model is ArticleImage:
            chosen = [
                photo.instance
                for photo in formset.forms
                if photo.cleaned_data.get("is_cover") and not photo.cleaned_data.get("DELETE")
            ]
            if chosen:
                article_cover_from_gallery(article=form.instance, image=chosen[-1], by=request.user)

    # --- list display -----------------------------------------------------------------------

    def _badge(self, obj) -> str:
        if obj.is_scheduled:
            return format_html('<span class="badge badge-scheduled">{}</span>', _("Hẹn giờ"))
        return format_html(
            '<span class="badge badge-{}">{}</span>', STATUS_COLOURS[obj.status], obj.get_status_display()
        )

    @admin.display(description=_("bài viết"), ordering="-publish_at")
    def summary(self, obj):
        featured = format_html(' · <span class="featured">{}</span>', _("Tiêu điểm")) if obj.is_featured else ""
        return format_html(
            '<span class="article-title">{}</span><span class="article-meta">{} <span>{}</span> · '
            "<span>{}</span> · <span>{}</span>{}</span>",
            obj.title,
            self._badge(obj),
            publication_note(obj),
            obj.created_by,
            obj.category,
            featured,
        )

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

    # --- the workflow panel, conflicts and autosave -----------------------------------------

    def get_urls(self):
        autosave = never_cache(csrf_protect(self.autosave_view))
        return [
            path("ban-dang-viet/", autosave, name="news_article_autosave_new"),
            path("<int:pk>/ban-dang-viet/", autosave, name="news_article_autosave"),
            path("thong-ke/", self.admin_site.admin_view(statistics_view), name="news_article_statistics"),
            path("bao-cao/", self.admin_site.admin_view(report_view), name="news_article_report"),
            *super().get_urls(),
        ]

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        context.update(self._workflow_context(request, context, obj))
        return super().render_change_form(request, context, add, change, form_url, obj)

    def _workflow_context(self, request, context, obj) -> dict:
        """What the workflow panel, the conflict table and the autosave script show."""
        user, form = request.user, context["adminform"].form
        if obj is not None and obj.pk:
            # Read again: a form shown with errors has put the typed values on ``obj``.
            article = Article.objects.select_related("category").get(pk=obj.pk)
            editable = self.has_change_permission(request, article)
        else:
            article, editable = Article(created_by=user, status=ArticleStatus.DRAFT), True
        steps = workflow_steps(user, article) if editable else {}
        extra = {
            "article": article,
            "publication_note": publication_note(article),
            "events": article.events.select_related("by")[:30] if article.pk else [],
            **steps,
            "can_give_reason": steps.get("can_return") or steps.get("can_unpublish"),
            "preview_url": reverse("news:preview", args=[article.pk]) if article.pk else None,
            "workflow_time_class": WORKFLOW_TIME_CLASS,
        }
        refusal = getattr(request, "_article_refusal", None)
        if isinstance(refusal, EditConflict):
            saved_by, saved_at = article_last_save(article_id=article.pk)
            extra["edit_conflict"] = {
                "version": refusal.version,
                "saved_by": str(saved_by) if saved_by else gettext("người khác"),
                "saved_at": local_time(saved_at) if saved_at else "",
                "rows": conflict_rows(form, article),
                "take_theirs_url": reverse("admin:news_article_change", args=[article.pk]),
            }
        if editable:
            extra["edits_config"] = self._edits_config(request, article, form)
        return extra

    def _edits_config(self, request, article: Article, form) -> dict:
        """What static/js/admin-article-edits.js needs: where to autosave, the copy to offer, the words."""
        copy = ArticleDraftCopy.objects.filter(user=request.user, article=article if article.pk else None).first()
        if article.pk:
            autosave_url = reverse("admin:news_article_autosave", args=[article.pk])
        else:
            autosave_url = reverse("admin:news_article_autosave_new")
        return {
            "autosaveUrl": autosave_url,
            "seconds": AUTOSAVE_SECONDS,
            "storageKey": f"portal:article-draft:{request.user.pk}:{article.pk or 'new'}",
            "bound": form.is_bound,
            "timeZone": settings.TIME_ZONE,
            "loginUrl": f"{reverse('admin:login')}?{urlencode({'next': request.get_full_path()})}",
            "copy": (
                {"savedAt": copy.saved_at.isoformat(), "label": copy_time(copy.saved_at), "fields": copy.fields}
                if copy
                else None
            ),
            "text": {
                "offer": gettext("Khôi phục bản đang viết lúc %(time)s?"),
                "restore": gettext("Khôi phục"),
                "discard": gettext("Bỏ bản này"),
                "restored": gettext("Đã khôi phục bản đang viết lúc %(time)s. Bấm “Lưu” để lưu vào bài."),
                "saved": gettext("Đã lưu tạm lúc %(time)s."),
                "expired": gettext(
                    "Phiên đăng nhập đã hết hạn. Bản đang viết vẫn được giữ trong trình duyệt này: "
                    "hãy đăng nhập lại (ở thẻ mới), bài sẽ được lưu tạm ngay sau đó."
                ),
                "login": gettext("Đăng nhập lại"),
                "failed": gettext("Chưa lưu tạm được lên máy chủ; bản đang viết vẫn được giữ trong trình duyệt này."),
            },
        }

    def autosave_view(self, request, pk=None):
        """Keep (or, with ``discard``, delete) the user's autosaved copy of the article form: JSON in and out.

        Not behind ``admin_view``: a session that expired while typing gets a JSON 401 rather
        than the sign-in page, so that the browser keeps its copy until the next autosave
        after signing in. CSRF is checked as for every POST; the permission is the service's.
        """
        if request.method != "POST":
            return JsonResponse({"error": gettext("Chỉ nhận POST.")}, status=405)
        if not (request.user.is_active and request.user.is_staff):
            return JsonResponse({"error": gettext("Phiên đăng nhập đã hết hạn.")}, status=401)
        article = None
        if pk is not None:
            article = Article.objects.filter(pk=pk).first()
            if article is None:
                return JsonResponse({"error": gettext("Không tìm thấy bài viết.")}, status=404)
        if request.POST.get("discard"):
            article_draft_copy_discard(user=request.user, article=article)
            return JsonResponse({"discarded": True})
        try:
            copy = article_draft_copy_save(
                user=request.user, article=article, fields=json.loads(request.POST.get("fields", ""))
            )
        except PermissionDenied as error:
            return JsonResponse({"error": str(error)}, status=403)
        except (ValueError, DraftCopyError) as error:  # json.JSONDecodeError is a ValueError
            message = str(error) if isinstance(error, DraftCopyError) else gettext("Bản lưu tạm không đúng định dạng.")
            return JsonResponse({"error": message}, status=400)
        return JsonResponse({"savedAt": copy.saved_at.isoformat(), "label": copy_time(copy.saved_at)})

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
