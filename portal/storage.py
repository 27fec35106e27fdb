"""Private files: a storage nobody can fetch from directly, unguessable names, a field whose address is a view.

Unguessable names are for public uploads too (covers, photos, editor images): a draft's
picture under MEDIA_ROOT must not be found by guessing its name.

Materials and papers of trainings, files of legal documents and scans of commendation
decisions are not all public. They are stored apart from MEDIA_ROOT (which the web server
serves to anyone): on disk under PRIVATE_MEDIA_ROOT, or on S3 under ``private/`` with signed
addresses only (``STORAGES["private"]`` in settings). Each is fetched through its app's
download view, which decides who may (``portal/downloads.py`` sends the file).
"""

import posixpath
import re
import secrets

from django.conf import settings
from django.core.files.storage import FileSystemStorage, Storage, storages
from django.db import models
from django.db.models.fields.files import FieldFile
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from django.utils.functional import cached_property

from .text import slugify

NAME_MAX_LENGTH = 180  # a document's slug (120) and an annex's name (60) fit within max_length 255
RANDOM_BYTES = 16  # 128 bits: the folder of a file cannot be guessed, nor found by trying
EXTENSION = re.compile(r"[^a-z0-9]")


class PrivateFileSystemStorage(FileSystemStorage):
    """Files under PRIVATE_MEDIA_ROOT, which neither a URL pattern nor the web server serves.

    ``url()`` raises ValueError: a private file has no address of its own (its field's ``url``
    is its download view, see ``PrivateFileField``).
    """

    def __init__(self, location=None, **kwargs) -> None:
        kwargs.pop("base_url", None)
        super().__init__(location=location, **kwargs)

    @cached_property
    def base_location(self):
        return self._value_or_setting(self._location, settings.PRIVATE_MEDIA_ROOT)

    @cached_property
    def base_url(self):
        return None

    def _clear_cached_properties(self, setting, **kwargs) -> None:
        super()._clear_cached_properties(setting, **kwargs)
        if setting == "PRIVATE_MEDIA_ROOT":  # tests point it at a temporary folder
            self.__dict__.pop("base_location", None)
            self.__dict__.pop("location", None)


def private_storage() -> Storage:
    """The private storage, for ``storage=`` of a field: a callable, so migrations name no environment."""
    return storages["private"]


def random_file_name(folder: str, filename: str, *, stem: str = "") -> str:
    """``folder/<32 random hex>/<slug of the name>.<ext>``: nobody can guess where a file is,
    and the last part still says what it is (it is the name the visitor's browser saves).

    ``stem`` replaces the original name (without its extension) when given.
    """
    base = posixpath.basename(filename.replace("\\", "/"))
    name, dot, extension = base.rpartition(".")
    if not dot:
        name, extension = base, ""
    name = slugify(stem or name, max_length=NAME_MAX_LENGTH) or "tep"
    extension = EXTENSION.sub("", extension.lower())[:10]
    return f"{folder.strip('/')}/{secrets.token_hex(RANDOM_BYTES)}/{name}{'.' + extension if extension else ''}"


@deconstructible
class RandomFileName:
    """``upload_to=RandomFileName("trainings/papers")``: see ``random_file_name``.

    ``%Y`` and ``%m`` in the folder are the year and month of the upload in Vietnam
    (``RandomFileName("articles/%Y/%m")``).
    """

    def __init__(self, folder: str) -> None:
        self.folder = folder

    def __call__(self, instance, filename: str) -> str:
        return random_file_name(timezone.localdate().strftime(self.folder), filename)

    def __eq__(self, other) -> bool:
        return isinstance(other, RandomFileName) and self.folder == other.folder


class PrivateFieldFile(FieldFile):
    @property
    def url(self) -> str:
        """The download view of the row (``get_download_url()``), which checks who may fetch the file.

        Never the storage's own address, so that whatever shows the file (a template, the
        admin's file widget or read-only field) links through the check.
        """
        self._require_file()
        return self.instance.get_download_url()


class PrivateFileField(models.FileField):
    """A file in the private storage; its model defines ``get_download_url()``, the view that serves it."""

    attr_class = PrivateFieldFile

    def __init__(self, *args, storage=None, **kwargs) -> None:
        kwargs.setdefault("max_length", 255)  # the random folder takes 33 characters
        super().__init__(*args, storage=storage or private_storage, **kwargs)
