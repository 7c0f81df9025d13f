from submissions.models.clients import Client
from submissions.models.guidelines import CONSENTS, REQUIRED_CONSENTS, Guidelines
from submissions.models.notifications import Notification
from submissions.models.submissions import Submission, SubmissionPhoto
from submissions.models.tasks import ContributorSignOffTask, ModerationTask

__all__ = [
    "CONSENTS",
    "REQUIRED_CONSENTS",
    "Client",
    "ContributorSignOffTask",
    "Guidelines",
    "ModerationTask",
    "Notification",
    "Submission",
    "SubmissionPhoto",
]
