"""Contributors of the demo stories: fictional employees, alumni, retirees and friends.

Every name is invented. ``years_start``/``years_end`` are the years at the company (``None`` when
the person never worked there; ``years_end=None`` with a start year means still there). E-mail
addresses are private data: they are never rendered on the site.
"""


def _linkedin(handle: str) -> dict:
    return {"label": "LinkedIn", "url": f"https://www.example.com/in/{handle}"}


CONTRIBUTORS: list[dict] = [
    {
        "slug": "colette-ferrandier",
        "name": "Colette Ferrandier",
        "relation": "other",
        "role": "Petite-fille du fondateur",
        "years_start": None,
        "years_end": None,
        "skills": ["Mémoire familiale", "Photographies anciennes", "Généalogie"],
        "bio": "Je suis la petite-fille d’Auguste Ferrandier, que je n’ai connu que vieil homme, "
        "un tournevis toujours dans la poche de son gilet. Ma grand-mère Jeanne m’a raconté les "
        "débuts de l’atelier, et je garde les albums de famille.",
        "links": [],
        "email": "colette.ferrandier@example.org",
        "portrait": True,
    },
    {
        "slug": "marthe-roussel",
        "name": "Marthe Roussel",
        "relation": "other",
        "role": "Petite-fille d’une munitionnette de 1916",
        "years_start": None,
        "years_end": None,
        "skills": ["Histoire des femmes", "Récits familiaux"],
        "bio": "Ma grand-mère Louise est entrée à l’atelier de Vaise en 1916, à dix-neuf ans, "
        "pour tourner des fusées d’obus. J’ai été institutrice toute ma vie et je raconte ses "
        "histoires à qui veut les entendre.",
        "links": [],
        "email": "marthe.roussel@example.org",
        "portrait": False,
    },
    {
        "slug": "claire-besson",
        "name": "Claire Besson",
        "relation": "other",
        "role": "Historienne, autrice d’une histoire de la maison",
        "years_start": None,
        "years_end": None,
        "skills": ["Histoire industrielle", "Archives", "Écriture"],
        "bio": "Historienne de l’industrie lyonnaise, j’ai passé trois ans dans les archives de "
        "la maison pour écrire son histoire. Je cherche toujours ce que les registres ne disent "
        "pas.",
        "links": [
            {"label": "Site personnel", "url": "https://example.org/claire-besson"},
            _linkedin("claire-besson"),
        ],
        "email": "claire.besson@example.org",
        "portrait": True,
    },
    {
        "slug": "amelie-bourgeois",
        "name": "Amélie Bourgeois",
        "relation": "employee",
        "role": "Archiviste de l’entreprise",
        "years_start": 2018,
        "years_end": None,
        "skills": ["Archivistique", "Numérisation", "Histoire orale"],
        "bio": "Je suis arrivée en 2018 pour trier les cartons du grenier de Vaise, et je ne suis "
        "jamais repartie. Je m’occupe des archives de la maison et de la collecte des "
        "témoignages de ce centenaire.",
        "links": [_linkedin("amelie-bourgeois")],
        "email": "amelie.bourgeois@example.org",
        "portrait": True,
    },
    {
        "slug": "henri-bellanger",
        "name": "Henri Bellanger",
        "relation": "retiree",
        "role": "Ancien régleur, petit-fils d’un ouvrier de 1914",
        "years_start": 1952,
        "years_end": 1991,
        "skills": ["Réglage de machines-outils", "Mécanique de précision", "Accordéon"],
        "bio": "Je suis entré à l’atelier de Vaise à seize ans, comme mon père et mon grand-père "
        "avant moi. Trente-neuf ans de réglage, et je reconnais encore une machine mal réglée à "
        "l’oreille.",
        "links": [],
        "email": "henri.bellanger@example.org",
        "portrait": True,
    },
    {
        "slug": "louis-vernet",
        "name": "Louis Vernet",
        "relation": "retiree",
        "role": "Ancien comptable, archiviste bénévole",
        "years_start": 1958,
        "years_end": 1996,
        "skills": ["Comptabilité", "Classement d’archives", "Calligraphie"],
        "bio": "Comptable pendant trente-huit ans, j’ai connu les registres à la plume et les "
        "premiers tableurs. À la retraite, j’ai continué à fouiller les vieux registres de la "
        "maison, par curiosité puis par passion.",
        "links": [],
        "email": "louis.vernet@example.org",
        "portrait": False,
    },
    {
        "slug": "jean-pierre-moulin",
        "name": "Jean-Pierre Moulin",
        "relation": "retiree",
        "role": "Ancien tourneur puis technicien de maintenance",
        "years_start": 1947,
        "years_end": 1989,
        "skills": ["Tournage", "Maintenance des tabulatrices", "Encadrement des apprentis"],
        "bio": "Apprenti à quatorze ans en 1947, j’ai tourné des pièces, réparé des tabulatrices "
        "et formé des dizaines de jeunes. Mon père était déjà de la maison dans les années 1920.",
        "links": [],
        "email": "jean-pierre.moulin@example.org",
        "portrait": True,
    },
    {
        "slug": "yvette-marchand",
        "name": "Yvette Marchand",
        "relation": "other",
        "role": "Fille d’une caissière de la cantine",
        "years_start": None,
        "years_end": None,
        "skills": ["Souvenirs d’enfance", "Cuisine lyonnaise"],
        "bio": "Ma mère, Germaine, a tenu la caisse de la cantine de 1934 à 1962. J’ai grandi "
        "dans l’odeur de la soupe et les histoires de l’usine, et je suis partie en colonie avec "
        "le comité d’entreprise.",
        "links": [],
        "email": "yvette.marchand@example.org",
        "portrait": False,
    },
    {
        "slug": "michel-perrin",
        "name": "Michel Perrin",
        "relation": "retiree",
        "role": "Ancien magasinier et capitaine de l’équipe de football",
        "years_start": 1966,
        "years_end": 2004,
        "skills": ["Logistique", "Football", "Organisation de tournois"],
        "bio": "Magasinier le jour, arrière central le dimanche : j’ai porté le brassard de "
        "capitaine de l’équipe de la maison pendant douze saisons. Mon père y jouait déjà.",
        "links": [_linkedin("michel-perrin")],
        "email": "michel.perrin@example.org",
        "portrait": True,
    },
    {
        "slug": "marcel-giraud",
        "name": "Marcel Giraud",
        "relation": "other",
        "role": "Petit-fils d’un contremaître de l’Occupation",
        "years_start": None,
        "years_end": None,
        "skills": ["Histoire locale", "Mémoire de la Résistance"],
        "bio": "Mon grand-père Étienne était contremaître à Vaise pendant la guerre. Il parlait "
        "peu de ces années-là ; ce que je sais, je l’ai reconstitué avec ses carnets et les "
        "souvenirs de ma mère.",
        "links": [],
        "email": "marcel.giraud@example.org",
        "portrait": False,
    },
    {
        "slug": "odette-lacroix",
        "name": "Odette Lacroix",
        "relation": "retiree",
        "role": "Ancienne perforatrice, puis cheffe de l’atelier mécanographique",
        "years_start": 1949,
        "years_end": 1988,
        "skills": ["Mécanographie", "Perforation", "Direction d’équipe"],
        "bio": "J’ai perforé mes premières cartes en 1949 et fini cheffe d’un atelier de quarante "
        "personnes. Je tape encore plus vite que mes petits-enfants.",
        "links": [],
        "email": "odette.lacroix@example.org",
        "portrait": True,
    },
    {
        "slug": "simone-arnaud",
        "name": "Simone Arnaud",
        "relation": "retiree",
        "role": "Première femme ingénieure de la maison",
        "years_start": 1957,
        "years_end": 1994,
        "skills": ["Électronique", "Systèmes informatiques", "Tutorat"],
        "bio": "Ingénieure électronicienne, je suis entrée chez Ferrandier en 1957, seule femme "
        "du bureau d’études. J’ai fini cheffe de service et j’ai formé beaucoup de jeunes "
        "ingénieures, ce dont je suis le plus fière.",
        "links": [_linkedin("simone-arnaud")],
        "email": "simone.arnaud@example.org",
        "portrait": True,
    },
    {
        "slug": "francoise-pelletier",
        "name": "Françoise Pelletier",
        "relation": "retiree",
        "role": "Ancienne secrétaire de direction",
        "years_start": 1955,
        "years_end": 1995,
        "skills": ["Sténographie", "Organisation", "Discrétion"],
        "bio": "Quarante ans au secrétariat de la direction, trois directeurs et une bonne "
        "dizaine de machines à écrire. J’ai tout vu passer, et j’ai su me taire quand il le "
        "fallait.",
        "links": [],
        "email": "francoise.pelletier@example.org",
        "portrait": False,
    },
    {
        "slug": "yannick-le-goff",
        "name": "Yannick Le Goff",
        "relation": "alumnus",
        "role": "Ancien représentant commercial",
        "years_start": 1958,
        "years_end": 1975,
        "skills": ["Vente", "Démonstration de matériel", "Conduite sur routes de montagne"],
        "bio": "Breton égaré à Lyon, j’ai vendu des caisses enregistreuses puis des tabulatrices "
        "pendant dix-sept ans, avant de fonder mon propre commerce. Je connais chaque virage "
        "entre Valence et Chambéry.",
        "links": [],
        "email": "yannick.le-goff@example.org",
        "portrait": False,
    },
    {
        "slug": "gerard-fontaine",
        "name": "Gérard Fontaine",
        "relation": "retiree",
        "role": "Ancien programmeur de la première heure",
        "years_start": 1960,
        "years_end": 1998,
        "skills": ["Assembleur", "Cobol", "Exploitation informatique"],
        "bio": "Entré comme opérateur mécanographe en 1960, j’étais là quand le premier "
        "ordinateur est arrivé en 1962. J’ai programmé en assembleur, en Cobol, et j’ai fini "
        "par expliquer Internet à mes anciens chefs.",
        "links": [_linkedin("gerard-fontaine")],
        "email": "gerard.fontaine@example.org",
        "portrait": True,
    },
    {
        "slug": "abdelkader-benali",
        "name": "Abdelkader Benali",
        "relation": "retiree",
        "role": "Ancien ouvrier de fabrication et délégué du personnel",
        "years_start": 1963,
        "years_end": 2001,
        "skills": ["Montage", "Négociation", "Droit du travail"],
        "bio": "Arrivé de Sétif à vingt ans, je suis entré à l’atelier de montage en 1963. "
        "Délégué du personnel pendant vingt-cinq ans, j’ai négocié avec quatre directeurs et "
        "je n’en ai fâché que deux.",
        "links": [],
        "email": "abdelkader.benali@example.org",
        "portrait": True,
    },
    {
        "slug": "paul-henri-lefort",
        "name": "Paul-Henri Lefort",
        "relation": "other",
        "role": "Journaliste retraité de la presse régionale",
        "years_start": None,
        "years_end": None,
        "skills": ["Reportage", "Économie régionale", "Photographie"],
        "bio": "J’ai suivi l’industrie lyonnaise pour un quotidien régional pendant trente-cinq "
        "ans. La maison Ferrandier, je l’ai vue en grève, en fusion et en fête, toujours depuis "
        "le trottoir d’en face.",
        "links": [{"label": "Blog", "url": "https://example.org/paul-henri-lefort"}],
        "email": "paul-henri.lefort@example.org",
        "portrait": False,
    },
    {
        "slug": "rosa-martins",
        "name": "Rosa Martins",
        "relation": "retiree",
        "role": "Ancienne câbleuse, puis cheffe d’équipe",
        "years_start": 1962,
        "years_end": 1999,
        "skills": ["Câblage", "Soudure", "Contrôle qualité"],
        "bio": "Arrivée du Portugal à seize ans, je suis entrée à l’atelier de câblage de Vaise "
        "en 1962. J’y ai passé trente-sept ans, jusqu’à la fermeture du dernier atelier.",
        "links": [],
        "email": "rosa.martins@example.org",
        "portrait": True,
    },
    {
        "slug": "jacques-moreau",
        "name": "Jacques Moreau",
        "relation": "partner",
        "role": "Ancien représentant d’un fabricant de composants électroniques",
        "years_start": None,
        "years_end": None,
        "skills": ["Composants électroniques", "Négociation", "Logistique"],
        "bio": "Pendant vingt ans, j’ai vendu des transistors et des mémoires à la maison "
        "Ferrandier. Ses acheteurs étaient les plus durs en affaires et les plus fidèles de "
        "toute ma clientèle.",
        "links": [],
        "email": "jacques.moreau@example.org",
        "portrait": False,
    },
    {
        "slug": "bernard-chevalier",
        "name": "Bernard Chevalier",
        "relation": "retiree",
        "role": "Ancien chef de la cantine",
        "years_start": 1968,
        "years_end": 2003,
        "skills": ["Cuisine collective", "Gratin dauphinois", "Gestion des achats"],
        "bio": "Entré comme commis en 1968, j’ai dirigé la cuisine de l’usine pendant vingt-cinq "
        "ans. Je nourrissais huit cents personnes par jour et je me souviens de ce que chacun "
        "ne mangeait pas.",
        "links": [],
        "email": "bernard.chevalier@example.org",
        "portrait": True,
    },
    {
        "slug": "pierre-antoine-faure",
        "name": "Pierre-Antoine Faure",
        "relation": "partner",
        "role": "Professeur émérite, ancien partenaire de recherche à Grenoble",
        "years_start": None,
        "years_end": None,
        "skills": ["Informatique théorique", "Recherche partenariale", "Enseignement"],
        "bio": "Jeune assistant à l’université de Grenoble, j’ai donné les premiers cours de "
        "programmation aux ingénieurs de la maison. Nous avons ensuite monté ensemble un "
        "laboratoire commun qui a duré vingt ans.",
        "links": [
            {"label": "Page universitaire", "url": "https://example.org/pa-faure"},
        ],
        "email": "pierre-antoine.faure@example.org",
        "portrait": True,
    },
    {
        "slug": "nadia-haddad",
        "name": "Nadia Haddad",
        "relation": "retiree",
        "role": "Ancienne ingénieure système à Grenoble",
        "years_start": 1971,
        "years_end": 2010,
        "skills": ["Systèmes d’exploitation", "Réseaux", "Dépannage nocturne"],
        "bio": "J’ai fait partie de la toute première équipe de l’usine de Grenoble, en 1971. "
        "Ingénieure système pendant près de quarante ans, j’ai vu passer tous les ordinateurs "
        "de la maison, et j’en ai réparé la plupart.",
        "links": [_linkedin("nadia-haddad")],
        "email": "nadia.haddad@example.org",
        "portrait": True,
    },
    {
        "slug": "christine-morel",
        "name": "Christine Morel",
        "relation": "alumnus",
        "role": "Ancienne animatrice puis directrice des colonies du CE",
        "years_start": 1974,
        "years_end": 1986,
        "skills": ["Animation", "Encadrement de jeunes", "Chansons de veillée"],
        "bio": "J’ai commencé comme monitrice aux colonies du comité d’entreprise à dix-huit "
        "ans, et j’ai fini par les diriger. Je suis devenue ensuite éducatrice, mais certains "
        "enfants de l’usine m’appellent encore « Cricri ».",
        "links": [],
        "email": "christine.morel@example.org",
        "portrait": False,
    },
    {
        "slug": "thierry-lambert",
        "name": "Thierry Lambert",
        "relation": "retiree",
        "role": "Ancien directeur technique",
        "years_start": 1979,
        "years_end": 2018,
        "skills": ["Conception électronique", "Direction technique", "Conduite du changement"],
        "bio": "Jeune ingénieur au bureau d’études en 1979, directeur technique de 1995 à 2018 : "
        "j’ai vécu la fusion avec Sodexel de l’intérieur et piloté le passage du matériel au "
        "logiciel.",
        "links": [_linkedin("thierry-lambert")],
        "email": "thierry.lambert@example.org",
        "portrait": True,
    },
    {
        "slug": "patrick-nguyen",
        "name": "Patrick Nguyen",
        "relation": "alumnus",
        "role": "Ancien ingénieur réseau, venu de Sodexel",
        "years_start": 1987,
        "years_end": 2008,
        "skills": ["Réseaux", "Télécommunications", "Diplomatie"],
        "bio": "J’étais chez Sodexel quand la fusion a été annoncée : du jour au lendemain, "
        "l’ennemi est devenu mon employeur. J’y ai passé vingt et un ans à câbler des réseaux "
        "avant de partir enseigner.",
        "links": [_linkedin("patrick-nguyen")],
        "email": "patrick.nguyen@example.org",
        "portrait": False,
    },
    {
        "slug": "sylvie-garnier",
        "name": "Sylvie Garnier",
        "relation": "retiree",
        "role": "Ancienne cheffe de projet, pilote du passage à l’an 2000",
        "years_start": 1982,
        "years_end": 2020,
        "skills": ["Gestion de projet", "Cobol", "Gestion de crise"],
        "bio": "Entrée comme analyste-programmeuse en 1982, j’ai piloté le chantier de l’an 2000 "
        "et une bonne vingtaine de migrations. Je suis partie en retraite en plein confinement, "
        "avec un pot de départ en visio.",
        "links": [_linkedin("sylvie-garnier")],
        "email": "sylvie.garnier@example.org",
        "portrait": True,
    },
    {
        "slug": "benoit-caron",
        "name": "Benoît Caron",
        "relation": "alumnus",
        "role": "Ancien ingénieur commercial, fondateur d’une société de conseil",
        "years_start": 1988,
        "years_end": 2002,
        "skills": ["Vente de solutions", "Conseil", "Salons professionnels"],
        "bio": "Quatorze ans à vendre les systèmes de la maison, de la PME du coin aux grandes "
        "administrations. En 2002, j’ai créé mon cabinet de conseil, avec la bénédiction de mes "
        "anciens patrons.",
        "links": [
            _linkedin("benoit-caron"),
            {"label": "Cabinet", "url": "https://www.example.com/caron-conseil"},
        ],
        "email": "benoit.caron@example.org",
        "portrait": False,
    },
    {
        "slug": "karim-mansouri",
        "name": "Karim Mansouri",
        "relation": "employee",
        "role": "Architecte logiciel",
        "years_start": 1996,
        "years_end": None,
        "skills": ["Architecture logicielle", "Java", "Mentorat"],
        "bio": "Entré comme développeur en 1996, je suis aujourd’hui architecte logiciel. J’ai "
        "écrit du code pour des terminaux, des serveurs, des navigateurs et des téléphones, et "
        "je garde un faible pour le premier.",
        "links": [_linkedin("karim-mansouri")],
        "email": "karim.mansouri@example.org",
        "portrait": True,
    },
    {
        "slug": "helene-vasseur",
        "name": "Hélène Vasseur",
        "relation": "client",
        "role": "Directrice des systèmes d’information d’une mutuelle régionale",
        "years_start": None,
        "years_end": None,
        "skills": ["Systèmes d’information", "Achats informatiques", "Relation fournisseur"],
        "bio": "Ma mutuelle travaille avec la maison depuis 1994, et moi avec elle depuis le "
        "premier jour. Trente ans de projets, quelques désaccords et beaucoup de confiance.",
        "links": [_linkedin("helene-vasseur")],
        "email": "helene.vasseur@example.org",
        "portrait": True,
    },
    {
        "slug": "isabelle-rey",
        "name": "Isabelle Rey",
        "relation": "alumnus",
        "role": "Ancienne responsable de la communication",
        "years_start": 1991,
        "years_end": 2012,
        "skills": ["Communication interne", "Édition", "Web"],
        "bio": "J’ai dirigé la communication de la maison pendant vingt ans, du journal interne "
        "imprimé au premier site web. Je travaille aujourd’hui pour une association culturelle.",
        "links": [_linkedin("isabelle-rey")],
        "email": "isabelle.rey@example.org",
        "portrait": False,
    },
    {
        "slug": "antoine-roche",
        "name": "Antoine Roche",
        "relation": "employee",
        "role": "Technicien de maintenance à l’usine de Grenoble",
        "years_start": 1999,
        "years_end": None,
        "skills": ["Maintenance industrielle", "Impression 3D", "Football"],
        "bio": "Je suis arrivé à Grenoble en 1999 avec un CAP et beaucoup de bonne volonté. "
        "Technicien de maintenance, je m’occupe aujourd’hui des bâtiments et des machines qui "
        "restent, et de l’équipe de foot que nous avons relancée.",
        "links": [],
        "email": "antoine.roche@example.org",
        "portrait": True,
    },
    {
        "slug": "julien-baptiste",
        "name": "Julien Baptiste",
        "relation": "employee",
        "role": "Directeur des services cloud",
        "years_start": 2004,
        "years_end": None,
        "skills": ["Cloud", "Infrastructure", "Management d’équipe"],
        "bio": "Entré comme administrateur système en 2004, je dirige aujourd’hui les services "
        "cloud de la maison. J’ai débranché le dernier serveur de notre salle machine, et j’en "
        "suis un peu triste.",
        "links": [_linkedin("julien-baptiste")],
        "email": "julien.baptiste@example.org",
        "portrait": False,
    },
    {
        "slug": "fatou-diallo",
        "name": "Fatou Diallo",
        "relation": "employee",
        "role": "Directrice des ressources humaines",
        "years_start": 2008,
        "years_end": None,
        "skills": ["Ressources humaines", "Dialogue social", "Recrutement"],
        "bio": "Recrutée en 2008 comme chargée de recrutement, je dirige aujourd’hui les "
        "ressources humaines. J’ai organisé la fête des cent ans et le grand déménagement vers "
        "le télétravail.",
        "links": [_linkedin("fatou-diallo")],
        "email": "fatou.diallo@example.org",
        "portrait": True,
    },
    {
        "slug": "laure-tessier",
        "name": "Laure Tessier",
        "relation": "alumnus",
        "role": "Ancienne développeuse, aujourd’hui enseignante",
        "years_start": 2001,
        "years_end": 2015,
        "skills": ["Développement web", "Pédagogie", "Bases de données"],
        "bio": "Développeuse pendant quatorze ans, je suis partie enseigner l’informatique au "
        "lycée. J’emmène encore mes élèves visiter l’usine de Grenoble.",
        "links": [_linkedin("laure-tessier")],
        "email": "laure.tessier@example.org",
        "portrait": False,
    },
    {
        "slug": "chloe-masson",
        "name": "Chloé Masson",
        "relation": "alumnus",
        "role": "Ancienne consultante, aujourd’hui indépendante",
        "years_start": 2011,
        "years_end": 2019,
        "skills": ["Conseil", "Conception de services", "Animation d’ateliers"],
        "bio": "Stagiaire en 2011, consultante jusqu’en 2019, indépendante depuis. La maison m’a "
        "appris mon métier, et j’y reviens souvent comme partenaire.",
        "links": [
            _linkedin("chloe-masson"),
            {"label": "Portfolio", "url": "https://example.org/chloe-masson"},
        ],
        "email": "chloe.masson@example.org",
        "portrait": True,
    },
    {
        "slug": "amandine-leroy",
        "name": "Amandine Leroy",
        "relation": "employee",
        "role": "Data scientist",
        "years_start": 2016,
        "years_end": None,
        "skills": ["Apprentissage automatique", "Python", "Statistiques"],
        "bio": "Je suis arrivée en 2016 pour monter la première équipe de science des données. "
        "Mon projet préféré : faire lire à une intelligence artificielle les cartes perforées "
        "des années 1950.",
        "links": [_linkedin("amandine-leroy")],
        "email": "amandine.leroy@example.org",
        "portrait": True,
    },
    {
        "slug": "lucas-ferreira",
        "name": "Lucas Ferreira",
        "relation": "employee",
        "role": "Développeur, ancien alternant",
        "years_start": 2019,
        "years_end": None,
        "skills": ["Développement web", "Accessibilité", "Tests automatisés"],
        "bio": "Alternant en 2019, embauché en 2021 : j’ai connu la maison six mois en présentiel "
        "avant le confinement. Mon grand-oncle y était tourneur, je l’ai appris en feuilletant "
        "les archives.",
        "links": [_linkedin("lucas-ferreira")],
        "email": "lucas.ferreira@example.org",
        "portrait": False,
    },
    {
        "slug": "elodie-carpentier",
        "name": "Élodie Carpentier",
        "relation": "partner",
        "role": "Fondatrice d’une jeune entreprise partenaire",
        "years_start": None,
        "years_end": None,
        "skills": ["Entrepreneuriat", "Objets connectés", "Design"],
        "bio": "J’ai fondé une petite entreprise d’objets connectés qui travaille avec la maison "
        "depuis 2018. Depuis 2024, nous sommes installés dans l’ancien atelier de Vaise.",
        "links": [
            {"label": "Site de l’entreprise", "url": "https://www.example.com/atelier-carpentier"},
        ],
        "email": "elodie.carpentier@example.org",
        "portrait": True,
    },
    {
        "slug": "sophie-delmas",
        "name": "Sophie Delmas",
        "relation": "client",
        "role": "Responsable du numérique d’une collectivité territoriale",
        "years_start": None,
        "years_end": None,
        "skills": ["Service public numérique", "Marchés publics", "Données ouvertes"],
        "bio": "Je pilote les projets numériques d’une collectivité de la région. Nous travaillons "
        "avec la maison depuis 2015, d’abord sur un marché public, puis par conviction.",
        "links": [_linkedin("sophie-delmas")],
        "email": "sophie.delmas@example.org",
        "portrait": False,
    },
    {
        "slug": "olivier-brunet",
        "name": "Olivier Brunet",
        "relation": "client",
        "role": "Quincaillier à la retraite, client de père en fils",
        "years_start": None,
        "years_end": None,
        "skills": ["Commerce de détail", "Bricolage", "Mémoire du quartier"],
        "bio": "La quincaillerie Brunet, à la Croix-Rousse, a eu trois caisses enregistreuses "
        "Ferrandier en soixante ans. Mon grand-père a acheté la première, j’ai rendu la "
        "dernière au musée de l’entreprise.",
        "links": [],
        "email": "olivier.brunet@example.org",
        "portrait": True,
    },
]
