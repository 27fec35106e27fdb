"""Give the roles the permissions of the training record's models (programme, delegates, reminders)."""

from django.db import migrations

from portal import roles

MODELS = [
    "topic",
    "speaker",
    "session",
    "remotesite",
    "participant",
    "paper",
    "material",
    "trainingphoto",
    "review",
    "reminder",
    "reminderdelivery",
]

GRANTS = {
    roles.COLLABORATOR: [],
    # Editors keep the whole record; reviews are the leaders' words, so editors only read them,
    # and delivery rows are written by the reminder job alone.
    roles.EDITOR: [
        f"{action}_{model}"
        for model in MODELS
        if model not in {"review", "reminderdelivery"}
        for action in ("add", "change", "delete", "view")
    ]
    + ["view_review", "view_reminderdelivery"],
    roles.LEADER: [f"view_{model}" for model in MODELS],
}


def forwards(apps, schema_editor):
    roles.grant_permissions(apps, "trainings", GRANTS)


def backwards(apps, schema_editor):
    # Only what this migration gave; 0002's grants on Training stay.
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="trainings", content_type__model__in=MODELS)
    for group in Group.objects.filter(name__in=roles.ALL_ROLES):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [("trainings", "0003_records_people_reminders"), ("portal", "0002_roles")]

    operations = [migrations.RunPython(forwards, backwards)]
