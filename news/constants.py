"""Values more than one layer of the newsroom reads: lateness, search weights, cache names."""

from datetime import timedelta

# A due article whose go-live has not been processed this long after its time means the
# worker or beat is down (the admin says so, and the go-live event notes the delay).
LATE_AFTER = timedelta(minutes=5)

# Postgres' rank weights in D, C, B, A order: A (titles, document numbers and summaries)
# weighs 1.0, B (an article's lead and body) 0.4, C (an issuer, signer, field or a
# document's file text) 0.2.
SEARCH_WEIGHTS = [0.1, 0.2, 0.4, 1.0]
# Characters of a query that search reads; the rest is ignored.
MAX_QUERY_LENGTH = 200

MENU_CATEGORIES_CACHE_KEY = "news:menu-categories"
MENU_CATEGORIES_SECONDS = 300

# Page-cache scopes (portal.pagecache) of the newsroom's pages: one counter per article and
# per category (by slug), one for the documents registry.
ARTICLE_SCOPE = "article"
CATEGORY_SCOPE = "category"
DOCUMENTS_SCOPE = ("documents", "")

# Press releases (thông cáo báo chí) are the articles of this category.
PRESS_RELEASES_CATEGORY = "thong-cao-bao-chi"

# How often the article form sends what is being typed to the server (news.services.drafts):
# a crash, a closed tab or an expired session loses at most this much of the server's copy
# (the browser keeps its own copy in between).
AUTOSAVE_SECONDS = 60

# Page-cache scopes of announcements (one counter per announcement, and one for the home page's
# block and ticker, which each process keeps between changes) and of the work schedule (one
# counter for every week's page: a week is small and changes rarely).
ANNOUNCEMENT_SCOPE = "announcement"
HOME_ANNOUNCEMENTS_SCOPE = ("home-announcements", "")
WORK_SCHEDULE_SCOPE = ("work-schedule", "")
