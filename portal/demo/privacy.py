"""The personal data demo: a retention sweep's report (and the old answer it anonymised)."""

from portal.models import RetentionSweep
from portal.personal_data import personal_data_sweep


def seed(*, stdout) -> None:
    # Once: a second seed finds the report and leaves it, as the other seeders do with their rows.
    if not RetentionSweep.objects.filter(dry_run=False).exists():
        report = personal_data_sweep()
        stdout.write(f"Lần xoá dữ liệu hết hạn: {report.total} bản ghi.")
