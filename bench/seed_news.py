"""Fast seeding of a large newsroom for the benchmarks: 100,000 published articles, rows by COPY.

The text is generated, not real: titles from a few thousand Vietnamese patterns (place, action,
school year), leads and bodies from the paragraphs of the demo's articles (read from
``portal/demo/data/`` by the demo's own loader) shuffled into 3-6 KB of HTML, publication times
spread over ten years.

Speed: articles and their tags go in with Postgres' COPY in batches of 2,000, every column
taken from a model instance through its field's ``get_db_prep_save`` (so a column added
later with a default is filled too). ``bulk_create`` was measured at about 1.2 ms of Python
per article here (the body's nh3 cleaning in ``RichTextField.pre_save`` and the SQL
compilation), four minutes for the seed alone; so each paragraph is cleaned by the
application's ``sanitize_html`` once, and the search columns are composed from each
paragraph's normalised text, computed once. A sample of every run is checked against the
application's own ``sanitize_html`` and ``search_document_of``. The tsvector is then filled
by the application's ``search_index_refresh`` (one UPDATE), the slow part: to_tsvector of
100,000 documents of ~5 KB. Measured with the 2 cores shared with test suites (load
average 4-5): rows 274 s, search_vector 329 s, 10 minutes in all.
"""

import datetime as dt
import io
import json
import random
import re
import time
from datetime import datetime, timedelta

from django.db import connection, transaction
from django.utils import timezone

from portal.demo.content import articles as demo_articles
from portal.demo.content import load as demo_data_file
from portal.richtext import sanitize_html
from portal.text import normalize_search_text, slugify

BATCH = 2000
YEARS = 10
SEED = 20261122
SAMPLE_CHECKED = 200

PLACES = [
    "Đắk Lắk",
    "Buôn Ma Thuột",
    "Buôn Hồ",
    "Krông Pắc",
    "Ea Kar",
    "Cư M'gar",
    "Krông Năng",
    "Ea H'leo",
    "Lắk",
    "Buôn Đôn",
    "M'Đrắk",
    "Krông Bông",
    "Krông Ana",
    "Ea Súp",
    "Cư Kuin",
    "Krông Búk",
]
ORGANISERS = [
    "Sở GD&ĐT",
    "Phòng GD&ĐT",
    "Trường THPT Chuyên Nguyễn Du",
    "Trường THCS Phan Chu Trinh",
    "Trường Tiểu học Lê Văn Tám",
    "Trường Mầm non Hoa Sen",
    "Trường Phổ thông Dân tộc nội trú",
    "Công đoàn ngành Giáo dục",
    "Trung tâm Giáo dục thường xuyên",
]
ACTIONS = [
    "chú trọng công tác truyền thông giáo dục",
    "tổ chức hội nghị tập huấn kỹ năng phát ngôn và cung cấp thông tin cho báo chí",
    "khai giảng năm học mới trong không khí phấn khởi",
    "đẩy mạnh chuyển đổi số trong quản lý và dạy học",
    "tuyên dương học sinh giỏi cấp tỉnh",
    "tổ chức kỳ thi tuyển sinh lớp 10 an toàn, nghiêm túc",
    "bồi dưỡng giáo viên thực hiện Chương trình GDPT 2018",
    "bảo đảm bữa ăn bán trú cho học sinh vùng khó",
    "tăng cường phòng chống đuối nước cho học sinh dịp hè",
    "nâng cao chất lượng dạy và học ngoại ngữ",
    "xây dựng thư viện thân thiện, khơi dậy văn hóa đọc",
    "làm tốt công tác hướng nghiệp cho học sinh lớp 9 và lớp 12",
    "triển khai kế hoạch cải cách hành chính",
    "trao học bổng cho học sinh có hoàn cảnh khó khăn",
    "sơ kết học kỳ I, bàn giải pháp nâng chất lượng giáo dục",
    "tổ chức hội thi giáo viên dạy giỏi",
    "huy động trẻ 5 tuổi ra lớp đạt tỷ lệ cao",
    "khắc phục hậu quả mưa lũ, đón học sinh trở lại lớp",
    "tập huấn xử lý khủng hoảng truyền thông trên mạng xã hội",
    "phát động phong trào thi đua dạy tốt, học tốt",
    "giữ vững tỷ lệ tốt nghiệp THPT",
    "đầu tư cơ sở vật chất cho các điểm trường lẻ",
    "giáo dục kỹ năng sống và an toàn giao thông cho học sinh",
    "tổng kết năm học, khen thưởng tập thể và cá nhân xuất sắc",
    "nghiên cứu khoa học kỹ thuật dành cho học sinh trung học",
    "chuẩn bị kỳ thi tốt nghiệp THPT",
    "giữ gìn bản sắc văn hóa trong trường học vùng đồng bào dân tộc",
    "tổ chức ngày hội đọc sách",
    "phối hợp với phụ huynh chăm lo học sinh bán trú",
    "đón đoàn kiểm tra công tác phổ cập giáo dục",
]
PATTERNS = [
    "{place}: {action}",
    "{organiser} {place} {action}",
    "{place} {action} năm học {year}-{next_year}",
    "Năm học {year}-{next_year}: {place} {action}",
    "{organiser} {action}",
    "Ngành giáo dục {place} {action}",
]
BYLINES = ["Quốc Bảo", "Thanh Hương", "Minh Tâm", "H'Yến Niê", "Đức Thành", "Lan Anh", "Y Khoa Ktla", "Hoàng Mai", ""]
SOURCES = ["", "", "", "", "Báo Đắk Lắk", "Đài PT-TH Đắk Lắk", "Báo Giáo dục và Thời đại"]
UNIT_NAMES = [
    "Sở Giáo dục và Đào tạo",
    *(f"Phòng Giáo dục và Đào tạo {place}" for place in PLACES[1:]),
    *(f"{organiser} {place}" for organiser in ORGANISERS[2:7] for place in PLACES[1:6]),
]
# A paragraph that only about one article in a thousand has: "flycam" is the benchmark's rare word
# (a single token on purpose: without diacritics most Vietnamese syllables are common).
RARE_BLOCK = (
    "<p>Toàn cảnh buổi lễ được ghi lại bằng flycam do câu lạc bộ truyền thông của học sinh điều khiển, "
    "những thước phim flycam sau đó được nhà trường đăng tải trên trang thông tin chính thức.</p>"
)
RARE_WORD = "flycam"
BLOCK = re.compile(r"(<(p|h2|h3|blockquote|ul|ol|figure|table)\b[^>]*>.*?</\2>)", re.S)


