"""StreamField blocks of a story's body."""

from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock
from wagtailmedia.blocks import AbstractMediaChooserBlock

from stories.videos.links import VideoLink, parse_video_link
from stories.videos.player import video_player_context


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("quotation"))
    attribution = blocks.CharBlock(label=_("attribution"), required=False, max_length=160)

    class Meta:
        icon = "openquote"
        label = _("quote")
        template = "stories/blocks/quote.html"


class PhotoBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("photo"))
    caption = blocks.CharBlock(label=_("caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("credit"), required=False, max_length=120)

    class Meta:
        icon = "image"
        label = _("photo")
        template = "stories/blocks/photo.html"


class GalleryBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), required=False, max_length=120)
    photos = blocks.ListBlock(PhotoBlock(), label=_("photos"), min_num=2, max_num=12)

    class Meta:
        icon = "image"
        label = _("gallery")
        template = "stories/blocks/gallery.html"


class VideoBlock(AbstractMediaChooserBlock):
    """A video from the library, played by the browser's own player with captions and transcript."""

    def __init__(self, **kwargs):
        super().__init__(media_type="video", **kwargs)

    def get_context(self, value, parent_context=None) -> dict:
        context = super().get_context(value, parent_context=parent_context)
        context.update(video_player_context(value))
        return context

    def render_basic(self, value, context=None) -> SafeString:
        # wagtailmedia's revision comparison renders blocks without a template.
        return render_to_string(self.meta.template, self.get_context(value))

    def get_searchable_content(self, value) -> list[str]:
        # Search finds words spoken only in the video.
        return [value.title, value.transcript] if value else []

    class Meta:
        icon = "media"
        label = _("video")
        template = "stories/blocks/video.html"


class ExternalVideoValue(blocks.StructValue):
    @property
    def link(self) -> VideoLink | None:
        try:
            return parse_video_link(self.get("url"))
        except ValidationError:
            return None


class ExternalVideoBlock(blocks.StructBlock):
    """A YouTube or Vimeo video behind a privacy facade: a local poster and a play button; the
    service's player is loaded only when the visitor asks for it."""

    url = blocks.URLBlock(
        label=_("YouTube or Vimeo link"), help_text=_("The address of the video's page.")
    )
    title = blocks.CharBlock(
        label=_("title"), max_length=160, help_text=_("Read out by the play button.")
    )
    poster = ImageChooserBlock(
        label=_("poster"),
        required=False,
        help_text=_("Shown until the video is played; nothing is fetched from the service."),
    )

    def clean(self, value):
        value = super().clean(value)
        try:
            parse_video_link(value.get("url"))
        except ValidationError as error:
            raise StructBlockValidationError(block_errors={"url": error}) from error
        return value

    def get_searchable_content(self, value) -> list[str]:
        return [value.get("title", "")]

    class Meta:
        icon = "media"
        label = _("YouTube or Vimeo video")
        template = "stories/blocks/external_video.html"
        value_class = ExternalVideoValue


class StoryBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("paragraph"), features=["bold", "italic", "link", "ol", "ul"]
    )
    quote = QuoteBlock()
    image = PhotoBlock()
    gallery = GalleryBlock()
    video = VideoBlock()
    external_video = ExternalVideoBlock()


# The blocks that make a story "a story with a video" (badge in listings, ?video=1).
VIDEO_BLOCK_TYPES = ("video", "external_video")
