"""A platform for the GUI-stall bench's sync: the tests' fake Mastodon server (a real HTTP
server on 127.0.0.1 speaking Mastodon's documented payloads and paging), in a process of its
own, as a real platform is: building its answers must not share the app's interpreter.

    .venv/bin/python -m bench.fake_platform

prints "<base url> <token>", then answers each line read:
  seed N   N new mentions of the shop (a day later than the last ones), "seeded N"
and stops when its input ends, printing "errors N" (tracebacks of the fake itself).
"""

from __future__ import annotations

import sys
from datetime import timedelta


def main() -> None:
    from tests.fakes import FakeMastodon

    # No rate limit: the fake's clock stands still, so every request of every repeat
    # would fall in one window.
    fake = FakeMastodon(rate_limit_limit=1_000_000_000)
    with fake:
        print(fake.base_url, fake.token, flush=True)
        for line in sys.stdin:
            command, _, value = line.strip().partition(" ")
            if command == "seed":
                fake.advance(days=1)
                fake.seed(int(value), span=timedelta(hours=12), others=False)
                print(f"seeded {int(value)}", flush=True)
    for error in fake.errors:
        print(error, file=sys.stderr)
    print(f"errors {len(fake.errors)}", flush=True)


if __name__ == "__main__":
    main()
