"""English versions of the demo stories of the 1980s, keyed by the French slug.

Microcomputers, the fifth week and the merger with Sodexel. Each entry carries the English
slug, title, teaser, place, pull quote, body (same blocks as the French story) and image texts.
"""

# Each paragraph stays on one line: prose is easier to edit and review unwrapped.
# ruff: noqa: E501

STORIES_1980S_EN: dict[str, dict] = {
    "le-jour-de-la-fusion": {
        "slug": "the-day-of-the-merger",
        "title": "The day of the merger",
        "teaser": "14 September 1987, eight in the morning: every manager in the big canteen hall. The managing director announces the merger with Sodexel, the old enemy.",
        "place": "Lyon, Vaise head office",
        "pull_quote": "And the Thursday gratin — are we keeping that?",
        "body": [
            (
                "paragraph",
                "<p>On 14 September 1987, at eight in the morning, all the managers were called to the big hall of the canteen. There had been rumours for months, but nobody really believed them. The managing director stepped up onto a platform and announced the merger with Sodexel. Sodexel! Our rivals since forever, the people we had been fighting on every single tender for twenty years.</p>",
            ),
            (
                "paragraph",
                "<p>There was an enormous silence. Then somebody at the back of the hall said, quite loudly: “And the Thursday gratin — are we keeping that?” Everyone laughed, even the managing director. It was the right question, when you think about it: what do we keep, what do we lose, who do we become? It took us ten years to answer it.</p>",
            ),
            (
                "quote",
                {
                    "text": "We are not buying anyone, and nobody is buying us. We are going to learn to be one company.",
                    "attribution": "The managing director, 14 September 1987",
                },
            ),
            (
                "paragraph",
                "<p>I was put in charge of merging the two design offices. For two years I spent my days going back and forth between Vaise and Sodexel’s old head office, comparing methods that did the same thing in two opposite ways. Quite often we chose theirs. Nobody at Vaise has ever entirely forgiven me for that.</p>",
            ),
        ],
        "image": {
            "alt": "Faded colour photograph: a large office with wide windows and rows of desks fitted with screens",
            "caption": "The Vaise head office in the autumn of 1987.",
            "credit": "Ferrandier Archives",
        },
    },
    "deux-badges-dans-la-poche": {
        "slug": "two-badges-in-my-pockets",
        "title": "Two badges in my pockets",
        "teaser": "A Sodexel engineer transferred to Vaise after the merger, and nobody will talk to me in the canteen. Until the day they find out I’m a goalkeeper.",
        "place": "Lyon, Vaise factory",
        "pull_quote": "For three months I kept my old Sodexel badge in one pocket and the new one in the other, as if I hadn’t made my choice yet.",
        "body": [
            (
                "paragraph",
                "<p>I had been a network engineer at Sodexel for four years when the merger was announced. To us, Ferrandier was the enemy: fusty Lyon types, people said, with their canteen and their football. At the start of 1988 I was transferred to Vaise. For three months I kept my old Sodexel badge in one pocket and the new one in the other, as if I hadn’t made my choice yet.</p>",
            ),
            (
                "paragraph",
                "<p>On the first day, nobody said a word to me in the canteen. Nor on the second. On the third, a bloke from the stores, Michel, sat down opposite me with his tray and asked whether I played football. I told him I was a goalkeeper. He put down his fork, looked at me as if I were a miracle, and told me their keeper had just sprained his ankle.</p>",
            ),
            (
                "quote",
                {
                    "text": "Sodexel or not, a keeper’s a keeper. Training on Thursday, six o’clock.",
                    "attribution": "Michel Perrin, the team’s coach",
                },
            ),
            (
                "paragraph",
                "<p>The following Thursday, I was in goal. The month after, I threw my Sodexel badge away. I think that’s how the merger happened for a lot of us: not through the organisation charts, but through the football teams, the canteen tables and the leaving drinks.</p>",
            ),
        ],
        "image": {
            "alt": "Faded colour photograph: a football team in matching shirts posing in two rows",
            "caption": "The company team, 1988 season, with its new goalkeeper.",
            "credit": "Personal collection of Patrick Nguyen",
        },
    },
    "la-cinquieme-semaine": {
        "slug": "the-fifth-week",
        "title": "The fifth week",
        "teaser": "In 1982, the law grants a fifth week of paid holiday. For the shop stewards, it also means weeks of charts and meetings.",
        "place": "Lyon, Vaise factory",
        "pull_quote": "She said France was a funny country, but that she liked it for that.",
        "body": [
            (
                "paragraph",
                "<p>In 1982 the law gave us a fifth week of paid holiday. I remember the day we announced it in the workshop, with the other shop stewards. An old assembler who had started in 1946 did the sum out loud: since his first day, his holidays had more than doubled. Then he said: “My father got twelve days, in 1936. He died without ever getting any more.”</p>",
            ),
            (
                "paragraph",
                "<p>For us shop stewards, that week wasn’t just a law. It was a negotiation as well: when to take it, how not to disrupt production, who would go in winter. The young ones wanted to go skiing, the older ones to go back home to the old country, the families to have the whole of August. We drew up charts on big sheets of paper, sat through weeks of meetings, and in the end everyone was more or less happy, which is the best you can hope for.</p>",
            ),
            (
                "quote",
                {
                    "text": "Five weeks! At last I can go and see the sea and come back without having to rush.",
                    "attribution": "A workmate from assembly, 1982",
                },
            ),
            (
                "paragraph",
                "<p>That summer, for the first time, I went back to Sétif for a whole month. My mother asked me whether I had lost my job. I explained that I hadn’t, that it was the law. She said France was a funny country, but that she liked it for that.</p>",
            ),
        ],
        "image": None,
    },
    "le-premier-micro-ordinateur": {
        "slug": "the-department-s-first-microcomputer",
        "title": "The department’s first microcomputer",
        "teaser": "One micro for twenty people, on a trolley, with a timetable pencilled in beside it. I came in at seven to get my hands on it before anyone else.",
        "place": "Lyon, Vaise",
        "pull_quote": "I used to come in at seven in the morning so I could have the machine before anyone else.",
        "body": [
            (
                "paragraph",
                "<p>In 1983 I had been an analyst-programmer for a year when the department received its first microcomputer. Just the one, for twenty people. It stood on a trolley in the middle of the office, with a green monochrome screen, two floppy-disk drives and a keyboard that clacked like a typewriter. Everybody wanted it.</p>",
            ),
            (
                "paragraph",
                "<p>The head of department drew up a timetable: everyone was entitled to one hour a day, pencilled in on a sheet taped up next to the screen. The crafty ones took the half-past-twelve slots. I used to come in at seven in the morning so I could have the machine before anyone else. That is where I built my first project-tracking table, on a spreadsheet, and understood that everything was about to change.</p>",
            ),
            (
                "quote",
                {
                    "text": "Before, reworking a budget took a whole day and an eraser. Now you just change one figure and watch.",
                    "attribution": "A colleague from accounts, discovering the spreadsheet",
                },
            ),
            (
                "paragraph",
                "<p>Five years later, every office had its own micro. But I still have a soft spot for that trolley and its pencilled timetable, where my name appeared every morning at seven.</p>",
            ),
        ],
        "image": {
            "alt": "Faded colour photograph: cathode-ray screens on desks, displaying lines of green text",
            "caption": "The department’s first microcomputer, 1983.",
            "credit": "Personal collection of Sylvie Garnier",
        },
    },
    "les-routiers-de-l-informatique": {
        "slug": "the-data-truckers",
        "title": "The data truckers",
        "teaser": "One Friday in December, the network between Grenoble and Vaise goes down in the middle of the year-end closing. The fix comes down an icy road.",
        "place": "Grenoble and Lyon",
        "pull_quote": "That night, the company’s fastest network was a 1978 car on snow tyres.",
        "body": [
            (
                "paragraph",
                "<p>It was around 1985, on a Friday in December, at six in the evening. The network linking Grenoble and Vaise went down, right in the middle of the year-end closing of the accounts. Without the network, Grenoble’s figures couldn’t reach Lyon, and without the figures, there was no balance sheet. The finance director phoned; he didn’t shout, which was far worse.</p>",
            ),
            (
                "paragraph",
                "<p>There were four of us systems engineers in Grenoble. We spent the night hunting. At three in the morning we found it: a faulty modem, in an equipment room at Vaise. There were no trains left. So a colleague put Grenoble’s magnetic tapes in the boot of his car and drove to Lyon on an icy road. He got there at six, with the tapes and a bag of croissants.</p>",
            ),
            (
                "quote",
                {
                    "text": "That night, the company’s fastest network was a 1978 car on snow tyres.",
                    "attribution": "The finance director, at the Monday meeting",
                },
            ),
            (
                "paragraph",
                "<p>The accounts were closed on time. On the Monday, the finance director had a case of champagne sent to the systems department in Grenoble, with a note: “For the data truckers”.</p>",
            ),
        ],
        "image": {
            "alt": "Faded colour photograph: a computer room with green-screen terminals lined up on desks",
            "caption": "The Grenoble systems room, mid-1980s.",
            "credit": "Ferrandier Archives",
        },
    },
    "la-derniere-colonie": {
        "slug": "the-last-holiday-camp",
        "title": "The last holiday camp",
        "teaser": "Summer 1986: the Vercors chalet hosts its last camp. Former campers, now grown up, come back — one of them with his seven-year-old daughter.",
        "place": "Vercors",
        "pull_quote": "I don’t think I ever really left the camp.",
        "body": [
            (
                "paragraph",
                "<p>In the summer of 1986 I ran my last holiday camp for the works council. I was twenty-nine, with eleven summers behind me, and I knew this one would be the last: the council had decided to sell the chalet in the Vercors and replace the camps with holiday grants. Families were going away together more, children wanted themed holidays; the world was changing.</p>",
            ),
            (
                "paragraph",
                "<p>I wanted that last camp to be the best of all. We brought back all the great traditions: the evening round the campfire, the big Lyon-versus-Grenoble game, the walk up to the pass at sunrise. On the last evening, the leaders had invited former campers, all grown up now. Some of them worked at the factory by then. One had brought along his seven-year-old daughter.</p>",
            ),
            (
                "quote",
                {
                    "text": "I slept in this dormitory in 1976. I wanted her to see it before it’s gone.",
                    "attribution": "A former camper, now a technician in Grenoble",
                },
            ),
            (
                "paragraph",
                "<p>The chalet was sold that autumn. I left the company a few months later to become a youth worker. I don’t think I ever really left the camp.</p>",
            ),
        ],
        "image": {
            "alt": "Faded colour photograph: snow-capped mountains above green hills",
            "caption": "The Vercors, on the last summer of the works council’s holiday camp, 1986.",
            "credit": "Personal collection of Christine Morel",
        },
    },
    "le-self-ou-la-fin-du-service-a-table": {
        "slug": "self-service-or-the-end-of-table-service",
        "title": "Self-service, or the end of table service",
        "teaser": "In 1984 the canteen goes self-service. Faster, more choice, but the dining hall breaks up into little islands. So the chef cheats a little.",
        "place": "Lyon, Vaise canteen",
        "pull_quote": "On Thursdays, gratin day, I kept one big table for twenty in the middle of the hall, with a single dish served with a ladle, for anyone who wanted it.",
        "body": [
            (
                "paragraph",
                "<p>In 1984 the Vaise canteen went self-service. No more long tables where the food was ladled out; in came trays, stainless-steel rails and a choice of three starters. On paper it was progress: quicker, more variety, less waste. I had been head chef for six years, and my heart sank.</p>",
            ),
            (
                "paragraph",
                "<p>What I missed wasn’t the serving. It was the moment when people sat down together without having chosen to. At table, the machine setter would end up next to the engineer, the woman from the wiring shop opposite the accountant. With self-service, everyone started eating with their own department, and I watched the hall break up into little islands.</p>",
            ),
            (
                "quote",
                {
                    "text": "Bernard, your self-service is very nice. But now I eat with the same faces I see all day long.",
                    "attribution": "A woman from the first-floor wiring shop, 1984",
                },
            ),
            (
                "paragraph",
                "<p>So I cheated a little. On Thursdays, gratin day, I kept one big table for twenty in the middle of the hall, with a single dish served with a ladle, for anyone who wanted it. It was full every Thursday until I left, in 2003.</p>",
            ),
        ],
        "image": None,
    },
    "vaise-contre-grenoble": {
        "slug": "vaise-versus-grenoble",
        "title": "Vaise versus Grenoble",
        "teaser": "Every spring, the match of the year: the old factory against the young one. Eight years of rivalry, a 4–4 draw in a hailstorm and dinners after the final whistle.",
        "place": "Lyon and Grenoble",
        "pull_quote": "We had experience, cunning and a badly mown pitch.",
        "body": [
            (
                "paragraph",
                "<p>In the 1980s, the big match of the year was no longer the works league: it was Vaise versus Grenoble. It was played every spring, one year at one site and the next year at the other, and it stirred up passions no director had ever bargained for. The Grenoble lot said we were pen-pushers from the old factory; we said they were mountain men who had forgotten where the company came from.</p>",
            ),
            (
                "paragraph",
                "<p>By then I had become coach of the Vaise team. The Grenoble players were younger and quicker, and they had an engineer at centre forward who had played in the second division. We had experience, cunning and a badly mown pitch. In eight years we won three times, lost four, and drew once — a memorable 4–4, in a hailstorm.</p>",
            ),
            (
                "quote",
                {
                    "text": "Gentlemen, may I remind you that this is a friendly. Do at least try to make the referee believe it.",
                    "attribution": "The director of the Grenoble factory, before a match",
                },
            ),
            (
                "paragraph",
                "<p>After the match we all ate together, and by the evening nobody could quite remember who was from Vaise and who was from Grenoble. Perhaps that’s what the match was really for.</p>",
            ),
        ],
        "image": {
            "alt": "Faded colour photograph: two rows of players in football shirts posing in front of a wall",
            "caption": "The two teams together after a Vaise–Grenoble match, 1980s.",
            "credit": "Personal collection of Michel Perrin",
        },
    },
    "le-directeur-sur-la-chaine": {
        "slug": "the-director-on-the-line",
        "title": "The director on the line",
        "teaser": "One morning, a man in a suit sits down next to the forewoman of the wiring shop and asks her to teach him how to solder.",
        "place": "Lyon, Vaise wiring shop",
        "pull_quote": "A stool isn’t much.",
        "body": [
            (
                "paragraph",
                "<p>It was in the early 1980s; I can’t remember the exact year. I was a forewoman in the wiring shop, with eight girls under me. One morning, a man in a suit sat down next to me, picked up a soldering iron and asked me to teach him. It was the new production director. Nobody had ever seen him in the workshop.</p>",
            ),
            (
                "paragraph",
                "<p>He stayed the whole morning. He soldered very badly. He burned himself twice, made blobs instead of little volcanoes, and asked a great many questions. Why did we get up every twenty minutes? Because the stools were too low. Why were we squinting? Because the lighting was bad. He wrote it all down in a little notebook.</p>",
            ),
            (
                "quote",
                {
                    "text": "Madame Martins, I don’t think I’ll ever make a wireman. But I am going to find you some stools.",
                    "attribution": "The production director, on his way out of the workshop",
                },
            ),
            (
                "paragraph",
                "<p>The adjustable stools arrived a month later, and the new lamps with them. A stool isn’t much. But ever since that day, whenever people talk to me about directors, I always ask: did he come and sit down next to you?</p>",
            ),
        ],
        "image": {
            "alt": "Faded colour photograph: a bright workshop under a glass roof, with rows of workstations and women at work",
            "caption": "The Vaise wiring shop in the early 1980s.",
            "credit": "Ferrandier Archives",
        },
    },
    "la-radio-de-l-atelier": {
        "slug": "the-workshop-radio",
        "title": "The workshop radio",
        "teaser": "On the evening of 9 November 1989, the wiring shop is working late. The music stops, and a young woman puts down her soldering iron.",
        "place": "Lyon, Vaise wiring shop",
        "pull_quote": "I think it’s the only time, in thirty-seven years, that the workshop listened to the radio instead of just hearing it.",
        "body": [
            (
                "paragraph",
                "<p>In the wiring shop there was a radio on a shelf above the workbench at the back. It was tuned to a light music station, and nobody was allowed to touch it except the longest-serving woman in the shop — which meant me, from 1985 on. On the evening of 9 November 1989, for once, we were working late to finish an urgent order.</p>",
            ),
            (
                "paragraph",
                "<p>At about nine in the evening, the music stopped and the newsreader started talking about the Berlin Wall. We didn’t really follow. One of my girls, a young Polish woman who had arrived two years earlier, put down her soldering iron. She listened without moving. Then she began to cry, quietly, and we all stopped.</p>",
            ),
            (
                "quote",
                {
                    "text": "My grandmother never saw her sister again, on the other side. Now perhaps the others will be able to.",
                    "attribution": "Ewa, from the wiring shop, 9 November 1989",
                },
            ),
            (
                "paragraph",
                "<p>We finished the order an hour later, in silence, with the radio on. I think it’s the only time, in thirty-seven years, that the workshop listened to the radio instead of just hearing it.</p>",
            ),
        ],
        "image": None,
    },
    "mon-premier-contrat": {
        "slug": "my-first-contract",
        "title": "My first contract",
        "teaser": "Forty overhead transparencies prepared for a dairy cooperative in the Bresse. The director looks at three, then invites me onto the milk tanker at five in the morning.",
        "place": "Bresse",
        "pull_quote": "I went along in my suit. I ended up in borrowed wellies.",
        "body": [
            (
                "paragraph",
                "<p>I was taken on as a sales engineer in February 1988, while the company was still digesting the merger. My boss gave me a list of twenty prospects and a piece of advice: start with the small ones, and you’ll learn to lose without it costing much. First on the list was a farmers’ cooperative in the Bresse that wanted to computerise its milk collection.</p>",
            ),
            (
                "paragraph",
                "<p>I prepared a presentation of forty overhead transparencies. The cooperative’s director saw me in his office, between a tractor calendar and a trophy from an agricultural show. He sat through three transparencies, then asked me to come and see the collection round the next day, at five in the morning, in the milk tanker. I went along in my suit. I ended up in borrowed wellies.</p>",
            ),
            (
                "quote",
                {
                    "text": "Young man, it isn’t your computer we’re buying. We’re buying it because you climbed into the tanker.",
                    "attribution": "The cooperative’s director, signing the contract",
                },
            ),
            (
                "paragraph",
                "<p>I signed the contract a week later. For fourteen years after that, I always began by asking to see my clients’ work, on site, before telling them about ours. I still keep a pair of wellies in the boot.</p>",
            ),
        ],
        "image": {
            "alt": "Faded colour photograph: an office with desks fitted with screens in front of wide windows",
            "caption": "The Vaise sales department in the late 1980s.",
            "credit": "Ferrandier Archives",
        },
    },
    "le-dejeuner-de-la-reconciliation": {
        "slug": "the-reconciliation-lunch",
        "title": "The reconciliation lunch",
        "teaser": "A year after the merger, two teams that only talk to each other by memo. A project manager organises a lunch, complete with a seating plan.",
        "place": "Lyon, Vaise",
        "pull_quote": "We’ve been fighting for a year over programming methods, and now we find out we have the same recipe for gratin.",
        "body": [
            (
                "paragraph",
                "<p>A year after the merger, around the autumn of 1988, relations between the old Ferrandier hands and the Sodexel people were still frosty. In my department we had two teams doing the same work, in two different offices, who only communicated by memo. I was a project manager; mostly, I was tired.</p>",
            ),
            (
                "paragraph",
                "<p>So I organised a lunch. Not in the self-service: a proper meal, in the meeting room, where everyone had to bring a dish from their home region or their family. There were quenelles, a couscous, spring rolls, a pink praline tart, a soupe au pistou. And, above all, everyone had to sit next to someone from the other company. I had drawn up a seating plan, as if for a wedding.</p>",
            ),
            (
                "quote",
                {
                    "text": "We’ve been fighting for a year over programming methods, and now we find out we have the same recipe for gratin.",
                    "attribution": "A former Sodexel man, over dessert",
                },
            ),
            (
                "paragraph",
                "<p>It didn’t solve everything. But the following Monday, for the first time, the two teams held a meeting together. And we held the lunch again every year, until I left in 2020.</p>",
            ),
        ],
        "image": {
            "alt": "Faded colour photograph: strings of bunting above a long table surrounded by diners",
            "caption": "The teams’ first shared lunch, autumn 1988.",
            "credit": "Personal collection of Sylvie Garnier",
        },
    },
    "mes-filles-ingenieures": {
        "slug": "my-girls-the-engineers",
        "title": "My girls, the engineers",
        "teaser": "In the 1980s, young women engineers start arriving in numbers. A veteran takes each of them out to lunch, one by one, in their first month.",
        "place": "Lyon, Vaise",
        "pull_quote": "You are not here because someone made room for you. You are here because you are good.",
        "body": [
            (
                "paragraph",
                "<p>In the 1980s, young women engineers began to arrive in numbers. They came out of the engineering schools with better degrees than mine and the self-assurance I would have liked to have at their age. But they still ran into the same remarks, the same meetings where they were asked to take the minutes, the same colleagues explaining their own work to them.</p>",
            ),
            (
                "paragraph",
                "<p>I got into the habit of taking them out to lunch, one at a time, in their first month. I didn’t give them technical advice: they didn’t need it. I told them my stories — the prototype that went up in smoke in 1957, the mouse in the machine room, the toilets two floors down. They laughed, and I think it helped them not to feel they were going mad when the same things happened to them.</p>",
            ),
            (
                "quote",
                {
                    "text": "You are not here because someone made room for you. You are here because you are good. Don’t let anyone confuse the two.",
                    "attribution": "What I told each of them, over coffee",
                },
            ),
            (
                "paragraph",
                "<p>Several of those young women went on to become heads of department and directors; one even became head of a major engineering school. They send me a card every year. I still call them “my girls”, and they let me.</p>",
            ),
        ],
        "image": {
            "alt": "Faded colour photograph: head-and-shoulders portrait of a woman against a studio backdrop",
            "caption": "Simone Arnaud in the mid-1980s.",
            "credit": "Personal collection of Simone Arnaud",
        },
    },
    "la-conference-de-presse-de-la-fusion": {
        "slug": "the-merger-press-conference",
        "title": "The merger press conference",
        "teaser": "Two managing directors walking in together, smiling: the journalist understands before they say a word. Then he asks about jobs.",
        "place": "Lyon",
        "pull_quote": "I knew they cordially loathed each other.",
        "body": [
            (
                "paragraph",
                "<p>In September 1987 I was invited, along with a dozen fellow journalists, to a joint press conference held by Ferrandier and Sodexel in a big Lyon hotel. I had been covering both companies for twenty years. I knew they cordially loathed each other. When I saw the two managing directors walk in together, smiling, I understood before they had even opened their mouths.</p>",
            ),
            (
                "paragraph",
                "<p>The press conference lasted forty minutes. Figures, synergies, outlooks. Then, when it came to questions, I asked how many jobs would go. The Sodexel boss answered with a PR line. The Ferrandier boss hesitated, looked at his notes, then put them down and gave a real number, with a real timetable. I ran it the next day, on the front page.</p>",
            ),
            (
                "quote",
                {
                    "text": "You’ll write it anyway, Monsieur Lefort. It might as well be right.",
                    "attribution": "Ferrandier’s managing director, September 1987",
                },
            ),
            (
                "paragraph",
                "<p>That figure turned out to be accurate to within ten jobs, which is rare. I have often thought back to that moment: a company that tells a journalist the truth on the day its whole life changes — that doesn’t happen every day.</p>",
            ),
        ],
        "image": {
            "alt": "Faded colour photograph: a street lined with buildings, a car parked along the kerb",
            "caption": "Outside the hotel where the press conference was held, September 1987.",
            "credit": "Photo: Paul-Henri Lefort",
        },
    },
}
