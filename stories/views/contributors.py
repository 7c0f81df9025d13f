"""Contributors' profile cards ("fiches d'identité") and each person's stories."""

from django.http import Http404, HttpRequest, HttpResponse

from stories import queries
from stories.models import ContributorIndexPage
from stories.views.pagination import paginate

CONTRIBUTORS_PER_PAGE = 24


def contributor_listing(index: ContributorIndexPage, request: HttpRequest) -> HttpResponse:
    page = paginate(queries.public_contributors(index.locale_id), request, CONTRIBUTORS_PER_PAGE)
    return index.render(request, context_overrides={"contributors_page": page})


def contributor_profile(
    index: ContributorIndexPage, request: HttpRequest, slug: str
) -> HttpResponse:
    contributor = queries.public_contributors(index.locale_id).filter(slug=slug).first()
    if contributor is None:
        raise Http404("Unknown contributor")
    stories = queries.in_order(
        queries.live_stories(index.locale_id).filter(contributor=contributor),
        queries.Sort.CHRONOLOGICAL,
    )
    return index.render(
        request,
        template="stories/contributor_page.html",
        context_overrides={"contributor": contributor, "stories": list(queries.for_cards(stories))},
    )
