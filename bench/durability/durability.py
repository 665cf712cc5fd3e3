#!/usr/bin/env python3
"""Kill -9 durability check for one database (standard library only).

Starts the release server on DATABASE, drives CLIENTS concurrent clients
(each: a synthetic citizen through the sim API, a PIN request, reading half 1
from the simulated SMS, a login with it (an L0 session), then the next
citizen), records every write the server acknowledged
(2xx), kills the server with SIGKILL while the load runs, checks the database
file/cluster as the kill left it, restarts the server on the same database
and checks, through the public and sim API, that every write acknowledged so
far (in this and earlier rounds) is there, and in the database that no codice
fiscale has two live PINs. KILLS rounds, then a table of figures; exit status
1 on any loss, duplicate, integrity error or a server that does not answer.

  durability.py --server BIN --database URL --label NAME [--kills 3]
                [--clients 200] [--work DIR] [--psql PSQL]
"""

import argparse
import asyncio
import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import time

TIMEOUT = 120.0


class Http:
    """A minimal HTTP/1.1 client on asyncio streams, one connection per
    request (Connection: close), so a kill leaves no pooled socket behind."""

    def __init__(self, port):
        self.port = port
        self.in_flight = 0

    async def request(self, method, path, body=None, cookie=None):
        self.in_flight += 1
        try:
            return await self._request(method, path, body, cookie)
        finally:
            self.in_flight -= 1

    async def _request(self, method, path, body, cookie):
        reader, writer = await asyncio.open_connection("127.0.0.1", self.port)
        try:
            data = b"" if body is None else json.dumps(body).encode()
            head = [
                f"{method} /api/v1{path} HTTP/1.1",
                f"Host: 127.0.0.1:{self.port}",
                "Connection: close",
                "Accept: application/json",
                f"Content-Length: {len(data)}",
            ]
            if body is not None:
                head.append("Content-Type: application/json")
            if cookie:
                head.append(f"Cookie: {cookie}")
            writer.write(("\r\n".join(head) + "\r\n\r\n").encode() + data)
            await writer.drain()
            raw = await reader.read()
        finally:
            writer.close()
        if not raw:
            raise ConnectionError("no answer")
        head, _, payload = raw.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        status = int(lines[0].split()[1])
        headers = {}
        cookies = []
        for line in lines[1:]:
            name, _, value = line.partition(":")
            name, value = name.strip().lower(), value.strip()
            headers[name] = value
            if name == "set-cookie":
                cookies.append(value.split(";", 1)[0])
        if headers.get("transfer-encoding", "").lower() == "chunked":
            payload = dechunk(payload)
        elif "content-length" in headers:
            if len(payload) < int(headers["content-length"]):
                raise ConnectionError("truncated answer")
        try:
            parsed = json.loads(payload) if payload else None
        except ValueError:
            parsed = None
        return status, parsed, "; ".join(cookies) or None


def dechunk(data):
    out = b""
    while True:
        size_line, _, rest = data.partition(b"\r\n")
        size = int(size_line.split(b";")[0] or b"0", 16)
        if size == 0:
            return out
        if len(rest) < size:
            raise ConnectionError("truncated chunk")
        out += rest[:size]
        data = rest[size + 2:]


class Ledger:
    """Every write the server acknowledged, by kind, plus the requests whose
    outcome a kill left unknown (answered by nobody)."""

    def __init__(self):
        self.citizens = {}  # cf -> citizen
        self.requests = {}  # cf -> {"mobile", "request"}
        self.half1 = {}  # cf -> half 1 as read from the SMS
        self.sessions = {}  # cf -> cookie
        self.unknown_requests = {}  # cf -> PIN request body, outcome unknown
        self.acked_round = 0
        self.requests_round = 0
        self.logins_round = 0
        self.mobiles = 0

    def ack(self):
        self.acked_round += 1

    def new_mobile(self):
        """A mobile number no other user of the run has (inboxes are by
        recipient)."""
        self.mobiles += 1
        return f"+39333{self.mobiles:07d}"


def pin_request_body(citizen, mobile):
    return {
        "codice_fiscale": citizen["codice_fiscale"],
        "residence_type": "italia",
        "personal": {
            k: citizen[k]
            for k in ("surname", "name", "birth_date", "sex", "birthplace_code")
        },
        "residence": citizen["residence"],
        "contacts": {
            "home_phone": None,
            "mobile": mobile,
            "email": f"{citizen['codice_fiscale'].lower()}@example.it",
            "pec": None,
            "preferred_phone": "mobile",
            "preferred_time": "09-13",
        },
    }


async def sms_secret(http, mobile, hint="prima parte"):
    status, msgs, _ = await http.request(
        "GET", f"/sim/messages?recipient=%2B{mobile.lstrip('+')}"
    )
    if status != 200:
        return None
    for m in msgs:
        text = (m.get("subject") or "") + (m.get("body") or "")
        if m.get("secret") and hint in text:
            return m["secret"]
    return None


