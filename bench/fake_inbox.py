"""Deterministic, realistic-looking comments in bulk for benchmarks."""

from __future__ import annotations

import csv
import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

PLATFORMS = ("facebook", "instagram", "google", "youtube", "mastodon")
FIRST = (
    "Ann",
    "Bilal",
    "Chen",
    "Dara",
    "Eve",
    "Farah",
    "Gus",
    "Hana",
    "Ivo",
    "Jun",
    "Kofi",
    "Lena",
    "Mateo",
    "Nia",
    "Omar",
    "Priya",
    "Quinn",
    "Rosa",
    "Sami",
    "Tess",
    "Uma",
    "Vik",
)
LAST = (
    "Adams",
    "Baker",
    "Costa",
    "Dube",
    "Evans",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ito",
    "Jensen",
    "Khan",
    "Lopez",
    "Moreau",
    "Novak",
    "Okafor",
    "Park",
    "Rossi",
    "Silva",
)
OPENERS = ("Ordered the", "Bought a", "Picked up the", "Tried your", "Got the", "Had the")
ITEMS = (
    "sourdough loaf",
    "carrot cake",
    "flat white",
    "cinnamon bun",
    "coffee beans",
    "birthday cake",
    "croissant",
    "rye bread",
    "gift box",
    "vegan brownie",
    "latte",
    "cheesecake",
    "baguette",
    "oat milk cappuccino",
    "gluten-free muffin",
)
GOOD = (
    "and it was lovely, thank you!",
    "best in town, the staff are so kind.",
    "really fresh and well packed.",
    "will definitely come back.",
    "great value and quick delivery.",
    "my kids loved it.",
)
BAD = (
    "but it arrived two days late.",
    "and the box was crushed.",
    "and it was stale.",
    "but the queue took forty minutes.",
    "and the staff were rude to me.",
    "but I was charged twice.",
    "and it was cold when it got here.",
    "but still no refund after three weeks.",
)
HARSH = (
    "You are all idiots.",
    "Absolute scam, I will report you to trading standards.",
    "WORST SHOP EVER!! NEVER AGAIN!!",
    "What a load of crap, see you in court.",
)
NEUTRAL = (
    "Do you open on Sundays?",
    "Is there parking nearby?",
    "Do you deliver to Leeds?",
    "What time do you close today?",
)


def comments(count: int, seed: int = 7) -> Iterator[dict[str, object]]:
    rnd = random.Random(seed)
    start = datetime(2026, 11, 24, tzinfo=UTC)
    for i in range(count):
        kind = rnd.random()
        item = rnd.choice(ITEMS)
        if kind < 0.45:
            text = f"{rnd.choice(OPENERS)} {item} {rnd.choice(GOOD)}"
            rating = rnd.choice((4, 5))
        elif kind < 0.80:
            text = f"{rnd.choice(OPENERS)} {item} {rnd.choice(BAD)}"
            rating = rnd.choice((1, 2, 3))
        elif kind < 0.92:
            text = rnd.choice(NEUTRAL)
            rating = 3
        else:
            text = f"{rnd.choice(OPENERS)} {item}. {rnd.choice(HARSH)}"
            rating = 1
        platform = PLATFORMS[i % len(PLATFORMS)]
        yield {
            "platform": platform,
            "external_id": f"bench-{i}",
            "author": f"{rnd.choice(FIRST)} {rnd.choice(LAST)}{i % 997}",
            "text": text,
            "created_at": (start - timedelta(seconds=i * 37)).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "url": f"https://example.com/c/{i}",
            "rating": rating if platform == "google" else "",
        }


def write_csv(path: Path, count: int) -> Path:
    fields = ("platform", "external_id", "author", "text", "created_at", "url", "rating")
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=fields)
        writer.writeheader()
        writer.writerows(comments(count))
    return path
