"""Tests of portal/text.py: one slugify and one search normaliser for Vietnamese."""

from portal.text import normalize_search_text, slugify


def test_slugify_transliterates_vietnamese():
    assert slugify("Đắk Lắk: chú trọng công tác truyền thông") == "dak-lak-chu-trong-cong-tac-truyen-thong"


def test_slugify_cuts_long_titles_at_a_word_boundary():
    slug = slugify(
        "Hội nghị tập huấn kỹ năng phát ngôn và cung cấp thông tin cho báo chí năm học 2024-2025", max_length=40
    )
    assert slug == "hoi-nghi-tap-huan-ky-nang-phat-ngon-va"


def test_normalize_search_text_ignores_diacritics_case_and_spaces():
    assert normalize_search_text("  TRUYỀN   THÔNG ") == "truyen thong"
    assert normalize_search_text("Đào tạo") == "dao tao"
    assert normalize_search_text("truyen thong") == normalize_search_text("truyền thông")
