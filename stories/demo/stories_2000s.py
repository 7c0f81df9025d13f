"""Demo stories of the 2000s: the turn to software and services, servers and a first crisis."""

# Each paragraph stays on one line: prose is easier to edit and review unwrapped.
# ruff: noqa: E501

STORIES_2000S: list[dict] = [
    {
        "slug": "du-materiel-au-logiciel",
        "title": "Du matériel au logiciel",
        "teaser": "En 2002, la maison décide de ne plus fabriquer de machines. Le plus dur n’est "
        "pas de convaincre le conseil, c’est d’expliquer aux ateliers.",
        "year": 2002,
        "decade": 2000,
        "circa": False,
        "themes": ["tournants", "numerique"],
        "contributor": "thierry-lambert",
        "place": "Grenoble, usine",
        "pull_quote": "Le métier de la maison n’avait jamais été de fabriquer des objets. C’était "
        "de rendre le calcul utile aux gens.",
        "body": [
            (
                "paragraph",
                "<p>En 2002, j’ai présenté au conseil d’administration le plan qui allait faire de nous une entreprise de logiciel. La maison fabriquait encore des terminaux, des lecteurs et des serveurs à Grenoble, mais chaque année nous perdions de l’argent sur le matériel et nous en gagnions sur les programmes et les services. Les chiffres étaient clairs. Le plus dur était ailleurs : il fallait dire à des gens qui avaient toujours fabriqué des objets que leur métier allait changer.</p>",
            ),
            (
                "paragraph",
                "<p>J’ai fait le tour des ateliers de Grenoble, un par un, pour l’expliquer moi-même. Dans l’atelier d’assemblage, un technicien m’a demandé ce qu’on allait faire de ses mains, si on ne fabriquait plus rien. Je n’avais pas de réponse toute faite. Je lui ai dit la vérité : que je ne savais pas encore, mais que personne ne serait laissé au bord de la route sans qu’on ait essayé.</p>",
            ),
            (
                "quote",
                {
                    "text": "Monsieur Lambert, on a fabriqué des fusées, des caisses, des tabulatrices et des ordinateurs. On saura bien fabriquer du logiciel.",
                    "attribution": "Un technicien de l’atelier d’assemblage, Grenoble, 2002",
                },
            ),
            (
                "paragraph",
                "<p>Il est devenu testeur, puis responsable qualité logicielle. En le regardant, j’ai compris que le métier de la maison n’avait jamais été de fabriquer des objets. C’était de rendre le calcul utile aux gens.</p>",
            ),
        ],
        "image": {
            "scene": "office",
            "alt": "Photographie en couleur : un bureau clair aux larges fenêtres, des postes "
            "de travail équipés d’écrans",
            "caption": "Les bureaux de Grenoble en 2002.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "la-salle-serveurs-et-le-lit-de-camp",
        "title": "La salle serveurs et le lit de camp",
        "teaser": "Trois cents serveurs, une climatisation capricieuse et, derrière la dernière "
        "baie, un lit de camp dont personne ne m’a expliqué l’usage.",
        "year": 2004,
        "decade": 2000,
        "circa": False,
        "themes": ["numerique", "vie-a-l-usine"],
        "contributor": "julien-baptiste",
        "place": "Grenoble, salle serveurs",
        "pull_quote": "Si tu lis ça, c’est que ça va mal. Respire, fais un café, et suis les "
        "étapes dans l’ordre. Ça va marcher.",
        "body": [
            (
                "paragraph",
                "<p>Je suis entré en 2004 comme administrateur système, à Grenoble, et on m’a confié la salle serveurs : trois cents machines dans des baies métalliques, des kilomètres de câbles, une climatisation capricieuse et des diodes qui clignotaient jour et nuit. Dans un coin, derrière la dernière baie, il y avait un lit de camp. Personne ne m’a expliqué pourquoi. J’ai compris au bout d’un mois.</p>",
            ),
            (
                "paragraph",
                "<p>La première grosse panne est arrivée un dimanche soir : un disque défectueux sur le serveur qui hébergeait les applications de nos clients. J’ai passé la nuit à reconstruire les données, en suivant une procédure écrite à la main par Nadia Haddad, qui avait fait ce métier avant moi. À cinq heures du matin, tout est reparti. J’ai dormi deux heures sur le lit de camp.</p>",
            ),
            (
                "quote",
                {
                    "text": "Si tu lis ça, c’est que ça va mal. Respire, fais un café, et suis les étapes dans l’ordre. Ça va marcher.",
                    "attribution": "Première ligne de la procédure de Nadia Haddad",
                },
            ),
            (
                "paragraph",
                "<p>Quand nous avons migré nos derniers serveurs vers le cloud, en 2021, j’ai démonté le lit de camp moi-même. Il est dans mon garage. Je ne sais pas quoi en faire, mais je ne peux pas le jeter.</p>",
            ),
        ],
        "image": {
            "scene": "computer",
            "alt": "Photographie en couleur : des baies de serveurs alignées, constellées de "
            "petites diodes lumineuses",
            "caption": "La salle serveurs de Grenoble, au milieu des années 2000.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "recrutee-en-pleine-crise",
        "title": "Recrutée en pleine crise",
        "teaser": "Septembre 2008 : je signe mon contrat de chargée de recrutement. Deux semaines "
        "plus tard, le monde entre en crise. La maison se souvient de 1932.",
        "year": 2008,
        "decade": 2000,
        "circa": False,
        "themes": ["epreuves", "transmission"],
        "contributor": "fatou-diallo",
        "place": "Lyon, Vaise",
        "pull_quote": "En 1932, on a gardé tout le monde. On ne va pas faire moins bien avec un "
        "ordinateur.",
        "body": [
            (
                "paragraph",
                "<p>J’ai signé mon contrat de chargée de recrutement le 2 septembre 2008. Deux semaines plus tard, une grande banque américaine faisait faillite et le monde entier entrait en crise. Le premier mois, j’ai eu trois recrutements annulés. Le deuxième, on m’a demandé de préparer un gel des embauches. Je me suis demandé si j’allais être la dernière arrivée et la première partie.</p>",
            ),
            (
                "paragraph",
                "<p>Ce qui m’a frappée, c’est la façon dont la direction a traversé cette crise. Pas de plan social. Un gel des salaires des cadres supérieurs, la suppression des primes de la direction, et un maintien de l’alternance, contre l’avis de certains financiers. Le directeur général a dit en réunion que la maison avait connu 1932 et qu’elle en avait appris quelque chose.</p>",
            ),
            (
                "quote",
                {
                    "text": "En 1932, on a gardé tout le monde. On ne va pas faire moins bien avec un ordinateur.",
                    "attribution": "Le directeur général, comité de direction, octobre 2008",
                },
            ),
            (
                "paragraph",
                "<p>J’ai passé l’année 2009 à recruter des alternants au lieu de cadres. Plusieurs d’entre eux dirigent aujourd’hui des équipes. Je crois que c’est là que j’ai compris ce que voulait dire le mot « maison ».</p>",
            ),
        ],
        "image": {
            "scene": "office",
            "alt": "Photographie en couleur : un bureau moderne aux grandes fenêtres, des "
            "postes de travail avec écrans plats",
            "caption": "Le service des ressources humaines à Vaise, 2008.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "le-premier-projet-agile",
        "title": "Le premier projet agile",
        "teaser": "Des livraisons toutes les deux semaines et une réunion debout chaque matin "
        "devant un tableau de post-it. Les anciens ricanent, puis un ancien se souvient.",
        "year": 2006,
        "decade": 2000,
        "circa": True,
        "themes": ["innovation", "numerique"],
        "contributor": "karim-mansouri",
        "place": "Lyon, Vaise",
        "pull_quote": "Le premier matin, un chef de projet expérimenté est passé devant notre "
        "tableau et a demandé si on faisait de la décoration.",
        "body": [
            (
                "paragraph",
                "<p>Vers 2006, j’ai convaincu mon chef de tester une nouvelle méthode de travail sur un petit projet. Au lieu de passer six mois à écrire un cahier des charges, puis un an à développer, on livrerait quelque chose toutes les deux semaines, et le client nous dirait ce qui n’allait pas. Tous les matins, l’équipe se réunirait dix minutes, debout, devant un tableau couvert de post-it.</p>",
            ),
            (
                "paragraph",
                "<p>Les anciens ont ricané. Le premier matin, un chef de projet expérimenté est passé devant notre tableau et a demandé si on faisait de la décoration. Au bout de trois mois, pourtant, notre client nous appelait de lui-même pour voir la dernière version, et notre projet était le seul de l’année à être livré à temps. Le chef de projet est repassé devant le tableau, l’a longuement regardé, et a demandé s’il pouvait venir à la réunion du lendemain.</p>",
            ),
            (
                "quote",
                {
                    "text": "Debout, dix minutes, tous les matins ? C’est la réunion de l’atelier de 1950, ton truc. Le contremaître faisait ça devant le tableau noir.",
                    "attribution": "Henri Bellanger, ancien régleur, en visite à Vaise",
                },
            ),
            (
                "paragraph",
                "<p>Il avait raison, évidemment. Rien n’est vraiment nouveau. Mais on avait oublié, et il fallait bien que quelqu’un s’en souvienne.</p>",
            ),
        ],
        "image": {
            "scene": "team",
            "alt": "Photographie en couleur : une équipe posant sur deux rangs devant un mur",
            "caption": "L’équipe du premier projet agile, vers 2006.",
            "credit": "Collection personnelle de Karim Mansouri",
        },
        "featured": False,
    },
    {
        "slug": "trois-developpeuses-sur-quarante",
        "title": "Trois développeuses sur quarante",
        "teaser": "La maison avait eu une ingénieure dès 1957, mais en 2001 le développement "
        "logiciel était devenu un métier d’hommes, sans que personne ne le décide.",
        "year": 2001,
        "decade": 2000,
        "circa": False,
        "themes": ["femmes-et-metiers", "numerique"],
        "contributor": "laure-tessier",
        "place": "Lyon, Vaise",
        "pull_quote": "Je n’ai pas subi de grande injustice, juste mille petites choses.",
        "body": [
            (
                "paragraph",
                "<p>Quand je suis arrivée au service développement en 2001, nous étions trois femmes sur quarante développeurs. La maison avait eu une ingénieure dès 1957, des perforatrices, des câbleuses, des cheffes de service, mais le développement logiciel, lui, était devenu un métier d’hommes en vingt ans, sans que personne ne le décide vraiment.</p>",
            ),
            (
                "paragraph",
                "<p>Je n’ai pas subi de grande injustice, juste mille petites choses. Les clients qui s’adressaient à mon collègue quand c’était moi qui avais écrit le code. Les soirées pizza où l’on parlait de jeux vidéo auxquels je ne jouais pas. Le surnom « la petite », que j’ai eu jusqu’à trente-cinq ans. Et puis, un jour, une rencontre : Simone Arnaud, invitée pour une conférence interne, qui m’a prise à part à la fin.</p>",
            ),
            (
                "quote",
                {
                    "text": "Vous êtes trois sur quarante ? Moi, j’étais seule sur vingt-six. Vous voyez, ça progresse. Lentement, mais ça progresse. Poussez.",
                    "attribution": "Simone Arnaud, 2003",
                },
            ),
            (
                "paragraph",
                "<p>Quand je suis partie en 2015, nous étions onze sur soixante. Pas encore assez. Aujourd’hui, j’enseigne l’informatique au lycée, et j’ai de plus en plus de filles dans mes classes. Je leur parle de Simone.</p>",
            ),
        ],
        "image": {
            "scene": "office",
            "alt": "Photographie en couleur : un bureau clair, des rangées de postes de travail "
            "avec des écrans",
            "caption": "Le service développement de Vaise au début des années 2000.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "le-blog-interne",
        "title": "Le blog interne",
        "teaser": "En 2005, le journal interne imprimé devient un blog. Les articles les plus "
        "commentés sont écrits par des retraités, et une querelle sur le gratin éclate.",
        "year": 2005,
        "decade": 2000,
        "circa": False,
        "themes": ["numerique", "transmission"],
        "contributor": "isabelle-rey",
        "place": "",
        "pull_quote": "Les anciens découvraient que les jeunes avaient de l’humour.",
        "body": [
            (
                "paragraph",
                "<p>En 2005, j’ai remplacé le journal interne imprimé, qui paraissait tous les trimestres depuis 1962, par un blog sur l’intranet. J’avais peur que les anciens ne le lisent pas. Je me trompais : le premier mois, les articles les plus commentés étaient écrits par des retraités, à qui nous avions ouvert un accès, et qui racontaient la maison d’avant.</p>",
            ),
            (
                "paragraph",
                "<p>Il y a eu Henri Bellanger et ses histoires de réglage, Odette Lacroix et ses cartes perforées, Bernard et sa recette de gratin, qui a déclenché une querelle de cent quarante commentaires entre Vaise et Grenoble au sujet du fromage. Les jeunes développeurs découvraient que la maison avait fait autre chose que du logiciel. Les anciens découvraient que les jeunes avaient de l’humour.</p>",
            ),
            (
                "quote",
                {
                    "text": "Je ne savais pas qu’on avait fabriqué des fusées d’obus. Je vais regarder mon code autrement.",
                    "attribution": "Commentaire d’un développeur, 2005",
                },
            ),
            (
                "paragraph",
                "<p>Ce blog a vécu dix ans. Quand j’y repense, je me dis que c’était un brouillon de ce site, avec moins de photos et plus de fautes d’orthographe.</p>",
            ),
        ],
        "image": None,
        "featured": False,
    },
    {
        "slug": "la-migration-du-week-end-de-paques",
        "title": "La migration du week-end de Pâques",
        "teaser": "Quatre jours pour transférer trois cent mille dossiers d’adhérents. Le samedi "
        "soir, tous les « é » deviennent des symboles étranges.",
        "year": 2007,
        "decade": 2000,
        "circa": False,
        "themes": ["clients-et-partenaires", "numerique"],
        "contributor": "helene-vasseur",
        "place": "",
        "pull_quote": "On a des Hélène qui s’appellent H-point d’interrogation-lène. On s’en "
        "occupe, madame, allez dormir.",
        "body": [
            (
                "paragraph",
                "<p>En 2007, notre système de gestion des adhérents, celui de 1994, devait être remplacé par une nouvelle version entièrement réécrite. La migration était prévue pendant le week-end de Pâques : quatre jours pour transférer les dossiers de trois cent mille adhérents, sans que personne ne s’en aperçoive le mardi matin. Le directeur de projet de la maison m’avait promis que tout se passerait bien. Je ne l’avais pas cru.</p>",
            ),
            (
                "paragraph",
                "<p>Le samedi soir, un problème de caractères accentués a transformé tous les « é » de nos adhérents en symboles étranges. Des milliers de Hélène, de Gérard et d’Hervé défigurés. Je l’ai appris par un appel à vingt-trois heures. L’équipe de la maison avait déjà trouvé l’erreur et relancé le transfert. Le dimanche, ils ont tout vérifié à la main, par échantillons, avec mes gestionnaires, venues en renfort avec des œufs en chocolat.</p>",
            ),
            (
                "quote",
                {
                    "text": "On a des Hélène qui s’appellent H-point d’interrogation-lène. On s’en occupe, madame, allez dormir.",
                    "attribution": "Le chef de projet de la maison, samedi soir, 23 h",
                },
            ),
            (
                "paragraph",
                "<p>Le mardi matin, tout fonctionnait. Aucun adhérent ne s’est aperçu de rien. Moi, je n’ai jamais oublié que je m’étais appelée H-point d’interrogation-lène pendant une nuit.</p>",
            ),
        ],
        "image": {
            "scene": "computer",
            "alt": "Photographie en couleur : des baies de serveurs alignées dans une salle, "
            "aux diodes lumineuses",
            "caption": "La salle serveurs pendant la migration, Pâques 2007.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "la-derniere-presse",
        "title": "La dernière presse",
        "teaser": "Soigner des machines condamnées, c’est un drôle de métier. La dernière, une "
        "presse plieuse de 1971, devait partir à la ferraille.",
        "year": None,
        "decade": 2000,
        "circa": False,
        "themes": ["tournants", "transmission"],
        "contributor": "antoine-roche",
        "place": "Grenoble, usine",
        "pull_quote": "C’est un drôle de métier, soigner des machines condamnées.",
        "body": [
            (
                "paragraph",
                "<p>Dans les années 2000, l’usine de Grenoble s’est vidée de ses machines, une par une. On vendait, on démontait, on recyclait. Moi, j’étais technicien de maintenance, et mon travail, c’était de garder en vie celles qui restaient, le temps qu’on les remplace ou qu’on ferme leur ligne. C’est un drôle de métier, soigner des machines condamnées.</p>",
            ),
            (
                "paragraph",
                "<p>La dernière, c’était une presse plieuse de 1971, arrivée avec l’ouverture de l’usine. Elle pliait encore les tôles des derniers boîtiers. Quand la ligne a fermé, on m’a demandé de la démonter pour la vendre à la ferraille. Je n’ai pas pu. J’ai écrit un mail au directeur technique, Thierry Lambert, en lui demandant si on ne pouvait pas la donner à un lycée professionnel. Il m’a répondu en dix minutes : oui.</p>",
            ),
            (
                "quote",
                {
                    "text": "Une machine qui a plié des tôles pendant trente ans peut bien apprendre à plier à des gamins.",
                    "attribution": "Thierry Lambert, réponse à mon mail",
                },
            ),
            (
                "paragraph",
                "<p>Elle est au lycée professionnel de Voiron. J’y suis allé l’an dernier. Un élève de seize ans était en train de la régler, l’oreille collée contre le bâti.</p>",
            ),
        ],
        "image": {
            "scene": "workshop",
            "alt": "Photographie en couleur : un atelier sous une verrière, quelques "
            "machines-outils alignées",
            "caption": "Un atelier de Grenoble dans les années 2000, avant son démontage.",
            "credit": "Photo : Antoine Roche",
        },
        "featured": False,
    },
    {
        "slug": "mon-pot-de-depart",
        "title": "Mon pot de départ",
        "teaser": "J’avais demandé un pot simple, au magasin. À seize heures, le magasin était "
        "vide : tout le monde m’attendait sur le terrain de football.",
        "year": 2004,
        "decade": 2000,
        "circa": False,
        "themes": ["fetes-et-loisirs", "sport"],
        "contributor": "michel-perrin",
        "place": "Lyon, Saint-Rambert",
        "pull_quote": "J’ai marqué un but, de la tête, sur corner, les yeux fermés.",
        "body": [
            (
                "paragraph",
                "<p>Le 30 juin 2004, après trente-huit ans de maison, j’ai pris ma retraite. J’avais demandé un pot simple, au magasin, avec les collègues. Quand je suis arrivé à seize heures, le magasin était vide. On m’a dit qu’il y avait un problème au terrain de football. J’y suis allé en râlant.</p>",
            ),
            (
                "paragraph",
                "<p>Sur le terrain, il y avait tout le monde. Les anciens joueurs de toutes les époques, des années 1960 aux années 2000, certains avec des cannes, d’autres avec leurs petits-enfants. Patrick, le gardien venu de Sodexel, dans ses buts. Et au milieu, le procès-verbal de 1933, encadré, posé sur une chaise. On m’a mis un maillot, on m’a donné le brassard, et on a joué quarante minutes, sans arbitre, sans score, sous les applaudissements des familles.</p>",
            ),
            (
                "quote",
                {
                    "text": "Résultat encourageant.",
                    "attribution": "Mention ajoutée au bas du procès-verbal de 1933, le 30 juin 2004",
                },
            ),
            (
                "paragraph",
                "<p>J’ai marqué un but, de la tête, sur corner, les yeux fermés. Comme mon père, cinquante ans plus tôt. Je ne sais pas si les défenseurs m’ont laissé faire. Je préfère ne pas le savoir.</p>",
            ),
        ],
        "image": {
            "scene": "celebration",
            "alt": "Photographie en couleur : des guirlandes de fanions au-dessus d’un groupe "
            "de personnes réunies autour d’une longue table",
            "caption": "Le pot de départ de Michel Perrin, 30 juin 2004.",
            "credit": "Collection personnelle de Michel Perrin",
        },
        "featured": False,
    },
    {
        "slug": "quand-j-ai-quitte-la-maison",
        "title": "Quand j’ai quitté la maison",
        "teaser": "Annoncer à son directeur qu’on part créer sa société, c’est parfois vider son "
        "bureau sous escorte. Le mien a sorti une vieille photo d’un tiroir.",
        "year": 2002,
        "decade": 2000,
        "circa": False,
        "themes": ["tournants", "clients-et-partenaires"],
        "contributor": "benoit-caron",
        "place": "Lyon, Vaise",
        "pull_quote": "Moi, j’appelle ça une famille qui a de bonnes manières.",
        "body": [
            (
                "paragraph",
                "<p>En 2002, après quatorze ans de maison, j’ai décidé de partir créer mon cabinet de conseil. J’avais quarante ans, une idée, et une peur bleue d’annoncer mon départ à mon directeur. Dans certaines entreprises, quitter la maison pour monter sa propre société, c’est une trahison. On vide son bureau le jour même, sous escorte.</p>",
            ),
            (
                "paragraph",
                "<p>Mon directeur m’a écouté jusqu’au bout. Puis il a sorti d’un tiroir une vieille photo : un représentant de la maison, dans les années 1960, devant une voiture chargée d’une caisse enregistreuse. Il m’a expliqué que cet homme, Yannick Le Goff, avait quitté la maison en 1975 pour ouvrir son commerce, et qu’il était resté pendant trente ans l’un de nos meilleurs ambassadeurs.</p>",
            ),
            (
                "quote",
                {
                    "text": "Pars, Benoît. Mais reviens nous voir. Et si un jour un client a besoin de nous, tu sais où on habite.",
                    "attribution": "Mon directeur, le jour de ma démission",
                },
            ),
            (
                "paragraph",
                "<p>J’ai suivi son conseil. Depuis vingt ans, mon cabinet recommande régulièrement la maison à ses clients, et la maison nous confie des missions. On appelle ça un partenariat. Moi, j’appelle ça une famille qui a de bonnes manières.</p>",
            ),
        ],
        "image": None,
        "featured": False,
    },
    {
        "slug": "le-premier-plan-de-teletravail",
        "title": "Le premier plan de télétravail",
        "teaser": "Automne 2009, épidémie de grippe : un test de travail à distance avec "
        "cinquante volontaires tourne au désastre joyeux. Le rapport dormira onze ans.",
        "year": 2009,
        "decade": 2000,
        "circa": False,
        "themes": ["numerique", "epreuves"],
        "contributor": "sylvie-garnier",
        "place": "Lyon, Vaise",
        "pull_quote": "L’épidémie a été moins grave que prévu, et le rapport a dormi dans un "
        "tiroir pendant onze ans.",
        "body": [
            (
                "paragraph",
                "<p>À l’automne 2009, pendant l’épidémie de grippe, la direction m’a demandé de préparer un plan au cas où la moitié du personnel devrait rester chez soi. À l’époque, le travail à distance, c’était quelques commerciaux avec des ordinateurs portables et une connexion capricieuse. Pour les autres, on n’y avait jamais pensé.</p>",
            ),
            (
                "paragraph",
                "<p>Nous avons fait un test, un vendredi, avec cinquante volontaires. Ce fut un désastre joyeux : le réseau privé virtuel a saturé à neuf heures dix, une collègue a passé la matinée à chercher le bouton d’allumage de son portable, et un chef de service a tenu sa réunion téléphonique depuis sa cuisine pendant que son chien aboyait. Le lundi, j’ai rendu un rapport de quarante pages sur tout ce qui n’allait pas.</p>",
            ),
            (
                "quote",
                {
                    "text": "Madame Garnier, ce rapport est remarquable. Rangez-le bien. On en aura besoin un jour.",
                    "attribution": "Le directeur général, novembre 2009",
                },
            ),
            (
                "paragraph",
                "<p>L’épidémie a été moins grave que prévu, et le rapport a dormi dans un tiroir pendant onze ans. En mars 2020, quelqu’un est venu le chercher. Il y avait encore la tache de café du premier jour.</p>",
            ),
        ],
        "image": {
            "scene": "office",
            "alt": "Photographie en couleur : un plateau de bureaux clair, des postes de "
            "travail avec écrans plats devant de grandes fenêtres",
            "caption": "Un plateau de bureaux de Vaise, automne 2009.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
]
