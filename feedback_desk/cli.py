"""The command line. Qt-free: only opening the window imports PySide6.

Exit codes: 0 done, 1 a problem with the input or the environment (one clear message on
stderr, no traceback), 2 a usage error.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from . import __version__
from .core.errors import UserFacingError
from .core.model import Comment, Platform, Severity, Status
from .core.triage import Triage
from .home import DataHome, setup_logging
from .sources.file_import import import_export, open_export
from .store import Database
from .store.comments import CommentStore, InboxFilter

log = logging.getLogger(__name__)


class UsageError(Exception):
    """Wrong arguments: exit 2 like argparse does."""


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _comment_id(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a comment id (a number, as listed by 'feedback-desk comments')"
        ) from None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="feedback-desk",
        description="Answer your shop's comments and reviews calmly, worst first. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"feedback-desk {__version__}")
    parser.add_argument(
        "--home",
        metavar="DIR",
        help="data folder (default: FEEDBACK_DESK_HOME or your user data folder)",
    )
    parser.add_argument(
        "--demo", action="store_true", help="open the window on a throwaway copy of a sample inbox"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    imp = commands.add_parser(
        "import",
        help="import a CSV or JSON export (safe to repeat)",
        description="Import comments from a CSV or JSON export. "
        "Importing the same file again adds nothing; a file with a bad "
        "row changes nothing and the message names the row.",
    )
    imp.add_argument("file", metavar="FILE", type=Path)

    lst = commands.add_parser(
        "comments",
        help="list comments, worst first",
        description="List comments, worst first. With --search, the latest arrivals come "
        "first instead, so a search over a big inbox answers at once.",
    )
    lst.add_argument("--status", choices=[s.value for s in Status])
    lst.add_argument("--platform", choices=[p.value for p in Platform])
    lst.add_argument("--severity", choices=[s.value for s in Severity])
    lst.add_argument("--search", metavar="TEXT", help="words to find in the text or author")
    lst.add_argument("--limit", type=_positive, metavar="N", help="show at most N comments")
    lst.add_argument("--json", action="store_true", help="print a JSON list")

    show = commands.add_parser("show", help="show one comment in full")
    show.add_argument("id", type=_comment_id, metavar="ID")
    show.add_argument("--json", action="store_true", help="print JSON")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.demo and args.command:
        parser.error("--demo opens the window; it cannot be combined with a command")
    try:
        if args.command is None:
            return _open_window(args)
        home = DataHome.resolve(args.home)
        db = home.open_database()
        setup_logging(home)
        return int(_COMMANDS[args.command](db, args, sys.stdout))
    except UserFacingError as error:
        print(f"feedback-desk: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("feedback-desk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


def _open_window(args: argparse.Namespace) -> int:
    from .app import run_window  # imports PySide6, which the other commands never need

    return run_window(home_option=args.home, demo=args.demo)


def cmd_import(db: Database, args: argparse.Namespace, out: TextIO) -> int:
    result = import_export(db, open_export(args.file), Triage())
    log.info("import %s: %d rows, %d new", result.file_name, result.total, result.added)
    print(result.summary(), file=out)
    return 0


def cmd_comments(db: Database, args: argparse.Namespace, out: TextIO) -> int:
    inbox = InboxFilter(
        statuses=frozenset({Status(args.status)}) if args.status else frozenset(),
        platforms=frozenset({Platform(args.platform)}) if args.platform else frozenset(),
        severities=frozenset({Severity(args.severity)}) if args.severity else frozenset(),
        search=args.search or "",
    )
    conn = db.connect()
    try:
        found = CommentStore(db, conn).comments(inbox, limit=args.limit)
    finally:
        conn.close()
    if args.json:
        json.dump([c.to_json() for c in found], out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    if not found:
        print(
            "No comments match."
            if _filtered(args)
            else "No comments yet. Import an export with: feedback-desk import FILE",
            file=out,
        )
        return 0
    for comment in found:
        print(_one_line(comment), file=out)
    return 0


def _filtered(args: argparse.Namespace) -> bool:
    return bool(args.status or args.platform or args.severity or args.search)


def _one_line(comment: Comment) -> str:
    first = " ".join(comment.text.split())
    if len(first) > 70:
        first = first[:69] + "…"
    stars = f" {comment.rating}★" if comment.rating else ""
    when = comment.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
    return (
        f"{comment.id:>6}  {comment.severity.value:<8} {comment.status.value:<11} "
        f"{comment.platform.value:<9} {when}  {comment.author[:24]}{stars}: {first}"
    )


def cmd_show(db: Database, args: argparse.Namespace, out: TextIO) -> int:
    conn = db.connect()
    try:
        store = CommentStore(db, conn)
        comment = store.get(args.id)
        history = store.history(args.id)
    finally:
        conn.close()
    if args.json:
        json.dump(comment.to_json(), out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0
    local = comment.created_at.astimezone()
    lines = [
        f"Comment {comment.id} — {comment.platform.label}"
        + (f" ({comment.account})" if comment.account else ""),
        f"From:     {comment.author}",
        f"Written:  {local.strftime('%Y-%m-%d %H:%M %Z')}",
        f"Severity: {comment.severity.label} (sentiment {comment.sentiment:+.2f})",
        f"Status:   {comment.status.label}",
    ]
    if comment.rating:
        lines.append(
            f"Rating:   {'★' * comment.rating}{'☆' * (5 - comment.rating)} ({comment.rating}/5)"
        )
    if comment.url:
        lines.append(f"Link:     {comment.url}")
    lines += ["", comment.text, ""]
    for change in history:
        when = change.at.astimezone().strftime("%Y-%m-%d %H:%M")
        lines.append(f"{when}  {change.old.label} → {change.new.label}")
    print("\n".join(lines).rstrip(), file=out)
    return 0


_COMMANDS: dict[str, Callable[[Database, argparse.Namespace, TextIO], int]] = {
    "import": cmd_import,
    "comments": cmd_comments,
    "show": cmd_show,
}

__all__ = ["main"]

if __name__ == "__main__":
    raise SystemExit(main())
