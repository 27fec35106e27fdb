"""Seeds the documents registry from ``data/documents.toml``: issuers, fields, and documents in every state.

Each document is saved by ``document_save`` (number, slug, status and search as the registry derives
them) and gets its PDF, printed here (``pdfs.render_pdf``), through ``document_files_save``; the text
is read at once so that the demo's search works without a worker. Idempotent: issuers and fields are
found by name, documents by issuer and summary, and left alone when they exist.
"""

from django.core.files.base import ContentFile
from django.db import transaction

from news.models.documents import Document, DocumentField, DocumentFile, DocumentIssuer
from news.services.documents import document_file_read, document_files_save, document_save

from .content import day, load, pick
from .pdfs import place_date, render_pdf


@transaction.atomic
def seed(*, stdout) -> None:
    data = load("documents")
    issuers = {}
    for order, row in enumerate(data["issuers"]):
        issuers[row["name"]], _created = DocumentIssuer.objects.get_or_create(
            name=row["name"], defaults={"short_name": row["short_name"], "order": order}
        )
    fields = {
        name: DocumentField.objects.get_or_create(name=name, defaults={"order": order})[0]
        for order, name in enumerate(data["fields"])
    }

    by_key: dict[str, Document] = {}
    created = 0
    for row in data["documents"]:
        issuer = pick(issuers, row["issuer"], what="issuer")
        existing = Document.objects.filter(issuer=issuer, summary=row["summary"]).first()
        if existing is not None:
            by_key[row["key"]] = existing
            continue
        signer = pick(data["signers"], row["signer"], what="signer") if "signer" in row else None
        document = Document(
            number=row.get("number", ""),
            doc_type=row["type"],
            issuer=issuer,
            field=pick(fields, row["field"], what="field") if "field" in row else None,
            signer=signer["registry"] if signer else "",
            issued_on=day(row.get("issued")),
            effective_on=day(row.get("effective")),
            expires_on=day(row.get("expires")),
            summary=row["summary"],
            partly_in_force="partly" in row,
            status_note=row.get("partly", ""),
            is_draft=row.get("draft", False),
            comment_until=day(row.get("comments_until")),
            is_spokesperson_regulation=row.get("spokesperson_regulation", False),
            is_public=True,
        )
        document_save(document=document)
        pdf = render_pdf(
            issuer=issuer.name,
            number=row.get("number", ""),
            place_date=place_date(data["place"], document.issued_on),
            heading=("Dự thảo " if document.is_draft else "") + document.get_doc_type_display(),
            summary=document.summary,
            paragraphs=row["paragraphs"],
            signer=(signer["title"], signer["name"]) if signer else ("", ""),
        )
        document_file = DocumentFile(
            document=document, file=ContentFile(pdf, name=f"{document.make_slug()}.pdf"), title=data["file_title"]
        )
        document_files_save(saved=[document_file], deleted=[])
        document_file_read(file_id=document_file.pk)  # at once: the demo's search works without a worker
        by_key[row["key"]] = document
        created += 1

    for row in data["documents"]:
        if "replaces" in row:
            replaced = pick(by_key, row["replaces"], what="document to replace")
            if replaced.replaced_by_id is None:
                replaced.replaced_by = by_key[row["key"]]
                document_save(document=replaced)
        for key in row.get("related", []):
            by_key[row["key"]].related_documents.add(pick(by_key, key, what="related document"))
    stdout.write(f"Văn bản mẫu: {created} văn bản mới, {Document.objects.count()} văn bản tất cả.")
