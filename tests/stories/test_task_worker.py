"""The site's background work really leaves the request: with the database queue the site uses
outside the test suite, saving a video, publishing a story or sending one only enqueues; nothing
happens until the worker (`manage.py db_worker`, which `make run` starts) takes the queue."""

import pytest
from django_tasks_db.models import DBTaskResult

from sharing.models import StoryCard
from stories.models import ProcessingState, Video
from tests.stories.test_video_probe import phone_video, videos  # noqa: F401
from tests.stories.test_videos import media, new_video  # noqa: F401

# Committed for real (the worker closes its database connections, as a worker process should);
# the rows the migrations made (locales, root page) come back after each test.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_saved_video_waits_in_the_queue_until_the_worker_processes_it(
    database_queue,
    phone_video,  # noqa: F811
):
    video = new_video(phone_video)

    assert Video.objects.get(pk=video.pk).processing_state == ProcessingState.PENDING
    assert DBTaskResult.objects.count() == 1

    database_queue()

    assert Video.objects.get(pk=video.pk).processing_state == ProcessingState.READY


def test_publishing_a_story_returns_before_its_cards_are_drawn(database_queue, make_stories):
    story = make_stories(1)[0]

    story.save_revision().publish()

    assert not StoryCard.objects.exists()
    database_queue()
    assert StoryCard.objects.filter(story=story).count() == 3
