#!/usr/bin/env python3
"""Writes the bilingual word lists <src>-<tgt>.txt from concepts.tsv.

Each list is in hunalign's format, one "target word @ source word" per line: every form of a
concept in the source language against every form in the target language. A concept with no word in a column (English "May" is
also the verb) is left out of that language's lists; single Chinese characters are left out. The aligner reads
a list for either direction (en-ru uses ru-en.txt the other way round).
Usage: dictionaries/bilingual/make_lists.py   (rewrites the lists beside it)
"""
import itertools
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
COLUMNS = ["en", "ru", "de", "fr", "es", "zh"]
PAIRS = [("ru", "en"), ("zh", "en"), ("de", "en"), ("fr", "en"), ("es", "en"), ("de", "fr")]


def usable(lang, word):
    """A single Chinese character is part of too many words to be found inside a run."""
    return bool(word) and not (lang == "zh" and len(word) < 2)


def read_concepts():
    concepts = []
    for line in (HERE / "concepts.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("|")]
        if len(cells) != len(COLUMNS):
            raise SystemExit(f"concepts.tsv: {len(cells)} columns in: {line}")
        concepts.append({lang: [w for w in (w.strip() for w in cell.split(",")) if usable(lang, w)]
                         for lang, cell in zip(COLUMNS, cells)})
    return concepts


def write_pair(concepts, source, target):
    lines = set()
    for concept in concepts:
        for s, t in itertools.product(concept[source], concept[target]):
            if " " not in s and " " not in t:
                lines.add(f"{t} @ {s}")
    header = (f"# {source}-{target}: general news vocabulary, 'target @ source' (hunalign format).\n"
              f"# Generated from concepts.tsv by make_lists.py; edit the table, not this file.\n")
    path = HERE / f"{source}-{target}.txt"
    path.write_text(header + "\n".join(sorted(lines)) + "\n", encoding="utf-8")
    return len(lines)


def main():
    concepts = read_concepts()
    for source, target in PAIRS:
        print(f"{source}-{target}: {write_pair(concepts, source, target)} entries")


if __name__ == "__main__":
    main()
