"""Forms of the portal app."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Unit
from .models.feedback import QUESTION_MAX_LENGTH
from .spreadsheets import MAX_UPLOAD_BYTES


class SpreadsheetUploadForm(forms.Form):
    """An .xlsx or .csv file for an import; the content is checked by the import itself."""

    file = forms.FileField(
        label=_("Tệp danh sách (.xlsx hoặc .csv)"),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("Tệp lớn hơn 10 MB; hãy chia nhỏ danh sách."))
        return upload


class PublicFeedbackForm(forms.Form):
    """What the public's forms share (a question, a comment on a draft): who writes, and a
    honeypot, ``website``, that people never see or fill. Subclasses add ``body``."""

    # Posts per client address: a person writes a few at most; a school behind one address
    # can still send several an hour. Above either, the Vietnamese 429 page.
    RATES = ("5/m", "30/h")

    full_name = forms.CharField(
        label=_("Họ và tên"),
        max_length=150,
        error_messages={
            "required": _("Hãy nhập họ và tên của bạn."),
            "max_length": _("Họ và tên dài quá %(limit_value)d ký tự."),
        },
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Thư điện tử"),
        help_text=_("Không hiện trên trang; chỉ để cán bộ liên hệ lại khi cần."),
        error_messages={
            "required": _("Hãy nhập địa chỉ thư điện tử để nhận liên hệ lại."),
            "invalid": _("Địa chỉ thư điện tử chưa đúng; ví dụ đúng: ten@example.vn."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    unit_name = forms.CharField(
        label=_("Đơn vị, địa chỉ (không bắt buộc)"),
        max_length=255,
        required=False,
        help_text=_("Ví dụ: Trường THCS Nguyễn Du, huyện Krông Pắc."),
        error_messages={"max_length": _("Tên đơn vị dài quá %(limit_value)d ký tự.")},
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    # Honeypot: hidden from people by CSS and from screen readers; bots that fill every field fill it.
    website = forms.CharField(
        label=_("Để trống ô này"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    field_order = ["full_name", "email", "unit_name", "body", "website"]

    def is_bot(self) -> bool:
        return bool(self.cleaned_data.get("website"))


class QuestionForm(PublicFeedbackForm):
    """The public "hỏi đáp, góp ý" form: consent is asked, never assumed (the box starts empty)."""

    show_name = forms.BooleanField(
        label=_("Hiện họ tên của tôi khi câu hỏi được đăng"),
        required=False,
        help_text=_("Không chọn thì trang hỏi đáp ghi “Bạn đọc”."),
    )
    consent = forms.BooleanField(
        required=True,
        error_messages={"required": _("Cần có sự đồng ý của bạn thì Sở mới nhận được câu hỏi; hãy đánh dấu ô đồng ý.")},
    )
    field_order = ["full_name", "email", "unit_name", "body", "show_name", "consent", "website"]

    def __init__(self, *args, retention_days: int, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["consent"].label = _(
            "Tôi đồng ý để Sở Giáo dục và Đào tạo dùng họ tên, thư điện tử và đơn vị tôi ghi ở trên để trả "
            "lời và liên hệ lại về câu hỏi này. Thư điện tử và đơn vị được xoá %(days)d ngày sau khi trả lời."
        ) % {"days": retention_days}

    body = forms.CharField(
        label=_("Câu hỏi hoặc góp ý"),
        min_length=10,
        max_length=QUESTION_MAX_LENGTH,
        error_messages={
            "required": _("Hãy nhập nội dung câu hỏi hoặc góp ý."),
            "min_length": _("Nội dung quá ngắn; hãy viết rõ điều bạn muốn hỏi (ít nhất %(limit_value)d ký tự)."),
            "max_length": _("Nội dung dài quá %(limit_value)d ký tự; hãy viết ngắn gọn hơn."),
        },
        widget=forms.Textarea(attrs={"rows": 8}),
    )


class UnitSuccessionForm(forms.Form):
    """The admin's "record a merger" step: the units chosen in the list end, this one takes over."""

    successor = forms.ModelChoiceField(
        label=_("Đơn vị kế thừa"),
        queryset=Unit.objects.filter(valid_to__isnull=True).order_by("order", "name"),
        help_text=_("Ví dụ: Ủy ban nhân dân xã mới sau sắp xếp; tạo đơn vị này trước nếu chưa có."),
    )
    on = forms.DateField(
        label=_("Từ ngày"), help_text=_("Ví dụ: 01/07/2025. Đơn vị cũ hoạt động đến hết ngày trước đó.")
    )
    note = forms.CharField(label=_("Căn cứ"), max_length=255, required=False)
