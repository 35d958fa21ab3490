#!/usr/bin/env python3
"""Generate data/actors/countries.jsonl: one State actor record per sovereign state.

Source: npm package `world-countries` v5 (ODbL 1.0), installed with npm into a temporary directory that is
deleted afterwards (nothing of it is committed), merged with the hand-written scripts/countries-overrides.json.

    python3 scripts/gen-countries.py                      # npm install world-countries@5 into a temp dir
    WORLD_COUNTRIES_JSON=/path/countries.json python3 scripts/gen-countries.py   # use a copy you already have

Kept: every entry with `independent == true`, plus Palestine (PSE) and Kosovo, which world-countries marks as not
independent but PLOVER codes as country actors of their own (Kosovo has no ISO code: PLOVER's KOS is used, where
world-countries says UNK). Taiwan and Western Sahara are not kept.

Output: sorted by id, keys in this order: id, class, name, aliases, country, sector, wikidata, parent, demonyms,
capital (the last one left out for the states listed in CAPITAL_EXCLUDED below).
"""

from __future__ import annotations

import json
import re
import os
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OVERRIDES = ROOT / "scripts" / "countries-overrides.json"
OUT = ROOT / "data" / "actors" / "countries.jsonl"

# world-countries code -> code used here (PLOVER manual: Kosovo "does not have an ISO code; we use KOS").
CODE_FIX = {"UNK": "KOS"}
# Not `independent` in world-countries, kept anyway (PLOVER gives both a country entry of their own).
EXTRA_STATES = {"PSE", "UNK"}

# Wikidata ids: only these, checked by hand; every other state gets null.
WIKIDATA = {
    "FRA": "Q142", "MLI": "Q912", "RUS": "Q159", "USA": "Q30", "NER": "Q1032", "BFA": "Q965", "UKR": "Q212",
    "GBR": "Q145", "CAN": "Q16", "DZA": "Q262", "TCD": "Q657", "SEN": "Q1041", "MRT": "Q1025", "CIV": "Q1008",
    "GIN": "Q1006", "NGA": "Q1033", "CHN": "Q148", "DEU": "Q183", "MAR": "Q1028", "LBY": "Q1016", "BEN": "Q962",
    "TGO": "Q945", "GHA": "Q117", "TUR": "Q43", "IRN": "Q794", "ISR": "Q801", "ITA": "Q38", "ESP": "Q29",
    "BEL": "Q31", "JPN": "Q17", "IND": "Q668", "BRA": "Q155", "EGY": "Q79", "SDN": "Q1049", "CMR": "Q1009",
    "CAF": "Q929", "SAU": "Q851", "ARE": "Q878", "QAT": "Q846", "GMB": "Q1005", "GNB": "Q1007", "CPV": "Q1011",
    "SLE": "Q1044", "LBR": "Q1014", "ETH": "Q115", "KEN": "Q114", "UGA": "Q1036", "RWA": "Q1037", "COD": "Q974",
    "COG": "Q971", "GAB": "Q1000", "GNQ": "Q983", "ZAF": "Q258", "SOM": "Q1045", "TUN": "Q948", "ERI": "Q986",
    "DJI": "Q977", "SSD": "Q958", "TZA": "Q924", "MOZ": "Q1029", "AGO": "Q916", "NAM": "Q1030", "ZMB": "Q953",
    "ZWE": "Q954", "BWA": "Q963", "MDG": "Q1019", "MWI": "Q1020", "BDI": "Q967",
}

