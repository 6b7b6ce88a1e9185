"""Check that every gold text is found character for character in the cleaned article (brief.json
articles[].text): a full text as is; an abbreviated one (13 tokens, 7th '…') by its first six
words, then its last six words after them. Rows are searched in article order, as the evaluator does."""
import json, sys, os, collections
gold, brief = sys.argv[1], sys.argv[2]
articles = {a['file']: a['text'] for a in json.load(open(brief, encoding='utf-8'))['articles']}
# By the end of the path, not the file name alone: two web pages may both be "source.html".
def text_of(gold_file):
    return next(t for f, t in articles.items() if f == gold_file or f.endswith('/' + gold_file))
cursor = collections.defaultdict(int); bad = 0; n = collections.Counter()
for k, line in enumerate(open(gold, encoding='utf-8'), 1):
    r = json.loads(line); name = r['file']; t = text_of(name)
    if r['text'] is None: n['none'] += 1; continue
    n['direct' if r['direct'] else 'indirect'] += 1
    w = r['text'].split(' ')
    if len(w) == 13 and w[6] == '…':
        head, tail = ' '.join(w[:6]), ' '.join(w[7:])
        i = t.find(head, cursor[name]);  i = t.find(head) if i < 0 else i
        j = t.find(tail, i + len(head)) if i >= 0 else -1
        ok = i >= 0 and j >= 0
    else:
        if len(w) > 12: print(f'line {k}: {len(w)} words but not abbreviated'); bad += 1
        i = t.find(r['text'], cursor[name]); i = t.find(r['text']) if i < 0 else i
        ok = i >= 0
    if not ok: print(f'line {k}: NOT FOUND {name}: {r["text"]!r}'); bad += 1
    else: cursor[name] = i
    if r.get('cue') and r['cue'] not in t: print(f'line {k}: cue not in text: {r["cue"]!r}'); bad += 1
print(dict(n), 'rows', sum(n.values()), 'problems', bad)
sys.exit(1 if bad else 0)
