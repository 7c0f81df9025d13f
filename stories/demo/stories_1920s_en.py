"""English versions of the 1920s demo stories: calculating machines, tills, the first lorry.

Keyed by the French slug of ``stories_1920s``; each entry holds the translated fields only.
"""

# Each paragraph stays on one line: prose is easier to edit and review unwrapped.
# ruff: noqa: E501

STORIES_1920S_EN: dict[str, dict] = {
    "la-ferrandier-a1": {
        "slug": "the-ferrandier-a1-the-first-calculating-machine",
        "title": "The Ferrandier A1, the first calculating machine",
        "teaser": "Fourteen kilos, a crank handle, ten digits and forty-one versions of the "
        "carry mechanism: how the company’s first machine came into the world.",
        "place": "Lyon, Vaise workshop",
        "pull_quote": "A machine that gets it wrong once in a thousand times is a machine "
        "that lies.",
        "body": [
            (
                "paragraph",
                "<p>The patent was filed in 1921, and the first machine left the workshop in the spring of 1922. The Ferrandier A1 weighed fourteen kilos, added and subtracted up to ten digits, and was worked by a crank handle on the side. It cost three months’ wages for a skilled worker: not something you bought for a shop, but an investment for a bank or a big trading house.</p>",
            ),
            (
                "paragraph",
                "<p>In the archives I found the test log. Auguste recorded every fault in it with disarming honesty: “carry temperamental on the 7”, “crank stiff in cold weather”, “the customer is right”. It took forty-one versions of the carry mechanism before he was satisfied.</p>",
            ),
            (
                "quote",
                {
                    "text": "A machine that gets it wrong once in a thousand times is a machine that lies.",
                    "attribution": "Auguste Ferrandier, test log, 1921",
                },
            ),
            (
                "paragraph",
                "<p>He sold seventeen in the first year. That isn’t many. But Auguste delivered every one himself, and stayed half a day with each customer to teach the clerks how to use it. Some were still working in the 1960s.</p>",
            ),
        ],
        "image": {
            "alt": "Black-and-white photograph: a hand-cranked mechanical calculating machine "
            "standing on a table",
            "caption": "A 1922 Ferrandier A1, kept in the archives.",
            "credit": "Ferrandier Archives",
        },
    },
    "la-caisse-de-mon-grand-pere": {
        "slug": "my-grandfathers-cash-register",
        "title": "My grandfather’s cash register",
        "teaser": "In 1927 an ironmonger in la Croix-Rousse buys a Ferrandier till in twelve "
        "monthly instalments, without asking his wife.",
        "place": "Lyon, la Croix-Rousse",
        "pull_quote": "Customers came in just to hear it ring, and children asked to press "
        "the keys.",
        "body": [
            (
                "paragraph",
                "<p>My grandfather Léon opened his ironmonger’s shop in la Croix-Rousse in 1923. Four years later he did the craziest thing of his life: he bought a Ferrandier cash register, cast iron and brass, with a little bell that rang at every sale. My grandmother was furious. He had bought it in twelve monthly instalments without asking her.</p>",
            ),
            (
                "paragraph",
                "<p>But the till changed the shop. Customers came in just to hear it ring, and children asked to press the keys. Above all, for the first time, my grandfather knew every evening exactly what he had sold, down to the last centime. He used to say the till had taught him to count better than his schoolmaster ever did.</p>",
            ),
            (
                "quote",
                {
                    "text": "That bell was the music of the neighbourhood. You could hear it from the other side of the street.",
                    "attribution": "Raymond Brunet, my father, who was six in 1927",
                },
            ),
            (
                "paragraph",
                "<p>It stayed in service until 1956. Today it sits in the display case of the company’s little museum in Vaise. I go and visit it now and then, and press the ten-centime key when nobody’s looking.</p>",
            ),
        ],
        "image": {
            "alt": "Black-and-white photograph: a street of old many-windowed buildings, a "
            "tram in the foreground",
            "caption": "La Croix-Rousse in the late 1920s, not far from the Brunet ironmonger’s.",
            "credit": "Brunet family collection",
        },
    },
    "le-bal-de-la-saint-eloi": {
        "slug": "the-saint-eloi-dance",
        "title": "The Saint-Éloi dance",
        "teaser": "At the works dance in 1925, a turner who couldn’t waltz declared his love by "
        "explaining how a calculating machine works.",
        "place": "Lyon, Vaise",
        "pull_quote": "He couldn’t waltz, so he offered to explain to her how a calculating "
        "machine works.",
        "body": [
            (
                "paragraph",
                "<p>My grandmother Louise had left the workshop in 1919, but she had stayed friends with the other former munitionettes. In 1925 one of them dragged her along to the dance the company held every year on Saint-Éloi’s day, the metalworkers’ feast. It was in a room above a café, with an accordion player and a fiddler who weren’t always playing the same tune.</p>",
            ),
            (
                "paragraph",
                "<p>That’s where she met my grandfather, Joseph, a turner who had come back from the war with shrapnel in his leg. He couldn’t waltz, so he offered to explain to her how a calculating machine works. She used to say it was the oddest declaration of love she had ever had, and the only one that worked.</p>",
            ),
            (
                "quote",
                {
                    "text": "He talked to me about carries and cranks for an hour. That’s when I knew he was serious.",
                    "attribution": "Louise Roussel, my grandmother",
                },
            ),
            (
                "paragraph",
                "<p>They married the following year. The boss gave them a mantel clock, which now lives at my sister’s and is still five minutes fast, like every clock in the family.</p>",
            ),
        ],
        "image": {
            "alt": "Black-and-white photograph: a function room decked with bunting, guests "
            "standing by a long table",
            "caption": "The Saint-Éloi dance, in the mid-1920s.",
            "credit": "Roussel family collection",
        },
    },
    "le-representant-a-bicyclette": {
        "slug": "the-salesman-on-a-bicycle",
        "title": "The salesman on a bicycle",
        "teaser": "Gaston Rivière, the company’s first travelling salesman, covered three "
        "départements with fourteen kilos of cast iron on his rear rack.",
        "place": "Rhône, Ain and Isère",
        "pull_quote": "The notary in Tarare refused to look at the machine. His wife looked at "
        "it. Sold.",
        "body": [
            (
                "paragraph",
                "<p>In the archives there is a run of expense claims from the 1920s signed by one Gaston Rivière, the company’s first travelling salesman. They are almost entirely about inner tubes. Gaston covered the Rhône, the Ain and the Isère by bicycle, with a demonstration calculating machine strapped to his rear rack: fourteen kilos of cast iron, up the hills of the Beaujolais.</p>",
            ),
            (
                "paragraph",
                "<p>His reports are a joy. He notes the state of the roads, the customers’ moods, the price of an omelette at every inn. One day he writes: “The notary in Tarare refused to look at the machine. His wife looked at it. Sold.” Another day, even more tersely, after a round in the rain:</p>",
            ),
            (
                "quote",
                {
                    "text": "Two punctures before Bourgoin. The machine is fine, I’m less so.",
                    "attribution": "Gaston Rivière, sales round report",
                },
            ),
            (
                "paragraph",
                "<p>I have never found a photograph of Gaston. But I did find his bicycle — or at least a salesman’s bicycle — hanging from the ceiling in the Vaise attic. I prefer to believe it was his.</p>",
            ),
        ],
        "image": {
            "alt": "Black-and-white photograph: a street lined with buildings, a tram at a stop",
            "caption": "A street in Bourgoin at the time of Gaston Rivière’s rounds.",
            "credit": "Ferrandier Archives",
        },
    },
    "l-eau-dans-l-atelier": {
        "slug": "water-in-the-workshop",
        "title": "Water in the workshop",
        "teaser": "One night the Saône rose as high as the lathe beds. In the morning the whole "
        "neighbourhood turned up in boots to take the machines apart.",
        "place": "Lyon, Vaise workshop",
        "pull_quote": "When I started in 1952, the old hands showed me the line before they "
        "showed me the machines.",
        "body": [
            (
                "paragraph",
                "<p>Vaise sits on the Saône, and the Saône floods. My grandfather Firmin used to tell how one year, probably around 1928, the water rose overnight right into the workshop. By morning the lathes were under water up to their beds, and the swarf was floating about like dead leaves.</p>",
            ),
            (
                "paragraph",
                "<p>Nobody waited to be told. The workers came in their boots, some with their wives and children, and they took the machines apart piece by piece to carry them upstairs. Those who lived on higher ground put up those whose homes were flooded. Auguste paid for the lost days, even though no law required him to.</p>",
            ),
            (
                "quote",
                {
                    "text": "We greased every screw, one by one, for three weeks. Not a single machine went rusty. Not one.",
                    "attribution": "Firmin Bellanger, my grandfather",
                },
            ),
            (
                "paragraph",
                "<p>From that day on, there was a line in red paint on a pillar in the Vaise workshop, one metre ten from the floor. When I started in 1952, the old hands showed me the line before they showed me the machines.</p>",
            ),
        ],
        "image": {
            "alt": "Black-and-white photograph: a workshop under a glass roof, rows of machine "
            "tools and drive belts",
            "caption": "The Vaise workshop, back in working order after the flood.",
            "credit": "Ferrandier Archives",
        },
    },
    "le-registre-du-personnel-de-1924": {
        "slug": "the-1924-staff-register",
        "title": "The 1924 staff register",
        "teaser": "Sixty-two names in pen and ink — Lyonnais, Piedmontese, two Armenian "
        "brothers: the register that made me the company’s volunteer archivist.",
        "place": "Lyon, Vaise",
        "pull_quote": "The youngest was fourteen, the oldest sixty-seven.",
        "body": [
            (
                "paragraph",
                "<p>When I was an accountant, I inherited a cupboard that nobody had the key to. In 1971, out of curiosity, I had a locksmith open it. Inside was the staff register for 1924: sixty-two names, each with age, address, trade and hourly wage, written in pen and ink.</p>",
            ),
            (
                "paragraph",
                "<p>I read it like a novel. There were Lyonnais, of course, but also Italians from Piedmont, two Armenian brothers who had arrived in 1923, a Pole, and a war widow who did the cleaning and ran the stores. The youngest was fourteen, the oldest sixty-seven. One twenty-two-year-old turner was called Firmin Bellanger; I showed the page to his grandson Henri, who was working as a setter at the time.</p>",
            ),
            (
                "quote",
                {
                    "text": "You’ve found me my grandfather at twenty-two, with his bachelor address. I didn’t even know he’d lived on rue du Chapeau-Rouge.",
                    "attribution": "Henri Bellanger, in 1971",
                },
            ),
            (
                "paragraph",
                "<p>Since then, with help from their families, I have traced about forty of those sixty-two people. That register is what turned me, without my meaning it to, into the company’s volunteer archivist.</p>",
            ),
        ],
        "image": None,
    },
    "mon-pere-et-le-pied-a-coulisse": {
        "slug": "my-father-and-the-vernier-calliper",
        "title": "My father and the vernier calliper",
        "teaser": "Eugène Moulin, a fitter, never lent his calliper to anyone. On Sundays he "
        "had his son measure walnut shells with it.",
        "place": "Lyon, Vaise",
        "pull_quote": "If I got it wrong, he said nothing — he just handed me the thing again.",
        "body": [
            (
                "paragraph",
                "<p>My father, Eugène Moulin, started at Ferrandier in 1926 or 1927 — he was never sure which. He was a fitter. He had a vernier calliper that he had bought with his first pay packet, in a wooden case, and he never lent it to anyone, not even me.</p>",
            ),
            (
                "paragraph",
                "<p>On Sundays he made me measure things in the kitchen: the thickness of a coin, the diameter of a cork, a walnut shell. I had to give the figure to a tenth, then to a twentieth. If I got it wrong, he said nothing — he just handed me the thing again. I was seven and I hated those Sundays.</p>",
            ),
            (
                "quote",
                {
                    "text": "What you don’t measure, you don’t know. And what you don’t know, you get wrong.",
                    "attribution": "Eugène Moulin, my father",
                },
            ),
            (
                "paragraph",
                "<p>He gave me the calliper the day I started my apprenticeship, in 1947. I used it for forty-two years. Today it’s in the display case of the Vaise museum, and the label says “Vernier calliper, 1920s”. It ought to say “Eugène and Jean-Pierre Moulin”.</p>",
            ),
        ],
        "image": {
            "alt": "Black-and-white photograph: head-and-shoulders portrait of a man against a "
            "studio backdrop",
            "caption": "Eugène Moulin, fitter, in the late 1920s.",
            "credit": "Moulin family collection",
        },
    },
    "le-premier-camion-ferrandier": {
        "slug": "the-first-ferrandier-lorry",
        "title": "The first Ferrandier lorry",
        "teaser": "In 1926 Auguste treats himself to a lorry with gold lettering. He can’t "
        "drive, and his driver drives as if he were still under shellfire.",
        "place": "Lyon, Vaise",
        "pull_quote": "It was the first lorry in the neighbourhood that didn’t belong to a brewer.",
        "body": [
            (
                "paragraph",
                "<p>In 1926 my grandfather treated himself to a lorry. A real one, with an open cab, solid tyres and the name “A. Ferrandier – Lyon-Vaise” painted in gold letters on the sideboards by a local sign-writer. It was the first lorry in the neighbourhood that didn’t belong to a brewer.</p>",
            ),
            (
                "paragraph",
                "<p>He couldn’t drive. So he hired a driver, Ernest, an old artilleryman who drove as if he were still under shellfire. My grandmother refused to get in it. My father, who was fourteen, dreamed of nothing else; he went on his first delivery round hidden under a tarpaulin between two calculating machines.</p>",
            ),
            (
                "quote",
                {
                    "text": "Ernest sounded the horn at every crossroads, to warn people and for the fun of it.",
                    "attribution": "Lucien Ferrandier, my father, looking back",
                },
            ),
            (
                "paragraph",
                "<p>The lorry made its deliveries until 1939, when it was requisitioned. Nobody ever saw it again. There’s one photograph left, showing Ernest, very proud, and in the corner, barely visible, the peak of my father’s cap.</p>",
            ),
        ],
        "image": {
            "alt": "Black-and-white photograph: a street lined with many-windowed buildings, a "
            "tram in the roadway",
            "caption": "The workshop’s street, where the lorry was parked, in the late 1920s.",
            "credit": "Ferrandier family collection",
        },
    },
}
