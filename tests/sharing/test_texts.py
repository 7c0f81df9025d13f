"""Ready-to-post texts: per network and language, with the hashtag and the link, X within its
budget whatever the story's length, and the admin refusing texts that break the rules."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.models import Locale

from sharing.models import CampaignSettings, CampaignText, Network, StoryShareText
from sharing.text_templates import email_parts
from sharing.texts import TextSources, ready_to_post_text, text_sources
from sharing.typography import NARROW_NBSP
from sharing.x_length import x_weighted_length
from stories.models import Contributor, StoryPage
from tests.factories import StoryPageFactory


@pytest.fixture(autouse=True)
def english():
    # The site speaks French by default; the assertions read the catalogue's English messages.
    with translation.override("en"):
        yield


LINK = (
    "https://centenaire.example.org/fr/stories/le-premier-ordinateur/?utm_source=x"
    "&utm_medium=social&utm_campaign=centenaire&utm_content=le-premier-ordinateur"
)
HASHTAG = "#Centenaire100"
LONG_QUOTE = (
    "Onze caisses en bois sont arrivées un lundi matin, on a dû démonter la fenêtre du premier "
    "étage pour les faire entrer, et pendant trois jours personne n’a osé toucher à la machine "
    "qu’elles contenaient, pas même le chef."
)[:200]
LONG_TITLE = "Le jour où l’ordinateur est arrivé par la fenêtre du premier étage " * 4
LONG_NAME = "Marie-Geneviève de La Tour d’Auvergne-Lauraguais " * 3


def a_story(language: str = "fr", **fields) -> StoryPage:
    """A story as the texts read it, without the database."""
    fields.setdefault("title", "Le premier ordinateur de l’usine")
    fields.setdefault("teaser", "Onze caisses en bois et une fenêtre démontée.")
    fields.setdefault("pull_quote", "On n’osait pas rentrer dans la salle.")
    fields.setdefault("year", 1962)
    contributor = fields.pop("contributor", Contributor(name="Gérard Fontaine"))
    story = StoryPage(locale=Locale(language_code=language), **fields)
    story.contributor = contributor
    return story


def campaign(**fields) -> CampaignSettings:
    fields.setdefault("hashtag", HASHTAG)
    return CampaignSettings(**fields)


def text_of(story: StoryPage, network: str, sources: TextSources | None = None, **fields) -> str:
    sources = sources or TextSources({}, {})
    return ready_to_post_text(story, network, LINK, campaign(**fields), sources)


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("network", Network.values)
def test_every_generated_text_carries_the_hashtag_and_the_link(network, language):
    text = text_of(a_story(language), network)

    assert HASHTAG in text
    assert LINK in text


@pytest.mark.parametrize("network", Network.values)
def test_a_generated_text_quotes_the_story_and_names_its_contributor(network):
    text = text_of(a_story(), network)

    assert "On n’osait pas rentrer dans la salle." in text
    assert "Gérard Fontaine" in text


def test_the_quote_follows_french_typography_in_a_french_story():
    text = text_of(a_story("fr", pull_quote='Il a dit "attention" : on a ri'), Network.X)

    n = NARROW_NBSP
    assert f"«{n}Il a dit “attention”{n}: on a ri{n}»" in text


def test_the_quote_follows_english_typography_in_an_english_story():
    text = text_of(a_story("en", pull_quote="We didn't dare go in"), Network.X)

    assert "“We didn’t dare go in”" in text


def test_a_story_without_a_pull_quote_is_quoted_from_its_teaser():
    text = text_of(a_story(pull_quote=""), Network.X)

    assert "Onze caisses en bois et une fenêtre démontée." in text


def test_a_story_without_a_contributor_is_told_in_the_company_name(settings):
    text = text_of(a_story(contributor=None), Network.FACEBOOK)

    assert settings.CENTENARY["COMPANY_NAME"] in text


def test_the_email_text_has_a_subject_line_and_a_message():
    subject, body = email_parts(text_of(a_story(), Network.EMAIL))

    assert "Le premier ordinateur de l’usine" in subject
    assert LINK in body and HASHTAG in body


@pytest.mark.parametrize("quote_length", [0, 1, 40, 120, 150, 199, 200])
@pytest.mark.parametrize("title", ["Court", LONG_TITLE[:255]])
@pytest.mark.parametrize("name", ["Ahmed Benali", LONG_NAME[:120]])
def test_the_x_text_is_always_within_280_characters(quote_length, title, name):
    story = a_story(pull_quote=LONG_QUOTE[:quote_length], title=title)
    story.contributor = Contributor(name=name)
    # A campaign text that uses every placeholder, the title too.
    template = "{quote} — {contributor}, {decade}: {title} {link} {hashtag}"
    sources = TextSources({Network.X: template}, {})

    text = text_of(story, Network.X, sources)

    assert x_weighted_length(text) <= 280
    assert HASHTAG in text and LINK in text


def test_a_long_quote_is_shortened_at_a_word_with_an_ellipsis():
    text = text_of(a_story(pull_quote=LONG_QUOTE), Network.X, hashtag="#" + "Centenaire" * 5)

    quoted = re.search("«\u202f(.*)\u202f»", text).group(1)
    assert quoted.endswith("…")
    assert LONG_QUOTE.startswith(quoted[:-1])
    assert LONG_QUOTE[len(quoted) - 1] == " "  # cut between two words
    assert x_weighted_length(text) <= 280


def test_a_quote_in_chinese_counts_double_and_still_fits():
    text = text_of(a_story(pull_quote="百年の歴史を語る人々の言葉" * 15), Network.X)

    assert x_weighted_length(text) <= 280
    assert HASHTAG in text


def test_the_bluesky_text_fits_300_characters_with_its_whole_link():
    text = text_of(a_story(pull_quote=LONG_QUOTE, title=LONG_TITLE[:255]), Network.BLUESKY)

    assert len(text) <= 300
    assert LINK in text and HASHTAG in text


def test_an_x_link_counts_23_characters_and_emoji_2():
    assert x_weighted_length("https://example.org/" + "a" * 200) == 23
    assert x_weighted_length("voir ferrandier.fr.") == len("voir ") + 23 + 1
    assert x_weighted_length("百年") == 4
    assert x_weighted_length("👍🏽 ❤️ 👨‍👩‍👧 🇫🇷") == 2 * 4 + 3


@pytest.mark.django_db
def test_the_campaign_text_for_the_network_and_language_replaces_the_default(story_index):
    story = StoryPageFactory(parent=story_index)
    settings_row = CampaignSettings.objects.create(site=story.get_site(), hashtag=HASHTAG)
    CampaignText.objects.create(
        campaign=settings_row,
        network=Network.X,
        locale=Locale.get_default(),
        template="Notre histoire : {quote} {link} {hashtag}",
    )
    CampaignText.objects.create(
        campaign=settings_row,
        network=Network.X,
        locale=Locale.objects.create(language_code="en"),
        template="EN {link} {hashtag}",
    )

    text = ready_to_post_text(story, Network.X, LINK, settings_row)

    assert text.startswith("Notre histoire : «")


@pytest.mark.django_db
def test_the_editor_text_replaces_the_generated_one_with_the_link_added(story_index):
    story = StoryPageFactory(parent=story_index)
    StoryShareText.objects.create(story=story, network=Network.X, text=f"À lire ! {HASHTAG}")

    text = ready_to_post_text(story, Network.X, LINK, campaign())

    assert text == f"À lire ! {HASHTAG}\n{LINK}"


@pytest.mark.django_db
def test_the_texts_of_a_story_are_read_in_two_queries(story_index, django_assert_num_queries):
    story = StoryPageFactory(parent=story_index)
    settings_row = CampaignSettings.objects.create(site=story.get_site(), hashtag=HASHTAG)
    for network in (Network.X, Network.LINKEDIN):
        CampaignText.objects.create(
            campaign=settings_row,
            network=network,
            locale=story.locale,
            template="Notre histoire : {quote} {link} {hashtag}",
        )
    story = StoryPage.objects.select_related("locale", "contributor").get(pk=story.pk)

    with django_assert_num_queries(2):
        sources = text_sources(story, settings_row)
        texts = [
            ready_to_post_text(story, network, LINK, settings_row, sources)
            for network in Network.values
        ]
    assert all(HASHTAG in text for text in texts)
    assert texts[0].startswith("Notre histoire")


# The admin: a campaign's default texts


@pytest.fixture
def saved_campaign(site_tree):
    return CampaignSettings.objects.create(site=site_tree["home"].get_site(), hashtag=HASHTAG)


def default_text(saved_campaign, template: str, network: str = Network.X) -> CampaignText:
    return CampaignText(
        campaign=saved_campaign, network=network, locale=Locale.get_default(), template=template
    )


def messages_of(error: pytest.ExceptionInfo) -> str:
    return " ".join(error.value.messages)


def test_a_campaign_text_with_an_unknown_placeholder_is_refused(saved_campaign):
    text = default_text(saved_campaign, "{quote} par {auteur} {link} {hashtag}")

    with pytest.raises(ValidationError) as error:
        text.full_clean()

    assert "template" in error.value.message_dict
    assert "Unknown placeholder: {auteur}." in messages_of(error)
    assert "{quote}, {contributor}, {decade}, {title}, {link}, {hashtag}" in messages_of(error)


def test_a_campaign_text_without_the_hashtag_is_refused(saved_campaign):
    with pytest.raises(ValidationError) as error:
        default_text(saved_campaign, "{quote} {link}").full_clean()

    assert "Keep {hashtag}" in messages_of(error)


def test_a_campaign_email_text_needs_a_subject_line(saved_campaign):
    with pytest.raises(ValidationError) as error:
        default_text(saved_campaign, "{quote} {link} {hashtag}", Network.EMAIL).full_clean()

    assert "subject on the first line" in messages_of(error)


def test_a_campaign_x_text_too_long_without_the_quote_is_refused(saved_campaign):
    with pytest.raises(ValidationError) as error:
        default_text(saved_campaign, "Bla " * 70 + "{quote} {link} {hashtag}").full_clean()

    assert "at most 280" in messages_of(error)


def test_a_well_formed_campaign_text_is_accepted(saved_campaign):
    default_text(saved_campaign, "{quote} — {contributor}, {decade}\n{link} {hashtag}").full_clean()


# The admin: an editor's own texts on a story, checked by the story editor's formset


def share_text_formset(story: StoryPage, *texts: tuple[str, str]):
    form_class = StoryPage.get_edit_handler().get_form_class()
    data = {
        "share_texts-TOTAL_FORMS": str(len(texts)),
        "share_texts-INITIAL_FORMS": "0",
        "share_texts-MIN_NUM_FORMS": "0",
        "share_texts-MAX_NUM_FORMS": "1000",
    }
    for index, (network, text) in enumerate(texts):
        data |= {f"share_texts-{index}-network": network, f"share_texts-{index}-text": text}
    formset = form_class.formsets["share_texts"](data, instance=story, prefix="share_texts")
    formset.is_valid()
    return formset


def text_errors(formset) -> list[str]:
    return [message for form in formset.forms for message in form.errors.get("text", [])]


@pytest.fixture
def edited_story(story_index, saved_campaign):
    return StoryPageFactory(parent=story_index)


def test_the_story_editor_has_a_panel_for_the_texts_to_share():
    assert "share_texts" in StoryPage.get_edit_handler().get_form_class().formsets


def test_an_editor_text_without_the_campaign_hashtag_is_refused(edited_story):
    formset = share_text_formset(edited_story, (Network.LINKEDIN, "Une belle histoire #Archives"))

    assert not formset.is_valid()
    assert text_errors(formset) == [
        "Keep the campaign hashtag #Centenaire100 in the text; you may add others."
    ]


def test_an_editor_text_may_add_other_hashtags(edited_story):
    formset = share_text_formset(
        edited_story, (Network.LINKEDIN, "Une belle histoire #centenaire100 #Archives {link}")
    )

    assert formset.is_valid(), text_errors(formset)


def test_an_editor_x_text_past_the_budget_is_refused_with_its_count(edited_story):
    # 273 letters, a space and the hashtag (15), then the link added on a line of its own (24).
    formset = share_text_formset(edited_story, (Network.X, "a" * 273 + " " + HASHTAG))

    assert not formset.is_valid()
    assert text_errors(formset) == ["312 characters, at most 280 (a link counts as 23)."]


def test_an_editor_x_text_within_the_budget_is_accepted(edited_story):
    formset = share_text_formset(edited_story, (Network.X, "a" * 241 + " " + HASHTAG))

    assert formset.is_valid(), text_errors(formset)


def test_an_editor_text_with_an_unknown_placeholder_is_refused(edited_story):
    formset = share_text_formset(edited_story, (Network.BLUESKY, "{citation} {hashtag}"))

    assert text_errors(formset)[0].startswith("Unknown placeholder: {citation}.")


@pytest.mark.django_db
def test_the_story_editor_shows_the_texts_to_share_with_their_counter(admin_client, edited_story):
    html = admin_client.get(f"/admin/pages/{edited_story.pk}/edit/").content.decode()

    assert 'name="share_texts-TOTAL_FORMS"' in html
    assert "sharing/share-text-counter.js" in html
