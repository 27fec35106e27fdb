"""Forms of the awards app: the honour roll's filters, the figures' filter, the admin's decision and revocation."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Decision, normalize_decision_number, period_label
from .selectors import HonourRollOptions


class HonourRollFilterForm(forms.Form):
    """The public honour roll's filters, sent by GET; unknown values are simply not applied."""

    q = forms.CharField(
        label=_("Tìm theo tên"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": _("Tên tập thể, cá nhân, đơn vị…")}),
    )
    nam_hoc = forms.ChoiceField(label=_("Năm học / năm"), required=False)
    hinh_thuc = forms.ChoiceField(label=_("Hình thức"), required=False)
    don_vi = forms.ChoiceField(label=_("Đơn vị"), required=False)

    def __init__(self, data, *, options: HonourRollOptions):
        super().__init__(data)
        self.options = options
        self.fields["nam_hoc"].choices = [
            ("", _("Tất cả năm học, năm")),
            *((y, period_label(y)) for y in options.school_years),
        ]
        self.fields["hinh_thuc"].choices = [("", _("Tất cả hình thức")), *((f.slug, f.name) for f in options.forms)]
        self.fields["don_vi"].choices = [("", _("Tất cả đơn vị")), *((u.slug, u.name) for u in options.units)]

    def filters(self) -> dict:
        """Keyword arguments for ``selectors.honour_roll``: only the valid filters."""
        if not self.is_bound:
            return {}
        self.is_valid()
        data = self.cleaned_data
        forms_by_slug = {f.slug: f for f in self.options.forms}
        units_by_slug = {u.slug: u for u in self.options.units}
        return {
            "query": data.get("q", ""),
            "school_year": data.get("nam_hoc", ""),
            "form": forms_by_slug.get(data.get("hinh_thuc", "")),
            "unit": units_by_slug.get(data.get("don_vi", "")),
        }


class FiguresFilterForm(forms.Form):
    nam_hoc = forms.ChoiceField(label=_("Năm học / năm"), required=False)

    def __init__(self, data, *, school_years: list[str]):
        super().__init__(data)
        self.fields["nam_hoc"].choices = [
            ("", _("Tất cả năm học, năm")),
            *((y, period_label(y)) for y in school_years),
        ]

    def school_year(self) -> str:
        return self.cleaned_data.get("nam_hoc", "") if self.is_valid() else ""


class DecisionAdminForm(forms.ModelForm):
    class Meta:
        model = Decision
        fields = [
            "number",
            "signed_on",
            "issuer",
            "signer",
            "signer_title",
            "kind",
            "school_year",
            "calendar_year",
            "summary",
            "legal_basis",
            "file",
            "training",
            "articles",
        ]

    def clean_number(self) -> str:
        # Stored one way so that the uniqueness constraint sees "125/qđ-sgdđt" and "125/QĐ-SGDĐT" as one.
        return normalize_decision_number(self.cleaned_data["number"])


class DecisionRevokeForm(forms.Form):
    revoking_number = forms.CharField(
        label=_("Số quyết định thu hồi"), max_length=60, help_text=_("Ví dụ: 45/QĐ-SGDĐT.")
    )
    revoking_signed_on = forms.DateField(label=_("Ngày ký quyết định thu hồi"), help_text=_("Ví dụ: 15/10/2025."))
    reason = forms.CharField(
        label=_("Lý do thu hồi"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Ghi như trong quyết định thu hồi; lý do được lưu trong lịch sử của quyết định."),
    )
