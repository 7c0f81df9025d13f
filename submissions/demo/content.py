"""The demo's contribution guidelines, client register and submissions waiting for moderation.

French first (the site's source language); one submission names a client who has not agreed and
gives a phone number, so an editor meets blocking guideline flags at once after `make run`."""

GUIDELINES = {
    "title": "Charte de contribution",
    "body": (
        "<p>Merci de partager vos souvenirs. Pour que chaque histoire puisse être publiée, "
        "nous vous demandons de respecter ces quelques règles.</p>"
        "<h3>Parlez en votre nom</h3>"
        "<p>Vous racontez ce que vous avez vécu ou vu. Vos opinions sont les vôtres et "
        "n’engagent pas l’entreprise.</p>"
        "<h3>Rien de confidentiel</h3>"
        "<p>Ne partagez aucune information confidentielle : chiffres non publiés, procédés, "
        "contrats, données personnelles de collègues.</p>"
        "<h3>Les clients</h3>"
        "<p>Ne nommez un client que s’il a accepté d’être cité. En cas de doute, écrivez "
        "« un client lyonnais » : l’équipe éditoriale vérifiera avec vous.</p>"
        "<h3>Les photos</h3>"
        "<p>N’envoyez que des photos dont vous détenez les droits ou dont l’auteur est d’accord. "
        "Les personnes reconnaissables doivent être d’accord, elles aussi.</p>"
        "<h3>Relecture et publication</h3>"
        "<p>Un éditeur relit chaque histoire et peut la raccourcir ou la corriger. Vous validez "
        "la version modifiée avant publication, sous le nom que vous avez choisi. Vous pouvez "
        "retirer votre histoire à tout moment : elle est alors effacée, avec vos données.</p>"
    ),
}

CLIENTS = [
    {
        "name": "Soieries Martel",
        "variants": "Martel",
        "consented": False,
        "consent_note": "",
    },
    {
        "name": "Banque Rhodanienne",
        "variants": "la Rhodanienne",
        "consented": True,
        "consent_note": "Accord écrit du service communication, 12 mars 2026.",
    },
    {
        "name": "Transports Vialle",
        "variants": "Vialle",
        "consented": True,
        "consent_note": "Accord du directeur général par e-mail, 3 avril 2026.",
    },
]

SUBMISSIONS = [
    {
        "key": "mai-68-reliure",
        "public_name": "Odile Marchand",
        "email": "odile.marchand@example.org",
        "relation": "retiree",
        "years_start": 1961,
        "years_end": 1999,
        "role": "Relieuse, puis cheffe d’atelier",
        "title": "Trois semaines de mai",
        "story": (
            "En mai 1968, l’atelier de reliure s’est arrêté trois semaines. Nous étions une "
            "vingtaine à tenir la porte à tour de rôle, à faire la cuisine ensemble dans la "
            "cour, à jouer aux cartes sur les établis couverts de draps.\n\n"
            "Avant de reprendre, nous avons nettoyé et rangé chaque outil, parce que c’était "
            "notre atelier. Le premier matin, le contremaître a apporté des croissants pour tout "
            "le monde. Personne n’en a jamais reparlé, mais personne ne l’a oublié."
        ),
        "year": 1968,
        "decade": 1960,
        "circa": False,
        "themes": ["luttes-sociales", "vie-a-l-usine"],
        "pull_quote": "Avant de reprendre, nous avons rangé chaque outil : c’était notre atelier.",
        "photos": [
            ("workshop", "L’atelier de reliure au printemps 1968", "Collection Odile Marchand"),
            ("team", "L’équipe de reliure devant l’atelier", "Collection Odile Marchand"),
        ],
    },
    {
        "key": "commande-martel",
        "public_name": "Gérard Bonnefoy",
        "email": "gerard.bonnefoy@example.org",
        "relation": "alumnus",
        "years_start": 1979,
        "years_end": 2012,
        "role": "Commercial",
        "title": "La commande de l’année",
        "story": (
            "En 1987, les Soieries Martel nous ont commandé d’un coup trois ans de catalogues. "
            "J’ai signé le contrat un vendredi soir dans leur bureau de la Croix-Rousse, et toute "
            "l’équipe a fêté ça le lundi. Les chiffres exacts sont restés confidentiels, mais "
            "c’était la plus grosse commande de la décennie.\n\n"
            "Si d’anciens collègues veulent en parler, appelez-moi au 06 12 34 56 78."
        ),
        "year": 1987,
        "decade": 1980,
        "circa": False,
        "themes": ["produits"],
        "pull_quote": "J’ai signé le contrat un vendredi soir, et toute l’équipe a fêté ça.",
        "photos": [("office", "Le bureau commercial en 1987", "Gérard Bonnefoy")],
    },
    {
        "key": "premier-ordinateur",
        "public_name": "Nadia Belkacem",
        "email": "nadia.belkacem@example.org",
        "relation": "employee",
        "years_start": 1994,
        "years_end": None,
        "role": "Responsable informatique",
        "title": "Le premier réseau",
        "story": (
            "Vers le milieu des années 1990, nous avons relié les dix ordinateurs du siège par "
            "un câble coaxial qui courait le long des plinthes. Quand quelqu’un débranchait son "
            "poste, tout le réseau tombait, et je faisais le tour des bureaux pour trouver le "
            "coupable.\n\n"
            "La Banque Rhodanienne, notre premier client à recevoir ses factures par modem, "
            "nous appelait pour vérifier que tout était bien arrivé."
        ),
        "year": None,
        "decade": 1990,
        "circa": True,
        "themes": ["innovation"],
        "pull_quote": "Quand quelqu’un débranchait son poste, tout le réseau tombait.",
        "photos": [("computer", "Un poste du siège, années 1990", "Nadia Belkacem")],
    },
]
