"""Demo stories of the 1940s: the war, the Occupation, the Liberation and the first tabulator."""

# Each paragraph stays on one line: prose is easier to edit and review unwrapped.
# ruff: noqa: E501

STORIES_1940S: list[dict] = [
    {
        "slug": "juin-1940-l-usine-a-l-arret",
        "title": "Juin 1940, l’usine à l’arrêt",
        "teaser": "Plus de courant, plus de commandes, plus de nouvelles de personne : le "
        "carnet d’un contremaître le jour où l’usine a fermé ses portes.",
        "year": 1940,
        "decade": 1940,
        "circa": False,
        "themes": ["epreuves"],
        "contributor": "marcel-giraud",
        "place": "Lyon, usine de Vaise",
        "pull_quote": "J’ai éteint la dernière lampe et j’ai entendu le bâtiment respirer. Je ne "
        "savais pas si on le rouvrirait un jour.",
        "body": [
            (
                "paragraph",
                "<p>Mon grand-père Étienne Giraud était contremaître de l’atelier de montage. En septembre 1939, la moitié de ses hommes ont été mobilisés en une semaine. En juin 1940, quand les troupes allemandes sont entrées dans Lyon, l’usine s’est arrêtée net. Il a noté dans son carnet, le 19 juin : « Plus de courant, plus de commandes, plus de nouvelles de personne. »</p>",
            ),
            (
                "paragraph",
                "<p>Lucien Ferrandier a réuni ceux qui restaient dans la cour. Il a fait ranger les outils, graisser les machines comme pour un long hiver, et il a distribué à chacun une avance sur salaire prise sur ses propres économies. Puis il a fermé les grandes portes avec une chaîne. Mon grand-père est resté le dernier, à faire le tour des ateliers vides.</p>",
            ),
            (
                "quote",
                {
                    "text": "J’ai éteint la dernière lampe et j’ai entendu le bâtiment respirer. Je ne savais pas si on le rouvrirait un jour.",
                    "attribution": "Étienne Giraud, carnet, juin 1940",
                },
            ),
            (
                "paragraph",
                "<p>L’usine a rouvert en septembre, au ralenti, avec une poignée d’ouvriers. Ma mère, qui avait six ans, se souvient surtout du silence de ce mois de juin, dans un quartier où l’on entendait d’habitude les machines jusque dans les chambres.</p>",
            ),
        ],
        "image": {
            "scene": "factory",
            "alt": "Photographie en noir et blanc : une usine aux toits en dents de scie et ses "
            "cheminées sous un ciel gris",
            "caption": "L’usine de Vaise, été 1940.",
            "credit": "Collection de la famille Giraud",
        },
        "featured": False,
    },
    {
        "slug": "les-plans-caches-dans-la-chaudiere",
        "title": "Les plans cachés dans la chaudière",
        "teaser": "Quand l’occupant a réclamé les plans de la nouvelle tabulatrice, on lui a "
        "répondu qu’ils avaient brûlé. Ils étaient dans le conduit de la chaudière.",
        "year": 1942,
        "decade": 1940,
        "circa": True,
        "themes": ["epreuves", "solidarite"],
        "contributor": "marcel-giraud",
        "place": "Lyon, usine de Vaise",
        "pull_quote": "Il n’y avait jamais eu d’incendie.",
        "body": [
            (
                "paragraph",
                "<p>Vers 1942, l’occupant a commencé à s’intéresser aux machines de la maison. Une commission est venue visiter l’usine, a pris des notes, a demandé les plans de la nouvelle tabulatrice que le bureau d’études dessinait en secret depuis 1939. Lucien Ferrandier a répondu que les plans avaient brûlé dans un incendie. Il n’y avait jamais eu d’incendie.</p>",
            ),
            (
                "paragraph",
                "<p>Les plans étaient roulés dans des tubes de cuivre, cachés dans le conduit de la vieille chaudière, que mon grand-père Étienne était le seul à savoir allumer sans tout faire exploser. Pendant deux hivers, il a chauffé l’atelier en contournant soigneusement le conduit. Il ne l’a dit à personne, pas même à ma grand-mère.</p>",
            ),
            (
                "quote",
                {
                    "text": "Chaque matin, j’allumais le feu à trente centimètres de ce qui pouvait nous envoyer tous en prison. Ça réveille mieux que le café.",
                    "attribution": "Étienne Giraud, raconté à ma mère en 1965",
                },
            ),
            (
                "paragraph",
                "<p>Les tubes sont ressortis en septembre 1944, un peu noircis. La première tabulatrice de la maison, en 1948, est sortie de ces plans-là. Je garde l’un des tubes de cuivre sur mon étagère ; il sent encore la suie.</p>",
            ),
        ],
        "image": {
            "scene": "workshop",
            "alt": "Photographie en noir et blanc : un atelier aux machines alignées sous une "
            "verrière, des courroies descendant du plafond",
            "caption": "L’atelier de Vaise pendant l’Occupation.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "le-pain-partage",
        "title": "Le pain partagé",
        "teaser": "Pendant l’Occupation, une boîte en fer à la caisse de la cantine nourrissait "
        "les familles des prisonniers. Personne ne savait qui donnait.",
        "year": None,
        "decade": 1940,
        "circa": False,
        "themes": ["a-table", "solidarite", "epreuves"],
        "contributor": "yvette-marchand",
        "place": "Lyon, usine de Vaise",
        "pull_quote": "Personne ne savait qui donnait, personne ne savait qui recevait.",
        "body": [
            (
                "paragraph",
                "<p>Pendant l’Occupation, la cantine a continué à tourner, avec presque rien. Ma mère racontait les tickets de rationnement, les rutabagas, le café d’orge grillé qui n’avait de café que la couleur. Je suis née en 1941 ; de cette époque, j’ai seulement le souvenir d’une odeur de soupe et d’une grande table où l’on me donnait toujours une croûte de pain.</p>",
            ),
            (
                "paragraph",
                "<p>Ce que ma mère ne m’a raconté que bien plus tard, c’est l’organisation autour de la caisse. Chaque ouvrier qui le pouvait laissait un jeton de plus dans une boîte en fer. Ces jetons payaient les repas des familles dont le père était prisonnier en Allemagne ou avait disparu. Personne ne savait qui donnait, personne ne savait qui recevait. Seule ma mère tenait la liste, dans sa tête, jamais sur le papier.</p>",
            ),
            (
                "quote",
                {
                    "text": "Je ne voulais pas de liste écrite. Une liste, ça se trouve. Une mémoire, ça se tait.",
                    "attribution": "Germaine Marchand, ma mère",
                },
            ),
            (
                "paragraph",
                "<p>Elle a tenu cette boîte de 1941 à 1945. À la Libération, il restait onze jetons. Elle les a donnés aux enfants pour qu’ils s’achètent des bonbons le jour de la fête.</p>",
            ),
        ],
        "image": None,
        "featured": False,
    },
    {
        "slug": "a-bicyclette-sous-l-occupation",
        "title": "À bicyclette sous l’Occupation",
        "teaser": "Plus d’essence, des tramways rares, des pneus introuvables : les régleurs "
        "rechapaient les vélos des collègues avec des courroies usagées.",
        "year": None,
        "decade": 1940,
        "circa": True,
        "themes": ["vie-a-l-usine", "lieux"],
        "contributor": "claire-besson",
        "place": "Lyon, Vaise",
        "pull_quote": "Elles ont tenu vingt ans sur les tours, elles tiendront bien jusqu’à "
        "Écully.",
        "body": [
            (
                "paragraph",
                "<p>Les photos de l’usine prises pendant la guerre ont un point commun : des bicyclettes partout. Contre les murs, dans la cour, suspendues dans l’ancien garage du camion réquisitionné. L’essence était rationnée, les tramways rares, et la plupart des ouvriers venaient en pédalant depuis la Duchère, Écully ou Champagne, parfois douze kilomètres par trajet.</p>",
            ),
            (
                "paragraph",
                "<p>Les pneus étaient introuvables. Dans les archives de l’atelier, j’ai trouvé des notes sur un petit trafic parfaitement toléré : pendant la pause de midi, les régleurs rechapaient les pneus de leurs collègues avec des morceaux de courroie de transmission usagés. Un dessin technique, très sérieux, détaille même un « bandage de secours pour vélocipède, modèle Vaise », coté et annoté.</p>",
            ),
            (
                "quote",
                {
                    "text": "Roule sur les courroies de la maison : elles ont tenu vingt ans sur les tours, elles tiendront bien jusqu’à Écully.",
                    "attribution": "Inscription au crayon sur le dessin technique",
                },
            ),
            (
                "paragraph",
                "<p>Je trouve ces vélos bricolés très émouvants. Ils disent la débrouille, la fatigue aussi, et une fierté d’artisan qui ne s’éteint jamais tout à fait, même dans les pires années.</p>",
            ),
        ],
        "image": {
            "scene": "street",
            "alt": "Photographie en noir et blanc : une rue bordée d’immeubles, un tramway sur "
            "la chaussée",
            "caption": "Une rue de Vaise pendant la guerre.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "la-liberation-de-vaise",
        "title": "La Libération de Vaise",
        "teaser": "Quatre minutes de film muet et tremblé : la cour de l’usine le 3 septembre "
        "1944, des drapeaux cousus à la hâte et un homme qui sort de la chaufferie.",
        "year": 1944,
        "decade": 1940,
        "circa": False,
        "themes": ["epreuves", "fetes-et-loisirs"],
        "contributor": "claire-besson",
        "place": "Lyon, usine de Vaise",
        "pull_quote": "Le vieux fondateur Auguste, assis sur une caisse, qui pleure sans se "
        "cacher.",
        "body": [
            (
                "paragraph",
                "<p>Le 3 septembre 1944, Lyon est libérée. Les ponts ont sauté la veille, la ville est en morceaux, mais Vaise fait la fête. Dans les archives de la maison, un petit film d’amateur de quatre minutes, muet et tremblé, montre la cour de l’usine ce jour-là : des drapeaux tricolores cousus à la hâte, des enfants sur les épaules de leurs pères, une femme qui danse seule avec un balai.</p>",
            ),
            (
                "paragraph",
                "<p>J’ai passé des heures sur ces quatre minutes. J’ai reconnu Lucien Ferrandier, très maigre, qui serre des mains. Le vieux fondateur Auguste, assis sur une caisse, qui pleure sans se cacher. Et, à la toute fin, un homme qui sort de la chaufferie avec des tubes de cuivre sous le bras et un grand sourire : Étienne Giraud, qui vient de récupérer les plans cachés.</p>",
            ),
            (
                "quote",
                {
                    "text": "C’est mon grand-père ! Il n’a jamais souri comme ça sur aucune photo.",
                    "attribution": "Marcel Giraud, petit-fils d’Étienne Giraud, en découvrant le film",
                },
            ),
            (
                "paragraph",
                "<p>Le lendemain, l’usine reprenait le travail. Il fallait reconstruire les ponts, et les entreprises du bâtiment avaient besoin d’outils.</p>",
            ),
        ],
        "image": {
            "scene": "celebration",
            "alt": "Photographie en noir et blanc : des fanions tendus au-dessus d’une foule en "
            "fête dans une cour",
            "caption": "La cour de l’usine le jour de la Libération, 3 septembre 1944.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "la-premiere-tabulatrice",
        "title": "La première tabulatrice",
        "teaser": "La T48 lisait cent cinquante cartes perforées par minute. On ne la vendait "
        "pas : on la louait, avec un technicien. La maison changeait de métier.",
        "year": 1948,
        "decade": 1940,
        "circa": False,
        "themes": ["innovation", "produits", "numerique"],
        "contributor": "louis-vernet",
        "place": "Lyon, usine de Vaise",
        "pull_quote": "On ne vendait plus une machine, on vendait un service.",
        "body": [
            (
                "paragraph",
                "<p>La T48, première tabulatrice de la maison, est sortie de l’atelier en novembre 1948. C’était une armoire de métal gris d’un mètre soixante, qui lisait des cartes perforées à raison de cent cinquante par minute, faisait des additions et imprimait des totaux. Pour une banque ou une compagnie d’assurances, cela remplaçait vingt employés aux écritures.</p>",
            ),
            (
                "paragraph",
                "<p>J’ai retrouvé son dossier de lancement. Le prix était tel qu’on ne la vendait pas : on la louait, avec un technicien et un stock de cartes. La maison changeait de métier sans le dire : on ne vendait plus une machine, on vendait un service. Il a fallu quarante ans pour que quelqu’un prononce ce mot à voix haute.</p>",
            ),
            (
                "quote",
                {
                    "text": "Cette machine ne calcule pas plus vite qu’un homme. Elle calcule plus vite que cent hommes, sans jamais avoir sommeil.",
                    "attribution": "Brochure commerciale de la T48, 1948",
                },
            ),
            (
                "paragraph",
                "<p>Quand je suis arrivé en 1958, il restait trois T48 en service à la comptabilité. Elles faisaient un bruit de mitraillette et chauffaient la pièce tout l’hiver. On les appelait « les grands-mères ».</p>",
            ),
        ],
        "image": {
            "scene": "computer",
            "alt": "Photographie en noir et blanc : de grandes armoires de machines "
            "mécanographiques alignées contre un mur, avec leurs panneaux de commande",
            "caption": "Une tabulatrice T48 en essai à Vaise, 1948.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "apprenti-en-1947",
        "title": "Apprenti en 1947",
        "teaser": "Douze apprentis en blouse grise, un chef à qui il manquait deux doigts et un "
        "cube d’acier à limer pendant trois mois.",
        "year": 1947,
        "decade": 1940,
        "circa": False,
        "themes": ["transmission", "vie-a-l-usine"],
        "contributor": "jean-pierre-moulin",
        "place": "Lyon, atelier de Vaise",
        "pull_quote": "J’ai limé le même cube pendant trois mois ; il avait à la fin la taille "
        "d’un dé à coudre.",
        "body": [
            (
                "paragraph",
                "<p>Je suis entré à l’école d’apprentissage de la maison en septembre 1947, à quatorze ans, avec le pied à coulisse de mon père dans sa boîte en bois. Nous étions douze apprentis, en blouse grise, dans un coin de l’atelier qu’on appelait « la classe ». Le chef d’apprentissage, monsieur Delorme, avait perdu deux doigts en 1917 et nous le rappelait à chaque fois qu’on approchait trop la main d’un mandrin.</p>",
            ),
            (
                "paragraph",
                "<p>La première année, on n’a fait que de la lime. Un cube d’acier, qu’il fallait rendre parfaitement d’équerre, à la main, six heures par jour. Delorme le vérifiait avec un marbre et une équerre, et neuf fois sur dix, il le rendait. J’ai limé le même cube pendant trois mois ; il avait à la fin la taille d’un dé à coudre.</p>",
            ),
            (
                "quote",
                {
                    "text": "Quand tu sauras faire un cube, tu sauras tout faire. Le reste, c’est des cubes compliqués.",
                    "attribution": "Monsieur Delorme, chef d’apprentissage",
                },
            ),
            (
                "paragraph",
                "<p>Je n’ai jamais revu ce cube. Mais je sais qu’il a existé, parce que j’ai encore la corne sur le pouce droit.</p>",
            ),
        ],
        "image": {
            "scene": "workshop",
            "alt": "Photographie en noir et blanc : un atelier sous une verrière, des machines "
            "alignées et quelques silhouettes d’ouvriers",
            "caption": "La classe des apprentis, dans un coin de l’atelier de Vaise, fin des "
            "années 1940.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "ma-premiere-carte-perforee",
        "title": "Ma première carte perforée",
        "teaser": "Mars 1949, dix-sept ans, un diplôme de sténodactylo et une seule consigne : "
        "une carte, c’est une personne.",
        "year": 1949,
        "decade": 1940,
        "circa": False,
        "themes": ["femmes-et-metiers", "numerique"],
        "contributor": "odette-lacroix",
        "place": "Lyon, atelier mécanographique de Vaise",
        "pull_quote": "J’ai vérifié chaque trou trois fois, à la lumière de la fenêtre.",
        "body": [
            (
                "paragraph",
                "<p>J’avais dix-sept ans et un diplôme de sténodactylo quand je suis entrée à l’atelier mécanographique, en mars 1949. On m’a assise devant une perforatrice, une machine haute comme un bureau avec un clavier de chiffres et un bac de cartes vierges. La cheffe m’a donné une seule consigne, que je n’ai jamais oubliée.</p>",
            ),
            (
                "quote",
                {
                    "text": "Une carte, c’est une personne. Si tu te trompes d’un trou, quelqu’un ne sera pas payé.",
                    "attribution": "Mademoiselle Brun, cheffe de l’atelier mécanographique, 1949",
                },
            ),
            (
                "paragraph",
                "<p>Ma première carte, je l’ai perforée en tremblant. C’était la fiche de paie d’un magasinier de Vaise. J’ai vérifié chaque trou trois fois, à la lumière de la fenêtre. Il m’a fallu vingt minutes ; à la fin de l’année, j’en faisais trois cents à l’heure, en bavardant.</p>",
            ),
            (
                "paragraph",
                "<p>Je ne me suis jamais débarrassée de cette idée. Des années plus tard, devenue cheffe à mon tour, je la répétais à chaque nouvelle. Certaines me trouvaient vieux jeu. Mais aucune de mes filles ne s’est jamais trompée de trou deux fois.</p>",
            ),
        ],
        "image": {
            "scene": "office",
            "alt": "Photographie en noir et blanc : une salle aux grandes fenêtres, des "
            "employées assises à des rangées de tables",
            "caption": "L’atelier mécanographique de Vaise en 1949.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "le-retour-de-mon-pere",
        "title": "Le retour de mon père",
        "teaser": "Prisonnier pendant cinq ans, Pierre Bellanger rentre en mai 1945. Dans son "
        "casier de l’usine, une enveloppe l’attendait.",
        "year": 1945,
        "decade": 1940,
        "circa": False,
        "themes": ["epreuves", "solidarite"],
        "contributor": "henri-bellanger",
        "place": "Lyon, usine de Vaise",
        "pull_quote": "Il lui a rendu son casier, son numéro, son ancienneté, comme si cinq ans "
        "n’avaient été qu’un long congé.",
        "body": [
            (
                "paragraph",
                "<p>Mon père, Pierre Bellanger, a été fait prisonnier en juin 1940 et a passé cinq ans dans une ferme de Poméranie. Il est rentré à Lyon en mai 1945, pesant cinquante-deux kilos. J’avais neuf ans ; je ne l’ai pas reconnu sur le quai de la gare de Perrache. C’est lui qui m’a reconnu.</p>",
            ),
            (
                "paragraph",
                "<p>Trois jours plus tard, il est allé à l’usine, sans savoir s’il avait encore une place. Lucien Ferrandier l’attendait dans la cour. Il lui a rendu son casier, son numéro, son ancienneté, comme si cinq ans n’avaient été qu’un long congé. Dans le casier, il y avait sa blouse, pliée, et une enveloppe : les jetons de cantine que ses collègues avaient mis de côté pour ma mère pendant toutes ces années.</p>",
            ),
            (
                "quote",
                {
                    "text": "Je suis parti ouvrier, je suis revenu ouvrier. Entre les deux, ils ont gardé ma place et nourri ma famille.",
                    "attribution": "Pierre Bellanger, mon père",
                },
            ),
            (
                "paragraph",
                "<p>Mon père n’a jamais parlé de la Poméranie. Mais il a parlé toute sa vie de ce casier.</p>",
            ),
        ],
        "image": {
            "scene": "portrait",
            "alt": "Photographie en noir et blanc : portrait en buste d’un homme devant un fond "
            "de studio",
            "caption": "Pierre Bellanger, à son retour en 1945.",
            "credit": "Collection de la famille Bellanger",
        },
        "featured": False,
    },
]
