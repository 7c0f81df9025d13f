"""What a link preview and a search engine read from each page: Open Graph, X card, canonical
address and the story's JSON-LD Article, read back with real parsers (extruct, lxml)."""

import re

import extruct
import lxml.html
import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Site

from sharing.meta import DEFAULT_CARD_ALT, campaign_for_request, json_for_script
from sharing.models import CampaignSettings, StoryCard
from tests.factories import StoryPageFactory

pytestmark = pytest.mark.django_db

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
DEFAULT_CARD_URL = "http://testserver/static/img/share-card.jpg"


class PageMeta:
    """The meta of a page's <head>, as the networks' parsers see it."""

    def __init__(self, html: str, url: str):
        data = extruct.extract(html, base_url=url, syntaxes=["opengraph", "json-ld"])
        self.og_pairs = [pair for item in data["opengraph"] for pair in item["properties"]]
        self.json_ld = data["json-ld"]
        self.head = lxml.html.document_fromstring(html).head
        self.head_html = lxml.html.tostring(self.head, encoding="unicode")

    def og(self, name: str) -> str:
        values = self.og_all(name)
        assert len(values) == 1, f"{name}: {values}"
        return values[0]

    def og_all(self, name: str) -> list[str]:
        return [value for key, value in self.og_pairs if key == name]

    def named(self, name: str) -> str | None:
        found = self.head.xpath("meta[@name=$name]/@content", name=name)
        return found[0] if found else None

    @property
    def canonical(self) -> list[str]:
        return self.head.xpath("link[@rel='canonical']/@href")

    @property
    def article(self) -> dict:
        articles = [item for item in self.json_ld if item.get("@type") == "Article"]
        assert len(articles) == 1, self.json_ld
        return articles[0]


def meta_of(client, url: str) -> PageMeta:
    response = client.get(url)
    assert response.status_code == 200, url
    return PageMeta(response.text, f"http://testserver{url}")


def draw_landscape_card(story) -> StoryCard:
    card = StoryCard(story=story, format="landscape", width=1200, height=630, inputs_hash="0" * 64)
    card.file.save("landscape-0123456789abcdef.jpg", ContentFile(b"\xff\xd8jpeg"), save=True)
    return card


@pytest.fixture
def story(make_stories, themes):
    return make_stories(1, title="La machine arrive", teaser="Un camion devant l’atelier.")[0]


def test_a_story_without_a_card_shares_its_title_teaser_address_and_the_default_card(client, story):
    meta = meta_of(client, story.url)

    assert meta.og("og:title") == "La machine arrive"
    assert meta.og("og:description") == "Un camion devant l’atelier."
    assert meta.og("og:url") == f"http://testserver{story.url}"
    assert meta.og("og:type") == "article"
    assert meta.og("og:site_name") == "Maison Ferrandier"
    assert meta.og("og:locale") == "fr_FR"
    assert meta.og("og:image") == DEFAULT_CARD_URL
    assert (meta.og("og:image:width"), meta.og("og:image:height")) == ("1200", "630")
    with translation.override("fr"):
        assert meta.og("og:image:alt") == str(DEFAULT_CARD_ALT)
    assert meta.named("twitter:card") == "summary_large_image"
    assert meta.canonical == [f"http://testserver{story.url}"]


def test_a_story_with_a_drawn_card_shares_that_card_by_its_absolute_address(client, story):
    card = draw_landscape_card(story)

    meta = meta_of(client, story.url)

    assert meta.og("og:image") == f"http://testserver{card.file.url}"
    assert meta.og("og:image").startswith(f"http://testserver/media/cards/{story.pk}/landscape-")
    assert (meta.og("og:image:width"), meta.og("og:image:height")) == ("1200", "630")
    assert meta.og("og:image:alt") == story.pull_quote
    assert meta.article["image"] == meta.og("og:image")


def test_a_story_without_a_pull_quote_describes_its_card_by_its_title(client, make_stories):
    story = make_stories(1, title="Le grand hiver", pull_quote="")[0]
    draw_landscape_card(story)
    alt = meta_of(client, story.url).og("og:image:alt")
    assert alt.endswith("Le grand hiver") and alt != "Le grand hiver"


def test_the_address_shared_has_no_query_string(client, story):
    meta = meta_of(client, f"{story.url}?ref=newsletter&page=2")
    assert meta.og("og:url") == f"http://testserver{story.url}"
    assert meta.canonical == [f"http://testserver{story.url}"]


def test_the_campaigns_x_handle_is_the_cards_site(client, story):
    CampaignSettings.objects.create(site=Site.objects.get(is_default_site=True), x_handle="@Ferr")
    assert meta_of(client, story.url).named("twitter:site") == "@Ferr"


def test_without_an_x_handle_there_is_no_twitter_site(client, story):
    assert meta_of(client, story.url).named("twitter:site") is None


