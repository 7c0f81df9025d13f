"""English versions of the demo stories of the 1970s, keyed by the French slug.

The Grenoble plant, terminals, summer camps and hard winters. Each entry carries the English
slug, title, teaser, place, pull quote, body (same blocks as the French story) and image texts.
"""

# Each paragraph stays on one line: prose is easier to edit and review unwrapped.
# ruff: noqa: E501

STORIES_1970S_EN: dict[str, dict] = {
    "grenoble-premiere-equipe": {
        "slug": "grenoble-the-first-team",
        "title": "Grenoble, the first team",
        "teaser": "September 1971: forty people in a brand-new factory at the foot of the mountains, and nobody yet knows where the coffee machine is.",
        "place": "Grenoble factory",
        "pull_quote": "We had dinner together in the empty canteen, watching the Chartreuse mountains turn pink.",
        "body": [
            (
                "paragraph",
                "<p>I arrived in Grenoble in September 1971, with a brand-new engineering degree and a suitcase. The factory had just been handed over: a big white building with saw-tooth roofs, set down on the plain with the mountains all around. There were forty of us, six of whom had come from Vaise, and nobody yet knew where the coffee machine was.</p>",
            ),
            (
                "paragraph",
                "<p>For the first few weeks we set everything up ourselves: the desks, the development computers, the telephone lines. The factory director carried boxes like everybody else. In the evenings we stayed late, less because we had to than because we didn’t know a soul in town yet. We had dinner together in the empty canteen, watching the Chartreuse mountains turn pink.</p>",
            ),
            (
                "quote",
                {
                    "text": "We didn’t send you here to open a factory. We sent you to invent the company that comes next.",
                    "attribution": "Lucien Ferrandier, visiting Grenoble, October 1971",
                },
            ),
            (
                "paragraph",
                "<p>I had never felt so far from home, or so much where I belonged. I stayed for thirty-nine years. When I left, in 2010, there were eight hundred of us, and I had finally found the coffee machine.</p>",
            ),
        ],
        "image": {
            "alt": "Faded colour photograph: a factory with saw-tooth roofs at the foot of snow-covered mountains",
            "caption": "The Grenoble factory when it opened, 1971.",
            "credit": "Ferrandier Archives",
        },
    },
    "mon-mari-a-grenoble-moi-a-vaise": {
        "slug": "my-husband-in-grenoble-me-in-vaise",
        "title": "My husband in Grenoble, me in Vaise",
        "teaser": "For a year and a half, Manuel lives in Grenoble during the week while Rosa stays in Vaise. Eighty-six letters on the factory’s headed paper.",
        "place": "Lyon and Grenoble",
        "pull_quote": "On Friday evenings he caught the 6.12 train and got into Perrache at 7.50.",
        "body": [
            (
                "paragraph",
                "<p>In 1972 my husband, Manuel, who was a machine setter at Vaise, was transferred to Grenoble with a promotion. I stayed behind in Vaise, at my job in the wiring shop, with our two children and the mortgage on the flat. For a year and a half he lived in a furnished room in Grenoble from Monday to Friday, and we only saw each other at weekends.</p>",
            ),
            (
                "paragraph",
                "<p>On Friday evenings he caught the 6.12 train and got into Perrache at 7.50. I would go and wait for him on the platform with the children. On Sunday evenings it was the other way round, and a lot less fun. We had no telephone at home. So he wrote to me, on Tuesdays and Thursdays, on the factory’s headed paper, which he helped himself to from the foreman’s office.</p>",
            ),
            (
                "quote",
                {
                    "text": "The mountains here are beautiful, but they can’t make soup the way you do.",
                    "attribution": "Letter from Manuel, my husband, February 1973",
                },
            ),
            (
                "paragraph",
                "<p>In the end he got a job back at Vaise, in 1974. I kept all his letters, eighty-six of them, on the company’s paper. I think they’re more precious than most of the documents in the archives.</p>",
            ),
        ],
        "image": {
            "alt": "Faded colour photograph: snow-covered mountains above hills and a valley",
            "caption": "The mountains around Grenoble that Manuel described in his letters.",
            "credit": "Martins family collection",
        },
    },
    "cricri-et-les-veillees": {
        "slug": "cricri-and-the-campfire-nights",
        "title": "Cricri and the campfire nights",
        "teaser": "A first summer as a camp leader, a five-string guitar and sixty children who refuse to mix: the Lyon kids on one side, the Grenoble kids on the other.",
        "place": "Vercors",
        "pull_quote": "By the end of the evening, under the bunting, everyone was singing the same song out of tune, and we had won.",
        "body": [
            (
                "paragraph",
                "<p>My first summer as a camp leader, in 1975, I was eighteen and had a five-string guitar, the sixth string having snapped on the coach. The works council’s holiday camp had moved into a big chalet in the Vercors, and we had sixty children aged seven to fourteen: children from Vaise and, for the first time, children from Grenoble.</p>",
            ),
            (
                "paragraph",
                "<p>For the first few days, they wouldn’t mix. The Lyon kids said the Grenoble lot were mountain yokels; the Grenoble kids said the Lyon lot didn’t know how to walk. So we built the end-of-camp party around a big game in which every team had to have a child from Lyon and a child from Grenoble. By the end of the evening, under the bunting, everyone was singing the same song out of tune, and we had won.</p>",
            ),
            (
                "quote",
                {
                    "text": "Cricri, will you be able to come back next year? And will your guitar have all its strings?",
                    "attribution": "A little girl from Grenoble, on the last night of the 1975 camp",
                },
            ),
            (
                "paragraph",
                "<p>I went back eleven years running. From 1977 on, the guitar had all its strings.</p>",
            ),
        ],
        "image": {
            "alt": "Faded colour photograph: strings of colourful bunting above children and adults gathered round a long table",
            "caption": "The end-of-camp party, summer 1975.",
            "credit": "Personal collection of Christine Morel",
        },
    },
    "l-hiver-des-pulls": {
        "slug": "the-winter-of-the-jumpers",
        "title": "The winter of the jumpers",
        "teaser": "After the oil crisis, the heating in the workshops is turned down to seventeen degrees. Management’s answer: fourteen hundred navy-blue jumpers.",
        "place": "Lyon, Vaise factory",
        "pull_quote": "We laughed, we grumbled, and then every one of us wore them.",
        "body": [
            (
                "paragraph",
                "<p>After the first oil crisis, around the winter of 1974, management decided to turn down the heating in the workshops to save money. Seventeen degrees instead of twenty. On paper, that’s nothing. In assembly, where you spend the whole day sitting still handling tiny parts, it meant numb fingers by ten in the morning.</p>",
            ),
            (
                "paragraph",
                "<p>As a shop steward, I protested, of course. Management held firm, but it did something I hadn’t expected: it bought a navy-blue jumper for every worker and every member of staff, with a little F embroidered on the chest. Fourteen hundred jumpers. We laughed, we grumbled, and then every one of us wore them.</p>",
            ),
            (
                "quote",
                {
                    "text": "Monsieur Benali, if you’re still cold, come and work in my office. It’s fifteen degrees in there.",
                    "attribution": "The factory director, at a shop stewards’ meeting",
                },
            ),
            (
                "paragraph",
                "<p>I still have mine. It’s gone through at the elbows, and my wife has darned it four times. In winter, when the house is cold, I put it on again, and I think of that workshop full of people in navy blue, blowing on their fingers.</p>",
            ),
        ],
        "image": None,
    },
    "le-gratin-du-jeudi": {
        "slug": "the-thursday-gratin",
        "title": "The Thursday gratin",
        "teaser": "Eight hundred meals a day and a menu that changes every day except Thursday. The day a director tried to meddle with the gratin, there was a petition.",
        "place": "Lyon, Vaise canteen",
        "pull_quote": "You can take a lot of things away from us. Not the Thursday gratin.",
        "body": [
            (
                "paragraph",
                "<p>In the 1970s I became second chef, then head chef, of the Vaise canteen. Eight hundred meals a day, two sittings, a team of fourteen. The menu changed every day except Thursday: Thursday was gratin dauphinois, and always had been, and nobody would have dared to touch it.</p>",
            ),
            (
                "paragraph",
                "<p>One year, a new head of administration decided to “modernise” the canteen and replaced the Thursday gratin with breaded fish. Just the once. By the following Thursday there was a petition with six hundred signatures on the works council’s desk, and a delegation of five women from the wiring shop in my kitchen, making sure the gratin really was in the oven.</p>",
            ),
            (
                "quote",
                {
                    "text": "You can take a lot of things away from us. Not the Thursday gratin.",
                    "attribution": "Petition from the workshops, 1970s",
                },
            ),
            (
                "paragraph",
                "<p>The secret of my gratin? There isn’t one. Waxy potatoes, whole milk, cream, garlic, nutmeg, and slow cooking. And no cheese — above all, no cheese: that’s how they do it in Grenoble, and we don’t hold it against them.</p>",
            ),
        ],
        "image": {
            "alt": "Faded colour photograph: the kitchen team posing in two rows in front of a wall",
            "caption": "The Vaise canteen team, 1970s.",
            "credit": "Personal collection of Bernard Chevalier",
        },
    },
    "le-tournoi-de-petanque-de-1976": {
        "slug": "the-1976-petanque-tournament",
        "title": "The 1976 pétanque tournament",
        "teaser": "The summer of the great heatwave, we start at six and finish at one. In the afternoons, we mark out pétanque pitches in the car park.",
        "place": "Lyon, Vaise factory",
        "pull_quote": "We point the way we solder: slowly, and right on the spot.",
        "body": [
            (
                "paragraph",
                "<p>The summer of 1976 was the hottest of my life. It was thirty-five degrees in the workshops; management moved the hours so that we started at six and finished at one. In the afternoons, nobody knew what to do with themselves. So, with a few of the lads from the stores, we marked out pétanque pitches in the car park behind the factory, in the shade of the plane trees.</p>",
            ),
            (
                "paragraph",
                "<p>At first there were eight of us. By the end of July there were thirty-two pairs signed up, a fixture list pinned up in the canteen, and engineers coming to play in their white shirts. The final pitted two Portuguese women from the wiring shop against a department head and his deputy. The women won 13–2. The department head demanded a rematch for the next ten years.</p>",
            ),
            (
                "quote",
                {
                    "text": "We point the way we solder: slowly, and right on the spot.",
                    "attribution": "Rosa Martins, 1976 champion",
                },
            ),
            (
                "paragraph",
                "<p>The tournament was held every summer until 2004, the year I left. The trophy, a chrome boule screwed onto the base of a machine tool, now has pride of place in the Grenoble canteen.</p>",
            ),
        ],
        "image": {
            "alt": "Faded colour photograph: bunting strung above a group of players and onlookers, near a long table",
            "caption": "The presentation of the pétanque trophy, summer 1976.",
            "credit": "Personal collection of Michel Perrin",
        },
    },
    "le-terminal-qui-ronronnait": {
        "slug": "the-terminal-that-purred",
        "title": "The terminal that purred",
        "teaser": "The first screen terminals reach the offices. The accountants are afraid of breaking them, and an old workshop foreman refuses to sit facing one.",
        "place": "Lyon, Vaise factory",
        "pull_quote": "He said the thing was watching him.",
        "body": [
            (
                "paragraph",
                "<p>In 1976 the first screen terminals arrived in the offices. Until then, if you wanted to talk to the computer, you had to punch cards, hand them in at the machine-room counter and come back the next day for the printout. All of a sudden you could type a command and see the answer appear in green letters, there and then. To a lot of people it was black magic.</p>",
            ),
            (
                "paragraph",
                "<p>I was given the job of installing the terminals and training the users. The accountants were afraid of breaking the machine by pressing too hard. One secretary asked me every morning whether the screen had really been off all night, because of her eyes. And an old workshop foreman refused to sit facing one: he said the thing was watching him.</p>",
            ),
            (
                "quote",
                {
                    "text": "It purrs, that machine of yours. Like a cat thinking things over.",
                    "attribution": "A workshop foreman, in front of his first terminal",
                },
            ),
            (
                "paragraph",
                "<p>He was right, as it happens: those terminals purred, because of their transformers. In a quiet office in the evening, you could hear all the terminals purring together, and it was almost soothing.</p>",
            ),
        ],
        "image": {
            "alt": "Faded colour photograph: cathode-ray terminals on desks, displaying lines of green text",
            "caption": "The first screen terminals, in the accounts department, 1976.",
            "credit": "Ferrandier Archives",
        },
    },
    "le-laboratoire-commun": {
        "slug": "the-joint-laboratory",
        "title": "The joint laboratory",
        "teaser": "Six researchers, six engineers, a freezing prefab and one rule: nobody is allowed to say it’s not their problem.",
        "place": "Grenoble",
        "pull_quote": "A well-documented failure is worth more than a success you don’t understand.",
        "body": [
            (
                "paragraph",
                "<p>In 1978, eleven years after my first classes, we signed an agreement with the company to set up a joint laboratory, housed in a prefab between the university and the Grenoble factory. Six researchers from the university, six engineers from Ferrandier, a modest budget and one rule: nobody would be allowed to say “that’s not my problem”.</p>",
            ),
            (
                "paragraph",
                "<p>The prefab was freezing in winter and stifling in summer. Even so, that is where we invented a system for sharing calculations between several computers, which served the company for fifteen years. The researchers learned what a delivery deadline was; the engineers learned that you can spend six months on an idea that doesn’t work and call it a result.</p>",
            ),
            (
                "quote",
                {
                    "text": "A well-documented failure is worth more than a success you don’t understand.",
                    "attribution": "Motto pinned up above the prefab door",
                },
            ),
            (
                "paragraph",
                "<p>The prefab was pulled down in 1998. I rescued the sign with the motto on it. It hangs in my office, above the door.</p>",
            ),
        ],
        "image": {
            "alt": "Faded colour photograph: an office with wide windows and rows of work tables with typewriters",
            "caption": "The joint laboratory’s prefab in Grenoble, late 1970s.",
            "credit": "Personal collection of Pierre-Antoine Faure",
        },
    },
    "les-memoires-qui-manquaient": {
        "slug": "when-memory-ran-short",
        "title": "When memory ran short",
        "teaser": "A shortage of memory chips, with customers served in order of importance: a supplier pleads the company’s case with his own management.",
        "place": "",
        "pull_quote": "In business, people talk a lot about contracts. What I mostly saw was memory.",
        "body": [
            (
                "paragraph",
                "<p>At the end of the 1970s, around 1979, the market for memory chips went wild. Everyone wanted them, the factories couldn’t keep up, and prices doubled from one quarter to the next. My firm had to serve its customers in order of importance. Ferrandier wasn’t the biggest. On paper, they would have to wait.</p>",
            ),
            (
                "paragraph",
                "<p>I did something I had never done before: I pleaded their case with my own management. I reminded them that for fifteen years Ferrandier had paid at thirty days, never once late, even in 1974, when everyone else was paying at ninety. I reminded them of the cigar box. My management gave in: Ferrandier got its deliveries — small quantities, but deliveries all the same.</p>",
            ),
            (
                "quote",
                {
                    "text": "Monsieur Moreau, we won’t forget this.",
                    "attribution": "Maison Ferrandier’s head of purchasing, 1979",
                },
            ),
            (
                "paragraph",
                "<p>They didn’t forget. When my firm went through a rough patch in 1983, Ferrandier brought an order forward by a year to help us out. In business, people talk a lot about contracts. What I mostly saw was memory.</p>",
            ),
        ],
        "image": None,
    },
    "cheffe-de-service": {
        "slug": "head-of-department",
        "title": "Head of department",
        "teaser": "1975: the company’s first woman senior manager. A colleague congratulates her on working “like a man”. He thought he was paying her a compliment.",
        "place": "Lyon, Vaise design office",
        "pull_quote": "I don’t work like a man. I work like an engineer. It’s a profession, not a sex.",
        "body": [
            (
                "paragraph",
                "<p>In 1975 I was appointed head of the electronics design department. Eighteen years after I arrived, I was the company’s first woman senior manager. On the day it was announced, a colleague shook my hand and said: “Congratulations, you’ve earned it — you work like a man.” He thought he was paying me a compliment. I answered, as politely as I could:</p>",
            ),
            (
                "quote",
                {
                    "text": "I don’t work like a man. I work like an engineer. It’s a profession, not a sex.",
                    "attribution": "My answer, that day",
                },
            ),
            (
                "paragraph",
                "<p>I had thirty-nine people under me, two of them women. I did two things in my first year. I asked to sit in on the job interviews for young engineers, so that the women applying would have at least one woman across the table. And I scrapped the Saturday-morning meeting, which kept every parent, man or woman, from seeing their children.</p>",
            ),
            (
                "paragraph",
                "<p>When I left in 1994, the department had eleven women engineers. That still wasn’t half. But nobody congratulated a woman on working like a man any more.</p>",
            ),
        ],
        "image": {
            "alt": "Faded colour photograph: a design office with wide windows and rows of work tables",
            "caption": "The electronics design department in the mid-1970s.",
            "credit": "Ferrandier Archives",
        },
    },
    "le-jeune-ingenieur-et-la-vieille-presse": {
        "slug": "the-young-engineer-and-the-old-press",
        "title": "The young engineer and the old press",
        "teaser": "A beautiful casing, all curves, that no machine in the workshop knew how to make. My first lesson, taught by a machine setter.",
        "place": "Lyon, Vaise workshop",
        "pull_quote": "That’s a lovely drawing, lad. Now draw me one we can actually make.",
        "body": [
            (
                "paragraph",
                "<p>I joined the Vaise design office in September 1979 with an engineering degree, a programmable calculator I was very proud of and the conviction that I knew everything. I was given the redesign of a terminal casing. I drew a magnificent casing, all curves. And I took my drawings down to the sheet-metal shop.</p>",
            ),
            (
                "paragraph",
                "<p>The head setter, Henri Bellanger, looked at my drawings for a long time. Then he walked me over to the old press brake, a machine from 1952, and asked me to show him where it could make my curves. It couldn’t. No machine in the workshop could. It took me a whole day at his side to understand what could really be made, and how.</p>",
            ),
            (
                "quote",
                {
                    "text": "That’s a lovely drawing, lad. Now draw me one we can actually make.",
                    "attribution": "Henri Bellanger, head setter, 1979",
                },
            ),
            (
                "paragraph",
                "<p>I redrew the casing in a week. It was less beautiful, but forty thousand of them were made. Throughout my career, before signing off a drawing, I asked myself what Henri would have thought of it.</p>",
            ),
        ],
        "image": {
            "alt": "Faded colour photograph: a workshop under a glass roof, rows of machine tools and a few workers",
            "caption": "The Vaise sheet-metal shop, late 1970s.",
            "credit": "Ferrandier Archives",
        },
    },
    "le-delegue-et-le-directeur": {
        "slug": "the-shop-steward-and-the-director",
        "title": "The shop steward and the director",
        "teaser": "1977: the first director not called Ferrandier arrives with a plan to cut two hundred jobs. One evening, he comes down to the workshop.",
        "place": "Lyon, Vaise factory",
        "pull_quote": "I never liked that director. But I respected him.",
        "body": [
            (
                "paragraph",
                "<p>In 1977 Lucien Ferrandier retired, and for the first time the company had a director who didn’t bear the Ferrandier name. He came from a big group, and he talked about productivity, ratios, restructuring. At his first meeting with the shop stewards, he put a plan on the table that cut two hundred jobs at Vaise.</p>",
            ),
            (
                "paragraph",
                "<p>We negotiated for four months. There were walkouts, sleepless nights, hard words. But there was also, one evening, something that changed everything: the director came down alone to the assembly shop after work had finished, and asked to see how a card reader was put together. I spent two hours showing him. He asked real questions.</p>",
            ),
            (
                "quote",
                {
                    "text": "I can’t decide your future without knowing what your hands do.",
                    "attribution": "The new director, in the assembly shop, 1977",
                },
            ),
            (
                "paragraph",
                "<p>The final plan cut sixty jobs, all through voluntary departures and early retirement, and it set up a training course so that assemblers could become technicians. I never liked that director. But I respected him.</p>",
            ),
        ],
        "image": {
            "alt": "Faded colour photograph: a factory with saw-tooth roofs and chimneys, hills on the horizon",
            "caption": "The Vaise factory at the end of the 1970s.",
            "credit": "Ferrandier Archives",
        },
    },
    "l-arbre-de-noel-du-comite": {
        "slug": "the-works-council-christmas-party",
        "title": "The works council Christmas party",
        "teaser": "Six hundred children, a puppet show, a party tea and a Father Christmas who smelled faintly of gratin. And always twenty presents kept in reserve.",
        "place": "Lyon, Vaise canteen",
        "pull_quote": "The children never recognised him, but they did think Father Christmas smelled a little of gratin.",
        "body": [
            (
                "paragraph",
                "<p>In the 1970s, the works council Christmas party was the biggest event of the year. It was held in the Vaise canteen, cleared of its tables, on the third Saturday in December. Six hundred children, a puppet show, a party tea, and a Father Christmas who gave every child a present, chosen by age from a catalogue I kept in the secretaries’ office.</p>",
            ),
            (
                "paragraph",
                "<p>Every year I received the lists from the families, and every year there were names missing: babies born that year, families who had only just arrived and didn’t know they had to sign up. So I always kept twenty presents in reserve, bought on my own initiative and paid for — as I found out later — by the director himself, without the works council knowing.</p>",
            ),
            (
                "quote",
                {
                    "text": "No child of this company goes home without a present. Sort it out, Françoise, and send me the bill.",
                    "attribution": "Lucien Ferrandier",
                },
            ),
            (
                "paragraph",
                "<p>For eleven years, Father Christmas was Bernard, from the canteen. He had the voice and the tummy for it. The children never recognised him, but they did think Father Christmas smelled a little of gratin.</p>",
            ),
        ],
        "image": {
            "alt": "Faded colour photograph: a hall decorated with strings of bunting, children and adults around a long table",
            "caption": "The works council Christmas party, 1970s.",
            "credit": "Ferrandier Archives",
        },
    },
}
