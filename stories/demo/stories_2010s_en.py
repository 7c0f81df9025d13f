"""English versions of the demo stories of the 2010s (``stories_2010s``), keyed by French slug.

Each entry holds the English slug, title, teaser, place, pull quote, body (same blocks, in the
same order, as the French story) and image texts; everything else comes from the French story.
"""

# Each paragraph stays on one line: prose is easier to edit and review unwrapped.
# ruff: noqa: E501

STORIES_2010S_EN: dict[str, dict] = {
    "data-scientist-dans-une-maison-centenaire": {
        "slug": "a-data-scientist-in-a-hundred-year-old-firm",
        "title": "A data scientist in a hundred-year-old firm",
        "teaser": "My first model was meant to predict server failures. In a file from 1987, someone had already worked it all out — in capital letters.",
        "place": "Lyon, Vaise",
        "pull_quote": "Someone had worked it all out thirty years before me, without any machine learning.",
        "body": [
            (
                "paragraph",
                "<p>I arrived in March 2016 to set up the company’s first data science team. It was just me, a laptop, a whiteboard and a vague brief: “do something with the data”. In the first month, what I mostly discovered was that the data was scattered across forty different systems, some of them written in Cobol before I was born.</p>",
            ),
            (
                "paragraph",
                "<p>My first real project was to predict failures on our clients’ servers from their activity logs. I spent weeks cleaning the data. One day, in a file, I came across comments in capital letters, dated 1987, that explained exactly what caused the failures I was trying to predict. Someone had worked it all out thirty years before me, without any machine learning.</p>",
            ),
            (
                "quote",
                {
                    "text": "DISK FAILURE ALWAYS AFTER STORM. CHECK UPS BEFORE PANICKING.",
                    "attribution": "Anonymous comment in a file from 1987",
                },
            ),
            (
                "paragraph",
                "<p>I built the rule into my model. It improved its predictions by twelve per cent. Ever since, before building a model, I always start by looking for what the old hands already knew.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: a large flat screen on a desk, showing a mosaic of windows and charts",
            "caption": "The data team’s workstation, 2016.",
            "credit": "Private collection of Amandine Leroy",
        },
    },
    "la-fete-des-cent-ans": {
        "slug": "the-centenary-party",
        "title": "The centenary party",
        "teaser": "June 2014: the company turns a hundred. We were expecting six hundred people in the Vaise courtyard; nineteen hundred came, and so did the accordion from 1936.",
        "place": "Lyon, Vaise courtyard",
        "pull_quote": "We were expecting six hundred people. Nineteen hundred came.",
        "body": [
            (
                "paragraph",
                "<p>In 2014, the company turned a hundred, and I was put in charge of the party. I had been there six years: not long enough to know the history, long enough to know that nobody must be left out. We wrote to every retiree whose address we had, to the families of former staff, to loyal clients, to suppliers. We were expecting six hundred people. Nineteen hundred came.</p>",
            ),
            (
                "paragraph",
                "<p>The party took place on 6 June, in the Vaise courtyard, under strings of bunting. There was a band, a giant gratin made by Bernard, who came out of retirement for the occasion, and a photo exhibition. Colette Ferrandier, the founder’s granddaughter, cut the cake. Rosa Martins gave a soldering demonstration. Henri Bellanger played the accordion, and a hundred or so people danced in the courtyard, just as they had in 1936.</p>",
            ),
            (
                "quote",
                {
                    "text": "My grandfather would have said: a hundred years, that’s all very well. But have the machines been greased?",
                    "attribution": "Colette Ferrandier, centenary speech",
                },
            ),
            (
                "paragraph",
                "<p>That day, I realised my job wasn’t just about recruiting people and managing careers. It was also about holding the thread between those who are arriving and those who have gone.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: strings of colourful bunting stretched above a crowd and a long table",
            "caption": "The centenary party in the Vaise courtyard, 6 June 2014.",
            "credit": "Ferrandier Archives",
        },
    },
    "consultante-a-vingt-trois-ans": {
        "slug": "a-consultant-at-twenty-three",
        "title": "A consultant at twenty-three",
        "teaser": "Alone at a client’s, facing fifteen people twice my age — and a director who can’t see the point of Post-its.",
        "place": "",
        "pull_quote": "He had three Post-its stuck to his jacket and hadn’t noticed.",
        "body": [
            (
                "paragraph",
                "<p>I was twenty-three, with a six-month internship behind me, when I was sent on my own to a client to run a design workshop with fifteen people who were all twice my age. That was in 2012. I didn’t sleep the night before. I had got ready Post-its, felt-tip pens, a minute-by-minute running order and a plan B for the plan B.</p>",
            ),
            (
                "paragraph",
                "<p>The workshop got off to a bad start. A director in the corner folded his arms and announced that he couldn’t see what the Post-its were for. I panicked. Then I remembered a piece of advice from Sylvie Garnier, my mentor: when someone resists, ask them to tell you about their job. I asked him to walk us through the day before, minute by minute. He talked for twenty minutes. Everything we needed was in his story.</p>",
            ),
            (
                "quote",
                {
                    "text": "People don’t resist change. They resist not being listened to.",
                    "attribution": "Sylvie Garnier, my mentor",
                },
            ),
            (
                "paragraph",
                "<p>At the end of the day, he came over to shake my hand. He had three Post-its stuck to his jacket and hadn’t noticed. I didn’t say a word.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: a bright room with large windows, tables and screens",
            "caption": "A workroom at a client’s offices, 2012.",
            "credit": "Private collection of Chloé Masson",
        },
    },
    "le-premier-hackathon": {
        "slug": "the-first-hackathon",
        "title": "The first hackathon",
        "teaser": "Forty-eight hours, mixed teams, a cook among the developers, and a video of a former card-punch operator that wins over the jury.",
        "place": "Grenoble factory",
        "pull_quote": "The first few hours were awkward, like a dance where nobody dares to ask anyone onto the floor.",
        "body": [
            (
                "paragraph",
                "<p>In 2017, I organised the company’s first hackathon, at the Grenoble factory: forty-eight hours to invent a service, in teams that mixed developers, salespeople, lawyers, technicians and even a cook. The rule: nobody was allowed to work with anyone from their own department. The first few hours were awkward, like a dance where nobody dares to ask anyone onto the floor.</p>",
            ),
            (
                "paragraph",
                "<p>The winning team designed a little tool that let the company’s retirees put their memories and photos online, for the archives. Their demo ended with a video of Odette Lacroix, aged eighty-five, punching a card live while explaining that, when you got down to it, it was the same thing as a web form. The jury’s vote was unanimous.</p>",
            ),
            (
                "quote",
                {
                    "text": "Your form is a punched card with colours. Make it just as simple, and everyone will use it.",
                    "attribution": "Odette Lacroix, in the winning team’s video",
                },
            ),
            (
                "paragraph",
                "<p>The tool was never rolled out as it stood. But a few years later, it gave the archivist an idea. You’re reading the result.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: a team posing in two rows in front of a wall",
            "caption": "The winning team of the first hackathon, Grenoble, 2017.",
            "credit": "Private collection of Chloé Masson",
        },
    },
    "alternant-premier-jour": {
        "slug": "apprentice-day-one",
        "title": "Apprentice, day one",
        "teaser": "Ironed shirt, smart shoes — and in the code history, a comment mentioning a certain Mr Ferreira, a turner in 1961.",
        "place": "Lyon, Vaise",
        "pull_quote": "I have just one photo of him — and now, a line of code.",
        "body": [
            (
                "paragraph",
                "<p>For my first day as an apprentice, in September 2019, I had laid out my clothes the night before, like for the first day of school. Ironed shirt, smart shoes. When I got to the development floor, I saw that everyone was in sweatshirts and trainers. My mentor, Karim, looked me up and down, smiled, and told me I was the best-dressed developer in the company’s history.</p>",
            ),
            (
                "paragraph",
                "<p>In the afternoon, to teach me how to search through code, he had me dig into the history of the oldest project still in service. After an hour, I came across a comment that mentioned a “Mr Ferreira, turning shop, 1961”. It was a note on a tolerance calculation, taken from a 1960s program and copied over from version to version for sixty years.</p>",
            ),
            (
                "quote",
                {
                    "text": "Ferreira? Like you? Go and ask the archivist. In this company, everybody ends up finding a cousin.",
                    "attribution": "Karim Mansouri, my mentor",
                },
            ),
            (
                "paragraph",
                "<p>Amélie, the archivist, found the file: Joaquim Ferreira, turner at Vaise from 1958 to 1979. My grandfather’s brother. Nobody in my family had ever told me he had worked there. He died before I was born. I have just one photo of him — and now, a line of code.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: a bright development floor with rows of workstations and flat screens",
            "caption": "The Vaise development floor, 2019.",
            "credit": "Ferrandier Archives",
        },
    },
    "la-jeune-pousse-et-la-vieille-maison": {
        "slug": "the-start-up-and-the-grand-old-firm",
        "title": "The start-up and the grand old firm",
        "teaser": "Four people, a damp sensor for old walls, and tech giants who never reply. Ferrandier gets back to us within forty-eight hours.",
        "place": "Lyon, Vaise",
        "pull_quote": "It was that old, as it happens: it was Auguste Ferrandier’s old workbench, recycled as a meeting table.",
        "body": [
            (
                "paragraph",
                "<p>In 2018, my start-up was four people and a prototype sensor for monitoring damp in old buildings. We needed a partner that could handle the data from thousands of sensors. The big tech companies didn’t answer us. Ferrandier did. Within forty-eight hours.</p>",
            ),
            (
                "paragraph",
                "<p>The first meeting took place in a meeting room at Vaise, around a laptop on a wooden table that looked a hundred years old. It was that old, as it happens: it was Auguste Ferrandier’s old workbench, recycled as a meeting table. Across from me sat an engineer and a salesman who asked the right questions and didn’t pretend to know everything.</p>",
            ),
            (
                "quote",
                {
                    "text": "Your sensor measures damp in old walls? Come and test it here: we’ve got walls from 1914 and a flood from 1928 in the archives.",
                    "attribution": "The Ferrandier engineer, at our first meeting",
                },
            ),
            (
                "paragraph",
                "<p>We put our first sensors in the Vaise archive attic, with the help of Amélie, the archivist, who until then had been checking the damp in her boxes by hand. Six years later, we moved into the old workshop. It’s a little as if the company had adopted us.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: an open laptop on a wooden table",
            "caption": "The first prototype, shown on the founder’s old workbench, 2018.",
            "credit": "Private collection of Élodie Carpentier",
        },
    },
    "un-marche-public-pas-comme-les-autres": {
        "slug": "a-public-tender-like-no-other",
        "title": "A public tender like no other",
        "teaser": "Second on price, first on accessibility: a bid that told how five residents had got stuck on our old portal.",
        "place": "",
        "pull_quote": "We didn’t just test your website. We watched your residents try to use it.",
        "body": [
            (
                "paragraph",
                "<p>In 2015, my local authority put out a public tender to rebuild its online services portal. The rules are strict: you don’t pick a supplier because you like them, you score bids against criteria. Maison Ferrandier came second on price, but first on a criterion we had added almost by chance: accessibility for disabled people.</p>",
            ),
            (
                "paragraph",
                "<p>Their bid had a section I had never seen in a tender response: they had tested our old portal with five residents, including a blind woman and a ninety-year-old man, and described exactly where each of them had got stuck. No jargon, just stories. One of them read: “Monsieur Paul gave up at step 3, because the ‘Next’ button was grey on a grey background.”</p>",
            ),
            (
                "quote",
                {
                    "text": "We didn’t just test your website. We watched your residents try to use it.",
                    "attribution": "From the company’s bid, 2015",
                },
            ),
            (
                "paragraph",
                "<p>They won the tender. Ten years on, the portal is used by tens of thousands of residents. And every new version is still tested with people like Monsieur Paul, who is a hundred now and did find the button in the end.</p>",
            ),
        ],
        "image": None,
    },
    "les-boites-du-grenier": {
        "slug": "the-boxes-in-the-attic",
        "title": "The boxes in the attic",
        "teaser": "Two hundred and forty metres of boxes piled up over a century, a bicycle hanging from the ceiling, and a box marked “Miscellaneous, do not throw away” that held a set of false teeth.",
        "place": "Lyon, Vaise attic",
        "pull_quote": "We never found out whose false teeth they were.",
        "body": [
            (
                "paragraph",
                "<p>When I was hired in 2018, I was given a key and an address: the attic of the main building at Vaise. Behind the door were two hundred and forty linear metres of boxes, piled up over a century, with no inventory. Ledgers, plans, letters, photos, shoeboxes, a bicycle hanging from the ceiling, and a box labelled “Miscellaneous, do not throw away” that held a set of false teeth.</p>",
            ),
            (
                "paragraph",
                "<p>I spent my first six months in a work coat, gloves and a mask, with a spreadsheet. Every box was a surprise. Technical drawings from 1921 with tender notes in the margins, canteen menus from the 1950s, the reports of a sales rep who did his rounds by bicycle, the notebook from a trade-fair stand. And everywhere, names. Thousands of names of people who had built this company and whom nobody remembered any more.</p>",
            ),
            (
                "quote",
                {
                    "text": "You know, young lady, this attic is the company’s memory. I made a start. It’s up to you to finish.",
                    "attribution": "Louis Vernet, former accountant and volunteer archivist, when we first met",
                },
            ),
            (
                "paragraph",
                "<p>Louis was eighty-four. He came up to the attic with me every Tuesday for two years. He was the one who taught me to read the ledgers. We never found out whose false teeth they were.</p>",
            ),
        ],
        "image": None,
    },
    "la-premiere-migration-vers-le-cloud": {
        "slug": "the-first-move-to-the-cloud",
        "title": "The first move to the cloud",
        "teaser": "For a company that built its own computers for fifty years, handing its data over to machines you can’t even touch comes as a shock.",
        "place": "Grenoble",
        "pull_quote": "Our machines no longer sleep under our roof — and we sleep better for it.",
        "body": [
            (
                "paragraph",
                "<p>In 2013, we moved a client’s application to the cloud for the first time — in other words, onto servers that no longer belonged to us. For a company that had built its own computers for fifty years, it was a culture shock. Some of the old hands saw it as a betrayal: we were entrusting our data, and our clients’ data, to machines we couldn’t even touch.</p>",
            ),
            (
                "paragraph",
                "<p>I spent weeks explaining, reassuring, putting figures on it. On the day of the migration, everything went off without a hitch, which almost disappointed me. That evening, Nadia Haddad, who had been retired for three years, sent me a message: she wanted to know where the servers physically were. I replied that I didn’t know exactly — somewhere in Europe, in several data centres.</p>",
            ),
            (
                "quote",
                {
                    "text": "In my day, we knew where our machines slept. But in my day, we slept next to them too. Well done, Julien.",
                    "attribution": "Nadia Haddad, message on the evening of the migration",
                },
            ),
            (
                "paragraph",
                "<p>Eight years later, we switched off the last rack in the Grenoble server room. I thought of her message. Our machines no longer sleep under our roof — and we sleep better for it.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: a large flat screen on a desk, showing windows and charts",
            "caption": "The dashboard of the first move to the cloud, 2013.",
            "credit": "Ferrandier Archives",
        },
    },
    "la-section-foot-renait": {
        "slug": "the-football-team-kicks-off-again",
        "title": "The football team kicks off again",
        "teaser": "The team had folded for lack of players. At the second training session of the revival, the former captain turns up with the 1933 minutes.",
        "place": "Grenoble",
        "pull_quote": "She screamed so loudly that the goalkeeper apologised.",
        "body": [
            (
                "paragraph",
                "<p>The company football team had folded in the early 2010s for lack of players: the factories had emptied, and the developers preferred running. In 2015, two colleagues and I decided to bring it back. We put up posters at Vaise and in Grenoble. At the first training session there were seven of us, including a developer who had never kicked a ball in her life.</p>",
            ),
            (
                "paragraph",
                "<p>We wrote to Michel Perrin, the former captain, to ask his advice. He came to the second training session, aged seventy-one, with the 1933 minutes under his arm. He read them out to us, standing in the middle of the pitch, right down to the line “Encouraging result”. Then he made us run for an hour. At the end, the developer scored. She screamed so loudly that the goalkeeper apologised.</p>",
            ),
            (
                "quote",
                {
                    "text": "A team isn’t eleven good players. It’s eleven people who come back the following week.",
                    "attribution": "Michel Perrin, at the second training session",
                },
            ),
            (
                "paragraph",
                "<p>Today there are twenty-six of us, men and women, from every department. We lost our first match 7–1. We added the score at the bottom of the minutes, with the same comment.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: a football team in matching shirts, posing in two rows",
            "caption": "The company’s new team, 2015.",
            "credit": "Photo: Antoine Roche",
        },
    },
    "le-jeudi-a-la-maison": {
        "slug": "thursdays-at-home",
        "title": "Thursdays at home",
        "teaser": "The first remote-working trials, one day a week. I feel guilty and daren’t pop out for bread — until the ten o’clock coffee on video.",
        "place": "",
        "pull_quote": "I was more on edge at home than at the office.",
        "body": [
            (
                "paragraph",
                "<p>In the mid-2010s, the company started allowing remote working one day a week, as a trial. I chose Thursday. For the first few months I felt guilty: I answered my messages in under a minute, to prove I was working. I didn’t dare pop out for bread at lunchtime. I was more on edge at home than at the office.</p>",
            ),
            (
                "paragraph",
                "<p>My colleagues at Vaise, meanwhile, had come up with a ritual. On Thursdays, at the ten o’clock break, they would video-call whoever was working from home that day, just to have coffee together, without talking shop. At first I thought it was ridiculous. Then I found myself looking forward to that call every week. It was a bit like the big shared table in the canteen, the gratin table, only at a distance.</p>",
            ),
            (
                "quote",
                {
                    "text": "Karim, we’re not calling to check you’re working. We’re calling because we miss you. Well, mostly your jokes.",
                    "attribution": "A colleague at Vaise, one Thursday at ten",
                },
            ),
            (
                "paragraph",
                "<p>When lockdown came, in 2020, a few of us were already used to it. We extended the Thursday coffee to the whole team, every day. It’s still going.</p>",
            ),
        ],
        "image": None,
    },
    "pourquoi-je-suis-partie-enseigner": {
        "slug": "why-i-left-to-teach",
        "title": "Why I left to teach",
        "teaser": "After fourteen years in development, I leave the company for a secondary school. At my leaving party, a surprise guest aged eighty-one.",
        "place": "Grenoble",
        "pull_quote": "You’re going to give them what I never had: someone who tells them, at fifteen, that this is for them too.",
        "body": [
            (
                "paragraph",
                "<p>In 2015, after fourteen years in development, I left the company to become a computer science teacher at a secondary school. I wasn’t unhappy. I had a good job and a team I loved. But with every round of recruitment I saw so few applications from women that I came to the conclusion the problem couldn’t be fixed inside companies. It had to be fixed long before.</p>",
            ),
            (
                "paragraph",
                "<p>My leaving party was held in the Grenoble canteen. My team had got me a present: an old 1980s terminal keyboard, rescued from the museum, with an engraved plaque. And Simone Arnaud, who was eighty-one, had come from Lyon by train without telling anyone. She hugged me and told me I was about to do the most important work of my career.</p>",
            ),
            (
                "quote",
                {
                    "text": "You’re going to give them what I never had: someone who tells them, at fifteen, that this is for them too.",
                    "attribution": "Simone Arnaud, at my leaving party",
                },
            ),
            (
                "paragraph",
                "<p>I still take her with me, in my mind, into every classroom. This year I have eleven students taking computer science as a specialist subject. Six of them are girls.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: head-and-shoulders portrait of a woman against a studio backdrop",
            "caption": "Laure Tessier in 2015, the year she left to teach.",
            "credit": "Private collection of Laure Tessier",
        },
    },
}
