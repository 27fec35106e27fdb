"""Let administrators see and lift sign-in lockouts (django-axes) in the admin."""

from django.db import migrations

from portal import roles


def forwards(apps, schema_editor):
    # Administrators receive every permission of the app; no other role sees the lockouts.
    roles.grant_permissions(apps, "axes", {})


def backwards(apps, schema_editor):
    roles.revoke_permissions(apps, "axes")


class Migration(migrations.Migration):
    dependencies = [("portal", "0006_owed_work"), ("axes", "0010_accessattemptexpiration")]

    operations = [migrations.RunPython(forwards, backwards)]
