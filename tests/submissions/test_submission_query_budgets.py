"""The contributor's pages and the moderation queue make the same number of queries however many
stories the site holds, within budget."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from submissions.models import Submission

pytestmark = pytest.mark.django_db

FORM_BUDGET = 8
STATUS_BUDGET = 15
QUEUE_BUDGET = 40


def queries_of(client, url: str) -> int:
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(context.captured_queries)


def measure(client, admin_client, token: str) -> dict[str, int]:
    return {
        "form": queries_of(client, "/fr/share-your-story/"),
        "status": queries_of(client, f"/fr/my-story/{token}/"),
        "queue": queries_of(admin_client, "/admin/reports/moderation-queue/"),
    }


def test_contributor_pages_stay_flat_from_20_to_200_stories(
    client, admin_client, send_story, make_stories
):
    make_stories(20)
    send_story()
    token = Submission.objects.get().token
    at_20 = measure(client, admin_client, token)
    make_stories(180)
    at_200 = measure(client, admin_client, token)
    assert at_200 == at_20
    assert at_20["form"] <= FORM_BUDGET
    assert at_20["status"] <= STATUS_BUDGET
    assert at_20["queue"] <= QUEUE_BUDGET


def test_the_queue_grows_by_a_fixed_number_of_queries_per_waiting_story(admin_client, send_story):
    send_story()
    one = queries_of(admin_client, "/admin/reports/moderation-queue/")
    send_story(title="Une autre histoire")
    send_story(title="Une troisième histoire")
    three = queries_of(admin_client, "/admin/reports/moderation-queue/")
    assert three - one <= 2 * 2, "each waiting story should cost at most two queries"
