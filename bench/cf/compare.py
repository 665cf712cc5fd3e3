"""Compares python-codicefiscale's answers with ours (JSON lines, same order).

Usage: python compare.py OUT_DIR   (codes.txt, python.jsonl, persons.jsonl, rust.jsonl)
Exit status 1 on any unexplained disagreement.

Agreement required: validity; for codes both call valid, sex, birth date and
birthplace code; birthplace name and province unless our answer carries the
BIRTHPLACE_DATE warning (birth date outside the place's recorded validity:
SPEC §5 makes that a warning, while python-codicefiscale guesses another
century or another period; such cases are counted, not failed), and unless
python-codicefiscale decoded a birth date in the future: it reads the year as
the latest one not after the current *year* (so "26T04" is 4 December 2026
on 23 November 2026), we as the latest *date* not after today (1926-12-04);
then it also resolves the birthplace for the wrong century. Counted, not failed.
"""

import collections
import datetime as dt
import json
import os
import sys


def norm(s):
    return " ".join((s or "").split())


def main(out_dir):
    def lines(name):
        with open(os.path.join(out_dir, name), encoding="utf-8") as f:
            return [l.rstrip("\n") for l in f]

    codes = lines("codes.txt")
    py = [json.loads(l) for l in lines("python.jsonl")]
    rs = [json.loads(l) for l in lines("rust.jsonl")]
    persons = [json.loads(l) for l in lines("persons.jsonl")]
    assert len(codes) == len(py) == len(rs) == len(persons), "line counts differ"
    today = dt.date.today().isoformat()
    stats = collections.Counter()
    failures = []
    for code, p, r, person in zip(codes, py, rs, persons):
        kind = person["kind"]
        stats[f"{kind}:{'valid' if p['valid'] else 'invalid'}"] += 1
        warned = any(w["code"] == "BIRTHPLACE_DATE" for w in r["warnings"])
        if warned:
            stats["ours: BIRTHPLACE_DATE warning"] += 1
        problems = []
        future = (
            p["valid"]
            and r["valid"]
            and p["birth_date"] > today
            and r["decoded"]["birth_date"]
            == str(int(p["birth_date"][:4]) - 100) + p["birth_date"][4:]
        )
        if future:
            stats["differ, python decodes a future birth date"] += 1
            continue
        if p["valid"] != r["valid"]:
            problems.append(f"validity python={p['valid']} ours={r['valid']}")
        elif p["valid"]:
            d = r["decoded"]
            if p["sex"] != d["sex"]:
                problems.append("sex")
            if p["birth_date"] != d["birth_date"]:
                problems.append(f"birth_date {p['birth_date']} vs {d['birth_date']}")
            if p["birthplace"]["code"] != d["birthplace"]["code"]:
                problems.append("birthplace code")
            if (norm(p["birthplace"]["name"]), p["birthplace"]["province"]) != (
                norm(d["birthplace"]["name"]),
                d["birthplace"]["province"],
            ):
                problems.append(
                    f"birthplace {p['birthplace']['name']}/{p['birthplace']['province']}"
                    f" vs {d['birthplace']['name']}/{d['birthplace']['province']}"
                )
        if not problems:
            stats["agree"] += 1
        elif warned:
            stats["differ, explained by BIRTHPLACE_DATE warning"] += 1
        else:
            failures.append((code, problems, p, r, person))
    total = len(codes)
    print(f"codes compared: {total}")
    for k in sorted(stats):
        print(f"  {k}: {stats[k]}")
    print(f"unexplained disagreements: {len(failures)}")
    for code, problems, p, r, person in failures[:20]:
        print(f"  {code}: {'; '.join(problems)}")
        print(f"    python: {json.dumps(p, ensure_ascii=False)}")
        print(f"    ours:   errors={r['errors']} warnings={r['warnings']} decoded={r['decoded']}")
        print(f"    person: {json.dumps(person, ensure_ascii=False)}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main(sys.argv[1])
