"""Demo stories of the 1960s: the first computer in the factory, cabling, May 1968."""

# Each paragraph stays on one line: prose is easier to edit and review unwrapped.
# ruff: noqa: E501

STORIES_1960S: list[dict] = [
    {
        "slug": "le-premier-ordinateur-de-l-usine",
        "title": "Le premier ordinateur de l’usine",
        "teaser": "Février 1962 : onze caisses en bois, une fenêtre démontée et quatre "
        "opérateurs qui n’osent pas rentrer chez eux de peur que la machine s’arrête.",
        "year": 1962,
        "decade": 1960,
        "circa": False,
        "themes": ["innovation", "numerique", "tournants"],
        "contributor": "gerard-fontaine",
        "place": "Lyon, usine de Vaise",
        "pull_quote": "La première nuit, nous n’avons pas osé rentrer chez nous : nous avions "
        "peur qu’il s’arrête si nous partions.",
        "body": [
            (
                "paragraph",
                "<p>Il est arrivé un lundi de février 1962, en pièces détachées, dans onze caisses en bois, sur deux camions. Il a fallu démonter une fenêtre du deuxième étage pour le faire entrer. Nous l’attendions depuis six mois : une salle entière avait été refaite pour lui, avec un faux plancher pour les câbles et une climatisation qui faisait plus de bruit qu’un avion.</p>",
            ),
            (
                "paragraph",
                "<p>J’étais opérateur mécanographe depuis deux ans. On m’a choisi avec trois autres pour apprendre à le faire fonctionner. Il avait une mémoire de quatre mille mots, des armoires de bandes magnétiques qui tournaient par à-coups, et un pupitre couvert de voyants qui clignotaient. La première nuit, nous n’avons pas osé rentrer chez nous : nous avions peur qu’il s’arrête si nous partions.</p>",
            ),
            (
                "quote",
                {
                    "text": "Messieurs, cette machine ne remplacera personne. Elle vous remplacera tous les soirs après dix-huit heures.",
                    "attribution": "Le directeur technique, le jour de la mise en service",
                },
            ),
            (
                "paragraph",
                "<p>Notre premier programme a calculé la paie de mille deux cents personnes en quarante minutes. Il en fallait trois jours aux tabulatrices. Odette, de l’atelier mécanographique, est montée voir. Elle a regardé les bandes tourner longtemps, et elle a dit : « Eh bien. Il va falloir apprendre autre chose. »</p>",
            ),
        ],
        "image": {
            "scene": "computer",
            "alt": "Photographie aux tons sépia : une salle d’ordinateur avec de hautes armoires "
            "à bandes magnétiques et un pupitre couvert de voyants",
            "caption": "Le premier ordinateur de l’usine de Vaise, 1962.",
            "credit": "Archives Ferrandier",
        },
        "featured": True,
    },
    {
        "slug": "mai-68-a-vaise",
        "title": "Mai 68 à Vaise",
        "teaser": "Le 20 mai 1968, un camarade monte sur un établi, dit trois phrases, et tout "
        "le monde pose ses outils. Trois semaines d’occupation racontées par un monteur.",
        "year": 1968,
        "decade": 1960,
        "circa": False,
        "themes": ["luttes-sociales"],
        "contributor": "abdelkader-benali",
        "place": "Lyon, usine de Vaise",
        "pull_quote": "On ne demandait pas la lune. On demandait qu’on nous dise bonjour le "
        "matin, et trente francs de plus.",
        "body": [
            (
                "paragraph",
                "<p>Le 20 mai 1968, l’usine s’est arrêtée. Je travaillais au montage depuis cinq ans, j’avais vingt-cinq ans et je n’avais jamais fait grève. Le matin, à la prise de poste, un camarade est monté sur un établi, a dit trois phrases, et tout le monde a posé ses outils. Je me souviens du silence, d’abord, puis des applaudissements.</p>",
            ),
            (
                "paragraph",
                "<p>Pendant trois semaines, on a occupé l’usine. On dormait sur des cartons dans l’atelier, on faisait des assemblées générales dans la cantine, on discutait de tout : des salaires, des cadences, mais aussi du droit de parler au chef sans enlever sa casquette. Des étudiants venaient nous expliquer la révolution ; on leur expliquait le montage d’un lecteur de cartes. Chacun est reparti un peu plus savant.</p>",
            ),
            (
                "quote",
                {
                    "text": "On ne demandait pas la lune. On demandait qu’on nous dise bonjour le matin, et trente francs de plus.",
                    "attribution": "Un délégué, assemblée générale du 22 mai 1968",
                },
            ),
            (
                "paragraph",
                "<p>Les accords nationaux nous ont donné des augmentations, et la section syndicale a eu droit à un local. Mais ce qui a changé surtout, c’est la façon dont on se regardait. Un an plus tard, je suis devenu délégué du personnel. Je l’ai été pendant vingt-cinq ans.</p>",
            ),
        ],
        "image": {
            "scene": "factory",
            "alt": "Photographie aux tons sépia : une usine aux toits en dents de scie et aux "
            "hautes cheminées, sous un ciel nuageux",
            "caption": "L’usine de Vaise pendant la grève, mai 1968.",
            "credit": "Archives Ferrandier",
        },
        "featured": True,
    },
    {
        "slug": "la-nuit-des-negociations",
        "title": "La nuit des négociations",
        "teaser": "Juin 1968, deux heures du matin, sur le trottoir d’en face : un jeune "
        "reporter attend avec les familles des grévistes, un thermos et un transistor.",
        "year": 1968,
        "decade": 1960,
        "circa": False,
        "themes": ["luttes-sociales"],
        "contributor": "paul-henri-lefort",
        "place": "Lyon, devant l’usine de Vaise",
        "pull_quote": "Une grève, vue du trottoir d’en face, c’est d’abord des enfants qui "
        "dorment dans des voitures.",
        "body": [
            (
                "paragraph",
                "<p>En juin 1968, j’étais un jeune reporter de vingt-quatre ans, et mon rédacteur en chef m’a envoyé couvrir la fin de la grève chez Ferrandier, à Vaise. Les négociations avaient lieu dans la salle du conseil, au premier étage. Nous, les journalistes, attendions sur le trottoir d’en face, avec les familles des grévistes, des thermos de café et un transistor.</p>",
            ),
            (
                "paragraph",
                "<p>Vers deux heures du matin, une fenêtre s’est ouverte. Une secrétaire, que j’ai su plus tard s’appeler Françoise, a passé la tête et crié : « Pour les salaires, c’est oui ! » La rue a applaudi. Puis la fenêtre s’est refermée. Ce soir-là, je n’ai pas eu de déclaration officielle, mais j’ai eu le meilleur papier de ma carrière : celui sur les gens qui attendaient.</p>",
            ),
            (
                "quote",
                {
                    "text": "Une grève, vue du trottoir d’en face, c’est d’abord des enfants qui dorment dans des voitures.",
                    "attribution": "Paul-Henri Lefort, article du 6 juin 1968",
                },
            ),
            (
                "paragraph",
                "<p>Le lendemain, un délégué m’a offert un café à la cantine. Il m’a dit que mon article était juste, sauf un détail : le café des grévistes n’était pas si mauvais.</p>",
            ),
        ],
        "image": {
            "scene": "street",
            "alt": "Photographie aux tons sépia : une rue bordée d’immeubles et une voiture "
            "garée le long du trottoir",
            "caption": "La rue devant l’usine, en juin 1968.",
            "credit": "Collection personnelle de Paul-Henri Lefort",
        },
        "featured": False,
    },
    {
        "slug": "cableuse-a-seize-ans",
        "title": "Câbleuse à seize ans",
        "teaser": "Arrivée du Portugal avec une valise en carton, Rosa apprend le français avec "
        "les couleurs des fils et les soudures en forme de petit volcan.",
        "year": 1962,
        "decade": 1960,
        "circa": False,
        "themes": ["femmes-et-metiers", "vie-a-l-usine"],
        "contributor": "rosa-martins",
        "place": "Lyon, atelier de câblage de Vaise",
        "pull_quote": "J’ai appris le français avec les couleurs des fils : rouge, bleu, vert, "
        "jaune, marron.",
        "body": [
            (
                "paragraph",
                "<p>Je suis arrivée de Viseu en 1962, à seize ans, avec ma mère et une valise en carton. Une voisine portugaise travaillait chez Ferrandier ; elle m’a fait entrer à l’atelier de câblage. Je ne parlais pas trois mots de français. Le premier jour, la cheffe d’équipe m’a mis un fer à souder dans la main et m’a montré, sans parler, comment faire une soudure propre : brillante, en forme de petit volcan.</p>",
            ),
            (
                "paragraph",
                "<p>Les ordinateurs de l’époque étaient pleins de fils. Des milliers de fils de couleur, qu’il fallait passer, couper, dénuder et souder selon des plans immenses, dépliés sur la table. Les hommes disaient que c’était un travail de femme, parce qu’il fallait des petits doigts et de la patience. Moi, je pensais surtout qu’il fallait de bons yeux et une bonne mémoire, et qu’on n’était pas payées pour ça.</p>",
            ),
            (
                "quote",
                {
                    "text": "Petit volcan, pas de goutte. Petit volcan, pas de goutte.",
                    "attribution": "La cheffe d’équipe, en me montrant ma première soudure",
                },
            ),
            (
                "paragraph",
                "<p>J’ai appris le français avec les couleurs des fils : rouge, bleu, vert, jaune, marron. C’est drôle, mais aujourd’hui encore, quand je compte en français, je vois des fils.</p>",
            ),
        ],
        "image": {
            "scene": "workshop",
            "alt": "Photographie aux tons sépia : un atelier lumineux sous une verrière, des "
            "postes de travail alignés et des ouvrières",
            "caption": "L’atelier de câblage de Vaise, 1962.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "l-instruction-la-plus-genereuse",
        "title": "L’instruction la plus généreuse",
        "teaser": "Une retenue mal placée dans le programme de paie, et tout le personnel reçoit "
        "le double de sa prime de fin d’année. La suite est plus surprenante.",
        "year": 1965,
        "decade": 1960,
        "circa": True,
        "themes": ["numerique", "vie-a-l-usine"],
        "contributor": "gerard-fontaine",
        "place": "Lyon, usine de Vaise",
        "pull_quote": "Des dizaines d’ouvriers venaient rendre l’argent en trop, en liquide, dans "
        "des enveloppes.",
        "body": [
            (
                "paragraph",
                "<p>Vers 1965, je programmais la paie en assembleur, sur le deuxième ordinateur de la maison. Un programme de huit mille instructions, écrit au crayon sur des feuilles quadrillées, puis perforé sur cartes par les filles d’Odette. Une erreur d’un seul caractère et mille deux cents personnes recevaient un salaire faux.</p>",
            ),
            (
                "paragraph",
                "<p>Un mois de décembre, c’est arrivé. À cause d’une retenue mal placée dans le calcul du treizième mois, tout le personnel a reçu le double de sa prime. Le lendemain matin, il y avait une file d’attente devant la comptabilité, mais pas celle qu’on imagine : des dizaines d’ouvriers venaient rendre l’argent en trop, en liquide, dans des enveloppes. Certains s’excusaient presque.</p>",
            ),
            (
                "quote",
                {
                    "text": "Monsieur Fontaine, vous avez écrit l’instruction la plus généreuse de l’histoire de la maison. Ne recommencez pas.",
                    "attribution": "Lucien Ferrandier, en décembre",
                },
            ),
            (
                "paragraph",
                "<p>Pendant des années, à chaque Noël, des collègues me demandaient en riant si je n’avais pas « une petite retenue » à déplacer. J’ai vérifié mes programmes trois fois pour le reste de ma carrière.</p>",
            ),
        ],
        "image": {
            "scene": "office",
            "alt": "Photographie aux tons sépia : un bureau aux larges fenêtres, des employés à "
            "des tables alignées avec des machines à écrire",
            "caption": "Le service de la paie au milieu des années 1960.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "capitaine-a-vingt-trois-ans",
        "title": "Capitaine à vingt-trois ans",
        "teaser": "Nouveau magasinier et nouveau capitaine, je mets un chef de service sur le "
        "banc et un manœuvre de dix-huit ans à l’attaque.",
        "year": 1967,
        "decade": 1960,
        "circa": False,
        "themes": ["sport"],
        "contributor": "michel-perrin",
        "place": "Lyon, Saint-Rambert",
        "pull_quote": "J’ai mis un chef de service sur le banc et un manœuvre de dix-huit ans à "
        "l’attaque.",
        "body": [
            (
                "paragraph",
                "<p>Je suis entré au magasin de pièces détachées en 1966, et à l’équipe de football la même semaine. L’année suivante, le capitaine s’est cassé la jambe en faisant du ski et on m’a donné le brassard. J’avais vingt-trois ans, et dans l’équipe il y avait des hommes de quarante ans qui avaient joué avec mon père. Il a fallu se faire respecter.</p>",
            ),
            (
                "paragraph",
                "<p>J’ai fait une chose simple : j’ai arrêté de choisir l’équipe selon les grades. Jusque-là, les cadres jouaient d’office, même quand ils étaient mauvais. J’ai mis un chef de service sur le banc et un manœuvre de dix-huit ans à l’attaque. Le chef de service est venu me voir le lundi au magasin. J’ai cru que j’allais être renvoyé. Il m’a dit que j’avais raison, et qu’il voulait jouer arrière.</p>",
            ),
            (
                "quote",
                {
                    "text": "Sur le terrain, il n’y a pas de patron. Il y a ceux qui courent et ceux qui regardent.",
                    "attribution": "René Perrin, mon père, le jour où j’ai eu le brassard",
                },
            ),
            (
                "paragraph",
                "<p>Cette saison-là, nous avons gagné le championnat corporatif pour la première fois. Le manœuvre de dix-huit ans a marqué onze buts. Il a fini chef d’atelier à Grenoble.</p>",
            ),
        ],
        "image": {
            "scene": "team",
            "alt": "Photographie aux tons sépia : une équipe de football posant sur deux rangs "
            "devant un mur",
            "caption": "L’équipe championne du championnat corporatif, 1967.",
            "credit": "Collection personnelle de Michel Perrin",
        },
        "featured": False,
    },
    {
        "slug": "une-ingenieure-en-salle-machine",
        "title": "Une ingénieure en salle machine",
        "teaser": "Une nuit de novembre, l’ordinateur s’arrête en plein calcul des factures. "
        "La « doctoresse » demande une heure pour trouver le coupable.",
        "year": 1964,
        "decade": 1960,
        "circa": False,
        "themes": ["femmes-et-metiers", "numerique"],
        "contributor": "simone-arnaud",
        "place": "Lyon, salle machine de Vaise",
        "pull_quote": "La doctoresse a trouvé le coupable. Il avait des moustaches.",
        "body": [
            (
                "paragraph",
                "<p>En 1964, on m’a confié la maintenance électronique du nouvel ordinateur. Cela voulait dire des nuits en salle machine, à chercher une diode défaillante parmi vingt mille, avec un oscilloscope et une lampe de poche. Les opérateurs, tous des hommes, m’appelaient « la doctoresse ». Au début, ce n’était pas gentil. À la fin, si.</p>",
            ),
            (
                "paragraph",
                "<p>Une nuit de novembre, la machine s’est arrêtée en plein calcul des factures. Le chef d’exploitation voulait appeler le constructeur à Paris, qui n’aurait pas envoyé quelqu’un avant trois jours. J’ai demandé une heure. J’ai trouvé la panne en cinquante minutes : une souris avait grignoté un câble sous le faux plancher. Elle était toujours là, morte, à côté du câble.</p>",
            ),
            (
                "quote",
                {
                    "text": "La doctoresse a trouvé le coupable. Il avait des moustaches.",
                    "attribution": "Inscription au tableau noir de la salle machine, le lendemain",
                },
            ),
            (
                "paragraph",
                "<p>Les opérateurs ont gardé la souris, empaillée par l’un d’eux qui faisait de la taxidermie. Elle est restée sur le pupitre jusqu’en 1978, et on la présentait à chaque nouveau stagiaire comme « le premier bogue de la maison ».</p>",
            ),
        ],
        "image": {
            "scene": "computer",
            "alt": "Photographie aux tons sépia : de hautes armoires d’ordinateur à bandes "
            "magnétiques et un pupitre de commande couvert de voyants",
            "caption": "La salle machine en 1964.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "le-representant-qui-prenait-l-avion",
        "title": "Le représentant qui prenait l’avion",
        "teaser": "Premier vol Lyon-Paris, costume neuf, mallette de brochures et mal de ventre : "
        "le jour où j’ai vendu une tabulatrice en parlant de Quimper.",
        "year": 1961,
        "decade": 1960,
        "circa": False,
        "themes": ["clients-et-partenaires"],
        "contributor": "yannick-le-goff",
        "place": "Paris",
        "pull_quote": "Je n’ai jamais su si j’avais vendu une tabulatrice ou une recette de "
        "crêpes.",
        "body": [
            (
                "paragraph",
                "<p>En 1961, la maison a décidé que ses meilleurs représentants iraient vendre les tabulatrices à Paris. J’ai été choisi, je crois, parce que j’étais le seul à ne pas avoir peur de l’avion : j’avais fait mon service dans l’aéronavale. Le premier vol Lyon-Paris de ma vie, je l’ai fait avec un costume neuf, une mallette de brochures et un mal de ventre terrible.</p>",
            ),
            (
                "paragraph",
                "<p>Le client était une grande administration, dans un bâtiment où les couloirs étaient si longs qu’on y voyait la courbure de la Terre. J’avais préparé mon discours pendant deux semaines. Le directeur m’a écouté cinq minutes, puis m’a demandé d’où venait mon accent. Nous avons parlé de Quimper, de crêpes et de pêche au bar pendant une heure. Il a signé à la fin, presque sans lire.</p>",
            ),
            (
                "quote",
                {
                    "text": "Votre machine, je la connais, tout le monde m’en a dit du bien. Ce que je voulais savoir, c’est si vous étiez quelqu’un de sérieux.",
                    "attribution": "Le directeur de l’administration cliente",
                },
            ),
            (
                "paragraph",
                "<p>Je n’ai jamais su si j’avais vendu une tabulatrice ou une recette de crêpes. Dans le doute, j’ai continué à parler de Quimper à tous mes clients.</p>",
            ),
        ],
        "image": None,
        "featured": False,
    },
    {
        "slug": "des-transistors-dans-une-boite-a-cigares",
        "title": "Des transistors dans une boîte à cigares",
        "teaser": "Le bureau d’études a besoin en urgence d’un transistor qui n’existe qu’en "
        "présérie. Un fournisseur roule toute la nuit pour le livrer.",
        "year": None,
        "decade": 1960,
        "circa": False,
        "themes": ["clients-et-partenaires", "innovation"],
        "contributor": "jacques-moreau",
        "place": "Lyon, bureau d’études de Vaise",
        "pull_quote": "Je suis allé les chercher moi-même, en voiture, de nuit, et je les ai "
        "livrés le lendemain matin dans une boîte à cigares, faute de mieux.",
        "body": [
            (
                "paragraph",
                "<p>Dans les années 1960, je représentais un fabricant de composants électroniques, et la maison Ferrandier était mon plus gros client de la région. Leurs acheteurs étaient terribles : ils testaient chaque lot, renvoyaient des cartons entiers pour un défaut sur cent, et discutaient les prix au centime. J’arrivais à Vaise le lundi avec un nœud à l’estomac.</p>",
            ),
            (
                "paragraph",
                "<p>Un jour, leur bureau d’études a eu besoin en urgence de transistors d’un type nouveau que nous n’avions pas encore en stock. J’ai appelé notre usine, qui en avait fabriqué une centaine en présérie. Je suis allé les chercher moi-même, en voiture, de nuit, et je les ai livrés le lendemain matin dans une boîte à cigares, faute de mieux. Simone Arnaud, l’ingénieure qui les attendait, les a testés un par un devant moi.</p>",
            ),
            (
                "quote",
                {
                    "text": "Quatre-vingt-dix-huit bons sur cent. Vous pouvez revenir lundi, monsieur Moreau, on vous fera peut-être un café.",
                    "attribution": "Simone Arnaud, ingénieure au bureau d’études",
                },
            ),
            (
                "paragraph",
                "<p>Le lundi suivant, il y avait un café. Et à partir de ce jour-là, je n’ai plus eu de nœud à l’estomac en arrivant à Vaise.</p>",
            ),
        ],
        "image": None,
        "featured": False,
    },
    {
        "slug": "la-lune-a-la-cantine",
        "title": "La Lune à la cantine",
        "teaser": "Le lendemain des premiers pas sur la Lune, huit cents desserts en fromage "
        "blanc, avec cratères et petit drapeau, faits à la main avant midi.",
        "year": 1969,
        "decade": 1960,
        "circa": False,
        "themes": ["a-table", "fetes-et-loisirs"],
        "contributor": "bernard-chevalier",
        "place": "Lyon, cantine de Vaise",
        "pull_quote": "Huit cents Lunes, faites à la main entre six heures et onze heures.",
        "body": [
            (
                "paragraph",
                "<p>En juillet 1969, j’étais commis à la cantine depuis un an. Le lundi 21, tout le monde était arrivé les yeux rouges : la moitié de l’usine avait veillé pour voir les premiers pas sur la Lune à la télévision, chez un voisin ou au café. Le chef de cuisine de l’époque, un Savoyard très sérieux, a décidé que ce jour-là méritait un menu spécial.</p>",
            ),
            (
                "paragraph",
                "<p>Il m’a envoyé acheter tout le fromage blanc du marché de Vaise. Au dessert, chaque plateau avait une « Lune » : une demi-sphère de fromage blanc battu, saupoudrée de sucre glace, avec des cratères faits au dos d’une cuillère, et un petit drapeau en papier planté dedans. Huit cents Lunes, faites à la main entre six heures et onze heures. J’en rêve encore.</p>",
            ),
            (
                "quote",
                {
                    "text": "Un petit pas pour l’homme, huit cents desserts pour la cantine.",
                    "attribution": "Le chef de cuisine, en posant le dernier drapeau",
                },
            ),
            (
                "paragraph",
                "<p>Ce jour-là, j’ai compris que la cuisine d’une usine, ce n’est pas seulement nourrir. C’est aussi dire aux gens que ce qui se passe dans le monde se passe aussi chez eux. Quand je suis devenu chef, je n’ai jamais oublié la Lune.</p>",
            ),
        ],
        "image": {
            "scene": "celebration",
            "alt": "Photographie aux tons sépia : des guirlandes de fanions au-dessus d’une "
            "longue table et de convives",
            "caption": "La cantine de Vaise décorée pour le jour de la Lune, juillet 1969.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "trois-tonnes-de-cartes-perforees",
        "title": "Trois tonnes de cartes perforées",
        "teaser": "Le déménagement de l’atelier mécanographique, un week-end de grand vent : une "
        "chaîne de quarante femmes, et deux mille cartes qui s’envolent.",
        "year": 1960,
        "decade": 1960,
        "circa": False,
        "themes": ["numerique", "vie-a-l-usine"],
        "contributor": "odette-lacroix",
        "place": "Lyon, usine de Vaise",
        "pull_quote": "Au milieu de l’après-midi, une boîte s’est ouverte et deux mille cartes se "
        "sont envolées au-dessus des toits.",
        "body": [
            (
                "paragraph",
                "<p>En 1960, l’atelier mécanographique a déménagé du premier étage au bâtiment neuf, de l’autre côté de la cour. Il fallait transporter les perforatrices, les trieuses, les interclasseuses, mais surtout les archives : des centaines de milliers de cartes perforées, rangées dans des tiroirs métalliques. Trois tonnes de carton, a calculé le magasinier.</p>",
            ),
            (
                "paragraph",
                "<p>La règle était simple et terrifiante : il ne fallait surtout pas mélanger les cartes. Une boîte renversée, c’était des jours de tri. Nous avons tout déménagé en un week-end, à la main, en formant une chaîne de quarante femmes à travers la cour. Il faisait un vent terrible. Au milieu de l’après-midi, une boîte s’est ouverte et deux mille cartes se sont envolées au-dessus des toits.</p>",
            ),
            (
                "quote",
                {
                    "text": "Pas de panique, les filles. Chaque carte porte un numéro. Le vent, lui, n’en a pas.",
                    "attribution": "Mademoiselle Brun, cheffe de l’atelier",
                },
            ),
            (
                "paragraph",
                "<p>On a retrouvé des cartes dans les gouttières, dans le jardin du voisin, sur le toit de la chaufferie. Il en manquait trente-deux. Pendant des années, on en a retrouvé coincées dans des endroits impossibles. J’en ai moi-même déniché une en 1987, dans un faux plafond.</p>",
            ),
        ],
        "image": {
            "scene": "office",
            "alt": "Photographie aux tons sépia : une salle aux grandes fenêtres avec des "
            "rangées de tables et d’employées",
            "caption": "Le nouvel atelier mécanographique, 1960.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "une-fenetre-en-juin-68",
        "title": "Une fenêtre en juin 68",
        "teaser": "La dernière nuit de négociation, le directeur sort de la salle du conseil et "
        "dit à sa secrétaire : « Dites-leur. » Elle ouvre la fenêtre.",
        "year": 1968,
        "decade": 1960,
        "circa": False,
        "themes": ["luttes-sociales"],
        "contributor": "francoise-pelletier",
        "place": "Lyon, direction de Vaise",
        "pull_quote": "J’ai ouvert la fenêtre et j’ai crié la nouvelle. Je n’ai jamais parlé "
        "aussi fort de ma vie.",
        "body": [
            (
                "paragraph",
                "<p>Pendant la grève de 1968, j’étais toujours secrétaire de direction. Je n’étais pas en grève, mais je ne travaillais pas vraiment non plus : il n’y avait plus de courrier, plus de téléphone, plus rien à taper. Monsieur Lucien passait ses journées à recevoir les délégués. Entre les réunions, il s’asseyait dans mon bureau et me demandait ce qu’on disait à la cantine.</p>",
            ),
            (
                "paragraph",
                "<p>La dernière nuit de négociation, vers deux heures du matin, il est sorti de la salle du conseil et m’a dit : « Dites-leur, Françoise. Pour les salaires, c’est oui. » Je ne savais pas à qui il parlait. Puis j’ai compris : la rue. Toutes les familles attendaient sur le trottoir d’en face. J’ai ouvert la fenêtre et j’ai crié la nouvelle. Je n’ai jamais parlé aussi fort de ma vie.</p>",
            ),
            (
                "quote",
                {
                    "text": "Ce ne sont pas des adversaires, Françoise. Ce sont mes ouvriers, et ce sont leurs familles qui attendent en bas.",
                    "attribution": "Lucien Ferrandier, juin 1968",
                },
            ),
            (
                "paragraph",
                "<p>Des années plus tard, un journaliste m’a raconté qu’il était sur ce trottoir cette nuit-là, et qu’il avait écrit sur ma fenêtre. Je ne l’ai jamais lu, son article. J’ai peur d’y avoir l’air ridicule.</p>",
            ),
        ],
        "image": {
            "scene": "street",
            "alt": "Photographie aux tons sépia : une rue bordée d’immeubles, une voiture garée "
            "le long du trottoir",
            "caption": "La rue de l’usine, où attendaient les familles, juin 1968.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "moniteur-d-un-ete",
        "title": "Moniteur d’un été",
        "teaser": "Un tourneur de trente-trois ans, quatorze garçons et une cabane dans la forêt "
        "du Vercors, assemblée à tenons et mortaises, sans un clou.",
        "year": 1966,
        "decade": 1960,
        "circa": True,
        "themes": ["fetes-et-loisirs", "transmission"],
        "contributor": "jean-pierre-moulin",
        "place": "Vercors",
        "pull_quote": "Je suis allé voir l’été suivant. Elle tenait.",
        "body": [
            (
                "paragraph",
                "<p>Vers 1966, le comité d’entreprise manquait de moniteurs pour la colonie d’été, dans la ferme du Vercors. J’avais trente-trois ans, deux enfants, et aucune expérience, mais j’avais dit oui au comptoir de la cantine. Je me suis retrouvé responsable de quatorze garçons de dix à douze ans, fils de collègues, pendant trois semaines.</p>",
            ),
            (
                "paragraph",
                "<p>Je leur ai appris ce que je savais faire : tailler, mesurer, ajuster. On a construit une cabane dans la forêt, parfaitement d’équerre, avec des assemblages à tenons et mortaises sans un clou. Ils râlaient comme des apprentis. Le dernier jour, ils ont refusé de partir avant d’avoir montré la cabane à leurs parents, qui étaient venus les chercher en car.</p>",
            ),
            (
                "quote",
                {
                    "text": "Papa, on a fait un cube. Mais un cube où on peut dormir dedans.",
                    "attribution": "Un des garçons, à son père, tourneur à Vaise",
                },
            ),
            (
                "paragraph",
                "<p>Vingt ans plus tard, l’un de ces garçons est entré à l’usine comme ingénieur méthodes. Il m’a reconnu à la cantine et m’a demandé si la cabane tenait toujours. Je suis allé voir l’été suivant. Elle tenait.</p>",
            ),
        ],
        "image": {
            "scene": "landscape",
            "alt": "Photographie aux tons sépia : des montagnes aux sommets enneigés dominant "
            "des collines et une vallée",
            "caption": "Le Vercors, près de la ferme de la colonie, au milieu des années 1960.",
            "credit": "Collection de la famille Moulin",
        },
        "featured": False,
    },
    {
        "slug": "le-premier-cours-de-programmation",
        "title": "Le premier cours de programmation",
        "teaser": "Un assistant de vingt-six ans forme huit ingénieurs de la maison à la "
        "programmation. Dès le deuxième jour, il comprend qui va apprendre quoi à qui.",
        "year": 1967,
        "decade": 1960,
        "circa": False,
        "themes": ["transmission", "numerique", "clients-et-partenaires"],
        "contributor": "pierre-antoine-faure",
        "place": "Grenoble, université",
        "pull_quote": "Un programme, c’est un câblage qu’on peut effacer. C’est ce qui le rend "
        "dangereux et merveilleux.",
        "body": [
            (
                "paragraph",
                "<p>En 1967, j’étais assistant à l’université de Grenoble, j’avais vingt-six ans, et la maison Ferrandier m’a demandé de former huit de ses ingénieurs à la programmation. Ils étaient tous plus âgés que moi, certains de vingt ans. Ils venaient de l’électronique, de la mécanique, de la mécanographie. Pour eux, un ordinateur était une machine ; je devais leur expliquer que c’était aussi un langage.</p>",
            ),
            (
                "paragraph",
                "<p>Le premier jour, une ingénieure, Simone Arnaud, m’a demandé pourquoi on ne pouvait pas simplement câbler les programmes, comme sur les tabulatrices. J’ai répondu quelque chose de savant et de faux. Le lendemain, elle est revenue avec un schéma de trois pages qui montrait précisément pourquoi ma réponse était fausse, et quelle était la bonne. J’ai compris qui allait apprendre quoi à qui.</p>",
            ),
            (
                "quote",
                {
                    "text": "Un programme, c’est un câblage qu’on peut effacer. C’est ce qui le rend dangereux et merveilleux.",
                    "attribution": "Simone Arnaud, 1967",
                },
            ),
            (
                "paragraph",
                "<p>De ce cours est née une collaboration de vingt ans entre l’université et la maison. Et une amitié, qui elle dure encore.</p>",
            ),
        ],
        "image": {
            "scene": "computer",
            "alt": "Photographie aux tons sépia : une salle d’ordinateur, de hautes armoires à "
            "bandes magnétiques et un pupitre à voyants",
            "caption": "La salle machine de l’université où se tenaient les cours, 1967.",
            "credit": "Collection personnelle de Pierre-Antoine Faure",
        },
        "featured": False,
    },
]
