"""Give the roles the permissions of announcements and the work schedule: editors write, publish and remove them."""

from django.db import migrations

from portal import roles

GRANTS = {
    roles.COLLABORATOR: [],
    roles.EDITOR: [
        "add_announcement",
        "change_announcement",
        "delete_announcement",
        "view_announcement",
        "publish_announcement",
        "add_workweek",
        "change_workweek",
        "delete_workweek",
        "view_workweek",
        "publish_workweek",
        "add_workentry",
        "change_workentry",
        "delete_workentry",
        "view_workentry",
    ],
    roles.LEADER: ["view_workweek", "view_workentry"],
}


def forwards(apps, schema_editor):
    roles.grant_permissions(apps, "news", GRANTS)


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    codenames = {c for names in GRANTS.values() for c in names}
    permissions = Permission.objects.filter(content_type__app_label="news", codename__in=codenames)
    for group in Group.objects.filter(name__in=roles.ALL_ROLES):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [("news", "0018_announcements_work_schedule"), ("portal", "0002_roles")]

    operations = [migrations.RunPython(forwards, backwards)]
