"""The campaign kit's form: where an editor's choice of stories enters, and every mistake in it
is told in their language (a decade or theme that does not exist, a date that is not one, dates
reversed, no story or too many). The rules themselves are in sharing.kits."""

from django import forms
from django.utils.translation import gettext_lazy as _

from sharing.kits import KitFilters, dates_error, kit_stories, size_error
from stories import dates
from stories.theme_fields import ThemeField

DATE_FORMAT = "%Y-%m-%d"
DATE_ERRORS = {"invalid": _("Write the date as YYYY-MM-DD, e.g. 2025-06-01.")}


def decade_choices() -> list[tuple[str, str]]:
    return [("", _("Every decade"))] + [
        (str(decade), dates.decade_short_label(decade)) for decade in dates.century_decades()
    ]


def date_field(label: str) -> forms.DateField:
    return forms.DateField(
        label=label,
        required=False,
        input_formats=[DATE_FORMAT],
        widget=forms.DateInput(attrs={"type": "date"}, format=DATE_FORMAT),
        error_messages=DATE_ERRORS,
    )


class CampaignKitForm(forms.Form):
    decade = forms.TypedChoiceField(
        label=_("Decade"),
        required=False,
        choices=decade_choices,
        coerce=int,
        empty_value=None,
        error_messages={
            "invalid_choice": _("There is no decade “%(value)s”: choose one from the list.")
        },
    )
    theme = ThemeField(
        label=_("Theme"),
        to_field_name="slug",
        required=False,
        empty_label=_("Every theme"),
        error_messages={
            "invalid_choice": _("There is no theme “%(value)s”: choose one from the list.")
        },
    )
    published_from = date_field(_("Published from"))
    published_to = date_field(_("Published until"))

    filters: KitFilters | None = None

    def clean(self) -> dict:
        """Once each field is right: dates in order, then at least one story and not too many."""
        data = super().clean()
        if self.errors:
            return data
        error = dates_error(data["published_from"], data["published_to"])
        if error:
            self.add_error("published_to", error)
            return data
        filters = KitFilters(
            data["decade"], data["theme"], data["published_from"], data["published_to"]
        )
        error = size_error(kit_stories(filters).count())
        if error:
            raise forms.ValidationError(error)
        self.filters = filters
        return data
