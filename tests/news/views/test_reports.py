"""The contributions report in the admin and in /lanh-dao/bao-cao-tin-bai/: who may read it, its download."""

import io

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from tests.factories.news import ContributorFactory
from tests.news.royalty_helpers import live_credit

pytestmark = pytest.mark.django_db


def _query(mid_month) -> dict:
    return {"kind": "thang", "year": mid_month.year, "month": mid_month.month, "target": "3"}


def test_a_leader_reads_the_report_and_downloads_it(client, leader, mid_month):
    live_credit(contributor=ContributorFactory(full_name="Hoàng Thị Mai"))
    client.force_login(leader)
    page = client.get("/lanh-dao/bao-cao-tin-bai/", _query(mid_month))
    assert [row.name for row in page.context["report"].by_contributor] == ["Hoàng Thị Mai"]
    assert "<svg" in page.content.decode()
    download = client.get("/lanh-dao/bao-cao-tin-bai/", {**_query(mid_month), "xuat": "xlsx"})
    sheets = load_workbook(io.BytesIO(download.content)).sheetnames
    assert sheets == ["Theo tác giả", "Theo đơn vị", "Đơn vị chưa gửi bài"]


def test_an_editor_reads_it_in_the_admin_and_a_collaborator_nowhere(client, editor, collaborator, mid_month):
    client.force_login(editor)
    assert client.get("/admin/news/article/bao-cao/", _query(mid_month)).status_code == 200
    client.force_login(collaborator)
    assert client.get("/admin/news/article/bao-cao/", _query(mid_month)).status_code == 403
    assert client.get("/admin/news/article/bao-cao/", {**_query(mid_month), "xuat": "xlsx"}).status_code == 403
    assert client.get("/lanh-dao/bao-cao-tin-bai/", _query(mid_month)).status_code == 403


def test_a_bad_span_is_explained(client, leader):
    client.force_login(leader)
    page = client.get("/lanh-dao/bao-cao-tin-bai/", {"kind": "thang", "year": timezone.localdate().year})
    assert page.context["report"] is None
    assert "Hãy chọn tháng." in page.content.decode()
