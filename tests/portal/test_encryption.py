"""portal/encryption.py: ciphertext at rest, plain text on read, masked for all but one permission."""

import pytest
from cryptography.fernet import Fernet
from django.core.exceptions import ImproperlyConfigured

from portal import roles
from portal.encryption import EncryptedCharField, masked, shown_to
from portal.models import SiteProfile
from tests.factories.portal import UserFactory

ACCOUNT = "0071 0012 34567"


@pytest.fixture
def field(settings):
    settings.FIELD_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    field = EncryptedCharField()
    field.set_attributes_from_name("bank_account")
    field.model = SiteProfile  # any model: only its label is read, in the error message
    return field


def test_the_database_gets_ciphertext_and_reads_give_the_text_back(field):
    stored = field.get_prep_value(ACCOUNT)
    assert ACCOUNT not in stored and "34567" not in stored
    assert field.get_prep_value(ACCOUNT) != stored  # a fresh nonce each time: equal values do not show
    assert field.from_db_value(stored, None, None) == ACCOUNT
    assert field.get_prep_value("") == ""


def test_a_rotated_key_still_reads_old_rows_and_a_lost_key_says_so(field, settings):
    stored = field.get_prep_value(ACCOUNT)
    settings.FIELD_ENCRYPTION_KEYS = [Fernet.generate_key().decode(), *settings.FIELD_ENCRYPTION_KEYS]
    assert field.from_db_value(stored, None, None) == ACCOUNT
    settings.FIELD_ENCRYPTION_KEYS = settings.FIELD_ENCRYPTION_KEYS[:1]
    with pytest.raises(
        ImproperlyConfigured, match="portal.SiteProfile.bank_account cannot be decrypted with FIELD_ENCRYPTION_KEYS"
    ):
        field.from_db_value(stored, None, None)


def test_without_a_key_production_refuses(field, settings):
    settings.FIELD_ENCRYPTION_KEYS, settings.DEBUG = [], False
    with pytest.raises(ImproperlyConfigured, match="FIELD_ENCRYPTION_KEYS is not set"):
        field.get_prep_value(ACCOUNT)


def test_equality_lookups_are_refused(field):
    assert field.get_lookup("exact") is None
    assert field.get_lookup("isnull") is not None


@pytest.mark.django_db
def test_the_value_is_masked_except_for_the_permission_that_needs_it():
    assert masked(ACCOUNT) == "•••••••••4567"
    editor = UserFactory(role=roles.EDITOR)
    administrator = UserFactory(role=roles.ADMINISTRATOR)
    assert shown_to(editor, ACCOUNT, permission="portal.change_siteprofile") == "•••••••••4567"
    assert shown_to(administrator, ACCOUNT, permission="portal.change_siteprofile") == ACCOUNT
