"""English versions of the demo stories of the 2020s (``stories_2020s``), keyed by French slug.

Each entry holds the English slug, title, teaser, place, pull quote, body (same blocks, in the
same order, as the French story) and image texts; everything else comes from the French story.
"""

# Each paragraph stays on one line: prose is easier to edit and review unwrapped.
# ruff: noqa: E501

STORIES_2020S_EN: dict[str, dict] = {
    "le-16-mars-2020": {
        "slug": "16-march-2020",
        "title": "16 March 2020",
        "teaser": "Fourteen hundred people to switch to remote working overnight, an old plan from 2009 with its coffee stain, and thirteen colleagues to track down.",
        "place": "Lyon, Vaise",
        "pull_quote": "I didn’t know we would come back so late, and so changed.",
        "body": [
            (
                "paragraph",
                "<p>On Monday 16 March 2020, at five in the afternoon, we gathered all the managers in the big room at Vaise, two metres apart, to announce that from the next day everyone would be working from home. Fourteen hundred people, overnight. We had Sylvie Garnier’s old plan, written in 2009, with its coffee stain. We followed it to the letter, or nearly.</p>",
            ),
            (
                "paragraph",
                "<p>That night, the IT teams set up three hundred laptops. The Grenoble technicians delivered screens in person to colleagues who didn’t have one. An assistant rang every employee who lived alone, one by one, to make sure they were all right. And on the Tuesday morning, at nine o’clock, one thousand three hundred and eighty-seven people logged on.</p>",
            ),
            (
                "quote",
                {
                    "text": "Thirteen missing. I’ll ring them. Nobody gets left out.",
                    "attribution": "A human resources assistant, Tuesday 17 March 2020, 9.05 a.m.",
                },
            ),
            (
                "paragraph",
                "<p>The thirteen had connection problems, equipment problems, or simply children hogging the family computer. By midday, they were all online. Tidying my desk on the evening of the 16th, I had looked out over the empty floor, the chairs pushed in, the plants nobody would be watering any more. I didn’t know we would come back so late, and so changed.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: a bright open-plan office with large windows and rows of workstations",
            "caption": "The Vaise office floor on the evening of 16 March 2020.",
            "credit": "Photo: Fatou Diallo",
        },
    },
    "des-visieres-imprimees-en-3d": {
        "slug": "3d-printed-face-shields",
        "title": "3D-printed face shields",
        "teaser": "Late March 2020: the hospital is running out of face shields. In the deserted factory, three 3D printers normally used for spare parts get to work.",
        "place": "Grenoble factory",
        "pull_quote": "The first face shield took three hours to come out. It was crooked. The twentieth was perfect.",
        "body": [
            (
                "paragraph",
                "<p>In late March 2020, Grenoble hospital was running short of protective face shields. One evening, a nurse — a colleague’s sister — posted a desperate message. At the factory, we had three 3D printers that we used to make spare parts for the machines. I rang my boss at ten at night. He said: go for it. The next morning, I was alone in the deserted factory, with my lockdown travel form and a file downloaded from the internet.</p>",
            ),
            (
                "paragraph",
                "<p>The first face shield took three hours to come out. It was crooked. The twentieth was perfect. In a week, with two colleagues who volunteered and the printers from three schools in the area, we made eight hundred of them. I hardly slept, I ate sandwiches in front of the machines, and I listened to the radio, like the Vaise wirers Rosa had told me about.</p>",
            ),
            (
                "quote",
                {
                    "text": "They’re the finest parts this factory has ever made, and there isn’t even a drawing.",
                    "attribution": "Thierry Lambert, former technical director, by text message",
                },
            ),
            (
                "paragraph",
                "<p>The hospital staff sent us a photo: twelve people in masks, wearing our face shields, waving. It’s pinned up above the first printer. I will never take it down.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: a bright workshop under a glass roof, with machines in a row",
            "caption": "The Grenoble maintenance workshop, turned into a face-shield factory, April 2020.",
            "credit": "Photo: Antoine Roche",
        },
    },
    "l-ia-et-les-cartes-perforees": {
        "slug": "ai-and-the-punched-cards",
        "title": "AI and the punched cards",
        "teaser": "Forty thousand punched cards that no machine can read any more. An artificial intelligence model — and a ninety-one-year-old expert.",
        "place": "Lyon, Vaise",
        "pull_quote": "Your machine reads the holes. I read what’s behind them. They’re people, you know.",
        "body": [
            (
                "paragraph",
                "<p>In 2023, Amélie Bourgeois, the archivist, came to me with a problem: forty thousand punched cards from the 1940s to the 1960s, found in the attic, that nobody knew how to read any more. No machine still in service could decode them. She wanted to know whether artificial intelligence could do anything with them. I said yes too quickly, as I often do.</p>",
            ),
            (
                "paragraph",
                "<p>We photographed the cards one by one, with a flatbed scanner and a great deal of patience. I trained a model to spot the holes and turn them into figures and letters. The hardest part wasn’t technical: we had to understand what the cards meant. For that, there was only one person. Odette Lacroix, aged ninety-one, spent three afternoons with us, explaining the codes of the punched-card department.</p>",
            ),
            (
                "quote",
                {
                    "text": "Your machine reads the holes. I read what’s behind them. They’re people, you know.",
                    "attribution": "Odette Lacroix, former head of the punched-card department",
                },
            ),
            (
                "paragraph",
                "<p>The cards held the payslips of several hundred workers. Among them, we found a storekeeper’s — the very first card Odette ever punched, in March 1949. She recognised it before the model had even finished reading it.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: a large flat screen on a desk, showing a mosaic of windows",
            "caption": "The data team decoding the punched cards, 2023.",
            "credit": "Ferrandier Archives",
        },
    },
    "ma-derniere-journee-en-visio": {
        "slug": "my-last-day-on-a-video-call",
        "title": "My last day, on a video call",
        "teaser": "Retiring in the middle of lockdown, at the kitchen table, in slippers. At four o’clock, a link — and a mosaic of a hundred and twenty faces.",
        "place": "",
        "pull_quote": "Nobody had to make the journey, and everybody came.",
        "body": [
            (
                "paragraph",
                "<p>I was due to retire on 30 April 2020, with drinks in the Vaise canteen, a speech and the annual reconciliation lunch I had been organising since 1988. Lockdown swept it all away. I spent my last working day in my kitchen, in front of a laptop, in my slippers.</p>",
            ),
            (
                "paragraph",
                "<p>At four o’clock, someone sent me a link. When I clicked on it, up came a mosaic of a hundred and twenty faces. There were my colleagues, of course, but also people I hadn’t seen for years: Karim, whom I had watched arrive in 1996, former Sodexel people, Chloé, whom I had mentored when she was starting out, and even Gérard Fontaine, eighty-two, who didn’t know how to mute his microphone and commented on everything out loud.</p>",
            ),
            (
                "quote",
                {
                    "text": "Sylvie, we can’t hear you. Oh yes we can. Oh no we can’t. Well, never mind, we know what you’re going to say: check the dates.",
                    "attribution": "Gérard Fontaine, during my leaving party on video",
                },
            ),
            (
                "paragraph",
                "<p>Everyone had made a dish from their home region, as at the first lunch in 1988, and held it up to the camera. We raised our glasses to our screens. It wasn’t the send-off I had imagined. Perhaps it was better: nobody had to make the journey, and everybody came.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: a flat screen showing a mosaic of small windows, like a video conference",
            "caption": "Sylvie Garnier’s leaving party, by video conference, April 2020.",
            "credit": "Private collection of Sylvie Garnier",
        },
    },
    "retour-au-bureau-mais-pas-tout-a-fait": {
        "slug": "back-to-the-office-well-almost",
        "title": "Back to the office — well, almost",
        "teaser": "Hired without setting foot in the office, I knew my colleagues as little squares. On the first Tuesday back, I found out they had legs.",
        "place": "Lyon, Vaise",
        "pull_quote": "I knew who had a cat, who had a bookcase behind them, who always kept their camera off.",
        "body": [
            (
                "paragraph",
                "<p>I was hired in 2021 without having set foot in the office since March 2020. I knew my colleagues as little squares. I knew who had a cat, who had a bookcase behind them, who always kept their camera off. I didn’t know who was tall, who talked loudly, who laughed holding their sides.</p>",
            ),
            (
                "paragraph",
                "<p>The return to the office, in 2022, was two days a week. On the first Tuesday, it took me five minutes to recognise my team leader, who was much shorter than I had imagined. A colleague I swapped hundreds of messages with every week walked straight past me without noticing. At lunchtime we went to the canteen together, and we talked for two hours, about everything except work.</p>",
            ),
            (
                "quote",
                {
                    "text": "This is mad — you’ve got legs. I thought you were just a head and a bookcase.",
                    "attribution": "A colleague, on the first day back",
                },
            ),
            (
                "paragraph",
                "<p>These days we work two or three days on site and the rest at home. It works well. But I think the best moment of the week is still Tuesday lunch, when we check that everybody really does have legs.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: a bright open-plan office, colleagues sitting at workstations with flat screens",
            "caption": "The Vaise development floor, back at the office in 2022.",
            "credit": "Ferrandier Archives",
        },
    },
    "trente-ans-et-le-cloud": {
        "slug": "thirty-years-and-the-cloud",
        "title": "Thirty years, and the cloud",
        "teaser": "Our third big project together, after 1994 and 2007. This time, the project manager had read the reports on the earlier ones, right down to the business with the accents.",
        "place": "",
        "pull_quote": "He knew all about the Easter accents.",
        "body": [
            (
                "paragraph",
                "<p>In 2021, our mutual insurance company moved its entire information system to the cloud, with Ferrandier. It was our third big project together, after 1994 and 2007. I was fifty-three; I was no longer the young IT manager who had stood her ground before her board. I was the one who had to reassure mine.</p>",
            ),
            (
                "paragraph",
                "<p>What struck me most was that the company’s team had kept the whole memory of our previous projects. The project manager had reread the reports from 1994 and 2007. He knew all about the Easter accents. He had even put into his test plan a list of a thousand members’ names with every special character imaginable, from Hélène to Çağla by way of Zoë.</p>",
            ),
            (
                "quote",
                {
                    "text": "Ms Vasseur, I had a feeling you wouldn’t want to be H-question-mark-lène again.",
                    "attribution": "The company’s project manager, kick-off meeting, 2021",
                },
            ),
            (
                "paragraph",
                "<p>The migration went through without a hitch. After thirty years, I wouldn’t say we are a client and a supplier. We are two old firms that know each other well, and tell each other straight when something isn’t right.</p>",
            ),
        ],
        "image": None,
    },
    "notre-atelier-dans-les-murs-de-vaise": {
        "slug": "our-workshop-inside-the-old-vaise-walls",
        "title": "Our workshop inside the old Vaise walls",
        "teaser": "The old wiring shop is now home to start-ups. On opening day, an elderly lady stops for a long time in front of the third window.",
        "place": "Lyon, former Vaise workshop",
        "pull_quote": "Whenever I have doubts, I look at it.",
        "body": [
            (
                "paragraph",
                "<p>In 2024, the company decided to turn the old Vaise wiring shop, empty since 1997, into a home for start-ups. We were among the first to move in. There are eleven of us today, on a floor of brick and glass roofs, under iron beams that still carry the hooks from the old overhead drive shafts.</p>",
            ),
            (
                "paragraph",
                "<p>On opening day, an elderly lady stood for a long time in front of the third window on the first floor. It was Rosa Martins. She told me it had been her workstation for thirty-five years. She showed me where the radio used to be, where they kept the soldering irons, and a little mark on the windowsill that she had made in 1962, on her first day, with the tip of her iron.</p>",
            ),
            (
                "quote",
                {
                    "text": "I’m glad it’s you. We always made useful things here.",
                    "attribution": "Rosa Martins, on opening day",
                },
            ),
            (
                "paragraph",
                "<p>We put my desk next to the window. I left the mark. Whenever I have doubts, I look at it.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: an industrial building with saw-tooth roofs under a blue sky, hills on the horizon",
            "caption": "The old Vaise wiring shop, now a home for start-ups, 2024.",
            "credit": "Private collection of Élodie Carpentier",
        },
    },
    "la-grand-mere-qui-aimait-lire": {
        "slug": "the-grandmother-who-loved-to-read",
        "title": "The grandmother who loved to read",
        "teaser": "On the day we publish our open data, a secondary-school student writes to us: he has built an app over a weekend and wants to know if that’s allowed.",
        "place": "",
        "pull_quote": "He had built it over a weekend. He wanted to know if that was allowed.",
        "body": [
            (
                "paragraph",
                "<p>In 2025, we decided to publish the opening hours, accessibility and visitor numbers of all our public facilities as open data: swimming pools, libraries, local town hall offices. With Ferrandier, we built the portal in six months. Technically, that wasn’t the hardest part. The hardest part was convincing our own departments that anyone could be interested in their data.</p>",
            ),
            (
                "paragraph",
                "<p>On launch day, a secondary-school student from the city wrote to our department. He had used our data to build a little app that showed wheelchair users which libraries were accessible, and at what times they were least crowded. He had built it over a weekend. He wanted to know if that was allowed.</p>",
            ),
            (
                "quote",
                {
                    "text": "Dear Madam, am I allowed to do this? It’s for my gran — she loves reading, but she can’t stand crowds.",
                    "attribution": "Message from a secondary-school student to the digital services department, 2025",
                },
            ),
            (
                "paragraph",
                "<p>We told him that this was exactly why we had published the data. The company’s team invited him to present his app at Vaise, to a packed room. His grandmother was in the front row. She left before the end: there were too many people.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: a street lined with buildings, a car parked along the pavement",
            "caption": "A street in the city, near one of the libraries on the portal, 2025.",
            "credit": "Private collection of Sophie Delmas",
        },
    },
    "trente-ans-de-maison": {
        "slug": "thirty-years-at-ferrandier",
        "title": "Thirty years at Ferrandier",
        "teaser": "From Cobol written in 1974 to developers who code alongside an artificial intelligence: what has changed, and the one thing that hasn’t.",
        "place": "Lyon, Vaise",
        "pull_quote": "The idea that good work shows, even when nobody is looking.",
        "body": [
            (
                "paragraph",
                "<p>In September 2026, I celebrated thirty years with the company. When I arrived, they sat me next to Gérard Fontaine, who was fixing programs written in 1974. Today I manage developers who write code with the help of an artificial intelligence and have never seen a green-screen terminal. In between, I’ve seen Cobol, the internet, the phone in your pocket, the cloud and remote working all come along.</p>",
            ),
            (
                "paragraph",
                "<p>People often ask me what has changed. Almost everything. The tools, the clients, the offices, the way we work. People ask me less often what hasn’t changed. I think it’s the same thing as in Auguste’s workshop in 1914: care. The idea that good work shows, even when nobody is looking. The initials engraved inside the casing of the Model 37.</p>",
            ),
            (
                "quote",
                {
                    "text": "Code, lad, is like a letter to someone you haven’t met yet. Write legibly.",
                    "attribution": "Gérard Fontaine, in 1996 — and me, to every newcomer since",
                },
            ),
            (
                "paragraph",
                "<p>Gérard died last year. At his funeral there were retirees, young developers, and an old dot-matrix printer that somebody had brought along, nobody knows why. I think he would have laughed.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: head-and-shoulders portrait of a man against a studio backdrop",
            "caption": "Karim Mansouri, software architect, 2026.",
            "credit": "Private collection of Karim Mansouri",
        },
    },
    "l-archive-vivante": {
        "slug": "a-living-archive",
        "title": "A living archive",
        "teaser": "How the great collection of testimonies behind this site came about: three binders, an idea from a hackathon and punched cards that talk.",
        "place": "Lyon, Vaise",
        "pull_quote": "Each story called up another, and the same names kept coming back, from one decade to the next.",
        "body": [
            (
                "paragraph",
                "<p>In 2024, I suggested to the management that we launch a large collection of testimonies, to tell the company’s story through the people who lived it. Not an official history with dates and organisation charts: memories, anecdotes, family photos. I had Isabelle Rey’s three binders, the idea from the 2017 hackathon team, and the punched cards that Amandine had just got talking.</p>",
            ),
            (
                "paragraph",
                "<p>In the first few weeks, I received two or three stories a day. Then word of mouth took over. Retirees learned to send photos from their phones, with help from their grandchildren. Families dug out old letters. Colette Ferrandier brought me her grandmother’s album. Clients, suppliers and a retired journalist wrote in too. Each story called up another, and the same names kept coming back, from one decade to the next.</p>",
            ),
            (
                "quote",
                {
                    "text": "It’s funny, what you’re doing. You’re not telling the company’s story. You’re telling people’s stories, and the company appears in the middle of them.",
                    "attribution": "Claire Besson, historian",
                },
            ),
            (
                "paragraph",
                "<p>This site is the result. It isn’t finished, and it never will be: every week, someone finds a photo in a drawer. If that’s you, write to us.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: a group of people posing in two rows in front of a wall",
            "caption": "Some of the collection’s contributors, gathered at Vaise, 2024.",
            "credit": "Ferrandier Archives",
        },
    },
}
