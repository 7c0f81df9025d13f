"""Themes translated through wagtail-localize: stories are tagged with the French themes, every
page names them in its own language, an English-only theme is refused, and the migration from the
English fields keeps every English name."""

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils.translation import override
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from stories.models import Theme
from stories.theme_fields import ThemesField

pytestmark = pytest.mark.django_db

BEFORE = [("stories", "0004_english_texts")]
AFTER = [("stories", "0007_theme_translation_constraints")]


@pytest.fixture
def english(site_tree) -> Locale:
    return Locale.objects.get_or_create(language_code="en")[0]


@pytest.fixture
def strikes(themes, english) -> tuple[Theme, Theme]:
    french = themes[1]
    translation = french.copy_for_translation(english)
    translation.name, translation.description = "Strikes", "When the workshops stopped."
    translation.save()
    return french, translation


def test_a_french_theme_is_named_in_the_active_language(strikes):
    french, _translation = strikes
    assert french.label == "Grèves"
    with override("en"):
        assert (french.label, french.summary) == ("Strikes", "When the workshops stopped.")
        shown = Theme.objects.tags().shown().get(slug="greves")
        assert (shown.label, shown.summary) == ("Strikes", "When the workshops stopped.")


def test_a_theme_without_translation_keeps_its_french_name_on_english_pages(themes, english):
    with override("en"):
        assert Theme.objects.tags().shown().get(slug="innovation").label == "Innovation"


def test_stories_are_tagged_with_the_french_themes_only(themes, strikes):
    _french, translation = strikes
    assert set(Theme.objects.tags()) == set(themes)
    assert translation.slug == themes[1].slug


def test_forms_offer_the_french_themes_named_in_the_page_language(strikes):
    french, translation = strikes
    with override("en"):
        field = ThemesField().__deepcopy__({})
        names = [name for _pk, name in field.choices]
    assert names == ["Innovation", "Strikes"]
    assert list(field.clean([french.pk])) == [french]
    with pytest.raises(ValidationError):
        field.clean([translation.pk])


def test_the_theme_archive_is_named_in_each_language(client, make_stories, strikes):
    make_stories(2)
    french = client.get("/fr/stories/theme/greves/")
    english = client.get("/en/stories/theme/greves/")
    assert french.status_code == english.status_code == 200
    assert "Grèves" in french.text
    assert "Strikes" in english.text and "When the workshops stopped." in english.text
    assert "Grèves" not in english.text


def test_an_english_theme_without_a_french_one_is_refused(english):
    theme = Theme(name="Cloud", slug="cloud", locale=english)
    with override("en"), pytest.raises(ValidationError) as error:
        theme.full_clean()
    assert "in the site's main language (French) first" in " ".join(error.value.messages)


def test_a_translation_of_a_french_theme_is_valid(strikes):
    strikes[1].full_clean()


def test_two_french_themes_may_not_share_a_slug(themes):
    with pytest.raises(ValidationError):
        Theme(name="Autre", slug="greves", locale=themes[0].locale).full_clean()


def test_the_admin_refuses_an_english_only_theme(admin_client, english):
    response = admin_client.post(
        "/admin/snippets/stories/theme/add/?locale=en",
        {"name": "Cloud", "slug": "cloud", "description": ""},
    )
    assert response.status_code == 200
    assert Theme.objects.filter(slug="cloud").count() == 0
    assert "langue principale du site (Français)" in str(response.context["form"].errors)


# Serialised rollback, as the suite's other transactional tests: the flush after it then leaves
# the tables empty for them instead of refilling content types.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_migration_turns_english_fields_into_english_translations(site_tree):
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE)
    OldTheme = executor.loader.project_state(BEFORE).apps.get_model("stories", "Theme")
    OldTheme.objects.create(
        name="Grèves", slug="greves", name_en="Strikes", description_en="Stops."
    )
    OldTheme.objects.create(name="Usine", slug="usine")
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(AFTER)
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())

    french = Theme.objects.tags().get(slug="greves")
    english = french.get_translation(Locale.objects.get(language_code="en"))
    assert (english.name, english.slug, english.description) == ("Strikes", "greves", "Stops.")
    assert not Theme.objects.tags().get(slug="usine").get_translations().exists()


def test_deleting_a_french_theme_deletes_its_translations(strikes):
    french, translation = strikes
    french.delete()
    assert not Theme.objects.filter(pk=translation.pk).exists()
    assert Theme.objects.get(slug="innovation")


def test_deleting_a_translation_keeps_the_french_theme(strikes):
    french, translation = strikes
    translation.delete()
    assert Theme.objects.filter(pk=french.pk).exists()


def test_the_theme_listing_names_each_row_language_in_the_editor_language(admin_client, strikes):
    french = admin_client.get("/admin/snippets/stories/theme/").content.decode()
    profile = UserProfile.get_for_user(get_user_model().objects.get(username="admin"))
    profile.preferred_language = "en"
    profile.save()
    english = admin_client.get("/admin/snippets/stories/theme/").content.decode()
    assert "Langue" in french
    assert "Language" in english and "Langue" not in english
    assert "Région" not in english
