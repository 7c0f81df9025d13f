"""English versions of the demo vocabulary: themes, eras and contributors' texts.

``THEMES_EN`` and ``ERAS_EN`` are keyed by the French slug (``themes.py``, ``eras.py``) and give
an English ASCII slug, name and description. ``CONTRIBUTORS_EN`` is keyed by contributor slug
(``contributors.py``) and gives the role, the skills (same order as the French list) and the
bio; names, slugs, e-mail addresses and links are the same in both languages.
"""

# ruff: noqa: E501

THEMES_EN: dict[str, dict] = {
    "innovation": {
        "slug": "innovation",
        "name": "Innovation",
        "description": "From shell fuses to the cloud: the inventions, the technical gambles and the sleepless nights of the people who made them happen.",
    },
    "produits": {
        "slug": "products-and-craftsmanship",
        "name": "Products and craftsmanship",
        "description": "Calculating machines, cash registers, tabulators, computers, software: what the company made, and how it made it.",
    },
    "vie-a-l-usine": {
        "slug": "factory-life",
        "name": "Factory life",
        "description": "Everyday life in the workshops and offices, the morning siren, the habits and the little stories that make up a working day.",
    },
    "transmission": {
        "slug": "learning-and-passing-it-on",
        "name": "Learning and passing it on",
        "description": "Apprentices, mentors, first days and last days: how skills and know-how were handed down from one generation to the next.",
    },
    "femmes-et-metiers": {
        "slug": "women-at-work",
        "name": "Women at work",
        "description": "Munitionettes, card-punch operators, wirers, engineers, developers: a century of women who made the company, often before anyone gave them credit for it.",
    },
    "luttes-sociales": {
        "slug": "labour-struggles",
        "name": "Labour struggles",
        "description": "Strikes, negotiations, shop stewards and hard-won rights, from June 1936 to May 1968 and beyond.",
    },
    "solidarite": {
        "slug": "solidarity",
        "name": "Solidarity",
        "description": "Helping hands, relief funds and the small acts that held teams together through difficult times.",
    },
    "fetes-et-loisirs": {
        "slug": "parties-and-pastimes",
        "name": "Parties and pastimes",
        "description": "Dances, children’s Christmas parties, the works council’s holiday camps and leaving parties: the company when it isn’t working.",
    },
    "sport": {
        "slug": "sport",
        "name": "Sport",
        "description": "The football team, the inter-factory tournaments, Friday pétanque and a few feats that people still talk about.",
    },
    "a-table": {
        "slug": "come-and-get-it",
        "name": "Come and get it!",
        "description": "The soup of the early days, the canteen, the self-service and the meals we shared: the company’s story told through what people ate there.",
    },
    "epreuves": {
        "slug": "hard-times",
        "name": "Hard times",
        "description": "Wars, the Occupation, crises and lockdowns: what the company went through and how it held on.",
    },
    "lieux": {
        "slug": "places-and-neighbourhoods",
        "name": "Places and neighbourhoods",
        "description": "The Vaise workshop, the Grenoble factory, the sales reps’ roads and the neighbourhoods that grew up with the company.",
    },
    "numerique": {
        "slug": "digital-revolution",
        "name": "The digital revolution",
        "description": "From punched cards to artificial intelligence: the great computing adventure, seen from the inside.",
    },
    "tournants": {
        "slug": "turning-points",
        "name": "Turning points",
        "description": "The decisions that changed the company’s course: new factories, a merger, new lines of business.",
    },
    "clients-et-partenaires": {
        "slug": "clients-and-partners",
        "name": "Clients and partners",
        "description": "The people who bought, sold, supplied or invented alongside us, in their own words or in the words of those who served them.",
    },
}

