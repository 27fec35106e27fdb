"""Downloads of a training's materials and papers, each for whoever may fetch it (404 for anyone else)."""

from django.http import Http404, HttpRequest, HttpResponse
from django.views.decorators.http import require_safe

from portal.downloads import file_download

from ..selectors import material_for_download, paper_for_download


@require_safe
def material_file(request: HttpRequest, pk: int) -> HttpResponse:
    material = material_for_download(pk=pk, user=request.user)
    if material is None:
        raise Http404
    return file_download(material.file, public=material.is_public_download)


@require_safe
def paper_file(request: HttpRequest, pk: int) -> HttpResponse:
    paper = paper_for_download(pk=pk, user=request.user)
    if paper is None:
        raise Http404
    return file_download(paper.file, public=paper.is_full_text_public and paper.training.is_public)
