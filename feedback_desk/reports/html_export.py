"""The recovery report as one self-contained HTML page: inline CSS, no scripts, no fonts
or pictures fetched from anywhere, fit to print. Every text that comes from outside the
program (names, categories, notes, the shop's name) is escaped.

The charts are plain HTML bars, which every browser prints. The PDF writer reuses this
page with its own `chart` function (pictures drawn by Qt) and a simpler style sheet.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from html import escape
from pathlib import Path
from typing import IO

from ..core.compensation import CompensationTotal, format_money
from ..core.model import Platform, Severity
from ..core.perspective import DEFINITIONS as PERSPECTIVE_DEFINITIONS
from ..core.perspective import (
    SHARE_ORDER,
    Overview,
    rating_sentence,
    recent_sentence,
)
from ..core.replies import validity_label
from ..core.report import (
    BLANK,
    DEFINITIONS,
    ComplaintFacts,
    NoteCount,
    RecoveryReport,
    Share,
    duration,
)
from ..core.texts import QT_TRANSLATE_NOOP, translate
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
    QT_TRANSLATE_NOOP("ReportPage", "Summary"),
    QT_TRANSLATE_NOOP("ReportPage", "Volume"),
    QT_TRANSLATE_NOOP("ReportPage", "Response times"),
    QT_TRANSLATE_NOOP("ReportPage", "Validity"),
    QT_TRANSLATE_NOOP("ReportPage", "Compensation"),
    QT_TRANSLATE_NOOP("ReportPage", "Recovery"),
    QT_TRANSLATE_NOOP("ReportPage", "Top categories"),
    QT_TRANSLATE_NOOP("ReportPage", "Open and overdue complaints"),
    QT_TRANSLATE_NOOP("ReportPage", "Perspective"),
    QT_TRANSLATE_NOOP("ReportPage", "Appendix: how each figure is worked out"),
)

# The summary figures, in order: (heading, key in DEFINITIONS).
FIGURE_HEADINGS = (
    (QT_TRANSLATE_NOOP("ReportPage", "Complaints received"), "received"),
    (QT_TRANSLATE_NOOP("ReportPage", "Answered"), "response_rate"),
    (QT_TRANSLATE_NOOP("ReportPage", "Typical first reply"), "first_response_median"),
    (QT_TRANSLATE_NOOP("ReportPage", "9 in 10 answered within"), "first_response_p90"),
    (QT_TRANSLATE_NOOP("ReportPage", "Typical cool-off kept"), "cooloff_wait_median"),
    (QT_TRANSLATE_NOOP("ReportPage", "Taken private"), "taken_private"),
    (QT_TRANSLATE_NOOP("ReportPage", "Resolved"), "resolution_rate"),
    (QT_TRANSLATE_NOOP("ReportPage", "Compensated complaints"), "compensated_complaints"),
    (QT_TRANSLATE_NOOP("ReportPage", "Customers at risk"), "customers_at_risk"),
    (QT_TRANSLATE_NOOP("ReportPage", "Customers won back"), "customers_won_back"),
    (QT_TRANSLATE_NOOP("ReportPage", "Recovery rate"), "recovery_rate"),
    (QT_TRANSLATE_NOOP("ReportPage", "Cost per recovered customer"), "cost_per_recovered_customer"),
    (QT_TRANSLATE_NOOP("ReportPage", "Open complaints"), "open_complaints"),
    (QT_TRANSLATE_NOOP("ReportPage", "Overdue complaints"), "overdue_complaints"),
)

# A title for every entry of DEFINITIONS, for the appendix.
DEFINITION_TITLES = {
    "complaint": QT_TRANSLATE_NOOP("ReportPage", "Complaint"),
    "received": QT_TRANSLATE_NOOP("ReportPage", "Complaints received"),
    "by_week": QT_TRANSLATE_NOOP("ReportPage", "Complaints by week"),
    "by_platform": QT_TRANSLATE_NOOP("ReportPage", "Complaints by platform"),
    "by_category": QT_TRANSLATE_NOOP("ReportPage", "Complaints by category"),
    "by_severity": QT_TRANSLATE_NOOP("ReportPage", "Complaints by severity"),
    "replied": QT_TRANSLATE_NOOP("ReportPage", "Answered complaints"),
    "response_rate": QT_TRANSLATE_NOOP("ReportPage", "Answered (response rate)"),
    "first_response_median": QT_TRANSLATE_NOOP("ReportPage", "Typical first reply"),
    "first_response_p90": QT_TRANSLATE_NOOP("ReportPage", "9 in 10 answered within"),
    "cooloff_wait_median": QT_TRANSLATE_NOOP("ReportPage", "Typical cool-off kept"),
    "validity": QT_TRANSLATE_NOOP("ReportPage", "Validity"),
    "taken_private": QT_TRANSLATE_NOOP("ReportPage", "Taken private"),
    "public_again": QT_TRANSLATE_NOOP("ReportPage", "Answered in public again"),
    "resolution_rate": QT_TRANSLATE_NOOP("ReportPage", "Resolved (resolution rate)"),
    "offered": QT_TRANSLATE_NOOP("ReportPage", "Compensation offered"),
    "redeemed": QT_TRANSLATE_NOOP("ReportPage", "Compensation redeemed"),
    "compensated_complaints": QT_TRANSLATE_NOOP("ReportPage", "Compensated complaints"),
    "average_per_case": QT_TRANSLATE_NOOP("ReportPage", "Average compensation per case"),
    "customers_at_risk": QT_TRANSLATE_NOOP("ReportPage", "Customers at risk"),
    "customers_won_back": QT_TRANSLATE_NOOP("ReportPage", "Customers won back"),
    "recovery_rate": QT_TRANSLATE_NOOP("ReportPage", "Recovery rate"),
    "cost_per_recovered_customer": QT_TRANSLATE_NOOP("ReportPage", "Cost per recovered customer"),
    "top_categories": QT_TRANSLATE_NOOP("ReportPage", "Top categories"),
    "open_complaints": QT_TRANSLATE_NOOP("ReportPage", "Open complaints"),
    "overdue_complaints": QT_TRANSLATE_NOOP("ReportPage", "Overdue complaints"),
}
# The Perspective page's figures (core.perspective), in the same appendix.
PERSPECTIVE_TITLES = {
    "recent": QT_TRANSLATE_NOOP("ReportPage", "Perspective: the last 30 days"),
    "ratings": QT_TRANSLATE_NOOP("ReportPage", "Perspective: average stars"),
    "weeks": QT_TRANSLATE_NOOP("ReportPage", "Perspective: week by week"),
    "earlier": QT_TRANSLATE_NOOP("ReportPage", "Perspective: a customer's earlier comments"),
    "points": QT_TRANSLATE_NOOP("ReportPage", "Perspective: points raised"),
}


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


def heading(text: str) -> str:
    return f"<h3>{esc(text)}</h3>"


def note(text: str, tag: str = "p") -> str:
    return f'<{tag} class="note">{esc(text)}</{tag}>'


class ReportPage:
    """The context of the page's texts with plurals: Qt's lupdate finds the plural forms
    of `ReportPage.tr(text, "", n)`, not of translate(context, text, None, n)."""

    @staticmethod
    def tr(text: str, disambiguation: str = "", n: int = -1) -> str:
        return translate("ReportPage", text, disambiguation or None, n)


def tr_table(text: str, n: int = -1) -> str:
    """`text` in the report's language (the interface's)."""
    return translate("ReportPage", text, None, n)


MONTHS = (
    QT_TRANSLATE_NOOP("ReportDate", "January"),
    QT_TRANSLATE_NOOP("ReportDate", "February"),
    QT_TRANSLATE_NOOP("ReportDate", "March"),
    QT_TRANSLATE_NOOP("ReportDate", "April"),
    QT_TRANSLATE_NOOP("ReportDate", "May"),
    QT_TRANSLATE_NOOP("ReportDate", "June"),
    QT_TRANSLATE_NOOP("ReportDate", "July"),
    QT_TRANSLATE_NOOP("ReportDate", "August"),
    QT_TRANSLATE_NOOP("ReportDate", "September"),
    QT_TRANSLATE_NOOP("ReportDate", "October"),
    QT_TRANSLATE_NOOP("ReportDate", "November"),
    QT_TRANSLATE_NOOP("ReportDate", "December"),
)
SHORT_MONTHS = (
    QT_TRANSLATE_NOOP("ReportDate", "Jan"),
    QT_TRANSLATE_NOOP("ReportDate", "Feb"),
    QT_TRANSLATE_NOOP("ReportDate", "Mar"),
    QT_TRANSLATE_NOOP("ReportDate", "Apr"),
    QT_TRANSLATE_NOOP("ReportDate", "May"),
    QT_TRANSLATE_NOOP("ReportDate", "Jun"),
    QT_TRANSLATE_NOOP("ReportDate", "Jul"),
    QT_TRANSLATE_NOOP("ReportDate", "Aug"),
    QT_TRANSLATE_NOOP("ReportDate", "Sep"),
    QT_TRANSLATE_NOOP("ReportDate", "Oct"),
    QT_TRANSLATE_NOOP("ReportDate", "Nov"),
    QT_TRANSLATE_NOOP("ReportDate", "Dec"),
)


def share(part: Share) -> str:
    """70% (7 of 10); a dash for 0 of 0."""
    if part.percent is None:
        return translate("ReportPage", "{blank} (0 of 0)").format(blank=BLANK)
    return translate("ReportPage", "{percent}% ({part} of {whole})").format(
        percent=f"{part.percent:.0f}", part=part.part, whole=part.whole
    )


def percent(part: Share) -> str:
    """70%; a dash for 0 of 0."""
    if part.percent is None:
        return BLANK
    return translate("ReportPage", "{percent}%").format(percent=f"{part.percent:.0f}")


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
    """2026-04-30 17:05 (30.04.2026 17:05 in German)."""
    return translate("ReportPage", "{year}-{month}-{day} {hour}:{minute}").format(
        year=when.year,
        month=f"{when.month:02d}",
        day=f"{when.day:02d}",
        hour=f"{when.hour:02d}",
        minute=f"{when.minute:02d}",
    )


def day(when: date) -> str:
    """1 April 2026 (1. April 2026)."""
    month = translate("ReportDate", MONTHS[when.month - 1])
    return translate("ReportPage", "{day} {month} {year}").format(
        day=when.day, month=month, year=when.year
    )


# -- pieces --------------------------------------------------------------------------------


def html_bars(title: str, bars: Sequence[Bar]) -> str:
    """A bar chart as an HTML table: label, bar (width relative to the largest), count."""
    if not bars:
        nothing = translate("ReportPage", "{title}: nothing to show.").format(title=title)
        return note(nothing)
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
    "received": QT_TRANSLATE_NOOP(
        "ReportPage", "Harsh and negative comments written in the period."
    ),
    "response_rate": QT_TRANSLATE_NOOP(
        "ReportPage", "Complaints that got at least one sent reply."
    ),
    "first_response_median": QT_TRANSLATE_NOOP(
        "ReportPage", "Half of the answered complaints got a reply faster than this."
    ),
    "first_response_p90": QT_TRANSLATE_NOOP(
        "ReportPage", "Nine out of ten answered complaints got a reply within this."
    ),
    "cooloff_wait_median": QT_TRANSLATE_NOOP(
        "ReportPage", "The usual pause between a cool-off starting and the reply."
    ),
    "taken_private": QT_TRANSLATE_NOOP(
        "ReportPage", "First replies sent by private message or e-mail."
    ),
    "resolution_rate": QT_TRANSLATE_NOOP(
        "ReportPage", "Complaints resolved, or with outcome resolved or won back."
    ),
    "compensated_complaints": QT_TRANSLATE_NOOP(
        "ReportPage", "Complaints offered a discount, free item or refund."
    ),
    "customers_at_risk": QT_TRANSLATE_NOOP(
        "ReportPage", "Different customers who complained (one name, any platform)."
    ),
    "customers_won_back": QT_TRANSLATE_NOOP(
        "ReportPage", "Customers with a complaint whose outcome is 'won back'."
    ),
    "recovery_rate": QT_TRANSLATE_NOOP(
        "ReportPage", "Customers won back out of the customers at risk."
    ),
    "cost_per_recovered_customer": QT_TRANSLATE_NOOP(
        "ReportPage", "Money offered divided by the customers won back."
    ),
    "open_complaints": QT_TRANSLATE_NOOP(
        "ReportPage", "Still waiting for you when the report was made."
    ),
    "overdue_complaints": QT_TRANSLATE_NOOP(
        "ReportPage", "Open complaints waiting longer than the response target."
    ),
}


def _summary(report: RecoveryReport) -> str:
    numbers = _figures(report)
    cards = []
    for title, key in FIGURE_HEADINGS:
        explain = tr_table(_SHORT[key])
        if key == "overdue_complaints":
            explain += translate("ReportPage", " (target: {target})").format(
                target=duration(report.response_target)
            )
        cards.append(
            f'<div class="figure"><div class="label">{esc(tr_table(title))}</div>'
            f'<div class="number">{esc(numbers[key])}</div>'
            f'<p class="explain">{esc(explain)}</p></div>'
        )
    return f'<div class="figures">{"".join(cards)}</div>'


def _summary_table(report: RecoveryReport) -> str:
    """The summary as a three-column table (for the PDF, which has no grid layout)."""
    numbers = _figures(report)
    rows = [
        [
            f"<b>{esc(tr_table(title))}</b>",
            esc(numbers[key]),
            f'<span class="explain">{esc(tr_table(_SHORT[key]))}</span>',
        ]
        for title, key in FIGURE_HEADINGS
    ]
    return _table(
        (
            translate("ReportPage", "Figure"),
            translate("ReportPage", "Value"),
            translate("ReportPage", "What it means"),
        ),
        rows,
        {1},
    )


def severity_label(value: str) -> str:
    return Severity(value).label


def _volume(report: RecoveryReport, chart: ChartMaker) -> str:
    weeks = [Bar(week, n) for week, n in report.by_week.items()]
    platforms = [Bar(platform_label(p), n) for p, n in report.by_platform.items()]
    categories = [
        Bar(c if c is not None else translate("ReportPage", "no category"), n)
        for c, n in report.by_category.items()
    ]
    severities = [Bar(severity_label(s), n) for s, n in report.by_severity.items()]
    return "".join(
        (
            chart(translate("ReportPage", "By week"), weeks),
            chart(translate("ReportPage", "By platform"), platforms),
            chart(translate("ReportPage", "By category"), categories),
            chart(translate("ReportPage", "By severity"), severities),
        )
    )


def _responses(report: RecoveryReport) -> str:
    r = report
    rows = [
        [
            esc(translate("ReportPage", "Answered complaints")),
            esc(
                translate("ReportPage", "{part} of {whole}").format(
                    part=r.replied, whole=r.received
                )
            ),
        ],
        [esc(translate("ReportPage", "Response rate")), esc(share(r.response_rate))],
        [
            esc(translate("ReportPage", "Typical first reply (median)")),
            esc(duration(r.first_response_median)),
        ],
        [
            esc(translate("ReportPage", "9 in 10 answered within (90th percentile)")),
            esc(duration(r.first_response_p90)),
        ],
        [
            esc(translate("ReportPage", "Typical cool-off kept (median)")),
            esc(duration(r.cooloff_wait_median)),
        ],
        [esc(translate("ReportPage", "First reply taken private")), esc(share(r.taken_private))],
        [
            esc(translate("ReportPage", "Answered in public again in one conversation")),
            esc(str(r.public_again)),
        ],
        [esc(translate("ReportPage", "Resolution rate")), esc(share(r.resolution_rate))],
        [esc(translate("ReportPage", "Response target")), esc(duration(r.response_target))],
    ]
    return _table((translate("ReportPage", "Figure"), translate("ReportPage", "Value")), rows, {1})


def _validity(report: RecoveryReport, chart: ChartMaker) -> str:
    bars = [Bar(validity_label(k), n) for k, n in report.validity.items()]
    total = sum(report.validity.values())
    rows = [
        [esc(validity_label(k)), str(n), esc(percent(Share(n, total)))]
        for k, n in report.validity.items()
    ]
    return chart(translate("ReportPage", "How the complaints were judged"), bars) + _table(
        (
            translate("ReportPage", "Judged"),
            translate("ReportPage", "Complaints"),
            translate("ReportPage", "Share"),
        ),
        rows,
        {1, 2},
    )


def _totals_table(totals: Sequence[CompensationTotal], empty: str) -> str:
    if not totals:
        return note(empty)
    rows = [
        [
            esc(t.kind.label),
            esc(t.currency or BLANK),
            str(t.count),
            esc(format_money(t.total, t.currency) if t.total is not None and t.currency else BLANK),
        ]
        for t in totals
    ]
    return _table(
        (
            translate("ReportPage", "Kind"),
            translate("ReportPage", "Currency"),
            translate("ReportPage", "Count"),
            translate("ReportPage", "Total"),
        ),
        rows,
        {2, 3},
    )


def _compensation(report: RecoveryReport) -> str:
    average = money(report.average_per_case)
    return (
        heading(translate("ReportPage", "Offered"))
        + _totals_table(report.offered, translate("ReportPage", "Nothing was offered."))
        + heading(translate("ReportPage", "Redeemed"))
        + _totals_table(report.redeemed, translate("ReportPage", "Nothing was redeemed."))
        + _table(
            (translate("ReportPage", "Figure"), translate("ReportPage", "Value")),
            [
                [
                    esc(translate("ReportPage", "Compensated complaints")),
                    str(report.compensated_complaints),
                ],
                [esc(translate("ReportPage", "Average compensation per case")), esc(average)],
            ],
            {1},
        )
    )


def _recovery(report: RecoveryReport) -> str:
    rows = [
        [esc(translate("ReportPage", "Customers at risk")), str(report.customers_at_risk)],
        [esc(translate("ReportPage", "Customers won back")), str(report.customers_won_back)],
        [esc(translate("ReportPage", "Recovery rate")), esc(share(report.recovery_rate))],
        [
            esc(translate("ReportPage", "Cost per recovered customer")),
            esc(money(report.cost_per_recovered_customer)),
        ],
    ]
    return _table((translate("ReportPage", "Figure"), translate("ReportPage", "Value")), rows, {1})


def _notes_list(title: str, notes: Sequence[NoteCount], more: int) -> str:
    if not notes:
        return ""
    items = "".join(
        f"<li>{esc(n.text)}{esc(f' (×{n.count})') if n.count > 1 else ''}</li>" for n in notes
    )
    extra = note(translate("ReportPage", "and {more} more").format(more=more), "li") if more else ""
    return f"<p><b>{esc(title)}</b></p><ul>{items}{extra}</ul>"


def _categories(report: RecoveryReport) -> str:
    if not report.top_categories:
        nothing = translate("ReportPage", "No complaint was given a category.")
        return note(nothing)
    parts = []
    for summary in report.top_categories:
        parts.append(
            f"<h3>{esc(summary.category)} — {esc(share(summary.share))}</h3>"
            + _notes_list(
                translate("ReportPage", "Valid points"),
                summary.valid_points,
                summary.more_valid_points,
            )
            + _notes_list(translate("ReportPage", "Notes"), summary.notes, summary.more_notes)
        )
    return "".join(parts)


# A report is read, not scrolled: past this, the open list points to the CSV instead.
LISTED_OPEN = 200


def _open(report: RecoveryReport) -> str:
    if not report.open_complaints:
        nothing = translate("ReportPage", "Nothing was waiting when the report was made.")
        return note(nothing)
    shown_in = report.now.tzinfo  # the shop's zone: the report was made at its "now"
    overdue = esc(translate("ReportPage", "overdue"))
    rows = [
        [
            str(c.id),
            esc(platform_label(c.platform)),
            esc(c.author),
            esc(moment(c.created_at.astimezone(shown_in))),
            esc(duration(c.waiting)),
            f'<span class="overdue">{overdue}</span>' if c.overdue else "",
        ]
        for c in report.open_complaints[:LISTED_OPEN]
    ]
    more = len(report.open_complaints) - len(rows)
    counted = translate(
        "ReportPage", "{open} open, {overdue} overdue (waiting longer than {target})."
    ).format(
        open=len(report.open_complaints),
        overdue=len(report.overdue_complaints),
        target=duration(report.response_target),
    )
    listed = translate(
        "ReportPage", "The {listed} longest-waiting are listed; {more} more are in the CSV report."
    )
    headers = (
        translate("ReportPage", "Id"),
        translate("ReportPage", "Platform"),
        translate("ReportPage", "Author"),
        translate("ReportPage", "Written"),
        translate("ReportPage", "Waiting"),
        "",
    )
    return (
        note(counted)
        + _table(headers, rows, {0, 4})
        + (note(listed.format(listed=LISTED_OPEN, more=f"{more:,}")) if more > 0 else "")
    )


def short_day(when: date) -> str:
    """6 Apr 2026 (6. Apr. 2026)."""
    month = translate("ReportDate", SHORT_MONTHS[when.month - 1])
    return translate("ReportPage", "{day} {month} {year}").format(
        day=when.day, month=month, year=when.year
    )


def _perspective(figures: Overview | None) -> str:
    """Every comment, whatever the report's filters, in proportion at the period's end."""
    if figures is None:
        return note(translate("ReportPage", "Not worked out for this report."))
    zone = figures.now.tzinfo
    at = figures.now.astimezone(zone)
    sentences = [recent_sentence(figures.recent)] + [
        rating_sentence(r, platform_label(r.platform)) for r in figures.ratings
    ]
    intro = translate(
        "ReportPage",
        "All comments and reviews on every platform (the report's filters do not apply), "
        "counted at {moment}: one complaint is rarely the whole picture.",
    ).format(moment=moment(at))
    said = "".join(f"<p>{esc(line)}</p>" for line in sentences)
    platforms = sorted({p for w in figures.weeks for p in w.ratings})
    headers = (
        translate("ReportPage", "Week from"),
        translate("ReportPage", "Comments"),
        *(s.label for s in SHARE_ORDER),
        *(
            translate("ReportPage", "{platform} ★").format(platform=platform_label(p))
            for p in platforms
        ),
    )
    rows = []
    for week in figures.weeks:
        shares = week.mix.percents()
        rows.append(
            [
                esc(short_day(week.start.astimezone(zone).date())),
                str(week.mix.total),
                *(
                    translate("ReportPage", "{count} ({percent}%)").format(
                        count=week.mix.counts[s], percent=shares[s]
                    )
                    if week.mix.counts[s]
                    else "0"
                    for s in SHARE_ORDER
                ),
                *(esc(week.ratings.get(p, "")) for p in platforms),
            ]
        )
    numeric = set(range(1, len(headers)))
    weekly = heading(translate("ReportPage", "The last 12 weeks, all comments")) + _table(
        headers, rows, numeric
    )
    if figures.points:
        points = heading(translate("ReportPage", "Points raised in the last 90 days")) + _table(
            (
                translate("ReportPage", "Category"),
                translate("ReportPage", "Comments"),
                translate("ReportPage", "Customers"),
            ),
            [[esc(p.category), str(p.comments), str(p.customers)] for p in figures.points[:5]],
            {1, 2},
        )
    else:
        none_yet = translate("ReportPage", "No comment of the last 90 days has a category yet.")
        points = note(none_yet)
    return note(intro) + said + weekly + points


def _appendix() -> str:
    items = "".join(
        f"<dt>{esc(tr_table(DEFINITION_TITLES.get(key, key)))}</dt>"
        f"<dd>{esc(translate('ReportDefinitions', text))}</dd>"
        for key, text in DEFINITIONS.items()
    ) + "".join(
        f"<dt>{esc(tr_table(PERSPECTIVE_TITLES[key]))}</dt>"
        f"<dd>{esc(translate('PerspectiveDefinitions', text))}</dd>"
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
    """The whole report as one HTML document (a str), in the interface's language."""
    shop = shop_name.strip() or translate("ReportPage", "Your shop")
    title = translate("ReportPage", "Customer recovery report — {shop}").format(shop=shop)
    in_report = ReportPage.tr("%Ln complaint(s) in this report.", "", len(complaints))
    contents = {
        "Summary": note(in_report)
        + (_summary_table(report) if summary_as_table else _summary(report)),
        "Volume": _volume(report, chart),
        "Response times": _responses(report),
        "Validity": _validity(report, chart),
        "Compensation": _compensation(report),
        "Recovery": _recovery(report),
        "Top categories": _categories(report),
        "Open and overdue complaints": _open(report),
        "Perspective": _perspective(perspective),
        "Appendix: how each figure is worked out": _appendix(),
    }
    # The Perspective page starts on a page of its own when printed.
    body = "".join(
        (NEW_PAGE if name == "Perspective" else "")
        + f"<h2>{esc(tr_table(name))}</h2>{contents[name]}"
        for name in SECTION_HEADINGS
    )
    period = translate("ReportPage", "Customer recovery report: {start} to {end}").format(
        start=day(start), end=day(end)
    )
    made = translate("ReportPage", "Made on {moment}").format(moment=moment(generated_at))
    language = translate("ReportPage", "en", "the page's language tag: de for German")
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{esc(language)}"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{style}</style></head><body>"
        f'<div class="cover"><h1>{esc(shop)}</h1>'
        f'<p class="range">{esc(period)}</p>'
        f'<p class="made">{esc(made)}</p></div>'
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
