"""Invitations of units to register their delegates online, each with a private link.

The link's token is never stored: it is an HMAC of the row's random nonce under the site's
secret key, so the sweep that mails it later can derive it again, while a copy of the
database alone opens no list. The row keeps the SHA-256 of the token for the lookup.
Re-issuing a link draws a new nonce, so the old link stops working.
"""

import base64
import hashlib
import hmac
import secrets

from django.db import models
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

LINK_SALT = "trainings.invitation"


def new_nonce() -> str:
    return secrets.token_hex(16)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class InvitationQuerySet(models.QuerySet):
    def for_token(self, token: str) -> "Invitation | None":
        """The invitation a link's token opens (revoked or late ones too: the view says why), or None.

        The lookup is by the token's hash; the final comparison is in constant time.
        """
        if not token or len(token) > 64:
            return None
        digest = token_hash(token)
        invitation = self.filter(token_hash=digest).select_related("training", "unit").first()
        if invitation is None or not hmac.compare_digest(invitation.token_hash, digest):
            return None
        return invitation

    def answered(self) -> "InvitationQuerySet":
        return self.filter(answered_at__isnull=False)


class Invitation(models.Model):
    """One unit invited to a training with a number of places, and its private registration link."""

    training = models.ForeignKey(
        "trainings.Training", verbose_name=_("hội nghị"), on_delete=models.CASCADE, related_name="invitations"
    )
    unit = models.ForeignKey(
        "portal.Unit", verbose_name=_("đơn vị"), on_delete=models.PROTECT, related_name="training_invitations"
    )
    places = models.PositiveSmallIntegerField(_("số chỗ"), default=1, help_text=_("Số đại biểu đơn vị được cử."))
    email = models.EmailField(
        _("thư điện tử nhận giấy mời"), blank=True, help_text=_("Để trống thì dùng thư điện tử của đơn vị.")
    )
    nonce = models.CharField(max_length=32, default=new_nonce, editable=False)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    revoked_at = models.DateTimeField(_("thu hồi lúc"), null=True, blank=True, editable=False)
    answered_at = models.DateTimeField(_("đăng ký lúc"), null=True, blank=True, editable=False)
    # Owed mails (portal/outbox.py): each is a claim time and a sent time.
    invitation_sent_at = models.DateTimeField(_("gửi giấy mời lúc"), null=True, blank=True, editable=False)
    invitation_claimed_at = models.DateTimeField(null=True, blank=True, editable=False)
    reminder_sent_at = models.DateTimeField(_("nhắc đăng ký lúc"), null=True, blank=True, editable=False)
    reminder_claimed_at = models.DateTimeField(null=True, blank=True, editable=False)
    # The list's answered_at that the last confirmation mail described: owed while it lags.
    confirmed_at = models.DateTimeField(_("gửi xác nhận lúc"), null=True, blank=True, editable=False)
    confirmation_claimed_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("giấy mời đăng ký")
        verbose_name_plural = _("giấy mời đăng ký")
        ordering = ["training", "unit__name", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["training", "unit"], name="invitation_one_per_unit"),
            models.CheckConstraint(condition=Q(places__gte=1), name="invitation_at_least_one_place"),
        ]
        indexes = [
            models.Index(fields=["created_at"], condition=Q(invitation_sent_at__isnull=True), name="invitation_unsent"),
            models.Index(
                fields=["answered_at"],
                condition=Q(answered_at__isnull=False)
                & (Q(confirmed_at__isnull=True) | Q(confirmed_at__lt=F("answered_at"))),
                name="invitation_unconfirmed",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.unit} ({self.places})"

    def save(self, *args, **kwargs) -> None:
        # Derived column: the hash the link is looked up by follows the nonce.
        self.token_hash = token_hash(self.token)
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "token_hash"}
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("trainings:register", kwargs={"token": self.token})

    @property
    def token(self) -> str:
        digest = salted_hmac(LINK_SALT, self.nonce, algorithm="sha256").digest()
        return base64.urlsafe_b64encode(digest).decode().rstrip("=")

    @property
    def recipient(self) -> str:
        return self.email or self.unit.email

    def is_open(self, now=None) -> bool:
        """Whether the link still opens the form: not revoked, before the deadline, not closed."""
        now = now or timezone.now()
        training = self.training
        return (
            self.revoked_at is None
            and training.registration_closed_at is None
            and training.registration_deadline is not None
            and now < training.registration_deadline
        )