class Generator:
    """Believable articles, deterministic for a seed: title, slug, lead, body and the search text."""

    OPENING = (
        "Ngày {date}, tại {place}, {organiser} đã {action}, với sự tham dự của đại diện lãnh đạo địa phương, "
        "cán bộ quản lý, giáo viên và phụ huynh học sinh."
    )

    def __init__(self, seed: int = SEED):
        from news.services.articles import html_search_text

        self.rng = random.Random(seed)
        texts = demo_articles()
        raw_blocks = [match[0] for article in texts for match in BLOCK.findall(article["body"])]
        # Cleaned as RichTextField.pre_save would clean them, once per paragraph rather than per article.
        self.blocks = [sanitize_html(block) for block in raw_blocks]
        self.rare_block = sanitize_html(RARE_BLOCK)
        self.normalized = {block: html_search_text(block) for block in [*self.blocks, self.rare_block]}
        self.leads = [(lead, normalize_search_text(lead)) for lead in (a["lead"] for a in texts)]
        self._openings: dict[tuple, tuple[str, str]] = {}
        self._slugs: dict[str, str] = {}

    def _opening(self, place: str, organiser: str, action: str) -> tuple[str, str]:
        """The opening sentence's template and its normalised form; the date goes in both (digits stay as they are)."""
        key = (place, organiser, action)
        if key not in self._openings:
            template = self.OPENING.replace("{place}", place).replace("{organiser}", organiser)
            template = template.replace("{action}", action)
            self._openings[key] = (template, normalize_search_text(template))
        return self._openings[key]

    def article(self, publish_at: datetime) -> dict:
        rng = self.rng
        local = timezone.localtime(publish_at)
        year = local.year if local.month >= 8 else local.year - 1
        place = rng.choice(PLACES)
        title = rng.choice(PATTERNS).format(
            place=place,
            action=rng.choice(ACTIONS),
            organiser=rng.choice(ORGANISERS),
            year=year,
            next_year=year + 1,
        )
        title = title[0].upper() + title[1:]
        slug = self._slugs.get(title)
        if slug is None:
            slug = self._slugs[title] = slugify(title, max_length=180) or "bai-viet"
        template, normalized_template = self._opening(place, rng.choice(ORGANISERS), rng.choice(ACTIONS))
        date = f"{local:%d/%m/%Y}"
        lead_rest, normalized_lead_rest = rng.choice(self.leads)
        lead = f"{template.replace('{date}', date)} {lead_rest}"
        normalized_lead = f"{normalized_template.replace('{date}', date)} {normalized_lead_rest}"
        target = rng.randint(3000, 6000)
        blocks, size = [], 0
        while size < target:
            block = rng.choice(self.blocks)
            blocks.append(block)
            size += len(block)
        if rng.random() < 0.001:
            blocks.insert(rng.randrange(len(blocks) + 1), self.rare_block)
        # Blocks on their own lines, as the editor saves them.
        body = "\n".join(blocks)
        search_title = normalize_search_text(title)
        search_document = " ".join([search_title, normalized_lead, *(self.normalized[block] for block in blocks)])
        return {
            "title": title,
            "slug": slug,
            "lead": lead,
            "body": body,
            "search_title": search_title,
            "search_document": search_document,
        }


