"""Postgres search: the trigram and unaccent extensions and the indexes search uses.

The GIN index on ``search_vector`` serves the full-text match (``@@``); the trigram index
on ``search_title`` serves typo-tolerant title matching (``%>``). On SQLite (the embedded
default) none of this exists and search falls back to a plain match.
"""

from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations

from portal.db import PostgresOnlySQL


class Migration(migrations.Migration):
    dependencies = [("news", "0003_search_views_ratings")]

    operations = [
        TrigramExtension(),
        UnaccentExtension(),
        PostgresOnlySQL(
            "CREATE INDEX article_search_vector_gin ON news_article USING gin (search_vector);",
            "DROP INDEX article_search_vector_gin;",
        ),
        PostgresOnlySQL(
            "CREATE INDEX article_search_title_trgm ON news_article USING gin (search_title gin_trgm_ops);",
            "DROP INDEX article_search_title_trgm;",
        ),
    ]
