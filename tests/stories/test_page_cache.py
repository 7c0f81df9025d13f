"""The anonymous-page cache (stories.cache.cache_anonymous_page): one cache read serves a page to
every visitor without a session; nothing personal is ever stored or shared."""

import pytest
from django.core.cache import caches
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.template import engines
from django.template.response import TemplateResponse
from django.test import Client, RequestFactory
from django.utils import translation
from django.utils.cache import add_never_cache_headers

from stories.cache import cache_anonymous_page

pytestmark = pytest.mark.django_db

USER_BAR = "wagtail-userbar"


@pytest.fixture
def editor(admin_user) -> Client:
    editor = Client()
    editor.force_login(admin_user)
    return editor


class CountingView:
    """A view that tells how many times it rendered, answering ``answer`` (a function of the
    request) each time."""

    def __init__(self, answer=lambda request: HttpResponse("page")):
        self.renders = 0
        self.answer = answer

    def __call__(self, request):
        self.renders += 1
        return self.answer(request)


def visit_twice(view: CountingView, path: str = "/fr/page/", **extra) -> CountingView:
    cached = cache_anonymous_page(view)
    factory = RequestFactory()
    for _ in range(2):
        response = cached(factory.get(path, **extra))
        if hasattr(response, "render"):
            response.render()
    return view


def test_an_editors_page_is_never_served_to_visitors(client, editor, make_stories):
    story = make_stories(1)[0]
    editors_page = editor.get(story.url)
    assert USER_BAR in editors_page.text
    assert "private" in editors_page["Cache-Control"]
    visitors_page = client.get(story.url)
    assert visitors_page.status_code == 200
    assert USER_BAR not in visitors_page.text


def test_a_visitors_cached_page_is_not_served_to_an_editor(client, editor, make_stories):
    story = make_stories(1)[0]
    client.get(story.url)
    assert "Age" in client.get(story.url)
    editors_page = editor.get(story.url)
    assert USER_BAR in editors_page.text
    assert "Age" not in editors_page


def test_a_page_is_served_with_one_cache_read(client, make_stories, monkeypatch):
    story = make_stories(1)[0]
    client.get(story.url)
    pages = caches["pages"]
    reads = []
    read = pages.get
    monkeypatch.setattr(pages, "get", lambda key, *args, **kwargs: reads.append(key) or read(key))
    response = client.get(story.url)
    assert response.status_code == 200
    assert len(reads) == 1


def test_a_served_page_tells_its_age_and_how_long_to_keep_it(client, make_stories, settings):
    story = make_stories(1)[0]
    first = client.get(story.url)
    second = client.get(story.url)
    assert first["Cache-Control"] == second["Cache-Control"] == "max-age=300"
    assert first["Vary"] == second["Vary"] == "Cookie"
    assert "Age" not in first
    assert int(second["Age"]) <= 1
    assert second.content == first.content


def test_addresses_that_differ_by_their_query_are_kept_apart(client, make_stories):
    make_stories(1, year=1968, title="Le chantier")
    make_stories(1, year=1995, title="La fanfare")
    assert "La fanfare" in client.get("/fr/stories/", {"decade": "1990s"}).text
    sixties = client.get("/fr/stories/", {"decade": "1960s"})
    assert "La fanfare" not in sixties.text
    assert "Le chantier" in sixties.text


def test_each_language_has_its_own_copy_of_an_address():
    view = CountingView(lambda request: HttpResponse(translation.get_language()))
    cached = cache_anonymous_page(view)
    for language in ("fr", "en", "fr", "en"):
        with translation.override(language):
            assert cached(RequestFactory().get("/sitemap.xml")).content == language.encode()
    assert view.renders == 2


def test_a_page_is_rendered_once_then_served(settings):
    assert visit_twice(CountingView()).renders == 1


def test_a_template_page_is_stored_once_rendered():
    template = engines["django"].from_string("histoire")
    view = visit_twice(CountingView(lambda request: TemplateResponse(request, template)))
    assert view.renders == 1


def test_a_head_request_is_served_the_stored_page():
    view = CountingView()
    cached = cache_anonymous_page(view)
    cached(RequestFactory().get("/fr/page/"))
    assert cached(RequestFactory().head("/fr/page/")).content == b"page"
    assert view.renders == 1


def test_a_form_sent_is_never_answered_from_the_cache():
    view = CountingView()
    cached = cache_anonymous_page(view)
    cached(RequestFactory().get("/fr/page/"))
    cached(RequestFactory().post("/fr/page/"))
    assert view.renders == 2


def test_nothing_is_kept_when_the_cache_is_off(settings):
    settings.PAGE_CACHE_SECONDS = 0
    assert visit_twice(CountingView()).renders == 2


def test_a_visitor_with_a_session_gets_a_page_of_their_own(settings):
    cookie = {"HTTP_COOKIE": f"{settings.SESSION_COOKIE_NAME}=abc"}
    assert visit_twice(CountingView(), **cookie).renders == 2


def never_cached(request) -> HttpResponse:
    response = HttpResponse("mot de passe")
    add_never_cache_headers(response)
    return response


def with_cookie(request) -> HttpResponse:
    response = HttpResponse("bonjour")
    response.set_cookie("seen", "1")
    return response


def varying(request) -> HttpResponse:
    return HttpResponse("page", headers={"Vary": "Accept-Language"})


def with_csrf_token(request) -> HttpResponse:
    return HttpResponse(get_token(request))


@pytest.mark.parametrize(
    "answer",
    [
        never_cached,
        with_cookie,
        varying,
        with_csrf_token,
        lambda request: HttpResponse("introuvable", status=404),
        lambda request: HttpResponse("erreur", status=503),
    ],
    ids=["never-cache", "sets-a-cookie", "varies", "csrf-token", "not-found", "unavailable"],
)
def test_a_page_that_is_not_everyones_is_not_stored(answer):
    assert visit_twice(CountingView(answer)).renders == 2


def test_a_page_with_a_csrf_token_is_marked_private():
    view = cache_anonymous_page(with_csrf_token)
    assert "private" in view(RequestFactory().get("/fr/page/"))["Cache-Control"]
