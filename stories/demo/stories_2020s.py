"""Demo stories of the 2020s: lockdown and remote work, the cloud, AI and the Vaise workshop reborn."""

# Each paragraph stays on one line: prose is easier to edit and review unwrapped.
# ruff: noqa: E501

STORIES_2020S: list[dict] = [
    {
        "slug": "le-16-mars-2020",
        "title": "Le 16 mars 2020",
        "teaser": "Mille quatre cents personnes à mettre en télétravail en une nuit, un vieux "
        "plan de 2009 avec sa tache de café, et treize collègues à retrouver.",
        "year": 2020,
        "decade": 2020,
        "circa": False,
        "themes": ["epreuves", "solidarite", "numerique"],
        "contributor": "fatou-diallo",
        "place": "Lyon, Vaise",
        "pull_quote": "Je ne savais pas que nous reviendrions si tard, et si différents.",
        "body": [
            (
                "paragraph",
                "<p>Le lundi 16 mars 2020, à dix-sept heures, nous avons réuni tous les managers dans la grande salle de Vaise, à deux mètres les uns des autres, pour annoncer que le lendemain, tout le monde travaillerait de chez soi. Mille quatre cents personnes, en une nuit. Nous avions le vieux plan de Sylvie Garnier, écrit en 2009, avec sa tache de café. Nous l’avons suivi à la lettre, ou presque.</p>",
            ),
            (
                "paragraph",
                "<p>Cette nuit-là, les équipes informatiques ont configuré trois cents ordinateurs portables. Les techniciens de Grenoble ont livré eux-mêmes des écrans chez les collègues qui n’en avaient pas. Une assistante a appelé un par un les salariés qui vivaient seuls, pour s’assurer qu’ils allaient bien. Et le mardi matin, à neuf heures, mille trois cent quatre-vingt-sept personnes se sont connectées.</p>",
            ),
            (
                "quote",
                {
                    "text": "Il en manque treize. Je les appelle. Personne ne reste en dehors.",
                    "attribution": "Une assistante des ressources humaines, mardi 17 mars 2020, 9 h 05",
                },
            ),
            (
                "paragraph",
                "<p>Les treize avaient des problèmes de connexion, de matériel, ou tout simplement des enfants qui occupaient l’ordinateur familial. À midi, ils étaient tous en ligne. En rangeant mon bureau, le soir du 16, j’avais regardé le plateau vide, les chaises poussées, les plantes qu’on n’arroserait plus. Je ne savais pas que nous reviendrions si tard, et si différents.</p>",
            ),
        ],
        "image": {
            "scene": "office",
            "alt": "Photographie en couleur : un plateau de bureaux lumineux aux grandes "
            "fenêtres, des postes de travail alignés",
            "caption": "Le plateau de Vaise, le 16 mars 2020 au soir.",
            "credit": "Photo : Fatou Diallo",
        },
        "featured": True,
    },
    {
        "slug": "des-visieres-imprimees-en-3d",
        "title": "Des visières imprimées en 3D",
        "teaser": "Fin mars 2020, l’hôpital manque de visières. À l’usine déserte, trois "
        "imprimantes 3D qui servaient aux pièces de rechange se mettent au travail.",
        "year": 2020,
        "decade": 2020,
        "circa": False,
        "themes": ["solidarite", "innovation"],
        "contributor": "antoine-roche",
        "place": "Grenoble, usine",
        "pull_quote": "La première visière a mis trois heures à sortir. Elle était tordue. La "
        "vingtième était parfaite.",
        "body": [
            (
                "paragraph",
                "<p>Fin mars 2020, l’hôpital de Grenoble manquait de visières de protection. Un soir, une infirmière, la sœur d’un collègue, a posté un message désespéré. À l’usine, nous avions trois imprimantes 3D qui servaient à fabriquer des pièces de rechange pour les machines. J’ai appelé mon chef à vingt-deux heures. Il m’a dit : vas-y. Le lendemain matin, j’étais seul dans l’usine déserte, avec une attestation de déplacement et un fichier téléchargé sur Internet.</p>",
            ),
            (
                "paragraph",
                "<p>La première visière a mis trois heures à sortir. Elle était tordue. La vingtième était parfaite. En une semaine, avec deux collègues volontaires et les imprimantes de trois écoles du quartier, nous en avons produit huit cents. Je dormais peu, je mangeais des sandwichs devant les machines, et j’écoutais la radio, comme les câbleuses de Vaise dont Rosa m’avait parlé.</p>",
            ),
            (
                "quote",
                {
                    "text": "Ce sont les plus belles pièces que l’usine ait jamais fabriquées, et il n’y a même pas de plan.",
                    "attribution": "Thierry Lambert, ancien directeur technique, par message",
                },
            ),
            (
                "paragraph",
                "<p>Les soignants nous ont envoyé une photo : douze personnes masquées, avec nos visières, qui faisaient un signe de la main. Elle est punaisée au-dessus de la première imprimante. Je ne l’enlèverai jamais.</p>",
            ),
        ],
        "image": {
            "scene": "workshop",
            "alt": "Photographie en couleur : un atelier clair sous une verrière, des machines "
            "alignées",
            "caption": "L’atelier de maintenance de Grenoble, transformé en fabrique de "
            "visières, avril 2020.",
            "credit": "Photo : Antoine Roche",
        },
        "featured": False,
    },
    {
        "slug": "l-ia-et-les-cartes-perforees",
        "title": "L’IA et les cartes perforées",
        "teaser": "Quarante mille cartes perforées que plus aucune machine ne sait lire. Un "
        "modèle d’intelligence artificielle, et une experte de quatre-vingt-onze ans.",
        "year": 2023,
        "decade": 2020,
        "circa": False,
        "themes": ["innovation", "numerique", "transmission"],
        "contributor": "amandine-leroy",
        "place": "Lyon, Vaise",
        "pull_quote": "Votre machine lit les trous. Moi, je lis ce qu’il y a derrière. Ce sont "
        "des gens, vous savez.",
        "body": [
            (
                "paragraph",
                "<p>En 2023, Amélie Bourgeois, l’archiviste, est venue me voir avec un problème : quarante mille cartes perforées des années 1940 à 1960, retrouvées dans le grenier, que personne ne savait plus lire. Aucune machine en service ne pouvait les décoder. Elle voulait savoir si l’intelligence artificielle pouvait faire quelque chose. J’ai dit oui trop vite, comme souvent.</p>",
            ),
            (
                "paragraph",
                "<p>Nous avons photographié les cartes une par une, avec un scanner à plat et beaucoup de patience. J’ai entraîné un modèle à repérer les trous et à les traduire en chiffres et en lettres. Le plus dur n’était pas technique : il fallait comprendre ce que les cartes voulaient dire. Pour ça, il n’y avait qu’une personne. Odette Lacroix, quatre-vingt-onze ans, a passé trois après-midi avec nous, à expliquer les codes de l’atelier mécanographique.</p>",
            ),
            (
                "quote",
                {
                    "text": "Votre machine lit les trous. Moi, je lis ce qu’il y a derrière. Ce sont des gens, vous savez.",
                    "attribution": "Odette Lacroix, ancienne cheffe de l’atelier mécanographique",
                },
            ),
            (
                "paragraph",
                "<p>Les cartes contenaient les fiches de paie de plusieurs centaines d’ouvriers. Parmi elles, nous avons retrouvé celle d’un magasinier, la toute première carte perforée par Odette, en mars 1949. Elle l’a reconnue avant même que le modèle ait fini de la lire.</p>",
            ),
        ],
        "image": {
            "scene": "computer",
            "alt": "Photographie en couleur : un grand écran plat sur un bureau, affichant une "
            "mosaïque de fenêtres",
            "caption": "Le décodage des cartes perforées par l’équipe données, 2023.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "ma-derniere-journee-en-visio",
        "title": "Ma dernière journée, en visio",
        "teaser": "Un départ en retraite en plein confinement, dans sa cuisine, en chaussons. À "
        "seize heures, un lien, et une mosaïque de cent vingt visages.",
        "year": 2020,
        "decade": 2020,
        "circa": False,
        "themes": ["fetes-et-loisirs", "epreuves"],
        "contributor": "sylvie-garnier",
        "place": "",
        "pull_quote": "Personne n’a eu à faire le voyage, et tout le monde est venu.",
        "body": [
            (
                "paragraph",
                "<p>Je devais partir à la retraite le 30 avril 2020, avec un pot à la cantine de Vaise, un discours et le déjeuner annuel de réconciliation que j’organisais depuis 1988. Le confinement a tout balayé. Mon dernier jour de travail, je l’ai passé dans ma cuisine, devant un ordinateur portable, en chaussons.</p>",
            ),
            (
                "paragraph",
                "<p>À seize heures, on m’a envoyé un lien. En cliquant, je suis tombée sur une mosaïque de cent vingt visages. Il y avait mes collègues, bien sûr, mais aussi des gens que je n’avais pas vus depuis des années : Karim, que j’avais vu arriver en 1996, des anciens de Sodexel, Chloé, que j’avais accompagnée à ses débuts, et même Gérard Fontaine, quatre-vingt-deux ans, qui ne savait pas couper son micro et commentait tout à voix haute.</p>",
            ),
            (
                "quote",
                {
                    "text": "Sylvie, on ne t’entend pas. Ah si. Ah non. Bon, de toute façon, on sait ce que tu vas dire : vérifiez les dates.",
                    "attribution": "Gérard Fontaine, pendant mon pot de départ en visio",
                },
            ),
            (
                "paragraph",
                "<p>Chacun avait préparé un plat de sa région, comme au premier déjeuner de 1988, et le montrait à la caméra. On a trinqué avec nos écrans. Ce n’était pas le départ que j’avais imaginé. C’était peut-être mieux : personne n’a eu à faire le voyage, et tout le monde est venu.</p>",
            ),
        ],
        "image": {
            "scene": "computer",
            "alt": "Photographie en couleur : un écran plat affichant une mosaïque de petites "
            "fenêtres, comme une visioconférence",
            "caption": "Le pot de départ de Sylvie Garnier, en visioconférence, avril 2020.",
            "credit": "Collection personnelle de Sylvie Garnier",
        },
        "featured": False,
    },
    {
        "slug": "retour-au-bureau-mais-pas-tout-a-fait",
        "title": "Retour au bureau, mais pas tout à fait",
        "teaser": "Embauché sans avoir remis les pieds au bureau, je connaissais mes collègues "
        "en petits carrés. Le premier mardi, j’ai découvert qu’ils avaient des jambes.",
        "year": 2022,
        "decade": 2020,
        "circa": False,
        "themes": ["vie-a-l-usine", "numerique"],
        "contributor": "lucas-ferreira",
        "place": "Lyon, Vaise",
        "pull_quote": "Je savais qui avait un chat, qui avait une bibliothèque derrière lui, qui "
        "coupait toujours sa caméra.",
        "body": [
            (
                "paragraph",
                "<p>J’ai été embauché en 2021 sans avoir remis les pieds au bureau depuis mars 2020. Mes collègues, je les connaissais en petits carrés. Je savais qui avait un chat, qui avait une bibliothèque derrière lui, qui coupait toujours sa caméra. Je ne savais pas qui était grand, qui parlait fort, qui riait en se tenant le ventre.</p>",
            ),
            (
                "paragraph",
                "<p>Le retour au bureau, en 2022, s’est fait deux jours par semaine. Le premier mardi, j’ai mis cinq minutes à reconnaître mon chef d’équipe, qui était beaucoup plus petit que je l’imaginais. Une collègue avec qui j’échangeais des centaines de messages par semaine est passée à côté de moi sans me voir. À midi, nous sommes allés à la cantine ensemble, et nous avons parlé pendant deux heures, de tout sauf de travail.</p>",
            ),
            (
                "quote",
                {
                    "text": "C’est fou, tu as des jambes. Je pensais que tu étais juste une tête et une bibliothèque.",
                    "attribution": "Une collègue, le premier jour du retour",
                },
            ),
            (
                "paragraph",
                "<p>Aujourd’hui, on travaille deux ou trois jours sur place, le reste chez soi. Ça marche bien. Mais je crois que le meilleur moment de la semaine reste le déjeuner du mardi, où l’on vérifie que tout le monde a bien des jambes.</p>",
            ),
        ],
        "image": {
            "scene": "office",
            "alt": "Photographie en couleur : un plateau de bureaux lumineux, des collègues "
            "assis à des postes équipés d’écrans plats",
            "caption": "Le plateau de développement de Vaise, au retour au bureau en 2022.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "trente-ans-et-le-cloud",
        "title": "Trente ans, et le cloud",
        "teaser": "Troisième grand projet ensemble après 1994 et 2007. Cette fois, le chef de "
        "projet a relu les rapports des précédents, jusqu’à l’histoire des accents.",
        "year": 2021,
        "decade": 2020,
        "circa": False,
        "themes": ["clients-et-partenaires", "numerique"],
        "contributor": "helene-vasseur",
        "place": "",
        "pull_quote": "Il connaissait l’histoire des accents de Pâques.",
        "body": [
            (
                "paragraph",
                "<p>En 2021, notre mutuelle a migré tout son système d’information vers le cloud, avec la maison. C’était notre troisième grand projet ensemble, après 1994 et 2007. J’avais cinquante-trois ans, je n’étais plus la jeune responsable informatique qui avait insisté auprès de son conseil d’administration. J’étais celle qui devait rassurer le sien.</p>",
            ),
            (
                "paragraph",
                "<p>Ce qui m’a le plus frappée, c’est que l’équipe de la maison avait gardé toute la mémoire de nos projets précédents. Le chef de projet avait relu les rapports de 1994 et de 2007. Il connaissait l’histoire des accents de Pâques. Il avait même prévu, dans son plan de test, une liste de mille noms d’adhérents avec tous les caractères spéciaux possibles, de Hélène à Çağla en passant par Zoë.</p>",
            ),
            (
                "quote",
                {
                    "text": "Madame Vasseur, je me suis dit que vous n’aviez pas envie de redevenir H-point d’interrogation-lène.",
                    "attribution": "Le chef de projet de la maison, réunion de lancement, 2021",
                },
            ),
            (
                "paragraph",
                "<p>La migration s’est faite sans incident. Après trente ans, je ne dirais pas que nous sommes un client et un fournisseur. Nous sommes deux maisons qui se connaissent bien, et qui se le disent quand quelque chose ne va pas.</p>",
            ),
        ],
        "image": None,
        "featured": False,
    },
    {
        "slug": "notre-atelier-dans-les-murs-de-vaise",
        "title": "Notre atelier dans les murs de Vaise",
        "teaser": "L’ancien atelier de câblage accueille de jeunes entreprises. Le jour de "
        "l’inauguration, une dame s’arrête longtemps devant la troisième fenêtre.",
        "year": 2024,
        "decade": 2020,
        "circa": False,
        "themes": ["lieux", "innovation"],
        "contributor": "elodie-carpentier",
        "place": "Lyon, ancien atelier de Vaise",
        "pull_quote": "Chaque fois que je doute, je la regarde.",
        "body": [
            (
                "paragraph",
                "<p>En 2024, la maison a décidé de transformer l’ancien atelier de câblage de Vaise, vide depuis 1997, en lieu d’accueil pour de jeunes entreprises. Nous avons été parmi les premiers à emménager. Onze personnes aujourd’hui, dans un plateau de briques et de verrières, avec des poutres en fer qui portent encore les crochets des anciennes transmissions.</p>",
            ),
            (
                "paragraph",
                "<p>Le jour de l’inauguration, une dame âgée s’est arrêtée longtemps devant la troisième fenêtre du premier étage. C’était Rosa Martins. Elle m’a expliqué que c’était son poste, pendant trente-cinq ans. Elle m’a montré l’endroit où était la radio, celui où l’on rangeait les fers à souder, et une petite marque sur le rebord de la fenêtre, qu’elle avait faite en 1962, le premier jour, avec la pointe de son fer.</p>",
            ),
            (
                "quote",
                {
                    "text": "Je suis contente que ce soit vous. Ici, on a toujours fabriqué des choses qui servent.",
                    "attribution": "Rosa Martins, le jour de l’inauguration",
                },
            ),
            (
                "paragraph",
                "<p>Nous avons mis mon bureau à côté de la fenêtre. J’ai laissé la marque. Chaque fois que je doute, je la regarde.</p>",
            ),
        ],
        "image": {
            "scene": "factory",
            "alt": "Photographie en couleur : un bâtiment industriel aux toits en dents de scie "
            "sous un ciel bleu, des collines à l’horizon",
            "caption": "L’ancien atelier de câblage de Vaise, devenu lieu d’accueil de jeunes "
            "entreprises, 2024.",
            "credit": "Collection personnelle d’Élodie Carpentier",
        },
        "featured": False,
    },
    {
        "slug": "la-grand-mere-qui-aimait-lire",
        "title": "La grand-mère qui aimait lire",
        "teaser": "Le jour où nous publions nos données en open data, un lycéen nous écrit : il "
        "a fait une application en un week-end et demande si c’est autorisé.",
        "year": 2025,
        "decade": 2020,
        "circa": False,
        "themes": ["clients-et-partenaires", "numerique"],
        "contributor": "sophie-delmas",
        "place": "",
        "pull_quote": "Il l’avait faite en un week-end. Il voulait savoir si c’était autorisé.",
        "body": [
            (
                "paragraph",
                "<p>En 2025, nous avons décidé de publier en données ouvertes les horaires, l’accessibilité et la fréquentation de tous nos équipements publics : piscines, bibliothèques, mairies annexes. Avec la maison, nous avons construit le portail en six mois. Techniquement, ce n’était pas le plus difficile. Le plus difficile, c’était de convaincre nos propres services que leurs données pouvaient intéresser quelqu’un.</p>",
            ),
            (
                "paragraph",
                "<p>Le jour du lancement, un lycéen de la ville a écrit à notre service. Il avait utilisé nos données pour construire une petite application qui indiquait aux personnes en fauteuil roulant quelles bibliothèques étaient accessibles, et à quelle heure elles étaient le moins fréquentées. Il l’avait faite en un week-end. Il voulait savoir si c’était autorisé.</p>",
            ),
            (
                "quote",
                {
                    "text": "Madame, est-ce que j’ai le droit ? C’est pour ma grand-mère, elle adore lire mais elle déteste la foule.",
                    "attribution": "Message d’un lycéen au service numérique, 2025",
                },
            ),
            (
                "paragraph",
                "<p>Nous lui avons répondu que c’était exactement pour ça que nous avions publié ces données. L’équipe de la maison l’a invité à présenter son application à Vaise, devant une salle pleine. Sa grand-mère était au premier rang. Elle est partie avant la fin : il y avait trop de monde.</p>",
            ),
        ],
        "image": {
            "scene": "street",
            "alt": "Photographie en couleur : une rue bordée d’immeubles, une voiture garée le "
            "long du trottoir",
            "caption": "Une rue de la ville, près d’une des bibliothèques du portail, 2025.",
            "credit": "Collection personnelle de Sophie Delmas",
        },
        "featured": False,
    },
    {
        "slug": "trente-ans-de-maison",
        "title": "Trente ans de maison",
        "teaser": "Du Cobol de 1974 aux développeurs qui codent avec une intelligence "
        "artificielle : ce qui a changé, et la seule chose qui n’a pas changé.",
        "year": 2026,
        "decade": 2020,
        "circa": False,
        "themes": ["transmission", "tournants"],
        "contributor": "karim-mansouri",
        "place": "Lyon, Vaise",
        "pull_quote": "L’idée qu’un travail bien fait se reconnaît, même quand personne ne le "
        "regarde.",
        "body": [
            (
                "paragraph",
                "<p>En septembre 2026, j’ai fêté mes trente ans de maison. Quand je suis arrivé, on m’a assis à côté de Gérard Fontaine, qui corrigeait des programmes de 1974. Aujourd’hui, j’encadre des développeurs qui écrivent du code avec l’aide d’une intelligence artificielle, et qui n’ont jamais vu un terminal à écran vert. Entre les deux, j’ai vu passer le Cobol, Internet, le téléphone dans la poche, le cloud, le télétravail.</p>",
            ),
            (
                "paragraph",
                "<p>On me demande souvent ce qui a changé. Presque tout. Les outils, les clients, les bureaux, la façon de travailler. On me demande moins souvent ce qui n’a pas changé. Je crois que c’est la même chose que dans l’atelier d’Auguste en 1914 : le soin. L’idée qu’un travail bien fait se reconnaît, même quand personne ne le regarde. Les initiales gravées à l’intérieur du carter du modèle 37.</p>",
            ),
            (
                "quote",
                {
                    "text": "Le code, petit, c’est comme une lettre à quelqu’un que tu ne connais pas encore. Écris lisiblement.",
                    "attribution": "Gérard Fontaine, en 1996, et moi, à chaque nouvel arrivant depuis",
                },
            ),
            (
                "paragraph",
                "<p>Gérard est mort l’an dernier. À son enterrement, il y avait des retraités, des jeunes développeurs, et une vieille imprimante à aiguilles que quelqu’un avait apportée, on ne sait pas pourquoi. Je crois qu’il aurait ri.</p>",
            ),
        ],
        "image": {
            "scene": "portrait",
            "alt": "Photographie en couleur : portrait en buste d’un homme sur un fond de studio",
            "caption": "Karim Mansouri, architecte logiciel, 2026.",
            "credit": "Collection personnelle de Karim Mansouri",
        },
        "featured": False,
    },
    {
        "slug": "l-archive-vivante",
        "title": "L’archive vivante",
        "teaser": "Comment est née la grande collecte de témoignages qui nourrit ce site : trois "
        "classeurs, une idée de hackathon et des cartes perforées qui parlent.",
        "year": 2024,
        "decade": 2020,
        "circa": False,
        "themes": ["transmission", "numerique"],
        "contributor": "amelie-bourgeois",
        "place": "Lyon, Vaise",
        "pull_quote": "Chaque récit en appelait un autre, et les mêmes noms revenaient, d’une "
        "décennie à l’autre.",
        "body": [
            (
                "paragraph",
                "<p>En 2024, j’ai proposé à la direction de lancer une grande collecte de témoignages pour raconter la maison par ceux qui l’ont vécue. Pas une histoire officielle, avec des dates et des organigrammes : des souvenirs, des anecdotes, des photos de famille. J’avais les trois classeurs d’Isabelle Rey, l’idée de l’équipe du hackathon de 2017, et les cartes perforées qu’Amandine venait de faire parler.</p>",
            ),
            (
                "paragraph",
                "<p>Les premières semaines, je recevais deux ou trois récits par jour. Puis le bouche-à-oreille a fonctionné. Des retraités ont appris à envoyer des photos depuis leur téléphone, aidés par leurs petits-enfants. Des familles ont retrouvé des lettres. Colette Ferrandier m’a apporté l’album de sa grand-mère. Des clients, des fournisseurs, un journaliste à la retraite ont écrit aussi. Chaque récit en appelait un autre, et les mêmes noms revenaient, d’une décennie à l’autre.</p>",
            ),
            (
                "quote",
                {
                    "text": "C’est drôle, ce que vous faites. Vous ne racontez pas l’histoire de l’entreprise. Vous racontez l’histoire des gens, et l’entreprise apparaît au milieu.",
                    "attribution": "Claire Besson, historienne",
                },
            ),
            (
                "paragraph",
                "<p>Ce site en est le résultat. Il n’est pas fini, et il ne le sera jamais : chaque semaine, quelqu’un retrouve une photo dans un tiroir. Si c’est votre cas, écrivez-nous.</p>",
            ),
        ],
        "image": {
            "scene": "team",
            "alt": "Photographie en couleur : un groupe de personnes posant sur deux rangs "
            "devant un mur",
            "caption": "Quelques contributeurs de la collecte réunis à Vaise, 2024.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
]
