"""Autosaved copies of the article form: what someone is typing, kept aside until they save it.

The admin's autosave sends the form's values every minute or so; they are stored as the
user's copy of the article (or of the article not yet created) and offered back after a
crash, a closed tab or an expired session. A copy never writes the article itself.
"""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from portal.permissions import require_permission

from ..models import Article, ArticleDraftCopy
from .articles import can_edit

# What a copy may hold: the article form has some sixty inputs with its galleries; the
# body is the only long value. Anything bigger is not a form typed by a person.
MAX_FIELDS = 1000
MAX_CHARACTERS = 2_000_000


class DraftCopyError(ValueError):
    """A copy that is not the values of a form; the message is for the user."""


def _strings(value) -> list[str] | None:
    """The strings of a form value (a text, checked boxes, or selected [value, label] pairs); None if it is none of those."""
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list):
        return None
    strings = []
    for item in value:
        parts = item if isinstance(item, list) else [item]
        if not all(isinstance(part, str) for part in parts):
            return None
        strings += parts
    return strings


def _checked(fields) -> dict:
    """``fields`` if it is the values of a form by input name, else ``DraftCopyError``."""
    if not isinstance(fields, dict) or len(fields) > MAX_FIELDS:
        raise DraftCopyError(_("Bản lưu tạm không đúng định dạng."))
    size = 0
    for name, value in fields.items():
        strings = _strings(value)
        if strings is None:
            raise DraftCopyError(_("Bản lưu tạm không đúng định dạng."))
        size += len(name) + sum(map(len, strings))
    if size > MAX_CHARACTERS:
        raise DraftCopyError(_("Bản lưu tạm quá lớn."))
    return fields


def article_draft_copy_save(*, user, article: Article | None, fields: dict) -> ArticleDraftCopy:
    """Keep ``fields`` (the form's values by input name) as ``user``'s copy of ``article``.

    ``article`` is None for the article being written and not yet saved. Refused with
    ``PermissionDenied`` to whoever may not edit the article (``can_edit``, the rule of the
    change form) or add one, and with
    ``DraftCopyError`` for anything that is not a form's values. Side effects: the user's
    previous copy of the same article is replaced; the article is never written.
    """
    if article is None:
        require_permission(user, "news.add_article")
    elif not can_edit(user, article):
        raise PermissionDenied(_("Bạn không sửa được bài này nên không lưu tạm được."))
    fields = _checked(fields)
    with transaction.atomic():
        copy, _created = ArticleDraftCopy.objects.update_or_create(
            user=user, article=article, defaults={"fields": fields, "saved_at": timezone.now()}
        )
    return copy


def article_draft_copy_discard(*, user, article: Article | None) -> int:
    """Delete ``user``'s copy of ``article`` (None: of the new article); the number deleted (0 or 1).

    Called when the user saves the article or discards the copy. Side effects: none else.
    """
    deleted, _by_model = ArticleDraftCopy.objects.filter(user=user, article=article).delete()
    return deleted
