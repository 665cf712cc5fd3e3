"""Builds the compact place tables of the codice fiscale engine.

Input: the data directory of python-codicefiscale 0.12.1 (municipalities.json,
countries.json, deleted-countries.json; data by ANPR, CC BY 4.0).
Output (in domain/data/):
  places.tsv       code, valid_from, valid_to, province, active, name
                   one line per validity period of a comune (province sigla)
                   or foreign state (province "EE"), sorted by code then date.
                   Consecutive periods of one code with the same name and
                   province that touch or overlap are merged (lossless for
                   "which place is this code on date D").
  provinces.tsv    sigla, name of the 107 active provinces.
  known_codes.bin  bitset of every known code, bit = letter*1000 + number
                   (26 000 bits, 3 250 bytes): the browser's embedded index.
Usage: python generate.py <python-codicefiscale data dir> <domain/data dir>
"""

import datetime as dt
import json
import os
import re
import sys

PROVINCES = {
    "AG": "Agrigento", "AL": "Alessandria", "AN": "Ancona", "AO": "Aosta",
    "AP": "Ascoli Piceno", "AQ": "L'Aquila", "AR": "Arezzo", "AT": "Asti",
    "AV": "Avellino", "BA": "Bari", "BG": "Bergamo", "BI": "Biella",
    "BL": "Belluno", "BN": "Benevento", "BO": "Bologna", "BR": "Brindisi",
    "BS": "Brescia", "BT": "Barletta-Andria-Trani", "BZ": "Bolzano",
    "CA": "Cagliari", "CB": "Campobasso", "CE": "Caserta", "CH": "Chieti",
    "CL": "Caltanissetta", "CN": "Cuneo", "CO": "Como", "CR": "Cremona",
    "CS": "Cosenza", "CT": "Catania", "CZ": "Catanzaro", "EN": "Enna",
    "FC": "Forlì-Cesena", "FE": "Ferrara", "FG": "Foggia", "FI": "Firenze",
    "FM": "Fermo", "FR": "Frosinone", "GE": "Genova", "GO": "Gorizia",
    "GR": "Grosseto", "IM": "Imperia", "IS": "Isernia", "KR": "Crotone",
    "LC": "Lecco", "LE": "Lecce", "LI": "Livorno", "LO": "Lodi",
    "LT": "Latina", "LU": "Lucca", "MB": "Monza e della Brianza",
    "MC": "Macerata", "ME": "Messina", "MI": "Milano", "MN": "Mantova",
    "MO": "Modena", "MS": "Massa-Carrara", "MT": "Matera", "NA": "Napoli",
    "NO": "Novara", "NU": "Nuoro", "OR": "Oristano", "PA": "Palermo",
    "PC": "Piacenza", "PD": "Padova", "PE": "Pescara", "PG": "Perugia",
    "PI": "Pisa", "PN": "Pordenone", "PO": "Prato", "PR": "Parma",
    "PT": "Pistoia", "PU": "Pesaro e Urbino", "PV": "Pavia", "PZ": "Potenza",
    "RA": "Ravenna", "RC": "Reggio Calabria", "RE": "Reggio Emilia",
    "RG": "Ragusa", "RI": "Rieti", "RM": "Roma", "RN": "Rimini",
    "RO": "Rovigo", "SA": "Salerno", "SI": "Siena", "SO": "Sondrio",
    "SP": "La Spezia", "SR": "Siracusa", "SS": "Sassari",
    "SU": "Sud Sardegna", "SV": "Savona", "TA": "Taranto", "TE": "Teramo",
    "TN": "Trento", "TO": "Torino", "TP": "Trapani", "TR": "Terni",
    "TS": "Trieste", "TV": "Treviso", "UD": "Udine", "VA": "Varese",
    "VB": "Verbano-Cusio-Ossola", "VC": "Vercelli", "VE": "Venezia",
    "VI": "Vicenza", "VR": "Verona", "VT": "Viterbo", "VV": "Vibo Valentia",
}

CODE_RE = re.compile(r"^[A-Z][0-9]{3}$")


def date(value):
    if not value:
        return None
    return dt.date.fromisoformat(value[:10])


def clean(text):
    text = " ".join(text.split())
    assert "\t" not in text and "\n" not in text
    return text


def merge(rows):
    """rows: dicts of one code. Returns merged [from, to, province, active, name]."""
    rows = sorted(rows, key=lambda r: (date(r["date_created"]) or dt.date.min))
    out = []
    for r in rows:
        start, end = date(r["date_created"]), date(r["date_deleted"])
        prov, name = r["province"], clean(r["name"])
        if out:
            last = out[-1]
            touches = last[1] is not None and (
                start is None or start <= last[1] + dt.timedelta(days=1)
            )
            if touches and last[2] == prov and last[4] == name:
                last[1] = None if end is None else max(last[1], end)
                last[3] = last[3] or bool(r["active"])
                continue
        out.append([start, end, prov, bool(r["active"]), name])
    return out


def main(src, dst):
    def load(name):
        with open(os.path.join(src, name), encoding="utf-8") as f:
            return json.load(f)

    municipalities = load("municipalities.json")
    countries = load("deleted-countries.json") + load("countries.json")

    by_code = {}
    skipped = 0
    for r in municipalities:
        if not CODE_RE.match(r["code"]) or r["code"].startswith("Z"):
            skipped += 1  # "ND": comuni without a Belfiore code
            continue
        by_code.setdefault(r["code"], []).append(r)
    for r in countries:
        assert CODE_RE.match(r["code"]) and r["code"].startswith("Z"), r
        assert r["code"] not in by_code, r
        by_code.setdefault(r["code"], []).append(r)

    active = {r["province"] for r in municipalities if r["active"]}
    assert active == set(PROVINCES), sorted(active ^ set(PROVINCES))

    lines = []
    bits = bytearray(26000 // 8)
    periods = 0
    for code in sorted(by_code):
        index = (ord(code[0]) - ord("A")) * 1000 + int(code[1:])
        bits[index >> 3] |= 1 << (index & 7)
        for start, end, prov, act, name in merge(by_code[code]):
            periods += 1
            lines.append(
                "\t".join(
                    [
                        code,
                        start.isoformat() if start else "",
                        end.isoformat() if end else "",
                        prov,
                        "1" if act else "0",
                        name,
                    ]
                )
            )

    header = (
        "# Comuni (all validity periods) and foreign states (province EE).\n"
        "# Source: ANPR archive as shipped in python-codicefiscale 0.12.1; "
        "data (c) ANPR, CC BY 4.0.\n"
        "# Generated by scripts/places/generate.sh - do not edit.\n"
        "# code\tvalid_from\tvalid_to\tprovince\tactive\tname\n"
    )
    with open(os.path.join(dst, "places.tsv"), "w", encoding="utf-8") as f:
        f.write(header + "\n".join(lines) + "\n")
    with open(os.path.join(dst, "provinces.tsv"), "w", encoding="utf-8") as f:
        f.write("".join(f"{s}\t{PROVINCES[s]}\n" for s in sorted(PROVINCES)))
    with open(os.path.join(dst, "known_codes.bin"), "wb") as f:
        f.write(bytes(bits))
    print(
        f"{len(by_code)} codes, {periods} periods "
        f"({len(municipalities)} ANPR comune rows, {skipped} without code; "
        f"{len(countries)} states)"
    )


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
