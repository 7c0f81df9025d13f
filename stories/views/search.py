"""/<lang>/search/: Wagtail search over live stories, filterable by decade and theme.

Nothing is written to the database per search (Wagtail's query logging is not used)."""

from urllib.parse import urlencode

from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse

from stories import dates, queries
from stories.locales import content_locale
from stories.models import StoryPage, Theme
from stories.search import backend_query, clean_query
from stories.views.listings import themes_in_shown_order
from stories.views.pagination import paginate

RESULTS_PER_PAGE = 10


def search(request: HttpRequest) -> HttpResponse:
    locale_id = content_locale(request).pk
    query = clean_query(request.GET.get("q"))
    filters = queries.StoryFilters.from_query(request.GET, locale_id)
    results_page = None
    if words := backend_query(query):
        # Wagtail search accepts only plain field filters: the rest goes in through the ids.
        visible = queries.filtered_stories(queries.live_stories(locale_id), filters.without("era"))
        stories = StoryPage.objects.live().filter(id__in=visible.order_by().values("pk"))
        results = queries.for_cards(stories).search(words)
        results_page = paginate(results, request, RESULTS_PER_PAGE)
    params = {"q": query, **filters.as_query()}
    params.pop("sort", None)
    context = {
        "query": query,
        "filters": filters,
        "results_page": results_page,
        "decades": [(d, dates.decade_label(d)) for d in dates.century_decades()],
        "themes": themes_in_shown_order(Theme.objects.tags().shown()),
        "page_query": urlencode(params),
    }
    return TemplateResponse(request, "stories/search.html", context)
