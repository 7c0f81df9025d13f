"""Demo stories of the 1990s: networks, the first website, the last workshop and the year 2000."""

# Each paragraph stays on one line: prose is easier to edit and review unwrapped.
# ruff: noqa: E501

STORIES_1990S: list[dict] = [
    {
        "slug": "la-nuit-du-31-decembre-1999",
        "title": "La nuit du 31 décembre 1999",
        "teaser": "Quatre millions de lignes de Cobol relues à la main, vingt-deux personnes en "
        "salle de supervision et un téléphone rouge qui sonne à minuit et quart.",
        "year": 1999,
        "decade": 1990,
        "circa": False,
        "themes": ["numerique", "epreuves"],
        "contributor": "sylvie-garnier",
        "place": "Grenoble, salle de supervision",
        "pull_quote": "À minuit et quart, le téléphone rouge a sonné.",
        "body": [
            (
                "paragraph",
                "<p>Pendant deux ans, j’ai piloté le chantier de l’an 2000. Le problème était simple à expliquer et terrible à corriger : nos vieux programmes notaient les années sur deux chiffres. Pour eux, après 99, venait 00, c’est-à-dire 1900. Les intérêts, les paies, les échéances, les contrats de nos clients : tout pouvait devenir absurde à minuit. Nous avons relu quatre millions de lignes de Cobol, à la main, à quarante personnes.</p>",
            ),
            (
                "paragraph",
                "<p>Le soir du 31 décembre 1999, nous étions vingt-deux dans la salle de supervision de Grenoble, avec des pizzas, du champagne qu’on n’avait pas le droit d’ouvrir et un téléphone rouge relié aux clients. À minuit moins dix, plus personne ne parlait. À minuit, les horloges des serveurs sont passées à 2000. Rien. À minuit cinq, toujours rien. À minuit et quart, le téléphone rouge a sonné.</p>",
            ),
            (
                "quote",
                {
                    "text": "Bonne année, l’équipe. Ici, tout marche. Je voulais juste entendre des gens réveillés.",
                    "attribution": "Une cliente, à minuit et quart, le 1er janvier 2000",
                },
            ),
            (
                "paragraph",
                "<p>Nous n’avons eu qu’un seul incident cette nuit-là : une imprimante de l’accueil, à Vaise, a daté ses tickets du 1er janvier 1900 pendant trois jours. Nous l’avons laissée faire. Il fallait bien une preuve que nous n’avions pas travaillé pour rien.</p>",
            ),
        ],
        "image": {
            "scene": "computer",
            "alt": "Photographie en couleur : des écrans cathodiques affichant des lignes de "
            "texte vert, alignés sur des bureaux",
            "caption": "La salle de supervision de Grenoble, nuit du 31 décembre 1999.",
            "credit": "Archives Ferrandier",
        },
        "featured": True,
    },
    {
        "slug": "ma-premiere-ligne-de-code",
        "title": "Ma première ligne de code chez Ferrandier",
        "teaser": "Un jeune diplômé persuadé que le Cobol est une langue morte, un tuteur de "
        "soixante ans et un programme de facturation écrit en 1974.",
        "year": 1996,
        "decade": 1990,
        "circa": False,
        "themes": ["numerique", "transmission"],
        "contributor": "karim-mansouri",
        "place": "Lyon, Vaise",
        "pull_quote": "Le code, petit, c’est comme une lettre à quelqu’un que tu ne connais pas "
        "encore. Écris lisiblement.",
        "body": [
            (
                "paragraph",
                "<p>Je suis arrivé en septembre 1996, à vingt-trois ans, avec un diplôme tout neuf et la certitude que le Cobol était une langue morte. On m’a assis à côté de Gérard Fontaine, qui avait près de soixante ans et écrivait du Cobol depuis 1965. Mon premier travail : corriger un programme de facturation écrit en 1974. Il faisait onze mille lignes, et il était commenté en majuscules.</p>",
            ),
            (
                "paragraph",
                "<p>J’ai passé trois semaines à le lire. Je trouvais tout ridicule, les noms de variables, les instructions, la mise en page. Puis, au bout de trois semaines, j’ai trouvé le bug, et j’ai compris que ce programme faisait exactement ce qu’il devait faire, depuis vingt-deux ans, sans jamais avoir planté, sur des machines qui n’existaient plus. J’ai changé d’avis sur le Cobol ce jour-là, et sur Gérard aussi.</p>",
            ),
            (
                "quote",
                {
                    "text": "Le code, petit, c’est comme une lettre à quelqu’un que tu ne connais pas encore. Écris lisiblement.",
                    "attribution": "Gérard Fontaine, mon premier tuteur",
                },
            ),
            (
                "paragraph",
                "<p>Ma première ligne de code chez Ferrandier, c’était la correction d’un bug de 1974. Une seule ligne. Gérard l’a relue, a hoché la tête et m’a offert un café. J’ai fait beaucoup de choses depuis, mais je ne crois pas avoir été aussi fier.</p>",
            ),
        ],
        "image": {
            "scene": "computer",
            "alt": "Photographie en couleur : des terminaux à écran affichant des lignes de "
            "texte vert sur des bureaux",
            "caption": "Le service développement de Vaise en 1996.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "le-jour-ou-j-ai-rendu-mes-cles",
        "title": "Le jour où j’ai rendu mes clés",
        "teaser": "Trente-huit ans de comptabilité, onze clés sur un anneau de fer, et une "
        "successeure qui n’a besoin que d’un badge et d’un mot de passe.",
        "year": 1996,
        "decade": 1990,
        "circa": False,
        "themes": ["transmission"],
        "contributor": "louis-vernet",
        "place": "Lyon, Vaise",
        "pull_quote": "J’ai gardé la onzième clé. Je cherche toujours la serrure.",
        "body": [
            (
                "paragraph",
                "<p>Le 28 juin 1996, après trente-huit ans à la comptabilité, j’ai rendu mes clés. J’en avais onze, sur un anneau de fer : le bureau, les armoires, le coffre, la salle des archives, et une petite clé dont je n’ai jamais su à quoi elle servait. Ma successeure, une jeune femme de vingt-huit ans, n’avait besoin que d’un badge et d’un mot de passe.</p>",
            ),
            (
                "paragraph",
                "<p>J’ai passé ma dernière semaine à lui expliquer les registres. Elle écoutait poliment, mais je voyais bien qu’elle ne voyait pas à quoi tout cela servait : les chiffres étaient dans l’ordinateur. Le dernier jour, je lui ai montré le registre du personnel de 1924. Elle l’a feuilleté longtemps. Puis elle m’a demandé si elle pouvait me téléphoner, quand elle aurait des questions sur l’histoire de la maison.</p>",
            ),
            (
                "quote",
                {
                    "text": "Monsieur Vernet, vos chiffres sont dans l’ordinateur. Mais l’histoire, elle, est dans votre tête.",
                    "attribution": "Ma successeure, le jour de mon départ",
                },
            ),
            (
                "paragraph",
                "<p>Elle m’a téléphoné souvent. C’est comme ça que je suis devenu archiviste bénévole. J’ai gardé la onzième clé. Je cherche toujours la serrure.</p>",
            ),
        ],
        "image": {
            "scene": "portrait",
            "alt": "Photographie en couleur : portrait en buste d’un homme sur un fond de studio",
            "caption": "Louis Vernet, le jour de son départ en retraite, 1996.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "pourquoi-nous-avons-choisi-ferrandier",
        "title": "Pourquoi nous avons choisi Ferrandier",
        "teaser": "Trois réponses à un appel d’offres, deux plaquettes en couleur, et une "
        "ingénieure qui demande à passer une journée avec nos gestionnaires.",
        "year": 1994,
        "decade": 1990,
        "circa": False,
        "themes": ["clients-et-partenaires"],
        "contributor": "helene-vasseur",
        "place": "",
        "pull_quote": "Votre cahier des charges décrit ce que vous croyez faire. Je voudrais "
        "construire ce que vous faites vraiment.",
        "body": [
            (
                "paragraph",
                "<p>En 1994, j’étais la jeune responsable informatique d’une mutuelle régionale, et nous devions remplacer notre système de gestion des adhérents. Trois entreprises ont répondu à l’appel d’offres. Deux nous ont envoyé des commerciaux brillants et des plaquettes en couleur. La troisième, Ferrandier, nous a envoyé une équipe de quatre personnes, dont une ingénieure de Grenoble qui a demandé à passer une journée avec nos gestionnaires.</p>",
            ),
            (
                "paragraph",
                "<p>Elle s’est assise à côté d’une gestionnaire qui traitait des remboursements depuis vingt ans. Elle l’a regardée travailler, en silence, pendant des heures. Le soir, elle nous a dit que notre cahier des charges était mal fait : il décrivait ce que nous croyions faire, pas ce que nous faisions vraiment. C’était vexant, et c’était vrai.</p>",
            ),
            (
                "quote",
                {
                    "text": "Votre cahier des charges décrit ce que vous croyez faire. Je voudrais construire ce que vous faites vraiment.",
                    "attribution": "L’ingénieure de Ferrandier, 1994",
                },
            ),
            (
                "paragraph",
                "<p>Ce n’était pas la proposition la moins chère. Mon conseil d’administration a hésité. J’ai insisté. Trente ans plus tard, nous travaillons toujours ensemble, et je ne regrette pas d’avoir insisté.</p>",
            ),
        ],
        "image": {
            "scene": "office",
            "alt": "Photographie en couleur : un bureau clair aux larges fenêtres, des postes "
            "de travail équipés d’écrans",
            "caption": "Une journée d’observation chez la mutuelle, 1994.",
            "credit": "Collection personnelle d’Hélène Vasseur",
        },
        "featured": False,
    },
    {
        "slug": "le-cable-bleu",
        "title": "Le câble bleu",
        "teaser": "Six kilomètres de câble à tirer dans des bâtiments de 1914 à 1970. Dans un "
        "ancien conduit de chaudière, un électricien trouve une carte perforée.",
        "year": 1993,
        "decade": 1990,
        "circa": True,
        "themes": ["numerique", "innovation"],
        "contributor": "patrick-nguyen",
        "place": "Lyon, usine de Vaise",
        "pull_quote": "Elle l’a lue à l’œil nu, trou par trou, et m’a dit que c’était la fiche "
        "de paie d’un magasinier.",
        "body": [
            (
                "paragraph",
                "<p>Vers 1993, j’ai été chargé de relier tous les ordinateurs de Vaise en réseau. Jusque-là, chaque service avait ses machines, ses fichiers, ses disquettes, et l’on échangeait les documents à pied, dans des enveloppes de courrier interne. Il a fallu tirer six kilomètres de câble bleu dans des bâtiments construits entre 1914 et 1970, à travers des murs de pierre, des faux plafonds pleins de poussière et un ancien conduit de chaudière.</p>",
            ),
            (
                "paragraph",
                "<p>Dans ce conduit, un électricien a trouvé une carte perforée de 1958, coincée là depuis le déménagement de l’atelier mécanographique. Je l’ai montrée à Odette Lacroix, qui était à la retraite mais passait souvent à la cantine. Elle l’a lue à l’œil nu, trou par trou, et m’a dit que c’était la fiche de paie d’un magasinier. Elle savait même son nom.</p>",
            ),
            (
                "quote",
                {
                    "text": "Ton câble va plus vite que mes cartes, mon petit. Mais mes cartes, on pourra encore les lire dans trente ans.",
                    "attribution": "Odette Lacroix, ancienne cheffe de l’atelier mécanographique",
                },
            ),
            (
                "paragraph",
                "<p>Elle avait raison. J’ai essayé, il y a quelques années, de relire une disquette de 1993. Impossible. La carte perforée, elle, est toujours dans mon tiroir, lisible.</p>",
            ),
        ],
        "image": {
            "scene": "computer",
            "alt": "Photographie en couleur : des écrans cathodiques posés sur des bureaux "
            "alignés, affichant du texte vert",
            "caption": "Les premiers postes reliés au réseau de Vaise, vers 1993.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "le-premier-site-web",
        "title": "Le premier site web",
        "teaser": "Onze pages, un logo qui met quarante secondes à s’afficher, et une page "
        "« Notre histoire » qui devient, de loin, la plus visitée.",
        "year": 1997,
        "decade": 1990,
        "circa": False,
        "themes": ["numerique", "tournants"],
        "contributor": "isabelle-rey",
        "place": "Lyon, Vaise",
        "pull_quote": "Les gens ne venaient pas voir nos produits. Ils venaient lire l’histoire "
        "de la maison, et ils nous écrivaient pour nous raconter la leur.",
        "body": [
            (
                "paragraph",
                "<p>En 1997, j’ai proposé à la direction de créer un site web pour la maison. Un membre du comité de direction m’a demandé, très sérieusement, à quoi cela servirait puisque nos clients avaient notre numéro de téléphone. Un autre voulait savoir si Internet serait encore là dans cinq ans. J’ai obtenu un budget minuscule et un stagiaire passionné.</p>",
            ),
            (
                "paragraph",
                "<p>Le site comptait onze pages, un logo qui mettait quarante secondes à s’afficher et une photo de l’usine de Grenoble prise un jour de brouillard. Il y avait aussi une page « Notre histoire », que j’avais écrite avec Louis Vernet, et qui était, de loin, la plus visitée. Les gens ne venaient pas voir nos produits. Ils venaient lire l’histoire de la maison, et ils nous écrivaient pour nous raconter la leur.</p>",
            ),
            (
                "quote",
                {
                    "text": "Madame, mon grand-père avait une caisse Ferrandier dans sa boutique à Tarare. Est-ce que vous auriez une photo ?",
                    "attribution": "Premier message reçu par le formulaire de contact, 1997",
                },
            ),
            (
                "paragraph",
                "<p>Nous avons reçu des centaines de messages comme celui-là. Je les ai tous imprimés et classés. Quand Amélie Bourgeois a lancé la grande collecte de témoignages, je lui ai apporté trois classeurs.</p>",
            ),
        ],
        "image": {
            "scene": "office",
            "alt": "Photographie en couleur : un bureau aux larges fenêtres, des postes de "
            "travail avec des écrans",
            "caption": "Le service communication en 1997.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "les-legumes-de-jean",
        "title": "Les légumes de Jean",
        "teaser": "Bien avant qu’on parle de circuit court, le chef de la cantine va voir un "
        "maraîcher du Pilat dont la fille travaille au service paie.",
        "year": None,
        "decade": 1990,
        "circa": False,
        "themes": ["a-table", "clients-et-partenaires"],
        "contributor": "bernard-chevalier",
        "place": "Lyon, cantine de Vaise",
        "pull_quote": "Chef, vos carottes ont un goût de carotte. Je ne savais pas que c’était "
        "possible à la cantine.",
        "body": [
            (
                "paragraph",
                "<p>Dans les années 1990, on parlait beaucoup de vache folle et de traçabilité, et les gens de l’usine commençaient à me demander d’où venait ce qu’ils mangeaient. Je n’avais pas toujours de réponse, et ça me gênait. Alors un jour, je suis allé voir un maraîcher du Pilat dont la fille travaillait au service paie. Il faisait des légumes sans produits chimiques, sans le crier sur les toits.</p>",
            ),
            (
                "paragraph",
                "<p>Il n’avait jamais vendu à une cantine. Moi, je n’avais jamais acheté à un maraîcher. Il a fallu tout inventer : les quantités, les livraisons, les prix, les semaines où il grêle. La direction des achats trouvait ça compliqué. Mais au bout d’un an, un tiers de nos légumes venaient de chez lui, et le gratin du jeudi était fait avec ses pommes de terre.</p>",
            ),
            (
                "quote",
                {
                    "text": "Chef, vos carottes ont un goût de carotte. Je ne savais pas que c’était possible à la cantine.",
                    "attribution": "Un jeune ingénieur de Grenoble en visite à Vaise",
                },
            ),
            (
                "paragraph",
                "<p>On ne disait pas encore « bio » ni « circuit court ». On disait « les légumes de Jean ». Jean est mort en 2015, mais son fils livre toujours la cuisine de Grenoble.</p>",
            ),
        ],
        "image": None,
        "featured": False,
    },
    {
        "slug": "le-soir-du-12-juillet-1998",
        "title": "Le soir du 12 juillet 1998",
        "teaser": "Un écran géant dans la cantine de Grenoble pour la finale de la Coupe du "
        "monde. On attendait cent personnes, il en est venu quatre cents.",
        "year": 1998,
        "decade": 1990,
        "circa": False,
        "themes": ["sport", "fetes-et-loisirs"],
        "contributor": "thierry-lambert",
        "place": "Grenoble, cantine de l’usine",
        "pull_quote": "Certaines dépenses sont des investissements.",
        "body": [
            (
                "paragraph",
                "<p>Le 12 juillet 1998, j’étais directeur technique depuis trois ans, et j’avais accepté, un peu imprudemment, que le comité d’entreprise installe un écran géant dans la cantine de Grenoble pour la finale de la Coupe du monde. On attendait cent personnes. Il en est venu quatre cents, avec les familles, les voisins, et des gens que personne ne connaissait.</p>",
            ),
            (
                "paragraph",
                "<p>Je me souviens surtout d’une chose. Au troisième but, un vieux technicien qui ne parlait jamais, un homme que je croisais depuis vingt ans sans avoir échangé plus de dix phrases avec lui, m’a pris dans ses bras et m’a soulevé de terre. Le lendemain, au bureau, il m’a salué d’un signe de tête, comme d’habitude. Nous n’en avons jamais reparlé. Mais depuis, nous nous disions bonjour en souriant.</p>",
            ),
            (
                "quote",
                {
                    "text": "Ce soir-là, il n’y avait plus de directeur ni de technicien. Il y avait quatre cents personnes qui chantaient faux.",
                    "attribution": "Un membre du comité d’entreprise, dans le journal interne",
                },
            ),
            (
                "paragraph",
                "<p>Le ménage du lendemain a pris deux jours. Le comité d’entreprise a reçu une facture de la société de nettoyage que j’ai signée sans discuter. Certaines dépenses sont des investissements.</p>",
            ),
        ],
        "image": {
            "scene": "celebration",
            "alt": "Photographie en couleur : des guirlandes de fanions au-dessus d’une foule "
            "réunie autour de longues tables",
            "caption": "La cantine de Grenoble le soir de la finale, 12 juillet 1998.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "arrive-a-grenoble-sans-savoir-souder",
        "title": "Arrivé à Grenoble sans savoir souder",
        "teaser": "Dix-neuf ans, un CAP de maintenance et un mensonge découvert en trente "
        "secondes. Mon tuteur m’envoie apprendre chez sa femme, Rosa.",
        "year": 1999,
        "decade": 1990,
        "circa": False,
        "themes": ["transmission", "lieux"],
        "contributor": "antoine-roche",
        "place": "Grenoble, usine",
        "pull_quote": "Il a vite compris que j’avais menti.",
        "body": [
            (
                "paragraph",
                "<p>Je suis arrivé à l’usine de Grenoble en septembre 1999, à dix-neuf ans, avec un CAP de maintenance et un seul entretien d’embauche, qui avait duré vingt minutes. On m’a présenté à mon tuteur, Manuel Martins, un régleur qui avait passé sa carrière entre Vaise et Grenoble. Il m’a demandé si je savais souder. J’ai dit oui. Il m’a tendu un fer. Il a vite compris que j’avais menti.</p>",
            ),
            (
                "paragraph",
                "<p>Il ne m’a pas engueulé. Il a dit seulement : « Ma femme, Rosa, elle soude mieux que tout l’atelier. Elle te montrera. » Le samedi suivant, je me suis retrouvé dans la cuisine des Martins, à Échirolles, devant une vieille planche à câbler, avec Rosa, qui venait de prendre sa retraite, et qui m’a appris à faire des petits volcans.</p>",
            ),
            (
                "quote",
                {
                    "text": "Petit volcan, pas de goutte. Petit volcan, pas de goutte.",
                    "attribution": "Rosa Martins, dans sa cuisine, en 1999",
                },
            ),
            (
                "paragraph",
                "<p>Je suis retourné chez eux quatre samedis de suite. Rosa faisait des pastéis de nata, Manuel commentait mes soudures. Vingt-cinq ans plus tard, je forme des jeunes à mon tour, et je leur répète la phrase de Rosa. Ils ne comprennent pas toujours pourquoi je souris.</p>",
            ),
        ],
        "image": {
            "scene": "workshop",
            "alt": "Photographie en couleur : un atelier clair sous une verrière, des machines "
            "alignées et un technicien",
            "caption": "L’atelier de maintenance de Grenoble, 1999.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "odette-et-la-t48",
        "title": "Odette et la T48",
        "teaser": "Au petit musée de Vaise, une ancienne perforatrice fait perforer leur prénom "
        "aux enfants, puis passe les cartes dans une tabulatrice de 1948.",
        "year": 1992,
        "decade": 1990,
        "circa": True,
        "themes": ["transmission", "produits"],
        "contributor": "odette-lacroix",
        "place": "Lyon, musée de Vaise",
        "pull_quote": "Madame, c’est vous qui avez inventé l’ordinateur ?",
        "body": [
            (
                "paragraph",
                "<p>Vers 1992, la maison a ouvert un petit musée dans l’ancienne salle du conseil, à Vaise. On y a installé une caisse modèle 37, une machine à calculer A1, et la dernière tabulatrice T48 encore entière, retrouvée chez un client qui s’en servait comme établi. J’étais à la retraite depuis quatre ans. On m’a demandé si je voulais bien expliquer aux visiteurs comment elle fonctionnait.</p>",
            ),
            (
                "paragraph",
                "<p>La première fois, c’était devant une classe de CM2. Les enfants regardaient la machine comme un dinosaure. J’ai pris un paquet de cartes vierges, une perforatrice manuelle, et je leur ai fait perforer leur prénom. Puis j’ai passé les cartes dans la T48, qu’un technicien avait remise en état, et elle a imprimé leurs prénoms sur un grand listing, dans un vacarme effroyable. Ils hurlaient de joie.</p>",
            ),
            (
                "quote",
                {
                    "text": "Madame, c’est vous qui avez inventé l’ordinateur ?",
                    "attribution": "Un élève de CM2",
                },
            ),
            (
                "paragraph",
                "<p>Je leur ai répondu que non, mais que j’avais un peu aidé. J’ai fait des visites pendant quinze ans. J’ai perforé les prénoms de plusieurs milliers d’enfants. Certains, devenus ingénieurs, me l’ont rappelé des années plus tard.</p>",
            ),
        ],
        "image": {
            "scene": "portrait",
            "alt": "Photographie en couleur : portrait en buste d’une femme sur un fond de studio",
            "caption": "Odette Lacroix au musée de Vaise, au début des années 1990.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "le-dernier-jour-du-cablage-a-vaise",
        "title": "Le dernier jour du câblage à Vaise",
        "teaser": "30 juin 1997 : la dernière carte électronique câblée à la main sort de "
        "l’atelier à onze heures. Puis vingt-trois femmes rangent leurs fers.",
        "year": 1997,
        "decade": 1990,
        "circa": False,
        "themes": ["epreuves", "lieux", "tournants"],
        "contributor": "rosa-martins",
        "place": "Lyon, atelier de câblage de Vaise",
        "pull_quote": "Nous avons bu dans les gobelets du distributeur, debout, au milieu des "
        "établis vides.",
        "body": [
            (
                "paragraph",
                "<p>En 1997, la direction a annoncé la fermeture du dernier atelier de fabrication de Vaise. Les cartes électroniques seraient désormais produites à Grenoble, par des machines automatiques qui posaient les composants plus vite que nous ne pouvions les regarder. Nous étions vingt-trois au câblage. On nous a proposé Grenoble, une préretraite ou une formation.</p>",
            ),
            (
                "paragraph",
                "<p>Le dernier jour, le 30 juin, nous avons fini la dernière carte à onze heures du matin. Puis nous avons nettoyé nos postes, rangé les fers à souder dans leurs boîtes, et nous sommes restées un moment sans savoir quoi faire. Quelqu’un a allumé la radio. Une des filles a apporté une bouteille. Nous avons bu dans les gobelets du distributeur, debout, au milieu des établis vides.</p>",
            ),
            (
                "quote",
                {
                    "text": "Trente-cinq ans que je soude ici. Le premier jour, je ne parlais pas français. Le dernier, je ne sais plus quoi dire.",
                    "attribution": "Ce que j’ai dit aux filles, ce jour-là",
                },
            ),
            (
                "paragraph",
                "<p>Mon mari et moi sommes partis à Grenoble pour mes deux dernières années. Le bâtiment du câblage est resté vide longtemps. Aujourd’hui, il abrite de jeunes entreprises, et chaque fois que je passe devant, je regarde la troisième fenêtre du premier étage, celle de mon poste.</p>",
            ),
        ],
        "image": {
            "scene": "factory",
            "alt": "Photographie en couleur : des bâtiments industriels aux toits en dents de "
            "scie, des collines à l’horizon, sous un ciel clair",
            "caption": "Les bâtiments de Vaise en 1997, l’année de la fermeture du dernier "
            "atelier.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "le-stand-qui-ne-marchait-pas",
        "title": "Le stand qui ne marchait pas",
        "teaser": "Au salon informatique, les douze écrans de la démonstration affichent un "
        "message d’erreur. Un ingénieur sous la table, un commercial au tableau blanc.",
        "year": None,
        "decade": 1990,
        "circa": False,
        "themes": ["clients-et-partenaires"],
        "contributor": "benoit-caron",
        "place": "Paris, salon professionnel",
        "pull_quote": "Moi, je faisais la démonstration à la main, avec un tableau blanc et un "
        "feutre, en racontant ce que les écrans auraient dû montrer.",
        "body": [
            (
                "paragraph",
                "<p>Dans les années 1990, la maison exposait chaque année dans un grand salon informatique à Paris. C’était mon moment préféré de l’année et mon pire cauchemar. Une année, je ne sais plus si c’était 1993 ou 1994, nous avions prévu une démonstration spectaculaire : un réseau de douze postes qui partageaient une base de données en temps réel, devant le public.</p>",
            ),
            (
                "paragraph",
                "<p>Le premier matin, à l’ouverture, rien ne marchait. Les douze écrans affichaient un message d’erreur. Les visiteurs passaient, souriaient, s’en allaient. Notre ingénieur, Patrick Nguyen, s’est couché sous la table avec un tournevis et une lampe, et il y est resté quatre heures. Moi, je faisais la démonstration à la main, avec un tableau blanc et un feutre, en racontant ce que les écrans auraient dû montrer.</p>",
            ),
            (
                "quote",
                {
                    "text": "Votre machine ne marche pas, mais vous, vous savez expliquer. Passez me voir.",
                    "attribution": "Un visiteur, devenu notre client",
                },
            ),
            (
                "paragraph",
                "<p>À quatorze heures, Patrick est sorti de sous la table, couvert de poussière, et les douze écrans se sont allumés ensemble. Les gens ont applaudi. Ce jour-là, nous avons recueilli plus de contacts qu’aucune autre année, et la moitié venaient de la matinée sans écrans.</p>",
            ),
        ],
        "image": {
            "scene": "celebration",
            "alt": "Photographie en couleur : des fanions au-dessus d’un stand et d’une longue "
            "table entourée de visiteurs",
            "caption": "Le stand de la maison au salon informatique, au milieu des années 1990.",
            "credit": "Collection personnelle de Benoît Caron",
        },
        "featured": False,
    },
]
