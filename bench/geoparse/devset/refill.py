#!/usr/bin/env python3
"""Refill the development set's article texts from search-tool excerpts.

The texts live outside git, in ~/.cache/bordermap/articles/<sha256>.txt. A new machine has none.

  refill.py missing [FILE.json ...]   list the articles whose text is missing: id, title, url
  refill.py put EXCERPTS.jsonl        store every excerpt whose url is in the set and whose
                                      sha256 equals the recorded textSha256

EXCERPTS.jsonl holds one JSON object per line, {"url": "...", "excerpt": "..."}, the `url` and
`excerpt` fields of a `search` result (corpus `pages`) copied as they were returned, escapes and
all. An excerpt whose hash differs is not stored: the article's stored copy changed, or it was
copied wrongly; the report says which length it has against the recorded one.
"""
import glob
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CACHE = os.path.expanduser(os.environ.get("BORDERMAP_ARTICLES", "~/.cache/bordermap/articles"))


def articles(files):
    for path in files or sorted(glob.glob(os.path.join(HERE, "*.json"))):
        for article in json.load(open(path, encoding="utf-8")):
            yield os.path.basename(path), article


def text_path(article):
    return os.path.join(CACHE, article["textSha256"] + ".txt")


def missing(files):
    count = 0
    for name, article in articles(files):
        if not os.path.exists(text_path(article)):
            count += 1
            print(f"{article['id']}\t{name}\t{article['title']}\t{article['url']}")
    print(f"{count} missing", file=sys.stderr)


def normalise(url):
    return url.strip().rstrip("/")


def put(jsonl):
    by_url = {}
    for _, article in articles([]):
        by_url.setdefault(normalise(article["url"]), []).append(article)
    os.makedirs(CACHE, exist_ok=True)
    stored = wrong = unknown = 0
    for number, line in enumerate(open(jsonl, encoding="utf-8"), 1):
        if not line.strip():
            continue
        record = json.loads(line)
        matches = by_url.get(normalise(record["url"]))
        if not matches:
            unknown += 1
            continue
        text = record["excerpt"]
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
        for article in matches:
            if digest == article["textSha256"]:
                with open(text_path(article), "w", encoding="utf-8", newline="") as out:
                    out.write(text)
                stored += 1
                print(f"stored {article['id']}")
            else:
                wrong += 1
                print(f"line {number}: {article['id']} hash differs "
                      f"({len(text)} chars, recorded {article.get('textChars')})")
    print(f"{stored} stored, {wrong} with another hash, {unknown} not in the set", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "missing":
        missing(sys.argv[2:])
    elif len(sys.argv) == 3 and sys.argv[1] == "put":
        put(sys.argv[2])
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
