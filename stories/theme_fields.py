"""Choosing themes in a form: the source-language themes (the ones stories are tagged with), each
named in the language of the page the form is on, in the order of those names."""

from django import forms
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from stories.models.themes import Theme, ThemeQuerySet


def themes_to_choose() -> ThemeQuerySet:
    themes = Theme.objects.tags().shown()
    return themes.order_by(Coalesce("shown_name", "name"))


class ThemeChoices:
    """The choices are read when a form is made (Django copies the class's fields into each
    form), not when its class is: their names follow the language active for that request."""

    def __init__(self, **kwargs) -> None:
        super().__init__(queryset=Theme.objects.none(), **kwargs)

    def __deepcopy__(self, memo: dict):
        field = super().__deepcopy__(memo)
        field.queryset = themes_to_choose()
        return field

    def label_from_instance(self, theme: Theme) -> str:
        return theme.label


class ThemeField(ThemeChoices, forms.ModelChoiceField):
    pass


class ThemesField(ThemeChoices, forms.ModelMultipleChoiceField):
    pass


class StoryPageForm(WagtailAdminPageForm):
    """The story editor: themes as a list of boxes to tick rather than taggit's tag field, whose
    names could not tell a French theme from its English translation of the same name."""

    themes = ThemesField(label=_("themes"), widget=forms.CheckboxSelectMultiple, required=False)