# Capitals stand for the government in the text ("Paris a suspendu…"), so a capital whose name is also a common
# word, a common person name, a bigger or better-known place, or (a part of) a country name would make false actors.
# These states get no `capital` key. Washington is KEPT although it is also a US state and a surname: it is the
# usual metonym for the US government.
CAPITAL_EXCLUDED = {
    "ATG": "Saint John's: also St. John's (Newfoundland) and many other places",
    "BEL": "Brussels / Bruxelles: stands for the European Union far more often than for Belgium",
    "BGR": "Sofia: a common first name",
    "BHS": "Nassau: also the German region and the House of Nassau",
    "BOL": "Sucre: French word for sugar",
    "CHL": "Santiago: a common first name, and Santiago de Cuba / de Compostela / (Dominican Republic)",
    "CRI": "San José: San Jose, California, is the bigger place in English news",
    "DJI": "Djibouti: same as the country name",
    "DMA": "Roseau: French word for reed",
    "GNB": "Bissau: part of the country name Guinea-Bissau / Guinée-Bissau",
    "GRD": "St. George's: a common place and institution name",
    "GTM": "Guatemala City: contains the country name",
    "GUY": "Georgetown: also the Washington neighbourhood and university, and Penang's capital",
    "ISR": "Jerusalem: status contested; more often the place or the holy city than Israel's government",
    "JAM": "Kingston: a surname and the name of many other places (Kingston upon Thames, Ontario)",
    "KNA": "Basseterre: Basse-Terre is a town and island of Guadeloupe (France)",
    "KWT": "Kuwait City: contains the country name (and the French capital name would be Koweït, the country)",
    "LCA": "Castries: a French surname and a town in France",
    "LUX": "Luxembourg: same as the country name (and a Belgian province)",
    "MCO": "Monaco: same as the country name",
    "MDV": "Malé: 'male' once accents are folded",
    "MEX": "Mexico City: the French name Mexico is the English name of the country",
    "NLD": "Amsterdam: the government sits in The Hague; Amsterdam is not used for the Dutch government",
    "NZL": "Wellington: a person name (Duke of Wellington) and a common word (wellington boots)",
    "PAN": "Panama City: contains the country name (and Panama City, Florida)",
    "SGP": "Singapore: same as the country name",
    "SLV": "San Salvador: contains the French country name Salvador",
    "SMR": "City of San Marino: contains the country name",
    "STP": "São Tomé: part of the country name São Tomé and Príncipe",
    "SYC": "Victoria: a common first name and the name of many places",
    "VAT": "Vatican City: same as the country name",
    "YEM": "Sanaa: held by the Houthis; 'Sanaa' in the news means them, not the recognised government",
}

REQUIRED_KEYS = ["id", "class", "name", "aliases", "country", "sector", "wikidata", "parent", "demonyms", "capital"]


def fold(s: str) -> str:
    """Case- and accent-insensitive key, as the matcher compares (apostrophes unified)."""
    s = s.replace("\u2019", "'").replace("\u02bc", "'")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.casefold().split())


def clean(s: str) -> str:
    """Typographic apostrophe to ASCII, stray spaces around hyphens and apostrophes removed."""
    s = s.replace("\u2019", "'")
    s = re.sub(r"\s+-", "-", s)                   # "République -Unie" -> "République-Unie"
    s = re.sub(r"\b([dlDL])'\s+", r"\1'", s)      # "Côte d' Ivoire" -> "Côte d'Ivoire"
    return " ".join(s.split())


def load_world_countries() -> tuple[list[dict], str]:
    given = os.environ.get("WORLD_COUNTRIES_JSON")
    if given:
        return json.loads(Path(given).read_text(encoding="utf-8")), "(local file)"
    with tempfile.TemporaryDirectory(prefix="world-countries-") as tmp:
        subprocess.run(
            ["npm", "install", "--prefix", tmp, "--no-save", "--no-package-lock", "--no-audit", "--no-fund",
             "--loglevel=error", "world-countries@5"],
            check=True, stdout=subprocess.DEVNULL,
        )
        pkg = Path(tmp) / "node_modules" / "world-countries"
        version = json.loads((pkg / "package.json").read_text(encoding="utf-8"))["version"]
        return json.loads((pkg / "countries.json").read_text(encoding="utf-8")), version


def plural_fr(word: str) -> str:
    return word if word[-1] in "sxz" else word + "s"


def fr_demonyms(c: dict) -> list[str] | None:
    d = c.get("demonyms", {}).get("fra")
    if not d or not d.get("m") or not d.get("f"):
        return None
    ms, fs = clean(d["m"]).lower(), clean(d["f"]).lower()
    return [ms, fs, plural_fr(ms), plural_fr(fs)]


