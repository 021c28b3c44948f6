"""`visitapp-cli survey`: a real serving process that stops cleanly on a signal, and results."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from visitapp.cli import main

LOCAL = ("--host", "127.0.0.1", "--port", "0")


def cli(data_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "visitapp.cli", "--data-dir", str(data_dir), *args]


@pytest.fixture
def visit_id(data_dir, capsys) -> str:
    main(["--data-dir", str(data_dir), "demo"])
    capsys.readouterr()
    main(["--data-dir", str(data_dir), "visits", "--json"])
    visits = json.loads(capsys.readouterr().out)
    return next(v["id"] for v in visits if v["pupils_present"] is None)  # an upcoming visit


def results(data_dir: Path, visit_id: str, capsys) -> list[dict]:
    assert (
        main(["--data-dir", str(data_dir), "survey", "results", "--visit", visit_id, "--json"]) == 0
    )
    return json.loads(capsys.readouterr().out)


@pytest.mark.slow
@pytest.mark.parametrize("stop_signal", [signal.SIGTERM, signal.SIGINT])
def test_serve_prints_the_url_first_serves_then_closes_on_a_signal(
    data_dir, visit_id, capsys, stop_signal
):
    process = subprocess.Popen(
        cli(data_dir, "survey", "serve", "--visit", visit_id, "--phase", "before", *LOCAL),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "LANG": "C.UTF-8"},
    )
    try:
        url = process.stdout.readline().strip()
        assert re.fullmatch(r"http://127\.0\.0\.1:\d+/s/[A-Za-z0-9_-]{22}", url), url
        html = urllib.request.urlopen(url, timeout=10).read().decode()
        ids = {
            n: re.search(rf'name="{n}" value="([^"]+)"', html).group(1) for n in ("rid", "proof")
        }
        data = urllib.parse.urlencode({**ids, "q_interest": "5", "q_girls_too": "5"}).encode()
        thanks = urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=10)
        assert "Merci" in thanks.read().decode()
        process.send_signal(stop_signal)
        assert process.wait(timeout=15) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert "1 answer(s)" in process.stderr.read()
    [session] = results(data_dir, visit_id, capsys)
    assert session["closed_at"] and session["responses"] == 1
    assert session["questions"][2]["counts"] == {"5": 1}


def test_results_as_json_for_a_demo_visit(data_dir, capsys):
    main(["--data-dir", str(data_dir), "demo"])
    capsys.readouterr()
    main(["--data-dir", str(data_dir), "visits", "--json"])
    visits = json.loads(capsys.readouterr().out)
    past = [v for v in visits if v["school"] == "Lycée Sophie Germain" and v["pupils_present"]]
    sessions = results(data_dir, past[0]["id"], capsys)
    assert [s["phase"] for s in sessions] == ["before", "after"]
    interest = next(q for q in sessions[1]["questions"] if q["id"] == "interest")
    assert interest["kind"] == "scale" and sum(interest["counts"].values()) == interest["answered"]


def test_results_in_words_show_free_text_as_written(data_dir, visit_id, capsys):
    from visitapp.core.surveys_sessions import Phase
    from visitapp.services import Services

    services = Services.open(data_dir / "visitapp.db")
    session = services.surveys.open_session(visit_id, Phase.AFTER)
    answers = {"interest": 4, "girls_too": 4, "useful": 5, "message": "<b>Génial</b>"}
    services.surveys.submit_kiosk(session.id, answers)
    services.close()
    main(["--data-dir", str(data_dir), "--lang", "fr", "survey", "results", "--visit", visit_id])
    out = capsys.readouterr().out
    assert "1 réponse(s) — ouvert" in out and "« <b>Génial</b> »" in out


def test_an_unknown_visit_is_a_sentence_not_a_traceback(data_dir, capsys):
    code = main(["--data-dir", str(data_dir), "--lang", "fr", "survey", "results", "--visit", "x"])
    assert code == 1
    assert "n'existe plus" in capsys.readouterr().err
    serve = ["survey", "serve", "--visit", "x", "--phase", "after", "--host", "127.0.0.1"]
    serve = main(["--data-dir", str(data_dir), *serve, "--port", "0"])
    assert serve == 1
