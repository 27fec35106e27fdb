"""Fixtures and helpers the portal's test folders share: the site profile, an editor, images, private files,
manage.py."""

import io
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import ExifTags, Image

from portal import roles
from portal.models import SiteProfile
from portal.storage import private_storage
from tests.factories.portal import UserFactory

ROOT = Path(__file__).resolve().parents[2]
PDF = b"%PDF-1.4\n% quyet dinh\n"
SCRIPT = '<script>alert("xss")</script><b onmouseover="steal()">Xin hỏi</b> & cảm ơn'


@pytest.fixture
def profile():
    """The department's profile, in Vietnamese and in English."""
    return SiteProfile.objects.create(
        pk=1,
        name="Sở Giáo dục và Đào tạo tỉnh Thử Nghiệm",
        name_en="Thu Nghiem Department of Education and Training",
        parent_name="Ủy ban nhân dân tỉnh Thử Nghiệm",
        address="Số 1 Đường Lê Duẩn",
        address_en="1 Le Duan Street",
        phone="0262 3852 001",
        email="vanphong@sgddt.example.vn",
        responsible_person="Ông Nguyễn Văn Thành",
        responsible_person_en="Mr Nguyen Van Thanh",
        responsible_title="Phó Giám đốc Sở",
        responsible_title_en="Deputy Director",
        working_hours="Từ thứ Hai đến thứ Sáu",
    )


@pytest.fixture
def editor():
    return UserFactory(role=roles.EDITOR, email="bientap@sgddt.example.vn")


@pytest.fixture
def editor_client(client):
    client.force_login(UserFactory(role=roles.EDITOR))
    return client


@pytest.fixture
def _fresh_checks(settings):
    settings.HEALTHZ_CACHE_SECONDS = 0  # each request runs the checks


def jpeg(width=1200, height=800, *, gps=False, trailer=b"") -> bytes:
    image = Image.new("RGB", (width, height), (11, 74, 139))
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Test Camera"
    if gps:
        exif[ExifTags.Base.GPSInfo] = {ExifTags.GPS.GPSLatitudeRef: "N", ExifTags.GPS.GPSLatitude: (12.0, 40.0, 5.0)}
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif)
    return out.getvalue() + trailer


def stored_files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def stored(name: str, content: bytes = PDF):
    """A file saved in the private storage, as a field of a row would hold it."""
    storage = private_storage()
    return SimpleNamespace(name=storage.save(name, ContentFile(content)), storage=storage)


def csv_file(text: str, name="don-vi.csv") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, text.encode("utf-8-sig"))


def python_only_environment(var_dir: Path) -> dict[str, str]:
    """The environment of a child process running the portal on its defaults (DEBUG, SQLite,
    ``var_dir``): only what runs Python, no database, cache, broker, storage or mail settings
    of this run."""
    environment = {key: os.environ[key] for key in ("PATH", "HOME", "LANG", "TMPDIR") if key in os.environ}
    environment.update(DEBUG="1", VAR_DIR=str(var_dir), ALLOWED_HOSTS="testserver")
    return environment


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean_env = {"PATH": os.environ["PATH"], "VAR_DIR": str(ROOT / "var" / "test" / "subprocess"), **env}
    return subprocess.run(  # noqa: S603 - our own manage.py with fixed arguments
        [sys.executable, "manage.py", *args], cwd=ROOT, env=clean_env, capture_output=True, text=True, timeout=60
    )
