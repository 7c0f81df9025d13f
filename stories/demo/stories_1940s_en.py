"""English versions of the 1940s demo stories: the war, the Occupation, the Liberation, the T48.

Keyed by the French slug of ``stories_1940s``; each entry holds the translated fields only.
"""

# Each paragraph stays on one line: prose is easier to edit and review unwrapped.
# ruff: noqa: E501

STORIES_1940S_EN: dict[str, dict] = {
    "juin-1940-l-usine-a-l-arret": {
        "slug": "june-1940-the-factory-falls-silent",
        "title": "June 1940: the factory falls silent",
        "teaser": "No power, no orders, no news of anyone: a foreman’s notebook on the day the "
        "factory shut its gates.",
        "place": "Lyon, Vaise factory",
        "pull_quote": "I switched off the last lamp and heard the building breathe. I didn’t "
        "know if we would ever open it again.",
        "body": [
            (
                "paragraph",
                "<p>My grandfather Étienne Giraud was foreman of the assembly shop. In September 1939, half his men were called up within a week. In June 1940, when the German troops entered Lyon, the factory stopped dead. On 19 June he wrote in his notebook: “No power, no orders, no news of anyone.”</p>",
            ),
            (
                "paragraph",
                "<p>Lucien Ferrandier gathered those who were left in the yard. He had the tools put away and the machines greased as if for a long winter, and he handed everyone an advance on their wages out of his own savings. Then he chained the main gates shut. My grandfather was the last to leave, after one final round of the empty workshops.</p>",
            ),
            (
                "quote",
                {
                    "text": "I switched off the last lamp and heard the building breathe. I didn’t know if we would ever open it again.",
                    "attribution": "Étienne Giraud, notebook, June 1940",
                },
            ),
            (
                "paragraph",
                "<p>The factory reopened in September, at a crawl, with a handful of workers. My mother, who was six at the time, mainly remembers the silence of that June, in a neighbourhood where you could usually hear the machines from your bedroom.</p>",
            ),
        ],
        "image": {
            "alt": "Black-and-white photograph: a factory with saw-tooth roofs and chimneys "
            "under a grey sky",
            "caption": "The Vaise factory, summer 1940.",
            "credit": "Giraud family collection",
        },
    },
    "les-plans-caches-dans-la-chaudiere": {
        "slug": "the-plans-hidden-in-the-boiler",
        "title": "The plans hidden in the boiler",
        "teaser": "When the occupiers demanded the plans of the new tabulator, they were told "
        "the plans had burned. They were up the boiler flue.",
        "place": "Lyon, Vaise factory",
        "pull_quote": "There had never been a fire.",
        "body": [
            (
                "paragraph",
                "<p>Around 1942, the occupiers began to take an interest in the company’s machines. A commission came to inspect the factory, took notes, and asked for the plans of the new tabulator that the design office had been working on in secret since 1939. Lucien Ferrandier told them the plans had been destroyed in a fire. There had never been a fire.</p>",
            ),
            (
                "paragraph",
                "<p>The plans were rolled up in copper tubes and hidden in the flue of the old boiler, which my grandfather Étienne was the only person able to light without blowing the place up. For two winters he heated the workshop while carefully working around the flue. He told nobody, not even my grandmother.</p>",
            ),
            (
                "quote",
                {
                    "text": "Every morning I lit the fire thirty centimetres from something that could have landed us all in prison. It wakes you up better than coffee.",
                    "attribution": "Étienne Giraud, telling my mother in 1965",
                },
            ),
            (
                "paragraph",
                "<p>The tubes came out again in September 1944, a little blackened. The company’s first tabulator, in 1948, was built from those very plans. I keep one of the copper tubes on my shelf; it still smells of soot.</p>",
            ),
        ],
        "image": {
            "alt": "Black-and-white photograph: a workshop with rows of machines under a glass "
            "roof, belts hanging down from the ceiling",
            "caption": "The Vaise workshop during the Occupation.",
            "credit": "Ferrandier Archives",
        },
    },
    "le-pain-partage": {
        "slug": "shared-bread",
        "title": "Shared bread",
        "teaser": "Under the Occupation, a tin box by the canteen till fed the families of "
        "prisoners of war. Nobody knew who was giving.",
        "place": "Lyon, Vaise factory",
        "pull_quote": "Nobody knew who was giving, and nobody knew who was receiving.",
        "body": [
            (
                "paragraph",
                "<p>Under the Occupation, the canteen kept going on almost nothing. My mother used to talk about the ration tickets, the swedes, the roasted-barley coffee that was coffee in colour only. I was born in 1941; all I remember of that time is a smell of soup and a long table where someone always gave me a crust of bread.</p>",
            ),
            (
                "paragraph",
                "<p>What my mother only told me much later was what went on around the till. Every worker who could afford it left one extra token in a tin box. Those tokens paid for meals for families whose father was a prisoner in Germany or had disappeared. Nobody knew who was giving, and nobody knew who was receiving. Only my mother kept the list — in her head, never on paper.</p>",
            ),
            (
                "quote",
                {
                    "text": "I didn’t want a written list. A list can be found. A memory keeps quiet.",
                    "attribution": "Germaine Marchand, my mother",
                },
            ),
            (
                "paragraph",
                "<p>She looked after that box from 1941 to 1945. At the Liberation there were eleven tokens left. She gave them to the children so they could buy sweets on the day of the celebrations.</p>",
            ),
        ],
        "image": None,
    },
    "a-bicyclette-sous-l-occupation": {
        "slug": "cycling-through-the-occupation",
        "title": "Cycling through the Occupation",
        "teaser": "No petrol, few trams, tyres not to be had: the setters retreaded their "
        "colleagues’ bikes with worn-out drive belts.",
        "place": "Lyon, Vaise",
        "pull_quote": "They lasted twenty years on the lathes, they’ll get you to Écully all "
        "right.",
        "body": [
            (
                "paragraph",
                "<p>The photographs of the factory taken during the war all have one thing in common: bicycles everywhere. Against the walls, in the yard, hanging up in the old garage of the requisitioned lorry. Petrol was rationed, trams were few and far between, and most of the workers pedalled in from la Duchère, Écully or Champagne — sometimes twelve kilometres each way.</p>",
            ),
            (
                "paragraph",
                "<p>Tyres were impossible to find. In the workshop archives I found notes on a small, entirely tolerated sideline: during the lunch break, the setters retreaded their colleagues’ tyres with pieces of worn-out drive belt. One very serious technical drawing even details an “emergency tyre for velocipede, Vaise pattern”, fully dimensioned and annotated.</p>",
            ),
            (
                "quote",
                {
                    "text": "Ride on the company’s belts: they lasted twenty years on the lathes, they’ll get you to Écully all right.",
                    "attribution": "Pencilled note on the technical drawing",
                },
            ),
            (
                "paragraph",
                "<p>I find those patched-up bikes very moving. They speak of making do, of weariness too, and of a craftsman’s pride that never quite goes out, even in the worst of years.</p>",
            ),
        ],
        "image": {
            "alt": "Black-and-white photograph: a street lined with buildings, a tram in the "
            "roadway",
            "caption": "A street in Vaise during the war.",
            "credit": "Ferrandier Archives",
        },
    },
    "la-liberation-de-vaise": {
        "slug": "the-liberation-of-vaise",
        "title": "The Liberation of Vaise",
        "teaser": "Four minutes of shaky silent film: the factory yard on 3 September 1944, "
        "hastily sewn flags and a man coming out of the boiler room.",
        "place": "Lyon, Vaise factory",
        "pull_quote": "Old Auguste, the founder, sitting on a crate and crying without trying "
        "to hide it.",
        "body": [
            (
                "paragraph",
                "<p>On 3 September 1944, Lyon was liberated. The bridges had been blown up the day before and the city was in pieces, but Vaise was celebrating. In the company archives, a short amateur film, four minutes long, silent and shaky, shows the factory yard that day: tricolour flags sewn in a hurry, children on their fathers’ shoulders, a woman dancing on her own with a broom.</p>",
            ),
            (
                "paragraph",
                "<p>I have spent hours on those four minutes. I recognised Lucien Ferrandier, very thin, shaking hands. Old Auguste, the founder, sitting on a crate and crying without trying to hide it. And, at the very end, a man coming out of the boiler room with copper tubes under his arm and a broad smile: Étienne Giraud, who has just retrieved the hidden plans.</p>",
            ),
            (
                "quote",
                {
                    "text": "That’s my grandfather! He never smiled like that in a single photo.",
                    "attribution": "Marcel Giraud, Étienne Giraud’s grandson, on seeing the film",
                },
            ),
            (
                "paragraph",
                "<p>The next day, the factory went back to work. The bridges had to be rebuilt, and the building firms needed tools.</p>",
            ),
        ],
        "image": {
            "alt": "Black-and-white photograph: bunting strung above a celebrating crowd in a yard",
            "caption": "The factory yard on Liberation day, 3 September 1944.",
            "credit": "Ferrandier Archives",
        },
    },
    "la-premiere-tabulatrice": {
        "slug": "the-first-tabulator",
        "title": "The first tabulator",
        "teaser": "The T48 read a hundred and fifty punched cards a minute. It wasn’t sold but "
        "rented, technician included. The company was changing trades.",
        "place": "Lyon, Vaise factory",
        "pull_quote": "We were no longer selling a machine; we were selling a service.",
        "body": [
            (
                "paragraph",
                "<p>The T48, the company’s first tabulator, left the workshop in November 1948. It was a grey metal cabinet one metre sixty tall that read punched cards at a hundred and fifty a minute, did additions and printed totals. For a bank or an insurance company, it did the work of twenty clerks.</p>",
            ),
            (
                "paragraph",
                "<p>I found its launch file. The price was such that it wasn’t sold: it was rented out, with a technician and a stock of cards. The company was changing trades without saying so: we were no longer selling a machine; we were selling a service. It would be forty years before anyone said that word out loud.</p>",
            ),
            (
                "quote",
                {
                    "text": "This machine does not calculate faster than one man. It calculates faster than a hundred men, and it never gets sleepy.",
                    "attribution": "T48 sales brochure, 1948",
                },
            ),
            (
                "paragraph",
                "<p>When I arrived in 1958, there were still three T48s in service in the accounts department. They rattled like machine guns and kept the room warm all winter. We called them “the grannies”.</p>",
            ),
        ],
        "image": {
            "alt": "Black-and-white photograph: tall punched-card machine cabinets lined up "
            "against a wall, with their control panels",
            "caption": "A T48 tabulator being tested in Vaise, 1948.",
            "credit": "Ferrandier Archives",
        },
    },
    "apprenti-en-1947": {
        "slug": "an-apprentice-in-1947",
        "title": "An apprentice in 1947",
        "teaser": "Twelve apprentices in grey work coats, an instructor missing two fingers, and "
        "a steel cube to file for three months.",
        "place": "Lyon, Vaise workshop",
        "pull_quote": "I filed the same cube for three months; by the end it was the size of a "
        "thimble.",
        "body": [
            (
                "paragraph",
                "<p>I started at the company’s apprentice school in September 1947, at fourteen, with my father’s vernier calliper in its wooden box. There were twelve of us apprentices, in grey work coats, in a corner of the workshop known as “the classroom”. The head of apprentices, Monsieur Delorme, had lost two fingers in 1917, and he reminded us of it every time a hand strayed too close to a chuck.</p>",
            ),
            (
                "paragraph",
                "<p>The whole first year was filing. A steel cube, which had to be made perfectly square, by hand, six hours a day. Delorme checked it on a surface plate with a try square, and nine times out of ten he handed it back. I filed the same cube for three months; by the end it was the size of a thimble.</p>",
            ),
            (
                "quote",
                {
                    "text": "Once you can make a cube, you can make anything. Everything else is just complicated cubes.",
                    "attribution": "Monsieur Delorme, head of apprentices",
                },
            ),
            (
                "paragraph",
                "<p>I never saw that cube again. But I know it existed, because I still have the callus on my right thumb.</p>",
            ),
        ],
        "image": {
            "alt": "Black-and-white photograph: a workshop under a glass roof, rows of machines "
            "and a few figures of workers",
            "caption": "The apprentices’ classroom, in a corner of the Vaise workshop, late 1940s.",
            "credit": "Ferrandier Archives",
        },
    },
    "ma-premiere-carte-perforee": {
        "slug": "my-first-punched-card",
        "title": "My first punched card",
        "teaser": "March 1949: seventeen years old, a shorthand-typing diploma and one single "
        "rule — a card is a person.",
        "place": "Lyon, Vaise punch-card room",
        "pull_quote": "I checked every hole three times, holding it up to the window.",
        "body": [
            (
                "paragraph",
                "<p>I was seventeen, with a shorthand-typing diploma, when I started in the punch-card room in March 1949. They sat me down in front of a card punch, a machine as tall as a desk with a numeric keyboard and a hopper of blank cards. The supervisor gave me just one instruction, and I have never forgotten it.</p>",
            ),
            (
                "quote",
                {
                    "text": "A card is a person. Get one hole wrong and somebody doesn’t get paid.",
                    "attribution": "Mademoiselle Brun, supervisor of the punch-card room, 1949",
                },
            ),
            (
                "paragraph",
                "<p>My first card, I punched with shaking hands. It was the payslip of a storeman in Vaise. I checked every hole three times, holding it up to the window. It took me twenty minutes; by the end of the year I was doing three hundred an hour while chatting away.</p>",
            ),
            (
                "paragraph",
                "<p>That idea never left me. Years later, when I was a supervisor myself, I said it to every new girl. Some of them thought I was old-fashioned. But not one of my girls ever punched the wrong hole twice.</p>",
            ),
        ],
        "image": {
            "alt": "Black-and-white photograph: a room with tall windows, women clerks seated "
            "at rows of tables",
            "caption": "The Vaise punch-card room in 1949.",
            "credit": "Ferrandier Archives",
        },
    },
    "le-retour-de-mon-pere": {
        "slug": "my-father-comes-home",
        "title": "My father comes home",
        "teaser": "After five years as a prisoner of war, Pierre Bellanger comes home in May "
        "1945. In his locker at the factory, an envelope was waiting for him.",
        "place": "Lyon, Vaise factory",
        "pull_quote": "He gave him back his locker, his number and his seniority, as if five "
        "years had been nothing more than a long leave.",
        "body": [
            (
                "paragraph",
                "<p>My father, Pierre Bellanger, was taken prisoner in June 1940 and spent five years on a farm in Pomerania. He came back to Lyon in May 1945, weighing fifty-two kilos. I was nine; I didn’t recognise him on the platform at Perrache station. He was the one who recognised me.</p>",
            ),
            (
                "paragraph",
                "<p>Three days later he went to the factory, not knowing whether he still had a job. Lucien Ferrandier was waiting for him in the yard. He gave him back his locker, his number and his seniority, as if five years had been nothing more than a long leave. In the locker were his work coat, folded, and an envelope: the canteen tokens his workmates had put by for my mother all those years.</p>",
            ),
            (
                "quote",
                {
                    "text": "I left a worker and I came back a worker. In between, they kept my place and fed my family.",
                    "attribution": "Pierre Bellanger, my father",
                },
            ),
            (
                "paragraph",
                "<p>My father never spoke about Pomerania. But he talked about that locker for the rest of his life.</p>",
            ),
        ],
        "image": {
            "alt": "Black-and-white photograph: head-and-shoulders portrait of a man against a "
            "studio backdrop",
            "caption": "Pierre Bellanger on his return in 1945.",
            "credit": "Bellanger family collection",
        },
    },
}
