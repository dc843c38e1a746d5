#!/usr/bin/env python3
"""Makes the "three times as large" corpus for bench/run: the pages of a docs folder copied into
COPIES folders, each in its own namespace, so that the copies are separate type sets.

Each copy's pages get `microsoft.graph` (any case, so also its sub-namespaces such as
microsoft.graph.callRecords and every `microsoft.graph.x` qualifier) rewritten to `copyN.graph`; a page
that states no `Namespace:` line gets one under its title, so that no page falls into a namespace
shared by the copies. Nothing else changes: links stay relative within a copy.

    copy_corpus.py DOCS OUT [COPIES]      (COPIES defaults to 3)
"""
import os
import re
import sys

QUALIFIER = re.compile(r"(?i)\bmicrosoft\.graph\b")
NAMESPACE_LINE = re.compile(r"(?m)^Namespace:[ \t]*\S")
TITLE = re.compile(r"(?m)^# .*$")


def rewrite(text: str, namespace: str) -> str:
    text = QUALIFIER.sub(namespace, text)
    if not NAMESPACE_LINE.search(text):
        title = TITLE.search(text)
        if title:
            text = text[: title.end()] + "\n\nNamespace: " + namespace + "\n" + text[title.end():]
    return text


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    docs, out = argv[1], argv[2]
    copies = int(argv[3]) if len(argv) > 3 else 3
    pages = 0
    for n in range(1, copies + 1):
        namespace = f"copy{n}.graph"
        for folder, _, files in os.walk(docs):
            for name in files:
                if not name.endswith(".md"):
                    continue
                src = os.path.join(folder, name)
                dst = os.path.join(out, f"copy{n}", os.path.relpath(src, docs))
                os.makedirs(os.path.dirname(dst), exist_ok=True)
                with open(src, "rb") as f:
                    raw = f.read()
                try:
                    data = rewrite(raw.decode("utf-8"), namespace).encode("utf-8")
                except UnicodeDecodeError:
                    data = raw  # an undecodable page stays as it is (graphdocs reports it once per copy)
                with open(dst, "wb") as f:
                    f.write(data)
                pages += 1
    print(f"{pages} pages in {copies} copies under {out}")


if __name__ == "__main__":
    main(sys.argv)
