"""Share links: `/share/<story id>/<network>/` counts one share and sends the visitor on to the
network with the story's tagged address; the story page offers a link per network and LinkedIn's
text to copy."""

import datetime
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import IntegrityError, transaction
from django.template import Context, Template

from sharing.links import count_share
from sharing.models import CampaignSettings, Network, ShareCount
from stories.models import StoryPage
from tests.factories import StoryPageFactory

pytestmark = pytest.mark.django_db

HASHTAG = "#Centenaire100"


@pytest.fixture
def story(story_index):
    return StoryPageFactory(
        parent=story_index, slug="le-premier-ordinateur", title="Le premier ordinateur"
    )


@pytest.fixture
def campaign(story):
    return CampaignSettings.objects.create(
        site=story.get_site(), name="Nos 100 ans", hashtag=HASHTAG
    )


def share(client, story_id, network: str):
    return client.get(f"/share/{story_id}/{network}/")


def query_of(url: str) -> dict[str, str]:
    return {key: values[0] for key, values in parse_qs(urlsplit(url).query).items()}


def shared_link(location: str, network: str) -> str:
    """The story's address inside the network's share address."""
    query = query_of(location)
    if network == Network.LINKEDIN:
        return query["url"]
    if network == Network.FACEBOOK:
        return query["u"]
    text = query["body"] if network == Network.EMAIL else query["text"]
    return next(word for word in text.split() if word.startswith("http"))


TARGETS = {
    Network.X: "https://x.com/intent/post?text=",
    Network.LINKEDIN: "https://www.linkedin.com/sharing/share-offsite/?url=",
    Network.FACEBOOK: "https://www.facebook.com/sharer/sharer.php?u=",
    Network.BLUESKY: "https://bsky.app/intent/compose?text=",
    Network.EMAIL: "mailto:?subject=",
}


@pytest.mark.parametrize("network", Network.values)
def test_a_share_link_redirects_to_the_network(client, story, campaign, network):
    response = share(client, story.pk, network)

    assert response.status_code == 302
    assert response["Location"].startswith(TARGETS[network])


@pytest.mark.parametrize("network", Network.values)
def test_the_shared_address_carries_the_utm_tags(client, story, campaign, network):
    link = shared_link(share(client, story.pk, network)["Location"], network)

    assert link.startswith(f"{story.get_full_url()}?")
    assert story.get_full_url().endswith(f"/fr/stories/{story.slug}/")
    assert query_of(link) == {
        "utm_source": network,
        "utm_medium": "social",
        "utm_campaign": "nos-100-ans",
        "utm_content": "le-premier-ordinateur",
    }


@pytest.mark.parametrize("network", [Network.X, Network.BLUESKY])
def test_the_text_networks_get_the_ready_to_post_text(client, story, campaign, network):
    text = query_of(share(client, story.pk, network)["Location"])["text"]

    assert HASHTAG in text
    assert "On apprenait tout sur le tas." in text


def test_the_email_share_has_a_subject_and_a_body(client, story, campaign):
    query = query_of(share(client, story.pk, Network.EMAIL)["Location"])

    assert "Le premier ordinateur" in query["subject"]
    assert HASHTAG in query["body"]


def test_the_campaign_is_named_by_its_hashtag_when_its_name_has_no_letter(client, story):
    CampaignSettings.objects.create(site=story.get_site(), name="…", hashtag="#Élan100")

    link = shared_link(share(client, story.pk, Network.LINKEDIN)["Location"], Network.LINKEDIN)

    assert query_of(link)["utm_campaign"] == "elan100"


def test_quotes_and_markup_in_a_story_come_out_encoded(client, story_index, campaign):
    story = StoryPageFactory(
        parent=story_index,
        title='Le "bug" <script>alert(1)</script>',
        pull_quote="Il a crié \"<script>alert('x')</script>\" & tout le monde a ri",
    )

    for network in (Network.X, Network.EMAIL, Network.BLUESKY):
        location = share(client, story.pk, network)["Location"]
        assert not set(location) & set("<>\"' "), location
        assert "<script>alert" in " ".join(query_of(location).values())


@pytest.mark.parametrize("network", Network.values)
def test_a_share_counts_once_per_request(client, story, network):
    share(client, story.pk, network)
    share(client, story.pk, network)

    count = ShareCount.objects.get()
    assert (count.story_id, count.network, count.shares, count.visits) == (
        story.pk,
        network,
        2,
        0,
    )


