"""Admin: contributors, eras and themes as snippets editors manage from the menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from stories.models import Contributor, Era, Theme


class ContributorViewSet(SnippetViewSet):
    model = Contributor
    icon = "user"
    menu_label = _("Contributors")
    list_display = ["name", "relation", "role", "years_label"]
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
    list_display = ["name", "start_year", "end_year"]
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
    list_display = ["name", "slug"]
    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]


class HistoryViewSetGroup(SnippetViewSetGroup):
    items = (ContributorViewSet, EraViewSet, ThemeViewSet)
    menu_icon = "history"
    menu_label = _("History")
    menu_name = "history"


register_snippet(HistoryViewSetGroup)
