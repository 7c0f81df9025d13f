"""All demo stories of Maison Ferrandier, a fictional company founded in Lyon in 1914.

The stories live in one module per decade (``stories_1910s`` … ``stories_2020s``) so that each
file stays readable; this module puts them together in chronological order.

Each story is a plain dict: ``slug``, ``title``, ``teaser``, ``year`` (``None`` when only the
decade is known), ``decade``, ``circa``, ``themes`` (theme slugs), ``contributor`` (a contributor
slug), ``place``, ``pull_quote``, ``body`` (StreamField-like ``(block_type, value)`` pairs),
``image`` (``None`` or a dict with ``scene``, ``alt``, ``caption`` and ``credit``) and
``featured``.
"""

from stories.demo.stories_1910s import STORIES_1910S
from stories.demo.stories_1920s import STORIES_1920S
from stories.demo.stories_1930s import STORIES_1930S
from stories.demo.stories_1940s import STORIES_1940S
from stories.demo.stories_1950s import STORIES_1950S
from stories.demo.stories_1960s import STORIES_1960S
from stories.demo.stories_1970s import STORIES_1970S
from stories.demo.stories_1980s import STORIES_1980S
from stories.demo.stories_1990s import STORIES_1990S
from stories.demo.stories_2000s import STORIES_2000S
from stories.demo.stories_2010s import STORIES_2010S
from stories.demo.stories_2020s import STORIES_2020S

STORIES: list[dict] = [
    *STORIES_1910S,
    *STORIES_1920S,
    *STORIES_1930S,
    *STORIES_1940S,
    *STORIES_1950S,
    *STORIES_1960S,
    *STORIES_1970S,
    *STORIES_1980S,
    *STORIES_1990S,
    *STORIES_2000S,
    *STORIES_2010S,
    *STORIES_2020S,
]
