"""What editors changed in a story, word by word, for the contributor's sign-off and the editor's
side-by-side view of the submission as sent."""

from dataclasses import dataclass
from difflib import SequenceMatcher
from html import unescape

from django.utils.html import strip_tags

from stories.models import StoryPage


@dataclass(frozen=True)
class Change:
    kind: str  # "same", "added" or "removed"
    text: str


def story_text(story: StoryPage) -> str:
    """The readable text of a story's paragraphs, one paragraph per line."""
    paragraphs = [
        unescape(strip_tags(block.value.source))
        for block in story.body
        if block.block_type == "paragraph"
    ]
    return "\n\n".join(p.strip() for p in paragraphs if p.strip())


def word_changes(before: str, after: str) -> list[Change]:
    old, new = before.split(), after.split()
    changes: list[Change] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes():
        if op == "equal":
            changes.append(Change("same", " ".join(old[i1:i2])))
            continue
        if i2 > i1:
            changes.append(Change("removed", " ".join(old[i1:i2])))
        if j2 > j1:
            changes.append(Change("added", " ".join(new[j1:j2])))
    return changes


def text_changes(sent_story: str, edited: StoryPage) -> list[Change]:
    return word_changes(sent_story, story_text(edited))


def has_changes(changes: list[Change]) -> bool:
    return any(change.kind != "same" for change in changes)
