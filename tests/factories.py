"""Test data factories (factory_boy / wagtail-factories) for the history's models."""

import functools
import random
from io import BytesIO

import factory
import wagtail_factories
from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image, ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale
from wagtail.search import index as search_index

from stories.models import Contributor, Era, Relation, StoryPage, Theme


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Thème {n}")
    slug = factory.Sequence(lambda n: f"theme-{n}")
    description = "Un thème de l’histoire de l’entreprise."


class EraFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Era

    name = factory.Sequence(lambda n: f"Époque {n}")
    slug = factory.Sequence(lambda n: f"epoque-{n}")
    start_year = 1914
    end_year = 1945
    locale = factory.LazyFunction(Locale.get_default)


class ContributorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Contributor

    name = factory.Sequence(lambda n: f"Camille Martin {n}")
    slug = factory.Sequence(lambda n: f"camille-martin-{n}")
    relation = Relation.ALUMNUS
    role = "Ingénieure"
    years_start = 1962
    years_end = 1998
    skills = "Mécanique, Informatique"
    bio = "J’ai passé trente-six ans à l’usine de Vaise."
    email = factory.Sequence(lambda n: f"camille.martin{n}@private.example.org")
    locale = factory.LazyFunction(Locale.get_default)


class StoryPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StoryPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Histoire numéro {n}")
    slug = factory.Sequence(lambda n: f"histoire-{n}")
    teaser = "Un souvenir de l’atelier."
    year = 1965
    pull_quote = "On apprenait tout sur le tas."
    contributor = factory.SubFactory(ContributorFactory)
    body = factory.LazyFunction(
        lambda: [("paragraph", "<p>Ce jour-là, la machine est arrivée par camion.</p>")]
    )
    first_published_at = factory.LazyFunction(timezone.now)
    last_published_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)
            self.save()


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Photo d’archive {n}")
    description = "Vue d’atelier : une rangée de machines-outils"


# Real JPEG photographs for the browser tests: Pillow draws them, so nothing is downloaded and
# every page shows pictures of a realistic size and weight.


@functools.cache
def archival_photo_jpeg(seed: int, width: int = 1200, height: int = 800) -> bytes:
    """A sepia "archive photograph" of a workshop: a floor, a window and machines in a row."""
    rng = random.Random(seed)
    tone = rng.choice([(112, 84, 58), (96, 88, 74), (120, 96, 70)])
    image = Image.new("RGB", (width, height), tone)
    draw = ImageDraw.Draw(image)
    horizon = int(height * rng.uniform(0.55, 0.7))
    for y in range(height):
        shade = 1.25 - 0.6 * y / height if y < horizon else 0.55 + 0.2 * (y - horizon) / height
        draw.line([(0, y), (width, y)], fill=tuple(min(255, int(c * shade)) for c in tone))
    window_left = rng.randint(width // 10, width // 2)
    draw.rectangle(
        [window_left, height // 10, window_left + width // 4, horizon - height // 8],
        fill=(236, 222, 196),
    )
    for _ in range(rng.randint(3, 6)):
        left = rng.randint(0, width - width // 6)
        top = horizon - rng.randint(height // 8, height // 3)
        right, bottom = left + rng.randint(width // 12, width // 5), horizon + height // 10
        darkness = rng.uniform(0.25, 0.5)
        draw.rectangle([left, top, right, bottom], fill=tuple(int(c * darkness) for c in tone))
        draw.ellipse(
            [left + 10, top + 10, left + 40, top + 40], fill=tuple(int(c * 1.4) for c in tone)
        )
    return _jpeg(image)


@functools.cache
def portrait_jpeg(seed: int, size: int = 480) -> bytes:
    """A head-and-shoulders silhouette on a coloured background."""
    rng = random.Random(seed)
    background = rng.choice([(188, 170, 140), (150, 170, 180), (190, 160, 150), (170, 180, 150)])
    image = Image.new("RGB", (size, size), background)
    draw = ImageDraw.Draw(image)
    skin = rng.choice([(224, 188, 160), (196, 150, 116), (150, 104, 76), (236, 204, 180)])
    clothes = rng.choice([(60, 64, 90), (90, 50, 50), (50, 80, 60), (70, 70, 70)])
    draw.ellipse([size * 0.15, size * 0.62, size * 0.85, size * 1.3], fill=clothes)
    draw.ellipse([size * 0.32, size * 0.18, size * 0.68, size * 0.62], fill=skin)
    return _jpeg(image)


def _jpeg(image: Image.Image) -> bytes:
    output = BytesIO()
    image.save(output, "JPEG", quality=82, optimize=True)
    return output.getvalue()


class PhotoFactory(wagtail_factories.ImageFactory):
    """A Wagtail image whose file is a real JPEG photograph, in the root collection."""

    class Meta:
        model = get_image_model()

    class Params:
        seed = factory.Sequence(lambda n: n)
        portrait = False

    title = factory.Sequence(lambda n: f"Photo d’archive {n}")
    description = "Photographie sépia : un atelier avec une rangée de machines-outils"
    collection = factory.LazyFunction(Collection.get_first_root_node)
    file = factory.LazyAttribute(lambda photo: _photo_file(photo.seed, photo.portrait))


def _photo_file(seed: int, portrait: bool) -> ImageFile:
    if portrait:
        return ImageFile(BytesIO(portrait_jpeg(seed)), name=f"portrait-{seed}.jpg")
    return ImageFile(BytesIO(archival_photo_jpeg(seed)), name=f"archive-{seed}.jpg")


class ThemedStoryPageFactory(StoryPageFactory):
    """A story whose themes (`theme_list=[...]`) are set before its first save.

    StoryPageFactory's `themes=` saves the page a second time, with Wagtail's full validation;
    fixtures that make dozens of stories in every test use this one instead."""

    theme_list = ()

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        themes = kwargs.pop("theme_list")
        story = model_class(**kwargs)
        story.themes.set(themes)
        parent.add_child(instance=story)
        # The search index was written on save, before the themes were: add them to it now.
        search_index.insert_or_update_object(story)
        return story
