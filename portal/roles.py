"""The roles of the portal, as Django groups with explicit permissions.

The groups are created by ``portal/migrations/0002_roles.py``; every app adds the
permissions of its own models to them in a data migration that calls
``grant_permissions``, so that the list of what a role may do lives beside the models.
"""

from django.contrib.auth.management import create_permissions

# Group names are stored in the database, so they are plain Vietnamese strings, not gettext.
COLLABORATOR = "Cộng tác viên / Phóng viên"
EDITOR = "Biên tập viên"
LEADER = "Lãnh đạo Sở"
ADMINISTRATOR = "Quản trị"
# Handles people's requests about their data and reads the access log (portal/rights.py).
DATA_PROTECTION_OFFICER = "Cán bộ bảo vệ dữ liệu cá nhân"

ALL_ROLES = (COLLABORATOR, EDITOR, LEADER, ADMINISTRATOR, DATA_PROTECTION_OFFICER)

# Roles that work in the Django admin (their users get is_staff); leaders use their own area.
STAFF_ROLES = (COLLABORATOR, EDITOR, ADMINISTRATOR, DATA_PROTECTION_OFFICER)


def grant_permissions(apps, app_label: str, grants: dict[str, list[str]]) -> None:
    """Give each role the listed permission codenames of ``app_label``.

    For data migrations: permissions of models created in the same ``migrate`` run do
    not exist until ``post_migrate``, so they are created here first. ``grants`` maps a
    role name to codenames such as ``"change_article"``; the administrator role always
    receives every permission of the app.
    """
    app_config = apps.get_app_config(app_label)
    app_config.models_module = True  # historical app configs have none; create_permissions needs it
    create_permissions(app_config, apps=apps, verbosity=0)

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    app_permissions = Permission.objects.filter(content_type__app_label=app_label)
    by_codename = {p.codename: p for p in app_permissions}
    for role in ALL_ROLES:
        group, _created = Group.objects.get_or_create(name=role)
        if role == ADMINISTRATOR:
            group.permissions.add(*app_permissions)
            continue
        codenames = grants.get(role, [])
        missing = sorted(set(codenames) - set(by_codename))
        if missing:
            raise LookupError(f"{app_label} has no permissions {missing}; check the codenames in the migration.")
        group.permissions.add(*(by_codename[c] for c in codenames))


def revoke_permissions(apps, app_label: str) -> None:
    """Reverse of ``grant_permissions``: take the app's permissions away from every role."""
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label=app_label)
    for group in Group.objects.filter(name__in=ALL_ROLES):
        group.permissions.remove(*permissions)
