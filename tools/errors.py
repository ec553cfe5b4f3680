#!/usr/bin/env python3
"""Error analysis for development: prints missed gold quotes, false positives and wrong speakers.
Usage: tools/errors.py GOLD.jsonl [--kinds direct,mixed] [--only missed,fp,speaker] [--doc ID]
Runs target/release/quotelens predict on the gold file and matches with shared/eval/score.py's rules."""
import json, subprocess, sys, os, argparse
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(here, '..', '..', 'shared', 'eval'))
import score
ap = argparse.ArgumentParser()
ap.add_argument('gold'); ap.add_argument('--kinds', default=''); ap.add_argument('--only', default='missed,fp,speaker')
ap.add_argument('--doc', default=''); ap.add_argument('--threshold', type=float, default=0.3)
a = ap.parse_args()
only = set(a.only.split(','))
kinds = set(filter(None, a.kinds.split(',')))
binp = os.path.join(here, '..', 'target', 'release', 'quotelens')
out = subprocess.run([binp, 'predict', a.gold], capture_output=True, text=True, check=True).stdout
pred = {d['id']: d for d in map(json.loads, filter(str.strip, out.splitlines()))}
gold = score.load(a.gold)
def show(t, s, e, n=140):
    x = t[s:e].replace('\n', ' ⏎ ')
    return x if len(x) <= n else x[:n//2] + ' … ' + x[-n//2:]
for doc_id, g in gold.items():
    if a.doc and a.doc not in doc_id: continue
    t = g['text']; gq = g['quotes']; pq = pred.get(doc_id, {}).get('quotes', [])
    m = score.match(gq, pq, a.threshold)
    mg = {gi for gi, _ in m}; mp = {pi for _, pi in m}
    mixed = [(q['start'], q['end']) for q in gq if q.get('kind') == 'mixed']
    lines = []
    if 'missed' in only:
        for i, q in enumerate(gq):
            if i not in mg and (not kinds or q['kind'] in kinds):
                lines.append(f"  MISS {q['kind']:<8} [{q['speaker']}] {show(t, q['start'], q['end'])}")
    if 'fp' in only:
        for i, p in enumerate(pq):
            if i not in mp and not any(s <= p['start'] and p['end'] <= e for s, e in mixed):
                lines.append(f"  FP   {p['kind']:<8} [{p['speaker']}] ({p['rule']}) {show(t, p['start'], p['end'])}")
    if 'speaker' in only:
        for gi, pi in m:
            q, p = gq[gi], pq[pi]
            if kinds and q['kind'] not in kinds: continue
            if q.get('speaker') and not score.speaker_right(q, p):
                gs = [t[s:e] for s, e in q.get('speaker_spans') or []]
                ps = [t[s:e] for s, e in p.get('speaker_spans') or []]
                lines.append(f"  SPK  {q['kind']:<8} gold [{q['speaker']}] {gs} pred [{p['speaker']}] {ps} ({p['rule']}) {show(t, q['start'], q['end'], 80)}")
    if lines:
        print(f"== {doc_id}")
        print('\n'.join(lines))
