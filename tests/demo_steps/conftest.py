"""The demo's newsroom steps, seeded without the rest of the demo (the old site's import adds
articles of its own, with their old bylines and no credits)."""

import io

import pytest

from portal.demo import newsroom, organisation, royalties


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"


@pytest.fixture
def newsroom_seeded(db) -> None:
    for seed in (organisation.seed, newsroom.seed, royalties.seed):
        seed(stdout=io.StringIO())
