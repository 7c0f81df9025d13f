"""The submissions in the admin: a read-only record, originals for editors only."""

import pytest
from django.urls import reverse

from submissions.models import Submission
from tests.submissions.conftest import jpeg_upload

pytestmark = pytest.mark.django_db


def test_submissions_are_listed_and_inspected_but_never_edited(admin_client, send_story):
    send_story()
    submission = Submission.objects.get()
    listing = admin_client.get("/admin/snippets/submissions/submission/")
    assert listing.status_code == 200
    assert f"Submission #{submission.pk}" in listing.content.decode() or str(submission.pk) in (
        listing.content.decode()
    )
    inspect = admin_client.get(f"/admin/snippets/submissions/submission/inspect/{submission.pk}/")
    assert inspect.status_code == 200
    assert "Nous avons tenu la porte" in inspect.content.decode()
    for view in ("edit", "delete"):
        path = f"/admin/snippets/submissions/submission/{view}/{submission.pk}/"
        assert admin_client.get(path).status_code in (302, 403, 404)
    assert admin_client.get("/admin/snippets/submissions/submission/add/").status_code in (
        302,
        403,
        404,
    )


def test_the_original_photo_is_for_editors_only(client, admin_client, send_story):
    send_story(photos=[jpeg_upload("Vacances à Nice.jpg")])
    photo = Submission.objects.get().photos.get()
    url = reverse("submissions_original_photo", args=[photo.pk])
    assert client.get(url).status_code in (302, 403)
    response = admin_client.get(url)
    assert response.status_code == 200
    assert "Vacances" in response["Content-Disposition"]
    assert b"".join(response.streaming_content)[:2] == b"\xff\xd8"


def test_the_original_is_not_under_the_public_media_url(send_story, settings):
    send_story(photos=[jpeg_upload()])
    photo = Submission.objects.get().photos.get()
    assert "original" not in photo.original.name.split("/")[-1]
    assert not str(photo.original.path).startswith(str(settings.MEDIA_ROOT))


def test_guidelines_and_client_register_are_in_the_admin(admin_client, guidelines, clients):
    assert admin_client.get("/admin/snippets/submissions/guidelines/").status_code == 200
    register = admin_client.get("/admin/snippets/submissions/client/")
    assert "Soieries Martel" in register.content.decode()
