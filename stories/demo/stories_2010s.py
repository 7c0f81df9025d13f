"""Demo stories of the 2010s: data, the cloud, the centenary party and a football team reborn."""

# Each paragraph stays on one line: prose is easier to edit and review unwrapped.
# ruff: noqa: E501

STORIES_2010S: list[dict] = [
    {
        "slug": "data-scientist-dans-une-maison-centenaire",
        "title": "Data scientist dans une maison centenaire",
        "teaser": "Mon premier modèle devait prédire les pannes des serveurs. Dans un fichier de "
        "1987, quelqu’un avait déjà tout compris, en majuscules.",
        "year": 2016,
        "decade": 2010,
        "circa": False,
        "themes": ["innovation", "numerique"],
        "contributor": "amandine-leroy",
        "place": "Lyon, Vaise",
        "pull_quote": "Quelqu’un avait tout compris, trente ans avant moi, sans apprentissage "
        "automatique.",
        "body": [
            (
                "paragraph",
                "<p>Je suis arrivée en mars 2016 pour créer la première équipe de science des données de la maison. J’étais la seule, avec un ordinateur portable, un tableau blanc et une mission vague : « faire quelque chose avec les données ». Le premier mois, j’ai surtout découvert qu’elles étaient dispersées dans quarante systèmes différents, dont certains avaient été écrits en Cobol avant ma naissance.</p>",
            ),
            (
                "paragraph",
                "<p>Mon premier vrai projet a été de prédire les pannes des serveurs de nos clients, à partir des journaux d’activité. J’ai passé des semaines à nettoyer les données. Un jour, j’ai trouvé dans un fichier des commentaires en majuscules, datés de 1987, qui expliquaient exactement les causes des pannes que je cherchais à prédire. Quelqu’un avait tout compris, trente ans avant moi, sans apprentissage automatique.</p>",
            ),
            (
                "quote",
                {
                    "text": "PANNE DISQUE TOUJOURS APRES ORAGE. VERIFIER ONDULEUR AVANT DE PANIQUER.",
                    "attribution": "Commentaire anonyme dans un fichier de 1987",
                },
            ),
            (
                "paragraph",
                "<p>J’ai intégré la règle dans mon modèle. Elle a amélioré ses prédictions de douze pour cent. Depuis, avant de construire un modèle, je commence toujours par chercher ce que les anciens savaient déjà.</p>",
            ),
        ],
        "image": {
            "scene": "computer",
            "alt": "Photographie en couleur : un grand écran plat sur un bureau, affichant une "
            "mosaïque de fenêtres et de graphiques",
            "caption": "Le poste de travail de l’équipe données, 2016.",
            "credit": "Collection personnelle d’Amandine Leroy",
        },
        "featured": False,
    },
    {
        "slug": "la-fete-des-cent-ans",
        "title": "La fête des cent ans",
        "teaser": "Juin 2014, la maison a cent ans. On attendait six cents personnes dans la "
        "cour de Vaise ; il en est venu mille neuf cents, et l’accordéon de 1936.",
        "year": 2014,
        "decade": 2010,
        "circa": False,
        "themes": ["fetes-et-loisirs", "transmission"],
        "contributor": "fatou-diallo",
        "place": "Lyon, cour de Vaise",
        "pull_quote": "Nous attendions six cents personnes. Il en est venu mille neuf cents.",
        "body": [
            (
                "paragraph",
                "<p>En 2014, la maison avait cent ans, et on m’a confié l’organisation de la fête. J’avais six ans d’ancienneté : pas assez pour connaître l’histoire, assez pour savoir qu’on ne devait oublier personne. Nous avons écrit à tous les retraités dont nous avions l’adresse, aux familles des anciens, aux clients fidèles, aux fournisseurs. Nous attendions six cents personnes. Il en est venu mille neuf cents.</p>",
            ),
            (
                "paragraph",
                "<p>La fête a eu lieu le 6 juin, dans la cour de Vaise, sous des guirlandes de fanions. Il y avait un orchestre, un gratin géant préparé par Bernard, sorti de sa retraite pour l’occasion, et une exposition de photos. Colette Ferrandier, la petite-fille du fondateur, a coupé le gâteau. Rosa Martins a fait une démonstration de soudure. Henri Bellanger a joué de l’accordéon, et une centaine de personnes ont dansé dans la cour, comme en 1936.</p>",
            ),
            (
                "quote",
                {
                    "text": "Mon grand-père aurait dit : cent ans, c’est bien. Mais est-ce que les machines sont graissées ?",
                    "attribution": "Colette Ferrandier, discours du centenaire",
                },
            ),
            (
                "paragraph",
                "<p>Ce jour-là, j’ai compris que mon métier ne consistait pas seulement à recruter et à gérer des carrières. C’était aussi tenir le fil entre ceux qui arrivent et ceux qui sont partis.</p>",
            ),
        ],
        "image": {
            "scene": "celebration",
            "alt": "Photographie en couleur : des guirlandes de fanions colorés tendues "
            "au-dessus d’une foule et d’une longue table",
            "caption": "La fête des cent ans dans la cour de Vaise, 6 juin 2014.",
            "credit": "Archives Ferrandier",
        },
        "featured": True,
    },
    {
        "slug": "consultante-a-vingt-trois-ans",
        "title": "Consultante à vingt-trois ans",
        "teaser": "Seule chez un client, face à quinze personnes qui ont le double de mon âge, "
        "et un directeur qui ne voit pas à quoi servent les post-it.",
        "year": 2012,
        "decade": 2010,
        "circa": False,
        "themes": ["transmission", "clients-et-partenaires"],
        "contributor": "chloe-masson",
        "place": "",
        "pull_quote": "Il avait trois post-it collés sur sa veste, et ne s’en était pas aperçu.",
        "body": [
            (
                "paragraph",
                "<p>J’avais vingt-trois ans et six mois de stage derrière moi quand on m’a envoyée, seule, chez un client pour animer un atelier de conception avec quinze personnes qui avaient toutes le double de mon âge. C’était en 2012. Je n’ai pas dormi la nuit d’avant. J’avais préparé des post-it, des feutres, un déroulé minuté et un plan B pour le plan B.</p>",
            ),
            (
                "paragraph",
                "<p>L’atelier a mal commencé. Un directeur, dans un coin, a croisé les bras et annoncé qu’il ne voyait pas à quoi servaient les post-it. J’ai paniqué. Puis je me suis souvenue d’un conseil de Sylvie Garnier, ma tutrice : quand quelqu’un résiste, demande-lui de raconter son métier. Je lui ai demandé de nous expliquer sa journée de la veille, minute par minute. Il a parlé vingt minutes. Tout ce dont nous avions besoin était dans son récit.</p>",
            ),
            (
                "quote",
                {
                    "text": "Les gens ne résistent pas au changement. Ils résistent au fait qu’on ne les écoute pas.",
                    "attribution": "Sylvie Garnier, ma tutrice",
                },
            ),
            (
                "paragraph",
                "<p>À la fin de la journée, il est venu me serrer la main. Il avait trois post-it collés sur sa veste, et ne s’en était pas aperçu. Je n’ai rien dit.</p>",
            ),
        ],
        "image": {
            "scene": "office",
            "alt": "Photographie en couleur : une salle claire aux grandes fenêtres, des tables "
            "et des écrans",
            "caption": "Une salle de travail chez un client, 2012.",
            "credit": "Collection personnelle de Chloé Masson",
        },
        "featured": False,
    },
    {
        "slug": "le-premier-hackathon",
        "title": "Le premier hackathon",
        "teaser": "Quarante-huit heures, des équipes mélangées, un cuisinier parmi les "
        "développeurs, et une vidéo d’une ancienne perforatrice qui emporte le jury.",
        "year": 2017,
        "decade": 2010,
        "circa": False,
        "themes": ["innovation", "fetes-et-loisirs"],
        "contributor": "chloe-masson",
        "place": "Grenoble, usine",
        "pull_quote": "Les premières heures ont été maladroites, comme un bal où personne n’ose "
        "inviter.",
        "body": [
            (
                "paragraph",
                "<p>En 2017, j’ai organisé le premier hackathon de la maison, à l’usine de Grenoble : quarante-huit heures pour inventer un service, en équipes mélangées de développeurs, de commerciaux, de juristes, de techniciens et même d’un cuisinier. La règle : personne ne devait travailler avec quelqu’un de son service. Les premières heures ont été maladroites, comme un bal où personne n’ose inviter.</p>",
            ),
            (
                "paragraph",
                "<p>L’équipe gagnante a conçu un petit outil qui permettait aux retraités de la maison de déposer leurs souvenirs et leurs photos en ligne, pour les archives. Leur démonstration s’est terminée par une vidéo d’Odette Lacroix, quatre-vingt-cinq ans, qui perforait une carte en direct en expliquant que c’était la même chose, au fond, qu’un formulaire web. Le jury a voté à l’unanimité.</p>",
            ),
            (
                "quote",
                {
                    "text": "Votre formulaire, c’est une carte perforée avec des couleurs. Faites-le aussi simple, et tout le monde s’en servira.",
                    "attribution": "Odette Lacroix, dans la vidéo de l’équipe gagnante",
                },
            ),
            (
                "paragraph",
                "<p>Cet outil n’a jamais été déployé tel quel. Mais il a donné une idée à l’archiviste, quelques années plus tard. Vous êtes en train de lire le résultat.</p>",
            ),
        ],
        "image": {
            "scene": "team",
            "alt": "Photographie en couleur : une équipe posant sur deux rangs devant un mur",
            "caption": "L’équipe gagnante du premier hackathon, Grenoble, 2017.",
            "credit": "Collection personnelle de Chloé Masson",
        },
        "featured": False,
    },
    {
        "slug": "alternant-premier-jour",
        "title": "Alternant, premier jour",
        "teaser": "Chemise repassée, chaussures de ville, et dans l’historique du code, un "
        "commentaire qui cite un certain M. Ferreira, tourneur en 1961.",
        "year": 2019,
        "decade": 2010,
        "circa": False,
        "themes": ["transmission", "numerique"],
        "contributor": "lucas-ferreira",
        "place": "Lyon, Vaise",
        "pull_quote": "Je n’ai qu’une photo de lui, et désormais, une ligne de code.",
        "body": [
            (
                "paragraph",
                "<p>Mon premier jour d’alternance, en septembre 2019, j’avais préparé ma tenue la veille, comme pour une rentrée scolaire. Chemise repassée, chaussures de ville. En arrivant au plateau de développement, j’ai vu que tout le monde était en sweat-shirt et en baskets. Mon tuteur, Karim, m’a regardé de haut en bas, a souri, et m’a dit que j’étais le développeur le mieux habillé de l’histoire de la maison.</p>",
            ),
            (
                "paragraph",
                "<p>L’après-midi, pour m’apprendre à chercher dans le code, il m’a fait fouiller l’historique du projet le plus ancien encore en service. Au bout d’une heure, je suis tombé sur un commentaire qui citait un « M. Ferreira, atelier de tournage, 1961 ». C’était une note sur un calcul de tolérances, reprise d’un programme des années 1960 et recopiée de version en version depuis soixante ans.</p>",
            ),
            (
                "quote",
                {
                    "text": "Ferreira ? Comme toi ? Va demander à l’archiviste. Dans cette maison, tout le monde finit par trouver un cousin.",
                    "attribution": "Karim Mansouri, mon tuteur",
                },
            ),
            (
                "paragraph",
                "<p>Amélie, l’archiviste, a trouvé le dossier : Joaquim Ferreira, tourneur à Vaise de 1958 à 1979. Le frère de mon grand-père. Personne dans ma famille ne m’avait jamais dit qu’il avait travaillé là. Il est mort avant ma naissance. Je n’ai qu’une photo de lui, et désormais, une ligne de code.</p>",
            ),
        ],
        "image": {
            "scene": "office",
            "alt": "Photographie en couleur : un plateau de développement lumineux, des rangées "
            "de postes de travail à écrans plats",
            "caption": "Le plateau de développement de Vaise, 2019.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "la-jeune-pousse-et-la-vieille-maison",
        "title": "La jeune pousse et la vieille maison",
        "teaser": "Quatre personnes, un capteur d’humidité pour vieux murs et des géants du "
        "numérique qui ne répondent pas. Ferrandier répond en quarante-huit heures.",
        "year": 2018,
        "decade": 2010,
        "circa": False,
        "themes": ["clients-et-partenaires", "innovation"],
        "contributor": "elodie-carpentier",
        "place": "Lyon, Vaise",
        "pull_quote": "Elle les avait, d’ailleurs : c’était l’ancien établi d’Auguste "
        "Ferrandier, recyclé en table de réunion.",
        "body": [
            (
                "paragraph",
                "<p>En 2018, ma jeune entreprise comptait quatre personnes et un prototype de capteur pour surveiller l’humidité dans les bâtiments anciens. Nous avions besoin d’un partenaire capable de gérer les données de milliers de capteurs. Les grandes entreprises du numérique ne nous répondaient pas. Ferrandier, si. En quarante-huit heures.</p>",
            ),
            (
                "paragraph",
                "<p>Le premier rendez-vous a eu lieu dans une salle de réunion de Vaise, autour d’un ordinateur portable posé sur une table en bois qui avait l’air d’avoir cent ans. Elle les avait, d’ailleurs : c’était l’ancien établi d’Auguste Ferrandier, recyclé en table de réunion. En face de moi, une ingénieure et un commercial qui posaient des questions justes et ne prétendaient pas tout savoir.</p>",
            ),
            (
                "quote",
                {
                    "text": "Votre capteur mesure l’humidité des vieux murs ? Venez tester chez nous : nous avons des murs de 1914 et une crue de 1928 dans les archives.",
                    "attribution": "L’ingénieure de Ferrandier, premier rendez-vous",
                },
            ),
            (
                "paragraph",
                "<p>Nous avons installé nos premiers capteurs dans le grenier des archives de Vaise, avec l’aide d’Amélie, l’archiviste, qui surveillait jusque-là l’humidité de ses cartons à la main. Six ans plus tard, nous avons emménagé dans l’ancien atelier. C’est un peu comme si la maison nous avait adoptés.</p>",
            ),
        ],
        "image": {
            "scene": "product",
            "alt": "Photographie en couleur : un ordinateur portable ouvert posé sur une table "
            "en bois",
            "caption": "Le premier prototype présenté sur l’ancien établi du fondateur, 2018.",
            "credit": "Collection personnelle d’Élodie Carpentier",
        },
        "featured": False,
    },
    {
        "slug": "un-marche-public-pas-comme-les-autres",
        "title": "Un marché public pas comme les autres",
        "teaser": "Deuxième sur le prix, premier sur l’accessibilité : une offre qui racontait "
        "comment cinq habitants avaient échoué sur notre ancien portail.",
        "year": 2015,
        "decade": 2010,
        "circa": False,
        "themes": ["clients-et-partenaires", "numerique"],
        "contributor": "sophie-delmas",
        "place": "",
        "pull_quote": "Nous n’avons pas seulement testé votre site. Nous avons regardé vos "
        "habitants essayer de s’en servir.",
        "body": [
            (
                "paragraph",
                "<p>En 2015, ma collectivité a lancé un marché public pour refaire son portail de démarches en ligne. Les règles sont strictes : on ne choisit pas un prestataire parce qu’on l’aime bien, on note des offres selon des critères. La maison Ferrandier est arrivée deuxième sur le prix, mais première sur un critère que nous avions presque ajouté par hasard : l’accessibilité aux personnes handicapées.</p>",
            ),
            (
                "paragraph",
                "<p>Leur dossier contenait un passage que je n’avais jamais vu dans une réponse à un marché : ils avaient testé notre ancien portail avec cinq habitants, dont une femme aveugle et un homme de quatre-vingt-dix ans, et décrit précisément où chacun avait échoué. Pas de jargon, juste des récits. L’un d’eux disait : « Monsieur Paul a abandonné à l’étape 3, parce que le bouton “Suivant” était gris sur fond gris. »</p>",
            ),
            (
                "quote",
                {
                    "text": "Nous n’avons pas seulement testé votre site. Nous avons regardé vos habitants essayer de s’en servir.",
                    "attribution": "Extrait de l’offre de la maison, 2015",
                },
            ),
            (
                "paragraph",
                "<p>Ils ont gagné le marché. Dix ans plus tard, le portail est utilisé par des dizaines de milliers d’habitants. Et chaque nouvelle version est encore testée avec des gens comme monsieur Paul, qui a cent ans maintenant et qui a fini par trouver le bouton.</p>",
            ),
        ],
        "image": None,
        "featured": False,
    },
    {
        "slug": "les-boites-du-grenier",
        "title": "Les boîtes du grenier",
        "teaser": "Deux cent quarante mètres de cartons empilés depuis un siècle, une bicyclette "
        "au plafond et un carton « Divers, ne pas jeter » qui contenait un dentier.",
        "year": 2018,
        "decade": 2010,
        "circa": False,
        "themes": ["transmission"],
        "contributor": "amelie-bourgeois",
        "place": "Lyon, grenier de Vaise",
        "pull_quote": "Le dentier, nous n’avons jamais su à qui il appartenait.",
        "body": [
            (
                "paragraph",
                "<p>Quand j’ai été recrutée en 2018, on m’a donné une clé et une adresse : le grenier du bâtiment principal de Vaise. Derrière la porte, il y avait deux cent quarante mètres linéaires de cartons, empilés depuis un siècle, sans inventaire. Des registres, des plans, des lettres, des photos, des boîtes à chaussures, une bicyclette suspendue au plafond, et un carton étiqueté « Divers, ne pas jeter » qui contenait un dentier.</p>",
            ),
            (
                "paragraph",
                "<p>J’ai passé mes six premiers mois avec une blouse, des gants, un masque et un tableur. Chaque carton était une surprise. Des dessins techniques de 1921 aux annotations tendres, des menus de la cantine des années 1950, les rapports d’un représentant à bicyclette, le cahier d’un stand de foire. Et partout, des noms. Des milliers de noms de gens qui avaient fait cette maison et dont personne ne se souvenait plus.</p>",
            ),
            (
                "quote",
                {
                    "text": "Vous savez, mademoiselle, ce grenier, c’est la mémoire de la maison. Moi, j’ai commencé. À vous de finir.",
                    "attribution": "Louis Vernet, ancien comptable et archiviste bénévole, lors de notre première rencontre",
                },
            ),
            (
                "paragraph",
                "<p>Louis avait quatre-vingt-quatre ans. Il m’a accompagnée au grenier tous les mardis pendant deux ans. C’est lui qui m’a appris à lire les registres. Le dentier, nous n’avons jamais su à qui il appartenait.</p>",
            ),
        ],
        "image": None,
        "featured": False,
    },
    {
        "slug": "la-premiere-migration-vers-le-cloud",
        "title": "La première migration vers le cloud",
        "teaser": "Pour une maison qui a fabriqué ses propres ordinateurs pendant cinquante ans, "
        "confier ses données à des machines qu’on ne peut pas toucher, c’est un choc.",
        "year": 2013,
        "decade": 2010,
        "circa": False,
        "themes": ["numerique", "tournants"],
        "contributor": "julien-baptiste",
        "place": "Grenoble",
        "pull_quote": "Les machines ne dorment plus chez nous ; nous, nous dormons mieux.",
        "body": [
            (
                "paragraph",
                "<p>En 2013, nous avons migré la première application d’un client vers le cloud, c’est-à-dire vers des serveurs qui ne nous appartenaient plus. Pour une maison qui avait fabriqué ses propres ordinateurs pendant cinquante ans, c’était un choc culturel. Certains anciens y voyaient une trahison : on confiait nos données, et celles de nos clients, à des machines qu’on ne pouvait même pas toucher.</p>",
            ),
            (
                "paragraph",
                "<p>J’ai passé des semaines à expliquer, rassurer, chiffrer. Le jour de la migration, tout s’est passé sans accroc, ce qui m’a presque déçu. Le soir, Nadia Haddad, qui était à la retraite depuis trois ans, m’a envoyé un message : elle voulait savoir où étaient physiquement les serveurs. Je lui ai répondu que je ne savais pas exactement, quelque part en Europe, dans plusieurs centres de données.</p>",
            ),
            (
                "quote",
                {
                    "text": "De mon temps, on savait où dormaient nos machines. Mais de mon temps, on dormait aussi à côté d’elles. Bravo, Julien.",
                    "attribution": "Nadia Haddad, message du soir de la migration",
                },
            ),
            (
                "paragraph",
                "<p>Huit ans plus tard, nous avons éteint la dernière baie de la salle serveurs de Grenoble. J’ai pensé à son message. Les machines ne dorment plus chez nous ; nous, nous dormons mieux.</p>",
            ),
        ],
        "image": {
            "scene": "computer",
            "alt": "Photographie en couleur : un grand écran plat sur un bureau, affichant des "
            "fenêtres et des graphiques",
            "caption": "Le tableau de bord de la première migration vers le cloud, 2013.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "la-section-foot-renait",
        "title": "La section foot renaît",
        "teaser": "L’équipe avait disparu faute de joueurs. Au deuxième entraînement de la "
        "relance, l’ancien capitaine arrive avec le procès-verbal de 1933.",
        "year": 2015,
        "decade": 2010,
        "circa": False,
        "themes": ["sport", "solidarite"],
        "contributor": "antoine-roche",
        "place": "Grenoble",
        "pull_quote": "Elle a crié si fort que le gardien s’est excusé.",
        "body": [
            (
                "paragraph",
                "<p>L’équipe de football de la maison avait disparu au début des années 2010, faute de joueurs : les usines s’étaient vidées, les développeurs préféraient la course à pied. En 2015, avec deux collègues, nous avons décidé de la relancer. Nous avons collé des affiches à Vaise et à Grenoble. Au premier entraînement, nous étions sept, dont une développeuse qui n’avait jamais touché un ballon.</p>",
            ),
            (
                "paragraph",
                "<p>Nous avons écrit à Michel Perrin, l’ancien capitaine, pour lui demander conseil. Il est venu au deuxième entraînement, à soixante et onze ans, avec le procès-verbal de 1933 sous le bras. Il nous l’a lu, debout au milieu du terrain, jusqu’à la ligne « Résultat encourageant ». Puis il nous a fait courir une heure. À la fin, la développeuse a marqué. Elle a crié si fort que le gardien s’est excusé.</p>",
            ),
            (
                "quote",
                {
                    "text": "Une équipe, ce n’est pas onze bons joueurs. C’est onze personnes qui reviennent la semaine suivante.",
                    "attribution": "Michel Perrin, au deuxième entraînement",
                },
            ),
            (
                "paragraph",
                "<p>Nous sommes aujourd’hui vingt-six, hommes et femmes, de tous les services. Nous avons perdu notre premier match 7 à 1. Nous avons mis le score au bas du procès-verbal, avec la même mention.</p>",
            ),
        ],
        "image": {
            "scene": "team",
            "alt": "Photographie en couleur : une équipe de football posant sur deux rangs, "
            "maillots assortis",
            "caption": "La nouvelle équipe de la maison, 2015.",
            "credit": "Photo : Antoine Roche",
        },
        "featured": False,
    },
    {
        "slug": "le-jeudi-a-la-maison",
        "title": "Le jeudi à la maison",
        "teaser": "Premiers essais de télétravail, un jour par semaine. Je culpabilise, je "
        "n’ose pas aller chercher du pain, jusqu’au café en visio de dix heures.",
        "year": None,
        "decade": 2010,
        "circa": True,
        "themes": ["numerique", "vie-a-l-usine"],
        "contributor": "karim-mansouri",
        "place": "",
        "pull_quote": "J’étais plus tendu chez moi qu’au bureau.",
        "body": [
            (
                "paragraph",
                "<p>Au milieu des années 2010, la maison a commencé à autoriser le télétravail un jour par semaine, à titre expérimental. J’ai choisi le jeudi. Les premiers mois, je culpabilisais : je répondais à mes messages en moins d’une minute, pour prouver que je travaillais. Je n’osais pas aller chercher du pain à midi. J’étais plus tendu chez moi qu’au bureau.</p>",
            ),
            (
                "paragraph",
                "<p>Mes collègues de Vaise, eux, avaient inventé un rituel. Le jeudi, à la pause de dix heures, ils appelaient en visio le télétravailleur du jour, juste pour boire le café ensemble, sans parler de travail. Au début, je trouvais ça ridicule. Puis j’ai attendu cet appel chaque semaine. C’était un peu comme la table commune de la cantine, celle du gratin, mais à distance.</p>",
            ),
            (
                "quote",
                {
                    "text": "Karim, on ne t’appelle pas pour vérifier que tu bosses. On t’appelle parce que tu nous manques. Enfin, surtout tes blagues.",
                    "attribution": "Un collègue de Vaise, un jeudi à dix heures",
                },
            ),
            (
                "paragraph",
                "<p>Quand le confinement est arrivé, en 2020, nous étions quelques-uns à avoir déjà l’habitude. Nous avons étendu le café du jeudi à toute l’équipe, tous les jours. Il existe encore.</p>",
            ),
        ],
        "image": None,
        "featured": False,
    },
    {
        "slug": "pourquoi-je-suis-partie-enseigner",
        "title": "Pourquoi je suis partie enseigner",
        "teaser": "Après quatorze ans de développement, je quitte la maison pour un lycée. À mon "
        "pot de départ, une invitée surprise de quatre-vingt-un ans.",
        "year": 2015,
        "decade": 2010,
        "circa": False,
        "themes": ["transmission", "femmes-et-metiers"],
        "contributor": "laure-tessier",
        "place": "Grenoble",
        "pull_quote": "Tu vas leur donner ce que je n’ai pas eu : quelqu’un qui leur dit, à "
        "quinze ans, que c’est pour elles aussi.",
        "body": [
            (
                "paragraph",
                "<p>En 2015, après quatorze ans de développement, j’ai quitté la maison pour devenir professeure d’informatique dans un lycée. Je n’étais pas malheureuse. J’avais un bon poste, une équipe que j’aimais. Mais je voyais, à chaque recrutement, si peu de candidatures de femmes que j’ai fini par me dire que le problème ne se réglait pas dans les entreprises. Il se réglait bien avant.</p>",
            ),
            (
                "paragraph",
                "<p>Mon pot de départ a eu lieu dans la cantine de Grenoble. Mon équipe m’avait préparé un cadeau : un vieux clavier de terminal des années 1980, récupéré au musée, avec une plaque gravée. Et Simone Arnaud, qui avait quatre-vingt-un ans, était venue de Lyon en train, sans prévenir. Elle m’a embrassée et m’a dit que j’allais faire le travail le plus important de ma carrière.</p>",
            ),
            (
                "quote",
                {
                    "text": "Tu vas leur donner ce que je n’ai pas eu : quelqu’un qui leur dit, à quinze ans, que c’est pour elles aussi.",
                    "attribution": "Simone Arnaud, à mon pot de départ",
                },
            ),
            (
                "paragraph",
                "<p>Je l’emmène encore, en pensée, dans chaque classe. Cette année, j’ai onze élèves en spécialité informatique. Six sont des filles.</p>",
            ),
        ],
        "image": {
            "scene": "portrait",
            "alt": "Photographie en couleur : portrait en buste d’une femme sur un fond de studio",
            "caption": "Laure Tessier en 2015, l’année de son départ pour l’enseignement.",
            "credit": "Collection personnelle de Laure Tessier",
        },
        "featured": False,
    },
]
