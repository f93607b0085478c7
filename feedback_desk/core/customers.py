"""Who a customer is: a name, compared the way a person would compare it.

The same name on two platforms is taken to be the same customer ("Ann Lee" on Facebook and
"ann lee" on Google). Names that differ ("Ann Lee" and "@annie") are only joined when the
owner says so; those links live in the database (`store.customers`).
"""

from __future__ import annotations

import re
import unicodedata

# A Mastodon author is stored as "Display Name (@acct)" or "@acct".
_MASTODON_HANDLE = re.compile(r"\s*\(@[^()\s]+\)\s*$")


def name_key(author: str) -> str:
    """`author` as compared: Unicode-normalised, case-folded, spaces collapsed, without a
    leading "@" or a trailing Mastodon "(@acct)" when a display name comes before it.
    (Run for every complaint of a report: the common cases skip the costly steps.)"""
    text = author if author.isascii() else unicodedata.normalize("NFKC", author)
    if "(@" in text:
        without_handle = _MASTODON_HANDLE.sub("", text)
        if without_handle.strip():
            text = without_handle
    text = " ".join(text.split()).casefold()
    return text.removeprefix("@").strip() or text


def display_name(author: str) -> str:
    """The name to show for a customer: the stored author without a Mastodon "(@acct)"."""
    without_handle = _MASTODON_HANDLE.sub("", author).strip()
    return without_handle or author.strip()
