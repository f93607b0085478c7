"""The recovery report as one self-contained HTML page: inline CSS, no scripts, no fonts
or pictures fetched from anywhere, fit to print. Every text that comes from outside the
program (names, categories, notes, the shop's name) is escaped.

The charts are plain HTML bars, which every browser prints. The PDF writer reuses this
page with its own `chart` function (pictures drawn by Qt) and a simpler style sheet.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from html import escape
from pathlib import Path
from typing import IO

from ..core.compensation import format_money
from ..core.model import Platform, Severity
from ..core.perspective import DEFINITIONS as PERSPECTIVE_DEFINITIONS
from ..core.perspective import (
    SHARE_ORDER,
    Overview,
    rating_sentence,
    recent_sentence,
)
from ..core.replies import VALIDITY_LABELS
from ..core.report import (
    DEFINITIONS,
    CompensationTotal,
    ComplaintFacts,
    NoteCount,
    RecoveryReport,
    Share,
)
from . import write_atomically

__all__ = [
    "FIGURE_HEADINGS",
    "SECTION_HEADINGS",
    "Bar",
    "render_html",
    "write_html",
]


@dataclass(frozen=True)
class Bar:
    label: str
    value: int


# (title, bars) -> HTML for one chart
ChartMaker = Callable[[str, Sequence[Bar]], str]

SECTION_HEADINGS = (
    "Summary",
    "Volume",
    "Response times",
    "Validity",
    "Compensation",
    "Recovery",
    "Top categories",
    "Open and overdue complaints",
    "Perspective",
    "Appendix: how each figure is worked out",
)

# The summary figures, in order: (heading, key in DEFINITIONS).
FIGURE_HEADINGS = (
    ("Complaints received", "received"),
    ("Answered", "response_rate"),
    ("Typical first reply", "first_response_median"),
    ("9 in 10 answered within", "first_response_p90"),
    ("Typical cool-off kept", "cooloff_wait_median"),
    ("Taken private", "taken_private"),
    ("Resolved", "resolution_rate"),
    ("Compensated complaints", "compensated_complaints"),
    ("Customers at risk", "customers_at_risk"),
    ("Customers won back", "customers_won_back"),
    ("Recovery rate", "recovery_rate"),
    ("Cost per recovered customer", "cost_per_recovered_customer"),
    ("Open complaints", "open_complaints"),
    ("Overdue complaints", "overdue_complaints"),
)

# A title for every entry of DEFINITIONS, for the appendix.
DEFINITION_TITLES = {
    "complaint": "Complaint",
    "received": "Complaints received",
    "by_week": "Complaints by week",
    "by_platform": "Complaints by platform",
    "by_category": "Complaints by category",
    "by_severity": "Complaints by severity",
    "replied": "Answered complaints",
    "response_rate": "Answered (response rate)",
    "first_response_median": "Typical first reply",
    "first_response_p90": "9 in 10 answered within",
    "cooloff_wait_median": "Typical cool-off kept",
    "validity": "Validity",
    "taken_private": "Taken private",
    "public_again": "Answered in public again",
    "resolution_rate": "Resolved (resolution rate)",
    "offered": "Compensation offered",
    "redeemed": "Compensation redeemed",
    "compensated_complaints": "Compensated complaints",
    "average_per_case": "Average compensation per case",
    "customers_at_risk": "Customers at risk",
    "customers_won_back": "Customers won back",
    "recovery_rate": "Recovery rate",
    "cost_per_recovered_customer": "Cost per recovered customer",
    "top_categories": "Top categories",
    "open_complaints": "Open complaints",
    "overdue_complaints": "Overdue complaints",
}
# The Perspective page's figures (core.perspective), in the same appendix.
PERSPECTIVE_TITLES = {
    "recent": "Perspective: the last 30 days",
    "ratings": "Perspective: average stars",
    "weeks": "Perspective: week by week",
    "earlier": "Perspective: a customer's earlier comments",
    "points": "Perspective: points raised",
}


BLANK = "—"
NEW_PAGE = '<div style="page-break-before: always"></div>'

STYLE = """
@page { margin: 16mm; }
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif;
  color: #24323f; background: #fff; line-height: 1.45; font-size: 10.5pt;
  max-width: 60em; margin: 2em auto; padding: 0 1.5em; }
