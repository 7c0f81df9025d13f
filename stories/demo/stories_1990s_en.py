"""English versions of the demo stories of the 1990s, keyed by the French slug.

Networks, the first website, the last workshop and the year 2000. Each entry carries the
English slug, title, teaser, place, pull quote, body (same blocks as the French story) and
image texts.
"""

# Each paragraph stays on one line: prose is easier to edit and review unwrapped.
# ruff: noqa: E501

STORIES_1990S_EN: dict[str, dict] = {
    "la-nuit-du-31-decembre-1999": {
        "slug": "the-night-of-31-december-1999",
        "title": "The night of 31 December 1999",
        "teaser": "Four million lines of Cobol checked by hand, twenty-two people in the monitoring room and a red phone that rings at a quarter past midnight.",
        "place": "Grenoble, monitoring room",
        "pull_quote": "At a quarter past midnight, the red phone rang.",
        "body": [
            (
                "paragraph",
                "<p>For two years I ran the Year 2000 project. The problem was simple to explain and dreadful to fix: our old programs stored the year as two digits. As far as they were concerned, after 99 came 00 — in other words, 1900. Interest, payrolls, due dates, our clients’ contracts: at midnight, any of it could turn into nonsense. We went through four million lines of Cobol, by hand, forty of us.</p>",
            ),
            (
                "paragraph",
                "<p>On the evening of 31 December 1999, there were twenty-two of us in the Grenoble monitoring room, with pizzas, champagne we weren’t allowed to open and a red phone connected to our clients. At ten to midnight, nobody was talking any more. At midnight, the server clocks rolled over to 2000. Nothing. At five past, still nothing. At a quarter past midnight, the red phone rang.</p>",
            ),
            (
                "quote",
                {
                    "text": "Happy New Year, all of you. Everything’s working here. I just wanted to hear some people who were still awake.",
                    "attribution": "A client, at a quarter past midnight on 1 January 2000",
                },
            ),
            (
                "paragraph",
                "<p>We had just one incident that night: a printer at reception in Vaise dated its tickets 1 January 1900 for three days. We let it carry on. We needed some proof that we hadn’t done all that work for nothing.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: cathode-ray screens displaying lines of green text, lined up on desks",
            "caption": "The Grenoble monitoring room on the night of 31 December 1999.",
            "credit": "Ferrandier Archives",
        },
    },
    "ma-premiere-ligne-de-code": {
        "slug": "my-first-line-of-code-at-ferrandier",
        "title": "My first line of code at Ferrandier",
        "teaser": "A young graduate convinced that Cobol is a dead language, a mentor of nearly sixty and an invoicing program written in 1974.",
        "place": "Lyon, Vaise",
        "pull_quote": "Code, lad, is like a letter to someone you haven’t met yet. Write legibly.",
        "body": [
            (
                "paragraph",
                "<p>I started in September 1996, aged twenty-three, with a brand-new degree and the certainty that Cobol was a dead language. They sat me next to Gérard Fontaine, who was nearly sixty and had been writing Cobol since 1965. My first job: fix an invoicing program written in 1974. It ran to eleven thousand lines, and its comments were all in capitals.</p>",
            ),
            (
                "paragraph",
                "<p>I spent three weeks reading it. I thought everything about it was ridiculous: the variable names, the instructions, the layout. Then, at the end of those three weeks, I found the bug, and I realised that this program had been doing exactly what it was meant to do for twenty-two years, without ever once crashing, on machines that no longer existed. That day I changed my mind about Cobol, and about Gérard too.</p>",
            ),
            (
                "quote",
                {
                    "text": "Code, lad, is like a letter to someone you haven’t met yet. Write legibly.",
                    "attribution": "Gérard Fontaine, my first mentor",
                },
            ),
            (
                "paragraph",
                "<p>My first line of code at Ferrandier was the fix for a bug from 1974. One single line. Gérard read it through, nodded and bought me a coffee. I’ve done plenty of things since, but I don’t think I’ve ever been so proud.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: screen terminals on desks displaying lines of green text",
            "caption": "The Vaise development department in 1996.",
            "credit": "Ferrandier Archives",
        },
    },
    "le-jour-ou-j-ai-rendu-mes-cles": {
        "slug": "the-day-i-handed-in-my-keys",
        "title": "The day I handed in my keys",
        "teaser": "Thirty-eight years in accounts, eleven keys on an iron ring, and a successor who needs nothing but a badge and a password.",
        "place": "Lyon, Vaise",
        "pull_quote": "I kept the eleventh key. I’m still looking for the lock.",
        "body": [
            (
                "paragraph",
                "<p>On 28 June 1996, after thirty-eight years in accounts, I handed in my keys. I had eleven of them, on an iron ring: the office, the cupboards, the safe, the archive room, and one little key whose purpose I never discovered. My successor, a young woman of twenty-eight, needed nothing but a badge and a password.</p>",
            ),
            (
                "paragraph",
                "<p>I spent my last week taking her through the ledgers. She listened politely, but I could tell she didn’t see the point of any of it: the figures were all in the computer. On the last day, I showed her the staff register from 1924. She leafed through it for a long time. Then she asked whether she might phone me when she had questions about the company’s history.</p>",
            ),
            (
                "quote",
                {
                    "text": "Monsieur Vernet, your figures are in the computer. But the history — that’s in your head.",
                    "attribution": "My successor, on the day I left",
                },
            ),
            (
                "paragraph",
                "<p>She phoned me often. That’s how I became a volunteer archivist. I kept the eleventh key. I’m still looking for the lock.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: head-and-shoulders portrait of a man against a studio backdrop",
            "caption": "Louis Vernet on the day he retired, 1996.",
            "credit": "Ferrandier Archives",
        },
    },
    "pourquoi-nous-avons-choisi-ferrandier": {
        "slug": "why-we-chose-ferrandier",
        "title": "Why we chose Ferrandier",
        "teaser": "Three responses to a call for tenders, two glossy colour brochures, and an engineer who asks to spend a day with our claims handlers.",
        "place": "",
        "pull_quote": "Your specification describes what you think you do. I’d like to build what you actually do.",
        "body": [
            (
                "paragraph",
                "<p>In 1994 I was the young IT manager of a regional mutual insurer, and we had to replace our membership management system. Three companies answered our call for tenders. Two sent us brilliant salespeople and glossy colour brochures. The third, Ferrandier, sent a team of four, including an engineer from Grenoble who asked to spend a day with our claims handlers.</p>",
            ),
            (
                "paragraph",
                "<p>She sat down beside a claims handler who had been processing reimbursements for twenty years. She watched her work, in silence, for hours. That evening she told us our specification was badly drawn up: it described what we thought we did, not what we actually did. It was galling, and it was true.</p>",
            ),
            (
                "quote",
                {
                    "text": "Your specification describes what you think you do. I’d like to build what you actually do.",
                    "attribution": "The Ferrandier engineer, 1994",
                },
            ),
            (
                "paragraph",
                "<p>It wasn’t the cheapest bid. My board hesitated. I insisted. Thirty years on, we still work together, and I don’t regret insisting.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: a bright office with wide windows and workstations fitted with screens",
            "caption": "A day of observation at the mutual insurer, 1994.",
            "credit": "Personal collection of Hélène Vasseur",
        },
    },
    "le-cable-bleu": {
        "slug": "the-blue-cable",
        "title": "The blue cable",
        "teaser": "Six kilometres of cable to pull through buildings dating from 1914 to 1970. In an old boiler flue, an electrician finds a punched card.",
        "place": "Lyon, Vaise factory",
        "pull_quote": "She read it with the naked eye, hole by hole, and told me it was a storekeeper’s payslip.",
        "body": [
            (
                "paragraph",
                "<p>Around 1993 I was given the job of linking every computer at Vaise into a network. Until then, each department had its own machines, its own files, its own floppy disks, and documents were carried round on foot in internal-mail envelopes. We had to pull six kilometres of blue cable through buildings put up between 1914 and 1970: through stone walls, through false ceilings thick with dust and through an old boiler flue.</p>",
            ),
            (
                "paragraph",
                "<p>In that flue, an electrician found a punched card from 1958, stuck there ever since the punch-card room had moved. I showed it to Odette Lacroix, who had retired but often dropped in at the canteen. She read it with the naked eye, hole by hole, and told me it was a storekeeper’s payslip. She even knew his name.</p>",
            ),
            (
                "quote",
                {
                    "text": "Your cable’s faster than my cards, young man. But my cards, people will still be able to read them in thirty years.",
                    "attribution": "Odette Lacroix, former head of the punch-card room",
                },
            ),
            (
                "paragraph",
                "<p>She was right. A few years ago I tried to read a floppy disk from 1993. Impossible. The punched card is still in my drawer, perfectly readable.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: cathode-ray screens on rows of desks, displaying green text",
            "caption": "The first workstations connected to the Vaise network, around 1993.",
            "credit": "Ferrandier Archives",
        },
    },
    "le-premier-site-web": {
        "slug": "the-first-website",
        "title": "The first website",
        "teaser": "Eleven pages, a logo that takes forty seconds to load, and an “Our history” page that turns out to be by far the most visited.",
        "place": "Lyon, Vaise",
        "pull_quote": "People didn’t come to see our products. They came to read the company’s history, and they wrote to tell us their own.",
        "body": [
            (
                "paragraph",
                "<p>In 1997 I suggested to management that the company should have a website. A member of the executive committee asked me, in all seriousness, what the point would be, since our clients had our phone number. Another wanted to know whether the internet would still be around in five years’ time. I got a tiny budget and an enthusiastic intern.</p>",
            ),
            (
                "paragraph",
                "<p>The site had eleven pages, a logo that took forty seconds to load and a photo of the Grenoble factory taken on a foggy day. There was also an “Our history” page, which I had written with Louis Vernet and which was by far the most visited. People didn’t come to see our products. They came to read the company’s history, and they wrote to tell us their own.</p>",
            ),
            (
                "quote",
                {
                    "text": "Dear Madam, my grandfather had a Ferrandier till in his shop in Tarare. Would you by any chance have a photo?",
                    "attribution": "The first message received through the contact form, 1997",
                },
            ),
            (
                "paragraph",
                "<p>We received hundreds of messages like that one. I printed every one of them and filed them away. When Amélie Bourgeois launched the big appeal for stories, I brought her three ring binders.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: an office with wide windows and workstations with screens",
            "caption": "The communications department in 1997.",
            "credit": "Ferrandier Archives",
        },
    },
    "les-legumes-de-jean": {
        "slug": "jean-s-vegetables",
        "title": "Jean’s vegetables",
        "teaser": "Long before anyone talked about local sourcing, the canteen chef goes to see a market gardener from the Pilat whose daughter works in payroll.",
        "place": "Lyon, Vaise canteen",
        "pull_quote": "Chef, your carrots taste of carrot. I didn’t know that was possible in a canteen.",
        "body": [
            (
                "paragraph",
                "<p>In the 1990s there was a lot of talk about mad cow disease and traceability, and people at the factory began asking me where their food came from. I didn’t always have an answer, and that bothered me. So one day I went to see a market gardener from the Pilat whose daughter worked in payroll. He grew his vegetables without chemicals, without shouting about it from the rooftops.</p>",
            ),
            (
                "paragraph",
                "<p>He had never sold to a canteen. I had never bought from a market gardener. We had to invent everything: the quantities, the deliveries, the prices, the weeks when it hails. The purchasing department found the whole thing complicated. But within a year, a third of our vegetables came from him, and the Thursday gratin was made with his potatoes.</p>",
            ),
            (
                "quote",
                {
                    "text": "Chef, your carrots taste of carrot. I didn’t know that was possible in a canteen.",
                    "attribution": "A young engineer from Grenoble on a visit to Vaise",
                },
            ),
            (
                "paragraph",
                "<p>Nobody said “organic” or “local sourcing” yet. We said “Jean’s vegetables”. Jean died in 2015, but his son still supplies the kitchen in Grenoble.</p>",
            ),
        ],
        "image": None,
    },
    "le-soir-du-12-juillet-1998": {
        "slug": "the-evening-of-12-july-1998",
        "title": "The evening of 12 July 1998",
        "teaser": "A giant screen in the Grenoble canteen for the World Cup final. We were expecting a hundred people; four hundred turned up.",
        "place": "Grenoble, factory canteen",
        "pull_quote": "Some expenses are investments.",
        "body": [
            (
                "paragraph",
                "<p>On 12 July 1998 I had been technical director for three years, and I had agreed, a little rashly, to let the works council put up a giant screen in the Grenoble canteen for the World Cup final. We were expecting a hundred people. Four hundred came, with their families, their neighbours, and people nobody had ever seen before.</p>",
            ),
            (
                "paragraph",
                "<p>What I remember most is one thing. At the third goal, an old technician who never said a word — a man I had been passing in the corridors for twenty years without exchanging more than ten sentences with him — threw his arms around me and lifted me off my feet. The next day at work, he greeted me with a nod, as usual. We never mentioned it again. But from then on, we smiled when we said good morning.</p>",
            ),
            (
                "quote",
                {
                    "text": "That evening there were no directors and no technicians any more. There were four hundred people singing out of tune.",
                    "attribution": "A member of the works council, in the staff newsletter",
                },
            ),
            (
                "paragraph",
                "<p>The clean-up took two days. The works council received a bill from the cleaning company, which I signed without a murmur. Some expenses are investments.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: strings of bunting above a crowd gathered round long tables",
            "caption": "The Grenoble canteen on the night of the final, 12 July 1998.",
            "credit": "Ferrandier Archives",
        },
    },
    "arrive-a-grenoble-sans-savoir-souder": {
        "slug": "arriving-in-grenoble-unable-to-solder",
        "title": "Arriving in Grenoble unable to solder",
        "teaser": "Nineteen years old, a basic vocational diploma in maintenance and a lie found out in thirty seconds. My mentor sends me off to learn from his wife, Rosa.",
        "place": "Grenoble factory",
        "pull_quote": "He soon worked out that I had lied.",
        "body": [
            (
                "paragraph",
                "<p>I arrived at the Grenoble factory in September 1999, aged nineteen, with a basic vocational diploma in maintenance and a single job interview behind me, which had lasted twenty minutes. I was introduced to my mentor, Manuel Martins, a machine setter who had spent his whole career between Vaise and Grenoble. He asked me whether I could solder. I said yes. He handed me an iron. He soon worked out that I had lied.</p>",
            ),
            (
                "paragraph",
                "<p>He didn’t tear a strip off me. All he said was: “My wife, Rosa, she solders better than the whole workshop. She’ll show you.” The following Saturday, I found myself in the Martins’ kitchen in Échirolles, in front of an old wiring board, with Rosa, who had just retired, teaching me how to make little volcanoes.</p>",
            ),
            (
                "quote",
                {
                    "text": "Little volcano, no blob. Little volcano, no blob.",
                    "attribution": "Rosa Martins, in her kitchen, 1999",
                },
            ),
            (
                "paragraph",
                "<p>I went back to their house four Saturdays running. Rosa made pastéis de nata; Manuel passed comment on my solder joints. Twenty-five years later, I train young people in my turn, and I repeat Rosa’s words to them. They don’t always understand why I’m smiling.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: a bright workshop under a glass roof, rows of machines and a technician",
            "caption": "The Grenoble maintenance workshop, 1999.",
            "credit": "Ferrandier Archives",
        },
    },
    "odette-et-la-t48": {
        "slug": "odette-and-the-t48",
        "title": "Odette and the T48",
        "teaser": "At the little Vaise museum, a former card-punch operator has children punch their first names, then runs the cards through a 1948 tabulator.",
        "place": "Lyon, Vaise museum",
        "pull_quote": "Miss, was it you who invented the computer?",
        "body": [
            (
                "paragraph",
                "<p>Around 1992, the company opened a small museum in the old boardroom at Vaise. In it went a Model 37 cash register, an A1 calculating machine and the last T48 tabulator still in one piece, tracked down at a client’s, where it had been used as a workbench. I had been retired for four years. They asked whether I would be willing to explain to visitors how it worked.</p>",
            ),
            (
                "paragraph",
                "<p>The first time, it was for a class of ten-year-olds. The children looked at the machine as if it were a dinosaur. I took a pack of blank cards and a hand punch, and had them punch out their first names. Then I ran the cards through the T48, which a technician had got working again, and it printed their names on a long sheet of listing paper with a dreadful racket. They shrieked with delight.</p>",
            ),
            (
                "quote",
                {
                    "text": "Miss, was it you who invented the computer?",
                    "attribution": "A ten-year-old pupil",
                },
            ),
            (
                "paragraph",
                "<p>I told them no, but that I had helped a little. I gave tours for fifteen years. I punched the names of several thousand children. Some of them, grown up and engineers by then, reminded me of it years later.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: head-and-shoulders portrait of a woman against a studio backdrop",
            "caption": "Odette Lacroix at the Vaise museum, early 1990s.",
            "credit": "Ferrandier Archives",
        },
    },
    "le-dernier-jour-du-cablage-a-vaise": {
        "slug": "the-last-day-of-wiring-at-vaise",
        "title": "The last day of wiring at Vaise",
        "teaser": "30 June 1997: the last hand-wired circuit board leaves the workshop at eleven o’clock. Then twenty-three women put away their soldering irons.",
        "place": "Lyon, Vaise wiring shop",
        "pull_quote": "We drank out of the vending-machine cups, standing up, among the empty workbenches.",
        "body": [
            (
                "paragraph",
                "<p>In 1997 management announced the closure of the last manufacturing workshop at Vaise. From then on, circuit boards would be made in Grenoble, by automatic machines that placed the components faster than we could follow with our eyes. There were twenty-three of us in the wiring shop. We were offered Grenoble, early retirement or retraining.</p>",
            ),
            (
                "paragraph",
                "<p>On the last day, 30 June, we finished the last board at eleven in the morning. Then we cleaned our stations, put the soldering irons away in their boxes, and stood about for a while not knowing what to do with ourselves. Somebody switched on the radio. One of the girls brought out a bottle. We drank out of the vending-machine cups, standing up, among the empty workbenches.</p>",
            ),
            (
                "quote",
                {
                    "text": "Thirty-five years I’ve been soldering here. On the first day, I couldn’t speak French. On the last, I don’t know what to say.",
                    "attribution": "What I said to the girls that day",
                },
            ),
            (
                "paragraph",
                "<p>My husband and I moved to Grenoble for my last two years. The wiring-shop building stood empty for a long time. Today it houses start-ups, and every time I go past, I look up at the third window on the first floor: the one by my workstation.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: industrial buildings with saw-tooth roofs, hills on the horizon, under a clear sky",
            "caption": "The Vaise buildings in 1997, the year the last workshop closed.",
            "credit": "Ferrandier Archives",
        },
    },
    "le-stand-qui-ne-marchait-pas": {
        "slug": "the-stand-where-nothing-worked",
        "title": "The stand where nothing worked",
        "teaser": "At the computer show, all twelve demonstration screens show an error message. An engineer under the table, a salesman at the whiteboard.",
        "place": "Paris, trade show",
        "pull_quote": "I did the demonstration by hand, with a whiteboard and a marker pen, describing what the screens should have been showing.",
        "body": [
            (
                "paragraph",
                "<p>In the 1990s the company exhibited every year at a big computer trade show in Paris. It was my favourite moment of the year and my worst nightmare. One year — I can’t remember whether it was 1993 or 1994 — we had planned a spectacular demonstration: a network of twelve workstations sharing a database in real time, in front of the public.</p>",
            ),
            (
                "paragraph",
                "<p>On the first morning, when the doors opened, nothing worked. All twelve screens showed an error message. Visitors walked past, smiled and moved on. Our engineer, Patrick Nguyen, lay down under the table with a screwdriver and a torch, and stayed there for four hours. I did the demonstration by hand, with a whiteboard and a marker pen, describing what the screens should have been showing.</p>",
            ),
            (
                "quote",
                {
                    "text": "Your machine doesn’t work, but you know how to explain things. Come and see me.",
                    "attribution": "A visitor who became one of our clients",
                },
            ),
            (
                "paragraph",
                "<p>At two in the afternoon, Patrick crawled out from under the table, covered in dust, and all twelve screens lit up together. People applauded. That day we collected more contacts than in any other year, and half of them came from the morning without screens.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: bunting above a stand and a long table surrounded by visitors",
            "caption": "The company’s stand at the computer show, mid-1990s.",
            "credit": "Personal collection of Benoît Caron",
        },
    },
}
