"""The demo data of the awards app: believable, idempotent, and public only where it should be."""

import re

import pytest

from awards.models import AwardForm, Commendation, Decision

pytestmark = pytest.mark.django_db


def test_seed_demo_creates_decisions_in_every_state_and_is_idempotent(client, demo):
    tmp_path = demo.root
    assert (AwardForm.objects.count(), Decision.objects.count(), Commendation.objects.count()) == demo.first["awards"]
    assert dict(Decision.objects.values_list("number", "status")) == {
        "125/QĐ-SGDĐT": "published",
        "88/QĐ-SGDĐT": "published",
        "1520/QĐ-UBND": "published",
        "97/QĐ-SGDĐT": "revoked",
        "142/QĐ-SGDĐT": "draft",
        "1520/QĐ-SGDĐT": "published",  # the calendar-year award of the 2025 reform's demo (reform.toml)
    }
    communications = Decision.objects.get(number="125/QĐ-SGDĐT").commendations
    assert communications.filter(recipient_kind="collective").count() == 2
    assert communications.filter(recipient_kind="individual").count() == 5
    assert not communications.filter(unit__isnull=True).exists()
    # Every decision has a scan, once, in the private storage: the public downloads the published ones only.
    scans = dict(Decision.objects.values_list("number", "file"))
    assert re.fullmatch(r"awards/decisions/[0-9a-f]{32}/quyet-dinh-125-qd-sgddt\.pdf", scans["125/QĐ-SGDĐT"])
    assert sorted(p.relative_to(tmp_path / "private").as_posix() for p in tmp_path.glob("private/awards/**/*.pdf")) == (
        sorted(scans.values())
    )
    assert not (tmp_path / "media" / "awards").exists()
    published, draft = Decision.objects.get(number="125/QĐ-SGDĐT"), Decision.objects.get(number="142/QĐ-SGDĐT")
    assert client.get(published.get_download_url()).status_code == 200
    assert client.get(draft.get_download_url()).status_code == 404
