"""The campaign settings: what the social team may enter as hashtag, colours and X handle, and
where it now finds the default post texts."""

import unicodedata

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.users.models import UserProfile

from sharing.models import CampaignSettings


def errors_of(**fields) -> dict:
    try:
        CampaignSettings(**fields).full_clean(exclude=["site"])
    except ValidationError as error:
        return error.message_dict
    return {}


def test_the_defaults_are_valid():
    assert errors_of() == {}


def test_the_default_hashtag_is_the_centenary_one():
    assert CampaignSettings().hashtag == "#Centenaire100"


@pytest.mark.parametrize("hashtag", ["#Centenaire100", "#Élan_2024", "#百年", "#_100"])
def test_hashtags_of_letters_digits_and_underscores_are_accepted(hashtag):
    assert "hashtag" not in errors_of(hashtag=hashtag)


@pytest.mark.parametrize(
    "hashtag",
    ["Centenaire100", "#", "#100", "#Cent ans", "#Cent-ans", "#Centenaire!", "#" + "a" * 60],
)
def test_malformed_hashtags_are_refused(hashtag):
    assert "hashtag" in errors_of(hashtag=hashtag)


def test_a_decomposed_accent_in_the_hashtag_is_stored_composed():
    campaign = CampaignSettings(hashtag=unicodedata.normalize("NFD", "#Été100"))
    campaign.full_clean(exclude=["site"])
    assert campaign.hashtag == "#Été100"


@pytest.mark.parametrize("colour", ["1b2a4a", "#1b2a4", "#1b2a4g", "red", "#1b2a4a0"])
def test_colours_other_than_six_hex_digits_are_refused(colour):
    assert "accent_colour" in errors_of(accent_colour=colour)


def test_colours_are_stored_in_lower_case():
    campaign = CampaignSettings(primary_colour="#1B2A4A")
    campaign.full_clean(exclude=["site"])
    assert campaign.primary_colour == "#1b2a4a"


@pytest.mark.parametrize("handle", ["@Ferrandier", "@a", "@Ferrandier_1914"])
def test_x_handles_are_accepted(handle):
    assert "x_handle" not in errors_of(x_handle=handle)


@pytest.mark.parametrize("handle", ["MaisonFerrandier", "@", "@Maison Ferrandier", "@" + "a" * 16])
def test_malformed_x_handles_are_refused(handle):
    assert "x_handle" in errors_of(x_handle=handle)


def test_the_x_handle_is_optional():
    assert "x_handle" not in errors_of(x_handle="")


@pytest.mark.django_db
def test_the_campaign_is_edited_in_the_admin_settings(admin_client, site_tree):
    site = site_tree["home"].get_site()
    url = reverse("wagtailsettings:edit", args=["sharing", "campaignsettings", site.pk])
    response = admin_client.post(
        url,
        {
            "name": "Nos 100 ans",
            "hashtag": "#Ferrandier100",
            "primary_colour": "#1B2A4A",
            "accent_colour": "#cf5b3f",
            "background_colour": "#f4efe6",
            "x_handle": "@Ferrandier",
        },
    )
    assert response.status_code == 302
    campaign = CampaignSettings.objects.get(site=site)
    assert (campaign.hashtag, campaign.primary_colour) == ("#Ferrandier100", "#1b2a4a")


@pytest.mark.django_db
def test_a_malformed_hashtag_is_reported_on_the_admin_form(admin_client, site_tree):
    site = site_tree["home"].get_site()
    url = reverse("wagtailsettings:edit", args=["sharing", "campaignsettings", site.pk])
    response = admin_client.post(
        url,
        {
            "name": "Nos 100 ans",
            "hashtag": "Ferrandier 100",
            "primary_colour": "#1b2a4a",
            "accent_colour": "#cf5b3f",
            "background_colour": "#f4efe6",
        },
    )
    assert response.status_code == 200
    assert not CampaignSettings.objects.filter(hashtag="Ferrandier 100").exists()


@pytest.mark.django_db
def test_the_campaign_settings_point_to_the_default_post_texts(admin_client, admin_user, site_tree):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    site = site_tree["home"].get_site()
    url = reverse("wagtailsettings:edit", args=["sharing", "campaignsettings", site.pk])

    html = admin_client.get(url).content.decode()

    assert "edited under Settings → Default post texts" in html
    assert "text_templates-TOTAL_FORMS" not in html
