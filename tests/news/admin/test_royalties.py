"""news/admin/royalties.py and the article's credits inline: who sees royalties, grading all or nothing, downloads."""

import io
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from news.enums import RoyaltyPeriodStatus
from news.models import Credit, RoyaltyPeriod
from news.services.royalties import credit_grade
from tests.factories.news import ArticleFactory, ContributorFactory, RoyaltyPeriodFactory
from tests.news.admin.helpers import change_form, new_form
from tests.news.royalty_helpers import live_credit, rate

pytestmark = pytest.mark.django_db


def _pages(period) -> list[str]:
    base = f"/admin/news/royaltyperiod/{period.pk}"
    return [
        "/admin/news/royaltyperiod/",
        f"{base}/change/",
        f"{base}/bang-ke/",
        f"{base}/cham/",
        f"{base}/bang-ke.xlsx",
        f"{base}/ban-in/",
        f"{base}/history/",
    ]


def test_a_collaborator_sees_no_royalties_not_even_their_own(client, mid_month, collaborator, editor):
    credit = live_credit(contributor=ContributorFactory(user=collaborator))
    credit_grade(credit=credit, rate=rate(), coefficient="2", by=editor)
    period = RoyaltyPeriodFactory(month=mid_month, created_by=editor)
    client.force_login(collaborator)
    for url in _pages(period):
        assert client.get(url).status_code == 403, url
    assert client.post(f"/admin/news/royaltyperiod/{period.pk}/cham/", {}).status_code == 403
    assert client.post(f"/admin/news/royaltyperiod/{period.pk}/buoc/", {"buoc": "trinh"}).status_code == 403


def test_an_editor_opens_a_month_with_a_clear_error_for_bad_input(client, mid_month, editor):
    client.force_login(editor)
    response = client.post("/admin/news/royaltyperiod/add/", {"month_text": "13/2026", "unit_value": "0"})
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors
    assert errors["month_text"] == ["Hãy ghi tháng dạng tháng/năm, ví dụ 11/2026."]
    assert errors["unit_value"] == ["Giá trị một hệ số phải là số đồng nguyên, lớn hơn 0."]
    month = mid_month.strftime("%m/%Y")
    response = client.post("/admin/news/royaltyperiod/add/", {"month_text": month, "unit_value": "95000"})
    assert response.status_code == 302
    assert RoyaltyPeriod.objects.get().unit_value == Decimal(95000)
    response = client.post("/admin/news/royaltyperiod/add/", {"month_text": month, "unit_value": "95000"})
    assert response.context["adminform"].form.errors["month_text"] == [
        f"Tháng {month} đã có bảng nhuận bút (Đang lập); sửa bảng đó thay vì lập bảng mới."
    ]


def test_grading_saves_every_row_or_none(client, mid_month, editor):
    first, second = live_credit(), live_credit()
    text = rate("text", "1", "3")
    period = RoyaltyPeriodFactory(month=mid_month, created_by=editor)
    client.force_login(editor)
    url = f"/admin/news/royaltyperiod/{period.pk}/cham/"
    response = client.post(
        url,
        {
            f"rate-{first.pk}": text.pk,
            f"he-so-{first.pk}": "2",
            f"rate-{second.pk}": text.pk,
            f"he-so-{second.pk}": "9",
        },
    )
    assert response.status_code == 200
    assert [row["problem"] for row in response.context["rows"]] == [
        "",
        "Hệ số 9 nằm ngoài khung “Mức text 1-3”: từ 1 đến 3.",
    ]
    assert list(Credit.objects.order_by("pk").values_list("coefficient", flat=True)) == [None, None]
    response = client.post(
        url,
        {
            f"rate-{first.pk}": text.pk,
            f"he-so-{first.pk}": "2",
            f"rate-{second.pk}": text.pk,
            f"he-so-{second.pk}": "1,5",
        },
    )
    assert response.status_code == 302
    assert list(Credit.objects.order_by("pk").values_list("coefficient", flat=True)) == [Decimal(2), Decimal("1.5")]


def test_an_editors_own_credit_is_not_on_their_grading_form(client, mid_month, editor, second_editor):
    own = live_credit(contributor=ContributorFactory(user=editor))
    period = RoyaltyPeriodFactory(month=mid_month, created_by=editor)
    client.force_login(editor)
    page = client.get(f"/admin/news/royaltyperiod/{period.pk}/cham/").content.decode()
    assert f'name="he-so-{own.pk}"' not in page
    # Posted anyway, by hand: refused by the service, nothing saved.
    response = client.post(
        f"/admin/news/royaltyperiod/{period.pk}/cham/", {f"rate-{own.pk}": rate().pk, f"he-so-{own.pk}": "2"}
    )
    assert response.context["rows"][0]["problem"] == "Bạn không tự chấm nhuận bút cho bài của chính mình."
    own.refresh_from_db()
    assert own.coefficient is None


