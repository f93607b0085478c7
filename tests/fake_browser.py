"""A stand-in for the owner's web browser, for `BROWSER="python tests/fake_browser.py %s"`.

It opens the URL it is given and follows redirects the way a browser does, including the
last one back to Feedback Desk on 127.0.0.1, so a sign-in runs end to end against the local
fake platforms. Standard library only (the app runs it as a separate program).

FAKE_BROWSER chooses what the "owner" does:
  ok            sign in and allow (the default)
  deny          click "Cancel"/"Deny" on the consent page (adds consent=deny to the page)
  wrong-state   the redirect back carries another `state` (a forged redirect)
  never-return  sign in, but the browser never comes back to Feedback Desk
  closed        the browser window is closed at once: nothing is opened
FAKE_BROWSER_LOG, when set, names a file to which each address visited is appended.
"""

from __future__ import annotations

import os
import sys
import urllib.error
import urllib.request
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None  # we follow them ourselves, to look at each one


def _with(url: str, **params: str) -> str:
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in params]
    query.extend(params.items())
    return urlunsplit(parts._replace(query=urlencode(query)))


def _comes_back(url: str) -> bool:
    keys = {k for k, _ in parse_qsl(urlsplit(url).query)}
    return "state" in keys and bool(keys & {"code", "error"})


def main(url: str) -> int:
    mode = os.environ.get("FAKE_BROWSER", "ok")
    log = os.environ.get("FAKE_BROWSER_LOG")
    if mode == "closed":
        return 0
    if mode == "deny":
        url = _with(url, consent="deny")
    opener = urllib.request.build_opener(_NoRedirect)
    for _ in range(10):
        if log:
            with open(log, "a", encoding="utf-8") as file:
                file.write(url + "\n")
        try:
            with opener.open(url, timeout=10) as answer:
                answer.read(100_000)
            return 0
        except urllib.error.HTTPError as error:
            location = error.headers.get("Location") if 300 <= error.code < 400 else None
            error.read(100_000)
            if location is None:
                return 0  # an error page: a browser shows it, and that is all
        except OSError:
            return 0  # nobody listens any more: the browser shows "cannot connect"
        target = urljoin(url, location)
        if _comes_back(target):
            if mode == "never-return":
                return 0
            if mode == "wrong-state":
                target = _with(target, state="forged-" + "x" * 16)
        url = target
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
