"""Give the roles the documents registry's permissions: editors manage documents and moderate comments."""

from django.db import migrations

from portal import roles

DOCUMENT_GRANTS = {
    roles.COLLABORATOR: [],
    roles.EDITOR: [
        "add_document",
        "change_document",
        "delete_document",
        "view_document",
        "import_documents",
        "add_documentfile",
        "change_documentfile",
        "delete_documentfile",
        "view_documentfile",
        "add_documentissuer",
        "change_documentissuer",
        "view_documentissuer",
        "add_documentfield",
        "change_documentfield",
        "view_documentfield",
        "view_documentcomment",
        "change_documentcomment",
        "delete_documentcomment",
        "moderate_documentcomment",
    ],
    roles.LEADER: [],
}


def forwards(apps, schema_editor):
    roles.grant_permissions(apps, "news", DOCUMENT_GRANTS)


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    codenames = {c for names in DOCUMENT_GRANTS.values() for c in names}
    permissions = Permission.objects.filter(content_type__app_label="news", codename__in=codenames)
    for group in Group.objects.filter(name__in=roles.ALL_ROLES):
        group.permissions.remove(*permissions)


class Migration(migrations.Migration):
    dependencies = [("news", "0006_document_search"), ("portal", "0002_roles")]

    operations = [migrations.RunPython(forwards, backwards)]
