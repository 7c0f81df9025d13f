"""A small, realistic centenary for the browser journeys: eight themes, four eras, eight people
(seven with a portrait) and 25 live stories from 1916 to 2021, most of them with a photograph.

Built with the project's factories inside the test database; the words are French, as the site's
first language is."""

from dataclasses import dataclass

from django.db import transaction

from stories.models import Contributor, Era, Relation, StoryPage, Theme
from stories.site_tree import ensure_site_tree
from tests.factories import (
    ContributorFactory,
    EraFactory,
    PhotoFactory,
    StoryPageFactory,
    ThemeFactory,
)

THEMES = {
    "innovation": "Innovation",
    "produits": "Produits et savoir-faire",
    "vie-a-l-usine": "Vie à l’usine",
    "transmission": "Transmission et apprentissage",
    "femmes-et-metiers": "Femmes et métiers",
    "luttes-sociales": "Luttes sociales",
    "solidarite": "Solidarité",
    "fetes-et-loisirs": "Fêtes et loisirs",
}

ERAS = [
    ("les-annees-mecaniques", "Les années mécaniques", 1914, 1945),
    ("le-temps-des-cartes-perforees", "Le temps des cartes perforées", 1946, 1975),
    ("l-informatique-pour-tous", "L’informatique pour tous", 1976, 1999),
    ("le-nouveau-siecle", "Le nouveau siècle", 2000, 2030),
]

# slug, name, relation, role, joined, left, portrait
PEOPLE = [
    ("colette-ferrandier", "Colette Ferrandier", Relation.OTHER, "Petite-fille du fondateur",
     None, None, True),
    ("gerard-fontaine", "Gérard Fontaine", Relation.RETIREE,
     "Opérateur, puis chef d’exploitation", 1958, 1996, True),
    ("simone-perrin", "Simone Perrin", Relation.RETIREE, "Perforatrice, puis programmeuse",
     1960, 1995, True),
    ("ahmed-benali", "Ahmed Benali", Relation.ALUMNUS, "Câbleur, puis technicien de maintenance",
     1964, 2002, True),
    ("claire-besson", "Claire Besson", Relation.OTHER, "Historienne de l’entreprise",
     None, None, False),
    ("nathalie-garnier", "Nathalie Garnier", Relation.EMPLOYEE, "Ingénieure réseau", 1990, None,
     True),
    ("jean-pierre-morel", "Jean-Pierre Morel", Relation.CLIENT,
     "Ancien directeur d’une chaîne de magasins", None, None, True),
    ("lucie-martin", "Lucie Martin", Relation.EMPLOYEE, "Chargée de communication", 2012, None,
     True),
]  # fmt: skip

