"""Forms of the documents registry: the public comment on a draft, the admin's document and import forms."""

import calendar
import datetime

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.forms import PublicFeedbackForm
from portal.spreadsheets import MAX_UPLOAD_BYTES

from .models import COMMENT_MAX_LENGTH, Document
from .services.documents import document_problems, normalize_document_number


class DocumentCommentForm(PublicFeedbackForm):
    """A visitor's comment on a draft."""

    body = forms.CharField(
        label=_("Nội dung góp ý"),
        min_length=10,
        max_length=COMMENT_MAX_LENGTH,
        help_text=_("Nêu rõ điều, khoản hoặc mục của dự thảo mà bạn góp ý."),
        error_messages={
            "required": _("Hãy nhập nội dung góp ý."),
            "min_length": _("Nội dung quá ngắn; hãy viết rõ ý kiến của bạn (ít nhất %(limit_value)d ký tự)."),
            "max_length": _("Nội dung dài quá %(limit_value)d ký tự; hãy viết ngắn gọn hơn."),
        },
        widget=forms.Textarea(attrs={"rows": 8}),
    )


class DocumentAdminForm(forms.ModelForm):
    """The admin's document form: the registry's rules (``document_problems``) shown before saving."""

    class Meta:
        model = Document
        fields = (
            "number", "doc_type", "issuer", "signer", "issued_on", "effective_on", "expires_on", "field", "summary",
            "partly_in_force", "status_note", "replaced_by", "related_documents",
            "is_draft", "comment_until", "is_public", "is_spokesperson_regulation",
        )  # fmt: skip
        widgets = {"summary": forms.Textarea(attrs={"rows": 3})}

    def _post_clean(self):
        # After Django has built the instance from the form: the number as the service stores it
        # (``1234/sgdđt-vp`` is ``1234/SGDĐT-VP``), then the service's own checks, beside their fields.
        super()._post_clean()
        self.instance.number = normalize_document_number(self.instance.number)
        if self.errors:
            return
        for field_name, message in document_problems(document=self.instance):
            self.add_error(field_name if field_name in self.fields else None, message)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files from one input (Django's documented recipe)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        single = super().clean
        if isinstance(data, list | tuple):
            return [single(item, initial) for item in data]
        return [single(data, initial)] if data else []


class DocumentImportForm(forms.Form):
    """The list of documents and their files, chosen together (the import checks the content)."""

    table = forms.FileField(
        label=_("Danh sách văn bản (.xlsx hoặc .csv)"),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv"}),
    )
    files = MultipleFileField(
        label=_("Các tệp văn bản (PDF, DOCX, DOC)"),
        help_text=_("Chọn cùng lúc mọi tệp mà cột “Tệp” của danh sách ghi tên (giữ Ctrl hoặc Shift khi chọn)."),
        widget=MultipleFileInput(attrs={"accept": ".pdf,.docx,.doc"}),
    )

    def clean_table(self):
        upload = self.cleaned_data["table"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("Tệp danh sách lớn hơn 10 MB; hãy chia nhỏ danh sách."))
        return upload


class ReportPeriodForm(forms.Form):
    """The span of a report: a month, a quarter, a school year (from 01/09), a calendar year, or two dates."""

    KINDS = [
        ("thang", _("Tháng")),
        ("quy", _("Quý")),
        ("nam-hoc", _("Năm học")),
        ("nam", _("Năm")),
        ("khoang", _("Từ ngày đến ngày")),
    ]
    kind = forms.ChoiceField(label=_("Kỳ báo cáo"), choices=KINDS, initial="thang")
    year = forms.IntegerField(label=_("Năm"), min_value=2000, max_value=2100, required=False)
    month = forms.IntegerField(label=_("Tháng"), min_value=1, max_value=12, required=False)
    quarter = forms.IntegerField(label=_("Quý"), min_value=1, max_value=4, required=False)
    start = forms.DateField(label=_("Từ ngày"), required=False)
    end = forms.DateField(label=_("Đến ngày"), required=False)
    target = forms.IntegerField(
        label=_("Chỉ tiêu mỗi đơn vị (bài/tháng)"),
        min_value=1,
        max_value=1000,
        required=False,
        help_text=_("Để trống nếu không giao chỉ tiêu."),
    )

    def clean(self):
        cleaned = super().clean()
        kind, year = cleaned.get("kind"), cleaned.get("year")
        if kind == "khoang":
            start, end = cleaned.get("start"), cleaned.get("end")
            if not start or not end:
                raise forms.ValidationError(_("Hãy chọn cả ngày bắt đầu và ngày kết thúc."))
            if end < start:
                raise forms.ValidationError(_("Ngày kết thúc phải từ ngày bắt đầu trở đi."))
            if (end - start).days > 3 * 366:
                raise forms.ValidationError(_("Một báo cáo dài nhất ba năm; hãy chọn khoảng ngắn hơn."))
            cleaned["span"] = (start, end)
            return cleaned
        if not year:
            raise forms.ValidationError(_("Hãy chọn năm."))
        if kind == "thang":
            month = cleaned.get("month")
            if not month:
                raise forms.ValidationError(_("Hãy chọn tháng."))
            cleaned["span"] = (datetime.date(year, month, 1), _month_end(year, month))
        elif kind == "quy":
            quarter = cleaned.get("quarter")
            if not quarter:
                raise forms.ValidationError(_("Hãy chọn quý."))
            first = 3 * quarter - 2
            cleaned["span"] = (datetime.date(year, first, 1), _month_end(year, first + 2))
        elif kind == "nam-hoc":
            # The school year named by the year it starts: 2026 is 01/09/2026–31/08/2027.
            cleaned["span"] = (datetime.date(year, 9, 1), datetime.date(year + 1, 8, 31))
        else:
            cleaned["span"] = (datetime.date(year, 1, 1), datetime.date(year, 12, 31))
        return cleaned


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])
