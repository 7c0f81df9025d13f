"""The campaign kit in the admin (Reports → Campaign kit): asking for a kit, every mistake told
clearly, the kit's page and status while it is built, the download, and who may see any of it."""

import io
import zipfile

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.users.models import UserProfile

from sharing import kits
from sharing.models import CampaignKit
from tests.factories import StoryPageFactory

pytestmark = pytest.mark.django_db

KITS_URL = "/admin/reports/campaign-kit/"


@pytest.fixture(autouse=True)
def english_admin(admin_user):
    # The admin speaks its user's language, French by default; the assertions read English.
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()


def kit_urls(kit_id: int) -> list[str]:
    return [
        reverse(name, kwargs={"kit_id": kit_id})
        for name in ("sharing_kit", "sharing_kit_status", "sharing_kit_download")
    ]


def not_found(client, url: str) -> bool:
    """Whether the admin answers "not found" at `url`. Django's LocaleMiddleware turns a 404
    outside the language prefixes into a redirect to the same path under the language's prefix
    (where the site's pages catch every path, and answer 404 in turn): that redirect, and only a
    404 gets it, is how an admin 404 shows here."""
    response = client.get(url)
    if response.status_code == 404:
        return True
    return response.status_code == 302 and response["Location"] in (f"/fr{url}", f"/en{url}")


def ask(client, capture, **fields):
    with capture(execute=True):
        return client.post(reverse("sharing_kits"), fields)


# Asking for a kit


def test_a_kit_asked_for_is_built_and_its_page_offers_the_download(
    admin_client, admin_user, story_index, django_capture_on_commit_callbacks
):
    story = StoryPageFactory(parent=story_index, year=1965)

    response = ask(admin_client, django_capture_on_commit_callbacks, decade="1960")

    kit = CampaignKit.objects.get()
    assert response.status_code == 302
    assert response["Location"] == reverse("sharing_kit", kwargs={"kit_id": kit.pk})
    assert (kit.decade, kit.requested_by, kit.language) == (1960, admin_user, "en")
    assert kit.state == CampaignKit.State.READY
    page = admin_client.get(response["Location"]).content.decode()
    download_url = reverse("sharing_kit_download", kwargs={"kit_id": kit.pk})
    assert f'href="{download_url}"' in page
    assert "The kit holds 1 story." in page
    download = admin_client.get(download_url)
    assert download.status_code == 200
    assert download["Content-Type"] == "application/zip"
    assert download["Content-Disposition"].startswith('attachment; filename="campaign-kit-')
    archive = zipfile.ZipFile(io.BytesIO(b"".join(download.streaming_content)))
    assert f"{story.slug}/texts.csv" in archive.namelist()


def test_the_page_has_the_form_and_the_recent_kits(admin_client, story_index):
    StoryPageFactory(parent=story_index)
    kit = kits.ask_for_kit(kits.KitFilters(), None, "en")

    page = admin_client.get(reverse("sharing_kits")).content.decode()

    for field in ("decade", "theme", "published_from", "published_to"):
        assert f'name="{field}"' in page
    assert reverse("sharing_kit", kwargs={"kit_id": kit.pk}) in page


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"decade": "1960"}, "No published story matches these choices."),
        ({"decade": "1850"}, "There is no decade “1850”: choose one from the list."),
        ({"decade": "sixties"}, "There is no decade “sixties”: choose one from the list."),
        (
            {"theme": "no-such-theme"},
            "There is no theme “no-such-theme”: choose one from the list.",
        ),
        ({"published_from": "2025-13-01"}, "Write the date as YYYY-MM-DD, e.g. 2025-06-01."),
        ({"published_to": "01/06/2025"}, "Write the date as YYYY-MM-DD, e.g. 2025-06-01."),
        (
            {"published_from": "2025-06-02", "published_to": "2025-06-01"},
            "The dates are reversed: “from” (June 2, 2025) is after “until” (June 1, 2025).",
        ),
    ],
)
def test_a_choice_that_cannot_make_a_kit_is_refused_with_a_clear_message(
    admin_client, story_index, themes, fields, message
):
    StoryPageFactory(parent=story_index, year=1982)

    response = admin_client.post(reverse("sharing_kits"), fields)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert not CampaignKit.objects.exists()


def test_a_choice_of_too_many_stories_is_refused_with_the_count(
    admin_client, story_index, monkeypatch
):
    monkeypatch.setattr(kits, "MAX_KIT_STORIES", 2)
    for _ in range(3):
        StoryPageFactory(parent=story_index)

    response = admin_client.post(reverse("sharing_kits"), {})

    assert "3 stories match these choices, and a kit holds at most 2" in response.content.decode()
    assert not CampaignKit.objects.exists()


