"""`manage.py load_demo`: the demo centenary in French and English (idempotent), or
`--stories N` synthetic stories more for benchmarks and scale tests."""

import sys

from django.core.management.base import BaseCommand, CommandParser
from tqdm import tqdm

from stories.demo.loader import load_demo
from stories.demo.synthetic import load_synthetic_stories


class Command(BaseCommand):
    help = "Loads the demo centenary; with --stories N, adds synthetic stories up to N in all."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--stories",
            type=int,
            default=0,
            help="Make sure at least this many live stories exist, adding synthetic ones.",
        )

    def handle(self, *args, stories: int, verbosity: int, **options) -> None:
        def progress(items, label):
            # Straight to stderr: Django's output wrapper would end every redraw with a newline.
            return tqdm(items, desc=label, disable=verbosity == 0 or not items, file=sys.stderr)

        added = load_demo(progress)
        self.stdout.write(
            f"Demo: {added['stories']} stories and {added['contributors']} contributors added, "
            f"{added['english_stories']} stories translated into English."
        )
        if stories:
            count = load_synthetic_stories(stories, progress)
            self.stdout.write(f"Synthetic: {count} stories added.")