# year, slug, title, person, themes, teaser, photo, featured
STORIES = [
    (1916, "les-munitionnettes-de-vaise", "Les munitionnettes de Vaise", "claire-besson",
     ["femmes-et-metiers", "vie-a-l-usine"],
     "En 1916, quarante femmes du quartier prennent la place des tourneurs partis au front.",
     True, False),
    (1918, "l-armistice-sonne-par-la-sirene", "L’armistice sonné par la sirène",
     "colette-ferrandier", ["fetes-et-loisirs"],
     "Le 11 novembre, à onze heures, mon grand-père fait hurler la sirène de l’atelier.",
     True, False),
    (1923, "la-premiere-machine-a-calculer", "La première machine à calculer",
     "colette-ferrandier", ["innovation", "produits"],
     "Trois ans de dessins sur la table de la cuisine pour une machine qui tient sur un comptoir.",
     True, True),
    (1927, "le-bal-du-samedi-soir", "Le bal du samedi soir", "claire-besson",
     ["fetes-et-loisirs"],
     "L’atelier vidé de ses établis, un accordéon et toute la rue invitée.", False, False),
    (1932, "tenir-pendant-la-crise", "Tenir pendant la crise", "claire-besson", ["solidarite"],
     "Personne n’est renvoyé : tout le monde travaille quatre jours et partage la paie.",
     True, False),
    (1936, "juin-36-les-premiers-conges-payes", "Juin 36, les premiers congés payés",
     "claire-besson", ["luttes-sociales", "fetes-et-loisirs"],
     "Douze jours de grève, puis douze jours de vacances : la première fois que l’on voit la mer.",
     True, False),
    (1942, "les-plans-caches-sous-le-plancher", "Les plans cachés sous le plancher",
     "colette-ferrandier", ["solidarite"],
     "Pendant l’Occupation, les plans des machines dorment sous les lattes du bureau.",
     True, False),
    (1945, "le-retour-des-prisonniers", "Le retour des prisonniers", "claire-besson",
     ["solidarite", "vie-a-l-usine"],
     "Chaque retour est fêté à l’atelier ; chaque poste a été gardé.", True, False),
    (1951, "l-arrivee-des-tabulatrices", "L’arrivée des tabulatrices", "gerard-fontaine",
     ["innovation", "produits"],
     "Des machines qui lisent des cartes percées : l’atelier mécanographique est né.",
     True, False),
    (1955, "mon-premier-jour-d-apprenti", "Mon premier jour d’apprenti", "gerard-fontaine",
     ["transmission"],
     "Quinze ans, une blouse trop grande et un maître d’apprentissage qui ne parlait pas.",
     True, False),
    (1958, "la-coupe-inter-usines", "La coupe inter-usines", "gerard-fontaine",
     ["fetes-et-loisirs"],
     "L’équipe de football de l’usine bat celle de la régie, devant huit cents supporters.",
     False, False),
    (1962, "le-premier-ordinateur-de-l-usine", "Le premier ordinateur de l’usine",
     "gerard-fontaine", ["innovation"],
     "Onze caisses en bois, une fenêtre démontée et quatre opérateurs qui n’osent pas rentrer.",
     True, True),
    (1964, "les-perforatrices-du-deuxieme-etage", "Les perforatrices du deuxième étage",
     "simone-perrin", ["femmes-et-metiers"],
     "Vingt-deux femmes, vingt-deux machines et un bruit de grêle du matin au soir.",
     True, False),
    (1966, "le-cablage-a-la-main", "Le câblage à la main", "ahmed-benali",
     ["produits", "transmission"],
     "Trois kilomètres de fil dans chaque armoire, et pas une erreur permise.", True, False),
    (1968, "mai-68-a-vaise", "Mai 68 à Vaise", "ahmed-benali", ["luttes-sociales"],
     "Le 20 mai, un camarade monte sur un établi, dit trois phrases, et tout le monde s’arrête.",
     True, True),
    (1971, "la-cantine-autogeree", "La cantine autogérée", "simone-perrin",
     ["solidarite", "vie-a-l-usine"],
     "Le comité d’entreprise reprend la cantine : le menu se vote le lundi.", True, False),
    (1974, "le-choc-petrolier-vu-de-l-atelier", "Le choc pétrolier vu de l’atelier",
     "ahmed-benali", ["vie-a-l-usine"],
     "Le chauffage coupé à seize heures, et les pulls tricotés par les collègues.",
     True, False),
    (1979, "la-premiere-ingenieure-du-bureau-d-etudes",
     "La première ingénieure du bureau d’études", "simone-perrin",
     ["femmes-et-metiers", "innovation"],
     "Trente dessinateurs, une seule femme, et le premier calcul de structure sur ordinateur.",
     True, False),
    (1983, "un-micro-ordinateur-sur-chaque-bureau", "Un micro-ordinateur sur chaque bureau",
     "jean-pierre-morel", ["innovation"],
     "Nos caisses deviennent des terminaux : le client que j’étais n’en revenait pas.",
     True, False),
    (1988, "le-demenagement-a-gerland", "Le déménagement à Gerland", "ahmed-benali",
     ["vie-a-l-usine"],
     "Soixante-quatorze ans à Vaise, puis trois week-ends pour tout déménager.", True, False),
    (1993, "apprendre-le-reseau-en-une-nuit", "Apprendre le réseau en une nuit",
     "nathalie-garnier", ["innovation", "transmission"],
     "Un manuel de six cents pages, un câble coaxial et une démonstration le lendemain matin.",
     True, False),
    (1999, "le-bug-de-l-an-2000", "Le bug de l’an 2000", "nathalie-garnier", ["innovation"],
     "Le 31 décembre, douze personnes en salle machine attendent minuit sans champagne.",
     True, True),
    (2004, "la-derniere-caisse-enregistreuse", "La dernière caisse enregistreuse",
     "jean-pierre-morel", ["produits", "transmission"],
     "Quatre-vingts ans après la première, la dernière caisse quitte la chaîne.", True, False),
    (2015, "le-centenaire-se-prepare", "Le centenaire se prépare", "lucie-martin",
     ["fetes-et-loisirs"],
     "Un appel aux anciens, trois cents réponses et des cartons de photos dans mon bureau.",
     False, False),
    (2021, "teletravail-an-un", "Télétravail, an I", "lucie-martin",
     ["vie-a-l-usine", "solidarite"],
     "Des réunions dans les cuisines, et une équipe qui ne s’est jamais autant parlé.",
     True, False),
]  # fmt: skip

