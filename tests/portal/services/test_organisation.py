"""Tests of portal/services/organisation.py: a leader's photo is re-encoded and cut into renditions after the commit."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from portal.services.organisation import leader_photo_renditions_make, leader_save
from tests.factories.portal import LeaderFactory

pytestmark = pytest.mark.django_db


def test_leader_photo_is_reencoded_and_cut_into_renditions(tmp_path, settings, django_capture_on_commit_callbacks):
    settings.MEDIA_ROOT = tmp_path
    buffer = io.BytesIO()
    Image.new("RGB", (900, 1200), "#0b4a8b").save(buffer, "JPEG")
    leader = LeaderFactory.build(photo=SimpleUploadedFile("anh.jpg", buffer.getvalue(), content_type="image/jpeg"))
    with django_capture_on_commit_callbacks() as callbacks:
        leader_save(leader=leader, photo_changed=True)
    assert len(callbacks) == 1  # the renditions task, queued after the commit
    assert leader.photo_small is None
    assert leader_photo_renditions_make(leader_id=leader.pk) is True
    leader.refresh_from_db()
    assert leader.photo_small == {
        "webp": f"/media/{leader.photo.name.removesuffix('.jpg')}.w400.webp",
        "jpg": f"/media/{leader.photo.name.removesuffix('.jpg')}.w400.jpg",
    }
    assert leader_photo_renditions_make(leader_id=leader.pk + 1000) is False
