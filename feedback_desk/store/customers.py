"""Customers: every comment one person wrote, on any platform, and the owner's "same
person" links between names that differ.

A customer is a name as `core.customers.name_key` compares it. When the owner merges two
names, the link table maps the merged name to the customer it joined; every name in a
group maps straight to the group's customer, so a lookup is one step.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from ..core.customers import display_name, name_key
from ..core.errors import UserFacingError
from ..core.model import Platform, iso_utc
from ..core.texts import translate
from .comments import MATCHING_IDS, search_terms
from .database import Database
from .history import History, HistoryRow

# Candidates for "same person as…": enough to choose from, never the whole table.
FIND_LIMIT = 50


@dataclass(frozen=True)
class Customer:
    key: str  # the name the group goes by (as compared)
    names: tuple[str, ...]  # every name in the group, the customer's own first
    comments: tuple[HistoryRow, ...]  # newest first

    @property
    def display(self) -> str:
        """The name to show: how the customer wrote it most recently."""
        for comment in self.comments:
            if name_key(comment.author) == self.key:
                return display_name(comment.author)
        return display_name(self.comments[0].author) if self.comments else self.key

    @property
    def platforms(self) -> tuple[Platform, ...]:
        return tuple(sorted({c.platform for c in self.comments}, key=lambda p: p.value))

    @property
    def authors(self) -> tuple[tuple[Platform, str], ...]:
        """Each (platform, name as written) the customer used, in first-seen order."""
        seen: dict[tuple[Platform, str], None] = {}
        for comment in reversed(self.comments):
            seen.setdefault((comment.platform, comment.author), None)
        return tuple(seen)


@dataclass(frozen=True)
class NameMatch:
    """A name found while looking for the same person under another name."""

    key: str
    author: str  # as last written
    platforms: tuple[Platform, ...]
    comments: int
    customer: str  # the group it already belongs to


class Customers:
    def __init__(self, db: Database, conn: sqlite3.Connection) -> None:
        self._db = db
        self._conn = conn

    # -- the links ---------------------------------------------------------------------------

    def links(self) -> dict[str, str]:
        """Merged name -> the customer it belongs to."""
        return {
            str(name): str(customer)
            for name, customer in self._conn.execute("SELECT name, customer FROM customer_links")
        }

    def customer_key(self, author: str) -> str:
        key = name_key(author)
        row = self._conn.execute(
            "SELECT customer FROM customer_links WHERE name = ?", (key,)
        ).fetchone()
        return str(row[0]) if row else key

    def names(self, customer: str) -> tuple[str, ...]:
        others = [
            str(name)
            for (name,) in self._conn.execute(
                "SELECT name FROM customer_links WHERE customer = ? ORDER BY linked_at, name",
                (customer,),
            )
        ]
        return (customer, *others)

    def merge(self, author: str, into_author: str) -> str:
        """Say the writer of `author` is the same person as the writer of `into_author`;
        their groups become one, going by `into_author`'s customer. Returns that key."""
        with self._db.transaction(self._conn):
            source = self.customer_key(author)
            target = self.customer_key(into_author)
            if source == target:
                raise UserFacingError(
                    translate(
                        "Customers", "{name} and {other} are already the same customer."
                    ).format(name=display_name(author), other=display_name(into_author))
                )
            now = iso_utc(self._db.clock())
            self._conn.execute(
                "UPDATE customer_links SET customer = ? WHERE customer = ?", (target, source)
            )
            self._conn.execute(
                "INSERT INTO customer_links (name, customer, linked_at) VALUES (?,?,?)",
                (source, target, now),
            )
        return target

    def separate(self, author: str) -> None:
        """Undo a merge: the name `author` is its own customer again (names merged into it
        earlier stay with the group they joined)."""
        key = name_key(author)
        with self._db.transaction(self._conn):
            row = self._conn.execute(
                "SELECT customer FROM customer_links WHERE name = ?", (key,)
            ).fetchone()
            if row is None:
                raise UserFacingError(
                    translate(
                        "Customers",
                        "{name} was not merged with anyone, so there is nothing to separate.",
                    ).format(name=display_name(author))
                )
            self._conn.execute("DELETE FROM customer_links WHERE name = ?", (key,))

    # -- reading -----------------------------------------------------------------------------

    def get(self, author: str) -> Customer:
        """Everything the customer who wrote as `author` wrote, under any merged name."""
        key = self.customer_key(author)
        names = self.names(key)
        ids = list({cid for name in names for cid in self._comment_ids(name)})
        rows = History(self._db, self._conn).rows(ids)
        comments = sorted(rows, key=lambda c: (c.created_at, c.id), reverse=True)
        return Customer(key, names, tuple(comments))

    def find(self, text: str, limit: int = FIND_LIMIT) -> list[NameMatch]:
        """Names (not comments) that match the words of `text`, most written first."""
        terms = search_terms(text)
        if not terms:
            return []
        query = _author_query(terms, prefix=True)
        by_key: dict[str, tuple[str, set[Platform], int]] = {}
        for author, platform, count in self._conn.execute(
            f"""SELECT c.author, c.platform, count(*) FROM comments c
               WHERE c.id IN ({MATCHING_IDS})
               GROUP BY c.author, c.platform ORDER BY max(c.created_at) DESC""",
            (query,),
        ):
            key = name_key(str(author))
            last, platforms, total = by_key.get(key, (str(author), set(), 0))
            platforms.add(Platform(platform))
            by_key[key] = (last, platforms, total + int(count))
        links = self.links()
        found = [
            NameMatch(
                key,
                author,
                tuple(sorted(platforms, key=lambda p: p.value)),
                total,
                links.get(key, key),
            )
            for key, (author, platforms, total) in by_key.items()
        ]
        found.sort(key=lambda m: -m.comments)
        return found[:limit]

    def _comment_ids(self, key: str) -> Iterable[int]:
        """Ids of the comments whose author compares equal to `key`. The full-text index
        narrows the search to authors with the same words; names without any word
        (only emoji, say) are compared one by one."""
        terms = search_terms(key)
        if terms:
            query = _author_query(terms, prefix=False)
            rows = self._conn.execute(
                f"""SELECT c.id, c.author FROM comments c
                   WHERE c.id IN ({MATCHING_IDS})""",
                (query,),
            )
        else:
            rows = self._conn.execute("SELECT id, author FROM comments")
        return [int(cid) for cid, author in rows if name_key(str(author)) == key]


def _author_query(terms: list[str], *, prefix: bool) -> str:
    """An FTS5 query for authors holding every one of `terms` (as word beginnings when
    `prefix`)."""
    star = "*" if prefix else ""
    return "author : (" + " ".join('"' + t.replace('"', '""') + '"' + star for t in terms) + ")"
