"""Demo stories of the 1930s: the crisis, the canteen, June 1936 and the first paid holidays."""

# Each paragraph stays on one line: prose is easier to edit and review unwrapped.
# ruff: noqa: E501

STORIES_1930S: list[dict] = [
    {
        "slug": "les-caisses-qui-ne-se-vendaient-plus",
        "title": "Les caisses qui ne se vendaient plus",
        "teaser": "En 1932, les commandes chutent des deux tiers. On propose au fondateur de "
        "licencier la moitié du personnel. Il choisit une autre voie.",
        "year": 1932,
        "decade": 1930,
        "circa": False,
        "themes": ["epreuves", "solidarite"],
        "contributor": "claire-besson",
        "place": "Lyon, usine de Vaise",
        "pull_quote": "Je préfère cent dix personnes qui mangent un peu moins que cinquante-cinq "
        "qui ne mangent plus du tout.",
        "body": [
            (
                "paragraph",
                "<p>La crise de 1929 arrive à Lyon avec retard, mais elle arrive. En 1932, les commandes de caisses enregistreuses ont chuté des deux tiers : les commerçants n’achètent plus rien, certains rendent même leur machine faute de pouvoir payer les mensualités. L’atelier compte alors cent dix personnes.</p>",
            ),
            (
                "paragraph",
                "<p>Les procès-verbaux du conseil montrent qu’on a proposé à Auguste de licencier la moitié du personnel. Il a refusé. À la place, tout le monde est passé à quatre jours par semaine, lui compris, et il a réduit son propre salaire de moitié. Les ouvriers ont utilisé le cinquième jour pour réparer gratuitement les caisses des petits commerçants du quartier, ce qui a valu à la maison une fidélité qu’aucune publicité n’aurait achetée.</p>",
            ),
            (
                "quote",
                {
                    "text": "Je préfère cent dix personnes qui mangent un peu moins que cinquante-cinq qui ne mangent plus du tout.",
                    "attribution": "Auguste Ferrandier, procès-verbal du conseil, février 1932",
                },
            ),
            (
                "paragraph",
                "<p>Tout ne fut pas rose : les archives gardent aussi la trace de lettres amères, de familles qui n’arrivaient plus à payer leur loyer. Mais en 1935, quand les commandes sont revenues, personne n’avait été renvoyé.</p>",
            ),
        ],
        "image": {
            "scene": "factory",
            "alt": "Photographie en noir et blanc : une usine aux toits en dents de scie et ses "
            "cheminées sous un ciel pâle",
            "caption": "L’usine de Vaise au début des années 1930.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "les-premiers-conges-payes-de-ma-mere",
        "title": "Les premiers congés payés de ma mère",
        "teaser": "Août 1936 : douze jours de congés payés, cinq ouvrières, deux bicyclettes et "
        "une casserole. Ma mère découvre la montagne.",
        "year": 1936,
        "decade": 1930,
        "circa": False,
        "themes": ["luttes-sociales", "fetes-et-loisirs"],
        "contributor": "yvette-marchand",
        "place": "Savoie",
        "pull_quote": "J’avais vingt-deux ans et je découvrais qu’on pouvait être payée à "
        "regarder les montagnes.",
        "body": [
            (
                "paragraph",
                "<p>En août 1936, ma mère, Germaine, avait vingt-deux ans et tenait la caisse de la cantine depuis deux ans. Pour la première fois de sa vie, elle avait douze jours de congés payés. Douze jours ! Elle ne savait pas quoi en faire. Ce sont les filles de l’atelier de montage qui ont décidé pour elle : on partirait à la montagne, en Savoie, avec le billet populaire à prix réduit.</p>",
            ),
            (
                "paragraph",
                "<p>Elles étaient cinq, avec deux bicyclettes pour cinq, une tente empruntée au frère de l’une et une casserole. Elles ont dormi dans une grange près d’Aix-les-Bains, se sont baignées dans le lac en combinaison, et sont montées à pied jusqu’à un alpage où un berger leur a offert du lait encore tiède. Ma mère n’avait jamais vu de montagne de près.</p>",
            ),
            (
                "quote",
                {
                    "text": "J’avais vingt-deux ans et je découvrais qu’on pouvait être payée à regarder les montagnes.",
                    "attribution": "Germaine Marchand, ma mère",
                },
            ),
            (
                "paragraph",
                "<p>Elle a gardé toute sa vie la photo de ce voyage, cinq filles en short qui rient parce que le retardateur de l’appareil ne marchait pas. Chaque été, jusqu’à ses quatre-vingt-dix ans, elle disait le premier jour de ses vacances : « Merci, 36. »</p>",
            ),
        ],
        "image": {
            "scene": "landscape",
            "alt": "Photographie en noir et blanc : des montagnes enneigées derrière des "
            "collines et une vallée",
            "caption": "Le voyage en Savoie des ouvrières de la maison, août 1936.",
            "credit": "Collection de la famille Marchand",
        },
        "featured": True,
    },
    {
        "slug": "juin-36-l-accordeon-dans-l-atelier",
        "title": "Juin 36 : l’accordéon dans l’atelier",
        "teaser": "Pendant dix jours, l’atelier est occupé. Pas saccagé : occupé. On graisse les "
        "machines le matin et on danse entre les tours le soir.",
        "year": 1936,
        "decade": 1930,
        "circa": False,
        "themes": ["luttes-sociales"],
        "contributor": "henri-bellanger",
        "place": "Lyon, usine de Vaise",
        "pull_quote": "Pas saccagé, occupé : il insistait toujours sur ce mot.",
        "body": [
            (
                "paragraph",
                "<p>Mon grand-père Firmin a participé à la grève de juin 1936, comme presque tout le monde à Vaise. Pendant dix jours, l’atelier a été occupé. Pas saccagé, occupé : il insistait toujours sur ce mot. Les machines étaient graissées tous les matins, on balayait, on montait la garde devant le magasin d’outillage pour que rien ne disparaisse.</p>",
            ),
            (
                "paragraph",
                "<p>Le soir, on poussait les établis et on dansait. Un fraiseur jouait de l’accordéon, les femmes apportaient à manger, les enfants couraient entre les tours arrêtés. Auguste Ferrandier venait tous les jours parler avec les délégués. Il n’était pas d’accord avec tout, mais il a signé l’accord dès que la loi est passée, et il est resté boire un verre avec les grévistes.</p>",
            ),
            (
                "quote",
                {
                    "text": "On défendait nos machines autant que nos droits. C’était notre atelier aussi.",
                    "attribution": "Firmin Bellanger, mon grand-père",
                },
            ),
            (
                "paragraph",
                "<p>De cette grève, mon grand-père a rapporté deux choses : la semaine de quarante heures, et le goût de l’accordéon. C’est lui qui m’a appris à en jouer. Je joue toujours, et quand je joue « Le Temps des cerises », je pense à l’atelier occupé.</p>",
            ),
        ],
        "image": {
            "scene": "team",
            "alt": "Photographie en noir et blanc : un groupe d’ouvriers et d’ouvrières posant "
            "sur deux rangs devant un mur d’atelier",
            "caption": "Les grévistes de Vaise posent devant l’atelier occupé, juin 1936.",
            "credit": "Collection de la famille Bellanger",
        },
        "featured": False,
    },
    {
        "slug": "la-cantine-ouvre-ses-portes",
        "title": "La cantine ouvre ses portes",
        "teaser": "Un ancien entrepôt de bois, des jetons en laiton, une ardoise pour menu et un "
        "patron qui mange à la même table que tout le monde.",
        "year": 1934,
        "decade": 1930,
        "circa": True,
        "themes": ["a-table", "vie-a-l-usine"],
        "contributor": "yvette-marchand",
        "place": "Lyon, usine de Vaise",
        "pull_quote": "Ma mère disait qu’on apprenait plus sur l’usine à la caisse de la cantine "
        "qu’au bureau du personnel.",
        "body": [
            (
                "paragraph",
                "<p>La cantine a ouvert vers 1934, dans un ancien entrepôt de bois au fond de la cour. Avant, chacun mangeait sa gamelle sur son établi, ou allait au café d’en face quand il en avait les moyens. Ma mère a été embauchée pour tenir la caisse : les repas coûtaient presque rien, mais on les payait avec des jetons en laiton qu’il fallait acheter le lundi.</p>",
            ),
            (
                "paragraph",
                "<p>Le menu tenait sur une ardoise : une soupe, un plat, un fromage ou un fruit. Le jeudi, c’était le gratin de cardons, que personne n’aimait sauf le patron, qui venait manger avec tout le monde, à la même table, dans la même assiette en faïence blanche. Ma mère disait qu’on apprenait plus sur l’usine à la caisse de la cantine qu’au bureau du personnel.</p>",
            ),
            (
                "quote",
                {
                    "text": "À la caisse, je voyais qui avait faim, qui avait des dettes, qui était amoureux. Je ne disais rien, mais je savais.",
                    "attribution": "Germaine Marchand, ma mère",
                },
            ),
            (
                "paragraph",
                "<p>Les jetons de laiton ont servi jusqu’en 1962. J’en ai gardé un, percé d’un trou, que je porte parfois en pendentif.</p>",
            ),
        ],
        "image": {
            "scene": "team",
            "alt": "Photographie en noir et blanc : un petit groupe de personnes posant sur deux "
            "rangs devant un mur",
            "caption": "L’équipe de la cantine, au milieu des années 1930.",
            "credit": "Collection de la famille Marchand",
        },
        "featured": False,
    },
    {
        "slug": "la-caisse-modele-37",
        "title": "La caisse modèle 37",
        "teaser": "La première caisse de la maison à imprimer un ticket. À l’intérieur du carter, "
        "trois initiales gravées que personne ne devait voir.",
        "year": 1937,
        "decade": 1930,
        "circa": False,
        "themes": ["innovation", "produits"],
        "contributor": "louis-vernet",
        "place": "Lyon, usine de Vaise",
        "pull_quote": "Le mécanisme d’impression final porte les initiales de trois ouvriers, "
        "gravées à l’intérieur du carter, là où aucun client ne les verrait jamais.",
        "body": [
            (
                "paragraph",
                "<p>Parmi les dossiers techniques que j’ai classés à la retraite, il y en a un que j’ai lu trois fois : celui de la caisse enregistreuse modèle 37. C’était la première caisse de la maison à imprimer un ticket pour le client. Une petite révolution : le commerçant pouvait prouver ce qu’il avait encaissé, et le client vérifier ce qu’il avait payé.</p>",
            ),
            (
                "paragraph",
                "<p>Le dossier contient toute la correspondance entre le bureau d’études et l’atelier. On y voit les ingénieurs proposer, les régleurs répondre que c’est impossible, puis les mêmes régleurs proposer une solution plus simple que celle des ingénieurs. Le mécanisme d’impression final porte les initiales de trois ouvriers, gravées à l’intérieur du carter, là où aucun client ne les verrait jamais.</p>",
            ),
            (
                "quote",
                {
                    "text": "Les ingénieurs ont dessiné la machine. Les régleurs l’ont rendue possible.",
                    "attribution": "Note manuscrite anonyme dans le dossier technique du modèle 37",
                },
            ),
            (
                "paragraph",
                "<p>J’ai ouvert le carter d’un modèle 37 conservé au musée. Les initiales sont là : F. B., E. M., R. T. Je crois reconnaître Firmin Bellanger et Eugène Moulin. Le troisième, je le cherche encore.</p>",
            ),
        ],
        "image": {
            "scene": "product",
            "alt": "Photographie en noir et blanc : une caisse enregistreuse mécanique avec son "
            "clavier et son tiroir, posée sur une table",
            "caption": "Une caisse modèle 37, au musée de Vaise.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "le-club-de-football-nait-dans-la-cour",
        "title": "Le club de football naît dans la cour",
        "teaser": "Vingt-trois signataires, des buts d’équerre fabriqués à l’atelier et une "
        "première défaite 7 à 1. Le procès-verbal parle de résultat encourageant.",
        "year": 1933,
        "decade": 1930,
        "circa": False,
        "themes": ["sport", "vie-a-l-usine"],
        "contributor": "michel-perrin",
        "place": "Lyon, Vaise",
        "pull_quote": "Le premier match s’est soldé par une défaite 7 à 1 contre les employés du "
        "gaz.",
        "body": [
            (
                "paragraph",
                "<p>J’ai été capitaine de l’équipe pendant douze saisons, mais je ne savais pas d’où elle venait avant de tomber, en 1998, sur le procès-verbal de fondation dans un carton du comité d’entreprise. L’Association sportive Ferrandier a été fondée le 14 mai 1933, dans la cour de l’atelier, par vingt-trois signataires, dont une femme, la secrétaire, qui était aussi la seule à savoir taper à la machine.</p>",
            ),
            (
                "paragraph",
                "<p>Le premier terrain était un pré loué à un maraîcher de Saint-Rambert, avec des buts en bois fabriqués à l’atelier, parfaitement d’équerre, évidemment. Les maillots étaient bleus, taillés dans des bleus de travail. Le premier match s’est soldé par une défaite 7 à 1 contre les employés du gaz. Le procès-verbal note sobrement :</p>",
            ),
            (
                "quote",
                {"text": "Résultat encourageant.", "attribution": "Procès-verbal du 21 mai 1933"},
            ),
            (
                "paragraph",
                "<p>J’ai fait encadrer ce procès-verbal dans le vestiaire. Chaque fois qu’on perdait lourdement, quelqu’un le montrait du doigt et tout le monde riait. C’était notre devise, en quelque sorte.</p>",
            ),
        ],
        "image": {
            "scene": "team",
            "alt": "Photographie en noir et blanc : une équipe posant sur deux rangs devant un mur",
            "caption": "L’Association sportive Ferrandier, première saison, 1933.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "le-depanneur-de-minuit",
        "title": "Le dépanneur de minuit",
        "teaser": "Un 23 décembre, la caisse de la quincaillerie se bloque avec toute la recette "
        "dedans. À onze heures du soir, quelqu’un frappe à la vitrine.",
        "year": None,
        "decade": 1930,
        "circa": False,
        "themes": ["clients-et-partenaires", "solidarite"],
        "contributor": "olivier-brunet",
        "place": "Lyon, Croix-Rousse",
        "pull_quote": "Il a démonté la caisse sur le comptoir, à la lumière d’une lampe à pétrole, "
        "en sifflotant.",
        "body": [
            (
                "paragraph",
                "<p>C’est une histoire que mon père racontait chaque année, la veille de Noël. Un 23 décembre, dans les années 1930, la caisse de la quincaillerie s’est bloquée en plein après-midi, tiroir fermé, avec toute la recette de la journée dedans. Mon grand-père a téléphoné à Vaise depuis le café d’à côté, sans trop y croire.</p>",
            ),
            (
                "paragraph",
                "<p>À onze heures du soir, un homme a frappé à la vitrine. C’était un régleur de chez Ferrandier, venu à pied depuis Vaise avec sa sacoche d’outils, parce qu’il n’y avait plus de tramway. Il a démonté la caisse sur le comptoir, à la lumière d’une lampe à pétrole, en sifflotant. À une heure du matin, la sonnette a retenti. Il a refusé d’être payé ; il a accepté un verre de vin chaud et une boîte de clous pour son beau-frère.</p>",
            ),
            (
                "quote",
                {
                    "text": "Une caisse qui ne s’ouvre pas la veille de Noël, c’est une famille qui ne fête pas Noël.",
                    "attribution": "Le régleur, d’après Raymond Brunet, mon père",
                },
            ),
            (
                "paragraph",
                "<p>Nous n’avons jamais su son nom. Mon grand-père l’appelait « le dépanneur de minuit ». Quand j’ai raconté cette histoire à Louis Vernet, il a cherché dans les registres. Il pense que c’était un certain Firmin.</p>",
            ),
        ],
        "image": None,
        "featured": False,
    },
    {
        "slug": "mon-pere-prend-la-releve",
        "title": "Mon père prend la relève",
        "teaser": "En 1938, Auguste Ferrandier cède la direction à son fils Lucien. Le "
        "lendemain, il s’installe à un établi, en blouse grise.",
        "year": 1938,
        "decade": 1930,
        "circa": False,
        "themes": ["tournants", "transmission"],
        "contributor": "colette-ferrandier",
        "place": "Lyon, usine de Vaise",
        "pull_quote": "Tu es le patron maintenant. Moi, je suis mécanicien. C’est ce que j’ai "
        "toujours voulu être.",
        "body": [
            (
                "paragraph",
                "<p>Mon père, Lucien, a pris la direction de la maison en 1938, à vingt-six ans. Mon grand-père Auguste avait cinquante-six ans et une mauvaise toux. Il a fait ce que peu de fondateurs savent faire : il s’est effacé. Le jour de la passation, il a vidé son bureau, mis ses affaires dans une caisse, et il est allé s’installer… à un établi de l’atelier.</p>",
            ),
            (
                "paragraph",
                "<p>Pendant des années, il est venu tous les matins, en blouse grise, réparer les caisses enregistreuses des clients et conseiller les apprentis. Mon père, de son bureau, le voyait par la fenêtre. Il disait que c’était la chose la plus intimidante qui soit : diriger une maison sous les yeux de son fondateur, qui ne donne jamais un avis sans qu’on le lui demande.</p>",
            ),
            (
                "quote",
                {
                    "text": "Tu es le patron maintenant. Moi, je suis mécanicien. C’est ce que j’ai toujours voulu être.",
                    "attribution": "Auguste Ferrandier à son fils, 1938",
                },
            ),
            (
                "paragraph",
                "<p>Mon père n’a pas eu le temps de s’habituer : un an plus tard, c’était la guerre. Mais il disait que sans l’homme en blouse grise à l’établi du fond, il n’aurait pas tenu.</p>",
            ),
        ],
        "image": {
            "scene": "portrait",
            "alt": "Photographie en noir et blanc : portrait en buste d’un homme devant un fond "
            "de studio uni",
            "caption": "Lucien Ferrandier en 1938, l’année où il prend la direction.",
            "credit": "Collection de la famille Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "le-stand-de-la-foire",
        "title": "Le stand de la foire",
        "teaser": "Un cahier tenu au stand de la foire de Lyon compte les visiteurs par bâtons "
        "et note leurs questions. La première : est-ce qu’elle peut se tromper ?",
        "year": 1935,
        "decade": 1930,
        "circa": True,
        "themes": ["clients-et-partenaires", "produits"],
        "contributor": "amelie-bourgeois",
        "place": "Lyon, foire commerciale",
        "pull_quote": "Les gens ne venaient pas seulement acheter, ils venaient voir une machine "
        "penser.",
        "body": [
            (
                "paragraph",
                "<p>Dans une boîte à chaussures étiquetée « Foire », j’ai trouvé une vingtaine de photos et un petit cahier qui racontent la participation de la maison à la grande foire commerciale de Lyon, vers 1935. Le stand faisait six mètres sur quatre. On y exposait trois caisses enregistreuses, deux machines à calculer et, au centre, une machine coupée en deux pour montrer le mécanisme.</p>",
            ),
            (
                "paragraph",
                "<p>Le cahier est tenu par un jeune employé qui compte les visiteurs à l’aide de bâtons, par tranche de cinq. Le premier jour : deux cent douze. Le dernier : huit cent quarante. Il note aussi les questions les plus fréquentes. La première, de loin : « Est-ce qu’elle peut se tromper ? » La deuxième : « Est-ce qu’on peut la payer en plusieurs fois ? »</p>",
            ),
            (
                "quote",
                {
                    "text": "Une dame a demandé si la machine pouvait aussi calculer ce que son mari dépensait au café. J’ai répondu que non, hélas.",
                    "attribution": "Cahier du stand, anonyme",
                },
            ),
            (
                "paragraph",
                "<p>Ce cahier m’a appris quelque chose que les chiffres de vente ne disent pas : les gens ne venaient pas seulement acheter, ils venaient voir une machine penser. C’était un spectacle.</p>",
            ),
        ],
        "image": {
            "scene": "celebration",
            "alt": "Photographie en noir et blanc : un stand décoré de fanions, des visiteurs "
            "devant une longue table",
            "caption": "Le stand de la maison à la foire de Lyon, vers 1935.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
]
