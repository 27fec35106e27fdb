"""Questions and feedback from the public: the form, behind a rate limit and a honeypot, and the Q&A pages."""

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe
from django_ratelimit.decorators import ratelimit

from portal.forms import PublicFeedbackForm, QuestionForm
from portal.models import Question
from portal.pagination import paginate
from portal.personal_data import retention_days
from portal.selectors import questions_published
from portal.services.questions import question_submit


@require_safe
def question_list(request: HttpRequest) -> HttpResponse:
    page = paginate(request, questions_published())
    return render(request, "portal/questions/list.html", {"page": page})


@require_safe
def question_detail(request: HttpRequest, pk: int) -> HttpResponse:
    question = get_object_or_404(Question.objects.published().select_related("answered_by_office"), pk=pk)
    return render(request, "portal/questions/detail.html", {"question": question})


@require_http_methods(["GET", "POST"])
@ratelimit(key="ip", rate=PublicFeedbackForm.RATES[0], method="POST")
@ratelimit(key="ip", rate=PublicFeedbackForm.RATES[1], method="POST")
def question_ask(request: HttpRequest) -> HttpResponse:
    form = QuestionForm(request.POST or None, retention_days=retention_days("question_contact"))
    if request.method == "POST" and form.is_valid():
        if not form.is_bot():  # a bot sees the same thanks, and nothing is stored
            question_submit(
                full_name=form.cleaned_data["full_name"],
                email=form.cleaned_data["email"],
                unit_name=form.cleaned_data["unit_name"],
                body=form.cleaned_data["body"],
                show_name=form.cleaned_data["show_name"],
                consented=form.cleaned_data["consent"],
            )
        messages.success(
            request,
            _("Cảm ơn bạn đã gửi câu hỏi. Cán bộ của Sở sẽ trả lời; câu trả lời được đăng trên trang này."),
        )
        return redirect("portal:questions")
    return render(request, "portal/questions/ask.html", {"form": form})
