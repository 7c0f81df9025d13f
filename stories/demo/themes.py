"""Themes (tags) of the demo stories of Maison Ferrandier, a fictional company.

Each theme is a dict with an ASCII ``slug``, a French ``name`` and a short French ``description``.
"""

THEMES: list[dict] = [
    {
        "slug": "innovation",
        "name": "Innovation",
        "description": "Des fusées d’obus au cloud : les inventions, les paris techniques et les "
        "nuits blanches de ceux qui les ont rendus possibles.",
    },
    {
        "slug": "produits",
        "name": "Produits et savoir-faire",
        "description": "Machines à calculer, caisses enregistreuses, tabulatrices, ordinateurs, "
        "logiciels : ce que la maison a fabriqué, et comment.",
    },
    {
        "slug": "vie-a-l-usine",
        "name": "Vie à l’usine",
        "description": "Le quotidien des ateliers et des bureaux, la sirène du matin, les "
        "habitudes et les petites histoires qui font une journée de travail.",
    },
    {
        "slug": "transmission",
        "name": "Transmission et apprentissage",
        "description": "Apprentis, tuteurs, premiers jours et derniers jours : comment les "
        "gestes et les savoirs sont passés d’une génération à l’autre.",
    },
    {
        "slug": "femmes-et-metiers",
        "name": "Femmes et métiers",
        "description": "Munitionnettes, perforatrices, câbleuses, ingénieures, développeuses : "
        "un siècle de femmes qui ont fait la maison, souvent avant qu’on le reconnaisse.",
    },
    {
        "slug": "luttes-sociales",
        "name": "Luttes sociales",
        "description": "Grèves, négociations, délégués et conquêtes sociales, de juin 1936 à "
        "mai 1968 et au-delà.",
    },
    {
        "slug": "solidarite",
        "name": "Solidarité",
        "description": "Les coups de main, les caisses de secours et les gestes qui ont tenu "
        "ensemble les équipes dans les moments difficiles.",
    },
    {
        "slug": "fetes-et-loisirs",
        "name": "Fêtes et loisirs",
        "description": "Bals, arbres de Noël, colonies de vacances du comité d’entreprise et "
        "pots de départ : la maison quand elle ne travaille pas.",
    },
    {
        "slug": "sport",
        "name": "Sport",
        "description": "L’équipe de football, les tournois inter-usines, la pétanque du "
        "vendredi et quelques exploits restés dans les mémoires.",
    },
    {
        "slug": "a-table",
        "name": "À table !",
        "description": "La soupe des débuts, la cantine, le self et les repas partagés : "
        "l’histoire de la maison racontée par ce qu’on y mangeait.",
    },
    {
        "slug": "epreuves",
        "name": "Temps d’épreuve",
        "description": "Guerres, Occupation, crises et confinements : ce que la maison a "
        "traversé et comment elle a tenu.",
    },
    {
        "slug": "lieux",
        "name": "Lieux et territoires",
        "description": "L’atelier de Vaise, l’usine de Grenoble, les routes des représentants "
        "et les quartiers qui ont grandi avec la maison.",
    },
    {
        "slug": "numerique",
        "name": "Révolution numérique",
        "description": "Des cartes perforées à l’intelligence artificielle, la grande aventure "
        "de l’informatique vue de l’intérieur.",
    },
    {
        "slug": "tournants",
        "name": "Grands tournants",
        "description": "Les décisions qui ont changé le cours de la maison : nouvelles usines, "
        "fusion, changements de métier.",
    },
    {
        "slug": "clients-et-partenaires",
        "name": "Clients et partenaires",
        "description": "Ceux qui ont acheté, vendu, fourni ou inventé avec nous, racontés par "
        "eux-mêmes ou par ceux qui les ont servis.",
    },
]
