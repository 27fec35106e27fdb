"""Forms of the site shell."""

from django import forms
from django.utils.translation import gettext_lazy as _

from news.models import Category


class SearchForm(forms.Form):
    """The site search: words, and optionally a category and a date range."""

    q = forms.CharField(label=_("Từ khóa"), required=False, max_length=2000, strip=True)
    chuyen_muc = forms.ModelChoiceField(
        label=_("Chuyên mục"),
        queryset=None,
        required=False,
        to_field_name="slug",
        empty_label=_("Tất cả chuyên mục"),
    )
    tu_ngay = forms.DateField(label=_("Từ ngày"), required=False, widget=forms.DateInput(attrs={"type": "date"}))
    den_ngay = forms.DateField(label=_("Đến ngày"), required=False, widget=forms.DateInput(attrs={"type": "date"}))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["chuyen_muc"].queryset = Category.objects.filter(is_active=True).order_by("order", "name")
        for name in ("tu_ngay", "den_ngay"):
            self.fields[name].input_formats = ["%Y-%m-%d", "%d/%m/%Y"]

    def add_prefix(self, field_name: str) -> str:
        # Parameters read as the rest of the site's URLs: ?q=…&chuyen-muc=…&tu-ngay=…
        return field_name.replace("_", "-")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("tu_ngay") and cleaned.get("den_ngay") and cleaned["tu_ngay"] > cleaned["den_ngay"]:
            self.add_error("den_ngay", _("Ngày kết thúc phải sau ngày bắt đầu."))
        return cleaned
