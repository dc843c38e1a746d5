#!/usr/bin/env python3
"""nullable_halves.py - prop_nullable_acc on the whole corpus and on two halves of it.

Usage (from the repository root, after exporting the corpus schema as CSDL):
  python3 tools/nullable_halves.py --truth ../shared/corpus/graph-docs-v1.0/metadata.xml \
      --candidate /tmp/n2.xml [--scorer ../shared/tools] [--rows out.tsv]

The matched properties (declared, in types both schemas have) split by zlib.crc32 of the lower-case
qualified declaring type name, mod 2: a stable split that keeps a type's properties together, so a
nullability rule can be checked for gains on both halves before it is taken (docs/schema-recovery.md).
Matching is the scorer's own (csdl_score.Schema). --rows writes one line per matched property:
half, type, property, kind, truth type, truth nullable, candidate nullable. Scoring aid only:
schema recovery never reads metadata.xml.
"""
import argparse
import collections
import sys
import zlib


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--truth', required=True)
    ap.add_argument('--candidate', required=True)
    ap.add_argument('--scorer', default='../shared/tools', help='folder holding csdl_score.py')
    ap.add_argument('--rows', help='write the matched properties as TSV')
    a = ap.parse_args()
    sys.path.insert(0, a.scorer)
    from csdl_score import Schema
    truth, cand = Schema(a.truth), Schema(a.candidate)
    rows = []
    for key, t in sorted(truth.types.items()):
        c = cand.types.get(key)
        if t['kind'] == 'EnumType' or c is None:
            continue
        for n in sorted(t['props'].keys() & c['props'].keys()):
            p, q = t['props'][n], c['props'][n]
            half = zlib.crc32(t['name'].lower().encode('utf-8')) % 2
            rows.append((half, t['name'], p['name'], p['kind'], p['type'], p['nullable'], q['nullable']))
    ok, total = collections.Counter(), collections.Counter()
    for r in rows:
        total[r[0]] += 1
        ok[r[0]] += r[5] == r[6]
    def line(label, num, den):
        print('%-6s %d/%d %.2f%%' % (label, num, den, 100.0 * num / den if den else 0.0))
    line('all', sum(ok.values()), len(rows))
    for h in (0, 1):
        line('half%d' % h, ok[h], total[h])
    if a.rows:
        with open(a.rows, 'w', encoding='utf-8') as f:
            for r in rows:
                f.write('\t'.join(map(str, r)) + '\n')


if __name__ == '__main__':
    main()