def test_an_approved_month_refuses_grading(client, mid_month, editor):
    credit = live_credit()
    period = RoyaltyPeriodFactory(month=mid_month, created_by=editor, status=RoyaltyPeriodStatus.APPROVED)
    client.force_login(editor)
    response = client.post(
        f"/admin/news/royaltyperiod/{period.pk}/cham/", {f"rate-{credit.pk}": rate().pk, f"he-so-{credit.pk}": "2"}
    )
    assert response.status_code == 302
    credit.refresh_from_db()
    assert credit.coefficient is None
    assert client.get(f"/admin/news/royaltyperiod/{period.pk}/change/").context["adminform"].readonly_fields == (
        "unit_value",
        "note",
    )


def test_the_statement_downloads_for_the_finance_office_with_signatures(client, mid_month, editor):
    credit = live_credit(contributor=ContributorFactory(full_name='=HYPERLINK("x")'))
    credit_grade(credit=credit, rate=rate(), coefficient="2.5", by=editor)
    period = RoyaltyPeriodFactory(month=mid_month, created_by=editor, unit_value=123457)
    client.force_login(editor)
    response = client.get(f"/admin/news/royaltyperiod/{period.pk}/bang-ke.xlsx")
    assert response["Content-Disposition"] == f'attachment; filename="nhuan-but-{mid_month:%Y-%m}.xlsx"'
    sheet = load_workbook(io.BytesIO(response.content)).worksheets[0]
    cells = [cell for row in sheet.iter_rows(values_only=True) for cell in row if cell is not None]
    assert "Người lập biểu" in cells and "Kế toán" in cells and "Thủ trưởng đơn vị" in cells
    line = next(row for row in sheet.iter_rows(values_only=True) if row[0] == 1)
    assert (
        line[1] == '=HYPERLINK("x")'
        and sheet.cell(row=[r[0] for r in sheet.iter_rows(values_only=True)].index(1) + 1, column=2).data_type == "s"
    )
    assert line[8] == 308643
    printed = client.get(f"/admin/news/royaltyperiod/{period.pk}/ban-in/").content.decode()
    assert "308.643" in printed and "Thủ trưởng đơn vị" in printed


def test_an_editor_credits_a_teacher_without_an_account_on_the_article_page(client, editor):
    teacher = ContributorFactory(full_name="Phan Thị Thu", pen_name="Thu Phan")
    client.force_login(editor)
    article = ArticleFactory(created_by=editor)
    data = change_form(
        article,
        **{
            "credits-TOTAL_FORMS": "1",
            "credits-0-contributor": teacher.pk,
            "credits-0-kind": "text",
            "credits-0-share": "100",
            "credits-0-order": "0",
        },
    )
    response = client.post(f"/admin/news/article/{article.pk}/change/", data)
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.byline == "Thu Phan"
    assert list(article.credits.values_list("contributor", flat=True)) == [teacher.pk]


def test_shares_not_making_100_are_shown_on_the_article_page_and_nothing_is_saved(client, editor, collaborator):
    client.force_login(collaborator)
    data = new_form(
        ArticleFactory().category,
        **{
            "credits-TOTAL_FORMS": "2",
            "credits-0-contributor": ContributorFactory(unit=collaborator.unit).pk,
            "credits-0-kind": "text",
            "credits-0-share": "50",
            "credits-1-contributor": ContributorFactory(unit=collaborator.unit).pk,
            "credits-1-kind": "text",
            "credits-1-share": "40",
        },
    )
    response = client.post("/admin/news/article/add/", data)
    assert response.status_code == 200
    formset = next(f for f in response.context["inline_admin_formsets"] if f.formset.prefix == "credits").formset
    assert formset.non_form_errors() == ["Tỷ lệ của loại “Bài viết, tin” cộng lại là 90%, phải đúng 100%."]
    assert not Credit.objects.exists()


def test_a_new_article_without_credits_is_credited_to_its_writer(client, collaborator):
    client.force_login(collaborator)
    response = client.post("/admin/news/article/add/", new_form(ArticleFactory().category))
    assert response.status_code == 302
    credit = Credit.objects.select_related("contributor").get()
    assert (credit.contributor.user, credit.article.byline) == (collaborator, collaborator.get_full_name())


def test_a_collaborator_picks_only_contributors_of_their_own_school(client, collaborator):
    mine = ContributorFactory(full_name="Đỗ Thị Mai", unit=collaborator.unit)
    ContributorFactory(full_name="Đỗ Thị Mận")
    client.force_login(collaborator)
    response = client.get(
        "/admin/autocomplete/",
        {"term": "Đỗ", "app_label": "news", "model_name": "credit", "field_name": "contributor"},
    )
    assert [item["id"] for item in response.json()["results"]] == [str(mine.pk)]
