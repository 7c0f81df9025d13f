"""Reactions to the page tree: every story index moderates its stories with the "Story moderation"
workflow, and a contributor hears when their story goes live."""

from django.db.models.signals import post_save
from wagtail.signals import page_published

from stories.models import StoryIndexPage, StoryPage
from submissions import moderation, notifications
from submissions.models import Notification


def moderate_new_story_index(sender, instance: StoryIndexPage, created: bool, raw=False, **kwargs):
    if created and not raw:
        moderation.link_story_index(instance)


def tell_contributor_story_is_live(sender, instance: StoryPage, **kwargs) -> None:
    submission = moderation.submission_of(instance)
    if (
        submission
        and not submission.notifications.filter(kind=Notification.Kind.PUBLISHED).exists()
    ):
        notifications.queue(submission, Notification.Kind.PUBLISHED)


post_save.connect(moderate_new_story_index, sender=StoryIndexPage, dispatch_uid="moderate_index")
page_published.connect(
    tell_contributor_story_is_live, sender=StoryPage, dispatch_uid="tell_contributor_live"
)