ERAS_EN: dict[str, dict] = {
    "l-atelier-de-guerre": {
        "slug": "wartime-workshop",
        "name": "The wartime workshop",
        "description": "Auguste Ferrandier opens his precision engineering workshop in Vaise a few weeks before the war. Requisitioned, the workshop turns out shell fuses and then tools, and women from the neighbourhood take the places of the men gone to the front.",
    },
    "les-annees-mecaniques": {
        "slug": "mechanical-years",
        "name": "The mechanical years",
        "description": "With peace restored, the company moves into calculating machines and then cash registers, which find their way into shops all over the region. These are also the years of the Depression, the strikes of 1936 and the first paid holidays.",
    },
    "les-annees-sombres": {
        "slug": "dark-years",
        "name": "The dark years",
        "description": "Mobilisation, the factory at a standstill, the Occupation: the workshop survives at a crawl, amid shortages and requisitions. Some hide blueprints, others hide comrades, and everyone waits for the Liberation.",
    },
    "le-temps-des-cartes-perforees": {
        "slug": "punched-card-years",
        "name": "The punched-card years",
        "description": "After the war, the company reinvents itself with punched-card tabulators. The tabulating rooms fill up, the works council organises the first holiday camps, and the first woman engineer arrives in 1957.",
    },
    "les-premiers-cerveaux-electroniques": {
        "slug": "first-electronic-brains",
        "name": "The first electronic brains",
        "description": "In 1962, the first computer arrives at the factory, and magnetic tape gradually takes over from cards. The decade ends amid the uproar of the great strikes of May 1968.",
    },
    "l-essor-grenoblois": {
        "slug": "grenoble-boom",
        "name": "The Grenoble boom",
        "description": "The Grenoble factory opens in 1971, at the foot of the mountains and close to the university laboratories. Terminals, networks and the first microcomputers bring the company into the computer age.",
    },
    "les-annees-fusion": {
        "slug": "merger-years",
        "name": "The merger years",
        "description": "The 1987 merger with its rival Sodexel brings together two cultures that had to learn to work side by side. The decade ends with a night on watch: the changeover to the year 2000.",
    },
    "le-virage-du-logiciel": {
        "slug": "shift-to-software",
        "name": "The shift to software",
        "description": "Little by little, the company stops making machines and sells software and services instead. The workshops empty, the development teams grow, and the company celebrates its hundredth birthday in 2014.",
    },
    "l-ere-des-nuages": {
        "slug": "age-of-the-cloud",
        "name": "The age of the cloud",
        "description": "The 2020 lockdown makes remote working here to stay, and the cloud and artificial intelligence become the heart of the business. The old Vaise workshop is now home to start-ups.",
    },
}

