"""English versions of the 1930s demo stories: the crisis, the canteen, June 1936, paid holidays.

Keyed by the French slug of ``stories_1930s``; each entry holds the translated fields only.
"""

# Each paragraph stays on one line: prose is easier to edit and review unwrapped.
# ruff: noqa: E501

STORIES_1930S_EN: dict[str, dict] = {
    "les-caisses-qui-ne-se-vendaient-plus": {
        "slug": "the-tills-nobody-would-buy",
        "title": "The tills nobody would buy",
        "teaser": "In 1932 orders fall by two thirds. The founder is advised to lay off half the "
        "workforce. He chooses another way.",
        "place": "Lyon, Vaise factory",
        "pull_quote": "I would rather have a hundred and ten people eating a little less than "
        "fifty-five who have nothing to eat at all.",
        "body": [
            (
                "paragraph",
                "<p>The crash of 1929 reached Lyon late, but it did reach it. By 1932 orders for cash registers had fallen by two thirds: shopkeepers had stopped buying anything, and some were even handing their machines back because they couldn’t keep up the instalments. The works then employed a hundred and ten people.</p>",
            ),
            (
                "paragraph",
                "<p>The board minutes show that Auguste was advised to lay off half the staff. He refused. Instead, everyone went on to a four-day week, himself included, and he cut his own salary by half. The workers spent the fifth day repairing local shopkeepers’ tills free of charge, which earned the company a loyalty no advertising could have bought.</p>",
            ),
            (
                "quote",
                {
                    "text": "I would rather have a hundred and ten people eating a little less than fifty-five who have nothing to eat at all.",
                    "attribution": "Auguste Ferrandier, board minutes, February 1932",
                },
            ),
            (
                "paragraph",
                "<p>It wasn’t all rosy: the archives also hold bitter letters from families who could no longer pay their rent. But in 1935, when the orders came back, not one person had been let go.</p>",
            ),
        ],
        "image": {
            "alt": "Black-and-white photograph: a factory with saw-tooth roofs and chimneys "
            "under a pale sky",
            "caption": "The Vaise factory in the early 1930s.",
            "credit": "Ferrandier Archives",
        },
    },
    "les-premiers-conges-payes-de-ma-mere": {
        "slug": "my-mothers-first-paid-holiday",
        "title": "My mother’s first paid holiday",
        "teaser": "August 1936: twelve days’ paid holiday, five factory girls, two bicycles and "
        "a saucepan. My mother discovers the mountains.",
        "place": "Savoie",
        "pull_quote": "I was twenty-two, and I was finding out that you could be paid to look at "
        "the mountains.",
        "body": [
            (
                "paragraph",
                "<p>In August 1936 my mother, Germaine, was twenty-two and had been on the canteen till for two years. For the first time in her life she had twelve days of paid holiday. Twelve days! She had no idea what to do with them. It was the girls from the assembly shop who decided for her: they would go to the mountains, to Savoie, on the new cut-price holiday rail ticket.</p>",
            ),
            (
                "paragraph",
                "<p>There were five of them, with two bicycles between them, a tent borrowed from somebody’s brother and one saucepan. They slept in a barn near Aix-les-Bains, swam in the lake in their slips, and walked up to a mountain pasture where a shepherd gave them milk that was still warm. My mother had never seen a mountain up close.</p>",
            ),
            (
                "quote",
                {
                    "text": "I was twenty-two, and I was finding out that you could be paid to look at the mountains.",
                    "attribution": "Germaine Marchand, my mother",
                },
            ),
            (
                "paragraph",
                "<p>She kept the photo from that trip all her life: five girls in shorts, laughing because the camera’s self-timer wouldn’t work. Every summer, right up to the age of ninety, she would say on the first day of her holidays: “Thank you, ’36.”</p>",
            ),
        ],
        "image": {
            "alt": "Black-and-white photograph: snow-capped mountains behind hills and a valley",
            "caption": "The company’s women workers on their trip to Savoie, August 1936.",
            "credit": "Marchand family collection",
        },
    },
    "juin-36-l-accordeon-dans-l-atelier": {
        "slug": "june-36-an-accordion-in-the-workshop",
        "title": "June ’36: an accordion in the workshop",
        "teaser": "For ten days the workshop is occupied. Not wrecked — occupied. The machines "
        "are oiled in the morning, and people dance between the lathes at night.",
        "place": "Lyon, Vaise factory",
        "pull_quote": "Not wrecked — occupied: he always insisted on that word.",
        "body": [
            (
                "paragraph",
                "<p>My grandfather Firmin took part in the strike of June 1936, like nearly everyone in Vaise. For ten days the workshop was occupied. Not wrecked — occupied: he always insisted on that word. The machines were oiled every morning, the floor was swept, and a guard was kept on the tool store so that nothing went missing.</p>",
            ),
            (
                "paragraph",
                "<p>In the evenings they pushed the workbenches aside and danced. A milling-machine operator played the accordion, the women brought food, and the children ran about between the idle lathes. Auguste Ferrandier came in every day to talk to the shop stewards. He didn’t agree with all of it, but he signed the agreement as soon as the law was passed, and stayed on for a drink with the strikers.</p>",
            ),
            (
                "quote",
                {
                    "text": "We were defending our machines as much as our rights. It was our workshop too.",
                    "attribution": "Firmin Bellanger, my grandfather",
                },
            ),
            (
                "paragraph",
                "<p>My grandfather brought two things home from that strike: the forty-hour week, and a love of the accordion. He’s the one who taught me to play. I still play, and whenever I play “Le Temps des cerises”, I think of the occupied workshop.</p>",
            ),
        ],
        "image": {
            "alt": "Black-and-white photograph: a group of men and women workers posing in two "
            "rows in front of a workshop wall",
            "caption": "The Vaise strikers pose outside the occupied workshop, June 1936.",
            "credit": "Bellanger family collection",
        },
    },
    "la-cantine-ouvre-ses-portes": {
        "slug": "the-canteen-opens-its-doors",
        "title": "The canteen opens its doors",
        "teaser": "An old timber store, brass tokens, a menu chalked on a slate, and a boss who "
        "eats at the same table as everyone else.",
        "place": "Lyon, Vaise factory",
        "pull_quote": "My mother used to say you learned more about the factory at the canteen "
        "till than in the personnel office.",
        "body": [
            (
                "paragraph",
                "<p>The canteen opened around 1934, in an old timber store at the far end of the yard. Before that, everyone ate from their mess tin at their bench, or went to the café across the road if they could afford it. My mother was taken on to run the till: meals cost next to nothing, but you paid with brass tokens that had to be bought on Monday.</p>",
            ),
            (
                "paragraph",
                "<p>The menu fitted on a slate: a soup, a main course, cheese or fruit. Thursday was cardoon gratin, which nobody liked except the boss — and he ate with everyone else, at the same table, off the same white earthenware plates. My mother used to say you learned more about the factory at the canteen till than in the personnel office.</p>",
            ),
            (
                "quote",
                {
                    "text": "From the till I could see who was hungry, who was in debt, who was in love. I never said a word, but I knew.",
                    "attribution": "Germaine Marchand, my mother",
                },
            ),
            (
                "paragraph",
                "<p>The brass tokens stayed in use until 1962. I kept one, with a hole through it, which I sometimes wear as a pendant.</p>",
            ),
        ],
        "image": {
            "alt": "Black-and-white photograph: a small group of people posing in two rows in "
            "front of a wall",
            "caption": "The canteen team in the mid-1930s.",
            "credit": "Marchand family collection",
        },
    },
    "la-caisse-modele-37": {
        "slug": "the-model-37-cash-register",
        "title": "The Model 37 cash register",
        "teaser": "The company’s first till to print a receipt. Inside the casing, three sets of "
        "initials engraved where nobody was ever meant to see them.",
        "place": "Lyon, Vaise factory",
        "pull_quote": "The final printing mechanism bears the initials of three workers, "
        "engraved inside the casing, where no customer would ever see them.",
        "body": [
            (
                "paragraph",
                "<p>Of all the technical files I sorted after I retired, there is one I read three times: the file on the Model 37 cash register. It was the company’s first till to print a receipt for the customer. A small revolution: the shopkeeper could prove what he had taken, and the customer could check what they had paid.</p>",
            ),
            (
                "paragraph",
                "<p>The file holds all the correspondence between the design office and the shop floor. You see the engineers put forward an idea, the setters reply that it can’t be done, and then those same setters come up with a simpler solution than the engineers’. The final printing mechanism bears the initials of three workers, engraved inside the casing, where no customer would ever see them.</p>",
            ),
            (
                "quote",
                {
                    "text": "The engineers drew the machine. The setters made it possible.",
                    "attribution": "Anonymous handwritten note in the Model 37 technical file",
                },
            ),
            (
                "paragraph",
                "<p>I opened the casing of a Model 37 kept in the museum. The initials are there: F. B., E. M., R. T. I think I recognise Firmin Bellanger and Eugène Moulin. The third one, I’m still looking for.</p>",
            ),
        ],
        "image": {
            "alt": "Black-and-white photograph: a mechanical cash register with its keyboard "
            "and drawer, standing on a table",
            "caption": "A Model 37 till in the Vaise museum.",
            "credit": "Ferrandier Archives",
        },
    },
    "le-club-de-football-nait-dans-la-cour": {
        "slug": "the-football-club-is-born-in-the-yard",
        "title": "The football club is born in the yard",
        "teaser": "Twenty-three signatures, goalposts built square in the workshop and a 7–1 "
        "defeat in the first match. The minutes call it an encouraging result.",
        "place": "Lyon, Vaise",
        "pull_quote": "The first match ended in a 7–1 defeat by the gasworks team.",
        "body": [
            (
                "paragraph",
                "<p>I captained the team for twelve seasons, but I had no idea where it came from until 1998, when I came across the founding minutes in a box belonging to the works council. The Association sportive Ferrandier was founded on 14 May 1933, in the workshop yard, by twenty-three signatories — one of them a woman, the secretary, who was also the only one who could type.</p>",
            ),
            (
                "paragraph",
                "<p>The first pitch was a meadow rented from a market gardener in Saint-Rambert, with wooden goalposts made in the workshop — perfectly square, naturally. The shirts were blue, cut from blue overalls. The first match ended in a 7–1 defeat by the gasworks team. The minutes record, soberly:</p>",
            ),
            (
                "quote",
                {"text": "An encouraging result.", "attribution": "Minutes of 21 May 1933"},
            ),
            (
                "paragraph",
                "<p>I had those minutes framed and hung in the changing room. Every time we took a hiding, someone would point at them and everyone would laugh. It was our motto, in a way.</p>",
            ),
        ],
        "image": {
            "alt": "Black-and-white photograph: a team posing in two rows in front of a wall",
            "caption": "The Association sportive Ferrandier in its first season, 1933.",
            "credit": "Ferrandier Archives",
        },
    },
    "le-depanneur-de-minuit": {
        "slug": "the-midnight-repairman",
        "title": "The midnight repairman",
        "teaser": "One 23 December, the ironmonger’s till jams with the whole day’s takings "
        "inside. At eleven at night, someone knocks on the shop window.",
        "place": "Lyon, la Croix-Rousse",
        "pull_quote": "He took the till apart on the counter by the light of an oil lamp, "
        "whistling as he worked.",
        "body": [
            (
                "paragraph",
                "<p>This is a story my father told every year on Christmas Eve. One 23 December in the 1930s, the till in the ironmonger’s shop jammed in the middle of the afternoon, drawer shut, with the whole day’s takings inside. My grandfather telephoned Vaise from the café next door, without much hope.</p>",
            ),
            (
                "paragraph",
                "<p>At eleven that night, a man knocked on the shop window. It was a setter from Ferrandier, who had walked all the way from Vaise with his tool bag because the trams had stopped running. He took the till apart on the counter by the light of an oil lamp, whistling as he worked. At one in the morning, the bell rang out. He wouldn’t take any money; he accepted a glass of mulled wine and a box of nails for his brother-in-law.</p>",
            ),
            (
                "quote",
                {
                    "text": "A till that won’t open on Christmas Eve means a family that won’t have Christmas.",
                    "attribution": "The setter, as told by Raymond Brunet, my father",
                },
            ),
            (
                "paragraph",
                "<p>We never found out his name. My grandfather called him “the midnight repairman”. When I told this story to Louis Vernet, he went through the registers. He thinks it was someone called Firmin.</p>",
            ),
        ],
        "image": None,
    },
    "mon-pere-prend-la-releve": {
        "slug": "my-father-takes-over",
        "title": "My father takes over",
        "teaser": "In 1938 Auguste Ferrandier hands the company over to his son Lucien. The next "
        "day, he takes up a place at a workbench, in a grey work coat.",
        "place": "Lyon, Vaise factory",
        "pull_quote": "You’re the boss now. Me, I’m a mechanic. It’s what I always wanted to be.",
        "body": [
            (
                "paragraph",
                "<p>My father, Lucien, took over the company in 1938, at twenty-six. My grandfather Auguste was fifty-six and had a bad cough. He did what few founders know how to do: he stepped aside. On the day of the handover he cleared his office, put his things in a crate, and went and set himself up… at a workbench in the workshop.</p>",
            ),
            (
                "paragraph",
                "<p>For years he came in every morning, in a grey work coat, to repair customers’ cash registers and give the apprentices advice. From his office, my father could see him through the window. He said it was the most intimidating thing imaginable: running a company under the eyes of its founder, who never offered an opinion unless he was asked for one.</p>",
            ),
            (
                "quote",
                {
                    "text": "You’re the boss now. Me, I’m a mechanic. It’s what I always wanted to be.",
                    "attribution": "Auguste Ferrandier to his son, 1938",
                },
            ),
            (
                "paragraph",
                "<p>My father had no time to get used to it: a year later, the war came. But he used to say that without the man in the grey coat at the back bench, he would never have held on.</p>",
            ),
        ],
        "image": {
            "alt": "Black-and-white photograph: head-and-shoulders portrait of a man against a "
            "plain studio backdrop",
            "caption": "Lucien Ferrandier in 1938, the year he took over the company.",
            "credit": "Ferrandier family collection",
        },
    },
    "le-stand-de-la-foire": {
        "slug": "the-stand-at-the-fair",
        "title": "The stand at the fair",
        "teaser": "A notebook kept on the stand at the Lyon fair tallies the visitors in strokes "
        "and notes down their questions. The first: can it make a mistake?",
        "place": "Lyon, trade fair",
        "pull_quote": "People didn’t only come to buy, they came to watch a machine think.",
        "body": [
            (
                "paragraph",
                "<p>In a shoebox labelled “Fair”, I found some twenty photographs and a little notebook recording the company’s stand at the great Lyon trade fair, around 1935. The stand measured six metres by four. It showed three cash registers, two calculating machines and, in the middle, a machine cut in half to show the mechanism.</p>",
            ),
            (
                "paragraph",
                "<p>The notebook was kept by a young clerk who counted the visitors in tally marks, in bundles of five. The first day: two hundred and twelve. The last: eight hundred and forty. He also noted down the questions people asked most. By far the most common: “Can it make a mistake?” The second: “Can I pay for it in instalments?”</p>",
            ),
            (
                "quote",
                {
                    "text": "A lady asked whether the machine could also work out what her husband spent at the café. I had to tell her that, alas, it could not.",
                    "attribution": "Stand notebook, anonymous",
                },
            ),
            (
                "paragraph",
                "<p>That notebook taught me something the sales figures don’t tell you: people didn’t only come to buy, they came to watch a machine think. It was a show.</p>",
            ),
        ],
        "image": {
            "alt": "Black-and-white photograph: a stand decorated with bunting, visitors in "
            "front of a long table",
            "caption": "The company’s stand at the Lyon fair, around 1935.",
            "credit": "Ferrandier Archives",
        },
    },
}
