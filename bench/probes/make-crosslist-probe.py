#!/usr/bin/env python3
"""Cross-list probe: one person as the UN and OFAC lists each write the name, linked by an identity document, not a name.

  python3 bench/probes/make-crosslist-probe.py OUT.tsv

A UN-listed individual and an OFAC SDN individual are the same person here when they hold the same passport or national
identity number (letters and digits only, at least six, held by one person on each list), or the same exact date of
birth (not a 1 January, held by one person on each list) and country of birth: the link never looks at the names, so the
probe measures how two agencies' romanisations of one name meet. Writes a header and `query<TAB>listed name`
lines (the UN primary name, then the OFAC primary name; then, for those the UN also writes in their own script, that name
and the OFAC primary name) and OUT.tsv.kinds (`crosslist`, `crosslist-script`). Score them as pairs with
`remnant match-names` (RESULTS.md, Screening). The OFAC file is of 2021 and the UN one of 2024: a person listed on one only
in between is not linked.
"""
import csv, re, sys, xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parents[3] / "shared/data/sanctions"
NUMBER = re.compile(r"(?:Passport|National ID No\.|Identification Number|Cedula No\.|NIT #|Personal ID Card)\s+([A-Z0-9][A-Z0-9 \-/]{4,})", re.I)


def norm(n):
    n = re.sub(r"[^A-Z0-9]", "", n.upper())
    return n if len(n) >= 6 and any(c.isdigit() for c in n) else None


MONTHS = {m: i + 1 for i, m in enumerate(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])}
DOB = re.compile(r"\bDOB (\d\d) ([A-Z][a-z]{2}) (\d{4})(?:; POB [^;]*?([A-Za-z ]+))?(?:;|$)")


def birth(date, country):
    return None if date.endswith("-01-01") or not country else "dob:" + date + ":" + country.strip().lower()


def un_people():
    root = ET.parse(DATA / "un_consolidated_2024-09-26.xml").getroot()
    for ind in root.iter("INDIVIDUAL"):
        name = " ".join(p for p in ((ind.findtext(x) or "").strip() for x in ["FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"]) if p)
        docs = {norm(d.findtext("NUMBER") or "") for d in ind.iter("INDIVIDUAL_DOCUMENT")}
        countries = [(p.findtext("COUNTRY") or "") for p in ind.iter("INDIVIDUAL_PLACE_OF_BIRTH")]
        for d in ind.iter("INDIVIDUAL_DATE_OF_BIRTH"):
            if d.findtext("TYPE_OF_DATE") == "EXACT" and d.findtext("DATE"):
                docs |= {birth(d.findtext("DATE")[:10], c) for c in countries}
        docs -= {None}
        script = " ".join((ind.findtext("NAME_ORIGINAL_SCRIPT") or "").split())
        if name and docs: yield ind.findtext("DATAID"), (name, script), docs


def ofac_people():
    with open(DATA / "ofac_2021-07_sdn.csv", newline="", encoding="latin-1") as f:
        for row in csv.reader(f):
            if len(row) < 12 or row[2].strip() != "individual": continue
            docs = {norm(m.group(1).split(";")[0].split("(")[0]) for m in NUMBER.finditer(row[11])}
            for m in DOB.finditer(row[11]):
                if m.group(4): docs.add(birth(f"{m.group(3)}-{MONTHS.get(m.group(2), 0):02}-{m.group(1)}", m.group(4)))
            docs -= {None}
            if docs: yield row[0], row[1].strip(), docs


def main():
    un, ofac = list(un_people()), list(ofac_people())
    holders = defaultdict(lambda: (set(), set()))
    for i, _, docs in un:
        for d in docs: holders[d][0].add(i)
    for i, _, docs in ofac:
        for d in docs: holders[d][1].add(i)
    links = {(next(iter(u)), next(iter(o))) for u, o in holders.values() if len(u) == 1 and len(o) == 1}
    un_name = {i: n for i, n, _ in un}
    ofac_name = {i: n for i, n, _ in ofac}
    rows = sorted(("crosslist", un_name[u][0], ofac_name[o]) for u, o in links)
    rows += sorted(("crosslist-script", un_name[u][1], ofac_name[o]) for u, o in links if un_name[u][1])
    out = Path(sys.argv[1])
    out.write_text("q\tc\n" + "".join(f"{q}\t{c}\n" for _, q, c in rows))
    Path(str(out) + ".kinds").write_text("".join(k + "\n" for k, _, _ in rows))
    print(f"{len(rows)} rows from {len(un)} UN and {len(ofac)} OFAC individuals with documents", file=sys.stderr)


main()
