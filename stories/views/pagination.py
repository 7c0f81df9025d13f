"""Pagination that turns any bad `?page=` value into a 404 rather than an error."""

from django.core.paginator import InvalidPage, Page, Paginator
from django.db.models import QuerySet
from django.http import Http404, HttpRequest

MAX_PAGE_PARAM_LENGTH = 6


def paginate(
    items: QuerySet, request: HttpRequest, per_page: int, count: int | None = None
) -> Page:
    """The requested page of `items`; `count`, when the caller already knows it, saves a query."""
    raw = request.GET.get("page", "1")
    if len(raw) > MAX_PAGE_PARAM_LENGTH or not raw.isdigit():
        raise Http404("Invalid page number")
    paginator = Paginator(items, per_page)
    if count is not None:
        paginator.count = count
    try:
        return paginator.page(int(raw))
    except InvalidPage as error:
        raise Http404("No such page") from error
