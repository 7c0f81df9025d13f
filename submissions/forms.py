"""The public "share your story" form: its fields, their limits and messages, the consent boxes,
the photos (checked by decoding them) and the quiet anti-abuse checks (honeypot, minimum time)."""

import time
import uuid

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _

from stories import dates
from stories.models import Relation
from stories.theme_fields import ThemesField
from stories.videos.links import parse_video_link
from stories.videos.uploads import check_video_upload, max_bytes, max_seconds
from submissions import direct_uploads
from submissions.models import CONSENTS, REQUIRED_CONSENTS, Submission
from submissions.photos import clean_photo
from submissions.services import STORAGE_ERRORS

STORY_MIN_LENGTH = 80
STORY_MAX_LENGTH = 10_000
MAX_PHOTOS = 6
MIN_SECONDS_TO_FILL = 3
FORM_TOKEN_MAX_AGE = 24 * 3600
FORM_TOKEN_SALT = "submissions.share-form"


def new_form_token() -> str:
    """A signed (idempotency key, time the form was shown): one submission per form shown."""
    return signing.dumps({"key": uuid.uuid4().hex, "shown": time.time()}, salt=FORM_TOKEN_SALT)


def read_form_token(
    token: str, max_age: int | None = FORM_TOKEN_MAX_AGE
) -> tuple[uuid.UUID, float] | None:
    """(idempotency key, time shown) of a token this site signed, younger than ``max_age`` seconds
    (any age with None); None otherwise."""
    try:
        data = signing.loads(token, salt=FORM_TOKEN_SALT, max_age=max_age)
        return uuid.UUID(data["key"]), float(data["shown"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None


def valid_form_token(token: str) -> tuple[uuid.UUID, float]:
    if (read := read_form_token(token)) is None:
        raise forms.ValidationError(
            _("This form has expired. Check your answers and send it again.")
        )
    return read


def form_key_of(token: str) -> uuid.UUID | None:
    """The idempotency key of a token this site signed, expired or not: it says whose uploads are
    whose, so that the uploads of an expired form can still be deleted (and nobody else's)."""
    read = read_form_token(token, max_age=None)
    return read[0] if read else None


def decade_choices() -> list[tuple[str, str]]:
    return [("", _("I know the year"))] + [
        (str(decade), dates.decade_short_label(decade)) for decade in dates.century_decades()
    ]


def consent_required_message(label) -> str:
    """Each missing consent says which one it is: the error summary lists them apart."""
    return gettext("Tick “%(consent)s” to send your story.") % {"consent": str(label).rstrip(".")}


class ShareStoryForm(forms.Form):
    public_name = forms.CharField(
        label=_("Your name as it will appear"),
        help_text=_("Your first and last name, or the name colleagues knew you by."),
        max_length=120,
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("Private: we use it only to send you the link to follow your story."),
        max_length=254,
    )
    relation = forms.ChoiceField(
        label=_("You are"), choices=Relation.choices, widget=forms.RadioSelect
    )
    years_start = forms.IntegerField(
        label=_("Year you joined (optional)"),
        required=False,
        widget=forms.TextInput({"inputmode": "numeric", "size": 4, "autocomplete": "off"}),
    )
    years_end = forms.IntegerField(
        label=_("Year you left (optional)"),
        help_text=_("Leave empty if you are still with the company."),
        required=False,
        widget=forms.TextInput({"inputmode": "numeric", "size": 4, "autocomplete": "off"}),
    )
    role = forms.CharField(
        label=_("Your role"),
        help_text=_("For example: machinist, then workshop manager."),
        max_length=160,
    )
    title = forms.CharField(
        label=_("Title of your story"),
        help_text=_("A few words that make people want to read it."),
        max_length=120,
    )
    story = forms.CharField(
        label=_("Your story"),
        min_length=STORY_MIN_LENGTH,
        max_length=STORY_MAX_LENGTH,
        widget=forms.Textarea({"rows": 12}),
    )
    year = forms.IntegerField(
        label=_("Year"),
        help_text=_("The year it happened, for example 1968."),
        required=False,
        widget=forms.TextInput({"inputmode": "numeric", "size": 4, "autocomplete": "off"}),
    )
    decade = forms.TypedChoiceField(
        label=_("Or, if you don't remember the year, the decade"),
        choices=decade_choices,
        coerce=int,
        empty_value=None,
        required=False,
    )
    circa = forms.BooleanField(label=_("The date is approximate"), required=False)
    themes = ThemesField(
        label=_("Themes (optional)"),
        help_text=_("Choose the themes your story is about."),
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    pull_quote = forms.CharField(
        label=_("A sentence to quote (optional)"),
        help_text=_("At most 200 characters; we may show it in large type or share it."),
        max_length=200,
        required=False,
    )
    language = forms.ChoiceField(
        label=_("Language of your story"), choices=settings.LANGUAGES, widget=forms.RadioSelect
    )
    video = forms.FileField(
        label=_("A video file"),
        required=False,
        widget=forms.ClearableFileInput({"accept": "video/*"}),
    )
    video_link = forms.CharField(
        label=_("Or a link to your video on YouTube or Vimeo"),
        help_text=_("For example: https://www.youtube.com/watch?v=…"),
        max_length=500,
        required=False,
        widget=forms.URLInput({"inputmode": "url", "autocomplete": "url"}),
    )
    # The name of a video the browser sent straight to S3 (submissions/direct_uploads.py).
    video_upload = forms.CharField(required=False, max_length=200, widget=forms.HiddenInput)
    # Hidden from people by CSS and from screen readers; robots fill it in.
    website = forms.CharField(label=_("Leave this field empty"), required=False)
    form_token = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = get_language()
        # Formatted here, in the visitor's language: at class level it would keep the import's.
        self.fields["story"].help_text = _(
            "Between %(min)s and %(max)s characters. Leave an empty line between paragraphs."
        ) % {"min": STORY_MIN_LENGTH, "max": f"{STORY_MAX_LENGTH:,}".replace(",", "\u202f")}
        for key, label in CONSENTS.items():
            self.fields[f"consent_{key}"] = forms.BooleanField(
                label=label,
                required=key in REQUIRED_CONSENTS,
                error_messages={"required": consent_required_message(label)},
            )
        self.fields["decade"].choices = decade_choices()
        self.fields["video"].help_text = _(
            "MP4, MOV, WebM or another common format, at most %(size)s and %(minutes)s minutes."
        ) % {"size": filesizeformat(max_bytes()), "minutes": max_seconds() // 60}
        self.video_info = None

    def consent_fields(self):
        return [self[f"consent_{key}"] for key in CONSENTS]

    def clean_year(self) -> int | None:
        year = self.cleaned_data.get("year")
        if year is not None and not dates.is_valid_year(year):
            raise forms.ValidationError(
                _("Give a year between %(first)s and this year.") % {"first": dates.first_decade()}
            )
        return year

    def clean_decade(self) -> int | None:
        decade = self.cleaned_data.get("decade")
        if decade is not None and not dates.is_valid_decade(decade):
            raise forms.ValidationError(_("Choose a decade from the list."))
        return decade

    def clean_years_start(self) -> int | None:
        return self._clean_company_year("years_start")

    def clean_years_end(self) -> int | None:
        return self._clean_company_year("years_end")

    def _clean_company_year(self, name: str) -> int | None:
        year = self.cleaned_data.get(name)
        founding = settings.CENTENARY["FOUNDING_YEAR"]
        if year is not None and not founding <= year <= dates.last_decade() + 9:
            raise forms.ValidationError(
                _("Give a year between %(first)s and this year.") % {"first": founding}
            )
        return year

    def clean_video(self):
        upload = self.cleaned_data.get("video")
        if upload:
            # Probed here, in a second or so: a file that is not a video is refused on the form.
            self.video_info = check_video_upload(upload)
        return upload

    def clean_video_link(self) -> str:
        link = self.cleaned_data.get("video_link", "").strip()
        if link:
            parse_video_link(link)
        return link

    def clean_website(self) -> str:
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(_("Leave this field empty."))
        return ""

    def clean_form_token(self) -> tuple[uuid.UUID, float]:
        return valid_form_token(self.cleaned_data["form_token"])

    def clean(self) -> dict:
        data = super().clean()
        self._check_date(data)
        if (data.get("video") or data.get("video_upload")) and data.get("video_link"):
            self.add_error("video_link", _("Send a video file or a link, not both."))
        start, end = data.get("years_start"), data.get("years_end")
        if start and end and end < start:
            self.add_error("years_end", _("The year you left comes after the year you joined."))
        if (token := data.get("form_token")) and time.time() - token[1] < MIN_SECONDS_TO_FILL:
            raise forms.ValidationError(
                _("That was quicker than anyone can write: check your story and send it again.")
            )
        if data.get("video_upload"):
            self._take_uploaded_video(data)
        return data

    def _take_uploaded_video(self, data: dict) -> None:
        """The video sent straight to S3 becomes the form's video file once probed, as an upload.

        Probed only when everything else is right (a large video takes a while to fetch): until
        then it waits in the bucket and the form keeps its name. A refused one is deleted."""
        name, storage = data["video_upload"], direct_uploads.upload_storage()
        form_key = form_key_of(self.data.get("form_token", ""))
        if storage is None or form_key is None or not direct_uploads.is_issued_for(name, form_key):
            self._drop_uploaded_video(
                None, _("This video was not sent with this form: attach it again.")
            )
        elif "form_token" in self.errors or data.get("video"):
            self._drop_uploaded_video(
                storage, _("Your video was not kept: attach it again before sending.")
            )
        elif self.errors or Submission.objects.filter(idempotency_key=form_key).exists():
            return  # to probe on the next sending; or already kept by the first one
        else:
            try:
                upload = direct_uploads.fetch_uploaded_video(storage, name)
                self.video_info = check_video_upload(upload)
            except ValidationError as error:
                self._drop_uploaded_video(storage, error)
            except STORAGE_ERRORS:
                # Kept, with its name in the form: sending again checks it then.
                self.add_error("video", direct_uploads.UNREACHABLE)
            else:
                data["video"] = upload

    def _drop_uploaded_video(self, storage, error) -> None:
        """Refuses the uploaded video: deleted when it is this form's, forgotten by the form."""
        if storage is not None:
            storage.delete(self.cleaned_data["video_upload"])
        self.cleaned_data["video_upload"] = ""
        self.data = self.data.copy()
        self.data["video_upload"] = ""
        if not self.has_error("video"):
            self.add_error("video", error)

    def _check_date(self, data: dict) -> None:
        year, decade = data.get("year"), data.get("decade")
        if "year" in self.errors or "decade" in self.errors:
            return
        if year is None and decade is None:
            self.add_error("year", _("Give the year, or choose the decade."))
        elif year is not None and decade is not None and dates.decade_of(year) != decade:
            self.add_error("decade", _("The year %(year)s is not in this decade.") % {"year": year})
        elif year is not None:
            data["decade"] = dates.decade_of(year)

    @property
    def consents(self) -> dict[str, bool]:
        return {key: bool(self.cleaned_data.get(f"consent_{key}")) for key in CONSENTS}


class VideoUploadForm(forms.Form):
    """The browser's request for a presigned POST: which form, and the video it is about to send.
    Its errors are shown by the script, which then lets the form send the file the ordinary way."""

    form_token = forms.CharField()
    file_name = forms.CharField(max_length=255, required=False)
    content_type = forms.RegexField(
        regex=r"^video/[-+.\w]{1,80}\Z",
        error_messages={"invalid": _("This file is not a video.")},
    )
    size = forms.IntegerField(min_value=1)

    def clean_form_token(self) -> tuple[uuid.UUID, float]:
        return valid_form_token(self.cleaned_data["form_token"])

    def clean_size(self) -> int:
        size, limit = self.cleaned_data["size"], max_bytes()
        if size > limit:
            raise forms.ValidationError(
                _("This video weighs %(size)s, but a video can weigh at most %(limit)s."),
                params={"size": filesizeformat(size), "limit": filesizeformat(limit)},
            )
        return size


class PhotoForm(forms.Form):
    file = forms.FileField(
        label=_("Photo"),
        help_text=_("JPEG, PNG, WebP or HEIC, at most 15 MB."),
        required=False,
        widget=forms.ClearableFileInput({"accept": "image/jpeg,image/png,image/webp,image/heic"}),
    )
    caption = forms.CharField(
        label=_("What it shows"),
        help_text=_("Who, where, when: this is read aloud to blind visitors, too."),
        max_length=250,
        required=False,
    )
    credit = forms.CharField(label=_("Who took it (optional)"), max_length=120, required=False)

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload:
            self.cleaned_photo = clean_photo(upload)
        return upload

    def clean(self) -> dict:
        data = super().clean()
        if data.get("file") and not data.get("caption"):
            self.add_error("caption", _("Say what the photo shows."))
        return data


PhotoFormSet = forms.formset_factory(
    PhotoForm,
    extra=MAX_PHOTOS,
    max_num=MAX_PHOTOS,
    absolute_max=MAX_PHOTOS,
    validate_max=True,
)
