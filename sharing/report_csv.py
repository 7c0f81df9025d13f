"""The sharing report as a CSV file, with the same breakdowns as the page, in a tidy "long"
shape: one row per line of a breakdown, the total first.

Columns: breakdown, code, label, shares, visits brought.
- breakdown is one of total, week, network, decade, theme, relation: fixed codes, the same in
  every language, so that a spreadsheet's filter or a script can rely on them;
- code is the line's stable key: the week's Monday (YYYY-MM-DD), the network, the decade (1960),
  the theme's slug, the relation; empty for stories without a decade, theme or contributor;
- label is what the page shows, in the reader's language.
Within a breakdown the rows add up to the total, except themes: a story in several themes counts
in each of them.

For Excel: UTF-8 with a byte-order mark (or the accents come out garbled), and the separator it
expects in the reader's language (";" in French, where "," is the decimal comma). A text that a
spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return: a theme
named "=HYPERLINK(…)") is prefixed with an apostrophe.
"""

import csv
import io

from django.utils.translation import gettext as _

from sharing.reports import Line, Period, SharingReport

BOM = "\ufeff"
DELIMITERS = {"fr": ";"}
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """Text that would start a formula, with an apostrophe first; numbers as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def delimiter_for(language: str) -> str:
    return DELIMITERS.get(language.split("-")[0], ",")


def report_rows(report: SharingReport) -> list[list[object]]:
    """The header and one row per line of each breakdown."""
    breakdowns: list[tuple[str, list[Line]]] = [
        ("total", [report.total]),
        ("week", report.by_week),
        ("network", report.by_network),
        ("decade", report.by_decade),
        ("theme", report.by_theme),
        ("relation", report.by_relation),
    ]
    header = [_("breakdown"), _("code"), _("label"), _("shares"), _("visits brought")]
    rows: list[list[object]] = [header]
    for breakdown, lines in breakdowns:
        rows += [[breakdown, line.code, line.label, line.shares, line.visits] for line in lines]
    return rows


def report_csv(report: SharingReport, language: str) -> bytes:
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.writer(buffer, delimiter=delimiter_for(language), lineterminator="\r\n")
    for row in report_rows(report):
        writer.writerow([safe_cell(value) for value in row])
    return buffer.getvalue().encode("utf-8")


def csv_filename(period: Period) -> str:
    return f"sharing-{period.start.isoformat()}-{period.end.isoformat()}.csv"
