"""The records that must not change: a submission as sent, and guidelines once consented to."""

import pytest
from django.core.exceptions import ValidationError

from submissions.models import Guidelines, Submission

pytestmark = pytest.mark.django_db


def test_a_submission_is_never_rewritten(send_story):
    send_story()
    submission = Submission.objects.get()
    submission.story = "Autre chose"
    with pytest.raises(ValueError):
        submission.save()
    with pytest.raises(ValueError):
        submission.save(update_fields=["story"])
    assert Submission.objects.get().story.startswith("En mai 1968")


def test_consent_records_the_boxes_the_version_and_the_time(send_story, guidelines):
    send_story(consent_social_sharing=None)
    submission = Submission.objects.get()
    assert submission.guidelines == guidelines
    assert submission.consents["social_sharing"] is False
    assert all(given for key, given in submission.consents.items() if key != "social_sharing")
    assert submission.consented_at is not None


def test_guidelines_once_accepted_cannot_change(send_story, guidelines):
    send_story()
    guidelines.body = "<p>Nouvelle règle.</p>"
    with pytest.raises(ValidationError):
        guidelines.full_clean()


def test_a_new_version_takes_the_next_number_and_old_consents_keep_theirs(send_story, guidelines):
    send_story()
    newer = Guidelines.objects.create(locale=guidelines.locale, title="Charte", body="<p>v2</p>")
    assert newer.version == guidelines.version + 1
    assert Submission.objects.get().guidelines.version == guidelines.version
    assert Guidelines.current(guidelines.locale) == newer


def test_unsent_guidelines_may_still_be_edited(guidelines):
    guidelines.body = "<p>Corrigé.</p>"
    guidelines.full_clean()
