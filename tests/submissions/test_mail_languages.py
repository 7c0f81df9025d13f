"""Every e-mail to a contributor is in the language they wrote from, whatever the story's language:
its subject and body hold no interface string of the other language (the catalogues' check of
tests/i18n/one_language.py), lead to the status page in that language, and follow French spacing
in French."""

import pytest
from django.utils.translation import override

from submissions.models import Notification, Submission
from submissions.notifications import compose
from submissions.share_kit import ready_to_post_texts
from tests.i18n.one_language import french_spacing_faults, leaks, normalise

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["fr", "en"])
def contributor(request, send_story, send_english_story) -> tuple[Submission, str]:
    """A French story sent from the form in the contributor's language."""
    language = request.param
    (send_story if language == "fr" else send_english_story)()
    submission = Submission.objects.get()
    Submission.objects.filter(pk=submission.pk).update(declined_reason="Un client y est nommé.")
    return Submission.objects.get(), language


@pytest.mark.parametrize("kind", Notification.Kind.values)
def test_each_mail_speaks_the_contributors_language(contributor, kind):
    submission, language = contributor
    assert submission.contact_language == language and submission.language == "fr"
    with override("de"):  # whatever the sender's request left active
        message = compose(Notification.objects.create(submission=submission, kind=kind))

    # The texts ready to post are in the story's language (French here), by design: they are
    # what the contributor shares with the story.
    body = message.body
    for ready_to_post in ready_to_post_texts(submission.page).values():
        body = body.replace(ready_to_post, "")
    text = f"{message.subject}\n{body}"
    assert leaks(normalise(text), language) == []
    assert f"/{language}/my-story/{submission.token}/" in message.body
    if language == "fr":
        assert french_spacing_faults(text) == []
