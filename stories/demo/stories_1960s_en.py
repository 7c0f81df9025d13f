"""English versions of the demo stories of the 1960s, keyed by the French slug.

The first computer in the factory, wiring, May 1968. Each entry carries the English slug,
title, teaser, place, pull quote, body (same blocks as the French story) and image texts.
"""

# Each paragraph stays on one line: prose is easier to edit and review unwrapped.
# ruff: noqa: E501

STORIES_1960S_EN: dict[str, dict] = {
    "le-premier-ordinateur-de-l-usine": {
        "slug": "the-factory-s-first-computer",
        "title": "The factory’s first computer",
        "teaser": "February 1962: eleven wooden crates, a window taken out of its frame and four operators who daren’t go home in case the machine stops.",
        "place": "Lyon, Vaise factory",
        "pull_quote": "That first night, we didn’t dare go home: we were afraid it would stop if we left.",
        "body": [
            (
                "paragraph",
                "<p>It arrived on a Monday in February 1962, in pieces, packed in eleven wooden crates on two lorries. They had to take out a second-floor window to get it inside. We had been waiting for it for six months: a whole room had been done up for it, with a raised floor for the cables and air conditioning that made more noise than an aeroplane.</p>",
            ),
            (
                "paragraph",
                "<p>I had been a punched-card machine operator for two years. I was picked, with three others, to learn how to run it. It had a memory of four thousand words, cabinets of magnetic tape that spun in fits and starts, and a console covered in blinking lights. That first night, we didn’t dare go home: we were afraid it would stop if we left.</p>",
            ),
            (
                "quote",
                {
                    "text": "Gentlemen, this machine will not replace anyone. It will replace all of you, every evening after six o’clock.",
                    "attribution": "The technical director, on the day it was switched on",
                },
            ),
            (
                "paragraph",
                "<p>Our first program worked out the pay of twelve hundred people in forty minutes. The tabulators used to take three days over it. Odette, from the punch-card room, came upstairs to have a look. She stood watching the tapes turn for a long time, and then she said: “Well, then. We’ll have to learn something else.”</p>",
            ),
        ],
        "image": {
            "alt": "Sepia-toned photograph: a computer room with tall magnetic-tape cabinets and a console covered in indicator lights",
            "caption": "The first computer at the Vaise factory, 1962.",
            "credit": "Ferrandier Archives",
        },
    },
    "mai-68-a-vaise": {
        "slug": "may-68-in-vaise",
        "title": "May ’68 in Vaise",
        "teaser": "On 20 May 1968, a comrade climbs onto a workbench, says three sentences, and everyone downs tools. Three weeks of occupation, told by an assembly worker.",
        "place": "Lyon, Vaise factory",
        "pull_quote": "We weren’t asking for the moon. We were asking for a good morning when we came in, and thirty francs more.",
        "body": [
            (
                "paragraph",
                "<p>On 20 May 1968, the factory stopped. I had been working in assembly for five years; I was twenty-five and had never been on strike. That morning, as the shift began, a comrade climbed onto a workbench, said three sentences, and everyone put down their tools. What I remember first is the silence, and then the applause.</p>",
            ),
            (
                "paragraph",
                "<p>For three weeks we occupied the factory. We slept on flattened cardboard boxes in the workshop, held mass meetings in the canteen and talked about everything: wages, the pace of the line, but also the right to speak to the foreman without taking your cap off. Students came to explain the revolution to us; we explained to them how you assemble a card reader. Everyone went home a little wiser.</p>",
            ),
            (
                "quote",
                {
                    "text": "We weren’t asking for the moon. We were asking for a good morning when we came in, and thirty francs more.",
                    "attribution": "A shop steward, mass meeting of 22 May 1968",
                },
            ),
            (
                "paragraph",
                "<p>The national agreements got us pay rises, and the union branch got a room of its own. But what changed most of all was the way we looked at one another. A year later I became a shop steward myself. I stayed one for twenty-five years.</p>",
            ),
        ],
        "image": {
            "alt": "Sepia-toned photograph: a factory with saw-tooth roofs and tall chimneys under a cloudy sky",
            "caption": "The Vaise factory during the strike, May 1968.",
            "credit": "Ferrandier Archives",
        },
    },
    "la-nuit-des-negociations": {
        "slug": "the-night-of-the-negotiations",
        "title": "The night of the negotiations",
        "teaser": "June 1968, two in the morning, on the pavement opposite: a young reporter waits with the strikers’ families, a Thermos and a transistor radio.",
        "place": "Lyon, outside the Vaise factory",
        "pull_quote": "A strike, seen from the pavement across the road, is first of all children asleep in cars.",
        "body": [
            (
                "paragraph",
                "<p>In June 1968 I was a young reporter of twenty-four, and my editor sent me to cover the end of the strike at Ferrandier, in Vaise. The negotiations were taking place in the boardroom, on the first floor. We journalists waited on the pavement opposite, alongside the strikers’ families, with Thermos flasks of coffee and a transistor radio.</p>",
            ),
            (
                "paragraph",
                "<p>At about two in the morning, a window opened. A secretary — I found out later that her name was Françoise — leaned out and shouted: “It’s yes on wages!” The whole street applauded. Then the window closed again. I got no official statement that night, but I got the best piece of my career: the one about the people who were waiting.</p>",
            ),
            (
                "quote",
                {
                    "text": "A strike, seen from the pavement across the road, is first of all children asleep in cars.",
                    "attribution": "Paul-Henri Lefort, article of 6 June 1968",
                },
            ),
            (
                "paragraph",
                "<p>The next day, a shop steward bought me a coffee in the canteen. He told me my article was fair, except for one detail: the strikers’ coffee wasn’t that bad.</p>",
            ),
        ],
        "image": {
            "alt": "Sepia-toned photograph: a street lined with buildings and a car parked along the kerb",
            "caption": "The street outside the factory, June 1968.",
            "credit": "Personal collection of Paul-Henri Lefort",
        },
    },
    "cableuse-a-seize-ans": {
        "slug": "wiring-computers-at-sixteen",
        "title": "Wiring computers at sixteen",
        "teaser": "Fresh from Portugal with a cardboard suitcase, Rosa learns her French from the colours of the wires and from solder joints shaped like little volcanoes.",
        "place": "Lyon, Vaise wiring shop",
        "pull_quote": "I learned my French from the colours of the wires: rouge, bleu, vert, jaune, marron.",
        "body": [
            (
                "paragraph",
                "<p>I came over from Viseu in 1962, aged sixteen, with my mother and a cardboard suitcase. A Portuguese neighbour worked at Ferrandier, and she got me taken on in the wiring shop. I couldn’t speak three words of French. On my first day, the forewoman put a soldering iron in my hand and showed me, without a word, how to make a clean joint: shiny, and shaped like a little volcano.</p>",
            ),
            (
                "paragraph",
                "<p>The computers of those days were full of wires. Thousands of coloured wires that had to be routed, cut, stripped and soldered following huge diagrams spread out across the table. The men said it was women’s work, because it took small fingers and patience. What I mostly thought was that it took good eyes and a good memory, and that we weren’t paid for those.</p>",
            ),
            (
                "quote",
                {
                    "text": "Little volcano, no blob. Little volcano, no blob.",
                    "attribution": "The forewoman, showing me my first solder joint",
                },
            ),
            (
                "paragraph",
                "<p>I learned my French from the colours of the wires: rouge, bleu, vert, jaune, marron. It’s funny, but even today, when I count in French, I see wires.</p>",
            ),
        ],
        "image": {
            "alt": "Sepia-toned photograph: a bright workshop under a glass roof, with rows of workstations and women at work",
            "caption": "The Vaise wiring shop, 1962.",
            "credit": "Ferrandier Archives",
        },
    },
    "l-instruction-la-plus-genereuse": {
        "slug": "the-most-generous-instruction",
        "title": "The most generous instruction",
        "teaser": "One misplaced deduction in the payroll program, and the whole staff is paid double their year-end bonus. What happens next is even more surprising.",
        "place": "Lyon, Vaise factory",
        "pull_quote": "Dozens of workers came to hand back the extra money, in cash, in envelopes.",
        "body": [
            (
                "paragraph",
                "<p>Around 1965 I was programming the payroll in assembler, on the company’s second computer. A program of eight thousand instructions, written in pencil on squared paper, then punched onto cards by Odette’s girls. A single wrong character, and twelve hundred people would get the wrong pay.</p>",
            ),
            (
                "paragraph",
                "<p>One December, it happened. Because of a deduction put in the wrong place in the calculation of the thirteenth month — the extra month’s pay we all got at the end of the year — everyone on the staff received double their bonus. The next morning there was a queue outside the accounts department, but not the kind you’d imagine: dozens of workers came to hand back the extra money, in cash, in envelopes. Some of them were almost apologising.</p>",
            ),
            (
                "quote",
                {
                    "text": "Monsieur Fontaine, you have written the most generous instruction in the history of this company. Don’t do it again.",
                    "attribution": "Lucien Ferrandier, that December",
                },
            ),
            (
                "paragraph",
                "<p>For years afterwards, every Christmas, colleagues would ask me with a grin whether I didn’t have “a little deduction” to move somewhere. For the rest of my career I checked my programs three times over.</p>",
            ),
        ],
        "image": {
            "alt": "Sepia-toned photograph: an office with wide windows, staff working at rows of tables with typewriters",
            "caption": "The payroll department in the mid-1960s.",
            "credit": "Ferrandier Archives",
        },
    },
    "capitaine-a-vingt-trois-ans": {
        "slug": "captain-at-twenty-three",
        "title": "Captain at twenty-three",
        "teaser": "New in the stores and new captain of the team, I put a department head on the bench and an eighteen-year-old labourer up front.",
        "place": "Lyon, Saint-Rambert",
        "pull_quote": "I put a department head on the bench and an eighteen-year-old labourer up front.",
        "body": [
            (
                "paragraph",
                "<p>I started in the spare-parts store in 1966, and in the football team the same week. The following year the captain broke his leg skiing and they handed me the armband. I was twenty-three, and the team had men of forty in it who had played alongside my father. I had to make them respect me.</p>",
            ),
            (
                "paragraph",
                "<p>I did one simple thing: I stopped picking the team by rank. Until then the managers played as of right, even when they were hopeless. I put a department head on the bench and an eighteen-year-old labourer up front. On the Monday, the department head came to see me in the store. I thought I was about to be sacked. He told me I was right, and that he’d like to play in defence.</p>",
            ),
            (
                "quote",
                {
                    "text": "On the pitch there’s no boss. There are those who run and those who watch.",
                    "attribution": "René Perrin, my father, the day I was given the armband",
                },
            ),
            (
                "paragraph",
                "<p>That season we won the works league for the first time. The eighteen-year-old labourer scored eleven goals. He ended up running a workshop in Grenoble.</p>",
            ),
        ],
        "image": {
            "alt": "Sepia-toned photograph: a football team posing in two rows in front of a wall",
            "caption": "The team that won the works league, 1967.",
            "credit": "Personal collection of Michel Perrin",
        },
    },
    "une-ingenieure-en-salle-machine": {
        "slug": "a-woman-engineer-in-the-machine-room",
        "title": "A woman engineer in the machine room",
        "teaser": "One November night, the computer stops halfway through the invoice run. The “lady doctor” asks for an hour to find the culprit.",
        "place": "Lyon, Vaise machine room",
        "pull_quote": "The lady doctor found the culprit. It had whiskers.",
        "body": [
            (
                "paragraph",
                "<p>In 1964 I was put in charge of the electronic maintenance of the new computer. That meant nights in the machine room, hunting for one faulty diode among twenty thousand, with an oscilloscope and a torch. The operators, all of them men, called me “the lady doctor”. At first it wasn’t kindly meant. By the end, it was.</p>",
            ),
            (
                "paragraph",
                "<p>One November night, the machine stopped halfway through the invoice run. The operations manager wanted to call the manufacturer in Paris, who wouldn’t have sent anyone for three days. I asked for an hour. I found the fault in fifty minutes: a mouse had chewed through a cable under the raised floor. It was still there, dead, next to the cable.</p>",
            ),
            (
                "quote",
                {
                    "text": "The lady doctor found the culprit. It had whiskers.",
                    "attribution": "Chalked on the machine-room blackboard the next day",
                },
            ),
            (
                "paragraph",
                "<p>The operators kept the mouse, stuffed by one of them who did taxidermy on the side. It sat on the console until 1978, and every new trainee was introduced to it as “the company’s first bug”.</p>",
            ),
        ],
        "image": {
            "alt": "Sepia-toned photograph: tall computer cabinets with magnetic tapes and a control console covered in indicator lights",
            "caption": "The machine room in 1964.",
            "credit": "Ferrandier Archives",
        },
    },
    "le-representant-qui-prenait-l-avion": {
        "slug": "the-salesman-who-took-the-plane",
        "title": "The salesman who took the plane",
        "teaser": "My first Lyon–Paris flight, a new suit, a briefcase of brochures and butterflies in my stomach: the day I sold a tabulator by talking about Quimper.",
        "place": "Paris",
        "pull_quote": "I never found out whether I had sold a tabulator or a recipe for crêpes.",
        "body": [
            (
                "paragraph",
                "<p>In 1961 the company decided that its best salesmen would go and sell its tabulators in Paris. I was chosen, I think, because I was the only one who wasn’t afraid of flying: I had done my national service in naval aviation. I took the first Lyon–Paris flight of my life in a new suit, with a briefcase full of brochures and a dreadful stomach ache.</p>",
            ),
            (
                "paragraph",
                "<p>The client was a big government department, in a building whose corridors were so long you could see the curve of the Earth. I had spent two weeks preparing my pitch. The director listened for five minutes, then asked me where my accent came from. We talked about Quimper, crêpes and sea-bass fishing for an hour. At the end he signed, hardly reading the contract.</p>",
            ),
            (
                "quote",
                {
                    "text": "Your machine I know; everyone has told me good things about it. What I wanted to find out was whether you were a man I could rely on.",
                    "attribution": "The director of the client department",
                },
            ),
            (
                "paragraph",
                "<p>I never found out whether I had sold a tabulator or a recipe for crêpes. Just to be on the safe side, I kept talking about Quimper to all my clients.</p>",
            ),
        ],
        "image": None,
    },
    "des-transistors-dans-une-boite-a-cigares": {
        "slug": "transistors-in-a-cigar-box",
        "title": "Transistors in a cigar box",
        "teaser": "The design office urgently needs a transistor that only exists as a pre-production batch. A supplier drives through the night to deliver it.",
        "place": "Lyon, Vaise design office",
        "pull_quote": "I went to fetch them myself, by car, at night, and delivered them the next morning in a cigar box, for want of anything better.",
        "body": [
            (
                "paragraph",
                "<p>In the 1960s I was a sales rep for an electronic components manufacturer, and Maison Ferrandier was my biggest customer in the region. Their buyers were fearsome: they tested every batch, sent whole boxes back for one defect in a hundred and haggled over every centime. I turned up in Vaise on Mondays with a knot in my stomach.</p>",
            ),
            (
                "paragraph",
                "<p>One day their design office urgently needed a new type of transistor that we didn’t have in stock yet. I rang our factory, which had made about a hundred of them as a pre-production batch. I went to fetch them myself, by car, at night, and delivered them the next morning in a cigar box, for want of anything better. Simone Arnaud, the engineer who was waiting for them, tested them one by one in front of me.</p>",
            ),
            (
                "quote",
                {
                    "text": "Ninety-eight good out of a hundred. You may come back on Monday, Monsieur Moreau. We might even make you a coffee.",
                    "attribution": "Simone Arnaud, engineer in the design office",
                },
            ),
            (
                "paragraph",
                "<p>The following Monday, there was a coffee. And from that day on, I never again had a knot in my stomach when I arrived in Vaise.</p>",
            ),
        ],
        "image": None,
    },
    "la-lune-a-la-cantine": {
        "slug": "the-moon-in-the-canteen",
        "title": "The Moon in the canteen",
        "teaser": "The day after the first steps on the Moon: eight hundred fromage blanc puddings, complete with craters and a little flag, all made by hand before noon.",
        "place": "Lyon, Vaise canteen",
        "pull_quote": "Eight hundred Moons, made by hand between six and eleven in the morning.",
        "body": [
            (
                "paragraph",
                "<p>In July 1969 I had been a commis in the canteen for a year. On Monday the 21st, everyone came in red-eyed: half the factory had stayed up to watch the first steps on the Moon on television, at a neighbour’s or in a café. The head chef at the time, a very serious man from Savoie, decided that such a day deserved a special menu.</p>",
            ),
            (
                "paragraph",
                "<p>He sent me out to buy up all the fromage blanc in the Vaise market. For pudding, every tray had a “Moon”: a dome of whipped fromage blanc dusted with icing sugar, with craters made with the back of a spoon and a little paper flag planted in the top. Eight hundred Moons, made by hand between six and eleven in the morning. I still dream about them.</p>",
            ),
            (
                "quote",
                {
                    "text": "One small step for man, eight hundred puddings for the canteen.",
                    "attribution": "The head chef, planting the last flag",
                },
            ),
            (
                "paragraph",
                "<p>That day I understood that a factory kitchen isn’t just about feeding people. It’s also about telling them that what happens out in the world happens in their house too. When I became head chef myself, I never forgot the Moon.</p>",
            ),
        ],
        "image": {
            "alt": "Sepia-toned photograph: strings of bunting above a long table lined with diners",
            "caption": "The Vaise canteen decorated for Moon day, July 1969.",
            "credit": "Ferrandier Archives",
        },
    },
    "trois-tonnes-de-cartes-perforees": {
        "slug": "three-tonnes-of-punched-cards",
        "title": "Three tonnes of punched cards",
        "teaser": "Moving the punch-card room on a blustery weekend: a human chain of forty women, and two thousand cards taking to the air.",
        "place": "Lyon, Vaise factory",
        "pull_quote": "Halfway through the afternoon, a box burst open and two thousand cards flew off over the rooftops.",
        "body": [
            (
                "paragraph",
                "<p>In 1960 the punch-card room moved from the first floor to the new building across the yard. The card punches, the sorters and the collators all had to be carried over, but above all the archives: hundreds of thousands of punched cards, filed away in metal drawers. Three tonnes of cardboard, the storekeeper reckoned.</p>",
            ),
            (
                "paragraph",
                "<p>The rule was simple and terrifying: the cards must not, under any circumstances, get mixed up. One box knocked over meant days of sorting. We moved the lot in a single weekend, by hand, in a chain of forty women stretching across the yard. There was a terrible wind. Halfway through the afternoon, a box burst open and two thousand cards flew off over the rooftops.</p>",
            ),
            (
                "quote",
                {
                    "text": "Don’t panic, girls. Every card has a number. The wind hasn’t.",
                    "attribution": "Mademoiselle Brun, head of the punch-card room",
                },
            ),
            (
                "paragraph",
                "<p>We found cards in the gutters, in the neighbour’s garden, on the roof of the boiler house. Thirty-two were never accounted for. For years afterwards, they kept turning up, wedged in the most unlikely places. I found one myself in 1987, in a false ceiling.</p>",
            ),
        ],
        "image": {
            "alt": "Sepia-toned photograph: a room with tall windows, rows of tables and women clerks at work",
            "caption": "The new punch-card room, 1960.",
            "credit": "Ferrandier Archives",
        },
    },
    "une-fenetre-en-juin-68": {
        "slug": "a-window-in-june-68",
        "title": "A window in June ’68",
        "teaser": "On the last night of the talks, the boss comes out of the boardroom and says to his secretary: “Tell them.” She opens the window.",
        "place": "Lyon, Vaise management offices",
        "pull_quote": "I opened the window and shouted out the news. I have never spoken so loudly in my life.",
        "body": [
            (
                "paragraph",
                "<p>During the 1968 strike I was still secretary to the management. I wasn’t on strike, but I wasn’t really working either: there was no more post, no more telephone, nothing left to type. Monsieur Lucien spent his days seeing the shop stewards. Between meetings he would sit down in my office and ask me what people were saying in the canteen.</p>",
            ),
            (
                "paragraph",
                "<p>On the last night of the negotiations, at about two in the morning, he came out of the boardroom and said to me: “Tell them, Françoise. It’s yes on wages.” I didn’t know who he meant. Then I understood: the street. All the families were waiting on the pavement opposite. I opened the window and shouted out the news. I have never spoken so loudly in my life.</p>",
            ),
            (
                "quote",
                {
                    "text": "They are not the enemy, Françoise. They are my workers, and those are their families waiting down there.",
                    "attribution": "Lucien Ferrandier, June 1968",
                },
            ),
            (
                "paragraph",
                "<p>Years later, a journalist told me he had been standing on that pavement that night, and that he had written about my window. I’ve never read his article. I’m afraid I’d look ridiculous in it.</p>",
            ),
        ],
        "image": {
            "alt": "Sepia-toned photograph: a street lined with buildings, a car parked along the kerb",
            "caption": "The street outside the factory, where the families waited, June 1968.",
            "credit": "Ferrandier Archives",
        },
    },
    "moniteur-d-un-ete": {
        "slug": "camp-leader-for-a-summer",
        "title": "Camp leader for a summer",
        "teaser": "A thirty-three-year-old turner, fourteen boys and a hut in the Vercors forest, built with mortise-and-tenon joints and not a single nail.",
        "place": "Vercors",
        "pull_quote": "I went to have a look the following summer. It was still standing.",
        "body": [
            (
                "paragraph",
                "<p>Around 1966, the works council was short of leaders for its summer camp at the farm in the Vercors. I was thirty-three, with two children and no experience whatsoever, but I had said yes at the canteen counter. I ended up in charge of fourteen boys aged ten to twelve, all colleagues’ sons, for three weeks.</p>",
            ),
            (
                "paragraph",
                "<p>I taught them what I knew how to do: cut, measure, fit. We built a hut in the forest, perfectly square, with mortise-and-tenon joints and not a single nail. They grumbled like apprentices. On the last day they refused to leave until they had shown the hut to their parents, who had come by coach to pick them up.</p>",
            ),
            (
                "quote",
                {
                    "text": "Dad, we made a cube. But a cube you can sleep inside.",
                    "attribution": "One of the boys, to his father, a turner at Vaise",
                },
            ),
            (
                "paragraph",
                "<p>Twenty years later, one of those boys joined the factory as a methods engineer. He recognised me in the canteen and asked whether the hut had held up. I went to have a look the following summer. It was still standing.</p>",
            ),
        ],
        "image": {
            "alt": "Sepia-toned photograph: snow-capped mountains towering over hills and a valley",
            "caption": "The Vercors, near the camp farm, in the mid-1960s.",
            "credit": "Moulin family collection",
        },
    },
    "le-premier-cours-de-programmation": {
        "slug": "the-first-programming-course",
        "title": "The first programming course",
        "teaser": "A twenty-six-year-old assistant lecturer teaches eight of the company’s engineers to program. By the second day, he has worked out who is going to teach what to whom.",
        "place": "Grenoble, university",
        "pull_quote": "A program is wiring you can rub out. That’s what makes it dangerous, and wonderful.",
        "body": [
            (
                "paragraph",
                "<p>In 1967 I was an assistant lecturer at the University of Grenoble, I was twenty-six, and Maison Ferrandier asked me to teach eight of its engineers to program. They were all older than me, some of them by twenty years. They came from electronics, from mechanical engineering, from punched-card data processing. To them a computer was a machine; it was my job to explain that it was also a language.</p>",
            ),
            (
                "paragraph",
                "<p>On the first day, one of the engineers, Simone Arnaud, asked me why the programs couldn’t simply be wired, as they were on the tabulators. I gave an answer that was learned and wrong. The next day she came back with a three-page diagram showing precisely why my answer was wrong, and what the right one was. I understood then who was going to teach what to whom.</p>",
            ),
            (
                "quote",
                {
                    "text": "A program is wiring you can rub out. That’s what makes it dangerous, and wonderful.",
                    "attribution": "Simone Arnaud, 1967",
                },
            ),
            (
                "paragraph",
                "<p>That course was the start of a twenty-year collaboration between the university and the company. And of a friendship, which is still going strong.</p>",
            ),
        ],
        "image": {
            "alt": "Sepia-toned photograph: a computer room with tall magnetic-tape cabinets and a console of indicator lights",
            "caption": "The university machine room where the classes were held, 1967.",
            "credit": "Personal collection of Pierre-Antoine Faure",
        },
    },
}
