"""The story editor's "Texts to share" panel: an editor's own text per network instead of the
generated one, checked against the story being edited (its campaign's hashtag, its quote and
names for X's budget) when the page is saved.

The check lives in the formset rather than in `StoryShareText.clean`, because a text just added in
the editor is not attached to its story until the page is saved, while the formset always knows
the page (with the values just typed into its other fields)."""

from django.utils.translation import gettext_lazy as _
from modelcluster.forms import BaseChildFormSet
from wagtail.admin.panels import InlinePanel
from wagtail.models import Site

from sharing.cards import campaign_for
from sharing.models import CampaignSettings
from sharing.text_templates import share_text_errors
from sharing.texts import story_words
from stories.models import StoryPage

# Counts as X counts a link (23) wherever the story's link goes.
LINK_STAND_IN = "https://example.com/"


def campaign_of_edited_story(story: StoryPage) -> CampaignSettings:
    """The campaign of the story's site; for a story not yet saved (no place in the tree), the
    default site's. Read only: nothing is created."""
    if story.pk:
        return campaign_for(story)
    site = Site.objects.filter(is_default_site=True).first()
    campaign = CampaignSettings.base_queryset().filter(site=site).first() if site else None
    return campaign or CampaignSettings(site=site)


class ShareTextFormSet(BaseChildFormSet):
    def clean(self) -> None:
        super().clean()
        forms = [
            form
            for form in self.forms
            if form.is_valid() and form.cleaned_data and not self._should_delete_form(form)
        ]
        if not forms:
            return
        story = self.instance
        words = story_words(story, campaign_of_edited_story(story), LINK_STAND_IN)
        for form in forms:
            text, network = form.cleaned_data.get("text"), form.cleaned_data.get("network")
            if text and network:
                for error in share_text_errors(text, network, words.values()):
                    form.add_error("text", error)


class ShareTextsPanel(InlinePanel):
    """An InlinePanel of the story's `share_texts` whose texts are checked with the story."""

    def __init__(self, relation_name: str = "share_texts", **kwargs) -> None:
        kwargs.setdefault("heading", _("Texts to share"))
        kwargs.setdefault(
            "help_text",
            _(
                "Your own text for a network, in the story's language, instead of the generated "
                "one. Keep the campaign hashtag; {link} marks where the story's link goes (added "
                "at the end otherwise); {quote}, {contributor}, {decade} and {title} are filled "
                "in too. On X, a link counts as 23 characters and the whole post at most 280."
            ),
        )
        super().__init__(relation_name, **kwargs)

    def get_form_options(self) -> dict:
        options = super().get_form_options()
        options["formsets"][self.relation_name]["formset"] = ShareTextFormSet
        return options
