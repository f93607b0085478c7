"""The command line. Qt-free: only opening the window imports PySide6.

Exit codes: 0 done, 1 a problem with the input or the environment (one clear message on
stderr, no traceback), 2 a usage error.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, TextIO

from . import __version__

# Only what the parser needs is imported at the top: `feedback-desk --version` and --help
# answer at once, and each command imports what it uses (bench/startup.py times it).
if TYPE_CHECKING:
    import argparse
    import sqlite3
    from collections.abc import Callable, Sequence
    from datetime import date

    from .core.model import Comment, Platform
    from .home import DataHome
    from .services import Services


class _Log:
    """This module's logger, imported at its first use (`--version` never logs)."""

    def __getattr__(self, name: str) -> Any:
        import logging

        return getattr(logging.getLogger(__name__), name)


log = _Log()


class UsageError(Exception):
    """Wrong arguments: exit 2 like argparse does."""


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise _argparse().ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise _argparse().ArgumentTypeError("must be 1 or more")
    return value


def _field_column(text: str) -> tuple[str, str]:
    field, equals, column = text.partition("=")
    if not equals or not field.strip():
        raise _argparse().ArgumentTypeError(f"{text!r} is not FIELD=COLUMN (like author=Kunde)")
    return field.strip().lower(), column.strip()


def _platform_name(text: str) -> Platform:
    from .core.model import Platform

    try:
        return Platform(text)
    except ValueError:
        raise _argparse().ArgumentTypeError(f"{text!r} is not a platform name") from None


