"""Give the roles the permissions of contributors, credits, royalties and the leaders' approval of articles.

Collaborators credit the people of their articles but see no royalties; editors grade and
submit the month's statement; leaders read and approve it, read the newsroom's report, and approve
the articles that need them.
"""

from django.db import migrations

from portal import roles

CONTENT = ["view_contributor", "add_contributor", "view_credit", "add_credit", "change_credit", "delete_credit"]
GRANTS = {
    roles.COLLABORATOR: CONTENT,
    roles.EDITOR: [
        *CONTENT,
        "change_contributor",
        "view_royaltyrate",
        "view_royaltyperiod",
        "add_royaltyperiod",
        "change_royaltyperiod",
        "grade_credit",
        "view_royaltyadjustment",
        "add_royaltyadjustment",
        "delete_royaltyadjustment",
    ],
    # Leaders head the editorial board: they read the month's statement and the newsroom's report.
    roles.LEADER: [
        "view_royaltyperiod",
        "approve_royaltyperiod",
        "view_royaltyrate",
        "view_statistics",
        "approve_as_leader",
    ],
}


def forwards(apps, schema_editor):
    roles.grant_permissions(apps, "news", GRANTS)


def backwards(apps, schema_editor):
    """Take back only what ``forwards`` gave (the other news permissions stay with the roles)."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    codenames = {codename for codenames in GRANTS.values() for codename in codenames} - {"view_statistics"}
    codenames.add("approve_as_leader")
    codenames |= {
        f"{action}_{model}"
        for action in ("add", "change", "delete", "view")
        for model in ("contributor", "credit", "royaltyrate", "royaltyperiod", "royaltyadjustment")
    }
    permissions = Permission.objects.filter(content_type__app_label="news", codename__in=codenames)
    for group in Group.objects.filter(name__in=roles.ALL_ROLES):
        group.permissions.remove(*permissions)
    # Editors had the statistics before; only the leaders' grant is taken back.
    statistics = Permission.objects.filter(content_type__app_label="news", codename="view_statistics")
    for group in Group.objects.filter(name=roles.LEADER):
        group.permissions.remove(*statistics)


class Migration(migrations.Migration):
    dependencies = [("news", "0021_leaders_approval")]

    operations = [migrations.RunPython(forwards, backwards)]
