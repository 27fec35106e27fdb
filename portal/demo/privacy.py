"""The personal data demo: a finished request of a person, and a retention sweep's report."""

from portal.models import PersonalDataRequest, RetentionSweep, User
from portal.personal_data import personal_data_sweep
from portal.rights import Person, personal_data_erase, request_open

from .content import load, moment


def seed(*, stdout) -> None:
    for row in load("privacy")["requests"]:
        if PersonalDataRequest.objects.filter(requester=row["requester"]).exists():
            continue
        by = User.objects.get(username=row["by"])
        request = request_open(
            by=by, kind=row["kind"], requester=row["requester"], email=row["email"], received_at=moment(row["received"])
        )
        personal_data_erase(person=Person(email=row["email"]), by=by, request=request)
    # Once: a second seed finds the report and leaves it, as the other seeders do with their rows.
    if not RetentionSweep.objects.filter(dry_run=False).exists():
        report = personal_data_sweep()
        stdout.write(f"Lần xoá dữ liệu hết hạn: {report.total} bản ghi.")
