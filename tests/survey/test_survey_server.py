"""The real waitress server in its thread: binding, busy ports, slow clients, limits, stopping."""

from __future__ import annotations

import http.client
import socket
import threading
import time
import urllib.parse
import urllib.request

import pytest

from tests.survey.conftest import form_ids
from visitapp.survey.server import AddressUnavailable, ServerLimits, SurveyServer


@pytest.fixture
def server(services, session):
    events: list[str] = []
    running = SurveyServer(
        services.surveys,
        "127.0.0.1",
        0,
        limits=ServerLimits(channel_timeout=1, cleanup_interval=0.2),
        on_started=lambda url: events.append("started " + url),
        on_stopped=lambda: events.append("stopped"),
    )
    running.events = events
    running.start()
    yield running
    running.stop()


def request(method: str, url: str, body: bytes | None = None, headers: dict | None = None):
    parts = urllib.parse.urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    connection.request(method, parts.path, body=body, headers=headers or {})
    response = connection.getresponse()
    data = response.read()
    connection.close()
    return response, data.decode("utf-8", "replace")


def test_it_binds_only_the_chosen_address_and_says_where(server, session):
    assert server.base_url.startswith("http://127.0.0.1:")
    assert server.events == ["started " + server.base_url]
    assert server.surveys.url_of(session) == f"{server.base_url}/s/{session.token}"
    response, _html = request("GET", f"{server.base_url}/s/{session.token}")
    assert response.status == 200 and response.getheader("Server") == "visitapp"
    listening = server._server.socket.getsockname()
    assert listening[0] == "127.0.0.1"


def test_a_busy_port_falls_back_to_the_next_one(services, session):
    blocker = socket.socket()
    blocker.bind(("127.0.0.1", 0))
    blocker.listen()
    busy = blocker.getsockname()[1]
    running = SurveyServer(services.surveys, "127.0.0.1", busy)
    try:
        url = running.start()
        assert not url.endswith(f":{busy}")
        assert request("GET", f"{url}/s/{session.token}")[0].status == 200
    finally:
        running.stop()
        blocker.close()


def test_an_address_that_is_not_this_laptops_is_a_clear_error(services):
    with pytest.raises(AddressUnavailable) as error:
        SurveyServer(services.surveys, "192.0.2.123", 0).start()
    assert error.value.params["host"] == "192.0.2.123"


def test_a_slow_client_is_dropped(server, session):
    slow = socket.create_connection(("127.0.0.1", int(server.base_url.rsplit(":", 1)[1])))
    slow.sendall(b"GET /s/" + session.token.encode() + b" HTTP/1.1\r\nHost: x\r\n")  # never ends
    slow.settimeout(10)
    started = time.monotonic()
    assert slow.recv(1024) == b""  # the server closed the connection
    assert time.monotonic() - started < 9
    slow.close()


def test_a_huge_body_is_refused_before_the_app_reads_it(server, session):
    response, _ = request(
        "POST",
        f"{server.base_url}/s/{session.token}",
        body=b"q_interest=" + b"4" * 200_000,
        headers={"Content-Type": "application/x-www-form-urlencoded"},
    )
    assert response.status == 413


def test_phones_answering_at_once_are_all_stored(server, services, session):
    url = f"{server.base_url}/s/{session.token}"
    failures: list[str] = []

    def phone() -> None:
        try:
            html = urllib.request.urlopen(url, timeout=20).read().decode()
            data = urllib.parse.urlencode(
                {**form_ids(html), "q_interest": "3", "q_girls_too": "4"}
            ).encode()
            with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=20) as r:
                if "Merci" not in r.read().decode():
                    failures.append("no thanks")
        except Exception as error:  # reported below, with the rest
            failures.append(repr(error))

    phones = [threading.Thread(target=phone) for _ in range(40)]
    for thread in phones:
        thread.start()
    for thread in phones:
        thread.join()
    assert failures == []
    assert services.surveys.count(session.id) == 40


def test_stopping_frees_the_port_and_says_so(services, session):
    events: list[str] = []
    running = SurveyServer(services.surveys, "127.0.0.1", 0, on_stopped=lambda: events.append("x"))
    url = running.start()
    port = int(url.rsplit(":", 1)[1])
    keep_alive = socket.create_connection(("127.0.0.1", port))  # an idle phone stays connected
    running.stop()
    running.stop()  # harmless twice
    assert not running.running and events == ["x"]
    assert services.surveys.base_url is None
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=2)
    keep_alive.close()


def test_a_response_bigger_than_the_buffers_still_arrives_whole():
    """The server's connections leave the sending to the request's thread while it runs; a
    response that outgrows the output buffer (a slow phone) must still be flushed by the loop."""
    from waitress.server import create_server

    from visitapp.survey.server import quiet_channel_class

    chunk = b"x" * 256 * 1024

    def app(environ, start_response):
        start_response("200 OK", [("Content-Length", str(len(chunk) * 64))])
        return iter([chunk] * 64)

    waitress = create_server(
        app, host="127.0.0.1", port=0, threads=2, outbuf_high_watermark=512 * 1024
    )
    waitress.channel_class = quiet_channel_class()
    thread = threading.Thread(target=waitress.run, daemon=True)
    thread.start()
    try:
        with socket.create_connection(("127.0.0.1", waitress.effective_port), timeout=10) as phone:
            phone.sendall(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
            time.sleep(0.5)  # a slow phone: the server's buffers fill up meanwhile
            received = b""
            while data := phone.recv(1 << 16):
                received += data
        assert received.endswith(chunk) and len(received.split(b"\r\n\r\n", 1)[1]) == 64 * len(
            chunk
        )
    finally:
        waitress.close()
