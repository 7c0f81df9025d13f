"""Demo stories of the 1910s: the founding of the workshop in Vaise and the war years."""

# Each paragraph stays on one line: prose is easier to edit and review unwrapped.
# ruff: noqa: E501

STORIES_1910S: list[dict] = [
    {
        "slug": "l-atelier-de-la-rue-de-bourgogne",
        "title": "L’atelier de la rue de Bourgogne",
        "teaser": "Au printemps 1914, Auguste Ferrandier loue une ancienne remise de tonnelier à "
        "Vaise. Sa petite-fille raconte les tout premiers jours de l’atelier.",
        "year": 1914,
        "decade": 1910,
        "circa": False,
        "themes": ["tournants", "lieux"],
        "contributor": "colette-ferrandier",
        "place": "Lyon, atelier de Vaise",
        "pull_quote": "Ton grand-père a ouvert boutique au pire moment de l’histoire, et c’est "
        "pour ça qu’elle a tenu cent ans.",
        "body": [
            (
                "paragraph",
                "<p>Mon grand-père Auguste avait trente-deux ans quand il a loué, au printemps 1914, une ancienne remise de tonnelier rue de Bourgogne, à Vaise. Il y a installé deux tours, une perceuse à colonne et un établi qu’il avait fabriqué lui-même avec des planches de chêne récupérées chez son beau-père. Ma grand-mère Jeanne tenait les comptes sur un cahier d’écolier à couverture bleue, que je garde dans un tiroir de mon buffet.</p>",
            ),
            (
                "quote",
                {
                    "text": "Il disait qu’une bonne pièce se reconnaît au bruit qu’elle fait en tombant sur l’établi.",
                    "attribution": "Jeanne Ferrandier, rapporté par sa petite-fille",
                },
            ),
            (
                "paragraph",
                "<p>La plaque « A. Ferrandier, mécanique de précision » a été vissée sur la porte le 2 juin 1914. Les premiers clients étaient des soyeux de la Croix-Rousse qui avaient besoin de pièces pour leurs métiers, et un horloger de la place des Terreaux qui ne payait jamais à l’heure. Deux mois plus tard, c’était la guerre. Ma grand-mère disait toujours : « Ton grand-père a ouvert boutique au pire moment de l’histoire, et c’est pour ça qu’elle a tenu cent ans. »</p>",
            ),
        ],
        "image": {
            "scene": "workshop",
            "alt": "Photographie en noir et blanc : un atelier sous une verrière, des machines "
            "alignées reliées au plafond par des courroies",
            "caption": "L’atelier de la rue de Bourgogne, en 1914.",
            "credit": "Collection de la famille Ferrandier",
        },
        "featured": True,
    },
    {
        "slug": "des-fusees-d-obus-pour-le-front",
        "title": "Des fusées d’obus pour le front",
        "teaser": "Réquisitionné dès septembre 1914, l’atelier usine des fusées d’obus au "
        "centième de millimètre. Une historienne a retrouvé ses carnets de contrôle.",
        "year": 1915,
        "decade": 1910,
        "circa": False,
        "themes": ["epreuves", "produits"],
        "contributor": "claire-besson",
        "place": "Lyon, atelier de Vaise",
        "pull_quote": "Il a gardé toute sa vie une fusée ratée sur son bureau, comme "
        "presse-papier, sans jamais dire pourquoi.",
        "body": [
            (
                "paragraph",
                "<p>Dans les archives de la maison, le premier document de la guerre est une lettre de réquisition datée de septembre 1914. L’atelier d’Auguste Ferrandier, qui faisait jusque-là des pièces pour les métiers à tisser, devait désormais usiner des fusées d’obus : ces petits mécanismes vissés à la pointe des projectiles, qui déclenchent l’explosion. Il fallait une précision au centième de millimètre, et c’est précisément ce que savait faire Auguste.</p>",
            ),
            (
                "paragraph",
                "<p>En 1915, l’atelier compte vingt-huit personnes et tourne jour et nuit, en deux équipes. Les registres de commandes montrent une cadence qui triple en six mois. Ce qui m’a le plus frappée, c’est une note au crayon dans la marge d’un carnet de contrôle.</p>",
            ),
            (
                "quote",
                {
                    "text": "Rebut 4 – refaire, ce sont des hommes qui les porteront.",
                    "attribution": "Note anonyme dans un carnet de contrôle, 1915",
                },
            ),
            (
                "paragraph",
                "<p>Auguste n’aimait pas parler de ces années-là. Il a gardé toute sa vie une fusée ratée sur son bureau, comme presse-papier, sans jamais dire pourquoi.</p>",
            ),
        ],
        "image": {
            "scene": "workshop",
            "alt": "Photographie en noir et blanc : une rangée de machines-outils sous une "
            "verrière, entraînées par des courroies",
            "caption": "L’atelier réquisitionné, en 1915.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "les-munitionnettes-de-vaise",
        "title": "Les munitionnettes de Vaise",
        "teaser": "En 1916, ma grand-mère Louise, couturière de dix-neuf ans, entre à l’atelier "
        "pour remplacer les tourneurs partis au front.",
        "year": 1916,
        "decade": 1910,
        "circa": False,
        "themes": ["femmes-et-metiers", "epreuves"],
        "contributor": "marthe-roussel",
        "place": "Lyon, atelier de Vaise",
        "pull_quote": "On gagnait deux fois ce que je gagnais à la couture, et on avait peur "
        "tout le temps.",
        "body": [
            (
                "paragraph",
                "<p>Ma grand-mère Louise est entrée à l’atelier en mars 1916. Elle avait dix-neuf ans, elle était couturière, et son fiancé était à Verdun. Monsieur Ferrandier avait perdu la moitié de ses tourneurs, partis au front, et il a embauché les femmes du quartier. Elles étaient onze, puis vingt-quatre. On les appelait les munitionnettes.</p>",
            ),
            (
                "paragraph",
                "<p>Elle racontait les mains noires d’huile qu’on ne pouvait jamais laver tout à fait, les cheveux attachés sous un foulard parce qu’une camarade avait été blessée par une courroie dans une autre usine, et le contremaître qui ne croyait pas qu’une femme puisse régler un tour. Au bout d’un mois, c’est elle qui réglait le sien.</p>",
            ),
            (
                "quote",
                {
                    "text": "On gagnait deux fois ce que je gagnais à la couture, et on avait peur tout le temps.",
                    "attribution": "Louise Roussel, ma grand-mère",
                },
            ),
            (
                "paragraph",
                "<p>En 1919, quand les hommes sont revenus, presque toutes ont été renvoyées. Louise est retournée à la couture, mais elle a gardé son pied à coulisse. Il est sur mon bureau aujourd’hui.</p>",
            ),
        ],
        "image": {
            "scene": "team",
            "alt": "Photographie en noir et blanc : un groupe de femmes et d’hommes posant sur "
            "deux rangs devant un mur",
            "caption": "Les ouvrières de l’atelier de Vaise, 1916.",
            "credit": "Collection de la famille Roussel",
        },
        "featured": False,
    },
    {
        "slug": "le-carnet-de-commandes-de-1917",
        "title": "Le carnet de commandes de 1917",
        "teaser": "Au fond d’une armoire du grenier, un carnet tenu par Jeanne Ferrandier : des "
        "fusées d’obus, des tournevis et une recette de confiture de coings.",
        "year": 1917,
        "decade": 1910,
        "circa": False,
        "themes": ["produits", "transmission"],
        "contributor": "amelie-bourgeois",
        "place": "Lyon, archives de Vaise",
        "pull_quote": "À la dernière page, Jeanne a noté le prix du charbon, le nom d’un apprenti "
        "malade et une recette de confiture de coings.",
        "body": [
            (
                "paragraph",
                "<p>En 2019, en vidant une armoire métallique du grenier de Vaise, je suis tombée sur un carnet à couverture de toile grise, gonflé par l’humidité. C’était le carnet de commandes de 1917, tenu par Jeanne Ferrandier d’une écriture penchée, parfaitement régulière. Cent ans plus tard, l’encre violette n’avait presque pas pâli.</p>",
            ),
            (
                "paragraph",
                "<p>On y lit la guerre entre les lignes : les fusées d’obus par milliers, puis, à partir de l’automne, des commandes plus étranges. Des clés à molette, des tournevis, des étaux. Auguste commençait à préparer l’après. À la dernière page, Jeanne a noté le prix du charbon, le nom d’un apprenti malade et une recette de confiture de coings.</p>",
            ),
            (
                "quote",
                {
                    "text": "Tu as trouvé la pierre de Rosette de la maison.",
                    "attribution": "Louis Vernet, ancien comptable, en découvrant le carnet",
                },
            ),
            (
                "paragraph",
                "<p>Je l’ai numérisé page par page avec des gants de coton. Quand je l’ai montré à Colette Ferrandier, elle a reconnu l’écriture de sa grand-mère avant même que je lui dise ce que c’était, et elle a pleuré un peu. Moi aussi.</p>",
            ),
        ],
        "image": None,
        "featured": False,
    },
    {
        "slug": "mon-grand-pere-apprenti-a-quatorze-ans",
        "title": "Mon grand-père, apprenti à quatorze ans",
        "teaser": "Firmin Bellanger est entré à l’atelier pendant la guerre, avec un certificat "
        "d’études tout neuf et des galoches trop grandes.",
        "year": None,
        "decade": 1910,
        "circa": False,
        "themes": ["transmission", "vie-a-l-usine"],
        "contributor": "henri-bellanger",
        "place": "Lyon, atelier de Vaise",
        "pull_quote": "Le patron ne criait jamais. Il posait la pièce dans la caisse, et c’était "
        "pire que tous les cris.",
        "body": [
            (
                "paragraph",
                "<p>Mon grand-père, Firmin Bellanger, est entré chez Ferrandier pendant la guerre, à quatorze ans, avec un certificat d’études tout neuf et des galoches trop grandes. Je ne connais pas la date exacte ; lui-même ne s’en souvenait plus. Il disait seulement : « C’était l’hiver, il gelait dans l’atelier et le patron m’a donné ses gants. »</p>",
            ),
            (
                "paragraph",
                "<p>Son premier travail a été de balayer les copeaux et d’affûter les outils. Il a fallu un an avant qu’on le laisse toucher un tour. Auguste Ferrandier passait derrière chaque apprenti, prenait la pièce, la regardait à la lumière de la verrière et ne disait rien. Quand il la reposait doucement, c’était bon. Quand il la posait dans la caisse des rebuts, il fallait recommencer.</p>",
            ),
            (
                "quote",
                {
                    "text": "Le patron ne criait jamais. Il posait la pièce dans la caisse, et c’était pire que tous les cris.",
                    "attribution": "Firmin Bellanger, mon grand-père",
                },
            ),
            (
                "paragraph",
                "<p>Trois générations de Bellanger ont travaillé à Vaise. Quand je suis entré à mon tour en 1952, un vieux régleur m’a regardé et m’a dit : « Toi, tu as les mains de Firmin. » Je n’ai jamais reçu de plus beau compliment.</p>",
            ),
        ],
        "image": {
            "scene": "portrait",
            "alt": "Photographie en noir et blanc : portrait en buste d’un jeune homme sur un "
            "fond de studio",
            "caption": "Firmin Bellanger, apprenti, pendant la guerre.",
            "credit": "Collection de la famille Bellanger",
        },
        "featured": False,
    },
    {
        "slug": "la-cloche-de-l-atelier",
        "title": "La cloche de l’atelier",
        "teaser": "Avant la sirène, il y avait une cloche de chapelle achetée à un ferrailleur. "
        "Tout Vaise réglait ses horloges sur elle.",
        "year": 1916,
        "decade": 1910,
        "circa": True,
        "themes": ["vie-a-l-usine", "lieux"],
        "contributor": "colette-ferrandier",
        "place": "Lyon, Vaise",
        "pull_quote": "Un matin, l’apprenti chargé de la sonner s’est endormi, et la moitié de "
        "Vaise est arrivée en retard au travail.",
        "body": [
            (
                "paragraph",
                "<p>Avant qu’il y ait une sirène, il y avait une cloche. Une vieille cloche de chapelle qu’Auguste avait achetée à un ferrailleur de Saint-Rambert, et qu’il avait accrochée au-dessus de la porte de l’atelier, vers 1916, quand on a commencé à travailler en deux équipes. Elle sonnait à six heures, à midi, à treize heures et à dix-neuf heures.</p>",
            ),
            (
                "paragraph",
                "<p>Ma grand-mère racontait que tout le quartier réglait ses horloges sur elle. Les boulangers, la paroisse, même le garde champêtre. Un matin, l’apprenti chargé de la sonner s’est endormi, et la moitié de Vaise est arrivée en retard au travail. Auguste ne l’a pas puni : il lui a acheté un réveil, et lui en a retenu le prix sur sa paie, deux sous par semaine.</p>",
            ),
            (
                "quote",
                {
                    "text": "La cloche, c’était notre horloge, notre réveil et notre fierté. Quand on l’a remplacée par une sirène, le quartier a fait la tête pendant un mois.",
                    "attribution": "Jeanne Ferrandier, rapporté par sa petite-fille",
                },
            ),
            (
                "paragraph",
                "<p>La cloche a été réquisitionnée et fondue pendant la guerre suivante, comme tant d’autres métaux. Il en reste une photo, et le réveil de l’apprenti, que ma famille a gardé.</p>",
            ),
        ],
        "image": {
            "scene": "street",
            "alt": "Photographie en noir et blanc : une rue bordée d’immeubles aux nombreuses "
            "fenêtres, un tramway sur la chaussée",
            "caption": "La rue de Bourgogne, où l’on entendait la cloche de l’atelier, vers 1916.",
            "credit": "Collection de la famille Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "l-armistice-dans-la-cour",
        "title": "L’armistice dans la cour",
        "teaser": "Le 11 novembre 1918, les courroies ralentissent et l’on entend toute la ville "
        "sonner. Le lendemain, Auguste Ferrandier fait une promesse.",
        "year": 1918,
        "decade": 1910,
        "circa": False,
        "themes": ["fetes-et-loisirs", "tournants"],
        "contributor": "claire-besson",
        "place": "Lyon, atelier de Vaise",
        "pull_quote": "Nous avons assez fabriqué de choses qui tuent. Maintenant nous allons "
        "fabriquer des choses qui servent.",
        "body": [
            (
                "paragraph",
                "<p>Le 11 novembre 1918, à onze heures, les cloches de Vaise se sont mises à sonner. D’après le témoignage d’un ancien apprenti, recueilli dans les années 1970, l’atelier s’est arrêté d’un coup : quelqu’un a coupé le moteur, les courroies ont ralenti, et dans le silence on a entendu la ville entière.</p>",
            ),
            (
                "paragraph",
                "<p>Auguste Ferrandier a fait sortir une bonbonne de vin et des verres dépareillés dans la cour. Les munitionnettes ont accroché des chiffons tricolores aux fenêtres. Puis, le lendemain matin, il a réuni tout le monde pour annoncer que l’atelier ne ferait plus jamais d’armes. On ferait des outils, et un jour des machines qui aident les gens à compter.</p>",
            ),
            (
                "quote",
                {
                    "text": "Nous avons assez fabriqué de choses qui tuent. Maintenant nous allons fabriquer des choses qui servent.",
                    "attribution": "Auguste Ferrandier, 12 novembre 1918, d’après le témoignage d’un apprenti",
                },
            ),
            (
                "paragraph",
                "<p>Je me méfie des belles phrases rapportées cinquante ans après. Mais les registres confirment : dès décembre, les commandes d’outillage remplacent celles de l’armée. Et le premier brevet de machine à calculer est déposé en 1921.</p>",
            ),
        ],
        "image": {
            "scene": "celebration",
            "alt": "Photographie en noir et blanc : des guirlandes de fanions tendues au-dessus "
            "d’un groupe de personnes et d’une longue table",
            "caption": "La fête improvisée dans la cour de l’atelier, novembre 1918.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "la-soupe-de-jeanne",
        "title": "La soupe de Jeanne",
        "teaser": "Bien avant la cantine, il y avait la marmite de Jeanne Ferrandier sur le poêle "
        "de l’atelier, pour les munitionnettes venues de loin.",
        "year": None,
        "decade": 1910,
        "circa": True,
        "themes": ["a-table", "solidarite"],
        "contributor": "colette-ferrandier",
        "place": "Lyon, atelier de Vaise",
        "pull_quote": "Une soupe, ça ne se refuse pas et ça ne se compte pas.",
        "body": [
            (
                "paragraph",
                "<p>On dit souvent que la cantine de la maison date de 1934. C’est vrai sur le papier. Mais dans ma famille, on raconte que tout a commencé pendant la guerre de 14, avec la marmite de ma grand-mère Jeanne.</p>",
            ),
            (
                "paragraph",
                "<p>Les munitionnettes venaient parfois de loin, à pied, et beaucoup n’avaient qu’un morceau de pain pour la journée. Jeanne a pris l’habitude de faire une grande soupe sur le poêle de l’atelier : des poireaux, des pommes de terre, un os quand elle en trouvait. Chacune apportait ce qu’elle pouvait, un navet, une poignée de haricots. Celles qui n’avaient rien mangeaient quand même, et personne ne le faisait remarquer.</p>",
            ),
            (
                "quote",
                {
                    "text": "Une soupe, ça ne se refuse pas et ça ne se compte pas.",
                    "attribution": "Jeanne Ferrandier, rapporté par sa petite-fille",
                },
            ),
            (
                "paragraph",
                "<p>Je ne sais pas exactement quand cette soupe a commencé, sans doute vers 1915 ou 1916. Ma grand-mère en parlait comme d’une chose évidente, pas comme d’une bonne action. Chaque fois qu’on m’invite à déjeuner à la cantine de la maison, je pense à elle.</p>",
            ),
        ],
        "image": None,
        "featured": False,
    },
]
