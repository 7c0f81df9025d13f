"""Named eras of the demo history of Maison Ferrandier, a fictional company founded in 1914.

The eras do not overlap and together cover 1914 to 2026 without gaps.
"""

ERAS: list[dict] = [
    {
        "slug": "l-atelier-de-guerre",
        "name": "L’atelier de guerre",
        "start_year": 1914,
        "end_year": 1918,
        "description": "Auguste Ferrandier ouvre son atelier de mécanique de précision à Vaise "
        "quelques semaines avant la guerre. Réquisitionné, l’atelier fabrique des fusées d’obus "
        "puis des outils, et les femmes du quartier y prennent la place des hommes partis au "
        "front.",
    },
    {
        "slug": "les-annees-mecaniques",
        "name": "Les années mécaniques",
        "start_year": 1919,
        "end_year": 1938,
        "description": "La paix revenue, la maison se lance dans les machines à calculer puis "
        "les caisses enregistreuses, qui entrent dans les boutiques de toute la région. Ce sont "
        "aussi les années de la crise, des grèves de 1936 et des premiers congés payés.",
    },
    {
        "slug": "les-annees-sombres",
        "name": "Les années sombres",
        "start_year": 1939,
        "end_year": 1945,
        "description": "Mobilisation, arrêt de l’usine, Occupation : l’atelier survit au ralenti, "
        "entre pénuries et réquisitions. Certains cachent des plans, d’autres des camarades, et "
        "tous attendent la Libération.",
    },
    {
        "slug": "le-temps-des-cartes-perforees",
        "name": "Le temps des cartes perforées",
        "start_year": 1946,
        "end_year": 1961,
        "description": "Après la guerre, la maison se réinvente avec les tabulatrices à cartes "
        "perforées. Les ateliers mécanographiques se remplissent, le comité d’entreprise organise "
        "les premières colonies et la première ingénieure arrive en 1957.",
    },
    {
        "slug": "les-premiers-cerveaux-electroniques",
        "name": "Les premiers cerveaux électroniques",
        "start_year": 1962,
        "end_year": 1970,
        "description": "En 1962, le premier ordinateur entre à l’usine et les bandes magnétiques "
        "remplacent peu à peu les cartes. La décennie s’achève dans le bruit des grandes grèves "
        "de mai 1968.",
    },
    {
        "slug": "l-essor-grenoblois",
        "name": "L’essor grenoblois",
        "start_year": 1971,
        "end_year": 1986,
        "description": "L’usine de Grenoble ouvre en 1971, au pied des montagnes et près des "
        "laboratoires universitaires. Terminaux, réseaux et premiers micro-ordinateurs font "
        "entrer la maison dans l’âge de l’informatique.",
    },
    {
        "slug": "les-annees-fusion",
        "name": "Les années fusion",
        "start_year": 1987,
        "end_year": 1999,
        "description": "La fusion avec le rival Sodexel en 1987 mêle deux cultures qui ont dû "
        "apprendre à travailler ensemble. La décennie se termine par une nuit de veille, celle "
        "du passage à l’an 2000.",
    },
    {
        "slug": "le-virage-du-logiciel",
        "name": "Le virage du logiciel",
        "start_year": 2000,
        "end_year": 2019,
        "description": "La maison cesse peu à peu de fabriquer des machines pour vendre du "
        "logiciel et des services. Les ateliers se vident, les équipes de développement "
        "grandissent et l’entreprise fête ses cent ans en 2014.",
    },
    {
        "slug": "l-ere-des-nuages",
        "name": "L’ère des nuages",
        "start_year": 2020,
        "end_year": 2026,
        "description": "Le confinement de 2020 installe le télétravail pour de bon, le cloud et "
        "l’intelligence artificielle deviennent le cœur du métier. L’ancien atelier de Vaise "
        "accueille désormais de jeunes entreprises.",
    },
]
