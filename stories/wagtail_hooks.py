"""Admin: contributors, eras, themes and video captions as snippets editors manage from the menu
(videos themselves are wagtailmedia's library, under "Media")."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.admin.ui.tables import LocaleColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from stories.models import Contributor, Era, Theme, VideoCaption


def language_column() -> LocaleColumn:
    # Wagtail's own label is translated when the column is made, here at import time and so in the
    # site's language: a lazy one follows each editor's.
    return LocaleColumn(label=_("Language"))


class ContributorViewSet(SnippetViewSet):
    model = Contributor
    icon = "user"
    menu_label = _("Contributors")
    list_display = ["name", language_column(), "relation", "role", "years_label"]
    list_filter = ["relation"]
    search_fields = ["name"]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("relation"), FieldPanel("role")]),
        FieldRowPanel([FieldPanel("years_start"), FieldPanel("years_end")]),
        FieldPanel("skills"),
        FieldPanel("bio"),
        FieldPanel("photo"),
        FieldPanel("links"),
        MultiFieldPanel([FieldPanel("email")], heading=_("Private")),
    ]


class EraViewSet(SnippetViewSet):
    model = Era
    icon = "time"
    menu_label = _("Eras")
    list_display = ["name", language_column(), "start_year", "end_year"]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("start_year"), FieldPanel("end_year")]),
        FieldPanel("description"),
    ]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    menu_label = _("Themes")
    list_display = ["name", language_column(), "slug"]
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
    ]


class VideoCaptionViewSet(SnippetViewSet):
    model = VideoCaption
    icon = "media"
    menu_label = _("Video captions")
    list_display = ["video", "language"]
    list_filter = ["language"]
    panels = [FieldPanel("video"), FieldPanel("language"), FieldPanel("file")]


class HistoryViewSetGroup(SnippetViewSetGroup):
    items = (ContributorViewSet, EraViewSet, ThemeViewSet, VideoCaptionViewSet)
    menu_icon = "history"
    menu_label = _("History")
    menu_name = "history"


register_snippet(HistoryViewSetGroup)