def en_demonyms(c: dict) -> list[str]:
    d = c.get("demonyms", {}).get("eng") or {}
    out: list[str] = []
    for k in ("m", "f"):
        if d.get(k) and d[k] not in out:
            out.append(d[k])
    return out


def dedup(items: list[str], exclude: set[str]) -> list[str]:
    seen = set(exclude)
    out = []
    for s in items:
        k = fold(s)
        if s and k not in seen:
            seen.add(k)
            out.append(s)
    return out


def build(c: dict, ov: dict) -> dict:
    code = CODE_FIX.get(c["cca3"], c["cca3"])
    name = {"en": clean(c["name"]["common"]), "fr": clean(c["translations"]["fra"]["common"])}
    name.update(ov.get("name", {}))
    official = {"en": clean(c["name"]["official"]), "fr": clean(c["translations"]["fra"]["official"])}
    official.update(ov.get("official", {}))
    aliases = {}
    for lang in ("en", "fr"):
        extra = ov.get("aliases", {}).get(lang, [])
        cand = ([official[lang]] if official[lang] else []) + extra
        aliases[lang] = dedup(cand, {fold(name[lang])})

    demonyms: dict = {"en": ov.get("demonyms", {}).get("en") or en_demonyms(c)}
    fr = ov["demonyms"]["fr"] if "fr" in ov.get("demonyms", {}) else fr_demonyms(c)
    if fr is not None:
        assert len(fr) == 4 and all(f == f.lower() for f in fr), (code, fr)
        demonyms["fr"] = fr

    rec = {
        "id": "act-" + code.lower(),
        "class": "State",
        "name": name,
        "aliases": aliases,
        "country": code,
        "sector": None,
        "wikidata": WIKIDATA.get(code),
        "parent": None,
        "demonyms": demonyms,
    }
    if code not in CAPITAL_EXCLUDED:
        caps = c.get("capital") or []
        if caps:
            en = ov.get("capital", {}).get("en") or clean(caps[0])
            rec["capital"] = {"en": en, "fr": ov.get("capital", {}).get("fr") or en}
    return rec


def check_collisions(records: list[dict]) -> None:
    """Warn (stderr) when one surface form belongs to two states: the engine must treat it as ambiguous."""
    owners: dict[str, set[str]] = {}
    for r in records:
        forms = list(r["name"].values())
        forms += [a for lang in r["aliases"].values() for a in lang]
        forms += [d for lang in r["demonyms"].values() for d in lang]
        forms += list(r.get("capital", {}).values())
        for f in forms:
            owners.setdefault(fold(f), set()).add(r["country"])
    for form, codes in sorted(owners.items()):
        if len(codes) > 1:
            print(f"note: '{form}' belongs to {', '.join(sorted(codes))}", file=sys.stderr)


def main() -> None:
    countries, version = load_world_countries()
    overrides = {k: v for k, v in json.loads(OVERRIDES.read_text(encoding="utf-8")).items() if not k.startswith("_")}
    kept = [c for c in countries if c.get("independent") is True or c["cca3"] in EXTRA_STATES]
    codes = {CODE_FIX.get(c["cca3"], c["cca3"]) for c in kept}
    unknown = set(overrides) - codes
    if unknown:
        sys.exit(f"overrides for unknown states: {sorted(unknown)}")
    records = sorted((build(c, overrides.get(CODE_FIX.get(c["cca3"], c["cca3"]), {})) for c in kept),
                     key=lambda r: r["id"])
    missing = set(WIKIDATA) - codes
    if missing:
        sys.exit(f"wikidata table names states not generated: {sorted(missing)}")
    check_collisions(records)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    print(f"world-countries {version}: wrote {len(records)} states to {OUT.relative_to(ROOT)} "
          f"({sum('fr' in r['demonyms'] for r in records)} with French demonyms, "
          f"{sum('capital' in r for r in records)} with a capital, "
          f"{sum(r['wikidata'] is not None for r in records)} with a Wikidata id)")


if __name__ == "__main__":
    main()
