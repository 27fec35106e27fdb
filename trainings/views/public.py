"""The public side: upcoming and past trainings, a page per training, its .ics file."""

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from awards.selectors import commendations_for_training
from news.selectors.media import linked_media
from portal.pagination import paginate

from ..calendar import training_ics, training_ics_filename
from ..models import Topic, Training
from ..selectors import training_public_detail, training_speakers, training_topics, trainings_public


@require_safe
def training_list(request: HttpRequest) -> HttpResponse:
    topic = None
    if request.GET.get("chu-de"):
        topic = get_object_or_404(Topic, slug=request.GET["chu-de"])
    upcoming, past = trainings_public(topic=topic)
    page = paginate(request, past)
    return render(
        request,
        "trainings/training_list.html",
        {"upcoming": list(upcoming[:20]), "page": page, "topic": topic},
    )


@require_safe
def training_detail(request: HttpRequest, slug: str) -> HttpResponse:
    training = training_public_detail(slug)
    if training is None:
        raise Http404
    return render(
        request,
        "trainings/training_detail.html",
        {
            "training": training,
            "speakers": training_speakers(training),
            "topics": training_topics(training),
            "training_commendations": commendations_for_training(training=training),
            **linked_media(training),
        },
    )


@require_safe
def training_calendar(request: HttpRequest, slug: str) -> HttpResponse:
    training = get_object_or_404(Training.objects.public(), slug=slug)
    response = HttpResponse(
        training_ics(training, include_online_url=False), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = f'attachment; filename="{training_ics_filename(training)}"'
    return response
