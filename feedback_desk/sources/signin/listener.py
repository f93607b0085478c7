"""The loopback redirect of a browser sign-in (RFC 8252, section 7.3).

A tiny web server on 127.0.0.1 with a port the system picks, for one sign-in only. It serves
exactly the redirect path ("/"); anything else (a /favicon.ico, a probe) gets 404 and changes
nothing. The first answer that carries `state`, `code` or `error` ends its job: the `state`
is compared with the one this sign-in sent, and the browser is shown one plain sentence
(signed in, or what went wrong) saying to go back to Feedback Desk. Requests are small and
slow clients are cut off, and `close()` always stops the server thread.
"""

from __future__ import annotations

import hmac
import logging
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ...core.errors import Cancelled
from ...core.redaction import remember_secret
from ...core.texts import translate

log = logging.getLogger(__name__)


def stopped() -> str:
    """What a sign-in stopped by the owner says (every sign-in, here and in base/meta)."""
    return translate("SignIn", "Sign-in stopped, as asked; nothing was stored.")


REDIRECT_PATH = "/"
LONGEST_PATH = 8192  # a redirect with a code and a state is far shorter
TICK = 0.1  # seconds between looks at the stop button while waiting


@dataclass(frozen=True)
class Redirect:
    """What came back: a code (signed in) or an error, and whether the state matched."""

    code: str | None
    error: str | None
    error_description: str | None
    state_ok: bool
    scope: str | None = None


class LoopbackListener:
    def __init__(self, state: str, platform: str) -> None:
        self._state = state
        self._platform = platform
        self._lock = threading.Lock()
        self._arrived = threading.Event()
        self._result: Redirect | None = None
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def redirect_uri(self) -> str:
        if self._server is None:
            raise RuntimeError("the listener is not started")
        return f"http://127.0.0.1:{self._server.server_address[1]}{REDIRECT_PATH}"

    def start(self) -> str:
        server = _Server(("127.0.0.1", 0), _Handler)
        server.listener = self
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": TICK},
            name="sign-in redirect",
            daemon=True,
        )
        self._thread.start()
        log.info("%s sign-in: waiting for the browser on 127.0.0.1", self._platform)
        return self.redirect_uri

    def wait(self, stop: threading.Event, until: float) -> Redirect | None:
        """The redirect, or None when `until` (time.monotonic) passed; Cancelled on stop."""
        while not self._arrived.wait(TICK):
            if stop.is_set():
                raise Cancelled(stopped())
            if time.monotonic() >= until:
                return None
        return self._result

    def close(self) -> None:
        with self._lock:
            server, self._server = self._server, None
            thread, self._thread = self._thread, None
        if server is not None:
            server.shutdown()
            server.server_close()
        if thread is not None:
            thread.join(timeout=5)

    # -- called by the handler, on the server's threads -------------------------------------

    def _take(self, query: dict[str, list[str]]) -> tuple[int, str]:
        def first(key: str) -> str | None:
            values = query.get(key)
            return values[0] if values else None

        code, state = first("code"), first("state")
        remember_secret(code)  # from now on hidden from every message and log line
        with self._lock:
            if self._result is not None:
                return 200, translate(
                    "SignIn", "This sign-in is already finished. You can close this tab."
                )
            state_ok = state is not None and hmac.compare_digest(
                state.encode(), self._state.encode()
            )
            self._result = Redirect(
                code=code,
                error=first("error"),
                error_description=first("error_description"),
                state_ok=state_ok,
                scope=first("scope"),
            )
        self._arrived.set()
        if not state_ok:
            return 400, translate(
                "SignIn",
                "This answer did not come from the sign-in Feedback Desk started, so it was "
                "refused and nothing was stored. Close this tab and start again from "
                "Feedback Desk.",
            )
        if first("error"):
            return 200, translate(
                "SignIn",
                "Feedback Desk was not allowed to connect to {platform}. You can close this "
                "tab and go back to Feedback Desk.",
            ).format(platform=self._platform)
        return 200, translate(
            "SignIn",
            "You are signed in with {platform}. You can close this tab and go back to "
            "Feedback Desk.",
        ).format(platform=self._platform)


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    listener: LoopbackListener


class _Handler(BaseHTTPRequestHandler):
    server: _Server
    timeout = 10  # a client that sends nothing is cut off
    protocol_version = "HTTP/1.0"

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the query holds the code: never logged

    def do_GET(self) -> None:
        if len(self.path) > LONGEST_PATH:
            self._answer(414, translate("SignIn", "That address is too long."))
            return
        parts = urlsplit(self.path)
        if parts.path != REDIRECT_PATH:
            self._answer(404, translate("SignIn", "Not found."))
            return
        query = parse_qs(parts.query, keep_blank_values=True)
        if not ({"code", "error", "state"} & query.keys()):
            self._answer(
                404, translate("SignIn", "This address is only for signing in to Feedback Desk.")
            )
            return
        status, text = self.server.listener._take(query)
        self._answer(status, text)

    def do_POST(self) -> None:
        self._answer(405, translate("SignIn", "Not allowed."))

    do_PUT = do_DELETE = do_PATCH = do_POST

    def _answer(self, status: int, text: str) -> None:
        body = (
            "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Feedback Desk</title>"
            "</head><body style='font-family:sans-serif;font-size:1.3em;margin:3em'><p>"
            + _escape(text)
            + "</p></body></html>"
        ).encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("Referrer-Policy", "no-referrer")
        self.end_headers()
        self.wfile.write(body)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
