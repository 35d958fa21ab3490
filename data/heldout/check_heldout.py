#!/usr/bin/env python3
"""Format check of the held-out gold (no extraction): python3 data/heldout/check_heldout.py [DIR] (default: its own directory)"""
import glob, json, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
HELD = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
ACTORS = os.path.join(ROOT, "data/actors")

# PLOVER manual mode tables (AGREE, SUPPORT, CONCEDE, COOPERATE, AID have none); `coup` for COERCE per CONTRACT §3.
MODES = {
    "AGREE": set(), "SUPPORT": set(), "CONCEDE": set(), "COOPERATE": set(), "AID": set(),
    "CONSULT": {"visit", "third-party", "multilateral", "phone"},
    "RETREAT": {"withdraw", "release", "disarm", "ceasefire", "access", "resign"},
    "REQUEST": {"assist", "change", "yield", "meet"},
    "REJECT": {"assist", "change", "yield", "meet"},
    "ACCUSE": {"disapprove", "investigate", "allege"},
    "THREATEN": {"restrict", "arrest", "relations", "expel", "territory", "violence"},
    "PROTEST": {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"},
    "SANCTION": {"convict", "expel", "withdraw", "discontinue"},
    "MOBILIZE": {"troops", "weapons", "police", "militia"},
    "COERCE": {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
               "misinformation", "cyber", "coup"},
    "ASSAULT": {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms", "explosives",
                "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control", "unconventional"},
}
NEEDS_RECIPIENT = {"COOPERATE", "AID", "SANCTION"}  # "Requires recipient: Yes" in the manual
CONTEXTS = set("""military intelligence executive legislative election political_institutions pro_democracy pro_autocracy
economic legal reparations human_rights rights_freedoms repression human_security gender lgbt religion_ethnicity
inequality diplomatic territory peacekeeping health asylum migration disasters natural_resource environment technology
terrorism cbrn cyber misinformation crime corruption illegal_drugs trafficking humanitarian""".split())  # + crosswalk's humanitarian
MODALITIES = {"asserted", "historical", "alleged", "future", "hypothetical", "negated"}
REQUIRED = ["id", "article", "event_type", "mode", "context", "actor", "recipient", "date", "date_precision",
            "modality", "sentence", "span", "confidence", "rule"]
PREC = {"day": r"\d{4}-\d{2}-\d{2}", "month": r"\d{4}-\d{2}", "year": r"\d{4}"}

def load(fn):
    return [json.loads(l) for l in open(os.path.join(ACTORS, fn), encoding="utf-8") if l.strip()]

ids = {r["id"] for f in ("actors.jsonl", "countries.jsonl") for r in load(f)}
states = {r["id"] for r in load("countries.jsonl")}
roles = {r["role"] for r in load("roles.jsonl") if "same_as" not in r}  # colonial/state name other roles' actors

def actor_ok(i):
    if i in ids:
        return True
    m = re.fullmatch(r"(act-[a-z]{3})-([a-z]+)", i)
    return bool(m and m.group(1) in states and m.group(2) in roles)

errors, n_events, bodies = [], 0, {}
for fn in sorted(glob.glob(os.path.join(HELD, "texts", "*.txt"))):
    raw = open(fn, encoding="utf-8").read()
    m = re.match(r"---\n(.*?)\n---\n(.*)", raw, re.S)
    if not m:
        errors.append(f"{fn}: no front matter"); continue
    fm = dict(l.split(": ", 1) for l in m.group(1).splitlines())
    for k in ("id", "title", "date", "lang", "source"):
        if k not in fm: errors.append(f"{fn}: front matter lacks {k}")
    if not re.fullmatch(r"\d{2}_(fr|en)_[a-z0-9-]+\.txt", os.path.basename(fn)) or fm.get("lang") != os.path.basename(fn)[3:5]:
        errors.append(f"{fn}: bad file name / lang")
    bodies[fm["id"]] = m.group(2).strip().encode("utf-8")

for fn in sorted(glob.glob(os.path.join(HELD, "events", "*.jsonl"))):
    art = os.path.basename(fn)[:-6]
    if art not in bodies: errors.append(f"{fn}: no text with id {art}")
    for ln, line in enumerate(open(fn, encoding="utf-8"), 1):
        where = f"{os.path.basename(fn)}:{ln}"
        try:
            r = json.loads(line)
        except json.JSONDecodeError as e:
            errors.append(f"{where}: bad JSON {e}"); continue
        n_events += 1
        for k in REQUIRED:
            if k not in r: errors.append(f"{where}: missing {k}")
        t = r.get("event_type")
        if t not in MODES: errors.append(f"{where}: bad event_type {t}"); continue
        for md in r["mode"]:
            # newskg writes the manual's hyphenated modes with an underscore (ontology/newskg.ttl: crowd_control).
            if md not in MODES[t] and md.replace("_", "-") not in MODES[t]:
                errors.append(f"{where}: mode {md} not valid for {t}")
        for c in r["context"]:
            if c not in CONTEXTS: errors.append(f"{where}: unknown context {c}")
        if r["modality"] not in MODALITIES: errors.append(f"{where}: bad modality")
        if r["article"] != art: errors.append(f"{where}: article {r['article']} != file")
        if (r["date"] is None) != (r["date_precision"] is None) or (
                r["date"] is not None and not re.fullmatch(PREC.get(r["date_precision"], "x"), r["date"])):
            errors.append(f"{where}: date/precision mismatch")
        if not r["actor"]: errors.append(f"{where}: no actor")
        if t in NEEDS_RECIPIENT and not r["recipient"]: errors.append(f"{where}: {t} needs a recipient")
        for a in r["actor"] + r["recipient"]:
            if not actor_ok(a["id"]): errors.append(f"{where}: unknown actor id {a['id']}")
            if "text" in a and a["text"] not in r["sentence"]: errors.append(f"{where}: text {a['text']!r} not in sentence")
        body = bodies.get(art, b"")
        s, e = r["span"]
        if body[s:e].decode("utf-8", "replace") != r["sentence"]: errors.append(f"{where}: span does not match sentence")

print(f"{len(bodies)} texts, {n_events} events, {len(errors)} errors")
for e in errors: print("  " + e)
sys.exit(1 if errors else 0)
