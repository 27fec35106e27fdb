"""Give the roles the permissions of training conferences and of the leaders' area."""

from django.db import migrations

from portal import roles

TRAININGS_GRANTS = {
    roles.COLLABORATOR: [],
    roles.EDITOR: ["add_training", "change_training", "delete_training", "view_training", "access_leaders_area"],
    roles.LEADER: ["view_training", "access_leaders_area", "sign_off_training"],
}


def forwards(apps, schema_editor):
    roles.grant_permissions(apps, "trainings", TRAININGS_GRANTS)


def backwards(apps, schema_editor):
    roles.revoke_permissions(apps, "trainings")


class Migration(migrations.Migration):
    dependencies = [("trainings", "0001_initial"), ("portal", "0002_roles")]

    operations = [migrations.RunPython(forwards, backwards)]