async def client(http, ledger, n, stop):
    """One user after another until `stop`: each acknowledged step goes
    into the ledger the moment its answer arrives."""
    while not stop.is_set():
        mobile = ledger.new_mobile()
        cf = None
        step = "citizen"
        try:
            status, citizen, _ = await http.request("POST", "/sim/citizens", {})
            if status != 201:
                await asyncio.sleep(0.05)
                continue
            cf = citizen["codice_fiscale"]
            ledger.citizens[cf] = citizen
            ledger.ack()
            step = "request"
            body = pin_request_body(citizen, mobile)
            ledger.unknown_requests[cf] = body
            status, _, _ = await http.request("POST", "/pin-requests", body)
            del ledger.unknown_requests[cf]
            if status != 201:
                continue
            ledger.requests[cf] = {"mobile": mobile}
            ledger.ack()
            ledger.requests_round += 1
            step = "sms"
            half1 = await sms_secret(http, mobile)
            if half1 is None:
                continue
            ledger.half1[cf] = half1
            step = "login"
            status, _, cookie = await http.request(
                "POST", "/session", {"codice_fiscale": cf, "pin": half1}
            )
            if status != 200 or not cookie:
                continue
            ledger.sessions[cf] = cookie
            ledger.ack()
            ledger.logins_round += 1
        except (OSError, ConnectionError, asyncio.IncompleteReadError, ValueError):
            # The server went away mid-request: outcome unknown, not acked.
            if step != "request" and cf in ledger.unknown_requests:
                del ledger.unknown_requests[cf]
            await asyncio.sleep(0.05)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def wait_healthy(http, proc, seconds=120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            status, body, _ = await http.request("GET", "/health")
            if status == 200 and body == {"status": "ok"}:
                return
        except OSError:
            pass
        await asyncio.sleep(0.05)
    raise RuntimeError("server did not answer /health")


class Database:
    def __init__(self, url, psql):
        self.url = url
        self.psql = psql
        self.sqlite = not url.startswith(("postgres://", "postgresql://"))

    def _sqlite_path(self):
        return self.url.removeprefix("sqlite://").removeprefix("sqlite:").split("?")[0]

    def query(self, sql):
        """Rows of `sql` as lists of strings."""
        if self.sqlite:
            con = sqlite3.connect(self._sqlite_path(), timeout=30)
            try:
                return [[str(c) for c in r] for r in con.execute(sql).fetchall()]
            finally:
                con.close()
        out = subprocess.run(
            [self.psql, "-X", "-q", "-A", "-t", "-F", "|", "-v", "ON_ERROR_STOP=1",
             "-d", self.url, "-c", sql],
            check=True, capture_output=True, text=True,
        ).stdout
        return [line.split("|") for line in out.splitlines() if line.strip()]

    def integrity(self):
        """'ok', or what the engine's own checker found."""
        if self.sqlite:
            rows = self.query("PRAGMA integrity_check")
            fk = self.query("PRAGMA foreign_key_check")
            problems = [r[0] for r in rows if r != ["ok"]] + [",".join(r) for r in fk]
            return "ok" if not problems else "; ".join(problems[:5])
        # amcheck: every B-tree index of the schema against its table
        # (heapallindexed), and every table's heap pages.
        self.query("CREATE EXTENSION IF NOT EXISTS amcheck")
        self.query(
            "SELECT bt_index_check(c.oid, true) FROM pg_index i "
            "JOIN pg_class c ON c.oid = i.indexrelid "
            "JOIN pg_am a ON a.oid = c.relam "
            "JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE a.amname = 'btree' AND n.nspname = 'public'"
        )
        heap = self.query(
            "SELECT c.relname, v.msg FROM pg_class c "
            "JOIN pg_namespace n ON n.oid = c.relnamespace, "
            "LATERAL verify_heapam(c.oid) v "
            "WHERE c.relkind = 'r' AND n.nspname = 'public'"
        )
        return "ok" if not heap else "; ".join("|".join(r) for r in heap[:5])

    def duplicated(self):
        """Codici fiscali with more than one live PIN."""
        return [
            r[0]
            for r in self.query(
                "SELECT codice_fiscale FROM credentials WHERE state <> 'revoked' "
                "GROUP BY codice_fiscale HAVING COUNT(*) > 1"
            )
        ]


async def bounded(limit, coros):
    sem = asyncio.Semaphore(limit)

    async def run(c):
        async with sem:
            return await c

    return await asyncio.gather(*(run(c) for c in coros))


async def verify(http, ledger, db):
    """Every acknowledged write, read back through the API: a list of
    (kind, codice fiscale, what was found) for the ones missing."""
    lost = []
    status, listed, _ = await http.request("GET", "/sim/citizens?limit=10000")
    known = {c["codice_fiscale"] for c in listed} if status == 200 else set()
    if len(known) >= 10000:
        # More than the API lists at once (many kills): read the table.
        known = {r[0] for r in db.query("SELECT codice_fiscale FROM citizens")}
    lost += [("citizen", cf, "not listed") for cf in ledger.citizens if cf not in known]

    async def request_there(cf):
        # A second request for an issued PIN is refused: the first is there.
        body = pin_request_body(ledger.citizens[cf], ledger.requests[cf]["mobile"])
        status, answer, _ = await http.request("POST", "/pin-requests", body)
        if status != 409 or (answer or {}).get("code") != "PIN_ALREADY_ASSIGNED":
            return ("pin request", cf, f"re-request answered {status} {answer}")
        if cf in ledger.half1:
            half1 = await sms_secret(http, ledger.requests[cf]["mobile"])
            if half1 != ledger.half1[cf]:
                return ("pin request", cf, "half-1 SMS not in the inbox")
        return None

    async def session_there(cf):
        status, me, _ = await http.request("GET", "/me", cookie=ledger.sessions[cf])
        if status != 200 or me.get("codice_fiscale") != cf:
            return ("session", cf, f"/me answered {status}")
        return None

    checks = [request_there(cf) for cf in ledger.requests]
    checks += [session_there(cf) for cf in ledger.sessions]
    lost += [r for r in await bounded(16, checks) if r]
    return lost


async def settle_unknown(http, ledger):
    """PIN requests a kill cut off: asked again, each must be either taken
    now (201) or already there (409), never a second PIN (checked in the
    database after)."""
    settled = 0
    for cf, body in list(ledger.unknown_requests.items()):
        status, answer, _ = await http.request("POST", "/pin-requests", body)
        if status == 201 or (status == 409 and answer.get("code") == "PIN_ALREADY_ASSIGNED"):
            settled += 1
        del ledger.unknown_requests[cf]
    return settled


async def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--server", required=True)
    ap.add_argument("--database", required=True)
    ap.add_argument("--label", required=True)
    ap.add_argument("--kills", type=int, default=3)
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--work", default=".")
    ap.add_argument("--psql", default="psql")
    ap.add_argument("--min-acks", type=int, default=40,
                    help="kill once this many PIN requests and this many logins "
                         "were acknowledged in the round, after a random 0-2 s more")
    args = ap.parse_args()

    db = Database(args.database, args.psql)
    port = free_port()
    http = Http(port)
    env = dict(os.environ, RUST_LOG="warn")
    cmd = [args.server, "serve", "--listen", f"127.0.0.1:{port}",
           "--database", args.database,
           "--uploads-dir", os.path.join(args.work, "uploads")]
    log = open(os.path.join(args.work, "server.log"), "ab")

    def start():
        return subprocess.Popen(cmd, env=env, stdout=log, stderr=log)

    ledger = Ledger()
    rows = []
    failed = False
    proc = start()
    try:
        await wait_healthy(http, proc)
        for k in range(1, args.kills + 1):
            ledger.acked_round = ledger.requests_round = ledger.logins_round = 0
            stop = asyncio.Event()
            tasks = [asyncio.create_task(client(http, ledger, n, stop))
                     for n in range(args.clients)]
            t0 = time.monotonic()
            while (min(ledger.requests_round, ledger.logins_round) < args.min_acks
                   and time.monotonic() - t0 < 600):
                await asyncio.sleep(0.01)
            await asyncio.sleep(random.uniform(0, 2))
            in_flight = http.in_flight
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            load_s = time.monotonic() - t0
            stop.set()
            await asyncio.gather(*tasks)
            acked = ledger.acked_round
            integrity = db.integrity()
            t1 = time.monotonic()
            proc = start()
            await wait_healthy(http, proc)
            restart_s = time.monotonic() - t1
            lost = await verify(http, ledger, db)
            settled = await settle_unknown(http, ledger)
            dups = db.duplicated()
            total = len(ledger.citizens) + len(ledger.requests) + len(ledger.sessions)
            for kind, cf, what in lost[:10]:
                print(f"  LOST {kind} {cf}: {what}", file=sys.stderr)
            for cf in dups[:10]:
                print(f"  DUPLICATE live PIN for {cf}", file=sys.stderr)
            if lost or dups or integrity != "ok":
                failed = True
            kinds = f"{len(ledger.citizens)}/{len(ledger.requests)}/{len(ledger.sessions)}"
            rows.append([args.label, k, acked, total, kinds, in_flight, settled,
                         len(lost), len(dups), integrity, f"{load_s:.1f}",
                         f"{restart_s:.2f}"])
            print(f"{args.label}: kill {k}: {acked} acknowledged this round "
                  f"({total} so far), {in_flight} in flight, {len(lost)} lost, "
                  f"{len(dups)} duplicated, integrity {integrity}", file=sys.stderr)
        # The server answers a full procedure after the last restart.
        status, citizen, _ = await http.request("POST", "/sim/citizens", {})
        ok = status == 201
        if ok:
            status, _, _ = await http.request(
                "POST", "/pin-requests", pin_request_body(citizen, "+393339999999"))
            ok = status == 201
        if not ok:
            failed = True
        print(f"{args.label}: answers after the last restart: {'yes' if ok else 'NO'}",
              file=sys.stderr)
    finally:
        if proc.poll() is None:
            proc.terminate()
            proc.wait()
    with open(os.path.join(args.work, "rows.json"), "w") as f:
        json.dump(rows, f)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
