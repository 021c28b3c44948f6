"""The pupils' page server: waitress in a background thread, bound to one chosen address.

Knows nothing of Qt: whoever starts it passes plain callbacks (the GUI's bridge turns them into
signals). Binding happens in `start()`, so a busy port or a wrong address is an error right away.
"""

from __future__ import annotations

import errno
import functools
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from visitapp.core.errors import VisitappError

if TYPE_CHECKING:
    from visitapp.services.surveys import SurveyService

DEFAULT_PORT = 8765
PORT_ATTEMPTS = 10  # the chosen port, then the next ones, then any free port


class AddressUnavailable(VisitappError):
    code = "survey.address_unavailable"


@dataclass(frozen=True, slots=True)
class ServerLimits:
    """Waitress settings that keep a classroom of phones fast and a bad client harmless."""

    # Bounded: at most this many requests run at once, the rest wait in line. Most of them spend
    # their time waiting for the group commit that holds their answer (GIL released), and the
    # more wait, the larger and fewer the commits: 16 beat 8 and 12 under the 300-phone burst.
    threads: int = 16
    connection_limit: int = 400  # a forum can have a few hundred phones
    channel_timeout: float = 20  # seconds of silence before a connection is dropped
    cleanup_interval: float = 2  # how often silent connections are looked for
    # Waitress refuses bodies over this before Flask sees them; Flask's own 16 KiB limit answers
    # with a readable page below it.
    max_request_body_size: int = 64 * 1024
    max_request_header_size: int = 32 * 1024


@functools.cache
def quiet_channel_class() -> type:
    """Waitress's connection, minus a busy loop that a class answering at once runs into.

    While a request's task runs, its worker thread sends the response itself, holding the
    connection's output lock, and lets go of the GIL inside send(). Waitress's loop then sees
    output waiting, asks to write, finds the lock taken, and polls again at once: it spins over
    every open connection, holding the GIL the worker needs to finish. Under a burst of 300 phones
    that spin took seconds of CPU. So while a task runs the loop does not ask to write; it takes
    over when the task ends (waitress wakes it then), and at once if the task's output passes the
    high watermark (the worker then waits for the loop to flush).
    """
    from waitress.channel import HTTPChannel

    class QuietChannel(HTTPChannel):
        def writable(self) -> bool:
            # Asked of every connection at every turn of the loop: kept to attribute reads.
            if self.will_close or self.close_when_flushed:
                return True
            if self.requests:
                return self.total_outbufs_len >= self.adj.outbuf_high_watermark
            return self.total_outbufs_len > 0

    return QuietChannel


def _accept_every_waiting_connection(server) -> None:
    """Waitress accepts one connection per turn of its loop, and every turn looks at every open
    connection: 300 phones arriving together cost 300 turns before the last is even read. Here
    one turn accepts all that are waiting (up to the connection limit)."""
    accept_one = server.handle_accept
    connections = server._map  # waitress's own map: the listening socket and every connection

    def handle_accept() -> None:
        while len(connections) < server.adj.connection_limit:
            before = len(connections)
            accept_one()
            if len(connections) == before:  # nothing was waiting (or accept failed)
                return

    server.handle_accept = handle_accept


class SurveyServer:
    """Serves every open session of `surveys` at http://<host>:<port>/s/<token>."""

    def __init__(
        self,
        surveys: SurveyService,
        host: str,
        port: int = DEFAULT_PORT,
        *,
        limits: ServerLimits | None = None,
        on_started: Callable[[str], None] | None = None,
        on_stopped: Callable[[], None] | None = None,
    ) -> None:
        self.surveys = surveys
        self.host = host
        self.wanted_port = port
        self.limits = limits or ServerLimits()
        self._on_started = on_started
        self._on_stopped = on_stopped
        self._server = None
        self._thread: threading.Thread | None = None
        self.base_url = ""
        self.port = 0  # the port served, once started (the next free one when `port` was busy)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _create(self, port: int):
        # Flask and waitress load when a survey is first served, not when the app starts.
        from waitress.server import create_server

        from visitapp.survey.app import create_app

        limits = self.limits
        server = create_server(
            create_app(self.surveys),
            host=self.host,
            port=port,
            threads=limits.threads,
            connection_limit=limits.connection_limit,
            channel_timeout=limits.channel_timeout,
            cleanup_interval=limits.cleanup_interval,
            max_request_body_size=limits.max_request_body_size,
            max_request_header_size=limits.max_request_header_size,
            asyncore_use_poll=True,
            ident="visitapp",
            expose_tracebacks=False,
            log_socket_errors=False,
        )
        server.channel_class = quiet_channel_class()
        _accept_every_waiting_connection(server)
        return server

    def _bind(self):
        ports = [self.wanted_port + i for i in range(PORT_ATTEMPTS)] if self.wanted_port else []
        last: OSError | None = None
        for port in [*ports, 0]:
            try:
                return self._create(port)
            except OSError as error:
                if error.errno == errno.EADDRINUSE:
                    last = error
                    continue
                raise AddressUnavailable(error.strerror or str(error), host=self.host) from error
        raise AddressUnavailable(str(last), host=self.host)

    def start(self) -> str:
        """Bind and start serving; returns the base URL (e.g. http://192.168.1.20:8765)."""
        if self.running:
            return self.base_url
        server = self._bind()
        self._server = server
        self.port = port = int(server.effective_port)  # waitress gives it as text
        host = f"[{self.host}]" if ":" in self.host else self.host
        self.base_url = f"http://{host}:{port}"
        self._thread = threading.Thread(target=self._run, name="survey-server", daemon=True)
        self._thread.start()
        self.surveys.announce_base_url(self.base_url)
        if self._on_started:
            self._on_started(self.base_url)
        return self.base_url

    def _run(self) -> None:
        try:
            self._server.run()
        finally:
            if self._on_stopped:
                self._on_stopped()

    def stop(self, timeout: float = 10) -> None:
        """Stop accepting, close every connection, wait for the thread. Safe to call twice."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        self.surveys.announce_base_url(None)

        def shut_down() -> None:
            # Runs inside the server's loop: closing every socket empties its map, which ends run().
            server.task_dispatcher.shutdown(cancel_pending=True, timeout=5)
            for channel in list(server._map.values()):
                channel.close()

        server.trigger.pull_trigger(shut_down)
        thread.join(timeout)
        self._server = None
        self._thread = None


# Waitress logs a line per dropped connection or queue warning: never a client's address, but
# noise on the ambassador's terminal. Errors still show.
logging.getLogger("waitress.queue").setLevel(logging.ERROR)
