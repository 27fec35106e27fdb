"""Tests of trainings/views/files.py: who may download each material and paper of a training."""

import re

import pytest

from tests.factories.trainings import MaterialFactory, PaperFactory, TrainingFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_root")]


def fetch(client, url, user=None):
    client.logout()
    if user is not None:
        client.force_login(user)
    return client.get(url)


def test_a_public_material_of_a_public_training_is_for_anyone(client, private_root, tmp_path):
    material = MaterialFactory(is_public=True)
    assert re.fullmatch(r"trainings/materials/[0-9a-f]{32}/tai-lieu-hoi-nghi\.pdf", material.file.name)
    assert (private_root / material.file.name).read_bytes() == b"%PDF-1.4\n% tai lieu\n"
    assert not (tmp_path / "media").exists()

    response = client.get(f"/hoi-nghi-tap-huan/tai-lieu/{material.pk}/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4\n% tai lieu\n"
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'attachment; filename="tai-lieu-hoi-nghi.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Cache-Control"] == "public, max-age=300"


@pytest.mark.parametrize(
    "material",
    [
        {"is_public": False},  # an internal material of a public training
        {"is_public": True, "training__is_public": False},  # marked public, but its training is not
    ],
    ids=["internal-material", "training-not-public"],
)
def test_any_other_material_is_404_but_for_editors_and_leaders(client, people, material):
    url = MaterialFactory(**material).get_download_url()
    assert fetch(client, url).status_code == 404
    assert fetch(client, url, people["collaborator"]).status_code == 404
    for role in ("editor", "leader"):
        response = fetch(client, url, people[role])
        assert response.status_code == 200
        assert response["Cache-Control"] == "private, no-store"
        assert response["Content-Disposition"] == 'attachment; filename="tai-lieu-hoi-nghi.pdf"'


def test_papers_are_never_public_editors_and_leaders_download_them(client, people, private_root):
    paper = PaperFactory(training=TrainingFactory(is_public=True))
    url = f"/hoi-nghi-tap-huan/tham-luan/{paper.pk}/"
    assert paper.get_download_url() == url
    assert re.fullmatch(r"trainings/papers/[0-9a-f]{32}/tham-luan-cua-truong\.pdf", paper.file.name)
    assert (private_root / paper.file.name).is_file()
    assert fetch(client, url).status_code == 404
    assert fetch(client, url, people["collaborator"]).status_code == 404
    for role in ("editor", "leader"):
        response = fetch(client, url, people[role])
        assert response.status_code == 200
        assert b"".join(response.streaming_content) == b"%PDF-1.4\n% tham luan\n"
        assert response["Content-Disposition"] == 'attachment; filename="tham-luan-cua-truong.pdf"'
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Cache-Control"] == "private, no-store"


def test_a_paper_without_a_file_or_a_row_that_is_gone_is_404(client, people):
    paper = PaperFactory(file="")
    client.force_login(people["leader"])
    assert client.get(paper.get_download_url()).status_code == 404
    assert client.get("/hoi-nghi-tap-huan/tai-lieu/999999/").status_code == 404


def test_downloads_answer_get_and_head_only(client, people):
    url = MaterialFactory(is_public=True).get_download_url()
    assert client.head(url).status_code == 200
    assert client.post(url).status_code == 405
