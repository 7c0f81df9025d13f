"""Fixtures of the security tests: the sample centenary of the browser journeys (people, stories
with photos, quotes and galleries) for the page-by-page checks, the browser fixtures of tests/e2e
(and its stories with a video facade) for the check that the browser itself reports no policy
violation, and the submission tests' form sender."""

import pytest

from tests.e2e.conftest import browser, media_root, page, sample_site, served_site  # noqa: F401
from tests.e2e.sample_site import SampleSite, build_sample_site
from tests.e2e.test_video_journey import facade, facade_story  # noqa: F401
from tests.submissions.conftest import guidelines, send_story  # noqa: F401


@pytest.fixture
def viewport() -> str:
    # The policy is the same on every screen: one browser size is enough.
    return "desktop"


@pytest.fixture
def centenary(db, settings, tmp_path) -> SampleSite:
    """The sample centenary for the test client, its photos written under a temporary folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return build_sample_site()
