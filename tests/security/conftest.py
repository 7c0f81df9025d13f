"""Fixtures of the security tests: the sample centenary of the browser journeys (people, stories
with photos, quotes and galleries) for the page-by-page checks, and the submission tests' form
sender. (The browser's own report of policy violations is in tests/e2e, beside its browser.)"""

import pytest

from tests.e2e.sample_site import SampleSite, build_sample_site
from tests.submissions.conftest import guidelines, send_story  # noqa: F401


@pytest.fixture
def centenary(db, settings, tmp_path) -> SampleSite:
    """The sample centenary for the test client, its photos written under a temporary folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return build_sample_site()