def test_the_story_is_a_json_ld_article(client, story, themes):
    meta = meta_of(client, story.url)
    article = meta.article
    story.refresh_from_db()

    assert article["@context"] == "https://schema.org"
    assert article["headline"] == "La machine arrive"
    assert article["description"] == "Un camion devant l’atelier."
    assert article["author"] == {"@type": "Person", "name": story.contributor.name}
    assert article["datePublished"] == story.first_published_at.isoformat()
    assert article["dateModified"] == story.last_published_at.isoformat()
    assert article["image"] == DEFAULT_CARD_URL
    assert article["about"] == [{"@type": "Thing", "name": themes[0].name}]
    assert article["inLanguage"] == "fr"
    assert article["mainEntityOfPage"] == {
        "@type": "WebPage",
        "@id": f"http://testserver{story.url}",
    }
    assert article["publisher"] == {"@type": "Organization", "name": "Maison Ferrandier"}


def test_a_story_without_contributor_is_authored_by_the_company(client, story_index):
    story = StoryPageFactory(parent=story_index, contributor=None)
    article = meta_of(client, story.url).article
    assert article["author"] == {"@type": "Organization", "name": "Maison Ferrandier"}


def test_a_script_tag_in_a_title_cannot_close_the_json_ld(client, story_index):
    title = "</script><script>alert('x')</script> & <!-- <b>"
    story = StoryPageFactory(parent=story_index, title=title, teaser="</SCRIPT> fin")
    response = client.get(story.url)
    head = response.text.split("</head>")[0]
    meta = PageMeta(response.text, f"http://testserver{story.url}")

    assert "<script>alert" not in response.text
    assert head.count("<script") == head.count("</script>")
    assert meta.article["headline"] == title
    assert meta.article["description"] == "</SCRIPT> fin"
    assert meta.og("og:title") == title


def test_json_for_script_escapes_every_markup_character():
    text = json_for_script({"headline": "</script><!-- & -->"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert text == '{"headline": "\\u003C/script\\u003E\\u003C!-- \\u0026 --\\u003E"}'


def test_no_email_address_is_in_the_meta(client, story):
    meta = meta_of(client, story.url)
    assert story.contributor.email not in meta.head_html
    assert not EMAIL.search(meta.head_html)


def test_the_english_page_is_in_british_english(client, story):
    meta = meta_of(client, story.url.replace("/fr/", "/en/", 1))
    assert meta.og("og:locale") == "en_GB"
    assert meta.og_all("og:locale:alternate") == ["fr_FR"]
    assert meta.og("og:url") == f"http://testserver{story.url.replace('/fr/', '/en/', 1)}"


@pytest.mark.parametrize(
    ("url", "title"),
    [
        ("/fr/", "Cent ans d’histoires"),
        ("/fr/stories/", "Histoires"),
        ("/fr/stories/decade/1960s/", "Années 1960"),
        ("/fr/contributors/", "Contributeurs"),
        ("/fr/search/?q=atelier", "Maison Ferrandier"),
    ],
)
def test_other_pages_share_their_title_and_the_default_card(client, story, url, title):
    meta = meta_of(client, url)

    assert meta.og("og:title") == title
    assert meta.og("og:description")
    assert meta.og("og:url") == f"http://testserver{url.split('?')[0]}"
    assert meta.og("og:type") == "website"
    assert meta.og("og:locale") == "fr_FR"
    assert meta.og("og:image") == DEFAULT_CARD_URL
    assert (meta.og("og:image:width"), meta.og("og:image:height")) == ("1200", "630")
    assert meta.named("twitter:card") == "summary_large_image"
    assert meta.json_ld == []


def test_a_page_with_a_search_description_shares_it(client, site_tree):
    home = site_tree["home"]
    home.search_description = "Le siècle de la maison, raconté par ses salariés."
    home.save()
    assert meta_of(client, "/fr/").og("og:description") == home.search_description


def test_a_contributors_profile_shares_their_name(client, story):
    meta = meta_of(client, f"/fr/contributors/{story.contributor.slug}/")
    assert meta.og("og:title") == story.contributor.name
    assert story.contributor.email not in meta.head_html


def test_pages_other_than_stories_read_nothing_for_their_meta(rf: RequestFactory, story):
    request = rf.get("/fr/stories/")
    template = Template("{% load sharing_meta %}{% share_meta %}")
    with CaptureQueriesContext(connection) as queries:
        html = template.render(Context({"request": request}))
    assert 'property="og:image"' in html
    assert len(queries.captured_queries) == 0


def test_a_storys_meta_reads_its_card_and_the_campaign_once(rf: RequestFactory, story):
    request = rf.get(story.url)
    Site.find_for_request(request)  # as Wagtail's routing does before the page is rendered
    story.displayed_themes = []  # as the story's get_context does (stories.queries)
    template = Template("{% load sharing_meta %}{% share_meta %}")
    with CaptureQueriesContext(connection) as first:
        template.render(Context({"request": request, "page": story}))
    with CaptureQueriesContext(connection) as again:
        template.render(Context({"request": request, "page": story}))
    assert len(first.captured_queries) == 2  # the card, the campaign
    assert len(again.captured_queries) == 1  # the card: the campaign is kept on the request
    assert campaign_for_request(request).pk is None, "reading the campaign never writes one"
