"""A submitted original (in the "private" storage) is never reachable by a guessable URL.

tests/submissions checks that the admin's download of an original needs a signed-in editor and that
the file lies outside MEDIA_ROOT. Here: with the view that serves MEDIA_ROOT (as under DEBUG) in
place, no address built from the original's name reaches it (under the media URL, climbing out of
it, or under a folder named like the private one); its name tells nothing to guess from; and a
signed-in user of the admin without the right to see submissions cannot download it by its id
(a guessable number)."""

import re

import pytest
from django.contrib.auth.models import Permission

from submissions.models import Submission
from tests.e2e import urls as media_urls
from tests.submissions.conftest import jpeg_upload
from tests.submissions.media import files_in, use_temporary_media

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, monkeypatch, tmp_path):
    """Temporary folders, and the URLconf that serves MEDIA_ROOT under its MEDIA_URL."""
    settings.ROOT_URLCONF = "tests.e2e.urls"
    settings.MEDIA_URL = media_urls.MEDIA_URL
    return use_temporary_media(settings, monkeypatch, tmp_path)


def test_no_address_built_from_its_name_reaches_an_original(client, send_story, media):
    send_story(photos=[jpeg_upload("Vacances à Nice.jpg")])
    name = Submission.objects.get().photos.get().original.name
    public_copy = files_in(media.public)[0].relative_to(media.public).as_posix()
    # The media view does serve the public copy: its 404s below are refusals, not absence.
    assert client.get(f"{media_urls.MEDIA_URL}{public_copy}").status_code == 200
    for address in (
        f"{media_urls.MEDIA_URL}{name}",
        f"{media_urls.MEDIA_URL}../private-media/{name}",
        f"{media_urls.MEDIA_URL}%2e%2e/private-media/{name}",
        f"{media_urls.MEDIA_URL}{media.private.as_posix()}/{name}",
        f"/private-media/{name}",
        f"/media/{name}",
    ):
        # (A 404 outside /fr/ and /en/ is first redirected into /fr/, where it is a 404 too.)
        assert client.get(address, follow=True).status_code == 404, address


def test_an_originals_name_tells_nothing_to_guess_from(send_story):
    same_photo = "IMG_0001.jpg"
    send_story(photos=[jpeg_upload(same_photo), jpeg_upload(same_photo)])
    names = [photo.original.name for photo in Submission.objects.get().photos.all()]
    for name in names:
        assert re.fullmatch(r"submissions/originals/[0-9a-f]{32}", name), name
    assert len(set(names)) == 2


def test_an_admin_user_without_the_right_to_see_submissions_cannot_download_one(
    client, send_story, django_user_model
):
    send_story(photos=[jpeg_upload()])
    photo = Submission.objects.get().photos.get()
    user = django_user_model.objects.create_user("photographer", password="x")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    assert client.get("/admin/").status_code == 200
    response = client.get(f"/admin/submissions/photo/{photo.pk}/original/")
    # Wagtail answers a refusal in its admin with a redirect to the dashboard and a message.
    assert response.status_code in (302, 403)
    assert "Content-Disposition" not in response