def test_a_kit_that_fails_shows_its_message_never_an_error_page(
    admin_client, story_index, media_root, django_capture_on_commit_callbacks
):
    StoryPageFactory(parent=story_index)
    (media_root / "kits").write_text("a file where the kits' folder should be")

    response = ask(admin_client, django_capture_on_commit_callbacks)

    assert response.status_code == 302
    page = admin_client.get(response["Location"])
    assert page.status_code == 200
    assert "The kit could not be written" in page.content.decode()
    assert not_found(admin_client, kit_urls(CampaignKit.objects.get().pk)[2])


# While it is built


def test_the_status_tells_the_state_and_progress(admin_client):
    kit = CampaignKit.objects.create(language="en", state="building", done=1, total=3)

    status = admin_client.get(reverse("sharing_kit_status", kwargs={"kit_id": kit.pk})).json()

    assert status == {
        "state": "building",
        "done": 1,
        "total": 3,
        "progress_text": "1 of 3 stories",
    }


def test_a_kit_being_built_shows_its_progress_and_follows_it_without_inline_script(admin_client):
    kit = CampaignKit.objects.create(language="en", state="building", done=1, total=3)

    page = admin_client.get(reverse("sharing_kit", kwargs={"kit_id": kit.pk})).content.decode()

    assert '<progress aria-labelledby="sharing-kit-progress-label" max="3" value="1">' in page
    assert "1 of 3 stories" in page
    status_url = reverse("sharing_kit_status", kwargs={"kit_id": kit.pk})
    assert f'data-kit-status-url="{status_url}"' in page
    assert 'src="/static/sharing/kit-progress.js"' in page
    assert "kitStatusUrl" not in page  # the script is in its file, not in the page


def test_a_kit_waiting_for_the_worker_says_so(admin_client):
    kit = CampaignKit.objects.create(language="en")
    page = admin_client.get(reverse("sharing_kit", kwargs={"kit_id": kit.pk})).content.decode()
    assert "Waiting for the background worker…" in page


# Kits that are not there


def test_a_kit_that_does_not_exist_is_not_found(admin_client):
    for url in kit_urls(404040):
        assert not_found(admin_client, url)


def test_a_kit_id_that_is_not_a_number_is_not_found(admin_client):
    assert not_found(admin_client, f"{KITS_URL}abc/")
    assert not_found(admin_client, f"{KITS_URL}abc/download/")


def test_a_kit_not_ready_has_nothing_to_download(admin_client):
    kit = CampaignKit.objects.create(language="en", state="building")
    assert not_found(admin_client, kit_urls(kit.pk)[2])


def test_a_kit_whose_file_is_gone_has_nothing_to_download(admin_client, media_root):
    kit = CampaignKit.objects.create(language="en", state="ready")
    kit.file.save("kit.zip", ContentFile(b"PK"))
    kit.file.storage.delete(kit.file.name)
    assert not_found(admin_client, kit_urls(kit.pk)[2])


# Who may


@pytest.fixture
def ready_kit(media_root):
    kit = CampaignKit.objects.create(language="en", state="ready")
    kit.file.save("kit.zip", ContentFile(b"PK"))
    return kit


def test_anonymous_visitors_are_sent_to_the_login_page(client, ready_kit):
    for url in [reverse("sharing_kits"), *kit_urls(ready_kit.pk)]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))
    assert client.post(reverse("sharing_kits"), {}).status_code == 302
    assert not CampaignKit.objects.exclude(pk=ready_kit.pk).exists()


def test_a_user_without_admin_access_is_refused(client, django_user_model, ready_kit):
    client.force_login(django_user_model.objects.create_user(username="visitor", password="x"))
    for url in [reverse("sharing_kits"), *kit_urls(ready_kit.pk)]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("wagtailadmin_login"))


def test_an_admin_user_who_cannot_edit_pages_is_refused(client, django_user_model, ready_kit):
    user = django_user_model.objects.create_user(username="translator", password="x")
    group = Group.objects.create(name="Admin only")
    group.permissions.add(
        *Group.objects.get(name="Editors").permissions.filter(codename="access_admin")
    )
    user.groups.add(group)
    client.force_login(user)
    for url in [reverse("sharing_kits"), *kit_urls(ready_kit.pk)]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
    assert client.post(reverse("sharing_kits"), {}).status_code == 302
    assert CampaignKit.objects.count() == 1


def test_editors_download_kits_and_see_the_menu_item(client, django_user_model, ready_kit):
    user = django_user_model.objects.create_user(username="editor", password="x")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    assert client.get(kit_urls(ready_kit.pk)[2]).status_code == 200
    assert reverse("sharing_kits") in client.get(reverse("wagtailadmin_home")).content.decode()
