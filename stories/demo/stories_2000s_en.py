"""English versions of the demo stories of the 2000s (``stories_2000s``), keyed by French slug.

Each entry holds the English slug, title, teaser, place, pull quote, body (same blocks, in the
same order, as the French story) and image texts; everything else comes from the French story.
"""

# Each paragraph stays on one line: prose is easier to edit and review unwrapped.
# ruff: noqa: E501

STORIES_2000S_EN: dict[str, dict] = {
    "du-materiel-au-logiciel": {
        "slug": "from-hardware-to-software",
        "title": "From hardware to software",
        "teaser": "In 2002, the company decides to stop making machines. Convincing the board isn’t the hard part — explaining it to the workshops is.",
        "place": "Grenoble factory",
        "pull_quote": "The company’s real trade had never been making objects. It was making computing useful to people.",
        "body": [
            (
                "paragraph",
                "<p>In 2002, I put before the board the plan that would turn us into a software company. We were still building terminals, readers and servers in Grenoble, but every year we lost money on the hardware and made it on the programs and services. The figures were clear. The hard part lay elsewhere: we had to tell people who had always made things that their trade was about to change.</p>",
            ),
            (
                "paragraph",
                "<p>I went round the Grenoble workshops one by one to explain it myself. In the assembly shop, a technician asked me what his hands were supposed to do if we weren’t making anything any more. I had no ready-made answer. I told him the truth: that I didn’t know yet, but that nobody would be left by the wayside without us having tried everything first.</p>",
            ),
            (
                "quote",
                {
                    "text": "Mr Lambert, we’ve made shell fuses, cash registers, tabulators and computers. We can certainly make software.",
                    "attribution": "A technician from the assembly shop, Grenoble, 2002",
                },
            ),
            (
                "paragraph",
                "<p>He became a tester, then head of software quality. Watching him, I understood that the company’s real trade had never been making objects. It was making computing useful to people.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: a bright office with wide windows and workstations fitted with screens",
            "caption": "The Grenoble offices in 2002.",
            "credit": "Ferrandier Archives",
        },
    },
    "la-salle-serveurs-et-le-lit-de-camp": {
        "slug": "the-server-room-and-the-camp-bed",
        "title": "The server room and the camp bed",
        "teaser": "Three hundred servers, temperamental air conditioning and, behind the last rack, a camp bed that nobody ever explained to me.",
        "place": "Grenoble, server room",
        "pull_quote": "If you’re reading this, things are bad. Breathe, make yourself a coffee, and follow the steps in order. It’ll work.",
        "body": [
            (
                "paragraph",
                "<p>I joined in 2004 as a systems administrator in Grenoble, and I was handed the server room: three hundred machines in metal racks, kilometres of cabling, temperamental air conditioning and little lights blinking day and night. In one corner, behind the last rack, there was a camp bed. Nobody told me why. I worked it out within a month.</p>",
            ),
            (
                "paragraph",
                "<p>The first big failure came on a Sunday evening: a faulty disk on the server that hosted our clients’ applications. I spent the night rebuilding the data, following a procedure handwritten by Nadia Haddad, who had done the job before me. At five in the morning, everything was back up. I slept for two hours on the camp bed.</p>",
            ),
            (
                "quote",
                {
                    "text": "If you’re reading this, things are bad. Breathe, make yourself a coffee, and follow the steps in order. It’ll work.",
                    "attribution": "The first line of Nadia Haddad’s procedure",
                },
            ),
            (
                "paragraph",
                "<p>When we moved our last servers to the cloud in 2021, I took the camp bed down myself. It’s in my garage. I don’t know what to do with it, but I can’t bring myself to throw it out.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: rows of server racks dotted with tiny glowing lights",
            "caption": "The Grenoble server room in the mid-2000s.",
            "credit": "Ferrandier Archives",
        },
    },
    "recrutee-en-pleine-crise": {
        "slug": "hired-as-the-crisis-hit",
        "title": "Hired as the crisis hit",
        "teaser": "September 2008: I sign my contract as a recruitment officer. Two weeks later, the world is plunged into crisis. The company remembers 1932.",
        "place": "Lyon, Vaise",
        "pull_quote": "In 1932, we kept everyone on. We’re not going to do any worse now we’ve got computers.",
        "body": [
            (
                "paragraph",
                "<p>I signed my contract as a recruitment officer on 2 September 2008. Two weeks later, a big American bank went bust and the whole world was plunged into crisis. In my first month, three of my hires were cancelled. In the second, I was asked to prepare a hiring freeze. I wondered whether I would be last in, first out.</p>",
            ),
            (
                "paragraph",
                "<p>What struck me was the way the management steered through that crisis. No redundancy plan. A pay freeze for senior managers, no bonuses for the executive team, and the apprenticeship scheme kept going, against the advice of some of the finance people. The chief executive told a meeting that the company had been through 1932 and had learned something from it.</p>",
            ),
            (
                "quote",
                {
                    "text": "In 1932, we kept everyone on. We’re not going to do any worse now we’ve got computers.",
                    "attribution": "The chief executive, executive committee, October 2008",
                },
            ),
            (
                "paragraph",
                "<p>I spent 2009 recruiting apprentices instead of managers. Several of them lead teams today. I think that’s when I understood why people here call the company “home”.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: a modern office with large windows and workstations with flat screens",
            "caption": "The human resources department at Vaise, 2008.",
            "credit": "Ferrandier Archives",
        },
    },
    "le-premier-projet-agile": {
        "slug": "the-first-agile-project",
        "title": "The first agile project",
        "teaser": "A release every two weeks and a stand-up meeting every morning in front of a board of Post-its. The old hands snigger — until one old hand remembers.",
        "place": "Lyon, Vaise",
        "pull_quote": "On the first morning, a seasoned project manager walked past our board and asked if we were putting up decorations.",
        "body": [
            (
                "paragraph",
                "<p>Around 2006, I talked my boss into trying out a new way of working on a small project. Instead of spending six months writing a specification and then a year developing, we would deliver something every two weeks, and the client would tell us what wasn’t right. Every morning, the team would meet for ten minutes, standing up, in front of a board covered in Post-it notes.</p>",
            ),
            (
                "paragraph",
                "<p>The old hands sniggered. On the first morning, a seasoned project manager walked past our board and asked if we were putting up decorations. Three months in, though, the client was ringing us unprompted to see the latest version, and ours was the only project that year to be delivered on time. The project manager came past the board again, looked at it for a long while, and asked if he could join the next morning’s meeting.</p>",
            ),
            (
                "quote",
                {
                    "text": "Ten minutes, standing up, every morning? That’s just the workshop meeting from 1950, that is. The foreman used to do it in front of the blackboard.",
                    "attribution": "Henri Bellanger, former machine setter, on a visit to Vaise",
                },
            ),
            (
                "paragraph",
                "<p>He was right, of course. Nothing is ever really new. But we had forgotten, and somebody had to remember.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: a team posing in two rows in front of a wall",
            "caption": "The team behind the first agile project, around 2006.",
            "credit": "Private collection of Karim Mansouri",
        },
    },
    "trois-developpeuses-sur-quarante": {
        "slug": "three-women-among-forty-developers",
        "title": "Three women among forty developers",
        "teaser": "The company had a woman engineer as early as 1957, yet by 2001 software development had become a man’s job, without anyone ever deciding it should.",
        "place": "Lyon, Vaise",
        "pull_quote": "I never suffered any great injustice, just a thousand little things.",
        "body": [
            (
                "paragraph",
                "<p>When I joined the development department in 2001, there were three of us women among forty developers. The company had had a woman engineer as early as 1957, card-punch operators, wirers, women heads of department — but in twenty years software development had turned into a man’s job, without anyone really deciding it should.</p>",
            ),
            (
                "paragraph",
                "<p>I never suffered any great injustice, just a thousand little things. Clients who addressed my colleague when I was the one who had written the code. Pizza evenings spent talking about video games I didn’t play. The nickname “the girl”, which stuck until I was thirty-five. And then, one day, a meeting: Simone Arnaud, invited to give an in-house talk, took me aside at the end.</p>",
            ),
            (
                "quote",
                {
                    "text": "Three out of forty? I was on my own out of twenty-six. You see, it’s getting better. Slowly, but it’s getting better. Keep pushing.",
                    "attribution": "Simone Arnaud, 2003",
                },
            ),
            (
                "paragraph",
                "<p>When I left in 2015, there were eleven of us out of sixty. Still not enough. Today I teach computer science at a secondary school, and I have more and more girls in my classes. I tell them about Simone.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: a bright office with rows of workstations and screens",
            "caption": "The Vaise development department in the early 2000s.",
            "credit": "Ferrandier Archives",
        },
    },
    "le-blog-interne": {
        "slug": "the-company-blog",
        "title": "The company blog",
        "teaser": "In 2005, the printed staff magazine becomes a blog. The most commented posts are written by retirees, and a row breaks out over the gratin.",
        "place": "",
        "pull_quote": "The old hands discovered that the young ones had a sense of humour.",
        "body": [
            (
                "paragraph",
                "<p>In 2005, I replaced the printed staff magazine, which had come out every quarter since 1962, with a blog on the intranet. I was afraid the old hands wouldn’t read it. I was wrong: in the first month, the most commented posts were written by retirees, whom we had given access, telling stories of the company as it used to be.</p>",
            ),
            (
                "paragraph",
                "<p>There was Henri Bellanger and his machine-setting stories, Odette Lacroix and her punched cards, Bernard and his gratin recipe, which sparked a hundred-and-forty-comment row between Vaise and Grenoble about the cheese. The young developers discovered that the company had made things other than software. The old hands discovered that the young ones had a sense of humour.</p>",
            ),
            (
                "quote",
                {
                    "text": "I didn’t know we used to make shell fuses. I’ll look at my code differently now.",
                    "attribution": "A developer’s comment, 2005",
                },
            ),
            (
                "paragraph",
                "<p>The blog lasted ten years. Looking back, I see it as a rough draft of this site, with fewer photos and more spelling mistakes.</p>",
            ),
        ],
        "image": None,
    },
    "la-migration-du-week-end-de-paques": {
        "slug": "the-easter-weekend-migration",
        "title": "The Easter weekend migration",
        "teaser": "Four days to transfer three hundred thousand members’ files. On the Saturday night, every “é” turns into a strange symbol.",
        "place": "",
        "pull_quote": "We’ve got Hélènes called H-question-mark-lène. We’re on it, madam — go to bed.",
        "body": [
            (
                "paragraph",
                "<p>In 2007, our membership management system, the one from 1994, was due to be replaced by a new version, rewritten from scratch. The migration was planned for the Easter weekend: four days to transfer the files of three hundred thousand members without anyone noticing a thing on the Tuesday morning. The company’s project director had promised me it would all go smoothly. I hadn’t believed him.</p>",
            ),
            (
                "paragraph",
                "<p>On the Saturday night, a problem with accented characters turned every “é” in our members’ names into strange symbols. Thousands of Hélènes, Gérards and Hervés, disfigured. I found out from a phone call at eleven at night. The company’s team had already found the bug and restarted the transfer. On the Sunday, they checked everything by hand, sample by sample, with my member-services staff, who had come in to help, bearing chocolate eggs.</p>",
            ),
            (
                "quote",
                {
                    "text": "We’ve got Hélènes called H-question-mark-lène. We’re on it, madam — go to bed.",
                    "attribution": "The company’s project manager, Saturday night, 11 p.m.",
                },
            ),
            (
                "paragraph",
                "<p>By Tuesday morning, everything was working. Not a single member noticed anything. As for me, I have never forgotten that for one night my name was H-question-mark-lène.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: rows of server racks in a room, with glowing lights",
            "caption": "The server room during the migration, Easter 2007.",
            "credit": "Ferrandier Archives",
        },
    },
    "la-derniere-presse": {
        "slug": "the-last-press",
        "title": "The last press",
        "teaser": "Nursing machines that are doomed is an odd sort of job. The last one, a 1971 press brake, was headed for the scrapyard.",
        "place": "Grenoble factory",
        "pull_quote": "It’s an odd sort of job, nursing machines that are doomed.",
        "body": [
            (
                "paragraph",
                "<p>In the 2000s, the Grenoble factory was emptied of its machines, one by one. We sold, we dismantled, we recycled. I was a maintenance technician, and my job was to keep the remaining ones alive until they were replaced or their line was shut down. It’s an odd sort of job, nursing machines that are doomed.</p>",
            ),
            (
                "paragraph",
                "<p>The last one was a 1971 press brake that had arrived when the factory opened. It was still bending the sheet metal for the last casings. When the line closed, I was asked to take it apart and sell it for scrap. I couldn’t do it. I e-mailed the technical director, Thierry Lambert, asking whether we couldn’t give it to a vocational school instead. He replied within ten minutes: yes.</p>",
            ),
            (
                "quote",
                {
                    "text": "A machine that’s been bending sheet metal for thirty years can surely teach a few kids the knack.",
                    "attribution": "Thierry Lambert, replying to my e-mail",
                },
            ),
            (
                "paragraph",
                "<p>It’s at the vocational school in Voiron now. I went to see it last year. A sixteen-year-old pupil was setting it up, his ear pressed against the frame.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: a workshop under a glass roof, with a few machine tools in a row",
            "caption": "A Grenoble workshop in the 2000s, before it was dismantled.",
            "credit": "Photo: Antoine Roche",
        },
    },
    "mon-pot-de-depart": {
        "slug": "my-leaving-party",
        "title": "My leaving party",
        "teaser": "I had asked for a simple drink in the stores. At four o’clock, the stores were empty: everyone was waiting for me on the football pitch.",
        "place": "Lyon, Saint-Rambert",
        "pull_quote": "I scored a goal — a header, from a corner, with my eyes shut.",
        "body": [
            (
                "paragraph",
                "<p>On 30 June 2004, after thirty-eight years with the company, I retired. I had asked for a simple leaving drink in the stores, with my workmates. When I got there at four o’clock, the stores were empty. Someone told me there was a problem down at the football pitch. I went over, grumbling.</p>",
            ),
            (
                "paragraph",
                "<p>Everyone was on the pitch. Former players from every era, from the 1960s to the 2000s, some on walking sticks, others with their grandchildren. Patrick, the goalkeeper who had come over from Sodexel, in goal. And in the middle, the 1933 minutes, framed, propped up on a chair. They put a shirt on me, handed me the armband, and we played for forty minutes, with no referee and no score, to applause from the families.</p>",
            ),
            (
                "quote",
                {
                    "text": "Encouraging result.",
                    "attribution": "Note added at the bottom of the 1933 minutes, 30 June 2004",
                },
            ),
            (
                "paragraph",
                "<p>I scored a goal — a header, from a corner, with my eyes shut. Just like my father, fifty years before. I don’t know whether the defenders let me through. I’d rather not know.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: strings of bunting above a group of people gathered around a long table",
            "caption": "Michel Perrin’s leaving party, 30 June 2004.",
            "credit": "Private collection of Michel Perrin",
        },
    },
    "quand-j-ai-quitte-la-maison": {
        "slug": "when-i-flew-the-nest",
        "title": "When I flew the nest",
        "teaser": "Telling your boss you’re leaving to start your own firm can mean clearing your desk under escort. Mine took an old photo out of a drawer.",
        "place": "Lyon, Vaise",
        "pull_quote": "I call it a family with good manners.",
        "body": [
            (
                "paragraph",
                "<p>In 2002, after fourteen years with the company, I decided to leave and set up my own consultancy. I was forty, I had an idea, and I was scared stiff of telling my director. In some companies, leaving to start your own business is treason. You clear your desk the same day, under escort.</p>",
            ),
            (
                "paragraph",
                "<p>My director heard me out. Then he took an old photo out of a drawer: one of the company’s sales reps, in the 1960s, standing by a car loaded with a cash register. He explained that this man, Yannick Le Goff, had left the company in 1975 to open his own shop, and had gone on to be one of our best ambassadors for thirty years.</p>",
            ),
            (
                "quote",
                {
                    "text": "Go, Benoît. But come back and see us. And if a client ever needs us, you know where we live.",
                    "attribution": "My director, the day I handed in my notice",
                },
            ),
            (
                "paragraph",
                "<p>I took his advice. For twenty years now, my firm has regularly recommended the company to its clients, and the company sends work our way. They call it a partnership. I call it a family with good manners.</p>",
            ),
        ],
        "image": None,
    },
    "le-premier-plan-de-teletravail": {
        "slug": "the-first-remote-working-plan",
        "title": "The first remote-working plan",
        "teaser": "Autumn 2009, a flu epidemic: a remote-working trial with fifty volunteers turns into a cheerful disaster. The report then sleeps for eleven years.",
        "place": "Lyon, Vaise",
        "pull_quote": "The epidemic turned out milder than expected, and the report slept in a drawer for eleven years.",
        "body": [
            (
                "paragraph",
                "<p>In the autumn of 2009, during the flu epidemic, the management asked me to draw up a plan in case half the staff had to stay at home. Back then, remote working meant a handful of sales reps with laptops and a temperamental connection. For everyone else, nobody had ever given it a thought.</p>",
            ),
            (
                "paragraph",
                "<p>We ran a test one Friday, with fifty volunteers. It was a cheerful disaster: the VPN was overloaded by ten past nine, one colleague spent the morning looking for the power button on her laptop, and a head of department held his conference call from his kitchen while his dog barked. On the Monday, I handed in a forty-page report on everything that had gone wrong.</p>",
            ),
            (
                "quote",
                {
                    "text": "Ms Garnier, this report is remarkable. Keep it somewhere safe. We’ll need it one day.",
                    "attribution": "The chief executive, November 2009",
                },
            ),
            (
                "paragraph",
                "<p>The epidemic turned out milder than expected, and the report slept in a drawer for eleven years. In March 2020, someone came looking for it. The coffee stain from the first day was still on it.</p>",
            ),
        ],
        "image": {
            "alt": "Colour photograph: a bright open-plan office, workstations with flat screens in front of large windows",
            "caption": "An open-plan office at Vaise, autumn 2009.",
            "credit": "Ferrandier Archives",
        },
    },
}
