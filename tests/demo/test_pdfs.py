"""The demo's printed documents: readable by search with or without a Unicode font on the machine."""

from news.extraction import extract_text
from portal.demo import pdfs


def test_the_demo_pdfs_fall_back_to_a_core_font_without_dejavu(monkeypatch):
    monkeypatch.setattr(pdfs, "FONT_DIRS", [])
    data = pdfs.render_pdf(
        issuer="Sở Giáo dục và Đào tạo",
        number="1/TB-SGDĐT",
        place_date="Đắk Lắk, ngày 09 tháng 10 năm 2026",
        heading="Thông báo",
        summary="Lịch thi học sinh giỏi",
        paragraphs=["Kỳ thi được tổ chức tại Trường THPT Chuyên Nguyễn Du."],
        signer=("GIÁM ĐỐC", "Phạm Đức Minh"),
    )
    assert "ky thi duoc to chuc tai truong thpt chuyen nguyen du" in extract_text(data, "pdf")
