# Selection of the headline gold set: the unique headlines (first column) of
# fr_headlines_oneday/api/client/test_one_day.csv that hold a quotation mark, first occurrence
# in file order, every fifth from the first (held-out 31), or from the OFFSET-th after it
# (held-out 32: offset 1). Prints "line<TAB>headline" (1-based physical line).
# Usage: select-headlines.py CSV [OFFSET]
import csv, re, sys
path = sys.argv[1]
offset = int(sys.argv[2]) if len(sys.argv) > 2 else 0
seen, picked = set(), []
with open(path, encoding='utf-8', newline='') as f:
    lines = f.read().split('\n')
for n, line in enumerate(lines, 1):
    if not line.strip():
        continue
    row = next(csv.reader([line]))
    h = row[0]
    if h in seen:
        continue
    seen.add(h)
    if re.search(r'[«»“”"‹›]', h):
        picked.append((n, h))
for i, (n, h) in enumerate(picked):
    if i % 5 == offset:
        print(f"{n}\t{h}")
