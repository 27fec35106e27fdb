"""Forms of the trainings app: the leaders' filters, comments and sign-off; the import mapping."""

from django import forms
from django.utils.translation import gettext_lazy as _

from portal.models import Unit

from .enums import ReviewStatus, TrainingFormat, TrainingKind, TrainingStatus


def _blank(choices, label):
    return [("", label), *choices]


class LeadersFilterForm(forms.Form):
    q = forms.CharField(label=_("Tìm theo tên, địa điểm"), required=False, max_length=200)
    nam_hoc = forms.ChoiceField(label=_("Năm học"), required=False)
    loai = forms.ChoiceField(label=_("Loại"), required=False, choices=_blank(TrainingKind.choices, _("Tất cả")))
    hinh_thuc = forms.ChoiceField(
        label=_("Hình thức"), required=False, choices=_blank(TrainingFormat.choices, _("Tất cả"))
    )
    trang_thai = forms.ChoiceField(
        label=_("Trạng thái"), required=False, choices=_blank(TrainingStatus.choices, _("Tất cả"))
    )
    ho_so = forms.ChoiceField(label=_("Hồ sơ"), required=False, choices=_blank(ReviewStatus.choices, _("Tất cả")))
    don_vi = forms.ModelChoiceField(
        label=_("Đơn vị tổ chức"),
        required=False,
        queryset=Unit.objects.filter(trainings_organized__isnull=False).distinct().only("name"),
        empty_label=_("Tất cả"),
    )

    def __init__(self, *args, school_years: list[str], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["nam_hoc"].choices = _blank([(y, y) for y in school_years], _("Tất cả"))

    def filters(self) -> dict:
        data = self.cleaned_data if self.is_valid() else {}
        return {
            "q": data.get("q", ""),
            "school_year": data.get("nam_hoc", ""),
            "kind": data.get("loai", ""),
            "format": data.get("hinh_thuc", ""),
            "status": data.get("trang_thai", ""),
            "review_status": data.get("ho_so", ""),
            "organizer_id": data["don_vi"].pk if data.get("don_vi") else None,
        }


class ReviewForm(forms.Form):
    comment = forms.CharField(
        label=_("Nhận xét"), widget=forms.Textarea(attrs={"rows": 4}), max_length=5000, strip=True
    )


class SignOffForm(forms.Form):
    comment = forms.CharField(
        label=_("Ý kiến khi ký duyệt (không bắt buộc)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        max_length=5000,
    )
    confirm = forms.BooleanField(label=_("Tôi đã xem hồ sơ và đồng ý ký duyệt."), required=True)


class ImportMappingForm(forms.Form):
    """Which column of the uploaded file holds each field; built from the file's headers."""

    token = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, headers: list[str], labels: dict[str, str], required: tuple[str, ...], **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", _("(không nhập)")), *[(h, h) for h in headers]]
        for name, label in labels.items():
            self.fields[f"col_{name}"] = forms.ChoiceField(label=label, choices=choices, required=name in required)

    def mapping(self) -> dict[str, str | None]:
        return {
            key.removeprefix("col_"): (value or None)
            for key, value in self.cleaned_data.items()
            if key.startswith("col_")
        }


class SignInSheetForm(forms.Form):
    """The ticks copied from a printed sign-in sheet: the people who signed."""

    present = forms.TypedMultipleChoiceField(coerce=int, required=False, widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, participant_ids: list[int], **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["present"].choices = [(pk, pk) for pk in participant_ids]


class DelegateForm(forms.Form):
    """One delegate on a unit's registration list; the checks that matter are the service's."""

    full_name = forms.CharField(label=_("Họ và tên"), max_length=150, required=False)
    position = forms.CharField(label=_("Chức vụ"), max_length=150, required=False)
    email = forms.CharField(
        label=_("Thư điện tử"), max_length=254, required=False, widget=forms.EmailInput(attrs={"autocomplete": "off"})
    )
    phone = forms.CharField(
        label=_("Điện thoại"), max_length=50, required=False, widget=forms.TextInput(attrs={"inputmode": "tel"})
    )
    remote_site = forms.TypedChoiceField(label=_("Điểm cầu"), required=False, coerce=int, empty_value=None)

    def __init__(self, *args, sites=(), **kwargs):
        super().__init__(*args, **kwargs)
        if sites:
            self.fields["remote_site"].choices = [("", _("Hội trường chính")), *sites]
        else:
            del self.fields["remote_site"]


DelegateFormSet = forms.formset_factory(DelegateForm, extra=0, max_num=500, validate_max=True)
