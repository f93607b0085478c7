"""Plain text from the HTML a platform sends (Mastodon statuses), with the standard parser.

Block elements (paragraphs, line breaks, list items, quotes, divisions, headings...) become
line breaks, character references are decoded, the text of script and style elements is
dropped, and nothing is ever run or fetched: the result is shown as plain text only.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Each starts and ends a line of its own; consecutive ones make a single line break.
BLOCKS = frozenset(
    {
        "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tr",
        "ul",
    }
)  # fmt: skip
# Their content is never text a person wrote for others to read.
DROPPED = frozenset({"script", "style", "template", "head", "title", "noscript"})
_SPACES = re.compile(r"[ \t\r\n\f]+")


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []  # finished lines
        self._line: list[str] = []  # pieces of the line being written
        self._dropped = 0  # inside how many script/style elements
        self._pre = 0  # inside how many <pre> elements (white space kept)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in DROPPED:
            self._dropped += 1
        elif tag == "br":
            self._end_line(always=True)
        elif tag in BLOCKS:
            self._end_line()
            self._pre += tag == "pre"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._end_line(always=True)
        elif tag in BLOCKS:
            self._end_line()

    def handle_endtag(self, tag: str) -> None:
        if tag in DROPPED:
            self._dropped = max(0, self._dropped - 1)
        elif tag in BLOCKS:
            self._end_line()
            if tag == "pre":
                self._pre = max(0, self._pre - 1)

    def handle_data(self, data: str) -> None:
        if self._dropped:
            return
        if self._pre:
            first, *rest = data.split("\n")
            self._line.append(first)
            for line in rest:
                self._end_line(always=True)
                self._line.append(line)
            return
        self._line.append(_SPACES.sub(" ", data))

    def _end_line(self, *, always: bool = False) -> None:
        """Finish the current line: a block boundary only if the line has something, a
        <br> always (two in a row leave an empty line, as they show)."""
        text = "".join(self._line)
        if text.strip() or always:
            self.lines.append(text.strip() if not self._pre else text.rstrip())
        self._line = []


def html_to_text(content: str) -> str:
    """The text of `content` as a reader sees it, line breaks kept, no markup left."""
    parser = _TextParser()
    parser.feed(content)
    parser.close()
    parser._end_line()
    return "\n".join(parser.lines).strip()
