"""The newsroom's people for the admin tests."""

import pytest

from portal import roles
from tests.factories.portal import UnitFactory, UserFactory


@pytest.fixture
def collaborator():
    return UserFactory(
        role=roles.COLLABORATOR, email="ctv@truong.example.vn", unit=UnitFactory(name="Trường THCS Nguyễn Du")
    )


@pytest.fixture
def editor():
    return UserFactory(role=roles.EDITOR, email="btv@sgddt.example.vn", first_name="Hà", last_name="Trần Thu")