CONTRIBUTORS_EN: dict[str, dict] = {
    "colette-ferrandier": {
        "role": "Granddaughter of the founder",
        "skills": ["Family memories", "Old photographs", "Genealogy"],
        "bio": "I am Auguste Ferrandier’s granddaughter. I only knew him as an old man, always with a screwdriver in his waistcoat pocket. My grandmother Jeanne told me about the early days of the workshop, and I look after the family albums.",
    },
    "marthe-roussel": {
        "role": "Granddaughter of a 1916 munitionette",
        "skills": ["Women’s history", "Family stories"],
        "bio": "My grandmother Louise joined the Vaise workshop in 1916, aged nineteen, to turn shell fuses. I was a primary-school teacher all my life, and I tell her stories to anyone who will listen.",
    },
    "claire-besson": {
        "role": "Historian, author of a history of the company",
        "skills": ["Industrial history", "Archives", "Writing"],
        "bio": "A historian of Lyon’s industry, I spent three years in the company’s archives writing its history. I am still looking for what the ledgers leave out.",
    },
    "amelie-bourgeois": {
        "role": "Company archivist",
        "skills": ["Archival science", "Digitisation", "Oral history"],
        "bio": "I came in 2018 to sort out the boxes in the Vaise attic, and I never left. I look after the company’s archives and the collection of testimonies for this centenary.",
    },
    "henri-bellanger": {
        "role": "Former machine setter, grandson of a 1914 worker",
        "skills": ["Machine-tool setting", "Precision engineering", "Accordion"],
        "bio": "I joined the Vaise workshop at sixteen, like my father and my grandfather before me. Thirty-nine years of machine setting, and I can still tell a badly set machine by ear.",
    },
    "louis-vernet": {
        "role": "Former accountant, volunteer archivist",
        "skills": ["Accounting", "Filing archives", "Calligraphy"],
        "bio": "An accountant for thirty-eight years, I went from ledgers kept with a pen to the first spreadsheets. In retirement, I carried on digging through the company’s old ledgers, out of curiosity at first, then out of passion.",
    },
    "jean-pierre-moulin": {
        "role": "Former turner, later maintenance technician",
        "skills": ["Turning", "Tabulator maintenance", "Training apprentices"],
        "bio": "An apprentice at fourteen in 1947, I turned parts, repaired tabulators and trained dozens of youngsters. My father was already with the company in the 1920s.",
    },
    "yvette-marchand": {
        "role": "Daughter of a canteen cashier",
        "skills": ["Childhood memories", "Lyon cooking"],
        "bio": "My mother, Germaine, ran the canteen till from 1934 to 1962. I grew up with the smell of soup and stories from the factory, and I went to holiday camp with the works council.",
    },
    "michel-perrin": {
        "role": "Former storekeeper and captain of the football team",
        "skills": ["Logistics", "Football", "Organising tournaments"],
        "bio": "Storekeeper by day, centre-back on Sundays: I wore the captain’s armband for the company team for twelve seasons. My father played for it before me.",
    },
    "marcel-giraud": {
        "role": "Grandson of a foreman during the Occupation",
        "skills": ["Local history", "Memory of the Resistance"],
        "bio": "My grandfather Étienne was a foreman at Vaise during the war. He said little about those years; what I know, I pieced together from his notebooks and my mother’s memories.",
    },
    "odette-lacroix": {
        "role": "Former card-punch operator, later head of the punched-card department",
        "skills": ["Punched-card data processing", "Card punching", "Team management"],
        "bio": "I punched my first cards in 1949 and ended up running a department of forty people. I still type faster than my grandchildren.",
    },
    "simone-arnaud": {
        "role": "The company’s first woman engineer",
        "skills": ["Electronics", "Computer systems", "Mentoring"],
        "bio": "An electronics engineer, I joined Ferrandier in 1957, the only woman in the design office. I ended up as a head of department and trained a great many young women engineers, which is what I am proudest of.",
    },
    "francoise-pelletier": {
        "role": "Former executive secretary",
        "skills": ["Shorthand", "Organisation", "Discretion"],
        "bio": "Forty years in the executive office, three bosses and a good dozen typewriters. I saw everything go by, and I knew when to keep quiet.",
    },
    "yannick-le-goff": {
        "role": "Former sales representative",
        "skills": ["Sales", "Equipment demonstrations", "Driving on mountain roads"],
        "bio": "A Breton who strayed to Lyon, I sold cash registers and then tabulators for seventeen years before opening my own shop. I know every bend in the road between Valence and Chambéry.",
    },
    "gerard-fontaine": {
        "role": "Former programmer, one of the pioneers",
        "skills": ["Assembly language", "Cobol", "Computer operations"],
        "bio": "I joined as a punched-card machine operator in 1960 and was there when the first computer arrived in 1962. I programmed in assembly language and in Cobol, and I ended up explaining the internet to my former bosses.",
    },
    "abdelkader-benali": {
        "role": "Former production worker and staff representative",
        "skills": ["Assembly", "Negotiation", "Employment law"],
        "bio": "I came from Sétif at twenty and joined the assembly shop in 1963. As a staff representative for twenty-five years, I negotiated with four directors and only fell out with two of them.",
    },
    "paul-henri-lefort": {
        "role": "Retired regional newspaper journalist",
        "skills": ["Reporting", "Regional economy", "Photography"],
        "bio": "I covered Lyon’s industry for a regional daily for thirty-five years. I saw Maison Ferrandier on strike, in the middle of a merger and in party mood — always from the pavement across the street.",
    },
    "rosa-martins": {
        "role": "Former wirer, later team leader",
        "skills": ["Wiring", "Soldering", "Quality control"],
        "bio": "I came from Portugal at sixteen and joined the Vaise wiring shop in 1962. I spent thirty-seven years there, until the last workshop closed.",
    },
    "jacques-moreau": {
        "role": "Former sales rep for an electronic components maker",
        "skills": ["Electronic components", "Negotiation", "Logistics"],
        "bio": "For twenty years, I sold transistors and memory chips to Maison Ferrandier. Its buyers drove the hardest bargains and were the most loyal customers I ever had.",
    },
    "bernard-chevalier": {
        "role": "Former head chef of the canteen",
        "skills": ["Large-scale catering", "Gratin dauphinois", "Purchasing"],
        "bio": "I started as a commis chef in 1968 and ran the factory kitchen for twenty-five years. I fed eight hundred people a day, and I remember what each of them wouldn’t eat.",
    },
    "pierre-antoine-faure": {
        "role": "Emeritus professor, former research partner in Grenoble",
        "skills": ["Theoretical computer science", "Research partnerships", "Teaching"],
        "bio": "As a young assistant lecturer at the University of Grenoble, I gave the company’s engineers their first programming lessons. We then set up a joint laboratory together, which ran for twenty years.",
    },
    "nadia-haddad": {
        "role": "Former systems engineer in Grenoble",
        "skills": ["Operating systems", "Networks", "Night-time troubleshooting"],
        "bio": "I was part of the very first team at the Grenoble factory, in 1971. A systems engineer for nearly forty years, I saw every one of the company’s computers come and go, and I repaired most of them.",
    },
    "christine-morel": {
        "role": "Former camp counsellor, later director of the works council’s holiday camps",
        "skills": ["Running activities", "Youth supervision", "Campfire songs"],
        "bio": "I started as a counsellor at the works council’s holiday camps at eighteen and ended up running them. I went on to become a youth worker, but some of the factory children still call me “Cricri”.",
    },
    "thierry-lambert": {
        "role": "Former technical director",
        "skills": ["Electronic design", "Technical leadership", "Change management"],
        "bio": "A young engineer in the design office in 1979, technical director from 1995 to 2018: I lived through the merger with Sodexel from the inside and steered the move from hardware to software.",
    },
    "patrick-nguyen": {
        "role": "Former network engineer, originally from Sodexel",
        "skills": ["Networks", "Telecommunications", "Diplomacy"],
        "bio": "I was at Sodexel when the merger was announced: overnight, the enemy became my employer. I spent twenty-one years there wiring up networks before leaving to teach.",
    },
    "sylvie-garnier": {
        "role": "Former project manager who led the Y2K project",
        "skills": ["Project management", "Cobol", "Crisis management"],
        "bio": "I joined as an analyst-programmer in 1982 and led the year 2000 project, plus a good twenty or so migrations. I retired in the middle of lockdown, with a leaving party on a video call.",
    },
    "benoit-caron": {
        "role": "Former sales engineer, founder of a consultancy",
        "skills": ["Solution selling", "Consulting", "Trade fairs"],
        "bio": "Fourteen years selling the company’s systems, from the small business round the corner to large government departments. In 2002, I set up my own consultancy, with the blessing of my former bosses.",
    },
    "karim-mansouri": {
        "role": "Software architect",
        "skills": ["Software architecture", "Java", "Mentoring"],
        "bio": "I joined as a developer in 1996 and I am now a software architect. I have written code for terminals, servers, browsers and phones, and I still have a soft spot for the first.",
    },
    "helene-vasseur": {
        "role": "Chief information officer at a regional mutual insurance company",
        "skills": ["Information systems", "IT procurement", "Supplier relations"],
        "bio": "My mutual insurance company has worked with Ferrandier since 1994, and so have I, from day one. Thirty years of projects, a few disagreements and a great deal of trust.",
    },
    "isabelle-rey": {
        "role": "Former head of communications",
        "skills": ["Internal communications", "Publishing", "Web"],
        "bio": "I ran the company’s communications for twenty years, from the printed staff magazine to the first website. Today I work for a cultural non-profit.",
    },
    "antoine-roche": {
        "role": "Maintenance technician at the Grenoble factory",
        "skills": ["Industrial maintenance", "3D printing", "Football"],
        "bio": "I arrived in Grenoble in 1999 with a vocational certificate and plenty of goodwill. As a maintenance technician, I now look after the buildings and the machines that are left — and the football team we brought back to life.",
    },
    "julien-baptiste": {
        "role": "Director of cloud services",
        "skills": ["Cloud", "Infrastructure", "Team management"],
        "bio": "I joined as a systems administrator in 2004, and today I run the company’s cloud services. I unplugged the last server in our machine room, and it makes me a little sad.",
    },
    "fatou-diallo": {
        "role": "Human resources director",
        "skills": ["Human resources", "Employee relations", "Recruitment"],
        "bio": "Hired in 2008 as a recruitment officer, I now run human resources. I organised the centenary party and the great move to remote working.",
    },
    "laure-tessier": {
        "role": "Former developer, now a teacher",
        "skills": ["Web development", "Teaching", "Databases"],
        "bio": "A developer for fourteen years, I left to teach computer science at a secondary school. I still take my students to visit the Grenoble factory.",
    },
    "chloe-masson": {
        "role": "Former consultant, now freelance",
        "skills": ["Consulting", "Service design", "Workshop facilitation"],
        "bio": "Intern in 2011, consultant until 2019, freelance ever since. The company taught me my trade, and I often come back as a partner.",
    },
    "amandine-leroy": {
        "role": "Data scientist",
        "skills": ["Machine learning", "Python", "Statistics"],
        "bio": "I arrived in 2016 to set up the first data science team. My favourite project: getting an artificial intelligence to read punched cards from the 1950s.",
    },
    "lucas-ferreira": {
        "role": "Developer, former apprentice",
        "skills": ["Web development", "Accessibility", "Automated testing"],
        "bio": "Apprentice in 2019, hired in 2021: I had six months in the office before lockdown. My great-uncle was a turner here; I found out by leafing through the archives.",
    },
    "elodie-carpentier": {
        "role": "Founder of a partner start-up",
        "skills": ["Entrepreneurship", "Connected devices", "Design"],
        "bio": "I founded a small connected-devices company that has worked with Ferrandier since 2018. Since 2024, we have been based in the old Vaise workshop.",
    },
    "sophie-delmas": {
        "role": "Head of digital at a local authority",
        "skills": ["Digital public services", "Public procurement", "Open data"],
        "bio": "I lead the digital projects of a local authority in the region. We have worked with Ferrandier since 2015 — first through a public tender, then out of conviction.",
    },
    "olivier-brunet": {
        "role": "Retired hardware-shop owner, a third-generation customer",
        "skills": ["Retail", "DIY", "Neighbourhood memories"],
        "bio": "Brunet’s hardware shop, in la Croix-Rousse, had three Ferrandier cash registers in sixty years. My grandfather bought the first one; I gave the last one to the company museum.",
    },
}