def _publish_times(count: int, rng: random.Random) -> list[datetime]:
    """``count`` times over the last ten years, the newest a few minutes ago, few before 6 am."""
    now = timezone.now() - timedelta(minutes=5)
    span = YEARS * 365 * 24 * 3600
    times = []
    for _ in range(count):
        moment = now - timedelta(seconds=rng.random() * span)
        if timezone.localtime(moment).hour < 6:
            moment -= timedelta(hours=rng.choice([0, 8, 10]))
        times.append(moment)
    times.sort()
    return times


def _check_sample(rows: list) -> None:
    """What was composed must be what the application computes: clean body, same search text."""
    from news.services.articles import search_document_of

    for article in rows:
        if sanitize_html(article.body) != article.body:
            raise SystemExit(f"generated body is not what sanitize_html() keeps, for {article.title!r}")
        if article.search_document != search_document_of(article):
            raise SystemExit(f"generated search text differs from search_document_of() for {article.title!r}")
        if article.search_title != normalize_search_text(article.title):
            raise SystemExit(f"generated search title differs for {article.title!r}")


def _copy_text(value) -> str:
    """A value in the text format of COPY."""
    if value is None:
        return r"\N"
    if isinstance(value, bool):
        return "t" if value else "f"
    if isinstance(value, dt.date):  # datetimes too
        return value.isoformat()
    if isinstance(value, int | float):
        return str(value)
    if hasattr(value, "adapted") and hasattr(value, "dumps"):  # psycopg2's Json adapter
        value = value.dumps(value.adapted)
    elif isinstance(value, dict | list):
        value = json.dumps(value)
    return str(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def copy_rows(model, objects: list) -> None:
    """INSERT ``objects`` with COPY: every concrete column, as ``get_db_prep_save`` gives it (no ``pre_save``)."""
    fields = [f for f in model._meta.concrete_fields if not (f.primary_key and getattr(objects[0], f.attname) is None)]
    buffer = io.StringIO()
    for obj in objects:
        buffer.write("\t".join(_copy_text(f.get_db_prep_save(getattr(obj, f.attname), connection)) for f in fields))
        buffer.write("\n")
    buffer.seek(0)
    quote = connection.ops.quote_name
    columns = ", ".join(quote(f.column) for f in fields)
    with connection.cursor() as cursor:
        cursor.copy_expert(f"COPY {quote(model._meta.db_table)} ({columns}) FROM STDIN", buffer)


def _reset_sequence(model) -> None:
    table = model._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT setval(pg_get_serial_sequence(%s, 'id'), COALESCE((SELECT MAX(id) FROM {connection.ops.quote_name(table)}), 1))",  # noqa: S608 - table name from the model
            [table],
        )


def _seed_catalogue(editor_model):
    """The editor who writes everything, the demo categories and tags, ~40 units."""
    from news.models import Category, Tag
    from portal.enums import UnitKind
    from portal.models import Unit

    editor = editor_model.objects.create(username="bench-editor", first_name="Biên tập", last_name="Viên")
    categories: dict[str, Category] = {}
    newsroom = demo_data_file("newsroom")
    for row in newsroom["categories"]:
        category = Category(
            name=row["name"],
            slug=row["slug"],
            parent=categories.get(row.get("parent")),
            show_on_home=row["show_on_home"],
            home_order=row["home_order"],
            order=len(categories),
            description=row["description"],
            show_in_menu="parent" not in row,
        )
        category.save()
        categories[row["slug"]] = category
    tags = []
    for name in newsroom["tags"]:
        tag = Tag(name=name)
        tag.save()
        tags.append(tag)
    units = []
    for index, name in enumerate(UNIT_NAMES):
        kind = UnitKind.DEPARTMENT if index == 0 else UnitKind.BUREAU if name.startswith("Phòng") else UnitKind.SCHOOL
        unit = Unit(name=name, kind=kind, parent=units[0] if units else None, code=f"B{index:03d}")
        unit.save()
        units.append(unit)
    return editor, categories, tags, units


