"""Editors manage the organisation pages, the links and the press calendar, and moderate questions.

Collaborators and leaders get nothing here; administrators get everything (grant_permissions).
The department's profile (address, the official responsible for content, the licence) stays
with administrators: it is the portal's legal identity.
"""

from django.db import migrations

from portal import roles

ORGANISATION_MODELS = ["aboutpage", "leader", "office", "spokesperson", "pressbriefing", "agencylink"]

ORGANISATION_GRANTS = {
    roles.EDITOR: [
        *(f"{action}_{model}" for model in ORGANISATION_MODELS for action in ("add", "change", "delete", "view")),
        # Questions come from the public form: editors answer, publish, and delete spam, but never add.
        "view_question",
        "change_question",
        "delete_question",
    ],
}


def forwards(apps, schema_editor):
    roles.grant_permissions(apps, "portal", ORGANISATION_GRANTS)


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    models = [*ORGANISATION_MODELS, "question"]
    permissions = Permission.objects.filter(content_type__app_label="portal", content_type__model__in=models)
    for group in Group.objects.filter(name__in=roles.ALL_ROLES):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [("portal", "0003_organisation_and_questions")]

    operations = [migrations.RunPython(forwards, backwards)]
