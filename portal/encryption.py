"""A model field encrypted at rest with a key from the environment, and its masked display.

For data whose leak would harm someone at once, such as a contributor's bank account: the
database, its backups and its history tables hold only ciphertext (Fernet: AES with an
authentication tag), so a copied dump exposes nothing without ``FIELD_ENCRYPTION_KEYS``.
Pages show the value masked (``masked``) except to those with the permission that needs it
(``shown_to``). Keys: comma-separated Fernet keys, the first encrypts, all decrypt, so a key
is rotated by putting the new one first and re-saving the rows.
"""

import base64
import hashlib

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models

MASK = "•"


def _fernet() -> MultiFernet:
    keys = list(getattr(settings, "FIELD_ENCRYPTION_KEYS", []))
    if not keys:
        if not settings.DEBUG:
            raise ImproperlyConfigured(
                "FIELD_ENCRYPTION_KEYS is not set: generate one with "
                '`python -c "from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())"`.'
            )
        # Development only: a key derived from SECRET_KEY, so that `make run` works without one.
        keys = [base64.urlsafe_b64encode(hashlib.sha256(settings.SECRET_KEY.encode()).digest()).decode()]
    try:
        return MultiFernet([Fernet(key) for key in keys])
    except ValueError:
        raise ImproperlyConfigured("FIELD_ENCRYPTION_KEYS holds a key that is not a Fernet key.") from None


class EncryptedCharField(models.TextField):
    """Text stored encrypted; reads give the plain text back. Not searchable, not sortable."""

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if value in (None, ""):
            return value
        return _fernet().encrypt(str(value).encode()).decode()

    def from_db_value(self, value, expression, connection):
        if value in (None, ""):
            return value
        try:
            return _fernet().decrypt(value.encode()).decode()
        except InvalidToken:
            raise ImproperlyConfigured(
                f"{self.model._meta.label}.{self.name} cannot be decrypted with FIELD_ENCRYPTION_KEYS "
                "(a key was removed before its rows were re-saved?)."
            ) from None

    def get_lookup(self, lookup_name):
        # Each encryption of a value differs: an equality filter could never match, so it is refused.
        if lookup_name not in ("isnull",):
            return None
        return super().get_lookup(lookup_name)


def masked(value: str, *, visible: int = 4) -> str:
    """``"0123456789"`` → ``"••••••6789"``: enough to recognise, not to use."""
    value = "".join(value.split())
    if len(value) <= visible:
        return MASK * len(value)
    return MASK * (len(value) - visible) + value[-visible:]


def shown_to(user, value: str, *, permission: str) -> str:
    """The value for those with ``permission`` (the role that pays), masked for everyone else."""
    return value if user.has_perm(permission) else masked(value)
