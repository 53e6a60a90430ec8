#!/usr/bin/env python3
"""Typo probes for the matcher, made outside it: UN-listed names with slips of the keyboard.

  python3 bench/probes/make-typo-probe.py short OUT.tsv   # a slip in the shortest word (3-4 letters) and two slips, seed 11
  python3 bench/probes/make-typo-probe.py one OUT.tsv     # one slip in any word, and a word dropped, seed 23

Writes a header and `query<TAB>listed name` lines, and OUT.tsv.kinds with each line's kind. Score them as pairs with
`remnant match-names` or through screening with `bench/run.sh screen-explain @OUT.tsv` (RESULTS.md, Screening).
"""
import random, re, sys, xml.etree.ElementTree as ET
from pathlib import Path

UN = Path(__file__).resolve().parents[3] / "shared/data/sanctions/un_consolidated_2024-09-26.xml"

def names(bodies):
    root = ET.parse(UN).getroot()
    out = []
    for ind in root.iter("INDIVIDUAL"):
        n = " ".join(p for p in ((ind.findtext(x) or "").strip() for x in ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"]) if p)
        if n and re.fullmatch(r"[A-Za-z' \-\.]+", n): out.append(("P", n))
    if bodies:
        for ent in root.iter("ENTITY"):
            n = (ent.findtext("FIRST_NAME") or "").strip()
            if n and re.fullmatch(r"[A-Za-z' \-\.&,()]+", n): out.append(("E", n))
    return out

def typo(w, kind=None):
    if len(w) < 3: return w
    i = random.randrange(1, len(w) - 1)
    kind = kind or random.choice("sdit")
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if w.isupper() else "abcdefghijklmnopqrstuvwxyz"
    if kind == "s": return w[:i] + random.choice(letters) + w[i + 1:]
    if kind == "d": return w[:i] + w[i + 1:]
    if kind == "i": return w[:i] + random.choice(letters) + w[i:]
    return w[:i] + w[i + 1] + w[i] + w[i + 2:]

def short():
    random.seed(11)
    pool = [n for _, n in names(False)]
    random.shuffle(pool)
    for n in pool[:600]:
        ws = n.split()
        if len(ws) < 2: continue
        a = ws[:]; i = min(range(len(a)), key=lambda k: len(a[k]))
        if 3 <= len(a[i]) <= 4:
            k = random.choice("sdit"); a[i] = typo(a[i], k); yield "short-" + k, " ".join(a), n
        a = ws[:]
        for i in random.sample(range(len(a)), 2): a[i] = typo(a[i])
        yield "two-typos", " ".join(a), n

def one():
    random.seed(23)
    pool = names(True)
    random.shuffle(pool)
    for kind, n in pool[:700]:
        ws = n.split()
        a = ws[:]; i = random.randrange(len(a)); a[i] = typo(a[i])
        yield kind + "-one-typo", " ".join(a), n
        if len(ws) >= 3:
            a = ws[:]; del a[random.randrange(1, len(a))]
            yield kind + "-word-dropped", " ".join(a), n

rows = list({"short": short, "one": one}[sys.argv[1]]())
out = Path(sys.argv[2])
out.write_text("q\tc\n" + "".join(f"{q}\t{c}\n" for _, q, c in rows))
Path(str(out) + ".kinds").write_text("".join(k + "\n" for k, _, _ in rows))
print(f"{len(rows)} rows", file=sys.stderr)
