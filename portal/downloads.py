"""Sending a private file (portal/storage.py) once a download view has decided the visitor may have it."""

import mimetypes
import posixpath
from urllib.parse import quote

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.db.models.fields.files import FieldFile
from django.http import FileResponse, Http404, HttpResponse, HttpResponseRedirect
from django.utils import timezone
from django.utils.http import content_disposition_header

from .models import AccessAction
from .services.privacy import access_record
from .spreadsheets import xlsx_response, xlsx_stamp
from .text import slugify

# Anyone may fetch a public file: shared caches may keep it for a while. A file for staff must
# not stay in any cache, the browser's on a shared office computer included.
PUBLIC_CACHE_CONTROL = "public, max-age=300"
PRIVATE_CACHE_CONTROL = "private, no-store"


def disposition_header(as_attachment: bool, filename: str) -> str:
    """``Content-Disposition`` naming ``filename``: a Vietnamese name as RFC 5987's ``filename*``,
    after an ASCII ``filename`` for the clients that read only that (RFC 6266, section 4.3)."""
    header = content_disposition_header(as_attachment, filename)
    if "filename*=" not in header:
        return header
    stem, dot, extension = filename.rpartition(".")
    fallback = (slugify(stem or filename, max_length=120) or "tep") + (f".{slugify(extension)}" if dot else "")
    kind, _separator, encoded = header.partition("; ")
    return f'{kind}; filename="{fallback}"; {encoded}'


def file_download(
    field_file: FieldFile, *, public: bool, filename: str = "", as_attachment: bool = True
) -> HttpResponse:
    """The answer of a download view that has let the visitor through.

    ``public``: whether anyone may fetch the file (decides ``Cache-Control``). ``filename``: the
    name the browser saves, by default the last part of the stored name (the slug of the
    original). ``as_attachment=False`` lets the browser show the file (a PDF opens on a phone
    instead of vanishing into its downloads). From disk the file is streamed, or handed to nginx with X-Accel-Redirect when
    PRIVATE_MEDIA_X_ACCEL_REDIRECT is set; from S3 the answer redirects to an address signed for
    PRIVATE_MEDIA_SIGNED_URL_SECONDS, with the same name and type. Raises Http404 when the row has
    no file or the storage has lost it.
    """
    if not field_file:
        raise Http404
    name = field_file.name
    filename = filename or posixpath.basename(name)
    content_type = mimetypes.guess_type(filename)[0] or "application/octet-stream"
    disposition = disposition_header(as_attachment, filename)
    storage = field_file.storage
    if not isinstance(storage, FileSystemStorage):
        signed = storage.url(
            name,
            parameters={"ResponseContentDisposition": disposition, "ResponseContentType": content_type},
            expire=settings.PRIVATE_MEDIA_SIGNED_URL_SECONDS,
        )
        response = HttpResponseRedirect(signed)
        public = False  # the signed address expires: no cache may keep the redirect
    elif settings.PRIVATE_MEDIA_X_ACCEL_REDIRECT:
        if not storage.exists(name):
            raise Http404
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = settings.PRIVATE_MEDIA_X_ACCEL_REDIRECT.rstrip("/") + "/" + quote(name)
        response["Content-Disposition"] = disposition
    else:
        try:
            handle = storage.open(name, "rb")
        except FileNotFoundError:
            raise Http404 from None
        response = FileResponse(handle, as_attachment=as_attachment, filename=filename, content_type=content_type)
        response["Content-Disposition"] = disposition
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = PUBLIC_CACHE_CONTROL if public else PRIVATE_CACHE_CONTROL
    return response


def people_xlsx_response(*, by, content: bytes, filename: str, what: str, count: int | None = None) -> HttpResponse:
    """An export of people as .xlsx: stamped with who exported it and when, and logged."""
    now = timezone.now()
    access_record(by=by, action=AccessAction.EXPORT, what=f"{what} ({filename})", count=count)
    return xlsx_response(xlsx_stamp(content, by=by.get_username(), at=timezone.localtime(now)), filename)