def seed(count: int, *, log=print) -> dict:
    """Categories, tags, units, ``count`` published articles with tags, picks and a week of views."""
    from django.contrib.auth import get_user_model

    from news.enums import ArticleStatus
    from news.models import Article, ArticleDailyViews
    from news.services.articles import search_index_refresh

    started = time.perf_counter()
    rng = random.Random(SEED)
    editor, categories, tags, units = _seed_catalogue(get_user_model())
    # Categories by how much they publish, as in the demo (sub-categories of "Tin tức - Sự kiện" the most).
    texts = demo_articles()
    weights = {slug: 1 + sum(a["category"] == slug for a in texts) for slug in categories}
    category_ids = [categories[slug].pk for slug in weights]
    category_weights = list(weights.values())
    tag_through = Article.tags.through
    generator = Generator()
    times = _publish_times(count, rng)
    next_id = 1
    for start in range(0, count, BATCH):
        rows, tag_rows = [], []
        for publish_at in times[start : start + BATCH]:
            article = Article(
                id=next_id,
                **generator.article(publish_at),
                category_id=rng.choices(category_ids, category_weights)[0],
                unit_id=rng.choice(units).pk,
                byline=rng.choice(BYLINES),
                source=rng.choice(SOURCES),
                status=ArticleStatus.PUBLISHED,
                publish_at=publish_at,
                went_live_at=publish_at,
                is_featured=rng.random() < 0.004,
                is_must_read=rng.random() < 0.004,
                created_by=editor,
                reviewed_by=editor,
                created_at=publish_at - timedelta(hours=rng.randint(1, 20)),
                updated_at=publish_at,
            )
            rows.append(article)
            for tag in rng.sample(tags, rng.choice([1, 1, 2, 2, 3])):
                tag_rows.append(tag_through(article_id=next_id, tag_id=tag.pk))
            next_id += 1
        _check_sample(rng.sample(rows, min(len(rows), SAMPLE_CHECKED // 10 if start else SAMPLE_CHECKED)))
        with transaction.atomic():
            copy_rows(Article, rows)
            copy_rows(tag_through, tag_rows)
        if (start // BATCH) % 10 == 9:
            log(f"  {start + len(rows):,} articles ({time.perf_counter() - started:.0f} s)")
    _reset_sequence(Article)
    article_ids = list(range(1, next_id))

    # Manual related picks on one article in a hundred, as editors make them: an article of the days before.
    picks = Article.related_articles.through
    picks.objects.bulk_create(
        [
            picks(from_article_id=pk, to_article_id=rng.randint(max(1, pk - 200), pk - 1))
            for pk in article_ids[1:]
            if rng.random() < 0.01
        ],
        ignore_conflicts=True,
    )

    # A week of reading: recent articles are read most, a few old ones come back.
    today = timezone.localdate()
    recent = article_ids[-1500:]
    hot = set(recent[-50:])
    views = [
        ArticleDailyViews(
            article_id=pk, day=today - timedelta(days=back), views=rng.randint(5, 300) * (5 if pk in hot else 1)
        )
        for pk in recent + rng.sample(article_ids[:-1500], min(1500, max(0, len(article_ids) - 1500)))
        for back in range(7)
        if rng.random() < 0.7
    ]
    ArticleDailyViews.objects.bulk_create(views, batch_size=5000)
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE news_article a SET view_count = v.total + 100 FROM "
            "(SELECT article_id, SUM(views) AS total FROM news_articledailyviews GROUP BY article_id) v "
            "WHERE a.id = v.article_id"
        )
    inserted = time.perf_counter() - started
    log(f"  rows in: {inserted:.0f} s; filling search_vector with search_index_refresh() (one UPDATE)...")
    refresh_started = time.perf_counter()
    search_index_refresh()
    refreshed = time.perf_counter() - refresh_started
    log(f"  search_vector: {refreshed:.0f} s; VACUUM ANALYZE...")
    with connection.cursor() as cursor:
        cursor.execute("VACUUM (ANALYZE) news_article")
        cursor.execute("ANALYZE")
    return {
        "articles": count,
        "seconds": time.perf_counter() - started,
        "insert_seconds": inserted,
        "search_vector_seconds": refreshed,
    }
