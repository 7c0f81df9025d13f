"""Demo stories of the 1980s: micro-computers, the fifth week and the merger with Sodexel."""

# Each paragraph stays on one line: prose is easier to edit and review unwrapped.
# ruff: noqa: E501

STORIES_1980S: list[dict] = [
    {
        "slug": "le-jour-de-la-fusion",
        "title": "Le jour de la fusion",
        "teaser": "14 septembre 1987, huit heures du matin : tous les cadres dans la grande salle "
        "de la cantine. Le directeur général annonce la fusion avec Sodexel, l’ennemi de "
        "toujours.",
        "year": 1987,
        "decade": 1980,
        "circa": False,
        "themes": ["tournants", "epreuves"],
        "contributor": "thierry-lambert",
        "place": "Lyon, siège de Vaise",
        "pull_quote": "Et le gratin du jeudi, on le garde ?",
        "body": [
            (
                "paragraph",
                "<p>Le 14 septembre 1987, à huit heures du matin, tous les cadres ont été convoqués dans la grande salle de la cantine. Il y avait des rumeurs depuis des mois, mais personne n’y croyait vraiment. Le directeur général est monté sur une estrade et a annoncé la fusion avec Sodexel. Sodexel ! Nos concurrents de toujours, ceux contre qui on se battait sur chaque appel d’offres depuis vingt ans.</p>",
            ),
            (
                "paragraph",
                "<p>Il y a eu un silence énorme. Puis quelqu’un au fond de la salle a dit, assez fort : « Et le gratin du jeudi, on le garde ? » Tout le monde a ri, même le directeur. C’était la bonne question, au fond : qu’est-ce qu’on garde, qu’est-ce qu’on perd, qui on devient ? Il nous a fallu dix ans pour y répondre.</p>",
            ),
            (
                "quote",
                {
                    "text": "Nous ne rachetons personne et personne ne nous rachète. Nous allons apprendre à être une seule maison.",
                    "attribution": "Le directeur général, 14 septembre 1987",
                },
            ),
            (
                "paragraph",
                "<p>J’étais chargé de fusionner les deux bureaux d’études. Pendant deux ans, j’ai passé mes journées entre Vaise et l’ancien siège de Sodexel, à comparer des méthodes qui faisaient la même chose de deux façons opposées. On a souvent choisi la leur. Ça, personne à Vaise ne me l’a jamais tout à fait pardonné.</p>",
            ),
        ],
        "image": {
            "scene": "office",
            "alt": "Photographie aux couleurs passées : un grand bureau aux larges fenêtres, des "
            "rangées de tables équipées d’écrans",
            "caption": "Le siège de Vaise à l’automne 1987.",
            "credit": "Archives Ferrandier",
        },
        "featured": True,
    },
    {
        "slug": "deux-badges-dans-la-poche",
        "title": "Deux badges dans la poche",
        "teaser": "Ingénieur chez Sodexel, transféré à Vaise après la fusion, personne ne me "
        "parle à la cantine. Jusqu’au jour où l’on apprend que je suis gardien de but.",
        "year": 1988,
        "decade": 1980,
        "circa": False,
        "themes": ["tournants", "sport"],
        "contributor": "patrick-nguyen",
        "place": "Lyon, usine de Vaise",
        "pull_quote": "Pendant trois mois, j’ai gardé mon vieux badge Sodexel dans une poche et "
        "le nouveau dans l’autre, comme si je n’avais pas encore choisi.",
        "body": [
            (
                "paragraph",
                "<p>J’étais ingénieur réseau chez Sodexel depuis quatre ans quand la fusion a été annoncée. Chez nous, Ferrandier, c’était l’ennemi : des Lyonnais vieillots, disait-on, avec leur cantine et leur football. Début 1988, j’ai été transféré à Vaise. Pendant trois mois, j’ai gardé mon vieux badge Sodexel dans une poche et le nouveau dans l’autre, comme si je n’avais pas encore choisi.</p>",
            ),
            (
                "paragraph",
                "<p>Le premier jour, personne ne m’a adressé la parole à la cantine. Le deuxième non plus. Le troisième, un gars du magasin, Michel, s’est assis en face de moi avec son plateau et m’a demandé si je jouais au football. Je lui ai dit que j’étais gardien de but. Il a posé sa fourchette, m’a regardé comme un miracle et m’a dit que leur gardien venait de se faire une entorse.</p>",
            ),
            (
                "quote",
                {
                    "text": "Sodexel ou pas, un gardien, c’est un gardien. Entraînement jeudi, dix-huit heures.",
                    "attribution": "Michel Perrin, entraîneur de l’équipe",
                },
            ),
            (
                "paragraph",
                "<p>Le jeudi suivant, j’étais dans les buts. Le mois suivant, j’ai jeté mon badge Sodexel. Je crois que la fusion s’est faite comme ça, pour beaucoup d’entre nous : pas par les organigrammes, mais par les équipes de foot, les tables de cantine et les pots de départ.</p>",
            ),
        ],
        "image": {
            "scene": "team",
            "alt": "Photographie aux couleurs passées : une équipe de football posant sur deux "
            "rangs, maillots assortis",
            "caption": "L’équipe de la maison, saison 1988, avec son nouveau gardien.",
            "credit": "Collection personnelle de Patrick Nguyen",
        },
        "featured": False,
    },
    {
        "slug": "la-cinquieme-semaine",
        "title": "La cinquième semaine",
        "teaser": "En 1982, la loi donne une cinquième semaine de congés payés. Pour les "
        "délégués, c’est aussi des semaines de tableaux et de réunions.",
        "year": 1982,
        "decade": 1980,
        "circa": False,
        "themes": ["luttes-sociales", "fetes-et-loisirs"],
        "contributor": "abdelkader-benali",
        "place": "Lyon, usine de Vaise",
        "pull_quote": "Elle a dit que la France était un drôle de pays, mais qu’elle l’aimait "
        "bien pour ça.",
        "body": [
            (
                "paragraph",
                "<p>En 1982, la loi a donné une cinquième semaine de congés payés. Je me souviens du jour où nous l’avons annoncée à l’atelier, avec les autres délégués. Un vieux monteur, qui avait commencé en 1946, a fait le calcul à voix haute : depuis ses débuts, ses congés avaient plus que doublé. Puis il a dit : « Mon père, en 1936, il a eu douze jours. Il est mort sans jamais en avoir plus. »</p>",
            ),
            (
                "paragraph",
                "<p>Pour nous, les délégués, cette semaine n’était pas qu’une loi. C’était aussi une négociation : quand la prendre, comment ne pas désorganiser la production, qui partirait en hiver. Les jeunes voulaient partir skier, les anciens rentrer au pays, les familles avoir août entier. Nous avons fait des tableaux sur de grandes feuilles, des semaines de réunions, et à la fin, tout le monde était à peu près content, ce qui est le mieux qu’on puisse espérer.</p>",
            ),
            (
                "quote",
                {
                    "text": "Cinq semaines ! Je vais enfin pouvoir aller voir la mer et revenir sans courir.",
                    "attribution": "Un collègue du montage, 1982",
                },
            ),
            (
                "paragraph",
                "<p>Cet été-là, pour la première fois, je suis rentré à Sétif un mois entier. Ma mère m’a demandé si j’avais perdu mon travail. Je lui ai expliqué que non, que c’était la loi. Elle a dit que la France était un drôle de pays, mais qu’elle l’aimait bien pour ça.</p>",
            ),
        ],
        "image": None,
        "featured": False,
    },
    {
        "slug": "le-premier-micro-ordinateur",
        "title": "Le premier micro-ordinateur du service",
        "teaser": "Un seul micro pour vingt personnes, sur une table roulante, avec un planning "
        "au crayon. J’arrivais à sept heures pour l’avoir avant tout le monde.",
        "year": 1983,
        "decade": 1980,
        "circa": False,
        "themes": ["numerique", "innovation"],
        "contributor": "sylvie-garnier",
        "place": "Lyon, Vaise",
        "pull_quote": "Moi, j’arrivais à sept heures du matin pour avoir la machine avant tout le "
        "monde.",
        "body": [
            (
                "paragraph",
                "<p>En 1983, j’étais analyste-programmeuse depuis un an quand le service a reçu son premier micro-ordinateur. Un seul, pour vingt personnes. Il était posé sur une table roulante au milieu du bureau, avec un écran monochrome vert, deux lecteurs de disquettes et un clavier qui claquait comme une machine à écrire. On se l’arrachait.</p>",
            ),
            (
                "paragraph",
                "<p>Le chef de service a établi un planning : chacun avait droit à une heure par jour, inscrite au crayon sur une feuille scotchée à côté de l’écran. Les plus malins prenaient les créneaux de midi et demi. Moi, j’arrivais à sept heures du matin pour avoir la machine avant tout le monde. C’est là que j’ai écrit mon premier tableau de suivi de projet, sur un tableur, et que j’ai compris que tout allait changer.</p>",
            ),
            (
                "quote",
                {
                    "text": "Avant, pour recalculer un budget, il fallait une journée et une gomme. Là, il suffit de changer un chiffre et de regarder.",
                    "attribution": "Un collègue comptable, en découvrant le tableur",
                },
            ),
            (
                "paragraph",
                "<p>Cinq ans plus tard, chaque bureau avait son micro. Mais je garde une tendresse particulière pour la table roulante et son planning au crayon, où mon nom apparaissait tous les matins à sept heures.</p>",
            ),
        ],
        "image": {
            "scene": "computer",
            "alt": "Photographie aux couleurs passées : des écrans cathodiques affichant des "
            "lignes de texte vert sur des bureaux",
            "caption": "Le premier micro-ordinateur du service, 1983.",
            "credit": "Collection personnelle de Sylvie Garnier",
        },
        "featured": False,
    },
    {
        "slug": "les-routiers-de-l-informatique",
        "title": "Les routiers de l’informatique",
        "teaser": "Un vendredi de décembre, le réseau entre Grenoble et Vaise tombe en pleine "
        "clôture comptable. La solution roule sur une route verglacée.",
        "year": 1985,
        "decade": 1980,
        "circa": True,
        "themes": ["numerique", "solidarite"],
        "contributor": "nadia-haddad",
        "place": "Grenoble et Lyon",
        "pull_quote": "Le réseau le plus rapide de la maison, cette nuit-là, c’était une voiture "
        "de 1978 avec des pneus neige.",
        "body": [
            (
                "paragraph",
                "<p>C’était vers 1985, un vendredi de décembre, à dix-huit heures. Le réseau qui reliait Grenoble et Vaise est tombé en panne, en pleine clôture comptable de fin d’année. Sans le réseau, les chiffres de Grenoble ne pouvaient pas arriver à Lyon, et sans les chiffres, pas de bilan. Le directeur financier a appelé ; il ne criait pas, ce qui était bien pire.</p>",
            ),
            (
                "paragraph",
                "<p>Nous étions quatre ingénieurs système à Grenoble. Nous avons passé la nuit à chercher. À trois heures du matin, nous avons trouvé : un modem défaillant, dans un local technique de Vaise. Il n’y avait plus de train. Alors un collègue a mis les bandes magnétiques de Grenoble dans le coffre de sa voiture, et il a roulé jusqu’à Lyon sur une route verglacée. Il est arrivé à six heures, avec les bandes et des croissants.</p>",
            ),
            (
                "quote",
                {
                    "text": "Le réseau le plus rapide de la maison, cette nuit-là, c’était une voiture de 1978 avec des pneus neige.",
                    "attribution": "Le directeur financier, à la réunion du lundi",
                },
            ),
            (
                "paragraph",
                "<p>Le bilan a été bouclé à temps. Le lundi, le directeur financier a fait livrer un carton de champagne au service système de Grenoble, avec un mot : « Pour les routiers de l’informatique ».</p>",
            ),
        ],
        "image": {
            "scene": "computer",
            "alt": "Photographie aux couleurs passées : une salle informatique, des terminaux à "
            "écran vert alignés sur des bureaux",
            "caption": "La salle système de Grenoble, au milieu des années 1980.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "la-derniere-colonie",
        "title": "La dernière colonie",
        "teaser": "L’été 1986, le chalet du Vercors vit sa dernière colonie. D’anciens colons "
        "devenus adultes reviennent, l’un avec sa fille de sept ans.",
        "year": 1986,
        "decade": 1980,
        "circa": False,
        "themes": ["fetes-et-loisirs", "tournants"],
        "contributor": "christine-morel",
        "place": "Vercors",
        "pull_quote": "Je crois que je n’ai jamais vraiment quitté la colonie.",
        "body": [
            (
                "paragraph",
                "<p>L’été 1986, j’ai dirigé ma dernière colonie pour le comité d’entreprise. J’avais vingt-neuf ans, onze étés derrière moi, et je savais que ce serait la dernière : le comité avait décidé de vendre le chalet du Vercors et de remplacer les colonies par des aides aux vacances. Les familles partaient davantage ensemble, les enfants voulaient des séjours à thème, le monde changeait.</p>",
            ),
            (
                "paragraph",
                "<p>J’ai voulu que ce dernier séjour soit le plus beau. Nous avons refait toutes les grandes traditions : la veillée au feu de camp, le grand jeu Lyon-Grenoble, la marche jusqu’au col au lever du soleil. Le dernier soir, les moniteurs avaient invité d’anciens colons, devenus adultes. Certains travaillaient maintenant à l’usine. L’un d’eux avait apporté sa fille de sept ans.</p>",
            ),
            (
                "quote",
                {
                    "text": "J’ai dormi dans ce dortoir en 1976. Je voulais qu’elle le voie avant qu’il disparaisse.",
                    "attribution": "Un ancien colon devenu technicien à Grenoble",
                },
            ),
            (
                "paragraph",
                "<p>Le chalet a été vendu à l’automne. Je suis partie de la maison quelques mois plus tard, pour devenir éducatrice. Je crois que je n’ai jamais vraiment quitté la colonie.</p>",
            ),
        ],
        "image": {
            "scene": "landscape",
            "alt": "Photographie aux couleurs passées : des montagnes aux sommets enneigés "
            "au-dessus de collines verdoyantes",
            "caption": "Le Vercors, dernier été de la colonie du comité d’entreprise, 1986.",
            "credit": "Collection personnelle de Christine Morel",
        },
        "featured": False,
    },
    {
        "slug": "le-self-ou-la-fin-du-service-a-table",
        "title": "Le self, ou la fin du service à table",
        "teaser": "En 1984, la cantine devient un self-service. Plus rapide, plus varié, mais la "
        "salle se découpe en petites îles. Alors le chef triche un peu.",
        "year": 1984,
        "decade": 1980,
        "circa": False,
        "themes": ["a-table", "tournants"],
        "contributor": "bernard-chevalier",
        "place": "Lyon, cantine de Vaise",
        "pull_quote": "Le jeudi, jour du gratin, j’ai gardé une grande table de vingt couverts au "
        "milieu de la salle, avec un plat unique servi à la louche, pour qui voulait.",
        "body": [
            (
                "paragraph",
                "<p>En 1984, la cantine de Vaise est devenue un self-service. Fini les grandes tables où l’on servait les plats à la louche, place aux plateaux, aux rails en inox et au choix entre trois entrées. Sur le papier, c’était un progrès : plus rapide, plus varié, moins de gaspillage. Moi, j’étais chef depuis six ans, et j’avais le cœur serré.</p>",
            ),
            (
                "paragraph",
                "<p>Ce qui me manquait, ce n’était pas le service. C’était le moment où les gens s’asseyaient ensemble sans l’avoir choisi. À table, le régleur se retrouvait à côté de l’ingénieur, la câbleuse en face du comptable. Avec le self, chacun s’est mis à manger avec son service, et je voyais la salle se découper en petites îles.</p>",
            ),
            (
                "quote",
                {
                    "text": "Bernard, ton self est très bien. Mais maintenant je mange avec les mêmes têtes que toute la journée.",
                    "attribution": "Une câbleuse du premier étage, 1984",
                },
            ),
            (
                "paragraph",
                "<p>Alors j’ai triché un peu. Le jeudi, jour du gratin, j’ai gardé une grande table de vingt couverts au milieu de la salle, avec un plat unique servi à la louche, pour qui voulait. Elle a été pleine tous les jeudis jusqu’à mon départ, en 2003.</p>",
            ),
        ],
        "image": None,
        "featured": False,
    },
    {
        "slug": "vaise-contre-grenoble",
        "title": "Vaise contre Grenoble",
        "teaser": "Chaque printemps, le match de l’année : la vieille usine contre la jeune. Huit "
        "ans de rivalité, un nul 4 à 4 sous la grêle et des repas d’après-match.",
        "year": None,
        "decade": 1980,
        "circa": False,
        "themes": ["sport", "lieux"],
        "contributor": "michel-perrin",
        "place": "Lyon et Grenoble",
        "pull_quote": "Nous avions l’expérience, la ruse et un terrain mal tondu.",
        "body": [
            (
                "paragraph",
                "<p>Dans les années 1980, le grand match de l’année n’était plus le championnat corporatif : c’était Vaise contre Grenoble. Il avait lieu chaque printemps, une année chez l’un, une année chez l’autre, et il déchaînait des passions qu’aucun directeur n’avait prévues. Les Grenoblois disaient que nous étions des bureaucrates de la vieille usine ; nous disions qu’ils étaient des montagnards qui avaient oublié d’où venait la maison.</p>",
            ),
            (
                "paragraph",
                "<p>J’étais devenu entraîneur de l’équipe de Vaise. Les Grenoblois étaient plus jeunes, plus rapides, et ils avaient un avant-centre ingénieur qui avait joué en deuxième division. Nous avions l’expérience, la ruse et un terrain mal tondu. En huit ans, nous avons gagné trois fois, perdu quatre, et fait un nul mémorable, 4 à 4, sous la grêle.</p>",
            ),
            (
                "quote",
                {
                    "text": "Messieurs, je vous rappelle qu’il s’agit d’un match amical. Essayez au moins de le faire croire à l’arbitre.",
                    "attribution": "Le directeur de l’usine de Grenoble, avant un match",
                },
            ),
            (
                "paragraph",
                "<p>Après le match, on mangeait tous ensemble, et le soir, on ne savait plus très bien qui était de Vaise et qui était de Grenoble. C’est peut-être à ça que servait ce match.</p>",
            ),
        ],
        "image": {
            "scene": "team",
            "alt": "Photographie aux couleurs passées : deux rangées de joueurs en maillot "
            "posant devant un mur",
            "caption": "Les deux équipes réunies après un match Vaise-Grenoble, années 1980.",
            "credit": "Collection personnelle de Michel Perrin",
        },
        "featured": False,
    },
    {
        "slug": "le-directeur-sur-la-chaine",
        "title": "Le directeur sur la chaîne",
        "teaser": "Un matin, un homme en costume s’assoit à côté de la cheffe d’équipe du "
        "câblage et lui demande de lui apprendre à souder.",
        "year": None,
        "decade": 1980,
        "circa": True,
        "themes": ["vie-a-l-usine"],
        "contributor": "rosa-martins",
        "place": "Lyon, atelier de câblage de Vaise",
        "pull_quote": "Ce n’est pas grand-chose, un tabouret.",
        "body": [
            (
                "paragraph",
                "<p>C’était au début des années 1980, je ne sais plus l’année exacte. J’étais cheffe d’équipe au câblage, huit filles sous ma responsabilité. Un matin, un homme en costume s’est assis à côté de moi, a pris un fer à souder et m’a demandé de lui apprendre. C’était le nouveau directeur de la production. Personne ne l’avait jamais vu dans l’atelier.</p>",
            ),
            (
                "paragraph",
                "<p>Il est resté toute la matinée. Il soudait très mal. Il s’est brûlé deux fois, il a fait des gouttes au lieu des petits volcans, et il a posé beaucoup de questions. Pourquoi on se levait toutes les vingt minutes ? Parce que les tabourets étaient trop bas. Pourquoi on plissait les yeux ? Parce que l’éclairage était mauvais. Il notait tout dans un petit carnet.</p>",
            ),
            (
                "quote",
                {
                    "text": "Madame Martins, je crois que je ne serai jamais câbleur. Mais je vais vous trouver des tabourets.",
                    "attribution": "Le directeur de la production, en quittant l’atelier",
                },
            ),
            (
                "paragraph",
                "<p>Les tabourets réglables sont arrivés un mois plus tard, et les nouvelles lampes en même temps. Ce n’est pas grand-chose, un tabouret. Mais depuis ce jour, quand on me parle des directeurs, je demande toujours : est-ce qu’il s’est assis à côté de vous ?</p>",
            ),
        ],
        "image": {
            "scene": "workshop",
            "alt": "Photographie aux couleurs passées : un atelier lumineux sous une verrière, "
            "des postes de travail alignés et des ouvrières",
            "caption": "L’atelier de câblage de Vaise au début des années 1980.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "la-radio-de-l-atelier",
        "title": "La radio de l’atelier",
        "teaser": "Le soir du 9 novembre 1989, l’atelier de câblage travaille tard. La musique "
        "s’arrête, et une jeune câbleuse pose son fer à souder.",
        "year": 1989,
        "decade": 1980,
        "circa": False,
        "themes": ["vie-a-l-usine"],
        "contributor": "rosa-martins",
        "place": "Lyon, atelier de câblage de Vaise",
        "pull_quote": "Je crois que c’est la seule fois, en trente-sept ans, où l’atelier a "
        "écouté la radio au lieu de l’entendre.",
        "body": [
            (
                "paragraph",
                "<p>Au câblage, il y avait une radio posée sur une étagère, au-dessus de l’établi du fond. Elle était réglée sur une station de variétés, et personne n’avait le droit d’y toucher, sauf la plus ancienne de l’atelier, c’est-à-dire moi, à partir de 1985. Le soir du 9 novembre 1989, pour une fois, on travaillait tard pour finir une commande urgente.</p>",
            ),
            (
                "paragraph",
                "<p>Vers neuf heures du soir, la musique s’est arrêtée, et le journaliste a parlé du mur de Berlin. On ne comprenait pas bien. Une de mes filles, une jeune Polonaise arrivée deux ans plus tôt, a posé son fer à souder. Elle écoutait sans bouger. Puis elle s’est mise à pleurer, doucement, et nous nous sommes toutes arrêtées.</p>",
            ),
            (
                "quote",
                {
                    "text": "Ma grand-mère n’a jamais revu sa sœur, de l’autre côté. Maintenant, peut-être, les autres pourront.",
                    "attribution": "Ewa, câbleuse, le 9 novembre 1989",
                },
            ),
            (
                "paragraph",
                "<p>Nous avons fini la commande, une heure plus tard, en silence, avec la radio allumée. Je crois que c’est la seule fois, en trente-sept ans, où l’atelier a écouté la radio au lieu de l’entendre.</p>",
            ),
        ],
        "image": None,
        "featured": False,
    },
    {
        "slug": "mon-premier-contrat",
        "title": "Mon premier contrat",
        "teaser": "Quarante transparents préparés pour une coopérative laitière de la Bresse. Le "
        "directeur en regarde trois, puis m’invite dans le camion-citerne à cinq heures.",
        "year": 1988,
        "decade": 1980,
        "circa": False,
        "themes": ["clients-et-partenaires"],
        "contributor": "benoit-caron",
        "place": "Bresse",
        "pull_quote": "J’y suis allé, en costume. J’ai fini en bottes prêtées.",
        "body": [
            (
                "paragraph",
                "<p>J’ai été embauché comme ingénieur commercial en février 1988, en pleine digestion de la fusion. Mon chef m’a donné une liste de vingt prospects et un conseil : commence par les petits, tu apprendras à perdre sans que ça coûte cher. Le premier sur la liste était une coopérative agricole de la Bresse, qui voulait informatiser la collecte du lait.</p>",
            ),
            (
                "paragraph",
                "<p>J’ai préparé une présentation de quarante transparents. Le directeur de la coopérative m’a reçu dans son bureau, entre un calendrier de tracteurs et un trophée de concours agricole. Il a écouté trois transparents, puis m’a demandé de venir voir la collecte, le lendemain, à cinq heures du matin, dans le camion-citerne. J’y suis allé, en costume. J’ai fini en bottes prêtées.</p>",
            ),
            (
                "quote",
                {
                    "text": "Jeune homme, on ne vous achète pas votre ordinateur. On vous l’achète parce que vous êtes monté dans le camion.",
                    "attribution": "Le directeur de la coopérative, en signant le contrat",
                },
            ),
            (
                "paragraph",
                "<p>J’ai signé le contrat une semaine plus tard. Pendant quatorze ans, j’ai toujours commencé par demander à voir le travail de mes clients, sur place, avant de leur parler du nôtre. J’ai toujours une paire de bottes dans le coffre.</p>",
            ),
        ],
        "image": {
            "scene": "office",
            "alt": "Photographie aux couleurs passées : un bureau avec des tables équipées "
            "d’écrans devant de larges fenêtres",
            "caption": "Le service commercial de Vaise à la fin des années 1980.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "le-dejeuner-de-la-reconciliation",
        "title": "Le déjeuner de la réconciliation",
        "teaser": "Un an après la fusion, deux équipes qui ne se parlent que par notes de "
        "service. Une cheffe de projet organise un repas avec plan de table.",
        "year": 1988,
        "decade": 1980,
        "circa": True,
        "themes": ["a-table", "tournants"],
        "contributor": "sylvie-garnier",
        "place": "Lyon, Vaise",
        "pull_quote": "On se bat depuis un an sur des méthodes de programmation, et on découvre "
        "qu’on a la même recette de gratin.",
        "body": [
            (
                "paragraph",
                "<p>Un an après la fusion, vers l’automne 1988, l’ambiance entre les anciens de Ferrandier et ceux de Sodexel restait glaciale. Dans mon service, on avait deux équipes qui faisaient le même travail, dans deux bureaux différents, et qui ne se parlaient que par notes de service. J’étais cheffe de projet ; j’étais surtout fatiguée.</p>",
            ),
            (
                "paragraph",
                "<p>Alors j’ai organisé un déjeuner. Pas au self : un vrai repas, dans la salle de réunion, où chacun devait apporter un plat de sa région ou de sa famille. Il y a eu des quenelles, un couscous, des nems, une tarte aux pralines, une soupe au pistou. Et surtout, chacun devait s’asseoir à côté de quelqu’un de l’autre maison. J’avais fait un plan de table, comme pour un mariage.</p>",
            ),
            (
                "quote",
                {
                    "text": "On se bat depuis un an sur des méthodes de programmation, et on découvre qu’on a la même recette de gratin.",
                    "attribution": "Un ancien de Sodexel, au dessert",
                },
            ),
            (
                "paragraph",
                "<p>Ça n’a pas tout réglé. Mais le lundi suivant, pour la première fois, les deux équipes ont fait une réunion ensemble. Et on a recommencé le déjeuner chaque année, jusqu’à mon départ, en 2020.</p>",
            ),
        ],
        "image": {
            "scene": "celebration",
            "alt": "Photographie aux couleurs passées : des guirlandes de fanions au-dessus "
            "d’une longue table entourée de convives",
            "caption": "Le premier déjeuner commun des équipes, automne 1988.",
            "credit": "Collection personnelle de Sylvie Garnier",
        },
        "featured": False,
    },
    {
        "slug": "mes-filles-ingenieures",
        "title": "Mes filles ingénieures",
        "teaser": "Dans les années 1980, les jeunes ingénieures arrivent en nombre. Une ancienne "
        "les invite à déjeuner, une par une, le premier mois.",
        "year": None,
        "decade": 1980,
        "circa": False,
        "themes": ["femmes-et-metiers", "transmission"],
        "contributor": "simone-arnaud",
        "place": "Lyon, Vaise",
        "pull_quote": "Vous n’êtes pas là parce qu’on vous a fait une place. Vous êtes là parce "
        "que vous êtes bonnes.",
        "body": [
            (
                "paragraph",
                "<p>Dans les années 1980, les jeunes ingénieures ont commencé à arriver en nombre. Elles sortaient des écoles avec des diplômes meilleurs que les miens et l’assurance que j’aurais aimé avoir à leur âge. Mais elles rencontraient encore les mêmes réflexions, les mêmes réunions où on leur demandait de prendre des notes, les mêmes collègues qui leur expliquaient leur propre travail.</p>",
            ),
            (
                "paragraph",
                "<p>J’ai pris l’habitude de les inviter à déjeuner, une par une, le premier mois. Je ne leur donnais pas de conseils techniques : elles n’en avaient pas besoin. Je leur racontais mes histoires, le prototype grillé de 1957, la souris de la salle machine, les toilettes à deux étages. Elles riaient, et je crois que ça les aidait à ne pas se sentir folles quand ça leur arrivait à elles.</p>",
            ),
            (
                "quote",
                {
                    "text": "Vous n’êtes pas là parce qu’on vous a fait une place. Vous êtes là parce que vous êtes bonnes. Ne laissez personne confondre les deux.",
                    "attribution": "Ce que je disais à chacune, au café",
                },
            ),
            (
                "paragraph",
                "<p>Plusieurs de ces jeunes femmes sont devenues cheffes de service, directrices, l’une même présidente d’une grande école. Elles m’envoient une carte chaque année. Je les appelle toujours « mes filles », et elles me laissent faire.</p>",
            ),
        ],
        "image": {
            "scene": "portrait",
            "alt": "Photographie aux couleurs passées : portrait en buste d’une femme sur un "
            "fond de studio",
            "caption": "Simone Arnaud au milieu des années 1980.",
            "credit": "Collection personnelle de Simone Arnaud",
        },
        "featured": False,
    },
    {
        "slug": "la-conference-de-presse-de-la-fusion",
        "title": "La conférence de presse de la fusion",
        "teaser": "Deux directeurs généraux qui entrent ensemble, souriants : le journaliste "
        "comprend avant qu’ils parlent. Puis il pose la question des emplois.",
        "year": 1987,
        "decade": 1980,
        "circa": False,
        "themes": ["tournants"],
        "contributor": "paul-henri-lefort",
        "place": "Lyon",
        "pull_quote": "Je savais qu’elles se détestaient cordialement.",
        "body": [
            (
                "paragraph",
                "<p>En septembre 1987, j’ai été convoqué avec une dizaine de confrères à une conférence de presse commune de Ferrandier et de Sodexel, dans un grand hôtel de Lyon. Je couvrais les deux maisons depuis vingt ans. Je savais qu’elles se détestaient cordialement. Quand j’ai vu les deux directeurs généraux entrer ensemble, souriants, j’ai compris avant même qu’ils parlent.</p>",
            ),
            (
                "paragraph",
                "<p>La conférence a duré quarante minutes. Des chiffres, des synergies, des perspectives. Puis, au moment des questions, j’ai demandé combien de postes seraient supprimés. Le directeur de Sodexel a répondu par une phrase de communicant. Celui de Ferrandier a hésité, a regardé ses notes, puis les a posées et a donné un vrai chiffre, avec un vrai calendrier. Je l’ai publié le lendemain, en une.</p>",
            ),
            (
                "quote",
                {
                    "text": "Vous l’écrirez de toute façon, monsieur Lefort. Autant que ce soit juste.",
                    "attribution": "Le directeur général de Ferrandier, septembre 1987",
                },
            ),
            (
                "paragraph",
                "<p>Ce chiffre s’est révélé exact, à dix postes près, ce qui est rare. J’ai souvent repensé à ce moment : une entreprise qui dit la vérité à un journaliste le jour où elle change de vie, ce n’est pas si courant.</p>",
            ),
        ],
        "image": {
            "scene": "street",
            "alt": "Photographie aux couleurs passées : une rue bordée d’immeubles, une voiture "
            "garée le long du trottoir",
            "caption": "Devant l’hôtel de la conférence de presse, septembre 1987.",
            "credit": "Photo : Paul-Henri Lefort",
        },
        "featured": False,
    },
]
