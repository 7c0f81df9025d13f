"""StreamField blocks of a story's body."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock


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


class StoryBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("paragraph"), features=["bold", "italic", "link", "ol", "ul"]
    )
    quote = QuoteBlock()
    image = PhotoBlock()
    gallery = GalleryBlock()
    embed = EmbedBlock(label=_("embedded media"), max_width=960)
