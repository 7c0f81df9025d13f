"""Demo stories of the 1950s: punched cards, the first woman engineer, the first summer camps."""

# Each paragraph stays on one line: prose is easier to edit and review unwrapped.
# ruff: noqa: E501

STORIES_1950S: list[dict] = [
    {
        "slug": "la-premiere-femme-ingenieure",
        "title": "La première femme ingénieure",
        "teaser": "Septembre 1957 : vingt-six hommes au bureau d’études, une jeune ingénieure "
        "électronicienne, et pas de toilettes pour les femmes à l’étage.",
        "year": 1957,
        "decade": 1950,
        "circa": False,
        "themes": ["femmes-et-metiers", "innovation"],
        "contributor": "simone-arnaud",
        "place": "Lyon, bureau d’études de Vaise",
        "pull_quote": "Deux semaines plus tard, le prototype a grillé exactement comme je l’avais "
        "prévu.",
        "body": [
            (
                "paragraph",
                "<p>Le 2 septembre 1957, je suis entrée au bureau d’études avec mon diplôme d’ingénieure électronicienne et un tailleur neuf. Il y avait vingt-six dessinateurs et ingénieurs, tous des hommes, et une seule question sur toutes les lèvres : où allait-elle se laver les mains ? Il n’y avait pas de toilettes pour les femmes à cet étage. Pendant six mois, j’ai descendu deux étages, jusqu’à l’atelier mécanographique.</p>",
            ),
            (
                "paragraph",
                "<p>Le premier jour, le chef de service m’a confié le classement des plans. Le deuxième aussi. Le troisième, j’ai trouvé une erreur dans un schéma d’alimentation de la nouvelle tabulatrice et je l’ai signalée, poliment. On ne m’a pas répondu. Deux semaines plus tard, le prototype a grillé exactement comme je l’avais prévu. Le lendemain, le chef de service a posé un dossier sur mon bureau, sans un mot. C’était un vrai dossier.</p>",
            ),
            (
                "quote",
                {
                    "text": "Mademoiselle Arnaud, vous aviez raison. Ne le dites à personne, et reprenez-moi ce circuit.",
                    "attribution": "Le chef du bureau d’études, 1957",
                },
            ),
            (
                "paragraph",
                "<p>J’ai fini cheffe de service. En 1994, à mon départ, le bureau d’études comptait onze ingénieures. Et des toilettes à chaque étage.</p>",
            ),
        ],
        "image": {
            "scene": "portrait",
            "alt": "Photographie aux tons sépia : portrait en buste d’une jeune femme sur un "
            "fond de studio",
            "caption": "Simone Arnaud en 1957, l’année de son arrivée au bureau d’études.",
            "credit": "Collection personnelle de Simone Arnaud",
        },
        "featured": True,
    },
    {
        "slug": "mon-premier-jour-de-regleur",
        "title": "Mon premier jour de régleur",
        "teaser": "Seize ans, troisième Bellanger de l’atelier, et un vieux régleur surnommé "
        "le Docteur qui auscultait les machines l’oreille contre le bâti.",
        "year": 1952,
        "decade": 1950,
        "circa": False,
        "themes": ["vie-a-l-usine", "transmission"],
        "contributor": "henri-bellanger",
        "place": "Lyon, atelier de Vaise",
        "pull_quote": "Une machine, ça parle tout le temps. Le travail du régleur, c’est de se "
        "taire assez longtemps pour l’écouter.",
        "body": [
            (
                "paragraph",
                "<p>Le 3 mars 1952, j’avais seize ans et j’entrais à mon tour dans l’atelier de Vaise, où mon père et mon grand-père avaient travaillé. On m’a affecté au réglage, sous les ordres d’un vieux régleur qu’on appelait « le Docteur », parce qu’il auscultait les machines en posant l’oreille contre le bâti.</p>",
            ),
            (
                "paragraph",
                "<p>Il m’a fait écouter un tour pendant une heure, sans rien faire d’autre. Puis un deuxième. Puis il a desserré un écrou sur le troisième, sans me le dire, et m’a demandé ce qui n’allait pas. Je n’ai rien entendu. Il a resserré l’écrou, l’a desserré encore, et ainsi de suite pendant toute la matinée, jusqu’à ce que j’entende enfin le petit claquement, à peine un souffle, au milieu du vacarme.</p>",
            ),
            (
                "quote",
                {
                    "text": "Une machine, ça parle tout le temps. Le travail du régleur, c’est de se taire assez longtemps pour l’écouter.",
                    "attribution": "« Le Docteur », régleur à Vaise",
                },
            ),
            (
                "paragraph",
                "<p>À midi, il m’a emmené à la cantine. Germaine, à la caisse, m’a regardé et a dit : « Encore un Bellanger. » Elle m’a donné un jeton de plus, « pour grandir ».</p>",
            ),
        ],
        "image": {
            "scene": "workshop",
            "alt": "Photographie aux tons sépia : des rangées de machines-outils sous une "
            "verrière, quelques ouvriers à leur poste",
            "caption": "L’atelier de réglage de Vaise au début des années 1950.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "quarante-perforatrices",
        "title": "Quarante perforatrices",
        "teaser": "Quarante machines, quarante femmes et un bruit de machines à coudre qui "
        "jouent du tambour : l’atelier mécanographique au début des années 1950.",
        "year": 1953,
        "decade": 1950,
        "circa": True,
        "themes": ["femmes-et-metiers", "vie-a-l-usine"],
        "contributor": "odette-lacroix",
        "place": "Lyon, atelier mécanographique de Vaise",
        "pull_quote": "Imaginez quarante machines à coudre qui jouent du tambour.",
        "body": [
            (
                "paragraph",
                "<p>Au début des années 1950, l’atelier mécanographique occupait tout le premier étage du bâtiment neuf : quarante perforatrices, quarante femmes, et un bruit que je n’ai jamais retrouvé nulle part. Imaginez quarante machines à coudre qui jouent du tambour. Les visiteurs se bouchaient les oreilles ; nous, on n’entendait plus rien au bout d’une semaine.</p>",
            ),
            (
                "paragraph",
                "<p>On travaillait à la cadence, au nombre de cartes par heure, affiché chaque soir sur un tableau noir. Certaines filles se faisaient la course. Moi, j’étais rapide mais je bavardais, alors la cheffe m’avait placée entre deux Italiennes qui ne parlaient pas encore français. Au bout de six mois, je parlais italien, et elles parlaient lyonnais.</p>",
            ),
            (
                "quote",
                {
                    "text": "Quand ta machine ralentit, Odette, c’est que tu as un chagrin. Raconte.",
                    "attribution": "Lucia, ma voisine de perforatrice",
                },
            ),
            (
                "paragraph",
                "<p>C’était dur, répétitif, mal payé. Mais je n’ai jamais eu autant d’amies qu’à ce premier étage. Nous nous voyons encore, celles qui restent, le premier jeudi de chaque mois.</p>",
            ),
        ],
        "image": {
            "scene": "office",
            "alt": "Photographie aux tons sépia : une grande salle éclairée par des fenêtres, "
            "des employées assises en rangées devant leurs machines",
            "caption": "L’atelier mécanographique, premier étage du bâtiment neuf, vers 1953.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "la-secretaire-et-le-dictaphone",
        "title": "La secrétaire et le dictaphone",
        "teaser": "Le directeur revient d’un salon avec un dictaphone à cylindres. L’appareil "
        "tiendra trois semaines, et laissera trois minutes de sifflotement.",
        "year": 1955,
        "decade": 1950,
        "circa": False,
        "themes": ["vie-a-l-usine", "innovation"],
        "contributor": "francoise-pelletier",
        "place": "Lyon, direction de Vaise",
        "pull_quote": "Cet appareil ne me comprend pas comme vous.",
        "body": [
            (
                "paragraph",
                "<p>Je suis entrée au secrétariat de la direction en 1955, à dix-neuf ans, parce que je prenais la sténo à cent vingt mots par minute. Monsieur Lucien Ferrandier dictait vite, en marchant de long en large, et changeait d’avis au milieu des phrases. Quelques mois plus tard, il est revenu d’un salon à Paris avec un dictaphone à cylindres, très fier, et m’a annoncé que je n’aurais plus besoin de prendre en sténo.</p>",
            ),
            (
                "paragraph",
                "<p>Le dictaphone a duré trois semaines. Monsieur Ferrandier oubliait d’appuyer sur le bouton, ou dictait la bouche pleine, ou parlait tellement près du micro que la lettre commençait par un grand souffle. Un matin, j’ai trouvé sur un cylindre dix minutes de dictée suivies de trois minutes de sifflotement : il avait oublié d’arrêter l’appareil en allant déjeuner.</p>",
            ),
            (
                "quote",
                {
                    "text": "Mademoiselle, reprenez votre crayon. Cet appareil ne me comprend pas comme vous.",
                    "attribution": "Lucien Ferrandier, 1955",
                },
            ),
            (
                "paragraph",
                "<p>J’ai gardé le cylindre du sifflotement. C’était « La Madelon », faux du début à la fin.</p>",
            ),
        ],
        "image": {
            "scene": "office",
            "alt": "Photographie aux tons sépia : un bureau aux fenêtres hautes, des tables "
            "alignées avec des machines à écrire",
            "caption": "Le secrétariat de la direction, au milieu des années 1950.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "la-tournee-des-caisses-enregistreuses",
        "title": "La tournée des caisses enregistreuses",
        "teaser": "Un Breton, une voiture de service et vingt-deux kilos de caisse de "
        "démonstration sur les routes de la Drôme et de l’Ardèche.",
        "year": 1958,
        "decade": 1950,
        "circa": False,
        "themes": ["clients-et-partenaires", "lieux"],
        "contributor": "yannick-le-goff",
        "place": "Drôme et Ardèche",
        "pull_quote": "Dans les épiceries de village, on ne vendait pas une caisse au patron : on "
        "la vendait à sa femme, qui tenait les comptes, et à sa belle-mère, qui décidait de tout.",
        "body": [
            (
                "paragraph",
                "<p>Mon premier jour de représentant, en octobre 1958, on m’a donné une voiture de service, un carnet de bons de commande et une caisse enregistreuse de démonstration de vingt-deux kilos qui occupait tout le siège arrière. Mon secteur : la Drôme et l’Ardèche. Je ne connaissais ni l’une ni l’autre, et je parlais avec un accent de Quimper que personne ne comprenait.</p>",
            ),
            (
                "paragraph",
                "<p>J’ai vite appris. Dans les épiceries de village, on ne vendait pas une caisse au patron : on la vendait à sa femme, qui tenait les comptes, et à sa belle-mère, qui décidait de tout. Il fallait boire le café, parfois la goutte, admirer les enfants, demander des nouvelles du cousin. La démonstration venait après, et la commande bien après, souvent au troisième passage.</p>",
            ),
            (
                "quote",
                {
                    "text": "Petit, tu vendras le jour où tu sauras le prénom du chien.",
                    "attribution": "Un épicier de Nyons, mon premier vrai professeur de vente",
                },
            ),
            (
                "paragraph",
                "<p>J’ai fini par connaître le prénom de tous les chiens de la Drôme. Et j’ai vendu, les bonnes années, une caisse par jour ouvrable.</p>",
            ),
        ],
        "image": {
            "scene": "street",
            "alt": "Photographie aux tons sépia : une rue de petite ville bordée de maisons à "
            "fenêtres, une voiture garée le long du trottoir",
            "caption": "Une rue de la Drôme, sur la tournée de Yannick Le Goff, fin des années "
            "1950.",
            "credit": "Collection personnelle de Yannick Le Goff",
        },
        "featured": False,
    },
    {
        "slug": "les-comptes-a-la-plume",
        "title": "Les comptes à la plume",
        "teaser": "La maison fabriquait des tabulatrices pour toute la France, mais sa "
        "comptabilité se tenait encore à la plume. Le paradoxe du cordonnier.",
        "year": 1959,
        "decade": 1950,
        "circa": False,
        "themes": ["vie-a-l-usine", "numerique"],
        "contributor": "louis-vernet",
        "place": "Lyon, comptabilité de Vaise",
        "pull_quote": "Il disait qu’elles calculaient juste mais pensaient faux.",
        "body": [
            (
                "paragraph",
                "<p>Quand je suis arrivé à la comptabilité en 1958, la maison fabriquait des tabulatrices pour toute la France, mais sa propre comptabilité se tenait encore à la plume, dans de grands registres reliés de toile verte. C’est le paradoxe du cordonnier. Le chef comptable, monsieur Roux, se méfiait des machines ; il disait qu’elles calculaient juste mais pensaient faux.</p>",
            ),
            (
                "paragraph",
                "<p>Nous étions six, en manches de lustrine, à recopier des colonnes de chiffres. On additionnait de tête, puis on vérifiait à la machine à calculer, une vieille A1 de 1922 qui marchait encore. Si les deux résultats différaient, on recommençait de tête. La machine avait presque toujours raison, mais monsieur Roux tenait à ce rituel.</p>",
            ),
            (
                "quote",
                {
                    "text": "La machine vous dit le total. Elle ne vous dit pas pourquoi il est faux.",
                    "attribution": "Monsieur Roux, chef comptable",
                },
            ),
            (
                "paragraph",
                "<p>En 1959, la direction a imposé le passage de la paie sur tabulatrice. Monsieur Roux a pris sa retraite la même année. Le jour de son départ, il m’a donné sa plume, en me disant de la garder pour le jour où les machines tomberaient en panne. Elles sont tombées en panne souvent ; je ne me suis jamais servi de la plume.</p>",
            ),
        ],
        "image": None,
        "featured": False,
    },
    {
        "slug": "ma-premiere-colonie",
        "title": "Ma première colonie",
        "teaser": "Juillet 1951 : trente-huit enfants d’ouvriers dans un car qui sent le gasoil "
        "et le saucisson, direction une ferme du Vercors.",
        "year": 1951,
        "decade": 1950,
        "circa": False,
        "themes": ["fetes-et-loisirs", "solidarite"],
        "contributor": "yvette-marchand",
        "place": "Vercors",
        "pull_quote": "Maman, ici il y a des montagnes partout, même derrière les montagnes.",
        "body": [
            (
                "paragraph",
                "<p>En juillet 1951, j’avais dix ans et je suis partie avec la première colonie du comité d’entreprise, dans une ancienne ferme du Vercors louée pour l’été. Nous étions trente-huit enfants d’ouvriers et d’employés, dans un car qui sentait le gasoil et le saucisson. La moitié d’entre nous n’avaient jamais quitté Lyon. Certains n’avaient jamais vu de vache.</p>",
            ),
            (
                "paragraph",
                "<p>Il y avait des moniteurs, des jeunes de l’usine qui avaient pris leurs congés pour nous garder, et une cuisinière qui faisait des gratins énormes. On dormait dans la paille la première semaine, parce que les lits n’étaient pas arrivés. On marchait, on chantait, on cueillait des myrtilles, on écrivait aux parents des lettres où il n’y avait que des fautes et des taches de myrtille.</p>",
            ),
            (
                "quote",
                {
                    "text": "Maman, ici il y a des montagnes partout, même derrière les montagnes.",
                    "attribution": "Ma première lettre de colonie, juillet 1951",
                },
            ),
            (
                "paragraph",
                "<p>Ma mère a gardé cette lettre toute sa vie, avec sa photo de 1936 devant le lac. Je crois qu’elle était heureuse que je voie les montagnes douze ans plus jeune qu’elle.</p>",
            ),
        ],
        "image": {
            "scene": "landscape",
            "alt": "Photographie aux tons sépia : des crêtes de montagnes enneigées au-dessus de "
            "collines et d’une vallée",
            "caption": "Le Vercors vu de la colonie, été 1951.",
            "credit": "Collection de la famille Marchand",
        },
        "featured": False,
    },
    {
        "slug": "la-tabulatrice-qui-chantait",
        "title": "La tabulatrice qui chantait",
        "teaser": "Chez un grossiste en tissus, une tabulatrice émettait une note de musique en "
        "fin de cycle. Le jour où elle s’est tue, les employées ont appelé au secours.",
        "year": None,
        "decade": 1950,
        "circa": False,
        "themes": ["produits", "clients-et-partenaires"],
        "contributor": "jean-pierre-moulin",
        "place": "Lyon, presqu’île",
        "pull_quote": "J’ai passé une heure à tordre le nouveau ressort pour qu’il vibre comme "
        "l’ancien.",
        "body": [
            (
                "paragraph",
                "<p>Dans les années 1950, je suis passé du tour à la maintenance des tabulatrices. J’allais chez les clients, dans les banques, les caisses d’allocations, les grands magasins, avec une mallette d’outils et une burette d’huile. Une tabulatrice, c’était des milliers de pièces en mouvement, et chacune avait sa façon de se plaindre.</p>",
            ),
            (
                "paragraph",
                "<p>Il y en avait une, chez un grossiste en tissus de la presqu’île, qui faisait un bruit particulier en fin de cycle, comme une note de musique. Les employées l’appelaient « la chanteuse ». Le jour où elle s’est tue, elles m’ont appelé en panique. J’ai trouvé un ressort cassé dans le mécanisme d’impression : c’était lui qui chantait. Je l’ai remplacé par un ressort neuf ; la machine est repartie, mais muette.</p>",
            ),
            (
                "quote",
                {
                    "text": "Réparez-la, mais rendez-lui sa voix. On travaille mieux en musique.",
                    "attribution": "La cheffe comptable du grossiste",
                },
            ),
            (
                "paragraph",
                "<p>J’ai passé une heure à tordre le nouveau ressort pour qu’il vibre comme l’ancien. Ce n’était pas dans le manuel. Mais la chanteuse a rechanté, et la cheffe comptable m’a offert un coupon de tissu dont ma femme a fait une robe.</p>",
            ),
        ],
        "image": {
            "scene": "computer",
            "alt": "Photographie aux tons sépia : de grandes armoires de machines "
            "mécanographiques avec leurs panneaux de commande, alignées dans une salle",
            "caption": "Une salle de tabulatrices chez un client, années 1950.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "la-caisse-electrique",
        "title": "La caisse électrique",
        "teaser": "Mon père achète une caisse électrique crème et chromée. Mon grand-père refuse "
        "de s’en servir : pendant un an, la quincaillerie aura deux caisses.",
        "year": 1956,
        "decade": 1950,
        "circa": True,
        "themes": ["clients-et-partenaires", "produits"],
        "contributor": "olivier-brunet",
        "place": "Lyon, Croix-Rousse",
        "pull_quote": "Pendant un an, il y a donc eu deux caisses dans la quincaillerie.",
        "body": [
            (
                "paragraph",
                "<p>J’avais sept ans, vers 1956, quand mon père a remplacé la vieille caisse de mon grand-père par une caisse électrique Ferrandier. Elle était crème et chromée, avec des touches qui s’enfonçaient toutes seules dans un petit bruit de succion, et un tiroir qui s’ouvrait comme un diable de sa boîte. Mon grand-père, qui avait alors soixante-dix ans, a refusé de s’en servir.</p>",
            ),
            (
                "paragraph",
                "<p>Pendant un an, il y a donc eu deux caisses dans la quincaillerie. La nouvelle, au comptoir, pour mon père. L’ancienne, au fond, sur l’établi, pour mon grand-père, qui y encaissait ses clients à lui, les vieux du quartier, qui préféraient aussi la sonnette. Le soir, il fallait additionner les deux, et les chiffres ne tombaient jamais juste.</p>",
            ),
            (
                "quote",
                {
                    "text": "Ta machine électrique, elle ne sonne pas. Comment veux-tu que les gens sachent qu’on travaille ?",
                    "attribution": "Léon Brunet, mon grand-père",
                },
            ),
            (
                "paragraph",
                "<p>Un représentant de la maison est venu, a écouté toute l’histoire en souriant, et a promis d’en parler au bureau d’études. Le modèle suivant avait une petite sonnette. Je ne saurai jamais si c’était grâce à nous.</p>",
            ),
        ],
        "image": {
            "scene": "product",
            "alt": "Photographie aux tons sépia : une caisse enregistreuse avec son clavier et "
            "son tiroir, posée sur un comptoir",
            "caption": "Une caisse électrique du milieu des années 1950.",
            "credit": "Collection de la famille Brunet",
        },
        "featured": False,
    },
    {
        "slug": "le-match-contre-les-cheminots",
        "title": "Le match contre les cheminots",
        "teaser": "Finale du championnat corporatif, 1954. Mon père, arrière gauche, me confie "
        "ses lunettes à la mi-temps et marque le seul but de sa carrière.",
        "year": 1954,
        "decade": 1950,
        "circa": False,
        "themes": ["sport", "fetes-et-loisirs"],
        "contributor": "michel-perrin",
        "place": "Lyon, Saint-Rambert",
        "pull_quote": "Personne n’a jamais su s’il avait vu le ballon.",
        "body": [
            (
                "paragraph",
                "<p>J’avais dix ans en 1954, et mon père jouait arrière gauche dans l’équipe de la maison. Cette année-là, l’équipe a atteint la finale du championnat corporatif du Rhône, contre les cheminots du dépôt de Vaise. Tout le quartier s’est retrouvé sur le terrain de Saint-Rambert, les ouvriers avec leurs enfants, les cadres avec leurs chapeaux, et même Lucien Ferrandier, qui ne comprenait rien au football.</p>",
            ),
            (
                "paragraph",
                "<p>À la mi-temps, on perdait 2 à 0. Mon père est revenu au bord du terrain, boueux jusqu’aux oreilles, et m’a confié ses lunettes, qu’il ne portait jamais pendant les matchs, par coquetterie. En seconde période, il a marqué le seul but de sa carrière, de la tête, sur corner. Personne n’a jamais su s’il avait vu le ballon.</p>",
            ),
            (
                "quote",
                {
                    "text": "Je n’ai rien vu. J’ai senti qu’il arrivait, et j’ai fermé les yeux.",
                    "attribution": "René Perrin, mon père, après le match",
                },
            ),
            (
                "paragraph",
                "<p>Nous avons perdu 3 à 1. Mais le soir, à la cantine, on a fêté ce but comme une victoire. Douze ans plus tard, c’est moi qui portais le maillot.</p>",
            ),
        ],
        "image": {
            "scene": "team",
            "alt": "Photographie aux tons sépia : une équipe de football posant sur deux rangs "
            "devant un mur",
            "caption": "L’équipe de la maison, finale du championnat corporatif, 1954.",
            "credit": "Collection de la famille Perrin",
        },
        "featured": False,
    },
]
