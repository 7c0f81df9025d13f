"""The campaign's default post texts as wagtail-localize snippets: the English text is the
translation of the French one, a change to the French text shows the English one as out of date
until it is synced, the admin's listing, forms and translate action, and the migration that turned
the old rows (one per language, side by side) into translations of each other."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.urls import reverse
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import OverridableSegment, Translation, TranslationSource

from sharing.models import CampaignSettings, CampaignText, Network
from sharing.texts import ready_to_post_text
from stories.demo.english import english_locale, record_string_translations, translate
from stories.models import Contributor, StoryPage

pytestmark = pytest.mark.django_db

LINK = "https://centenaire.example.org/fr/stories/le-premier-ordinateur/"
FRENCH_X = "Notre histoire : {quote} {link} {hashtag}"
ENGLISH_X = "Our story: {quote} {link} {hashtag}"
LIST_URL = "wagtailsnippets_sharing_campaigntext:list"
ADD_URL = "wagtailsnippets_sharing_campaigntext:add"
EDIT_URL = "wagtailsnippets_sharing_campaigntext:edit"


@pytest.fixture
def campaign(site_tree) -> CampaignSettings:
    return CampaignSettings.objects.create(site=site_tree["home"].get_site())


@pytest.fixture
def french_x_text(campaign) -> CampaignText:
    return CampaignText.objects.create(
        campaign=campaign, network=Network.X, locale=Locale.get_default(), template=FRENCH_X
    )


def translate_into_english(text: CampaignText, english_template: str) -> CampaignText:
    """The English translation of `text` made as the translation editor makes it."""

    def english_texts(english: CampaignText) -> None:
        english.template = english_template

    translate(text, english_locale(), english_texts)
    return text.get_translation(english_locale())


def a_story(language: str) -> StoryPage:
    story = StoryPage(
        locale=Locale(language_code=language), title="Le premier ordinateur", year=1962
    )
    story.pull_quote = "On n’osait pas rentrer dans la salle."
    story.contributor = Contributor(name="Gérard Fontaine")
    return story


def english_translation_record(text: CampaignText) -> Translation:
    source, _created = TranslationSource.update_or_create_from_instance(text)
    return Translation.objects.get(source=source, target_locale=english_locale())


# The texts a story is shared with


def test_an_english_story_is_shared_with_the_english_translation(campaign, french_x_text):
    translate_into_english(french_x_text, ENGLISH_X)

    english = ready_to_post_text(a_story("en"), Network.X, LINK, campaign)
    french = ready_to_post_text(a_story("fr"), Network.X, LINK, campaign)

    assert english.startswith("Our story: “On n’osait")
    assert french.startswith("Notre histoire : «")


def test_the_translation_keeps_the_network_and_the_campaign(campaign, french_x_text):
    english = translate_into_english(french_x_text, ENGLISH_X)

    assert (english.network, english.campaign_id) == (Network.X, campaign.pk)
    assert english.translation_key == french_x_text.translation_key
    assert english.pk != french_x_text.pk
    source = TranslationSource.objects.get_for_instance(french_x_text)
    assert not OverridableSegment.objects.filter(source=source).exists(), "nothing to override"


# Keeping the translation in sync


def test_a_changed_french_text_shows_its_english_translation_out_of_date(french_x_text):
    translate_into_english(french_x_text, ENGLISH_X)
    assert english_translation_record(french_x_text).get_progress() == (1, 1)

    french_x_text.template = "À lire : {quote} {link} {hashtag}"
    french_x_text.save()

    assert english_translation_record(french_x_text).get_progress() == (1, 0)


def test_syncing_after_translating_the_new_string_updates_the_english_text(french_x_text):
    english = translate_into_english(french_x_text, ENGLISH_X)
    french_x_text.template = "À lire : {quote} {link} {hashtag}"
    french_x_text.save()
    translation = english_translation_record(french_x_text)

    new_english = translation.source.as_instance()
    new_english.template = "A must-read: {quote} {link} {hashtag}"
    record_string_translations(translation.source, new_english, english_locale())
    translation.save_target(publish=True)

    english.refresh_from_db()
    assert english.template == "A must-read: {quote} {link} {hashtag}"
    assert translation.get_progress() == (1, 1)


# The admin


@pytest.fixture
def english_admin(admin_user, admin_client):
    # The admin speaks its user's language, French by default; the assertions read English.
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    return admin_client


def add_text(client, campaign: CampaignSettings, template: str, network: str = Network.X):
    data = {"campaign": campaign.pk, "network": network, "template": template}
    return client.post(reverse(ADD_URL) + "?locale=fr", data)


def test_editors_find_the_default_texts_in_the_admin(english_admin, french_x_text):
    response = english_admin.get(reverse(LIST_URL))

    assert response.status_code == 200
    assert reverse(EDIT_URL, args=[french_x_text.pk]) in response.content.decode()


def test_an_editor_adds_a_french_default_text(english_admin, campaign):
    response = add_text(english_admin, campaign, "{quote} — {contributor}\n{link} {hashtag}")

    assert response.status_code == 302
    text = CampaignText.objects.get()
    assert (text.network, text.locale.language_code) == (Network.X, "fr")


def test_a_default_text_without_the_hashtag_is_refused_in_the_admin(english_admin, campaign):
    response = add_text(english_admin, campaign, "{quote} {link}")

    assert response.status_code == 200
    assert "Keep {hashtag}" in response.content.decode()
    assert not CampaignText.objects.exists()


def test_a_second_text_for_the_same_network_and_language_is_refused(
    english_admin, campaign, french_x_text
):
    response = add_text(english_admin, campaign, "Encore : {quote} {link} {hashtag}")

    assert response.status_code == 200
    assert "already has a default text for this network in this language" in (
        response.content.decode()
    )
    assert CampaignText.objects.count() == 1


def test_the_listing_shows_one_language_at_a_time(english_admin, french_x_text):
    english = translate_into_english(french_x_text, ENGLISH_X)

    html = english_admin.get(reverse(LIST_URL) + "?locale=en").content.decode()

    assert reverse(EDIT_URL, args=[english.pk]) in html
    assert reverse(EDIT_URL, args=[french_x_text.pk]) not in html


def test_moving_a_text_onto_a_network_that_has_one_is_refused(
    english_admin, campaign, french_x_text
):
    linkedin = CampaignText.objects.create(
        campaign=campaign,
        network=Network.LINKEDIN,
        locale=french_x_text.locale,
        template="{quote} {link} {hashtag}",
    )
    data = {"campaign": campaign.pk, "network": Network.X, "template": linkedin.template}

    response = english_admin.post(reverse(EDIT_URL, args=[linkedin.pk]), data)

    assert "already has a default text for this network" in response.content.decode()
    linkedin.refresh_from_db()
    assert linkedin.network == Network.LINKEDIN


def test_the_listing_offers_to_translate_the_french_text(english_admin, french_x_text):
    # wagtail-localize puts "Translate" among a snippet's listing actions (not on its edit page).
    english_locale()
    response = english_admin.get(reverse(LIST_URL))

    translate_url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["sharing", "campaigntext", french_x_text.pk],
    )
    assert translate_url in response.content.decode()


def test_translating_in_the_admin_makes_the_english_text(english_admin, french_x_text):
    translate_url = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=["sharing", "campaigntext", french_x_text.pk],
    )

    response = english_admin.post(translate_url, {"locales": [english_locale().pk]})

    assert response.status_code == 302
    english = french_x_text.get_translation(english_locale())
    assert english.template == FRENCH_X, "untranslated until the translator has done it"
    assert english_translation_record(french_x_text).get_progress() == (1, 0)


def test_the_english_text_opens_in_the_translation_editor(english_admin, french_x_text):
    english = translate_into_english(french_x_text, ENGLISH_X)

    response = english_admin.get(reverse(EDIT_URL, args=[english.pk]))

    assert response.status_code == 200
    assert "Translation of X (fr) into English" in response.content.decode()


def test_a_translated_text_offers_to_sync_its_translations(english_admin, french_x_text):
    translate_into_english(french_x_text, ENGLISH_X)
    source = TranslationSource.objects.get_for_instance(french_x_text)

    response = english_admin.get(reverse(LIST_URL))

    sync_url = reverse("wagtail_localize:update_translations", args=[source.pk])
    assert sync_url in response.content.decode()


# The migration from one row per language

BEFORE = [("sharing", "0003_campaign_kit")]
AFTER = [("sharing", "0006_campaign_text_locale_required")]


def migrate(target: list[tuple[str, str]]):
    """The database migrated to `target`; the apps registry of that state."""
    executor = MigrationExecutor(connection)
    executor.migrate(target)
    executor.loader.build_graph()
    return executor.loader.project_state(target).apps


def migrate_to_the_end() -> None:
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())


# Committed, as migrations need; the database's first content is restored afterwards, as the
# other tests expect it (the content types among it).
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_makes_the_english_row_the_translation_of_the_french_one(site_tree):
    site_id = site_tree["home"].get_site().pk
    try:
        old = migrate(BEFORE)
        campaign = old.get_model("sharing", "CampaignSettings").objects.create(site_id=site_id)
        rows = old.get_model("sharing", "CampaignText").objects
        rows.create(campaign=campaign, network="x", language="fr", template=FRENCH_X)
        rows.create(campaign=campaign, network="x", language="en", template=ENGLISH_X)
        rows.create(campaign=campaign, network="email", language="fr", template="Objet\n{link}")

        migrate(AFTER)
    finally:
        migrate_to_the_end()

    texts = {
        (text.network, text.locale.language_code): text
        for text in CampaignText.objects.select_related("locale")
    }
    assert set(texts) == {("x", "fr"), ("x", "en"), ("email", "fr")}
    assert texts["x", "en"].template == ENGLISH_X
    assert texts["x", "en"].translation_key == texts["x", "fr"].translation_key
    assert texts["email", "fr"].translation_key != texts["x", "fr"].translation_key
    assert texts["x", "en"] == texts["x", "fr"].get_translation(english_locale())


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_undoing_the_migration_gives_each_row_its_language_back(french_x_text):
    translate_into_english(french_x_text, ENGLISH_X)
    try:
        old = migrate(BEFORE)
        rows = old.get_model("sharing", "CampaignText").objects.order_by("pk")
        languages = [(row.language, row.template) for row in rows]
    finally:
        migrate_to_the_end()

    assert languages == [("fr", FRENCH_X), ("en", ENGLISH_X)]