def _comment_id(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise _argparse().ArgumentTypeError(
            f"{text!r} is not a comment id (a number, as listed by 'feedback-desk comments')"
        ) from None


def _argparse() -> Any:
    import argparse

    return argparse


def _window_parser() -> argparse.ArgumentParser:
    """The options of the window itself (and --version): all `feedback-desk` needs when it
    opens the window."""
    import argparse

    parser = argparse.ArgumentParser(
        prog="feedback-desk",
        allow_abbrev=False,  # "--token" must never be taken as an abbreviation of something
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
    parser.add_argument(
        "--hidden",
        action="store_true",
        help="start in the tray without a window (used when starting at login; only when "
        "keeping watch in the tray is on)",
    )
    return parser


def _only_window_options(arguments: Sequence[str]) -> bool:
    """True when the arguments are the window's options alone (no command, no --help): the
    commands' parsers need not be built (a sixth of the window's start-up work)."""
    rest = iter(arguments)
    for arg in rest:
        if arg == "--home":
            if next(rest, None) is None:
                return False  # let the whole parser say what is missing
        elif not (arg.startswith("--home=") or arg in ("--demo", "--hidden")):
            return False
    return True


def build_parser() -> argparse.ArgumentParser:
    import argparse
    from pathlib import Path

    from .core.compensation import OFFER_SPEC_HELP, DiscountStatus
    from .core.model import Platform, Severity, Status
    from .core.replies import Channel

    class _StrictParser(argparse.ArgumentParser):
        """A subcommand's parser: never takes an abbreviation ("--tok" for "--token")."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["allow_abbrev"] = False
            super().__init__(*args, **kwargs)

    parser = _window_parser()
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_StrictParser)

    imp = commands.add_parser(
        "import",
        help="import a CSV or JSON export (safe to repeat)",
        description="Import comments from a CSV or JSON export. "
        "Importing the same file again adds nothing; a file with a bad "
        "row changes nothing and the message names the row.",
    )
    imp.add_argument("file", metavar="FILE", type=Path)
    imp.add_argument(
        "--dates",
        choices=["day-first", "month-first"],
        help="how to read dates like 03/04/2026 when the file does not settle it",
    )
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        type=_field_column,
        help="which of the file's columns holds a field (platform, author, text, created_at, "
        "external_id, url, rating, email); repeat for each; remembered for files with the "
        "same columns",
    )
    imp.add_argument(
        "--platform",
        metavar="NAME",
        help="the platform of every row, for a file without a platform column (any name: "
        "google, facebook, Trustpilot, Etsy…)",
    )

    lst = commands.add_parser(
        "comments",
        help="list comments, worst first",
        description="List comments, worst first. With --search, the newest (by when they "
        "were written) come first instead.",
    )
    lst.add_argument("--status", choices=[s.value for s in Status])
    lst.add_argument("--platform", type=_platform_name, metavar="PLATFORM", help="any platform")
    lst.add_argument("--severity", choices=[s.value for s in Severity])
    lst.add_argument("--search", metavar="TEXT", help="words to find in the text or author")
    lst.add_argument("--limit", type=_positive, metavar="N", help="show at most N comments")
    lst.add_argument("--json", action="store_true", help="print a JSON list")

    show = commands.add_parser("show", help="show one comment in full")
    show.add_argument("id", type=_comment_id, metavar="ID")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.add_argument(
        "--set-severity",
        choices=[s.value for s in Severity],
        help="correct how bad the comment is; later re-scoring and edits keep your choice",
    )

    reply = commands.add_parser(
        "reply",
        help="answer a comment, under the same rules as the window",
        description="Answer a comment under exactly the window's rules: no reply during the "
        "pause (the first try starts it), none that the tone check blocks, no private "
        "message where the platform allows none, and never a second reply while an earlier "
        "one may have arrived (the platform is asked first). The text may use {customer}, "
        "{shop}, {code}, {discount} and {signature} (your sign-off, set in Settings); an offer "
        "without a currency is in your shop's. With --channel email, the command records a reply "
        "you have e-mailed yourself; with --channel public on an imported comment (a platform "
        "Feedback Desk does not connect to, or no account), one you have posted yourself.",
    )
    reply.add_argument("id", type=_comment_id, metavar="ID")
    reply.add_argument("--channel", required=True, choices=[c.value for c in Channel])
    reply.add_argument(
        "--text-file", required=True, metavar="FILE", help="the reply's text; - reads stdin"
    )
    reply.add_argument("--offer", metavar="SPEC", help=f"what you offer: {OFFER_SPEC_HELP}")
    reply.add_argument(
        "--again-in-public",
        action="store_true",
        help="you have answered in public in this conversation already and mean to again",
    )
    reply.add_argument("--json", action="store_true", help="print the reply as JSON")

    accounts = commands.add_parser("accounts", help="connect, list, check or remove accounts")
    what = accounts.add_subparsers(
        dest="accounts_command", metavar="ACTION", required=True, parser_class=_StrictParser
    )
    add = what.add_parser(
        "add",
        help="connect an account (its token is read from stdin or asked for, never an argument)",
        description="Connect an account. The token (for Google and YouTube: the client secret, "
        "then the refresh token, one per line) is read from stdin, or asked for without being "
        "shown when stdin is a terminal. It is kept in the system keyring, nowhere else.",
    )
    add.add_argument(
        "platform",
        choices=[p.value for p in Platform],
        metavar="PLATFORM",
        help="facebook, instagram, google, youtube or mastodon",
    )
    add.add_argument("--name", required=True, help="a name for the account, e.g. 'Shop page'")
    for flag, text in (
        ("--page-id", "Facebook page id"),
        ("--ig-user-id", "Instagram professional account id"),
        ("--account-id", "Google Business Profile account id"),
        ("--location-id", "Google Business Profile location id"),
        ("--channel-id", "YouTube channel id"),
        ("--client-id", "your own Google OAuth client id (Google and YouTube)"),
        ("--instance", "Mastodon server, e.g. https://mastodon.social"),
        ("--api-base", "another address for the platform's API (tests, self-hosted)"),
        ("--token-url", "another address for Google's token endpoint (tests)"),
    ):
        add.add_argument(flag, help=text)
    sign_in_help = (
        "Sign in with the platform in your browser (opened with Python's webbrowser, so the "
        "BROWSER variable is honoured). Google and Mastodon come back to this computer on "
        "127.0.0.1; for Facebook and Instagram you type the code shown on Facebook's device "
        "page. Tokens are kept in the system keyring, nowhere else."
    )
    connect = what.add_parser(
        "connect",
        help="sign in with the platform in the browser and connect what you manage",
        description=sign_in_help + " Then the pages, locations or channels you pick are "
        "connected (asked on a terminal when there is a choice and no --pick).",
    )
    connect.add_argument(
        "platform",
        choices=[p.value for p in Platform],
        metavar="PLATFORM",
        help="facebook, instagram, google, youtube or mastodon",
    )
    connect.add_argument("--name", help="a name for the account (one picked account only)")
    connect.add_argument(
        "--pick",
        action="append",
        default=[],
        metavar="ID",
        help="what to connect: a page id, accounts/A/locations/L, a channel id or a Mastodon "
        "account (user@server); repeat for several",
    )
    reconnect = what.add_parser(
        "reconnect",
        help="sign in again for an account whose token expired or was revoked",
        description=sign_in_help,
    )
    reconnect.add_argument("name", metavar="NAME")
    for parser_ in (connect, reconnect):
        parser_.add_argument("--instance", help="Mastodon server, e.g. https://mastodon.social")
        parser_.add_argument(
            "--auth-base", help="another address for the platform's sign-in (tests)"
        )
        parser_.add_argument("--api-base", help="another address for the platform's API (tests)")
        parser_.add_argument(
            "--no-browser", action="store_true", help="only print the address to open"
        )
        parser_.add_argument(
            "--timeout",
            type=_positive,
            default=300,
            metavar="SECONDS",
            help="how long to wait for the sign-in (default 300)",
        )
    listing = what.add_parser("list", help="the connected accounts and where secrets are kept")
    listing.add_argument("--json", action="store_true", help="print JSON")
    remove = what.add_parser("remove", help="disconnect an account and delete its secret")
    remove.add_argument("name", metavar="NAME")
    check = what.add_parser("check", help="one cheap call to see that the account still works")
    check.add_argument("name", metavar="NAME")

    sync = commands.add_parser("sync", help="fetch new and changed comments from the platforms")
    sync.add_argument("--account", metavar="NAME", help="only this account")

    discounts = commands.add_parser(
        "discounts",
        help="the discount ledger: what was offered, and marking codes redeemed",
        description="List the apologies, discounts, free items and refunds offered in replies, "
        "newest first, with totals. 'discounts redeem CODE' marks a code used at the till "
        "(capitals, dashes and spaces in the code do not matter).",
    )
    discounts.add_argument("--status", choices=[s.value for s in DiscountStatus])
    discounts.add_argument("--json", action="store_true", help="print JSON")
    ledger = discounts.add_subparsers(
        dest="discounts_command", metavar="ACTION", parser_class=_StrictParser
    )
    redeem = ledger.add_parser("redeem", help="mark a code used at the till")
    redeem.add_argument("code", nargs="+", metavar="CODE", help="e.g. FD-7KQM-X4PA")

    report = commands.add_parser(
        "report",
        help="write the customer-recovery report as PDF, CSV or HTML",
        description="Write the customer-recovery report for the complaints written from one "
        "day to another (both included, in your time zone). The file's ending chooses the "
        "format: .pdf, .html (one page, opens in any browser) or .csv (one row per "
        "complaint). Filters can be repeated. Nothing secret is ever put in the report.",
    )
    report.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    report.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    report.add_argument("--out", required=True, type=Path, metavar="FILE")
    report.add_argument(
        "--platform", action="append", default=[], choices=[p.value for p in Platform]
    )
    report.add_argument("--category", action="append", default=[], metavar="NAME")
    report.add_argument(
        "--validity",
        action="append",
        default=[],
        choices=["valid", "partly", "not_valid", "not_assessed"],
    )
    report.add_argument(
        "--outcome",
        action="append",
        default=[],
        choices=["won_back", "resolved", "unhappy", "no_response", "lost", "none"],
    )

    commands.add_parser(
        "repair",
        help="save what can be read from a damaged database into a new one",
        description="For a comment database that is damaged: copy it into the backups folder "
        "as it is, read every row that can still be read into a new database, and put the "
        "new one in its place. Says what was saved. Close Feedback Desk first.",
    )
    return parser


SECRET_FLAGS = ("--token", "--access-token", "--client-secret", "--refresh-token", "--password")


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments == ["--version"]:  # the parser's own answer, without building it
        print(f"feedback-desk {__version__}")
        return 0
    for arg in arguments:
        if arg.split("=", 1)[0] in SECRET_FLAGS:
            # Say so without echoing the value: argv is visible to other programs.
            print(
                "feedback-desk: tokens and secrets are never taken as arguments (other "
                "programs and your shell history could see them). Pipe the token on stdin, "
                "or run the command in a terminal and type it at the hidden prompt.",
                file=sys.stderr,
            )
            return 2
    if _only_window_options(arguments):
        parser = _window_parser()
        parser.set_defaults(command=None)
    else:
        parser = build_parser()
    args = parser.parse_args(arguments)
    if args.demo and args.command:
        parser.error("--demo opens the window; it cannot be combined with a command")
    import sqlite3

    from .core.errors import UserFacingError
    from .home import DataHome, setup_logging
    from .secrets import CredentialStore
    from .services import Services
    from .store.database import DB_FILE_NAME, translate

    try:
        if args.command == "report":
            _check_report_args(args)
    except UsageError as error:
        print(f"feedback-desk report: error: {error}", file=sys.stderr)
        return 2
    try:
        if args.command is None:
            return _open_window(args)
        home = DataHome.resolve(args.home)
        if args.command == "repair":  # a damaged file cannot be opened the usual way
            return cmd_repair(home, sys.stdout)
        db = home.open_database()
        setup_logging(home)
        for notice in db.notices:
            log.warning("%s", notice)
            print(f"feedback-desk: {notice}", file=sys.stderr)
        if _writes(args):
            db.check_integrity()  # never write into a damaged file (0.2 s at 100k comments)
        # The one set of services every command uses: the database with the app's clock,
        # the system keyring (looked up only when a command asks it), the real platforms.
        services = Services(db, CredentialStore())
        return int(_COMMANDS[args.command](services, args, sys.stdout))
    except sqlite3.DatabaseError as error:
        if isinstance(error, sqlite3.IntegrityError | sqlite3.ProgrammingError):
            raise  # our bug, not the file's
        # Anything SQLite says about the file that a command did not translate itself.
        where = DataHome.resolve(args.home).root / DB_FILE_NAME
        log.warning("database error in %s: %s", args.command, error)
        print(f"feedback-desk: {translate(error, where)}", file=sys.stderr)
        return 1
    except UserFacingError as error:
        print(f"feedback-desk: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("feedback-desk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # our bug: one line here, the traceback (redacted) in the log
        log.exception("feedback-desk %s failed unexpectedly", args.command)
        print(
            f"feedback-desk: something went wrong that Feedback Desk did not expect "
            f"({type(error).__name__}); what was stored before is kept. The details are in "
            f"the log in {DataHome.resolve(args.home).root / 'logs'}.",
            file=sys.stderr,
        )
        return 1


def _writes(args: argparse.Namespace) -> bool:
    """Commands that change the database: checked for damage before they run."""
    return (
        args.command in ("import", "reply", "sync")
        or (args.command == "show" and args.set_severity is not None)
        or (
            args.command == "accounts"
            and args.accounts_command in ("add", "remove", "connect", "reconnect")
        )
        or (args.command == "discounts" and args.discounts_command == "redeem")
    )


def cmd_repair(home: DataHome, out: TextIO) -> int:
    from .store.repair import repair

    home.prepare()
    result = repair(home.root)
    print(result.summary(), file=out)
    home.open_database()  # brings the saved copy up to date, as any start does
    return 0


def _open_window(args: argparse.Namespace) -> int:
    # Starting makes many objects and little garbage: the cycle collector waits until the
    # window is painted (app.run_window turns it back on then), 2% of the start-up's work.
    import gc

    gc.disable()
    try:
        from .app import run_window  # imports PySide6, which the other commands never need

        return run_window(home_option=args.home, demo=args.demo, hidden=args.hidden)
    finally:
        gc.enable()


def cmd_import(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    from .core.dates import DateOrder
    from .core.triage import Triage
    from .sources.file_import import ImportOptions, import_export, open_export

    options = ImportOptions(
        mapping=dict(args.map) if args.map or args.platform else None,
        platform=args.platform,
        dates=DateOrder(args.dates) if args.dates else None,
    )
    result = import_export(services.db, open_export(args.file), Triage(), options)
    log.info("import %s: %d rows, %d new", result.file_name, result.total, result.added)
    print(result.summary(), file=out)
    return 0


def cmd_comments(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    import sqlite3

    from .core.model import Severity, Status
    from .store.comments import CommentStore, InboxFilter

    inbox = InboxFilter(
        statuses=frozenset({Status(args.status)}) if args.status else frozenset(),
        platforms=frozenset({args.platform}) if args.platform else frozenset(),
        severities=frozenset({Severity(args.severity)}) if args.severity else frozenset(),
        search=args.search or "",
    )
    db = services.db
    conn = db.connect()
    try:
        try:
            found = CommentStore(db, conn).comments(inbox, limit=args.limit)
        except sqlite3.DatabaseError:
            from .store.repair import rebuild_search_index, search_index_damaged

            if not inbox.searching or not search_index_damaged(conn):
                raise
            rebuild_search_index(db.path, conn)
            log.warning("search index of %s was damaged; rebuilt", db.path)
            print(
                f"feedback-desk: the search index of {db.path} was damaged; it was rebuilt "
                "from the comments (nothing else changed).",
                file=sys.stderr,
            )
            found = CommentStore(db, conn).comments(inbox, limit=args.limit)
    finally:
        conn.close()
    if args.json:
        print_json([c.to_json() for c in found], out)
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


def print_json(data: object, out: TextIO) -> None:
    """Stable, readable JSON for scripts: UTF-8 text kept as it is, two-space indents."""
    import json

    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")


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


def cmd_show(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    from .core.model import Severity
    from .store.assessments import load_cooloff_settings
    from .store.comments import CommentStore
    from .store.outbox import Outbox
    from .store.shop_profile import load_shop_name
    from .store.threads import thread

    db = services.db
    conn = db.connect()
    try:
        store = CommentStore(db, conn)
        store.get(args.id)  # it must exist before anything changes
        if args.set_severity:
            Outbox(db, conn).set_severity(
                args.id, Severity(args.set_severity), load_cooloff_settings(conn)
            )
        comment = store.get(args.id)
        history = store.history(args.id)
        conversation = thread(conn, args.id, load_shop_name(conn) or "The shop")
    finally:
        conn.close()
    if args.json:
        print_json({**comment.to_json(), "thread": [e.to_json() for e in conversation]}, out)
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
    if len(conversation) > 1:
        lines.append("The conversation:")
        for entry in conversation:
            when = entry.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
            where = (
                ""
                if entry.kind == "comment"
                else (
                    " (on the platform)" if entry.source == "platform" else " (from Feedback Desk)"
                )
            )
            lines.append(f"  {when}  {entry.author}{where}: {_clipped(entry.text, 200)}")
        lines.append("")
    for change in history:
        when = change.at.astimezone().strftime("%Y-%m-%d %H:%M")
        lines.append(f"{when}  {change.old.label} → {change.new.label}")
    print("\n".join(lines).rstrip(), file=out)
    return 0


def cmd_reply(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    from .core.compensation import needs_code, parse_offer_spec
    from .core.errors import UserFacingError
    from .core.model import iso_utc
    from .core.replies import Channel
    from .core.saved_replies import fill, missing_placeholders
    from .sources.outbox import ReplyService, account_connectors
    from .store.assessments import load_cooloff_settings
    from .store.comments import CommentStore
    from .store.discounts import DiscountLedger
    from .store.shop_profile import load_profile

    template = _read_reply_text(args.text_file)
    db = services.db
    conn = db.connect()
    try:
        comment = CommentStore(db, conn).get(args.id)
        today = services.clock().astimezone().date()
        profile = load_profile(conn)
        offer = parse_offer_spec(args.offer, today, profile.currency) if args.offer else None
        code = None
        if offer is not None and needs_code(offer.kind):
            code = DiscountLedger(db, conn).choose_code(offer.kind, None)
        values = {
            "customer": comment.author.split(" (@")[0].lstrip("@"),
            "shop": profile.name or "our shop",
            "code": code or "",
            "discount": offer.describe() if offer is not None and code else "",
            "signature": profile.signature or profile.name or "our shop",
        }
        gaps = missing_placeholders(template, values)
        if gaps:
            raise UserFacingError(
                "The text uses " + ", ".join("{" + g + "}" for g in gaps) + " but there is "
                "nothing to fill in (an offer with a code fills {code} and {discount})."
            )
        text = fill(template, values)
        connectors = account_connectors(db, conn, services.credentials, services.connect)
        service = ReplyService(db, conn, connectors)
        # Trying to answer is opening the comment: the pause starts now if it had not.
        service.outbox.start_cooloff(comment.id, load_cooloff_settings(conn))
        note = None
        if args.channel == Channel.EMAIL:
            waiting = service.start_email(comment.id, text, offer, code, comment.email)
            reply = service.confirm_email(waiting.id, sent=True)
        elif args.channel == Channel.PUBLIC and comment.account is None:
            # An imported comment: Feedback Desk cannot post it, the owner did (as in the
            # window's "Copy the reply and open the page"), under the same rules.
            waiting = service.start_by_hand(comment.id, text, offer, code)
            reply = service.confirm_by_hand(waiting.id, posted=True)
            note = (
                f"Reply {reply.id} recorded as posted by you on {comment.platform.label} "
                f"under comment {comment.id}."
            )
        else:
            result = service.reply(
                comment.id, args.channel, text, offer, code, again_in_public=args.again_in_public
            )
            reply, note = result.reply, result.note
    finally:
        conn.close()
    if args.json:
        data: dict[str, Any] = {
            "id": reply.id,
            "comment_id": reply.comment_id,
            "channel": reply.channel.value,
            "state": reply.state.value,
            "text": reply.text,
            "sent_at": iso_utc(reply.sent_at) if reply.sent_at else None,
            "remote_id": reply.remote_id,
            "offer": reply.offer.to_json() if reply.offer else None,
            "code": reply.offer_code,
            "note": note,
        }
        print_json(data, out)
        return 0
    done = {
        Channel.PUBLIC: "sent in public to",
        Channel.PRIVATE: "sent in private to",
        Channel.EMAIL: "recorded as e-mailed to the writer of",
    }
    print(note or f"Reply {reply.id} {done[reply.channel]} comment {comment.id}.", file=out)
    if reply.offer is not None:
        with_code = f" with the code {reply.offer_code}" if reply.offer_code else ""
        print(f"Offered {reply.offer.describe()}{with_code}; it is in the ledger.", file=out)
    return 0


MAX_REPLY_FILE = 1_000_000  # bytes; the longest reply any platform takes is 10,000 characters


def _read_reply_text(name: str) -> str:
    from .core.errors import UserFacingError

    try:
        if name == "-":
            data = sys.stdin.buffer.read(MAX_REPLY_FILE + 1)
        else:
            with open(name, "rb") as handle:
                data = handle.read(MAX_REPLY_FILE + 1)
    except OSError as error:
        raise UserFacingError(f"Cannot read the reply from {name}: {error.strerror}.") from None
    if len(data) > MAX_REPLY_FILE:
        raise UserFacingError(f"{name} is too big to be a reply (over 1 MB).")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UserFacingError(
            f"{name} is not UTF-8 text; save it as UTF-8 and try again."
        ) from None
    if not text.strip():
        raise UserFacingError(f"The reply in {name} is empty.")
    return text.strip()


SETTING_FLAGS = (
    "page_id",
    "ig_user_id",
    "account_id",
    "location_id",
    "channel_id",
    "client_id",
    "instance",
    "api_base",
    "token_url",
)


def cmd_accounts(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    from .core.errors import UserFacingError
    from .core.model import Platform
    from .sources.registry import NEEDS, check_settings
    from .sources.sync import check_account
    from .store.accounts import STATE_LABELS, AccountStore

    db, credentials = services.db, services.credentials
    conn = db.connect()
    try:
        accounts = AccountStore(db, conn)
        action = args.accounts_command
        if action == "add":
            platform = Platform(args.platform)
            settings = check_settings(
                platform, {k: getattr(args, k) for k in SETTING_FLAGS if getattr(args, k)}
            )
            where = credentials.describe()  # refuse an unsafe keyring before asking anything
            secret = _read_secret(NEEDS[platform].secret)
            account = accounts.add(args.name, platform, settings)
            try:
                credentials.save(account.name, secret)
            except Exception:
                accounts.remove(account.name)  # no account without its secret
                raise
            print(
                f"Added {platform.label} account {account.name!r}; its token is kept in "
                f"{where}. Check it with: feedback-desk accounts check "
                f"{_quoted(account.name)}",
                file=out,
            )
        elif action in ("connect", "reconnect"):
            return _sign_in(services, conn, args, out)
        elif action == "list":
            found = accounts.all()
            if args.json:
                print_json([a.to_json() for a in found], out)
                return 0
            if not found:
                print(
                    "No accounts yet. Add one with: feedback-desk accounts add PLATFORM "
                    "--name NAME ...",
                    file=out,
                )
            for a in found:
                state = STATE_LABELS.get(a.state, a.state)
                synced = (
                    a.last_sync_at.astimezone().strftime("%Y-%m-%d %H:%M")
                    if a.last_sync_at
                    else "never"
                )
                ids = ", ".join(f"{k}={v}" for k, v in sorted(a.settings.items()))
                print(
                    f"{a.name}  ({a.platform.label}; {ids})  {state}; last sync {synced}"
                    + (f"\n    {a.state_reason}" if a.state_reason else ""),
                    file=out,
                )
            if found:
                try:
                    print(f"Secrets are kept in {credentials.describe()}.", file=out)
                except UserFacingError as problem:
                    print(f"Warning: {problem}", file=out)
        elif action == "remove":
            account = accounts.get(args.name)
            credentials.delete(account.name)
            accounts.remove(account.name)
            print(
                f"Removed account {account.name!r} and its secret. Its comments stay in the inbox.",
                file=out,
            )
        elif action == "check":
            account = accounts.get(args.name)
            who = check_account(db, conn, account, credentials, services.connect)
            print(f"OK: {account.name} is connected as {who}.", file=out)
    finally:
        conn.close()
    return 0


def _sign_in(
    services: Services,
    conn: sqlite3.Connection,
    args: argparse.Namespace,
    out: TextIO,
) -> int:
    """`accounts connect` and `accounts reconnect`: the browser sign-in, then connect."""
    import threading

    from .core.errors import UserFacingError
    from .core.model import Platform
    from .sources.signin import begin_sign_in
    from .store.accounts import AccountStore

    db, credentials = services.db, services.credentials
    account = None
    instance, auth_base, api_base = args.instance, args.auth_base, args.api_base
    if args.accounts_command == "reconnect":
        account = AccountStore(db, conn).get(args.name)
        platform = account.platform
        instance = instance or account.settings.get("instance")
        api_base = api_base or account.settings.get("api_base")
        token_url = account.settings.get("token_url", "")
        if not auth_base and token_url.endswith("/token"):
            auth_base = token_url.removesuffix("/token")
    else:
        platform = Platform(args.platform)
    where = credentials.describe()  # refuse an unsafe keyring before signing in
    sign_in = begin_sign_in(
        platform,
        conn,
        instance=instance,
        auth_base=auth_base,
        api_base=api_base,
        credentials=credentials,
        clock=services.clock,
    )
    try:
        prompt = sign_in.start()
        if prompt.user_code:
            print(
                f"To sign in with {platform.label}, open {prompt.url} and type the code "
                f"{prompt.user_code}",
                file=out,
            )
        else:
            print(f"To sign in with {platform.label}, open this page:\n  {prompt.url}", file=out)
        out.flush()
        if not args.no_browser:
            _open_browser(prompt.url)
        print(f"Waiting for the sign-in (at most {args.timeout} s; Ctrl+C stops)…", file=out)
        out.flush()
        sign_in.wait(threading.Event(), timeout=float(args.timeout))
        if account is not None:
            again = sign_in.reconnect(db, conn, credentials, account.name)
            print(
                f"Reconnected {platform.label} account {again.name!r}; its new token is kept "
                f"in {where}.",
                file=out,
            )
            return 0
        found = sign_in.candidates()
        picked = _choose(found, args.pick, out)
        names: dict[str, str] = {}
        if args.name:
            if len(picked) != 1:
                raise UserFacingError(
                    "--name names one account, but several were picked; leave it out and "
                    "each gets its own name."
                )
            names[picked[0].ident] = args.name
        for added in sign_in.connect(db, conn, credentials, picked, names):
            print(
                f"Connected {platform.label} account {added.name!r}; its token is kept in "
                f"{where}. Fetch its comments with: feedback-desk sync --account "
                f"{_quoted(added.name)}",
                file=out,
            )
    finally:
        sign_in.close()
    return 0


def _open_browser(url: str) -> None:
    """Python's webbrowser, so BROWSER is honoured; on its own thread, because a browser
    command may not return until the window closes."""
    import threading
    import webbrowser

    def open_it() -> None:
        try:
            webbrowser.open(url)
        except Exception as error:  # no browser: the address is printed already
            log.info("could not open a browser (%s)", type(error).__name__)

    threading.Thread(target=open_it, name="browser", daemon=True).start()


def _choose(found: list[Any], picks: list[str], out: TextIO) -> list[Any]:
    """The picked candidates: --pick, the only one, or asked on a terminal."""
    from .core.errors import UserFacingError
    from .sources.signin import pick_candidates

    if picks:
        return pick_candidates(found, picks)
    if len(found) == 1:
        return list(found)
    listing = "; ".join(f"{c.ident} ({c.detail})" for c in found)
    if not sys.stdin.isatty():
        raise UserFacingError(
            f"You may connect several: {listing}. Choose with --pick ID (repeat for several)."
        )
    for number, candidate in enumerate(found, start=1):
        print(f"  {number}. {candidate.detail}  [{candidate.ident}]", file=out)
    answer = input("Which to connect? Numbers separated by commas, or 'all': ").strip()
    if answer.casefold() == "all":
        return list(found)
    chosen: list[Any] = []
    for part in answer.replace(" ", "").split(","):
        if not part.isdigit() or not 1 <= int(part) <= len(found):
            raise UserFacingError(f"{part!r} is not one of the numbers 1 to {len(found)}.")
        if found[int(part) - 1] not in chosen:
            chosen.append(found[int(part) - 1])
    return chosen


def _quoted(name: str) -> str:
    return f"'{name}'" if " " in name else name


def _read_secret(parts: tuple[str, ...]) -> dict[str, str]:
    """Each part from a hidden prompt (a terminal) or a line of stdin; never from argv."""
    from .core.errors import UserFacingError

    labels = {
        "token": "Access token",
        "client_secret": "OAuth client secret",
        "refresh_token": "OAuth refresh token",
    }
    secret: dict[str, str] = {}
    for part in parts:
        if sys.stdin.isatty():
            import getpass

            value = getpass.getpass(f"{labels[part]} (not shown): ")
        else:
            value = sys.stdin.readline()
        value = value.strip()
        if not value:
            raise UserFacingError(
                f"No {labels[part].lower()} was given. Pipe it in on stdin or type it at "
                "the prompt; it is never taken as an argument."
            )
        secret[part] = value
    return secret


def cmd_sync(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    from .core.redaction import redact
    from .core.triage import Triage
    from .sources.sync import sync_accounts

    def progress(name: str, read: int) -> None:
        print(f"\r{name}: {read} comments read…", end="", file=sys.stderr, flush=True)

    run = sync_accounts(
        services.db,
        services.credentials,
        Triage(),
        only=args.account,
        progress=progress,
        connect=services.connect,
    )
    print("\r", end="", file=sys.stderr)
    if not run.summaries:
        print("No accounts to sync. Add one with: feedback-desk accounts add ...", file=out)
    for summary in run.summaries:
        print(summary.line(), file=out)
        for item in summary.problems[:20]:
            print(f"    {redact(item)}", file=out)
    if run.offline:
        print("You seem to be offline; everything stored here still works.", file=out)
    return 1 if run.failed else 0


def cmd_discounts(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    from .store.discounts import DiscountLedger

    db = services.db
    conn = db.connect()
    try:
        ledger = DiscountLedger(db, conn)
        if args.discounts_command == "redeem":
            used = ledger.redeem(" ".join(args.code))
            if args.json:
                print_json(used.to_json(), out)
                return 0
            about = f" (comment {used.comment_id})" if used.comment_id is not None else ""
            print(f"Code {used.code} redeemed: {used.description}{about}.", file=out)
            return 0
        found = ledger.list(args.status)
        totals = ledger.totals(args.status)
    finally:
        conn.close()
    if args.json:
        print_json([d.to_json() for d in found], out)
        return 0
    if not found:
        print(
            f"Nothing in the discount ledger is {args.status}."
            if args.status
            else "The discount ledger is empty. Apologies, discounts, free items and refunds "
            "appear here once a reply that offers one is sent.",
            file=out,
        )
        return 0
    rows = [
        (
            d.code or "—",
            _clipped(d.description, 36),
            d.status.value,
            d.expires_on.isoformat() if d.expires_on else "—",
            str(d.comment_id) if d.comment_id is not None else "—",
        )
        for d in found
    ]
    header = ("CODE", "WHAT", "STATUS", "EXPIRES", "COMMENT")
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header) - 1)]
    for row in [header, *rows]:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        print("  ".join([*cells, row[-1]]), file=out)
    print("", file=out)
    print(f"Totals{f' ({args.status})' if args.status else ''}:", file=out)
    for total in totals:
        print(f"  {total.describe()}", file=out)
    return 0


def _report_day(text: str, which: str) -> date:
    from datetime import date

    try:
        if len(text) != 10:
            raise ValueError(text)
        return date.fromisoformat(text)
    except ValueError:
        raise UsageError(
            f"{which} {text!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-04-30"
        ) from None


def _check_report_args(args: argparse.Namespace) -> None:
    """Usage problems with `report` (exit 2), found before the database is opened."""
    from .reports.service import report_format

    args.start = _report_day(args.start, "--from")
    args.end = _report_day(args.end, "--to")
    if args.start > args.end:
        raise UsageError(
            f"--from {args.start.isoformat()} is after --to {args.end.isoformat()}; swap them"
        )
    args.format = report_format(args.out)
    if args.format is None:
        raise UsageError(
            f"cannot tell the format from {args.out.name!r}: choose .pdf, .csv or .html"
        )


def cmd_report(services: Services, args: argparse.Namespace, out: TextIO) -> int:
    """The same pipeline as the report dialog: `reports.service`."""
    from .reports.service import check_target, prepare_report, write_report
    from .store.report_data import ReportFilter

    target = check_target(args.out, args.format)  # before the work of loading
    report_filter = ReportFilter(
        args.start,
        args.end,
        platforms=frozenset(args.platform),
        categories=frozenset(args.category),
        validities=frozenset(args.validity),
        outcomes=frozenset(args.outcome),
    )
    # A CSV has one row per complaint: the Perspective page's figures are not needed.
    prepared = prepare_report(services.db, report_filter, perspective=args.format != ".csv")
    write_report(prepared, target)
    print(
        f"Wrote {target}: {len(prepared.complaints)} complaints from {args.start.isoformat()} "
        f"to {args.end.isoformat()}.",
        file=out,
    )
    return 0


def _clipped(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


_COMMANDS: dict[str, Callable[[Services, argparse.Namespace, TextIO], int]] = {
    "import": cmd_import,
    "comments": cmd_comments,
    "show": cmd_show,
    "reply": cmd_reply,
    "accounts": cmd_accounts,
    "sync": cmd_sync,
    "discounts": cmd_discounts,
    "report": cmd_report,
}

__all__ = ["main"]

if __name__ == "__main__":
    raise SystemExit(main())
