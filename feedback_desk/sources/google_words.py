"""How Google writes a review's stars and an anonymous reviewer: shared by the Business
Profile connector and the readers of Google's exports, which must not load the connector's
HTTP stack (requests: 50 ms) to read a file."""

from __future__ import annotations

STARS = {"ONE": 1, "TWO": 2, "THREE": 3, "FOUR": 4, "FIVE": 5}
ANONYMOUS = "A Google user"
