"""Fixtures of the awards admin tests: an editor signed in."""

import pytest

from portal import roles
from tests.factories.portal import UserFactory


@pytest.fixture
def editor(client):
    user = UserFactory(role=roles.EDITOR)
    client.force_login(user)
    return user
