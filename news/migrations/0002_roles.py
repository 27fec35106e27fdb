"""Give the roles the newsroom's permissions."""

from django.db import migrations

from portal import roles

ARTICLE_CONTENT = [
    "view_category",
    "view_tag",
    "add_tag",
    "add_articleimage",
    "change_articleimage",
    "delete_articleimage",
    "view_articleimage",
    "add_attachment",
    "change_attachment",
    "delete_attachment",
    "view_attachment",
]

NEWS_GRANTS = {
    # Collaborators edit only their own drafts: the admin narrows these to created_by=user.
    roles.COLLABORATOR: [
        "add_article",
        "change_article",
        "view_article",
        "submit_article",
        "preview_article",
        *ARTICLE_CONTENT,
    ],
    roles.EDITOR: [
        "add_article",
        "change_article",
        "delete_article",
        "view_article",
        "submit_article",
        "review_article",
        "publish_article",
        "feature_article",
        "preview_article",
        "view_statistics",
        "view_historicalarticle",
        "view_articleevent",
        "add_category",
        "change_category",
        "delete_category",
        "change_tag",
        "delete_tag",
        *ARTICLE_CONTENT,
    ],
    roles.LEADER: [],
}


def forwards(apps, schema_editor):
    roles.grant_permissions(apps, "news", NEWS_GRANTS)


def backwards(apps, schema_editor):
    roles.revoke_permissions(apps, "news")


class Migration(migrations.Migration):
    dependencies = [("news", "0001_initial"), ("portal", "0002_roles")]

    operations = [migrations.RunPython(forwards, backwards)]
