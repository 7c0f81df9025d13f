"""With the database queue used outside the test suite, the contributor's e-mail leaves with the
worker, not inside the request that stored the story."""

from django.core import mail

from tests.submissions.conftest import story_form


def test_the_contributors_email_leaves_with_the_worker(
    database_queue, client, guidelines, story_index, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/share-your-story/", story_form())
    assert response.status_code == 302
    assert [m for m in mail.outbox if "odile.martin@example.org" in m.to] == []

    database_queue()

    assert [m for m in mail.outbox if "odile.martin@example.org" in m.to]
