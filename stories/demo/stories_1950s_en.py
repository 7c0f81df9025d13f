"""English versions of the 1950s demo stories: punched cards, the first woman engineer, camps.

Keyed by the French slug of ``stories_1950s``; each entry holds the translated fields only.
"""

# Each paragraph stays on one line: prose is easier to edit and review unwrapped.
# ruff: noqa: E501

STORIES_1950S_EN: dict[str, dict] = {
    "la-premiere-femme-ingenieure": {
        "slug": "the-first-woman-engineer",
        "title": "The first woman engineer",
        "teaser": "September 1957: twenty-six men in the design office, one young electronics "
        "engineer, and no ladies’ toilets on the floor.",
        "place": "Lyon, Vaise design office",
        "pull_quote": "Two weeks later, the prototype burned out exactly as I had predicted.",
        "body": [
            (
                "paragraph",
                "<p>On 2 September 1957 I walked into the design office with my electronics engineering degree and a brand-new suit. There were twenty-six draughtsmen and engineers, all men, and just one question on everyone’s lips: where was she going to wash her hands? There were no ladies’ toilets on that floor. For six months I went down two flights of stairs, to the punch-card room.</p>",
            ),
            (
                "paragraph",
                "<p>On my first day, the head of department gave me the drawings to file. On the second day, too. On the third, I found a mistake in a power-supply diagram for the new tabulator and pointed it out, politely. Nobody answered. Two weeks later, the prototype burned out exactly as I had predicted. The next day, the head of department put a file on my desk without a word. It was a real file.</p>",
            ),
            (
                "quote",
                {
                    "text": "Mademoiselle Arnaud, you were right. Don’t tell anyone, and redo this circuit for me.",
                    "attribution": "The head of the design office, 1957",
                },
            ),
            (
                "paragraph",
                "<p>I ended up running the department. When I left in 1994, the design office had eleven women engineers. And toilets on every floor.</p>",
            ),
        ],
        "image": {
            "alt": "Sepia-toned photograph: head-and-shoulders portrait of a young woman against "
            "a studio backdrop",
            "caption": "Simone Arnaud in 1957, the year she joined the design office.",
            "credit": "Simone Arnaud’s personal collection",
        },
    },
    "mon-premier-jour-de-regleur": {
        "slug": "my-first-day-as-a-setter",
        "title": "My first day as a setter",
        "teaser": "Sixteen years old, the third Bellanger in the workshop, and an old setter "
        "called the Doctor who listened to machines with his ear against the frame.",
        "place": "Lyon, Vaise workshop",
        "pull_quote": "A machine talks all the time. A setter’s job is to keep quiet long "
        "enough to hear it.",
        "body": [
            (
                "paragraph",
                "<p>On 3 March 1952, aged sixteen, it was my turn to walk into the Vaise workshop, where my father and grandfather had worked before me. I was put on machine setting, under an old setter everyone called “the Doctor”, because he listened to the machines’ insides by pressing his ear against the frame.</p>",
            ),
            (
                "paragraph",
                "<p>He had me listen to a lathe for an hour, doing nothing else. Then a second one. Then he loosened a nut on the third, without telling me, and asked me what was wrong. I heard nothing. He tightened the nut, loosened it again, and so on all morning, until at last I heard the little click, barely a whisper, in the middle of all that din.</p>",
            ),
            (
                "quote",
                {
                    "text": "A machine talks all the time. A setter’s job is to keep quiet long enough to hear it.",
                    "attribution": "“The Doctor”, setter at Vaise",
                },
            ),
            (
                "paragraph",
                "<p>At noon he took me to the canteen. Germaine, on the till, looked at me and said: “Another Bellanger.” She gave me an extra token, “to grow on”.</p>",
            ),
        ],
        "image": {
            "alt": "Sepia-toned photograph: rows of machine tools under a glass roof, a few "
            "workers at their stations",
            "caption": "The Vaise setting shop in the early 1950s.",
            "credit": "Ferrandier Archives",
        },
    },
    "quarante-perforatrices": {
        "slug": "forty-card-punches",
        "title": "Forty card punches",
        "teaser": "Forty machines, forty women and the sound of sewing machines playing the "
        "drums: the punch-card room in the early 1950s.",
        "place": "Lyon, Vaise punch-card room",
        "pull_quote": "Imagine forty sewing machines playing the drums.",
        "body": [
            (
                "paragraph",
                "<p>In the early 1950s, the punch-card room took up the whole first floor of the new building: forty card punches, forty women, and a noise I have never heard anywhere since. Imagine forty sewing machines playing the drums. Visitors put their hands over their ears; as for us, after a week we didn’t hear a thing.</p>",
            ),
            (
                "paragraph",
                "<p>We worked to a rate, so many cards an hour, chalked up on a blackboard every evening. Some of the girls raced each other. I was quick, but I chattered, so the supervisor put me between two Italian girls who didn’t speak French yet. Six months later I spoke Italian, and they spoke Lyonnais.</p>",
            ),
            (
                "quote",
                {
                    "text": "When your machine slows down, Odette, it means something’s upsetting you. Tell me.",
                    "attribution": "Lucia, who sat at the next punch",
                },
            ),
            (
                "paragraph",
                "<p>It was hard, repetitive and badly paid. But I never had so many friends as I did on that first floor. Those of us who are left still meet on the first Thursday of every month.</p>",
            ),
        ],
        "image": {
            "alt": "Sepia-toned photograph: a large room lit by windows, women clerks seated "
            "in rows at their machines",
            "caption": "The punch-card room, first floor of the new building, around 1953.",
            "credit": "Ferrandier Archives",
        },
    },
    "la-secretaire-et-le-dictaphone": {
        "slug": "the-secretary-and-the-dictaphone",
        "title": "The secretary and the Dictaphone",
        "teaser": "The managing director comes back from a trade show with a cylinder "
        "Dictaphone. It lasts three weeks and leaves behind three minutes of whistling.",
        "place": "Lyon, Vaise head office",
        "pull_quote": "This contraption doesn’t understand me the way you do.",
        "body": [
            (
                "paragraph",
                "<p>I joined the managing director’s office in 1955, at nineteen, because I could take shorthand at a hundred and twenty words a minute. Monsieur Lucien Ferrandier dictated fast, pacing up and down, and changed his mind halfway through sentences. A few months later he came back from a trade show in Paris with a cylinder Dictaphone, terribly pleased with himself, and announced that I wouldn’t need to take shorthand any more.</p>",
            ),
            (
                "paragraph",
                "<p>The Dictaphone lasted three weeks. Monsieur Ferrandier forgot to press the button, or dictated with his mouth full, or spoke so close to the microphone that every letter began with a great gust of breath. One morning I found on a cylinder ten minutes of dictation followed by three minutes of whistling: he had forgotten to switch the thing off when he went to lunch.</p>",
            ),
            (
                "quote",
                {
                    "text": "Mademoiselle, pick up your pencil again. This contraption doesn’t understand me the way you do.",
                    "attribution": "Lucien Ferrandier, 1955",
                },
            ),
            (
                "paragraph",
                "<p>I kept the whistling cylinder. It was “La Madelon”, out of tune from start to finish.</p>",
            ),
        ],
        "image": {
            "alt": "Sepia-toned photograph: an office with tall windows, rows of desks with "
            "typewriters",
            "caption": "The managing director’s office in the mid-1950s.",
            "credit": "Ferrandier Archives",
        },
    },
    "la-tournee-des-caisses-enregistreuses": {
        "slug": "on-the-road-with-the-cash-registers",
        "title": "On the road with the cash registers",
        "teaser": "A Breton, a company car and twenty-two kilos of demonstration till on the "
        "roads of the Drôme and the Ardèche.",
        "place": "Drôme and Ardèche",
        "pull_quote": "In village grocers’ you didn’t sell a till to the owner: you sold it to "
        "his wife, who kept the books, and to his mother-in-law, who decided everything.",
        "body": [
            (
                "paragraph",
                "<p>On my first day as a sales rep, in October 1958, they gave me a company car, a book of order forms and a twenty-two-kilo demonstration cash register that took up the whole back seat. My patch: the Drôme and the Ardèche. I didn’t know either of them, and I spoke with a Quimper accent that nobody could understand.</p>",
            ),
            (
                "paragraph",
                "<p>I learned fast. In village grocers’ you didn’t sell a till to the owner: you sold it to his wife, who kept the books, and to his mother-in-law, who decided everything. You had to drink the coffee, sometimes a nip of the local eau-de-vie, admire the children, ask after the cousin. The demonstration came afterwards, and the order a long while after that, often on the third visit.</p>",
            ),
            (
                "quote",
                {
                    "text": "Son, you’ll make a sale the day you know the dog’s name.",
                    "attribution": "A grocer in Nyons, my first real sales teacher",
                },
            ),
            (
                "paragraph",
                "<p>In the end I knew the name of every dog in the Drôme. And in the good years I sold one till for every working day.</p>",
            ),
        ],
        "image": {
            "alt": "Sepia-toned photograph: a small-town street lined with houses, a car "
            "parked along the pavement",
            "caption": "A street in the Drôme, on Yannick Le Goff’s round, late 1950s.",
            "credit": "Yannick Le Goff’s personal collection",
        },
    },
    "les-comptes-a-la-plume": {
        "slug": "books-kept-in-pen-and-ink",
        "title": "Books kept in pen and ink",
        "teaser": "The company built tabulators for the whole of France, but its own accounts "
        "were still kept by hand. The shoemaker’s children went barefoot.",
        "place": "Lyon, Vaise accounts department",
        "pull_quote": "He used to say they calculated right but thought wrong.",
        "body": [
            (
                "paragraph",
                "<p>When I joined the accounts department in 1958, the company was building tabulators for the whole of France, yet its own accounts were still kept in pen and ink, in big ledgers bound in green cloth. The shoemaker’s children go barefoot, as they say. The chief accountant, Monsieur Roux, didn’t trust machines; he used to say they calculated right but thought wrong.</p>",
            ),
            (
                "paragraph",
                "<p>There were six of us, in black oversleeves, copying out columns of figures. We added them up in our heads, then checked them on the calculating machine, an old 1922 A1 that still worked. If the two totals differed, we did it again in our heads. The machine was nearly always right, but Monsieur Roux was attached to the ritual.</p>",
            ),
            (
                "quote",
                {
                    "text": "The machine tells you the total. It doesn’t tell you why it’s wrong.",
                    "attribution": "Monsieur Roux, chief accountant",
                },
            ),
            (
                "paragraph",
                "<p>In 1959 the management made us move the payroll onto the tabulator. Monsieur Roux retired that same year. On his last day he gave me his pen and told me to keep it for the day the machines broke down. They broke down often; I never once used the pen.</p>",
            ),
        ],
        "image": None,
    },
    "ma-premiere-colonie": {
        "slug": "my-first-summer-camp",
        "title": "My first summer camp",
        "teaser": "July 1951: thirty-eight workers’ children on a coach that smells of diesel "
        "and saucisson, heading for a farm in the Vercors.",
        "place": "Vercors",
        "pull_quote": "Mum, there are mountains everywhere here, even behind the mountains.",
        "body": [
            (
                "paragraph",
                "<p>In July 1951 I was ten, and I went off with the works council’s very first summer camp, to an old farmhouse in the Vercors rented for the summer. There were thirty-eight of us, children of factory hands and office staff, on a coach that smelled of diesel and saucisson. Half of us had never been out of Lyon. Some had never seen a cow.</p>",
            ),
            (
                "paragraph",
                "<p>There were camp leaders, young people from the factory who had used their holidays to look after us, and a cook who made enormous gratins. We slept on straw the first week because the beds hadn’t arrived. We walked, we sang, we picked bilberries, and we wrote letters home that were nothing but spelling mistakes and bilberry stains.</p>",
            ),
            (
                "quote",
                {
                    "text": "Mum, there are mountains everywhere here, even behind the mountains.",
                    "attribution": "My first letter home from camp, July 1951",
                },
            ),
            (
                "paragraph",
                "<p>My mother kept that letter all her life, with her 1936 photo by the lake. I think she was glad I got to see the mountains twelve years younger than she had.</p>",
            ),
        ],
        "image": {
            "alt": "Sepia-toned photograph: snowy mountain ridges above hills and a valley",
            "caption": "The Vercors seen from the summer camp, summer 1951.",
            "credit": "Marchand family collection",
        },
    },
    "la-tabulatrice-qui-chantait": {
        "slug": "the-singing-tabulator",
        "title": "The singing tabulator",
        "teaser": "At a cloth wholesaler’s, a tabulator gave out a musical note at the end of "
        "each cycle. The day it went quiet, the clerks called for help.",
        "place": "Lyon, Presqu’île",
        "pull_quote": "I spent an hour bending the new spring so that it would ring like the "
        "old one.",
        "body": [
            (
                "paragraph",
                "<p>In the 1950s I moved from the lathe to servicing tabulators. I went out to customers — banks, family allowance offices, department stores — with a toolcase and an oil can. A tabulator was thousands of moving parts, and every one of them had its own way of complaining.</p>",
            ),
            (
                "paragraph",
                "<p>There was one, at a cloth wholesaler’s on the Presqu’île, that made a particular sound at the end of each cycle, like a musical note. The women in the office called it “the singer”. The day it went quiet, they rang me in a panic. I found a broken spring in the printing mechanism: that was what had been singing. I replaced it with a new one; the machine started up again, but it had lost its voice.</p>",
            ),
            (
                "quote",
                {
                    "text": "Fix it, but give her back her voice. We work better with music.",
                    "attribution": "The wholesaler’s head bookkeeper",
                },
            ),
            (
                "paragraph",
                "<p>I spent an hour bending the new spring so that it would ring like the old one. That wasn’t in the manual. But the singer sang again, and the head bookkeeper gave me a length of fabric that my wife made into a dress.</p>",
            ),
        ],
        "image": {
            "alt": "Sepia-toned photograph: tall punched-card machine cabinets with their "
            "control panels, lined up in a room",
            "caption": "A customer’s tabulator room, 1950s.",
            "credit": "Ferrandier Archives",
        },
    },
    "la-caisse-electrique": {
        "slug": "the-electric-till",
        "title": "The electric till",
        "teaser": "My father buys a cream-and-chrome electric till. My grandfather refuses to "
        "touch it: for a year, the ironmonger’s has two tills.",
        "place": "Lyon, la Croix-Rousse",
        "pull_quote": "So for a whole year, there were two tills in the ironmonger’s.",
        "body": [
            (
                "paragraph",
                "<p>I was seven, around 1956, when my father replaced my grandfather’s old till with a Ferrandier electric cash register. It was cream and chrome, with keys that sank down on their own with a little sucking sound, and a drawer that shot out like a jack-in-the-box. My grandfather, who was seventy by then, refused to use it.</p>",
            ),
            (
                "paragraph",
                "<p>So for a whole year, there were two tills in the ironmonger’s. The new one on the counter, for my father. The old one at the back, on the workbench, for my grandfather, who rang up his own customers on it — the old folk of the neighbourhood, who also preferred the bell. In the evening the two had to be added together, and the figures never came out right.</p>",
            ),
            (
                "quote",
                {
                    "text": "That electric machine of yours doesn’t ring. How are people supposed to know we’re working?",
                    "attribution": "Léon Brunet, my grandfather",
                },
            ),
            (
                "paragraph",
                "<p>A rep from the company came round, listened to the whole story with a smile, and promised to mention it to the design office. The next model had a little bell. I’ll never know whether that was down to us.</p>",
            ),
        ],
        "image": {
            "alt": "Sepia-toned photograph: a cash register with its keyboard and drawer, "
            "standing on a shop counter",
            "caption": "An electric till from the mid-1950s.",
            "credit": "Brunet family collection",
        },
    },
    "le-match-contre-les-cheminots": {
        "slug": "the-match-against-the-railwaymen",
        "title": "The match against the railwaymen",
        "teaser": "The 1954 works league final. My father, at left back, hands me his glasses at "
        "half-time and scores the only goal of his career.",
        "place": "Lyon, Saint-Rambert",
        "pull_quote": "Nobody ever found out whether he had actually seen the ball.",
        "body": [
            (
                "paragraph",
                "<p>I was ten in 1954, and my father played left back for the company team. That year the team reached the final of the Rhône works league, against the railwaymen from the Vaise depot. The whole neighbourhood turned out at the Saint-Rambert ground — the workers with their children, the managers in their hats, and even Lucien Ferrandier, who understood nothing about football.</p>",
            ),
            (
                "paragraph",
                "<p>At half-time we were 2–0 down. My father came over to the touchline, muddy up to his ears, and handed me his glasses, which out of vanity he never wore during matches. In the second half he scored the only goal of his career, a header from a corner. Nobody ever found out whether he had actually seen the ball.</p>",
            ),
            (
                "quote",
                {
                    "text": "I didn’t see a thing. I felt it coming, and I shut my eyes.",
                    "attribution": "René Perrin, my father, after the match",
                },
            ),
            (
                "paragraph",
                "<p>We lost 3–1. But that evening, in the canteen, the goal was celebrated like a victory. Twelve years later, I was the one wearing the shirt.</p>",
            ),
        ],
        "image": {
            "alt": "Sepia-toned photograph: a football team posing in two rows in front of a wall",
            "caption": "The company team at the works league final, 1954.",
            "credit": "Perrin family collection",
        },
    },
}
