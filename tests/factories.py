"""Test data factories (factory_boy / wagtail-factories) for the history's models."""

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

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
