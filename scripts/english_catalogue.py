"""Catalogue upkeep for scripts/messages.sh.

`english_catalogue.py EN_PO` writes each English msgid as its own translation where the entry is
empty or fuzzy: our msgids are the English interface text, reviewed where they are written.
`english_catalogue.py --missing PO` lists the entries still untranslated or fuzzy (exit 1 if any).
"""

import sys

import polib


def missing_entries(catalogue: polib.POFile) -> list[polib.POEntry]:
    return [
        entry
        for entry in catalogue
        if not entry.obsolete and (not entry.translated() or entry.fuzzy)
    ]


def copy_msgids(catalogue: polib.POFile) -> int:
    entries = missing_entries(catalogue)
    for entry in entries:
        if entry.msgid_plural:
            entry.msgstr_plural = {0: entry.msgid, 1: entry.msgid_plural}
        else:
            entry.msgstr = entry.msgid
        if entry.fuzzy:
            entry.flags.remove("fuzzy")
        entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
    catalogue.save()
    return len(entries)


def main(arguments: list[str]) -> int:
    if arguments[0] == "--missing":
        entries = missing_entries(polib.pofile(arguments[1]))
        for entry in entries:
            print(f"{arguments[1]}: {'fuzzy' if entry.fuzzy else 'untranslated'}: {entry.msgid!r}")
        return 1 if entries else 0
    print(f"English catalogue: {copy_msgids(polib.pofile(arguments[0]))} new entries")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
