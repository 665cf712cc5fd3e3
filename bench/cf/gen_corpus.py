"""Differential corpus: random persons encoded and decoded by python-codicefiscale.

Usage: python gen_corpus.py N SEED OUT_DIR
Writes OUT_DIR/codes.txt (one code per line) and OUT_DIR/python.jsonl (one
answer per line: valid, sex, birth_date, birthplace code/name/province) and
OUT_DIR/persons.jsonl (how each code was made).

Each person: a random surname and name (Italian lists, accents, apostrophes),
sex, a birthplace period of ANPR's archive (comuni 85 %, foreign states 15 %)
and a birth date inside that period and within the last 100 years (5 % of
persons: any date of the last 100 years, valid period or not). Each person
gives 3 codes: the code, a random omocode spelling of it, and the code with
one random character replaced by a random letter or digit.
"""

import datetime as dt
import json
import os
import random
import sys

import codicefiscale as cf
from codicefiscale.data import get_countries_data, get_municipalities_data

SURNAMES = """Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno
Gallo Conti De_Luca Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro
Mariani Rinaldi Caruso Ferrara Galli Martini Leone Longo Gentile Martinelli Vitale Lombardo
Serra Coppola De_Santis D'Angelo Marchetti Parisi Villa Conte Ferraro Ferri Fabbri Bianco
Marini Grasso Valentini Messina Sala De_Angelis Gatti Pellegrini Palumbo Sanna Farina Rizzi
Monti Cattaneo Morelli Amato Silvestri Mazza Testa Dell'Acqua Fo Lì Ré Sciò Nicolò Ò Yu Ng
Abbà Cefalù Müller O'Neill Xu Wu Zoë Ercolè""".split()
NAMES = """Mario Luca Giuseppe Francesca Giulia Anna_Maria Nicolò Gianfranco Chiara Alessandro
Sofia Matteo Ilaria Paolo Ada Li Andrea Lorenzo Leonardo Francesco Gabriele Riccardo Tommaso
Edoardo Mattia Giorgio Aurora Alice Ginevra Emma Giorgia Greta Beatrice Anna Vittoria Noemi
Maria_Grazia Pier_Paolo Gian_Luca Filippo Niccolò Ludovica Bianca Zoe Agnese Elia Ugo Io Eva
Oscar Carla José François Jürgen Anaïs""".split()


def pick_name(rng, words):
    return rng.choice(words).replace("_", " ")


def day(s):
    return dt.date.fromisoformat(s[:10]) if s else None


def main(n, seed, out_dir):
    rng = random.Random(seed)
    today = dt.date.today()
    oldest = today.replace(year=today.year - 100) + dt.timedelta(days=1)
    comuni = [m for m in get_municipalities_data() if len(m["code"]) == 4]
    states = get_countries_data()
    os.makedirs(out_dir, exist_ok=True)
    codes_f = open(os.path.join(out_dir, "codes.txt"), "w")
    py_f = open(os.path.join(out_dir, "python.jsonl"), "w")
    persons_f = open(os.path.join(out_dir, "persons.jsonl"), "w")
    made = 0
    while made < n:
        place = rng.choice(comuni if rng.random() < 0.85 else states)
        start = max(day(place["date_created"]) or oldest, oldest)
        end = min(day(place["date_deleted"]) or today, today)
        anywhere = rng.random() < 0.05
        if anywhere:
            start, end = oldest, today
        if start > end:
            continue
        born = start + dt.timedelta(days=rng.randrange((end - start).days + 1))
        sex = rng.choice("MF")
        surname, name = pick_name(rng, SURNAMES), pick_name(rng, NAMES)
        body = (
            cf.encode_lastname(surname)
            + cf.encode_firstname(name)
            + cf.encode_birthdate(born.isoformat(), sex)
            + place["code"]
        )
        code = body + cf.encode_cin(body)
        try:
            omocode = rng.choice(cf.decode(code)["omocodes"][1:])
        except ValueError:
            omocode = None
        mutated = list(code)
        mutated[rng.randrange(16)] = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        mutated = "".join(mutated)
        person = {
            "surname": surname, "name": name, "sex": sex, "birth_date": born.isoformat(),
            "birthplace_code": place["code"], "any_date": anywhere,
        }
        for kind, c in (("code", code), ("omocode", omocode), ("mutated", mutated)):
            if c is None:
                continue
            try:
                d = cf.decode(c)
                answer = {
                    "valid": True,
                    "sex": d["gender"],
                    "birth_date": d["birthdate"].date().isoformat(),
                    "birthplace": {
                        "code": d["birthplace"]["code"],
                        "name": d["birthplace"]["name"],
                        "province": None if d["birthplace"]["province"] == "EE"
                        else d["birthplace"]["province"],
                    },
                }
            except ValueError as e:
                answer = {"valid": False, "error": str(e)}
            codes_f.write(c + "\n")
            py_f.write(json.dumps(answer, ensure_ascii=False) + "\n")
            persons_f.write(json.dumps({"kind": kind, **person}, ensure_ascii=False) + "\n")
        made += 1
    print(f"{made} persons, today {today}")


if __name__ == "__main__":
    main(int(sys.argv[1]), int(sys.argv[2]), sys.argv[3])
