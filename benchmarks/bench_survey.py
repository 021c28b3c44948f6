"""300 phones sending their answers at once to the real survey server (`visitapp-cli survey
serve` in its own process): all must be stored, p50/p99 latency printed, p99 under 250 ms.

The phones are simulated with asyncio sockets in this process, so the client costs little and
the server has the machine's cores to itself. Baseline: one phone answering alone.
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

PHONES = 300
ALONE = 30


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
    data = await reader.read()  # the server closes after answering (Connection: close)
    writer.close()
    return time.perf_counter() - started, data


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


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        visit_id = _prepare(data_dir)
        server = subprocess.Popen(
            [sys.executable, "-m", "visitapp.cli", "--data-dir", str(data_dir), "survey"]
            + ["serve", "--visit", visit_id, "--phase", "before", "--host", "127.0.0.1"]
            + ["--port", "0"],
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
        from visitapp.services import Services

        services = Services.open(data_dir / "visitapp.db")
        [session] = services.surveys.sessions_of_visit(visit_id)
        stored = services.surveys.count(session.id) - ALONE
        services.close()
    alone_ms = statistics.median(alone) * 1000
    p50, p99 = _percentile(burst, 0.50) * 1000, _percentile(burst, 0.99) * 1000
    return [
        Figure(
            f"{PHONES} phones at once: answers stored",
            stored,
            "",
            target=f"all {PHONES}, and each thanked",
            met=stored == PHONES and thanked == PHONES,
        ),
        Figure(f"{PHONES} phones at once: p50 latency", p50, "ms", "one phone alone", alone_ms),
        Figure(
            f"{PHONES} phones at once: p99 latency",
            p99,
            "ms",
            "one phone alone",
            alone_ms,
            "< 250 ms",
            p99 < 250,
        ),
    ]
