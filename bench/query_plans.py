#!/usr/bin/env python3
"""Query plans of every statement the store runs (docs/query-plans.md).

Reads the SQL string literals of server/src/store/{sqlite,postgres}/*.rs
(inserts and test modules left out; the few `format!` templates filled with
the values they take) and prints, as Markdown, one table per database: the
statement, where it is, and its plan on the database given:

  python3 bench/query_plans.py --sqlite FILE --postgres URL

SQLite: `EXPLAIN QUERY PLAN` (parameters unbound). PostgreSQL: the generic
plan of the prepared statement (`plan_cache_mode = force_generic_plan`,
parameters NULL) with `enable_seqscan = off`, so a small table shows the
index PostgreSQL moves to as it grows; a `Seq Scan` left means no index.
Needs the `sqlite3` and `psql` programs (bench/scale.sh installs them).
"""

import argparse
import glob
import os
import re
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def statements(db):
    out = []
    for path in sorted(glob.glob(f"{ROOT}/server/src/store/{db}/*.rs")):
        if path.endswith(("plans.rs", "scratch.rs")):
            continue
        src = open(path, encoding="utf-8").read().split("#[cfg(test)]")[0]
        for m in re.finditer(r'"((?:[^"\\]|\\.)*)"', src, re.S):
            sql = re.sub(r"\\\n\s*", "", m.group(1)).strip()
            line = src[: m.start()].count("\n") + 1
            where = f"{os.path.basename(path)}:{line}"
            if re.match(r"(SELECT|UPDATE|DELETE|WITH)\b", sql):
                out.append((where, sql))
            elif re.match(r"(codice_fiscale|id) = (\?|\$1)", sql):
                # A filter of `credential_where`.
                out.append((where, f"SELECT * FROM credentials WHERE {sql}"))
    filled = []
    for where, sql in out:
        sql = sql.replace("{CREDENTIAL_COLUMNS}", "*").replace("{p}", "module")
        if "{filter}" in sql:
            continue
        # The lockout statements, on `credentials` (operators: the same shape).
        sql = sql.replace("FROM {} ", "FROM credentials ").replace("UPDATE {} ", "UPDATE credentials ")
        if "{stamp}" in sql:
            sql = sql.replace("{stamp}", ", updated_at = ?" if db == "sqlite" else ", updated_at = $3")
            sql = sql.replace("WHERE id = $3", "WHERE id = $4")
        filled.append((where, sql))
    return filled


def sqlite_plan(db_file, sql):
    r = subprocess.run(["sqlite3", db_file, f"EXPLAIN QUERY PLAN {sql}"], capture_output=True, text=True)
    lines = [l.strip(" |`-") for l in r.stdout.splitlines() if l.strip() and l.strip() != "QUERY PLAN"]
    return "; ".join(lines) or r.stderr.strip()


def pg_plan(url, sql):
    n = max([int(x) for x in re.findall(r"\$(\d+)", sql)] or [0])
    args = "(" + ", ".join(["NULL"] * n) + ")" if n else ""
    script = (
        "SET plan_cache_mode = force_generic_plan; SET enable_seqscan = off;\n"
        f"PREPARE q AS {sql};\nEXPLAIN (COSTS OFF) EXECUTE q{args};\n"
    )
    r = subprocess.run(["psql", "-X", "-q", "-A", "-t", url], input=script, capture_output=True, text=True)
    lines = [l.strip().lstrip("-> ").strip() for l in r.stdout.splitlines() if l.strip()]
    return "; ".join(lines) or r.stderr.strip().replace("\n", " ")


def short(sql, width=110):
    return sql if len(sql) <= width else sql[: width - 1] + "…"


def table(title, rows, plan):
    print(f"\n### {title}\n")
    print("| where | statement | plan |")
    print("|---|---|---|")
    for where, sql in rows:
        p = plan(sql)
        flag = " **(scan)**" if re.search(r"\bSCAN \w+$|\bSCAN \w+;|Seq Scan", p) else ""
        cell = lambda s: s.replace("|", "\\|")
        print(f"| `{where}` | `{cell(short(sql))}` | {cell(p)}{flag} |")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sqlite")
    ap.add_argument("--postgres")
    a = ap.parse_args()
    if a.sqlite:
        table("SQLite", statements("sqlite"), lambda s: sqlite_plan(a.sqlite, s))
    if a.postgres:
        table("PostgreSQL", statements("postgres"), lambda s: pg_plan(a.postgres, s))


if __name__ == "__main__":
    main()
