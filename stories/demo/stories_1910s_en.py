"""English versions of the 1910s demo stories: founding the Vaise workshop and the war years.

Keyed by the French slug of ``stories_1910s``; each entry holds the translated fields only.
"""

# Each paragraph stays on one line: prose is easier to edit and review unwrapped.
# ruff: noqa: E501

STORIES_1910S_EN: dict[str, dict] = {
    "l-atelier-de-la-rue-de-bourgogne": {
        "slug": "the-workshop-on-rue-de-bourgogne",
        "title": "The workshop on rue de Bourgogne",
        "teaser": "In the spring of 1914, Auguste Ferrandier rents an old cooper’s shed in "
        "Vaise. His granddaughter tells the story of the workshop’s very first days.",
        "place": "Lyon, Vaise workshop",
        "pull_quote": "Your grandfather opened up shop at the worst moment in history, and "
        "that’s why it lasted a hundred years.",
        "body": [
            (
                "paragraph",
                "<p>My grandfather Auguste was thirty-two when, in the spring of 1914, he rented an old cooper’s shed on rue de Bourgogne, in Vaise. He put in two lathes, a pillar drill and a workbench he had built himself from oak planks salvaged from his father-in-law’s. My grandmother Jeanne kept the books in a school exercise book with a blue cover, which I still keep in a drawer of my sideboard.</p>",
            ),
            (
                "quote",
                {
                    "text": "He used to say you can tell a good part by the sound it makes when it lands on the bench.",
                    "attribution": "Jeanne Ferrandier, as told by her granddaughter",
                },
            ),
            (
                "paragraph",
                "<p>The plate reading “A. Ferrandier, precision engineering” was screwed onto the door on 2 June 1914. The first customers were silk weavers from la Croix-Rousse who needed parts for their looms, and a watchmaker on place des Terreaux who never paid on time. Two months later, the war came. My grandmother always said: “Your grandfather opened up shop at the worst moment in history, and that’s why it lasted a hundred years.”</p>",
            ),
        ],
        "image": {
            "alt": "Black-and-white photograph: a workshop under a glass roof, rows of machines "
            "linked to the ceiling by drive belts",
            "caption": "The workshop on rue de Bourgogne in 1914.",
            "credit": "Ferrandier family collection",
        },
    },
    "des-fusees-d-obus-pour-le-front": {
        "slug": "shell-fuses-for-the-front",
        "title": "Shell fuses for the front",
        "teaser": "Requisitioned in September 1914, the workshop machines shell fuses to a "
        "hundredth of a millimetre. A historian has found its inspection notebooks.",
        "place": "Lyon, Vaise workshop",
        "pull_quote": "For the rest of his life he kept a faulty fuse on his desk as a "
        "paperweight, and never said why.",
        "body": [
            (
                "paragraph",
                "<p>In the company archives, the first document of the war is a requisition letter dated September 1914. Auguste Ferrandier’s workshop, which until then had made parts for weaving looms, was now to machine shell fuses: the small mechanisms screwed onto the tip of a shell that set off the explosion. They had to be accurate to a hundredth of a millimetre — and that was exactly what Auguste was good at.</p>",
            ),
            (
                "paragraph",
                "<p>By 1915 the workshop had twenty-eight people and ran day and night in two shifts. The order books show output tripling in six months. What struck me most, though, was a pencilled note in the margin of an inspection notebook.</p>",
            ),
            (
                "quote",
                {
                    "text": "Reject no. 4 — do it again, it’s men who’ll be carrying these.",
                    "attribution": "Anonymous note in an inspection notebook, 1915",
                },
            ),
            (
                "paragraph",
                "<p>Auguste didn’t like talking about those years. For the rest of his life he kept a faulty fuse on his desk as a paperweight, and never said why.</p>",
            ),
        ],
        "image": {
            "alt": "Black-and-white photograph: a row of machine tools under a glass roof, "
            "driven by belts",
            "caption": "The requisitioned workshop in 1915.",
            "credit": "Ferrandier Archives",
        },
    },
    "les-munitionnettes-de-vaise": {
        "slug": "the-munitionettes-of-vaise",
        "title": "The munitionettes of Vaise",
        "teaser": "In 1916 my grandmother Louise, a nineteen-year-old seamstress, goes to work "
        "at the workshop in place of the turners who had left for the front.",
        "place": "Lyon, Vaise workshop",
        "pull_quote": "We earned twice what I made as a seamstress, and we were frightened "
        "the whole time.",
        "body": [
            (
                "paragraph",
                "<p>My grandmother Louise started at the workshop in March 1916. She was nineteen, a seamstress, and her fiancé was at Verdun. Monsieur Ferrandier had lost half his turners to the front, so he took on the women of the neighbourhood. There were eleven of them, then twenty-four. People called them the munitionettes.</p>",
            ),
            (
                "paragraph",
                "<p>She used to talk about hands black with oil that you could never quite wash clean, hair tied up under a headscarf because a girl in another factory had been caught by a belt, and the foreman who didn’t believe a woman could set up a lathe. A month later, she was setting up her own.</p>",
            ),
            (
                "quote",
                {
                    "text": "We earned twice what I made as a seamstress, and we were frightened the whole time.",
                    "attribution": "Louise Roussel, my grandmother",
                },
            ),
            (
                "paragraph",
                "<p>In 1919, when the men came home, almost all of them were let go. Louise went back to dressmaking, but she kept her vernier calliper. It sits on my desk today.</p>",
            ),
        ],
        "image": {
            "alt": "Black-and-white photograph: a group of women and men posing in two rows "
            "in front of a wall",
            "caption": "The women workers of the Vaise workshop, 1916.",
            "credit": "Roussel family collection",
        },
    },
    "le-carnet-de-commandes-de-1917": {
        "slug": "the-1917-order-book",
        "title": "The 1917 order book",
        "teaser": "At the back of an attic cupboard, a notebook kept by Jeanne Ferrandier: "
        "shell fuses, screwdrivers and a recipe for quince jam.",
        "place": "Lyon, Vaise archives",
        "pull_quote": "On the last page, Jeanne had written down the price of coal, the name of "
        "a sick apprentice and a recipe for quince jam.",
        "body": [
            (
                "paragraph",
                "<p>In 2019, while clearing out a metal cupboard in the Vaise attic, I came across a notebook bound in grey cloth, swollen with damp. It was the order book for 1917, kept by Jeanne Ferrandier in a slanting, perfectly even hand. A hundred years on, the violet ink had hardly faded.</p>",
            ),
            (
                "paragraph",
                "<p>You can read the war between the lines: shell fuses by the thousand, then, from the autumn on, stranger orders. Adjustable spanners, screwdrivers, vices. Auguste was starting to plan for afterwards. On the last page, Jeanne had written down the price of coal, the name of a sick apprentice and a recipe for quince jam.</p>",
            ),
            (
                "quote",
                {
                    "text": "You’ve found the company’s Rosetta Stone.",
                    "attribution": "Louis Vernet, former accountant, on seeing the notebook",
                },
            ),
            (
                "paragraph",
                "<p>I scanned it page by page, wearing cotton gloves. When I showed it to Colette Ferrandier, she recognised her grandmother’s handwriting before I’d even told her what it was, and she cried a little. So did I.</p>",
            ),
        ],
        "image": None,
    },
    "mon-grand-pere-apprenti-a-quatorze-ans": {
        "slug": "my-grandfather-an-apprentice-at-fourteen",
        "title": "My grandfather, an apprentice at fourteen",
        "teaser": "Firmin Bellanger joined the workshop during the war, with a brand-new "
        "school certificate and clogs that were too big for him.",
        "place": "Lyon, Vaise workshop",
        "pull_quote": "The boss never shouted. He put the part in the bin, and that was worse "
        "than any shouting.",
        "body": [
            (
                "paragraph",
                "<p>My grandfather, Firmin Bellanger, started at Ferrandier during the war, aged fourteen, with a brand-new school-leaving certificate and clogs that were too big for him. I don’t know the exact date; even he couldn’t remember. All he would say was: “It was winter, it was freezing in the workshop, and the boss gave me his gloves.”</p>",
            ),
            (
                "paragraph",
                "<p>His first job was sweeping up swarf and sharpening tools. It was a year before they let him near a lathe. Auguste Ferrandier went round behind every apprentice, picked up the part, held it up to the light from the glass roof and said nothing. If he put it down gently, it was good. If he dropped it in the reject bin, you started again.</p>",
            ),
            (
                "quote",
                {
                    "text": "The boss never shouted. He put the part in the bin, and that was worse than any shouting.",
                    "attribution": "Firmin Bellanger, my grandfather",
                },
            ),
            (
                "paragraph",
                "<p>Three generations of Bellangers worked at Vaise. When my turn came in 1952, an old setter looked me over and said: “You’ve got Firmin’s hands, you have.” I’ve never had a finer compliment.</p>",
            ),
        ],
        "image": {
            "alt": "Black-and-white photograph: head-and-shoulders portrait of a young man "
            "against a studio backdrop",
            "caption": "Firmin Bellanger as an apprentice, during the war.",
            "credit": "Bellanger family collection",
        },
    },
    "la-cloche-de-l-atelier": {
        "slug": "the-workshop-bell",
        "title": "The workshop bell",
        "teaser": "Before the siren there was a chapel bell bought from a scrap dealer. The "
        "whole of Vaise set its clocks by it.",
        "place": "Lyon, Vaise",
        "pull_quote": "One morning the apprentice whose job it was to ring it overslept, and "
        "half of Vaise was late for work.",
        "body": [
            (
                "paragraph",
                "<p>Before there was a siren, there was a bell. An old chapel bell that Auguste had bought from a scrap dealer in Saint-Rambert and hung above the workshop door around 1916, when they started working two shifts. It rang at six in the morning, at noon, at one and at seven in the evening.</p>",
            ),
            (
                "paragraph",
                "<p>My grandmother used to say the whole neighbourhood set its clocks by it. The bakers, the parish, even the village constable. One morning the apprentice whose job it was to ring it overslept, and half of Vaise was late for work. Auguste didn’t punish him: he bought him an alarm clock and docked the price from his wages, two sous a week.</p>",
            ),
            (
                "quote",
                {
                    "text": "That bell was our clock, our alarm and our pride. When it was replaced by a siren, the whole neighbourhood sulked for a month.",
                    "attribution": "Jeanne Ferrandier, as told by her granddaughter",
                },
            ),
            (
                "paragraph",
                "<p>The bell was requisitioned and melted down in the next war, like so much other metal. All that’s left is a photograph — and the apprentice’s alarm clock, which my family kept.</p>",
            ),
        ],
        "image": {
            "alt": "Black-and-white photograph: a street lined with many-windowed buildings, "
            "a tram in the roadway",
            "caption": "Rue de Bourgogne, where you could hear the workshop bell, around 1916.",
            "credit": "Ferrandier family collection",
        },
    },
    "l-armistice-dans-la-cour": {
        "slug": "armistice-in-the-yard",
        "title": "Armistice in the yard",
        "teaser": "On 11 November 1918 the belts slow down and the whole city can be heard "
        "ringing. The next day, Auguste Ferrandier makes a promise.",
        "place": "Lyon, Vaise workshop",
        "pull_quote": "We have made enough things that kill. Now we are going to make things "
        "that are useful.",
        "body": [
            (
                "paragraph",
                "<p>At eleven o’clock on 11 November 1918, the bells of Vaise began to ring. According to a former apprentice, interviewed in the 1970s, the workshop stopped all at once: someone cut the engine, the belts slowed down, and in the silence you could hear the whole city.</p>",
            ),
            (
                "paragraph",
                "<p>Auguste Ferrandier had a demijohn of wine and a set of odd glasses brought out into the yard. The munitionettes hung red, white and blue rags from the windows. Then, the next morning, he gathered everyone together to announce that the workshop would never make weapons again. They would make tools — and one day, machines that help people count.</p>",
            ),
            (
                "quote",
                {
                    "text": "We have made enough things that kill. Now we are going to make things that are useful.",
                    "attribution": "Auguste Ferrandier, 12 November 1918, according to an apprentice’s account",
                },
            ),
            (
                "paragraph",
                "<p>I’m wary of fine words reported fifty years after the event. But the ledgers bear it out: from December, orders for tools take the place of the army’s. And the first patent for a calculating machine was filed in 1921.</p>",
            ),
        ],
        "image": {
            "alt": "Black-and-white photograph: strings of bunting stretched above a group of "
            "people and a long table",
            "caption": "The impromptu celebration in the workshop yard, November 1918.",
            "credit": "Ferrandier Archives",
        },
    },
    "la-soupe-de-jeanne": {
        "slug": "jeannes-soup",
        "title": "Jeanne’s soup",
        "teaser": "Long before the canteen, there was Jeanne Ferrandier’s pot on the workshop "
        "stove, for the munitionettes who had come a long way.",
        "place": "Lyon, Vaise workshop",
        "pull_quote": "You don’t turn down soup, and you don’t keep count of it.",
        "body": [
            (
                "paragraph",
                "<p>People often say the company canteen dates from 1934. On paper, that’s true. But in my family, the story goes that it all began during the 1914 war, with my grandmother Jeanne’s cooking pot.</p>",
            ),
            (
                "paragraph",
                "<p>Some of the munitionettes came a long way, on foot, and many had nothing but a hunk of bread to last the day. Jeanne got into the habit of making a big pot of soup on the workshop stove: leeks, potatoes, a bone when she could find one. Each woman brought what she could — a turnip, a handful of beans. The ones who had nothing ate all the same, and nobody ever remarked on it.</p>",
            ),
            (
                "quote",
                {
                    "text": "You don’t turn down soup, and you don’t keep count of it.",
                    "attribution": "Jeanne Ferrandier, as told by her granddaughter",
                },
            ),
            (
                "paragraph",
                "<p>I don’t know exactly when the soup started, probably around 1915 or 1916. My grandmother spoke of it as the obvious thing to do, not as a good deed. Every time I’m invited to lunch in the company canteen, I think of her.</p>",
            ),
        ],
        "image": None,
    },
}
