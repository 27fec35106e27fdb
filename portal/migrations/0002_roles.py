"""Create the four roles as groups and give them the portal app's permissions."""

from django.db import migrations

from portal import roles

PORTAL_GRANTS = {
    roles.COLLABORATOR: ["view_unit"],
    roles.EDITOR: ["view_unit", "add_unit", "change_unit", "view_siteprofile"],
    roles.LEADER: ["view_unit"],
}


def forwards(apps, schema_editor):
    roles.grant_permissions(apps, "portal", PORTAL_GRANTS)
    # Administrators also manage groups and permissions (Django's auth app).
    roles.grant_permissions(apps, "auth", {})


def backwards(apps, schema_editor):
    roles.revoke_permissions(apps, "portal")
    roles.revoke_permissions(apps, "auth")


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
