"""Demo stories of the 1970s: the Grenoble plant, terminals, summer camps and hard winters."""

# Each paragraph stays on one line: prose is easier to edit and review unwrapped.
# ruff: noqa: E501

STORIES_1970S: list[dict] = [
    {
        "slug": "grenoble-premiere-equipe",
        "title": "Grenoble, première équipe",
        "teaser": "Septembre 1971 : quarante personnes dans une usine neuve posée au pied des "
        "montagnes, et personne ne sait encore où se trouve la machine à café.",
        "year": 1971,
        "decade": 1970,
        "circa": False,
        "themes": ["tournants", "lieux"],
        "contributor": "nadia-haddad",
        "place": "Grenoble, usine",
        "pull_quote": "On dînait ensemble dans la cantine vide, en regardant la Chartreuse virer "
        "au rose.",
        "body": [
            (
                "paragraph",
                "<p>Je suis arrivée à Grenoble en septembre 1971, avec un diplôme d’ingénieure tout frais et une valise. L’usine venait d’être livrée : un grand bâtiment blanc à toits en dents de scie, posé dans la plaine avec les montagnes tout autour. Nous étions quarante, dont six venus de Vaise, et personne ne savait encore où se trouvait la machine à café.</p>",
            ),
            (
                "paragraph",
                "<p>Les premières semaines, on installait tout nous-mêmes : les tables, les ordinateurs de développement, les lignes téléphoniques. Le directeur de l’usine portait des cartons comme tout le monde. Le soir, on restait tard, moins par obligation que parce qu’on ne connaissait encore personne en ville. On dînait ensemble dans la cantine vide, en regardant la Chartreuse virer au rose.</p>",
            ),
            (
                "quote",
                {
                    "text": "On ne vous a pas envoyés ouvrir une usine. On vous a envoyés inventer la maison d’après.",
                    "attribution": "Lucien Ferrandier, en visite à Grenoble, octobre 1971",
                },
            ),
            (
                "paragraph",
                "<p>Je ne m’étais jamais sentie aussi loin de chez moi ni aussi à ma place. J’y suis restée trente-neuf ans. Quand je suis partie, en 2010, on était huit cents, et j’avais fini par trouver la machine à café.</p>",
            ),
        ],
        "image": {
            "scene": "factory",
            "alt": "Photographie aux couleurs passées : une usine aux toits en dents de scie au "
            "pied de montagnes enneigées",
            "caption": "L’usine de Grenoble à son ouverture, 1971.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "mon-mari-a-grenoble-moi-a-vaise",
        "title": "Mon mari à Grenoble, moi à Vaise",
        "teaser": "Pendant un an et demi, Manuel vit à Grenoble la semaine et Rosa reste à "
        "Vaise. Quatre-vingt-six lettres sur le papier à en-tête de l’usine.",
        "year": 1972,
        "decade": 1970,
        "circa": False,
        "themes": ["lieux", "vie-a-l-usine"],
        "contributor": "rosa-martins",
        "place": "Lyon et Grenoble",
        "pull_quote": "Le vendredi soir, il prenait le train de 18 h 12 et arrivait à Perrache à "
        "19 h 50.",
        "body": [
            (
                "paragraph",
                "<p>En 1972, mon mari, Manuel, qui était régleur à Vaise, a été muté à Grenoble avec une promotion. Moi, je suis restée à Vaise, à mon atelier de câblage, avec nos deux enfants et le crédit de l’appartement. Pendant un an et demi, il a vécu à Grenoble dans une chambre meublée du lundi au vendredi, et nous ne nous voyions que le week-end.</p>",
            ),
            (
                "paragraph",
                "<p>Le vendredi soir, il prenait le train de 18 h 12 et arrivait à Perrache à 19 h 50. J’allais l’attendre sur le quai avec les enfants. Le dimanche soir, c’était l’inverse, et c’était moins drôle. Nous n’avions pas le téléphone à la maison. Alors il m’écrivait, le mardi et le jeudi, sur le papier à en-tête de l’usine qu’il prenait dans le bureau du contremaître.</p>",
            ),
            (
                "quote",
                {
                    "text": "Ici les montagnes sont belles, mais elles ne savent pas faire la soupe comme toi.",
                    "attribution": "Lettre de Manuel, mon mari, février 1973",
                },
            ),
            (
                "paragraph",
                "<p>Il a fini par obtenir un poste à Vaise en 1974. J’ai gardé toutes ses lettres, quatre-vingt-six en tout, sur le papier de la maison. Je crois qu’elles sont plus précieuses que la plupart des documents des archives.</p>",
            ),
        ],
        "image": {
            "scene": "landscape",
            "alt": "Photographie aux couleurs passées : des montagnes enneigées au-dessus de "
            "collines et d’une vallée",
            "caption": "Les montagnes autour de Grenoble, que Manuel décrivait dans ses lettres.",
            "credit": "Collection de la famille Martins",
        },
        "featured": False,
    },
    {
        "slug": "cricri-et-les-veillees",
        "title": "Cricri et les veillées",
        "teaser": "Premier été de monitrice, une guitare à cinq cordes et soixante enfants qui "
        "refusent de se mélanger : les Lyonnais d’un côté, les Grenoblois de l’autre.",
        "year": 1975,
        "decade": 1970,
        "circa": False,
        "themes": ["fetes-et-loisirs"],
        "contributor": "christine-morel",
        "place": "Vercors",
        "pull_quote": "À la fin de la soirée, sous les guirlandes, tout le monde chantait la même "
        "chanson faux, et c’était gagné.",
        "body": [
            (
                "paragraph",
                "<p>Mon premier été comme monitrice, en 1975, j’avais dix-huit ans et une guitare à cinq cordes, la sixième ayant cassé dans le car. La colonie du comité d’entreprise s’était installée dans un grand chalet du Vercors, et nous avions soixante enfants, de sept à quatorze ans, des enfants de Vaise et, pour la première fois, des enfants de Grenoble.</p>",
            ),
            (
                "paragraph",
                "<p>Les premiers jours, ils ne se mélangeaient pas. Les Lyonnais disaient que les Grenoblois étaient des montagnards, les Grenoblois que les Lyonnais ne savaient pas marcher. Alors on a organisé la fête de fin de séjour autour d’un grand jeu où il fallait forcément un Lyonnais et un Grenoblois dans chaque équipe. À la fin de la soirée, sous les guirlandes, tout le monde chantait la même chanson faux, et c’était gagné.</p>",
            ),
            (
                "quote",
                {
                    "text": "Cricri, tu pourras revenir l’année prochaine ? Et ta guitare, elle aura toutes ses cordes ?",
                    "attribution": "Une petite fille de Grenoble, dernier soir de la colonie 1975",
                },
            ),
            (
                "paragraph",
                "<p>Je suis revenue onze ans de suite. La guitare a eu toutes ses cordes à partir de 1977.</p>",
            ),
        ],
        "image": {
            "scene": "celebration",
            "alt": "Photographie aux couleurs passées : des guirlandes de fanions colorés "
            "au-dessus d’enfants et d’adultes réunis autour d’une longue table",
            "caption": "La fête de fin de colonie, été 1975.",
            "credit": "Collection personnelle de Christine Morel",
        },
        "featured": False,
    },
    {
        "slug": "l-hiver-des-pulls",
        "title": "L’hiver des pulls",
        "teaser": "Après le choc pétrolier, le chauffage des ateliers descend à dix-sept degrés. "
        "La direction répond par mille quatre cents pulls bleu marine.",
        "year": 1974,
        "decade": 1970,
        "circa": True,
        "themes": ["epreuves", "solidarite"],
        "contributor": "abdelkader-benali",
        "place": "Lyon, usine de Vaise",
        "pull_quote": "Nous avons ri, nous avons râlé, puis nous les avons tous portés.",
        "body": [
            (
                "paragraph",
                "<p>Après le premier choc pétrolier, vers l’hiver 1974, la direction a décidé de baisser le chauffage des ateliers pour faire des économies. Dix-sept degrés au lieu de vingt. Sur le papier, ce n’est rien. Au montage, où l’on passe la journée assis à manipuler des petites pièces, c’était les doigts gourds dès dix heures du matin.</p>",
            ),
            (
                "paragraph",
                "<p>En tant que délégué, j’ai protesté, évidemment. La direction a tenu bon, mais elle a fait une chose que je n’attendais pas : elle a acheté un pull-over bleu marine pour chaque ouvrier et chaque employé, avec un petit F brodé sur la poitrine. Mille quatre cents pulls. Nous avons ri, nous avons râlé, puis nous les avons tous portés.</p>",
            ),
            (
                "quote",
                {
                    "text": "Monsieur Benali, si vous avez encore froid, venez travailler dans mon bureau. Il fait quinze degrés.",
                    "attribution": "Le directeur de l’usine, lors d’une réunion de délégués",
                },
            ),
            (
                "paragraph",
                "<p>J’ai encore le mien. Il est troué aux coudes, ma femme l’a reprisé quatre fois. Et l’hiver, quand il fait froid dans la maison, je le remets, et je pense à cet atelier plein de gens en bleu marine qui soufflaient sur leurs doigts.</p>",
            ),
        ],
        "image": None,
        "featured": False,
    },
    {
        "slug": "le-gratin-du-jeudi",
        "title": "Le gratin du jeudi",
        "teaser": "Huit cents couverts par jour, un menu qui change tous les jours sauf le "
        "jeudi. Le jour où un directeur a voulu toucher au gratin, il y a eu une pétition.",
        "year": None,
        "decade": 1970,
        "circa": False,
        "themes": ["a-table", "vie-a-l-usine"],
        "contributor": "bernard-chevalier",
        "place": "Lyon, cantine de Vaise",
        "pull_quote": "On peut nous supprimer bien des choses. Pas le gratin du jeudi.",
        "body": [
            (
                "paragraph",
                "<p>Dans les années 1970, je suis devenu second, puis chef de la cantine de Vaise. Huit cents couverts par jour, deux services, une équipe de quatorze. Le menu changeait tous les jours, sauf le jeudi : le jeudi, c’était gratin dauphinois, depuis toujours, et personne n’aurait osé y toucher.</p>",
            ),
            (
                "paragraph",
                "<p>Une année, un nouveau directeur administratif a voulu « moderniser » la cantine et remplacer le gratin du jeudi par du poisson pané. Une seule fois. Le jeudi suivant, il y avait une pétition de six cents signatures sur le bureau du comité d’entreprise, et une délégation de cinq ouvrières du câblage dans ma cuisine pour vérifier que le gratin était bien au four.</p>",
            ),
            (
                "quote",
                {
                    "text": "On peut nous supprimer bien des choses. Pas le gratin du jeudi.",
                    "attribution": "Pétition des ateliers, années 1970",
                },
            ),
            (
                "paragraph",
                "<p>Le secret de mon gratin ? Il n’y en a pas. Des pommes de terre à chair ferme, du lait entier, de la crème, de l’ail, de la muscade, et une cuisson lente. Et pas de fromage, surtout pas de fromage : ça, c’est à Grenoble qu’ils le font, et on ne leur en veut pas.</p>",
            ),
        ],
        "image": {
            "scene": "team",
            "alt": "Photographie aux couleurs passées : l’équipe de la cuisine posant sur deux "
            "rangs devant un mur",
            "caption": "L’équipe de la cantine de Vaise, années 1970.",
            "credit": "Collection personnelle de Bernard Chevalier",
        },
        "featured": False,
    },
    {
        "slug": "le-tournoi-de-petanque-de-1976",
        "title": "Le tournoi de pétanque de 1976",
        "teaser": "L’été de la grande chaleur, on commence à six heures et on finit à treize. "
        "L’après-midi, on trace des terrains de pétanque sur le parking.",
        "year": 1976,
        "decade": 1970,
        "circa": False,
        "themes": ["sport", "fetes-et-loisirs"],
        "contributor": "michel-perrin",
        "place": "Lyon, usine de Vaise",
        "pull_quote": "On pointe comme on soude : lentement, et pile au bon endroit.",
        "body": [
            (
                "paragraph",
                "<p>L’été 1976 a été le plus chaud de ma vie. Dans les ateliers, il faisait trente-cinq degrés ; la direction a décalé les horaires pour commencer à six heures et finir à treize. L’après-midi, plus personne ne savait quoi faire. Alors, avec quelques gars du magasin, on a tracé des terrains de pétanque sur le parking, derrière l’usine, à l’ombre des platanes.</p>",
            ),
            (
                "paragraph",
                "<p>Au début nous étions huit. À la fin de juillet, il y avait trente-deux doublettes inscrites, un tableau des matchs punaisé à la cantine, et des ingénieurs qui venaient jouer en chemise blanche. La finale a opposé deux câbleuses portugaises à un chef de service et son adjoint. Les câbleuses ont gagné 13 à 2. Le chef de service a demandé la revanche pendant dix ans.</p>",
            ),
            (
                "quote",
                {
                    "text": "On pointe comme on soude : lentement, et pile au bon endroit.",
                    "attribution": "Rosa Martins, championne 1976",
                },
            ),
            (
                "paragraph",
                "<p>Le tournoi a eu lieu tous les étés jusqu’en 2004, l’année de mon départ. Le trophée, une boule chromée vissée sur un socle de machine-outil, est aujourd’hui à la cantine de Grenoble.</p>",
            ),
        ],
        "image": {
            "scene": "celebration",
            "alt": "Photographie aux couleurs passées : des fanions tendus au-dessus d’un groupe "
            "de joueurs et de spectateurs, près d’une longue table",
            "caption": "La remise du trophée du tournoi de pétanque, été 1976.",
            "credit": "Collection personnelle de Michel Perrin",
        },
        "featured": False,
    },
    {
        "slug": "le-terminal-qui-ronronnait",
        "title": "Le terminal qui ronronnait",
        "teaser": "Les premiers terminaux à écran arrivent dans les services. Les comptables ont "
        "peur de les casser, un vieux chef d’atelier refuse de s’asseoir en face.",
        "year": 1976,
        "decade": 1970,
        "circa": False,
        "themes": ["numerique", "innovation"],
        "contributor": "gerard-fontaine",
        "place": "Lyon, usine de Vaise",
        "pull_quote": "Il disait que l’appareil le regardait.",
        "body": [
            (
                "paragraph",
                "<p>En 1976, les premiers terminaux à écran sont arrivés dans les services. Jusque-là, pour parler à l’ordinateur, il fallait perforer des cartes, les déposer au guichet de la salle machine et revenir le lendemain chercher le listing. D’un coup, on pouvait taper une commande et voir la réponse s’afficher en lettres vertes, tout de suite. Pour beaucoup, c’était de la magie noire.</p>",
            ),
            (
                "paragraph",
                "<p>J’ai été chargé d’installer les terminaux et de former les utilisateurs. Les comptables avaient peur de casser la machine en appuyant trop fort. Une secrétaire me demandait chaque matin si l’écran était bien éteint la nuit, à cause des yeux. Et un vieux chef d’atelier refusait de s’asseoir en face : il disait que l’appareil le regardait.</p>",
            ),
            (
                "quote",
                {
                    "text": "Elle ronronne, votre machine. Comme un chat qui réfléchit.",
                    "attribution": "Un chef d’atelier, devant son premier terminal",
                },
            ),
            (
                "paragraph",
                "<p>Il avait raison, d’ailleurs : ces terminaux ronronnaient, à cause du transformateur. Dans un bureau silencieux, le soir, on entendait tous les terminaux ronronner ensemble, et c’était presque apaisant.</p>",
            ),
        ],
        "image": {
            "scene": "computer",
            "alt": "Photographie aux couleurs passées : des terminaux à écran cathodique "
            "affichant des lignes de texte vert, posés sur des bureaux",
            "caption": "Les premiers terminaux à écran, au service comptable, 1976.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "le-laboratoire-commun",
        "title": "Le laboratoire commun",
        "teaser": "Six chercheurs, six ingénieurs, un préfabriqué glacial et une règle : "
        "personne n’a le droit de dire que ce n’est pas son problème.",
        "year": 1978,
        "decade": 1970,
        "circa": False,
        "themes": ["innovation", "clients-et-partenaires"],
        "contributor": "pierre-antoine-faure",
        "place": "Grenoble",
        "pull_quote": "Un échec bien documenté vaut mieux qu’un succès qu’on ne comprend pas.",
        "body": [
            (
                "paragraph",
                "<p>En 1978, onze ans après mes premiers cours, nous avons signé avec la maison la création d’un laboratoire commun, installé dans un préfabriqué entre l’université et l’usine de Grenoble. Six chercheurs de l’université, six ingénieurs de Ferrandier, un budget modeste et une règle : personne n’aurait le droit de dire « ce n’est pas mon problème ».</p>",
            ),
            (
                "paragraph",
                "<p>Le préfabriqué était glacial l’hiver et étouffant l’été. On y a pourtant inventé un système de répartition des calculs entre plusieurs ordinateurs qui a servi à la maison pendant quinze ans. Les chercheurs apprenaient ce qu’était un délai de livraison ; les ingénieurs apprenaient qu’on peut passer six mois sur une idée qui ne marche pas et appeler cela un résultat.</p>",
            ),
            (
                "quote",
                {
                    "text": "Un échec bien documenté vaut mieux qu’un succès qu’on ne comprend pas.",
                    "attribution": "Devise affichée au-dessus de la porte du préfabriqué",
                },
            ),
            (
                "paragraph",
                "<p>Le préfabriqué a été démoli en 1998. J’ai récupéré la pancarte avec la devise. Elle est dans mon bureau, au-dessus de ma porte.</p>",
            ),
        ],
        "image": {
            "scene": "office",
            "alt": "Photographie aux couleurs passées : un bureau aux larges fenêtres, des "
            "tables de travail alignées avec des machines à écrire",
            "caption": "Le préfabriqué du laboratoire commun, à Grenoble, fin des années 1970.",
            "credit": "Collection personnelle de Pierre-Antoine Faure",
        },
        "featured": False,
    },
    {
        "slug": "les-memoires-qui-manquaient",
        "title": "Les mémoires qui manquaient",
        "teaser": "Pénurie de mémoires électroniques, clients servis par ordre d’importance : un "
        "fournisseur plaide la cause de la maison auprès de sa propre direction.",
        "year": 1979,
        "decade": 1970,
        "circa": True,
        "themes": ["clients-et-partenaires", "epreuves"],
        "contributor": "jacques-moreau",
        "place": "",
        "pull_quote": "Dans les affaires, on parle beaucoup de contrats. Moi, j’ai surtout vu de "
        "la mémoire.",
        "body": [
            (
                "paragraph",
                "<p>À la fin des années 1970, vers 1979, le marché des mémoires électroniques s’est emballé. Tout le monde en voulait, les usines n’arrivaient pas à suivre, et les prix doublaient d’un trimestre à l’autre. Mon entreprise devait servir ses clients par ordre d’importance. Ferrandier n’était pas le plus gros. Sur le papier, ils devaient attendre.</p>",
            ),
            (
                "paragraph",
                "<p>J’ai fait une chose que je n’avais jamais faite : j’ai plaidé leur cause auprès de ma propre direction. Je leur ai rappelé que pendant quinze ans, Ferrandier avait payé à trente jours, sans jamais un retard, même en 1974, quand tout le monde payait à quatre-vingt-dix. Je leur ai rappelé la boîte à cigares. Ma direction a cédé : la maison a été livrée, en petites quantités, mais livrée.</p>",
            ),
            (
                "quote",
                {
                    "text": "Monsieur Moreau, on ne l’oubliera pas.",
                    "attribution": "Le chef des achats de la maison Ferrandier, 1979",
                },
            ),
            (
                "paragraph",
                "<p>Ils ne l’ont pas oublié. Quand mon entreprise a traversé une mauvaise passe, en 1983, la maison a avancé une commande d’un an pour nous aider. Dans les affaires, on parle beaucoup de contrats. Moi, j’ai surtout vu de la mémoire.</p>",
            ),
        ],
        "image": None,
        "featured": False,
    },
    {
        "slug": "cheffe-de-service",
        "title": "Cheffe de service",
        "teaser": "1975 : première femme cadre supérieure de la maison. Un collègue la félicite "
        "de travailler « comme un homme ». Il croyait lui faire un compliment.",
        "year": 1975,
        "decade": 1970,
        "circa": False,
        "themes": ["femmes-et-metiers", "transmission"],
        "contributor": "simone-arnaud",
        "place": "Lyon, bureau d’études de Vaise",
        "pull_quote": "Je ne travaille pas comme un homme. Je travaille comme une ingénieure. "
        "C’est un métier, pas un sexe.",
        "body": [
            (
                "paragraph",
                "<p>En 1975, on m’a nommée cheffe du service études électroniques. Dix-huit ans après mon arrivée, j’étais la première femme cadre supérieure de la maison. Le jour de l’annonce, un collègue m’a serré la main en disant : « Félicitations, vous l’avez bien mérité, vous travaillez comme un homme. » Il croyait me faire un compliment. Je lui ai répondu, aussi poliment que possible :</p>",
            ),
            (
                "quote",
                {
                    "text": "Je ne travaille pas comme un homme. Je travaille comme une ingénieure. C’est un métier, pas un sexe.",
                    "attribution": "Ma réponse, ce jour-là",
                },
            ),
            (
                "paragraph",
                "<p>J’avais trente-neuf personnes sous ma responsabilité, dont deux femmes. J’ai fait deux choses la première année. J’ai demandé à participer aux entretiens d’embauche des jeunes ingénieurs, pour que les candidates aient au moins une femme en face d’elles. Et j’ai supprimé la réunion du samedi matin, qui empêchait tous les parents, hommes ou femmes, de voir leurs enfants.</p>",
            ),
            (
                "paragraph",
                "<p>Quand je suis partie en 1994, le service comptait onze ingénieures. Ce n’était pas encore la moitié. Mais plus personne ne félicitait une femme de travailler comme un homme.</p>",
            ),
        ],
        "image": {
            "scene": "office",
            "alt": "Photographie aux couleurs passées : un bureau d’études aux larges fenêtres, "
            "des tables de travail alignées",
            "caption": "Le service études électroniques, au milieu des années 1970.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "le-jeune-ingenieur-et-la-vieille-presse",
        "title": "Le jeune ingénieur et la vieille presse",
        "teaser": "Un boîtier magnifique, tout en courbes, qu’aucune machine de l’atelier ne "
        "savait fabriquer. Ma première leçon, donnée par un régleur.",
        "year": 1979,
        "decade": 1970,
        "circa": False,
        "themes": ["transmission", "innovation"],
        "contributor": "thierry-lambert",
        "place": "Lyon, atelier de Vaise",
        "pull_quote": "Ton dessin est beau, petit. Maintenant, dessine-en un qu’on peut faire.",
        "body": [
            (
                "paragraph",
                "<p>Je suis arrivé au bureau d’études de Vaise en septembre 1979, avec un diplôme d’ingénieur, une calculatrice programmable dont j’étais très fier et la conviction de tout savoir. On m’a confié la refonte du boîtier d’un terminal. J’ai dessiné un boîtier magnifique, tout en courbes. Et j’ai apporté mes plans à l’atelier de tôlerie.</p>",
            ),
            (
                "paragraph",
                "<p>Le chef régleur, Henri Bellanger, a regardé mes plans longtemps. Puis il m’a emmené devant la vieille presse plieuse, une machine de 1952, et m’a demandé de lui montrer où elle pouvait faire mes courbes. Elle ne pouvait pas. Aucune machine de l’atelier ne pouvait. Il m’a fallu une journée entière, à côté de lui, pour comprendre ce qu’on pouvait vraiment fabriquer, et comment.</p>",
            ),
            (
                "quote",
                {
                    "text": "Ton dessin est beau, petit. Maintenant, dessine-en un qu’on peut faire.",
                    "attribution": "Henri Bellanger, chef régleur, 1979",
                },
            ),
            (
                "paragraph",
                "<p>J’ai redessiné le boîtier en une semaine. Il était moins beau, mais il a été fabriqué à quarante mille exemplaires. Pendant toute ma carrière, avant de valider un plan, je me suis demandé ce qu’en penserait Henri.</p>",
            ),
        ],
        "image": {
            "scene": "workshop",
            "alt": "Photographie aux couleurs passées : un atelier sous une verrière, des "
            "machines-outils en rangées et quelques ouvriers",
            "caption": "L’atelier de tôlerie de Vaise, fin des années 1970.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "le-delegue-et-le-directeur",
        "title": "Le délégué et le directeur",
        "teaser": "1977 : le premier directeur qui ne s’appelle pas Ferrandier arrive avec un "
        "plan de deux cents suppressions de postes. Un soir, il vient à l’atelier.",
        "year": 1977,
        "decade": 1970,
        "circa": False,
        "themes": ["luttes-sociales", "tournants"],
        "contributor": "abdelkader-benali",
        "place": "Lyon, usine de Vaise",
        "pull_quote": "Je ne l’ai jamais aimé, ce directeur. Mais je l’ai respecté.",
        "body": [
            (
                "paragraph",
                "<p>En 1977, Lucien Ferrandier a pris sa retraite et la maison a eu, pour la première fois, un directeur qui ne portait pas le nom de Ferrandier. Il venait d’un grand groupe, il parlait de productivité, de ratios, de restructuration. À la première réunion avec les délégués, il a posé sur la table un plan qui supprimait deux cents postes à Vaise.</p>",
            ),
            (
                "paragraph",
                "<p>Nous avons négocié pendant quatre mois. Il y a eu des débrayages, des nuits blanches, des mots durs. Mais il y a eu aussi, un soir, une chose qui a tout changé : le directeur est venu, seul, à l’atelier de montage, après la fin du travail, et il a demandé à voir comment on faisait un lecteur de cartes. J’ai passé deux heures à lui montrer. Il posait de vraies questions.</p>",
            ),
            (
                "quote",
                {
                    "text": "Je ne peux pas décider de votre avenir sans savoir ce que font vos mains.",
                    "attribution": "Le nouveau directeur, à l’atelier de montage, 1977",
                },
            ),
            (
                "paragraph",
                "<p>Le plan final a supprimé soixante postes, tous par départs volontaires et préretraites, et il a créé une formation pour que les monteurs deviennent techniciens. Je ne l’ai jamais aimé, ce directeur. Mais je l’ai respecté.</p>",
            ),
        ],
        "image": {
            "scene": "factory",
            "alt": "Photographie aux couleurs passées : une usine aux toits en dents de scie et "
            "ses cheminées, des collines à l’horizon",
            "caption": "L’usine de Vaise à la fin des années 1970.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "l-arbre-de-noel-du-comite",
        "title": "L’arbre de Noël du comité",
        "teaser": "Six cents enfants, des marionnettes, un goûter et un père Noël qui sentait un "
        "peu le gratin. Et toujours vingt cadeaux en réserve.",
        "year": None,
        "decade": 1970,
        "circa": False,
        "themes": ["fetes-et-loisirs", "solidarite"],
        "contributor": "francoise-pelletier",
        "place": "Lyon, cantine de Vaise",
        "pull_quote": "Les enfants ne l’ont jamais reconnu, mais ils trouvaient que le père Noël "
        "sentait un peu le gratin.",
        "body": [
            (
                "paragraph",
                "<p>Dans les années 1970, l’arbre de Noël du comité d’entreprise était le plus grand événement de l’année. Il avait lieu dans la cantine de Vaise, vidée de ses tables, le troisième samedi de décembre. Six cents enfants, un spectacle de marionnettes, un goûter, et un père Noël qui distribuait un cadeau à chacun, choisi selon l’âge dans un catalogue que je tenais au secrétariat.</p>",
            ),
            (
                "paragraph",
                "<p>Chaque année, je recevais les listes des familles, et chaque année, il manquait des noms : des enfants nés dans l’année, des familles arrivées récemment, qui ne savaient pas qu’il fallait s’inscrire. Alors je gardais toujours vingt cadeaux en réserve, achetés sur ma propre initiative et payés, je l’ai appris plus tard, par le directeur en personne, sans que le comité le sache.</p>",
            ),
            (
                "quote",
                {
                    "text": "Aucun enfant de la maison ne repart sans cadeau. Débrouillez-vous, Françoise, et envoyez-moi la facture.",
                    "attribution": "Lucien Ferrandier",
                },
            ),
            (
                "paragraph",
                "<p>Le père Noël, pendant onze ans, c’était Bernard, de la cantine. Il avait la voix et le ventre. Les enfants ne l’ont jamais reconnu, mais ils trouvaient que le père Noël sentait un peu le gratin.</p>",
            ),
        ],
        "image": {
            "scene": "celebration",
            "alt": "Photographie aux couleurs passées : une salle décorée de guirlandes de "
            "fanions, des enfants et des adultes autour d’une longue table",
            "caption": "L’arbre de Noël du comité d’entreprise, années 1970.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
]