def test_shares_are_counted_per_story_network_and_day(client, story, story_index, monkeypatch):
    other = StoryPageFactory(parent=story_index)
    share(client, story.pk, Network.X)
    share(client, story.pk, Network.LINKEDIN)
    share(client, other.pk, Network.X)
    monkeypatch.setattr(
        "sharing.views.timezone.localdate", lambda: datetime.date(2030, 1, 2), raising=True
    )
    share(client, story.pk, Network.X)

    counts = ShareCount.objects.order_by("day", "story_id", "network")
    assert [(c.story_id, c.network, c.day.isoformat(), c.shares) for c in counts] == [
        (story.pk, "linkedin", counts[0].day.isoformat(), 1),
        (story.pk, "x", counts[0].day.isoformat(), 1),
        (other.pk, "x", counts[0].day.isoformat(), 1),
        (story.pk, "x", "2030-01-02", 1),
    ]


def test_a_share_made_while_another_creates_the_day_row_adds_to_it(story, monkeypatch):
    """Two first shares of the day at once: both find no row to add to, the other request creates
    it first, this one's INSERT is refused by the unique constraint and it adds to that row."""
    day = datetime.date(2030, 1, 2)
    real_filter = ShareCount.objects.filter

    def filter_racing_with_another_request(*args, **kwargs):
        counts = real_filter(*args, **kwargs)
        real_update = counts.update

        def update(**fields):
            updated = real_update(**fields)
            if not ShareCount.objects.exists():  # the other request creates the row now
                ShareCount.objects.create(story=story, network=Network.X, day=day, shares=1)
            return updated

        counts.update = update
        return counts

    monkeypatch.setattr(ShareCount.objects, "filter", filter_racing_with_another_request)

    count_share(story, Network.X, day)

    assert ShareCount.objects.get().shares == 2


def test_the_day_count_exists_once(story):
    day = datetime.date(2030, 1, 2)
    ShareCount.objects.create(story=story, network=Network.X, day=day, shares=1)

    with pytest.raises(IntegrityError), transaction.atomic():
        ShareCount.objects.create(story=story, network=Network.X, day=day, shares=1)


@pytest.mark.parametrize(
    "address",
    ["/share/{id}/myspace/", "/share/{id}/X/", "/share/abc/x/", "/share/{id}a/x/", "/share/٣/x/"],
)
def test_a_share_link_to_an_unknown_network_or_a_malformed_id_is_not_found(client, story, address):
    response = client.get(address.format(id=story.pk))

    assert response.status_code == 404
    assert not ShareCount.objects.exists()


def test_a_share_link_to_an_unknown_story_is_not_found(client, story):
    assert share(client, story.pk + 1000, Network.X).status_code == 404


def test_a_share_link_to_a_draft_story_is_not_found(client, story_index):
    draft = StoryPageFactory(parent=story_index, live=False)

    assert share(client, draft.pk, Network.X).status_code == 404
    assert not ShareCount.objects.exists()


def test_a_share_link_to_a_page_that_is_not_a_story_is_not_found(client, story_index):
    assert share(client, story_index.pk, Network.X).status_code == 404


def test_a_share_sets_no_cookie_and_is_never_cached(client, story):
    response = share(client, story.pk, Network.X)

    assert not response.cookies
    assert "no-store" in response["Cache-Control"]


def test_a_share_link_answers_get_only(client, story):
    assert client.post(f"/share/{story.pk}/x/").status_code == 405
    assert not ShareCount.objects.exists()


# The story page


def test_the_story_page_has_a_share_link_for_every_network(client, story):
    html = client.get(story.url).content.decode()

    assert 'aria-labelledby="share-heading"' in html
    for network in Network.values:
        assert f'href="/share/{story.pk}/{network}/"' in html


def test_the_story_page_offers_the_linkedin_text_to_copy(client, story, campaign):
    html = client.get(story.url).content.decode()

    assert '<button type="button" class="button share__copy"' in html
    assert 'data-copy-text="share-linkedin-text"' in html
    assert 'id="share-linkedin-status" role="status"' in html
    assert "sharing/copy-text.js" in html
    textarea = html.split('id="share-linkedin-text"')[1].split("</textarea>")[0]
    text = unescape(textarea.split(">", 1)[1])
    assert HASHTAG in text
    assert f"/fr/stories/{story.slug}/?utm_source=linkedin&utm_medium=social" in text


def test_the_preview_of_a_story_not_yet_saved_has_no_share_block(rf, site_tree):
    story = StoryPage(title="Pas encore enregistrée", slug="pas-encore")
    template = Template("{% load sharing_buttons %}{% share_buttons story %}")

    html = template.render(Context({"story": story, "request": rf.get("/fr/")}))

    assert html.strip() == ""
