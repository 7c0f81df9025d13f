"""Loads the demo's guidelines, client register and submissions (idempotent): three stories sent
through the real submission path, two waiting for moderation (one flagged), one awaiting its
contributor's sign-off. Demo contributors are not e-mailed."""

import uuid

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from wagtail.models import Locale

from stories.demo.images import render_archival_photo
from stories.models import Theme
from submissions import moderation, services
from submissions.demo.content import CLIENTS, GUIDELINES, SUBMISSIONS
from submissions.models import CONSENTS, Client, Guidelines, Notification, Submission
from submissions.photos import clean_photo

DEMO_NAMESPACE = uuid.UUID("6b1d3c1e-2f7a-4c55-9d0e-0c3a8f6a9e21")


def ensure_guidelines() -> Guidelines:
    locale = Locale.get_default()
    return Guidelines.current(locale) or Guidelines.objects.create(locale=locale, **GUIDELINES)


def ensure_clients() -> None:
    for client in CLIENTS:
        Client.objects.get_or_create(name=client["name"], defaults=client)


def _sent_story(data: dict, guidelines: Guidelines) -> services.SentStory:
    photos = []
    for seed, (scene, caption, credit) in enumerate(data["photos"]):
        picture = render_archival_photo(scene, data["decade"], seed, size=(1200, 800))
        upload = SimpleUploadedFile(f"{data['key']}-{seed}.jpg", picture, "image/jpeg")
        photos.append(services.SentPhoto(upload, clean_photo(upload), caption, credit))
    return services.SentStory.from_answers(
        data,
        themes=list(Theme.objects.tags().filter(slug__in=data["themes"])),
        language="fr",
        contact_language="fr",
        consents=dict.fromkeys(CONSENTS, True),
        guidelines=guidelines,
        photos=photos,
    )


def load_demo_submissions() -> list[Submission]:
    """Sends the demo stories once each; returns those sent now."""
    guidelines = ensure_guidelines()
    ensure_clients()
    sent = []
    for data in SUBMISSIONS:
        key = uuid.uuid5(DEMO_NAMESPACE, data["key"])
        with transaction.atomic():
            submission, created = services.create_submission(_sent_story(data, guidelines), key)
            if created:
                # Demo contributors have example.org addresses: nobody to e-mail.
                Notification.objects.filter(submission=submission).delete()
                sent.append(submission)
    _advance_to_sign_off(sent)
    return sent


def _advance_to_sign_off(sent: list[Submission]) -> None:
    """The last demo story has passed review, to show the contributor's step too."""
    waiting = [
        s for s in sent if s.idempotency_key == uuid.uuid5(DEMO_NAMESPACE, "premier-ordinateur")
    ]
    for submission in waiting:
        with transaction.atomic():
            task_state = submission.page.current_workflow_task_state
            moderation.approve(task_state, user=None, comment="Relu, quelques coupes.")
            Notification.objects.filter(submission=submission).delete()
