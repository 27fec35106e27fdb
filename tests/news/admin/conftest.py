"""The newsroom's people for the admin tests."""

import pytest

from portal import roles
from tests.factories import UnitFactory, UserFactory


@pytest.fixture
def collaborator():
    return UserFactory(role=roles.COLLABORATOR, unit=UnitFactory(name="Trường THCS Nguyễn Du"))


@pytest.fixture
def editor():
    return UserFactory(role=roles.EDITOR, first_name="Hà", last_name="Trần Thu")
