"""The spoken testimonials of the demo: what six contributors say in their short video.

``scripts/make_demo_videos.py`` turns each one into ``stories/demo/clips/<story>.mp4`` (stills of
``scenes`` in the look of the story's decade, the ``sentences`` spoken by espeak-ng with ``voice``)
and ``<story>.fr.vtt`` (one caption per sentence); ``stories.demo.loader.load_demo_videos`` puts
the clip in the body of ``story``. Change a text here, run the script again and commit its output:
the captions must say what the clip says.

Each speaker is the contributor of the story and tells it again in their own words, so the
sentences stay true to the story's text. The speakers were chosen across the century and across
relations to the company: a client, a retiree, a journalist, a research partner, an engineer who
came with the merger and an employee today.

Plain spaces before ``: ; ! ?`` as in the rest of the demo texts: the transcript shown under the
player folds every kind of space into a plain one anyway.
"""

TESTIMONIALS: list[dict] = [
    {
        "story": "la-caisse-de-mon-grand-pere",
        "title": "Témoignage d’Olivier Brunet, quincaillier à la Croix-Rousse",
        "voice": "fr+m3",
        "scenes": ["street", "product", "portrait", "street"],
        "sentences": [
            "Je m’appelle Olivier Brunet, et j’ai tenu la quincaillerie familiale à la "
            "Croix-Rousse.",
            "Mon grand-père Léon l’avait ouverte en 1923.",
            "En 1927, il a acheté une caisse enregistreuse Ferrandier, en fonte et en laiton.",
            "Ma grand-mère était furieuse : il l’avait payée en douze mensualités.",
            "Mais les clients venaient exprès pour entendre sa petite sonnette.",
            "Et le soir, il savait enfin ce qu’il avait vendu, au centime près.",
            "Aujourd’hui, elle est dans la vitrine du musée de la maison, à Vaise.",
            "Quand personne ne regarde, j’appuie encore sur la touche des dix centimes.",
        ],
    },
    {
        "story": "quarante-perforatrices",
        "title": "Témoignage d’Odette Lacroix, ancienne perforatrice",
        "voice": "fr+f2",
        "scenes": ["office", "team", "office", "portrait"],
        "sentences": [
            "J’ai perforé mes premières cartes chez Ferrandier en 1949.",
            "Nous étions quarante perforatrices, au premier étage du bâtiment neuf.",
            "Imaginez quarante machines à coudre qui jouent du tambour !",
            "Comme je bavardais, la cheffe m’avait placée entre deux Italiennes.",
            "Six mois plus tard, je parlais italien, et elles parlaient lyonnais.",
            "C’était dur, répétitif et mal payé.",
            "Mais je n’ai jamais eu autant d’amies qu’à ce premier étage.",
            "Nous nous voyons encore, le premier jeudi de chaque mois.",
        ],
    },
    {
        "story": "la-nuit-des-negociations",
        "title": "Témoignage de Paul-Henri Lefort, journaliste",
        "voice": "fr",
        "scenes": ["factory", "street", "celebration", "team"],
        "sentences": [
            "En juin 1968, j’étais un jeune reporter de vingt-quatre ans.",
            "On m’a envoyé couvrir la fin de la grève chez Ferrandier, à Vaise.",
            "Nous attendions sur le trottoir d’en face, avec les familles des grévistes.",
            "Vers deux heures du matin, une fenêtre s’est ouverte au premier étage.",
            "Une secrétaire a crié : « Pour les salaires, c’est oui ! »",
            "Toute la rue a applaudi.",
            "Je n’ai pas eu de déclaration officielle, mais j’ai écrit le meilleur papier de ma "
            "carrière.",
            "Celui sur les gens qui attendaient.",
        ],
    },
    {
        "story": "le-laboratoire-commun",
        "title": "Témoignage de Pierre-Antoine Faure, partenaire de recherche",
        "voice": "fr+m1",
        "scenes": ["landscape", "office", "computer", "factory"],
        "sentences": [
            "En 1978, nous avons créé avec Ferrandier un laboratoire commun, à Grenoble.",
            "Six chercheurs, six ingénieurs, dans un préfabriqué entre l’université et l’usine.",
            "Une seule règle : personne ne devait dire « ce n’est pas mon problème ».",
            "Le préfabriqué était glacial l’hiver et étouffant l’été.",
            "On y a pourtant inventé un système qui a servi à la maison pendant quinze ans.",
            "Les chercheurs ont appris ce qu’était un délai de livraison.",
            "Les ingénieurs ont appris qu’une idée qui ne marche pas peut être un résultat.",
            "J’ai gardé la pancarte de notre devise : elle est au-dessus de ma porte.",
        ],
    },
    {
        "story": "deux-badges-dans-la-poche",
        "title": "Témoignage de Patrick Nguyen, ancien ingénieur réseau",
        "voice": "fr+m7",
        "scenes": ["factory", "office", "team", "celebration"],
        "sentences": [
            "J’étais ingénieur réseau chez Sodexel quand la fusion a été annoncée.",
            "Pour nous, Ferrandier, c’était l’ennemi.",
            "Début 1988, j’ai été transféré à Vaise, avec mon vieux badge dans la poche.",
            "Les deux premiers jours, personne ne m’a parlé à la cantine.",
            "Le troisième, Michel, du magasin, m’a demandé si je jouais au football.",
            "Je lui ai dit que j’étais gardien de but : il m’a regardé comme un miracle.",
            "Le jeudi suivant, j’étais dans les buts.",
            "La fusion s’est faite comme ça : par les équipes de foot et les tables de cantine.",
        ],
    },
    {
        "story": "le-16-mars-2020",
        "title": "Témoignage de Fatou Diallo, directrice des ressources humaines",
        "voice": "fr+f4",
        "scenes": ["office", "computer", "team", "office"],
        "sentences": [
            "Le lundi 16 mars 2020, nous avons réuni tous les managers dans la grande salle de "
            "Vaise.",
            "Le lendemain, tout le monde travaillerait de chez soi.",
            "Mille quatre cents personnes, en une nuit.",
            "Nous avions le vieux plan de Sylvie Garnier, avec sa tache de café.",
            "Cette nuit-là, l’informatique a configuré trois cents ordinateurs portables.",
            "Le mardi matin, il ne manquait que treize personnes ; à midi, elles étaient toutes en "
            "ligne.",
            "Le soir du 16, j’avais regardé le plateau vide et les plantes qu’on n’arroserait "
            "plus.",
            "Je ne savais pas que nous reviendrions si tard, et si différents.",
        ],
    },
]

