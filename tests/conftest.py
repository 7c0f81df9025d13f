"""Shared fixtures: a site tree, stories in bulk, clean caches between tests, and the database
task queue for the tests of the worker."""

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.tasks import task_backends
from django.test import override_settings
from django.utils.connection import Local

from stories.site_tree import ensure_site_tree
from tests.factories import ContributorFactory, EraFactory, StoryPageFactory, ThemeFactory


@pytest.fixture(autouse=True)
def clear_caches():
    for alias in ("default", "pages"):
        caches[alias].clear()
    yield


@pytest.fixture
def site_tree(db):
    home, story_index, contributor_index = ensure_site_tree()
    return {"home": home, "stories": story_index, "contributors": contributor_index}


@pytest.fixture
def story_index(site_tree):
    return site_tree["stories"]


@pytest.fixture
def themes(db):
    return [
        ThemeFactory(name="Innovation", slug="innovation"),
        ThemeFactory(name="Grèves", slug="greves"),
    ]


@pytest.fixture
def eras(db):
    return [
        EraFactory(
            name="Les années mécaniques", slug="annees-mecaniques", start_year=1914, end_year=1945
        ),
        EraFactory(
            name="L’âge de l’ordinateur", slug="age-ordinateur", start_year=1946, end_year=1999
        ),
        EraFactory(name="Le nouveau siècle", slug="nouveau-siecle", start_year=2000, end_year=2030),
    ]


@pytest.fixture
def make_stories(story_index, themes, eras):
    """Makes `count` live stories spread over the century, each with a theme and a contributor."""

    def make(count: int, **overrides) -> list:
        contributors = [ContributorFactory() for _ in range(max(1, count // 10))]
        stories = []
        for number in range(count):
            fields = {
                "parent": story_index,
                "year": 1914 + (number * 7) % 110,
                "contributor": contributors[number % len(contributors)],
                "themes": [themes[number % len(themes)]],
            }
            fields.update(overrides)
            stories.append(StoryPageFactory(**fields))
        return stories

    return make


def forget_task_backends() -> None:
    # Django builds each backend once from settings.TASKS and keeps it; a changed setting needs
    # the handler to read it again.
    task_backends.__dict__.pop("settings", None)
    task_backends._settings = None
    task_backends._connections = Local(task_backends.thread_critical)


@pytest.fixture
def database_queue(settings):
    """Background tasks go to the database queue, as outside the test suite, and wait there until
    the test calls the returned function, which runs the worker over the queue once."""
    queue = {"BACKEND": "django_tasks_db.DatabaseBackend"}
    with override_settings(TASKS={**settings.TASKS, "background": queue}):
        forget_task_backends()
        yield lambda: call_command(
            "db_worker", "--batch", "--backend", "background", "--no-startup-delay"
        )
    forget_task_backends()
