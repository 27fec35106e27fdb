"""The leaders' queue in /lanh-dao/bai-cho-duyet/: articles that need their approval, read in full, approved or returned."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST, require_safe

from news.services.articles import (
    LEADERS_PERMISSION,
    WorkflowError,
    article_leaders_approve,
    article_leaders_return,
)
from portal.permissions import leaders_area_required

from ..enums import ArticleStatus, RoyaltyPeriodStatus
from ..models import Article, RoyaltyPeriod


def _require_leader(request: HttpRequest) -> None:
    if not request.user.has_perm(LEADERS_PERMISSION):
        raise PermissionDenied


@leaders_area_required
@require_safe
def queue(request: HttpRequest) -> HttpResponse:
    """What awaits the leaders: articles, and royalty statements submitted."""
    _require_leader(request)
    articles = Article.objects.filter(status=ArticleStatus.LEADERS).select_related("category", "reviewed_by")
    periods = RoyaltyPeriod.objects.filter(status=RoyaltyPeriodStatus.SUBMITTED).order_by("month")
    return render(
        request,
        "news/leaders/queue.html",
        {"articles": articles.order_by("updated_at"), "periods": periods},
    )


@leaders_area_required
@require_safe
def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    _require_leader(request)
    # Only what is in their queue: a draft or anything else stays the newsroom's.
    article = get_object_or_404(
        Article.objects.select_related("category", "reviewed_by", "created_by"), pk=pk, status=ArticleStatus.LEADERS
    )
    return render(request, "news/leaders/article.html", {"article": article})


@leaders_area_required
@require_POST
def article_decide(request: HttpRequest, pk: int) -> HttpResponse:
    _require_leader(request)
    article = get_object_or_404(Article, pk=pk)
    try:
        if request.POST.get("quyet-dinh") == "duyet":
            article_leaders_approve(article=article, by=request.user)
            messages.success(request, _("Đã duyệt bài: “%(title)s”.") % {"title": article.title})
        else:
            article_leaders_return(article=article, by=request.user, reason=request.POST.get("ly-do", ""))
            messages.success(request, _("Đã trả bài về cho biên tập viên."))
    except WorkflowError as refusal:
        messages.error(request, str(refusal))
        if article.status == ArticleStatus.LEADERS:
            return redirect("news_leaders:article", pk=article.pk)
    return redirect("news_leaders:queue")
