"""Test data factories (factory_boy / wagtail-factories) for the history's models."""

import functools
from io import BytesIO

import factory
import wagtail_factories
from django.core.files.images import ImageFile
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale
from wagtail.search import index as search_index

from stories.demo.images import render_archival_photo, render_portrait
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
    themes = ()

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        """Themes are set before the first save: each story is saved, and validated, once."""
        themes = kwargs.pop("themes")
        story = model_class(**kwargs)
        story.themes.set(themes)
        if parent:
            parent.add_child(instance=story)
        else:
            model_class.add_root(instance=story)
        if themes:
            # The search index was written on save, before the themes were: add them to it now.
            search_index.insert_or_update_object(story)
        return story


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Photo d’archive {n}")
    description = "Vue d’atelier : une rangée de machines-outils"


# Real JPEG photographs for the browser tests, drawn by the demo's own renderer (nothing is
# downloaded, and pages show pictures of a realistic size and weight); cached across tests.
archival_photo_jpeg = functools.cache(render_archival_photo)
portrait_jpeg = functools.cache(render_portrait)


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
    picture = archival_photo_jpeg("workshop", 1950, seed)
    return ImageFile(BytesIO(picture), name=f"archive-{seed}.jpg")
