#!/usr/bin/env python3
"""Fills in and checks the code-point offsets of corpora/<item>/annotations.tsv.

Annotations are written by hand with `@N` in the start column (the N-th occurrence of the
text column in the side's file, 1-based; `@` alone means the first) and anything in the end
column; this script replaces them with exact code-point offsets [start, end). With --check it
changes nothing and exits 1 when an offset does not match its text (what the C++ reader checks).

  python3 tools/corpus_offsets.py corpora/ru-en.grain-exports          # fill in one item
  python3 tools/corpus_offsets.py --check corpora/*/                   # check all
"""
import argparse
import pathlib
import sys

HEADER = "category\tside\tstart\tend\ttext\tnote"


def unescape(cell):
    out, i = [], 0
    while i < len(cell):
        if cell[i] == "\\" and i + 1 < len(cell):
            out.append({"n": "\n", "t": "\t"}.get(cell[i + 1], cell[i + 1]))
            i += 2
        else:
            out.append(cell[i])
            i += 1
    return "".join(out)


def is_word(char):
    return char.isalnum() or char in "'’"


def whole(text, start, needle):
    """True when the match does not cut a word: "s" must not match inside "children's"."""
    end = start + len(needle)
    if needle[:1].isalnum() and start > 0 and is_word(text[start - 1]):
        return False
    if needle[-1:].isalnum() and end < len(text) and is_word(text[end]):
        return False
    return True


def locate(text, needle, occurrence):
    start = -1
    while occurrence > 0:
        start = text.find(needle, start + 1)
        if start < 0:
            return None
        if whole(text, start, needle):
            occurrence -= 1
    return start


def process(item, check):
    texts = {"target": (item / "target.txt").read_text(encoding="utf-8")}
    if (item / "source.txt").exists():
        texts["source"] = (item / "source.txt").read_text(encoding="utf-8")
    path = item / "annotations.tsv"
    lines = path.read_text(encoding="utf-8").split("\n")
    errors, out = [], []
    for number, line in enumerate(lines, 1):
        fields = line.split("\t")
        if not line or line.startswith("#") or line == HEADER or len(fields) < 5:
            out.append(line)
            continue
        side, start, needle = fields[1], fields[2], unescape(fields[4])
        text = texts.get(side)
        if text is None:
            errors.append(f"{path}:{number}: no text for side '{side}'")
        elif start.startswith("@"):
            if check:
                errors.append(f"{path}:{number}: offsets not filled in")
            else:
                found = locate(text, needle, int(start[1:] or "1"))
                if found is None:
                    errors.append(f"{path}:{number}: '{needle}' not found in {side}")
                else:
                    fields[2], fields[3] = str(found), str(found + len(needle))
        elif text[int(start):int(fields[3])] != needle:
            errors.append(f"{path}:{number}: {start}-{fields[3]} is "
                          f"'{text[int(start):int(fields[3])]}', not '{needle}'")
        out.append("\t".join(fields))
    if not check and not errors:
        path.write_text("\n".join(out), encoding="utf-8")
    return errors


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("items", nargs="+", type=pathlib.Path)
    parser.add_argument("--check", action="store_true", help="only check, change nothing")
    arguments = parser.parse_args()
    errors = []
    for item in arguments.items:
        if (item / "target.txt").exists():  # other material may sit beside the items
            errors += process(item, arguments.check)
    for error in errors:
        print(error, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
