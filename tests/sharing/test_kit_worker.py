"""A campaign kit really leaves the request: asking for one only records it and enqueues its
task in the database queue; the worker (`manage.py db_worker`) builds it."""

import io
import zipfile

import pytest
from django.urls import reverse
from django_tasks_db.models import DBTaskResult

from sharing.models import CampaignKit
from tests.factories import StoryPageFactory

# Committed for real, as in tests/stories/test_task_worker.py: the worker closes its connections.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_kit_waits_in_the_queue_until_the_worker_builds_it(
    database_queue, admin_client, story_index
):
    stories = [StoryPageFactory(parent=story_index) for _ in range(2)]

    response = admin_client.post(reverse("sharing_kits"), {})

    kit = CampaignKit.objects.get()
    assert response["Location"] == reverse("sharing_kit", kwargs={"kit_id": kit.pk})
    assert (kit.state, kit.done, kit.file.name) == ("pending", 0, "")
    assert DBTaskResult.objects.filter(task_path__endswith="build_campaign_kit").count() == 1

    database_queue()

    kit.refresh_from_db()
    assert (kit.state, kit.done, kit.total) == ("ready", 2, 2)
    download = admin_client.get(reverse("sharing_kit_download", kwargs={"kit_id": kit.pk}))
    archive = zipfile.ZipFile(io.BytesIO(b"".join(download.streaming_content)))
    assert {name.split("/")[0] for name in archive.namelist()} == {s.slug for s in stories}
