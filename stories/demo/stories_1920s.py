"""Demo stories of the 1920s: calculating machines, the first cash registers, the first van."""

# Each paragraph stays on one line: prose is easier to edit and review unwrapped.
# ruff: noqa: E501

STORIES_1920S: list[dict] = [
    {
        "slug": "la-ferrandier-a1",
        "title": "La Ferrandier A1, première machine à calculer",
        "teaser": "Quatorze kilos, une manivelle, dix chiffres et quarante et une versions du "
        "mécanisme de retenue : la naissance de la première machine de la maison.",
        "year": 1922,
        "decade": 1920,
        "circa": False,
        "themes": ["innovation", "produits"],
        "contributor": "claire-besson",
        "place": "Lyon, atelier de Vaise",
        "pull_quote": "Une machine qui se trompe une fois sur mille est une machine qui ment.",
        "body": [
            (
                "paragraph",
                "<p>Le brevet est déposé en 1921, la première machine sort de l’atelier au printemps 1922. La Ferrandier A1 pèse quatorze kilos, elle additionne et soustrait sur dix chiffres, et on la fait fonctionner avec une manivelle sur le côté. Elle coûte le prix de trois mois de salaire d’un ouvrier qualifié : ce n’est pas un objet de boutique, c’est un investissement de banque ou de grande maison de commerce.</p>",
            ),
            (
                "paragraph",
                "<p>Dans les archives, j’ai trouvé le cahier d’essais. Auguste y note chaque défaut avec une honnêteté désarmante : « retenue capricieuse sur le 7 », « manivelle dure par temps froid », « le client a raison ». Il fallut quarante et une versions du mécanisme de retenue avant qu’il soit satisfait.</p>",
            ),
            (
                "quote",
                {
                    "text": "Une machine qui se trompe une fois sur mille est une machine qui ment.",
                    "attribution": "Auguste Ferrandier, cahier d’essais, 1921",
                },
            ),
            (
                "paragraph",
                "<p>Il en a vendu dix-sept la première année. C’est peu. Mais chacune a été livrée par Auguste lui-même, qui restait une demi-journée chez le client pour apprendre aux commis à s’en servir. Certaines ont fonctionné jusqu’aux années 1960.</p>",
            ),
        ],
        "image": {
            "scene": "product",
            "alt": "Photographie en noir et blanc : une machine à calculer mécanique à manivelle "
            "posée sur une table",
            "caption": "Une Ferrandier A1 de 1922, conservée dans les archives.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "la-caisse-de-mon-grand-pere",
        "title": "La caisse enregistreuse de mon grand-père",
        "teaser": "En 1927, un quincaillier de la Croix-Rousse achète une caisse Ferrandier en "
        "douze mensualités, sans demander l’avis de sa femme.",
        "year": 1927,
        "decade": 1920,
        "circa": False,
        "themes": ["clients-et-partenaires", "produits"],
        "contributor": "olivier-brunet",
        "place": "Lyon, Croix-Rousse",
        "pull_quote": "Les clients venaient pour l’entendre sonner, les enfants demandaient à "
        "appuyer sur les touches.",
        "body": [
            (
                "paragraph",
                "<p>Mon grand-père Léon a ouvert sa quincaillerie à la Croix-Rousse en 1923. Quatre ans plus tard, il a fait la folie de sa vie : une caisse enregistreuse Ferrandier, en fonte et laiton, avec une petite sonnette qui tintait à chaque vente. Ma grand-mère était furieuse. Il l’avait payée en douze mensualités, sans lui demander son avis.</p>",
            ),
            (
                "paragraph",
                "<p>Mais la caisse a changé la boutique. Les clients venaient pour l’entendre sonner, les enfants demandaient à appuyer sur les touches. Et surtout, pour la première fois, mon grand-père savait le soir exactement ce qu’il avait vendu, au centime près. Il disait que la caisse lui avait appris à compter mieux que l’instituteur.</p>",
            ),
            (
                "quote",
                {
                    "text": "Cette sonnette, c’était la musique du quartier. On l’entendait depuis le trottoir d’en face.",
                    "attribution": "Raymond Brunet, mon père, qui avait six ans en 1927",
                },
            ),
            (
                "paragraph",
                "<p>Elle a servi jusqu’en 1956. Aujourd’hui, elle est dans la vitrine du petit musée de la maison, à Vaise. Je vais la voir de temps en temps, et j’appuie sur la touche des dix centimes quand personne ne regarde.</p>",
            ),
        ],
        "image": {
            "scene": "street",
            "alt": "Photographie en noir et blanc : une rue d’immeubles anciens aux nombreuses "
            "fenêtres, un tramway au premier plan",
            "caption": "La Croix-Rousse à la fin des années 1920, non loin de la quincaillerie "
            "Brunet.",
            "credit": "Collection de la famille Brunet",
        },
        "featured": False,
    },
    {
        "slug": "le-bal-de-la-saint-eloi",
        "title": "Le bal de la Saint-Éloi",
        "teaser": "Au bal des ateliers de 1925, un tourneur qui ne savait pas valser a fait sa "
        "déclaration en expliquant le fonctionnement d’une machine à calculer.",
        "year": 1925,
        "decade": 1920,
        "circa": False,
        "themes": ["fetes-et-loisirs"],
        "contributor": "marthe-roussel",
        "place": "Lyon, Vaise",
        "pull_quote": "Il ne pouvait pas danser la valse, alors il lui a proposé de lui expliquer "
        "le fonctionnement d’une machine à calculer.",
        "body": [
            (
                "paragraph",
                "<p>Ma grand-mère Louise avait quitté l’atelier en 1919, mais elle était restée amie avec les anciennes munitionnettes. En 1925, l’une d’elles l’a entraînée au bal que la maison organisait chaque année à la Saint-Éloi, la fête des métallos. C’était dans une salle au-dessus d’un café, avec un accordéoniste et un violoniste qui ne jouaient pas toujours le même morceau.</p>",
            ),
            (
                "paragraph",
                "<p>C’est là qu’elle a rencontré mon grand-père, Joseph, un tourneur revenu de la guerre avec un éclat dans la jambe. Il ne pouvait pas danser la valse, alors il lui a proposé de lui expliquer le fonctionnement d’une machine à calculer. Elle disait que c’était la déclaration d’amour la plus bizarre qu’on lui ait jamais faite, et la seule qui ait marché.</p>",
            ),
            (
                "quote",
                {
                    "text": "Il m’a parlé de retenues et de manivelles pendant une heure. J’ai compris qu’il était sérieux.",
                    "attribution": "Louise Roussel, ma grand-mère",
                },
            ),
            (
                "paragraph",
                "<p>Ils se sont mariés l’année suivante. Le patron leur a offert une pendule, qui est aujourd’hui chez ma sœur et qui avance toujours de cinq minutes, comme toutes les pendules de la famille.</p>",
            ),
        ],
        "image": {
            "scene": "celebration",
            "alt": "Photographie en noir et blanc : une salle de fête ornée de fanions, des "
            "invités debout près d’une longue table",
            "caption": "Le bal de la Saint-Éloi, au milieu des années 1920.",
            "credit": "Collection de la famille Roussel",
        },
        "featured": False,
    },
    {
        "slug": "le-representant-a-bicyclette",
        "title": "Le représentant à bicyclette",
        "teaser": "Gaston Rivière, premier représentant de la maison, sillonnait trois "
        "départements avec quatorze kilos de fonte sur son porte-bagages.",
        "year": None,
        "decade": 1920,
        "circa": False,
        "themes": ["clients-et-partenaires", "lieux"],
        "contributor": "amelie-bourgeois",
        "place": "Rhône, Ain et Isère",
        "pull_quote": "Le notaire de Tarare a refusé de voir la machine. Sa femme l’a vue. Vendu.",
        "body": [
            (
                "paragraph",
                "<p>Dans les archives, il y a une série de notes de frais des années 1920 signées d’un certain Gaston Rivière, premier représentant de la maison. Elles ne parlent presque que de chambres à air. Gaston parcourait le Rhône, l’Ain et l’Isère à bicyclette, avec une machine à calculer de démonstration sanglée sur le porte-bagages : quatorze kilos de fonte, dans les côtes du Beaujolais.</p>",
            ),
            (
                "paragraph",
                "<p>Ses rapports sont un délice. Il note l’état des routes, l’humeur des clients, le prix de l’omelette dans chaque auberge. Un jour, il écrit : « Le notaire de Tarare a refusé de voir la machine. Sa femme l’a vue. Vendu. » Un autre jour, plus laconique encore, après une tournée sous la pluie :</p>",
            ),
            (
                "quote",
                {
                    "text": "Crevé deux fois avant Bourgoin. La machine va bien, moi moins.",
                    "attribution": "Gaston Rivière, rapport de tournée",
                },
            ),
            (
                "paragraph",
                "<p>Je n’ai jamais trouvé de photo de Gaston. Mais j’ai retrouvé sa bicyclette, ou du moins une bicyclette de représentant, accrochée au plafond du grenier de Vaise. Je préfère croire que c’est la sienne.</p>",
            ),
        ],
        "image": {
            "scene": "street",
            "alt": "Photographie en noir et blanc : une rue bordée d’immeubles, un tramway à "
            "l’arrêt",
            "caption": "Une rue de Bourgoin à l’époque des tournées de Gaston Rivière.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "l-eau-dans-l-atelier",
        "title": "L’eau dans l’atelier",
        "teaser": "Une nuit, la Saône est montée jusqu’aux bancs des tours. Au matin, tout le "
        "quartier est venu en bottes démonter les machines.",
        "year": 1928,
        "decade": 1920,
        "circa": True,
        "themes": ["epreuves", "solidarite"],
        "contributor": "henri-bellanger",
        "place": "Lyon, atelier de Vaise",
        "pull_quote": "Quand j’ai commencé en 1952, les anciens m’ont montré le trait avant de me "
        "montrer les machines.",
        "body": [
            (
                "paragraph",
                "<p>Vaise est au bord de la Saône, et la Saône déborde. Mon grand-père Firmin racontait qu’une année, sans doute vers 1928, l’eau est montée pendant la nuit jusque dans l’atelier. Au matin, les tours avaient de l’eau jusqu’aux bancs, et les copeaux flottaient comme des feuilles mortes.</p>",
            ),
            (
                "paragraph",
                "<p>Personne n’a attendu les ordres. Les ouvriers sont venus en bottes, certains avec leur femme et leurs enfants, et on a démonté les machines pièce par pièce pour les porter à l’étage. Ceux qui habitaient en hauteur ont logé ceux qui avaient les pieds dans l’eau. Auguste a payé les journées perdues, alors qu’aucune loi ne l’y obligeait.</p>",
            ),
            (
                "quote",
                {
                    "text": "On a graissé chaque vis une par une pendant trois semaines. Aucune machine n’a rouillé. Aucune.",
                    "attribution": "Firmin Bellanger, mon grand-père",
                },
            ),
            (
                "paragraph",
                "<p>Depuis ce jour, dans l’atelier de Vaise, il y avait un trait à la peinture rouge sur un pilier, à un mètre dix du sol. Quand j’ai commencé en 1952, les anciens m’ont montré le trait avant de me montrer les machines.</p>",
            ),
        ],
        "image": {
            "scene": "workshop",
            "alt": "Photographie en noir et blanc : un atelier sous une verrière, des "
            "machines-outils alignées et des courroies de transmission",
            "caption": "L’atelier de Vaise, remis en état après la crue.",
            "credit": "Archives Ferrandier",
        },
        "featured": False,
    },
    {
        "slug": "le-registre-du-personnel-de-1924",
        "title": "Le registre du personnel de 1924",
        "teaser": "Soixante-deux noms à la plume, des Lyonnais, des Piémontais, deux frères "
        "arméniens : le registre qui a fait de moi l’archiviste bénévole de la maison.",
        "year": 1924,
        "decade": 1920,
        "circa": False,
        "themes": ["transmission", "vie-a-l-usine"],
        "contributor": "louis-vernet",
        "place": "Lyon, Vaise",
        "pull_quote": "Le plus jeune avait quatorze ans, le plus vieux soixante-sept.",
        "body": [
            (
                "paragraph",
                "<p>Quand j’étais comptable, j’ai hérité d’une armoire dont personne n’avait la clé. Je l’ai fait ouvrir par un serrurier en 1971, par curiosité. Dedans, il y avait le registre du personnel de 1924 : soixante-deux noms, avec pour chacun l’âge, l’adresse, le métier et le salaire horaire, à la plume.</p>",
            ),
            (
                "paragraph",
                "<p>Je l’ai lu comme un roman. Il y avait des Lyonnais, bien sûr, mais aussi des Italiens du Piémont, deux frères arméniens arrivés en 1923, un Polonais, une veuve de guerre qui faisait le ménage et tenait le magasin. Le plus jeune avait quatorze ans, le plus vieux soixante-sept. Un tourneur de vingt-deux ans s’appelait Firmin Bellanger ; j’ai montré la page à son petit-fils Henri, qui travaillait alors au réglage.</p>",
            ),
            (
                "quote",
                {
                    "text": "Tu m’as trouvé mon grand-père à vingt-deux ans, avec son adresse de garçon. Je ne savais même pas qu’il avait habité rue du Chapeau-Rouge.",
                    "attribution": "Henri Bellanger, en 1971",
                },
            ),
            (
                "paragraph",
                "<p>Depuis, j’ai retrouvé la trace d’une quarantaine de ces soixante-deux personnes, avec l’aide de leurs familles. Ce registre est ce qui m’a fait devenir, sans le vouloir, l’archiviste bénévole de la maison.</p>",
            ),
        ],
        "image": None,
        "featured": False,
    },
    {
        "slug": "mon-pere-et-le-pied-a-coulisse",
        "title": "Mon père et le pied à coulisse",
        "teaser": "Eugène Moulin, ajusteur, ne prêtait son pied à coulisse à personne. Le "
        "dimanche, il faisait mesurer des coquilles de noix à son fils.",
        "year": None,
        "decade": 1920,
        "circa": False,
        "themes": ["transmission"],
        "contributor": "jean-pierre-moulin",
        "place": "Lyon, Vaise",
        "pull_quote": "Si je me trompais, il ne disait rien, il me tendait de nouveau l’objet.",
        "body": [
            (
                "paragraph",
                "<p>Mon père, Eugène Moulin, est entré chez Ferrandier en 1926 ou 1927, il n’a jamais été sûr. Il était ajusteur. Il avait un pied à coulisse qu’il avait acheté avec sa première paie, dans un étui en bois, et il ne le prêtait à personne, pas même à moi.</p>",
            ),
            (
                "paragraph",
                "<p>Le dimanche, il me faisait mesurer des choses dans la cuisine : l’épaisseur d’une pièce de monnaie, le diamètre d’un bouchon, une coquille de noix. Il fallait donner le chiffre au dixième, puis au vingtième. Si je me trompais, il ne disait rien, il me tendait de nouveau l’objet. J’avais sept ans et je détestais ces dimanches.</p>",
            ),
            (
                "quote",
                {
                    "text": "Ce qu’on ne mesure pas, on ne le connaît pas. Et ce qu’on ne connaît pas, on le rate.",
                    "attribution": "Eugène Moulin, mon père",
                },
            ),
            (
                "paragraph",
                "<p>Il m’a donné le pied à coulisse le jour où je suis entré en apprentissage, en 1947. Je l’ai utilisé pendant quarante-deux ans. Il est aujourd’hui dans la vitrine du musée de Vaise, et l’étiquette dit « Pied à coulisse, années 1920 ». Elle devrait dire : « Eugène et Jean-Pierre Moulin ».</p>",
            ),
        ],
        "image": {
            "scene": "portrait",
            "alt": "Photographie en noir et blanc : portrait en buste d’un homme sur un fond de "
            "studio",
            "caption": "Eugène Moulin, ajusteur, à la fin des années 1920.",
            "credit": "Collection de la famille Moulin",
        },
        "featured": False,
    },
    {
        "slug": "le-premier-camion-ferrandier",
        "title": "Le premier camion Ferrandier",
        "teaser": "En 1926, Auguste s’offre un camion aux lettres dorées. Il ne sait pas "
        "conduire, son chauffeur conduit comme sous les obus.",
        "year": 1926,
        "decade": 1920,
        "circa": False,
        "themes": ["lieux", "produits"],
        "contributor": "colette-ferrandier",
        "place": "Lyon, Vaise",
        "pull_quote": "C’était le premier camion du quartier qui n’appartenait pas à un brasseur.",
        "body": [
            (
                "paragraph",
                "<p>En 1926, mon grand-père s’est offert un camion. Un vrai, avec une cabine ouverte, des pneus pleins et le nom « A. Ferrandier – Lyon-Vaise » peint en lettres dorées sur les ridelles par un peintre en enseignes du quartier. C’était le premier camion du quartier qui n’appartenait pas à un brasseur.</p>",
            ),
            (
                "paragraph",
                "<p>Il ne savait pas conduire. Il a donc embauché un chauffeur, Ernest, un ancien de l’artillerie qui conduisait comme s’il était encore sous les obus. Ma grand-mère refusait de monter dedans. Mon père, qui avait quatorze ans, ne rêvait que de ça ; il a fait sa première tournée de livraison caché sous une bâche, entre deux machines à calculer.</p>",
            ),
            (
                "quote",
                {
                    "text": "Ernest klaxonnait à chaque croisement, pour prévenir les gens et pour le plaisir.",
                    "attribution": "Lucien Ferrandier, mon père, dans ses souvenirs",
                },
            ),
            (
                "paragraph",
                "<p>Le camion a fait ses livraisons jusqu’en 1939, puis il a été réquisitionné. On ne l’a jamais revu. Il reste une photo, où l’on voit Ernest, très fier, et dans le coin, à peine visible, le bout de la casquette de mon père.</p>",
            ),
        ],
        "image": {
            "scene": "street",
            "alt": "Photographie en noir et blanc : une rue bordée d’immeubles à fenêtres, un "
            "tramway sur la chaussée",
            "caption": "La rue de l’atelier, où le camion stationnait, à la fin des années 1920.",
            "credit": "Collection de la famille Ferrandier",
        },
        "featured": False,
    },
]
