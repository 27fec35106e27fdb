"""Postgres only: the registry's search indexes and the database's refusal of replacement loops.

The GIN index on ``search_vector`` serves the full-text match over number, summary and the
files' text; the trigram index on ``search_number`` serves "contains" matches on the number
(``1234/sgddt``). The trigger refuses a ``replaced_by`` that leads back to the document
itself through other documents (the check constraint of 0005 only sees the direct case);
the service says the same thing first, in Vietnamese. On SQLite none of this exists.
"""

from django.db import migrations

from portal.db import PostgresOnlySQL

LOOP_TRIGGER = """
CREATE FUNCTION news_document_no_replacement_loop() RETURNS trigger AS $$
BEGIN
    IF NEW.replaced_by_id IS NOT NULL AND EXISTS (
        WITH RECURSIVE chain(id) AS (
            SELECT NEW.replaced_by_id
            UNION
            SELECT d.replaced_by_id FROM news_document d JOIN chain c ON d.id = c.id
            WHERE d.replaced_by_id IS NOT NULL
        )
        SELECT 1 FROM chain WHERE id = NEW.id
    ) THEN
        RAISE EXCEPTION 'news_document %: replaced_by % leads back to the document', NEW.id, NEW.replaced_by_id
            USING ERRCODE = 'check_violation', CONSTRAINT = 'document_no_replacement_loop';
    END IF;
    RETURN NEW;
END
$$ LANGUAGE plpgsql;

CREATE TRIGGER document_no_replacement_loop
    BEFORE INSERT OR UPDATE OF replaced_by_id ON news_document
    FOR EACH ROW EXECUTE FUNCTION news_document_no_replacement_loop();
"""


class Migration(migrations.Migration):
    dependencies = [("news", "0005_documents")]

    operations = [
        PostgresOnlySQL(
            "CREATE INDEX document_search_vector_gin ON news_document USING gin (search_vector);",
            "DROP INDEX document_search_vector_gin;",
        ),
        PostgresOnlySQL(
            "CREATE INDEX document_search_number_trgm ON news_document USING gin (search_number gin_trgm_ops);",
            "DROP INDEX document_search_number_trgm;",
        ),
        PostgresOnlySQL(
            LOOP_TRIGGER,
            "DROP TRIGGER document_no_replacement_loop ON news_document;"
            "DROP FUNCTION news_document_no_replacement_loop();",
        ),
    ]
