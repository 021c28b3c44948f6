"""300 phones sending their answers at once to the real survey server (`visitapp-cli survey
serve` in its own process): all must be stored, p50/p99 latency printed, p99 under 250 ms.

The phones are simulated with asyncio sockets in this process, so the client costs little.
Baseline, measured in the same run: the same burst against a bare waitress server whose app
only says "Merci" (the floor any waitress-served page pays on this machine).
"""

from __future__ import annotations

import asyncio
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
from datetime import date
from pathlib import Path

from benchmarks.harness import Figure

CLI = (sys.executable, "-m", "visitapp.cli")
PHONES = 300
ALONE = 30
BARE_SERVER = """
from waitress.server import create_server
from visitapp.survey.server import ServerLimits

def app(environ, start_response):
    environ["wsgi.input"].read(int(environ.get("CONTENT_LENGTH") or 0))
    start_response("200 OK", [("Content-Type", "text/html; charset=utf-8")])
    return [b"<!doctype html><h1>Merci !</h1>"]

limits = ServerLimits()
server = create_server(app, host="127.0.0.1", port=0, threads=limits.threads,
                       connection_limit=limits.connection_limit, asyncore_use_poll=True)
print(f"http://127.0.0.1:{server.effective_port}/s/bare", flush=True)
server.run()
"""


def _prepare(data_dir: Path) -> str:
    from visitapp.services import Services

    services = Services.open(data_dir / "visitapp.db")
    services.demo.seed(date.today())
    visit = next(s.visit for s in services.records.list_visits() if s.visit.pupils_present is None)
    services.close()
    return visit.id


async def _exchange(host: str, port: int, request: bytes) -> tuple[float, bytes]:
    started = time.perf_counter()
    reader, writer = await asyncio.open_connection(host, port)
    writer.write(request)
    await writer.drain()
    # Done when the whole page is in, as for a phone: headers, then Content-Length bytes (not
    # when the server gets round to closing the socket).
    head = await reader.readuntil(b"\r\n\r\n")
    length = int(re.search(rb"(?i)content-length: *(\d+)", head).group(1))
    body = await reader.readexactly(length)
    elapsed = time.perf_counter() - started
    writer.close()
    return elapsed, head + body


def _get(path: str, host: str) -> bytes:
    return f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode()


def _post(path: str, host: str, body: str, cookie: str) -> bytes:
    data = body.encode()
    return (
        f"POST {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n"
        f"Origin: http://{host}\r\nCookie: {cookie}\r\n"
        "Content-Type: application/x-www-form-urlencoded\r\n"
        f"Content-Length: {len(data)}\r\n\r\n"
    ).encode() + data


async def _form(host: str, port: int, path: str, answer: int) -> bytes:
    _, page = await _exchange(host, port, _get(path, f"{host}:{port}"))
    text = page.decode("utf-8", "replace")
    ids = {n: re.search(rf'name="{n}" value="([^"]+)"', text).group(1) for n in ("rid", "proof")}
    cookie = re.search(r"Set-Cookie: (va_pair_[^;]+)", text).group(1)
    body = urllib.parse.urlencode(
        {**ids, "q_interest": str(answer % 5 + 1), "q_girls_too": "4", "q_gender": "girl"}
    )
    return _post(path, f"{host}:{port}", body, cookie)


async def _measure(url: str) -> tuple[list[float], list[float], int]:
    parts = urllib.parse.urlsplit(url)
    host, port, path = parts.hostname, parts.port, parts.path
    semaphore = asyncio.Semaphore(20)

    async def prepared(i: int) -> bytes:
        async with semaphore:
            return await _form(host, port, path, i)

    alone = []
    for i in range(ALONE):
        request = await prepared(i)
        seconds, reply = await _exchange(host, port, request)
        assert b"200 OK" in reply.split(b"\r\n", 1)[0], reply[:200]
        alone.append(seconds)
    forms = await asyncio.gather(*(prepared(i) for i in range(PHONES)))
    results = await asyncio.gather(*(_exchange(host, port, form) for form in forms))
    thanked = sum(1 for _, reply in results if b"200 OK" in reply.split(b"\r\n", 1)[0])
    return alone, [seconds for seconds, _ in results], thanked


async def _bare_burst(url: str) -> list[float]:
    parts = urllib.parse.urlsplit(url)
    host, port = parts.hostname, parts.port
    body = urllib.parse.urlencode({"rid": "x", "proof": "y", "q_interest": "3", "q_girls_too": "4"})
    form = _post(parts.path, f"{host}:{port}", body, "va_pair_x=y")
    results = await asyncio.gather(*(_exchange(host, port, form) for _ in range(PHONES)))
    return [seconds for seconds, _ in results]


def _bare_baseline() -> list[float]:
    server = subprocess.Popen(
        [sys.executable, "-c", BARE_SERVER], stdout=subprocess.PIPE, text=True
    )
    try:
        url = server.stdout.readline().strip()
        asyncio.run(_bare_burst(url))  # warm-up, like the real server's form requests
        return asyncio.run(_bare_burst(url))
    finally:
        server.terminate()
        server.wait(timeout=30)


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _serve_arguments(visit_id: str) -> list[str]:
    where = ("--host", "127.0.0.1", "--port", "0")
    return ["survey", "serve", "--visit", visit_id, "--phase", "before", *where]


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        visit_id = _prepare(data_dir)
        server = subprocess.Popen(
            [*CLI, "--data-dir", str(data_dir), *_serve_arguments(visit_id)],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env={**os.environ, "LANG": "C.UTF-8"},
        )
        try:
            url = server.stdout.readline().strip()
            alone, burst, thanked = asyncio.run(_measure(url))
        finally:
            server.terminate()
            server.wait(timeout=30)
        bare = _bare_baseline()
        from visitapp.services import Services

        services = Services.open(data_dir / "visitapp.db")
        [session] = services.surveys.sessions_of_visit(visit_id)
        stored = services.surveys.count(session.id) - ALONE
        services.close()
    alone_ms = statistics.median(alone) * 1000
    p50, p99 = _percentile(burst, 0.50) * 1000, _percentile(burst, 0.99) * 1000
    bare50, bare99 = _percentile(bare, 0.50) * 1000, _percentile(bare, 0.99) * 1000
    return [
        Figure(
            f"{PHONES} phones at once: answers stored",
            stored,
            "",
            target=f"all {PHONES}, and each thanked",
            met=stored == PHONES and thanked == PHONES,
        ),
        Figure("one phone answering alone", alone_ms, "ms"),
        Figure(f"{PHONES} phones at once: p50 latency", p50, "ms", "bare waitress", bare50),
        Figure(
            f"{PHONES} phones at once: p99 latency",
            p99,
            "ms",
            "bare waitress",
            bare99,
            "< 250 ms",
            p99 < 250,
        ),
    ]
