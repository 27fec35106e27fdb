"""History pages of the models with a workflow: old versions to read, for those who may change the live row, never to save."""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseNotAllowed
from simple_history.admin import SimpleHistoryAdmin


class WorkflowHistoryAdmin(SimpleHistoryAdmin):
    """``SimpleHistoryAdmin`` whose history list and version pages are read-only and guarded by the live row.

    simple-history's version page saves the old version whole when it is posted ("Revert"),
    past the services and their permission checks, status included; its
    ``SIMPLE_HISTORY_REVERT_DISABLED`` only hides the button, so the POST itself is refused
    here. Its pages also let in anyone with the model's view permission, and find a row outside
    the admin's queryset through its history; here the live row must be in
    ``get_queryset`` and pass ``has_history_permission``.
    """

    def has_history_permission(self, request, obj) -> bool:
        """Whether the user may read the history of the live row ``obj``: whoever may change it."""
        return self.has_change_permission(request, obj)

    def _check_history_access(self, request, object_id) -> None:
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            raise Http404
        if not self.has_history_permission(request, obj):
            raise PermissionDenied

    def history_view(self, request, object_id, extra_context=None):
        self._check_history_access(request, object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        self._check_history_access(request, object_id)
        return super().history_form_view(request, object_id, version_id, extra_context)

    def revert_disabled(self, request, obj=None) -> bool:
        return True
