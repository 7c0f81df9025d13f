"""With the database queue used outside the test suite, the contributor's e-mail leaves with the
worker, not inside the request that stored the story."""

import pytest
from django.core import mail

from tests.submissions.conftest import story_form


# Committed for real (the worker closes its database connections, as a worker process should);
# the rows the migrations made (locales, root page) come back after each test.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_contributors_email_leaves_with_the_worker(
    database_queue, client, guidelines, story_index
):
    response = client.post("/en/share-your-story/", story_form())
    assert response.status_code == 302
    assert [m for m in mail.outbox if "odile.martin@example.org" in m.to] == []

    database_queue()

    assert [m for m in mail.outbox if "odile.martin@example.org" in m.to]