h1 { font-size: 22pt; font-weight: 600; margin: 0 0 .2em; color: #1d3b53; }
h2 { font-size: 14pt; font-weight: 600; color: #1d3b53; margin: 1.8em 0 .5em;
  padding-bottom: .2em; border-bottom: 2px solid #d7e3ea; page-break-after: avoid; }
h3 { font-size: 11pt; font-weight: 600; margin: 1.2em 0 .3em; color: #2f5d7c;
  page-break-after: avoid; }
p { margin: .3em 0 .6em; }
.cover { border-bottom: 3px solid #3f7ea6; padding-bottom: .8em; margin-bottom: 1em; }
.range { font-size: 13pt; color: #3f5566; margin: .2em 0; }
.made, .note, .explain { color: #5b6b78; font-size: 9pt; }
.figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(13em, 1fr));
  gap: .6em; }
.figure { border: 1px solid #d7e3ea; border-radius: 6px; padding: .5em .7em;
  background: #f6f9fb; page-break-inside: avoid; }
.figure .label { font-size: 9pt; color: #3f5566; font-weight: 600; }
.figure .number { font-size: 16pt; color: #1d3b53; font-weight: 600; margin: .1em 0; }
.figure .explain { margin: 0; }
table { border-collapse: collapse; width: 100%; margin: .3em 0 .8em;
  page-break-inside: auto; }
th, td { text-align: left; padding: .25em .5em; border-bottom: 1px solid #e3eaef;
  vertical-align: top; }
th { background: #eef3f6; color: #2f4658; font-weight: 600; font-size: 9.5pt; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr { page-break-inside: avoid; }
.chart { margin: .4em 0 1em; page-break-inside: avoid; }
.chart table td { border: none; padding: .12em .4em; }
.chart .bar-label { width: 30%; font-size: 9.5pt; }
.chart .bar-cell { width: 60%; }
.chart .bar { background: #6b9dbf; height: .9em; border-radius: 2px; min-width: 1px; }
.chart .bar.zero { background: #d7e3ea; }
.overdue { color: #a23b2a; font-weight: 600; }
ul { margin: .2em 0 .6em 1.2em; padding: 0; }
dl dt { font-weight: 600; margin-top: .6em; color: #2f4658; }
dl dd { margin: .1em 0 0 0; }
@media print { body { margin: 0; max-width: none; padding: 0; }
  .figure { background: #fff; } }
"""


# -- formatting ----------------------------------------------------------------------------


def esc(text: object) -> str:
    return escape(str(text), quote=True)


def duration(span: timedelta | None) -> str:
    """3 min, 2 h 05 min, 1 d 4 h; blank for None."""
    if span is None:
        return BLANK
    minutes = max(int(span.total_seconds() // 60), 0)
    days, minutes = divmod(minutes, 24 * 60)
    hours, minutes = divmod(minutes, 60)
    if days:
        return f"{days} d {hours} h" if hours else f"{days} d"
    if hours:
        return f"{hours} h {minutes:02d} min"
    return f"{minutes} min"


def share(part: Share) -> str:
    """70% (7 of 10); a dash for 0 of 0."""
    if part.percent is None:
        return f"{BLANK} (0 of 0)"
    return f"{part.percent:.0f}% ({part.part} of {part.whole})"


def money(amounts: Mapping[str, Decimal] | None) -> str:
    if not amounts:
        return BLANK
    return ", ".join(format_money(v, cur) for cur, v in sorted(amounts.items()))


def platform_label(name: str) -> str:
    try:
        return Platform(name).label
    except ValueError:
        return name


def moment(when: datetime) -> str:
    return when.strftime("%Y-%m-%d %H:%M")


def day(when: date) -> str:
    return f"{when.day} {when.strftime('%B %Y')}"


# -- pieces --------------------------------------------------------------------------------


def html_bars(title: str, bars: Sequence[Bar]) -> str:
    """A bar chart as an HTML table: label, bar (width relative to the largest), count."""
    if not bars:
        return f'<p class="note">{esc(title)}: nothing to show.</p>'
    most = max((b.value for b in bars), default=0) or 1
    rows = []
    for bar in bars:
        width = max(round(bar.value / most * 100), 0)
        zero = " zero" if bar.value == 0 else ""
        rows.append(
            f'<tr><td class="bar-label">{esc(bar.label)}</td>'
            f'<td class="bar-cell"><div class="bar{zero}" style="width:{width if width else 1}%">'
            f'</div></td><td class="num">{bar.value}</td></tr>'
        )
    return (
        f'<div class="chart"><h3>{esc(title)}</h3><table role="img" '
        f'aria-label="{esc(title)}">{"".join(rows)}</table></div>'
    )


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], numeric: set[int]) -> str:
    """A table of already escaped cells; `numeric` columns are right-aligned."""

    def cls(i: int) -> str:
        return ' class="num"' if i in numeric else ""

    head = "".join(f"<th{cls(i)}>{esc(h)}</th>" for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(f"<td{cls(i)}>{cell}</td>" for i, cell in enumerate(row)) + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _figures(report: RecoveryReport) -> dict[str, str]:
    """The number shown for each summary figure, by DEFINITIONS key."""
    r = report
    return {
        "received": str(r.received),
        "response_rate": share(r.response_rate),
        "first_response_median": duration(r.first_response_median),
        "first_response_p90": duration(r.first_response_p90),
        "cooloff_wait_median": duration(r.cooloff_wait_median),
        "taken_private": share(r.taken_private),
        "resolution_rate": share(r.resolution_rate),
        "compensated_complaints": str(r.compensated_complaints),
        "customers_at_risk": str(r.customers_at_risk),
        "customers_won_back": str(r.customers_won_back),
        "recovery_rate": share(r.recovery_rate),
        "cost_per_recovered_customer": money(r.cost_per_recovered_customer),
        "open_complaints": str(len(r.open_complaints)),
        "overdue_complaints": str(len(r.overdue_complaints)),
    }


_SHORT = {
    "received": "Harsh and negative comments written in the period.",
    "response_rate": "Complaints that got at least one sent reply.",
    "first_response_median": "Half of the answered complaints got a reply faster than this.",
    "first_response_p90": "Nine out of ten answered complaints got a reply within this.",
    "cooloff_wait_median": "The usual pause between a cool-off starting and the reply.",
    "taken_private": "First replies sent by private message or e-mail.",
    "resolution_rate": "Complaints resolved, or with outcome resolved or won back.",
    "compensated_complaints": "Complaints offered a discount, free item or refund.",
    "customers_at_risk": "Different customers who complained (one name, any platform).",
    "customers_won_back": "Customers with a complaint whose outcome is 'won back'.",
    "recovery_rate": "Customers won back out of the customers at risk.",
    "cost_per_recovered_customer": "Money offered divided by the customers won back.",
    "open_complaints": "Still waiting for you when the report was made.",
    "overdue_complaints": "Open complaints waiting longer than the response target.",
}


def _summary(report: RecoveryReport) -> str:
    numbers = _figures(report)
    cards = []
    for title, key in FIGURE_HEADINGS:
        explain = _SHORT[key]
        if key == "overdue_complaints":
            explain += f" (target: {duration(report.response_target)})"
        cards.append(
            f'<div class="figure"><div class="label">{esc(title)}</div>'
            f'<div class="number">{esc(numbers[key])}</div>'
            f'<p class="explain">{esc(explain)}</p></div>'
        )
    return f'<div class="figures">{"".join(cards)}</div>'


def _summary_table(report: RecoveryReport) -> str:
    """The summary as a three-column table (for the PDF, which has no grid layout)."""
    numbers = _figures(report)
    rows = [
        [
            f"<b>{esc(title)}</b>",
            esc(numbers[key]),
            f'<span class="explain">{esc(_SHORT[key])}</span>',
        ]
        for title, key in FIGURE_HEADINGS
    ]
    return _table(("Figure", "Value", "What it means"), rows, {1})


def _volume(report: RecoveryReport, chart: ChartMaker) -> str:
    weeks = [Bar(week, n) for week, n in report.by_week.items()]
    platforms = [Bar(platform_label(p), n) for p, n in report.by_platform.items()]
    categories = [
        Bar(c if c is not None else "no category", n) for c, n in report.by_category.items()
    ]
    severities = [Bar(Severity(s).label, n) for s, n in report.by_severity.items()]
    return "".join(
        (
            chart("By week", weeks),
            chart("By platform", platforms),
            chart("By category", categories),
            chart("By severity", severities),
        )
    )


def _responses(report: RecoveryReport) -> str:
    r = report
    rows = [
        ["Answered complaints", esc(f"{r.replied} of {r.received}")],
        ["Response rate", esc(share(r.response_rate))],
        ["Typical first reply (median)", esc(duration(r.first_response_median))],
        ["9 in 10 answered within (90th percentile)", esc(duration(r.first_response_p90))],
        ["Typical cool-off kept (median)", esc(duration(r.cooloff_wait_median))],
        ["First reply taken private", esc(share(r.taken_private))],
        ["Answered in public again in one conversation", esc(str(r.public_again))],
        ["Resolution rate", esc(share(r.resolution_rate))],
        ["Response target", esc(duration(r.response_target))],
    ]
    return _table(("Figure", "Value"), rows, {1})


def _validity(report: RecoveryReport, chart: ChartMaker) -> str:
    bars = [Bar(VALIDITY_LABELS.get(k, k), n) for k, n in report.validity.items()]
    total = sum(report.validity.values())
    rows = [
        [esc(VALIDITY_LABELS.get(k, k)), str(n), esc(share(Share(n, total)).split(" ")[0])]
        for k, n in report.validity.items()
    ]
    return chart("How the complaints were judged", bars) + _table(
        ("Judged", "Complaints", "Share"), rows, {1, 2}
    )


def _totals_table(totals: Sequence[CompensationTotal], empty: str) -> str:
    if not totals:
        return f'<p class="note">{esc(empty)}</p>'
    rows = [
        [
            esc(t.kind.label),
            esc(t.currency or BLANK),
            str(t.count),
            esc(format_money(t.total, t.currency) if t.total is not None and t.currency else BLANK),
        ]
        for t in totals
    ]
    return _table(("Kind", "Currency", "Count", "Total"), rows, {2, 3})


def _compensation(report: RecoveryReport) -> str:
    average = money(report.average_per_case)
    return (
        "<h3>Offered</h3>"
        + _totals_table(report.offered, "Nothing was offered.")
        + "<h3>Redeemed</h3>"
        + _totals_table(report.redeemed, "Nothing was redeemed.")
        + _table(
            ("Figure", "Value"),
            [
                ["Compensated complaints", str(report.compensated_complaints)],
                ["Average compensation per case", esc(average)],
            ],
            {1},
        )
    )


def _recovery(report: RecoveryReport) -> str:
    rows = [
        ["Customers at risk", str(report.customers_at_risk)],
        ["Customers won back", str(report.customers_won_back)],
        ["Recovery rate", esc(share(report.recovery_rate))],
        ["Cost per recovered customer", esc(money(report.cost_per_recovered_customer))],
    ]
    return _table(("Figure", "Value"), rows, {1})


def _notes_list(title: str, notes: Sequence[NoteCount], more: int) -> str:
    if not notes:
        return ""
    items = "".join(
        f"<li>{esc(n.text)}{esc(f' (×{n.count})') if n.count > 1 else ''}</li>" for n in notes
    )
    extra = f'<li class="note">and {more} more</li>' if more else ""
    return f"<p><b>{esc(title)}</b></p><ul>{items}{extra}</ul>"


def _categories(report: RecoveryReport) -> str:
    if not report.top_categories:
        return '<p class="note">No complaint was given a category.</p>'
    parts = []
    for summary in report.top_categories:
        parts.append(
            f"<h3>{esc(summary.category)} — {esc(share(summary.share))}</h3>"
            + _notes_list("Valid points", summary.valid_points, summary.more_valid_points)
            + _notes_list("Notes", summary.notes, summary.more_notes)
        )
    return "".join(parts)


# A report is read, not scrolled: past this, the open list points to the CSV instead.
LISTED_OPEN = 200


def _open(report: RecoveryReport) -> str:
    if not report.open_complaints:
        return '<p class="note">Nothing was waiting when the report was made.</p>'
    shown_in = report.now.tzinfo  # the shop's zone: the report was made at its "now"
    rows = [
        [
            str(c.id),
            esc(platform_label(c.platform)),
            esc(c.author),
            esc(moment(c.created_at.astimezone(shown_in))),
            esc(duration(c.waiting)),
            '<span class="overdue">overdue</span>' if c.overdue else "",
        ]
        for c in report.open_complaints[:LISTED_OPEN]
    ]
    more = len(report.open_complaints) - len(rows)
    return (
        f'<p class="note">{len(report.open_complaints)} open, '
        f"{len(report.overdue_complaints)} overdue (waiting longer than "
        f"{esc(duration(report.response_target))}).</p>"
        + _table(("Id", "Platform", "Author", "Written", "Waiting", ""), rows, {0, 4})
        + (
            f'<p class="note">The {LISTED_OPEN} longest-waiting are listed; {more:,} more are '
            "in the CSV report.</p>"
            if more > 0
            else ""
        )
    )


def short_day(when: date) -> str:
    return f"{when.day} {when.strftime('%b %Y')}"


def _perspective(figures: Overview | None) -> str:
    """Every comment, whatever the report's filters, in proportion at the period's end."""
    if figures is None:
        return '<p class="note">Not worked out for this report.</p>'
    zone = figures.now.tzinfo
    at = figures.now.astimezone(zone)
    sentences = [recent_sentence(figures.recent)] + [
        rating_sentence(r, platform_label(r.platform)) for r in figures.ratings
    ]
    intro = (
        f'<p class="note">All comments and reviews on every platform (the report\'s filters do '
        f"not apply), counted at {esc(moment(at))}: one complaint is rarely the whole "
        "picture.</p>"
    )
    said = "".join(f"<p>{esc(line)}</p>" for line in sentences)
    platforms = sorted({p for w in figures.weeks for p in w.ratings})
    headers = (
        "Week from",
        "Comments",
        *(s.label for s in SHARE_ORDER),
        *(platform_label(p) + " ★" for p in platforms),
    )
    rows = []
    for week in figures.weeks:
        shares = week.mix.percents()
        rows.append(
            [
                esc(short_day(week.start.astimezone(zone).date())),
                str(week.mix.total),
                *(
                    f"{week.mix.counts[s]} ({shares[s]}%)" if week.mix.counts[s] else "0"
                    for s in SHARE_ORDER
                ),
                *(esc(week.ratings.get(p, "")) for p in platforms),
            ]
        )
    numeric = set(range(1, len(headers)))
    weekly = "<h3>The last 12 weeks, all comments</h3>" + _table(headers, rows, numeric)
    if figures.points:
        points = "<h3>Points raised in the last 90 days</h3>" + _table(
            ("Category", "Comments", "Customers"),
            [[esc(p.category), str(p.comments), str(p.customers)] for p in figures.points[:5]],
            {1, 2},
        )
    else:
        points = '<p class="note">No comment of the last 90 days has a category yet.</p>'
    return intro + said + weekly + points


def _appendix() -> str:
    items = "".join(
        f"<dt>{esc(DEFINITION_TITLES.get(key, key))}</dt><dd>{esc(text)}</dd>"
        for key, text in DEFINITIONS.items()
    ) + "".join(
        f"<dt>{esc(PERSPECTIVE_TITLES[key])}</dt><dd>{esc(text)}</dd>"
        for key, text in PERSPECTIVE_DEFINITIONS.items()
    )
    return f"<dl>{items}</dl>"


# -- the page ------------------------------------------------------------------------------


def render_html(
    report: RecoveryReport,
    complaints: Sequence[ComplaintFacts],
    *,
    shop_name: str,
    start: date,
    end: date,
    generated_at: datetime,
    chart: ChartMaker = html_bars,
    style: str = STYLE,
    summary_as_table: bool = False,
    perspective: Overview | None = None,
) -> str:
    """The whole report as one HTML document (a str)."""
    shop = shop_name.strip() or "Your shop"
    title = f"Customer recovery report — {shop}"
    sections = [
        (
            "Summary",
            f'<p class="note">{len(complaints)} complaints in this report.</p>'
            + (_summary_table(report) if summary_as_table else _summary(report)),
        ),
        ("Volume", _volume(report, chart)),
        ("Response times", _responses(report)),
        ("Validity", _validity(report, chart)),
        ("Compensation", _compensation(report)),
        ("Recovery", _recovery(report)),
        ("Top categories", _categories(report)),
        ("Open and overdue complaints", _open(report)),
        ("Perspective", _perspective(perspective)),
        ("Appendix: how each figure is worked out", _appendix()),
    ]
    # The Perspective page starts on a page of its own when printed.
    body = "".join(
        (NEW_PAGE if name == "Perspective" else "") + f"<h2>{esc(name)}</h2>{content}"
        for name, content in sections
    )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{style}</style></head><body>"
        f'<div class="cover"><h1>{esc(shop)}</h1>'
        f'<p class="range">Customer recovery report: {esc(day(start))} to {esc(day(end))}</p>'
        f'<p class="made">Made on {esc(moment(generated_at))}</p></div>'
        f"{body}</body></html>\n"
    )


def write_html(
    path: Path,
    report: RecoveryReport,
    complaints: Sequence[ComplaintFacts],
    *,
    shop_name: str,
    start: date,
    end: date,
    generated_at: datetime,
    perspective: Overview | None = None,
) -> None:
    """Write the page to `path` atomically, UTF-8."""
    page = render_html(
        report,
        complaints,
        shop_name=shop_name,
        start=start,
        end=end,
        generated_at=generated_at,
        perspective=perspective,
    )

    def write(handle: IO[str]) -> None:
        handle.write(page)

    write_atomically(Path(path), write, newline="\n")
