"""Postgres: a GIN index on ``related_ids``, so that purging an article's page also finds, in
one index lookup, the articles whose related news show its card (``related_ids @> '[id]'``).
On SQLite (the embedded default) news.cache reads the few rows instead."""

from django.db import migrations

from portal.db import PostgresOnlySQL


class Migration(migrations.Migration):
    dependencies = [("news", "0024_article_featured_must_read_indexes")]

    operations = [
        PostgresOnlySQL(
            "CREATE INDEX article_related_ids_gin ON news_article USING gin (related_ids jsonb_path_ops);",
            "DROP INDEX article_related_ids_gin;",
        ),
    ]