# Stories that show a video hosted on YouTube or Vimeo, behind the site's privacy facade (nothing is
# fetched from the service until a visitor presses play). The demo company has no channel: the
# links are the Blender Foundation's open films (Creative Commons), standing in for the videos an
# editor would link to, and their titles say so (in French, and in English for the English demo).
LINKED_VIDEOS: list[dict] = [
    {
        "story": "la-fete-des-cent-ans",
        "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
        "title": "Vidéo d’exemple sur YouTube : « Big Buck Bunny », Blender Foundation (CC BY)",
        "title_en": "Sample video on YouTube: “Big Buck Bunny”, Blender Foundation (CC BY)",
    },
    {
        "story": "la-conference-de-presse-de-la-fusion",
        "url": "https://youtu.be/eRsGyueVLvQ",
        "title": "Vidéo d’exemple sur YouTube : « Sintel », Blender Foundation (CC BY)",
        "title_en": "Sample video on YouTube: “Sintel”, Blender Foundation (CC BY)",
    },
    {
        "story": "le-premier-hackathon",
        "url": "https://vimeo.com/1084537",
        "title": "Vidéo d’exemple sur Vimeo : « Big Buck Bunny », Blender Foundation (CC BY)",
        "title_en": "Sample video on Vimeo: “Big Buck Bunny”, Blender Foundation (CC BY)",
    },
]
