"""Give the roles the permissions of commendations: editors manage them, leaders read them."""

from django.db import migrations

from portal import roles

MANAGE = [
    f"{action}_{model}"
    for model in ("awardform", "decision", "commendation")
    for action in ("add", "change", "delete", "view")
]

AWARDS_GRANTS = {
    roles.COLLABORATOR: [],
    roles.EDITOR: [
        *MANAGE,
        "publish_decision",
        "revoke_decision",
        "view_historicaldecision",
        "view_historicalcommendation",
    ],
    # Leaders read the figures in their own area; the view permissions keep the door open
    # should they be given admin access one day, without the right to change anything.
    roles.LEADER: ["view_awardform", "view_decision", "view_commendation"],
}


def forwards(apps, schema_editor):
    roles.grant_permissions(apps, "awards", AWARDS_GRANTS)


def backwards(apps, schema_editor):
    roles.revoke_permissions(apps, "awards")


class Migration(migrations.Migration):
    dependencies = [("awards", "0001_initial"), ("portal", "0002_roles")]

    operations = [migrations.RunPython(forwards, backwards)]