# The story the journeys follow: the most recent of the 1960s, told by Ahmed Benali.
JOURNEY_STORY = "mai-68-a-vaise"

PARAGRAPHS = [
    "<p>Je m’en souviens comme si c’était hier. Le matin, la sirène sonnait à sept heures, et "
    "nous étions déjà tous devant la grille, la gamelle à la main. Ce jour-là, pourtant, rien "
    "ne s’est passé comme d’habitude.</p>",
    "<p>Les anciens nous avaient prévenus : « Regardez bien, vous ne reverrez pas ça. » Ils "
    "avaient raison. Nous avons travaillé tard, sans que personne ne nous le demande, parce "
    "que nous sentions que quelque chose changeait dans la maison.</p>",
    "<p>Des années plus tard, quand je croise un collègue de cette époque, c’est toujours de "
    "ce jour-là que nous parlons en premier. On en rit maintenant, mais sur le moment, "
    "personne n’en menait large.</p>",
]


@dataclass
class SampleSite:
    """The sample centenary, with the people and stories a journey follows by name."""

    home_url: str
    stories: list[StoryPage]
    contributors: dict[str, Contributor]
    themes: dict[str, Theme]
    eras: list[Era]

    def story(self, slug: str) -> StoryPage:
        return next(story for story in self.stories if story.slug == slug)

    def public_pages(self) -> dict[str, str]:
        """One address of each kind of public page, by a short name (used for screenshots)."""
        story = self.story(JOURNEY_STORY)
        return {
            "home": self.home_url,
            "stories": "/fr/stories/",
            "decade": "/fr/stories/decade/1960s/",
            "story": story.url,
            "contributors": "/fr/contributors/",
            "contributor": f"/fr/contributors/{story.contributor.slug}/",
            "search": "/fr/search/?q=ordinateur",
        }


@transaction.atomic
def build_sample_site() -> SampleSite:
    home, story_index, _ = ensure_site_tree()
    themes = {slug: ThemeFactory(slug=slug, name=name) for slug, name in THEMES.items()}
    eras = [
        EraFactory(slug=slug, name=name, start_year=start, end_year=end)
        for slug, name, start, end in ERAS
    ]
    people = {
        slug: ContributorFactory(
            slug=slug,
            name=name,
            relation=relation,
            role=role,
            years_start=joined,
            years_end=left,
            photo=_portrait(number, name) if portrait else None,
            links=[("link", {"label": "LinkedIn", "url": f"https://www.example.com/in/{slug}"})],
        )
        for number, (slug, name, relation, role, joined, left, portrait) in enumerate(PEOPLE)
    }
    stories = [
        StoryPageFactory(
            parent=story_index,
            slug=slug,
            title=title,
            year=year,
            teaser=teaser,
            pull_quote=teaser,
            contributor=people[person],
            themes=[themes[theme] for theme in theme_slugs],
            image=_photo(number, title, year) if photo else None,
            featured=featured,
            body=_story_body(number),
            place="Lyon, usine de Vaise" if year < 1988 else "Lyon, Gerland",
        )
        for number, (year, slug, title, person, theme_slugs, teaser, photo, featured) in enumerate(
            STORIES
        )
    ]
    return SampleSite(
        home_url=home.url,
        stories=stories,
        contributors=people,
        themes=themes,
        eras=eras,
    )


def _portrait(number: int, name: str):
    return PhotoFactory(
        seed=500 + number, portrait=True, title=f"Portrait de {name}", description=name
    )


def _photo(number: int, title: str, year: int):
    return PhotoFactory(seed=number, title=f"{title} ({year})")


def _story_body(number: int) -> list[tuple]:
    """Paragraphs for every story; a quotation, a captioned photo or a gallery for some."""
    body = [("paragraph", PARAGRAPHS[0]), ("paragraph", PARAGRAPHS[1])]
    if number % 3 == 0:
        quote = {"text": "On apprenait tout sur le tas.", "attribution": "Un contremaître"}
        body.append(("quote", quote))
    if number % 7 == 0:
        photo = {
            "image": PhotoFactory(seed=1000 + number),
            "caption": "L’atelier, un matin d’hiver.",
            "credit": "Archives de la maison",
        }
        body.append(("image", photo))
    body.append(("paragraph", PARAGRAPHS[2]))
    return body
