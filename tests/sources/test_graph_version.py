"""Meta's Graph API version is written in one place, feedback_desk/sources/graph.py."""

from __future__ import annotations

import re
from pathlib import Path

from feedback_desk.sources import facebook, graph, instagram
from feedback_desk.sources.signin import meta

ROOT = Path(__file__).resolve().parents[2]
VERSION = re.compile(r"\bv\d{1,2}\.\d\b")  # v25.0, v26.0 …
SOURCE = ROOT / "feedback_desk" / "sources" / "graph.py"


def test_no_other_file_writes_a_graph_version() -> None:
    offenders = []
    for folder in ("feedback_desk", "tests", "scripts", "bench", "resources", "packaging"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix not in {".py", ".sh", ".json", ".html", ".txt", ".toml"}:
                continue
            if path == SOURCE or not path.is_file():
                continue
            for number, line in enumerate(path.read_text(errors="replace").splitlines(), 1):
                if re.search(r"/v\d{1,2}\.\d\b", line) or (
                    "graph" in line.lower() and VERSION.search(line)
                ):
                    offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == [], "use feedback_desk.sources.graph.GRAPH_VERSION:\n" + "\n".join(
        offenders
    )


def test_every_connector_and_the_sign_in_ask_for_that_version() -> None:
    assert VERSION.fullmatch(graph.GRAPH_VERSION)
    assert facebook.GRAPH_VERSION is graph.GRAPH_VERSION
    assert meta.GRAPH_VERSION is graph.GRAPH_VERSION
    # Instagram is a GraphConnector: it builds its root the same way, from the same constant.
    assert issubclass(instagram.InstagramConnector, facebook.GraphConnector)
    assert "GRAPH_VERSION" in Path(facebook.__file__).read_text()
