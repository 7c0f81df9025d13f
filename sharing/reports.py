"""The sharing report: how many shares and visits brought, over a period, per week, network,
decade, theme and contributor's relation to the company.

Counts only: the report reads `ShareCount` (a story, a network, a day, two numbers) and labels
(networks, decades, theme names, relations), never a contributor's name or address.

The database does the sums (GROUP BY) in two queries whatever the number of stories and days:
one grouped by week, network, decade and relation, from which the totals and those four
breakdowns are added up, and one grouped by theme. Themes need their own query because a story
in several themes counts in each of them: joined to its themes, its counts appear once per theme,
right for the theme breakdown and wrong for everything else.
"""

import datetime
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from django.db.models import Sum
from django.db.models.functions import TruncWeek
from django.utils import formats
from django.utils.translation import gettext as _

from sharing.charts import ChartRow, ChartText, bar_chart, column_chart
from sharing.models import Network, ShareCount
from stories import dates
from stories.models import Relation

DEFAULT_WEEKS = 12
# Two years, a leap day included.
MAX_PERIOD_DAYS = 731
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
EARLIEST_YEAR = 1900
NO_VALUE = ""


@dataclass(frozen=True)
class Period:
    """From `start` to `end`, both days included."""

    start: datetime.date
    end: datetime.date

    def weeks(self) -> list[datetime.date]:
        """The Monday of every week the period touches: the first and last may be partial."""
        monday = monday_of(self.start)
        weeks = []
        while monday <= self.end:
            weeks.append(monday)
            monday += datetime.timedelta(weeks=1)
        return weeks


def monday_of(day: datetime.date) -> datetime.date:
    return day - datetime.timedelta(days=day.weekday())


def default_period(today: datetime.date, weeks: int = DEFAULT_WEEKS) -> Period:
    """The last twelve weeks (or `weeks`): this week, so far, and the eleven before it."""
    return Period(monday_of(today) - datetime.timedelta(weeks=weeks - 1), today)


def parse_day(value: str) -> datetime.date | None:
    """A YYYY-MM-DD date, or None (Python alone would also take "20250601" or "2025-W22")."""
    if not ISO_DATE.match(value):
        return None
    try:
        day = datetime.date.fromisoformat(value)
    except ValueError:
        return None
    return day if day.year >= EARLIEST_YEAR else None


def parse_period(params: Mapping[str, str], today: datetime.date) -> tuple[Period, str | None]:
    """The period asked for with `?from=YYYY-MM-DD&to=YYYY-MM-DD`, and a message when it cannot be
    used (then the period is the default one). A missing `to` is today; a missing `from`, twelve
    weeks before `to`."""
    start_text = (params.get("from") or "").strip()
    end_text = (params.get("to") or "").strip()
    if not start_text and not end_text:
        return default_period(today), None
    for text in (start_text, end_text):
        if text and parse_day(text) is None:
            message = _("“%(value)s” is not a date written as YYYY-MM-DD (e.g. %(example)s).")
            return default_period(today), message % {
                "value": text[:40],
                "example": today.isoformat(),
            }
    end = parse_day(end_text) if end_text else today
    start = parse_day(start_text) if start_text else default_period(end).start
    if start > end:
        message = _("The period starts (%(start)s) after it ends (%(end)s).")
        return default_period(today), message % {
            "start": formats.date_format(start),
            "end": formats.date_format(end),
        }
    if (end - start).days + 1 > MAX_PERIOD_DAYS:
        message = _("The period is longer than two years: choose a shorter one.")
        return default_period(today), message
    return Period(start, end), None


@dataclass(frozen=True)
class Line:
    """One line of a breakdown: a stable code (network, decade, theme slug, relation, Monday;
    empty for the total and for stories without a value), its label in the reader's language,
    and its counts."""

    code: str
    label: str
    shares: int
    visits: int

    @property
    def visits_per_share(self) -> float | None:
        return self.visits / self.shares if self.shares else None

    @property
    def shares_display(self) -> str:
        return format_count(self.shares)

    @property
    def visits_display(self) -> str:
        return format_count(self.visits)

    @property
    def visits_per_share_display(self) -> str:
        ratio = self.visits_per_share
        return "—" if ratio is None else formats.number_format(ratio, decimal_pos=1)


def format_count(value: int) -> str:
    return formats.number_format(value, force_grouping=True)


@dataclass(frozen=True)
class SharingReport:
    period: Period
    total: Line
    by_week: list[Line]
    by_network: list[Line]
    by_decade: list[Line]
    by_theme: list[Line]
    by_relation: list[Line]

    @property
    def is_empty(self) -> bool:
        return not (self.total.shares or self.total.visits)


Counts = dict[object, list[int]]


def _add(counts: Counts, key: object, shares: int, visits: int) -> None:
    totals = counts.setdefault(key, [0, 0])
    totals[0] += shares or 0
    totals[1] += visits or 0


def _lines(counts: Counts, keys: Iterable[object], code, label) -> list[Line]:
    """A line for each key, with zeros when it has no counts; but the line of stories without
    a value (key None: undated, no theme, no contributor) only when there are some."""
    return [
        Line(code(key), label(key), *counts.get(key, (0, 0)))
        for key in keys
        if key in counts or key is not None
    ]


def sharing_report(period: Period) -> SharingReport:
    """Every figure of the report for `period`, in two queries."""
    counts = ShareCount.objects.filter(day__range=(period.start, period.end)).order_by()
    sums = {"share_sum": Sum("shares"), "visit_sum": Sum("visits")}
    by = defaultdict(dict)
    for row in (
        counts.annotate(week=TruncWeek("day"))
        .values("week", "network", "story__decade", "story__contributor__relation")
        .annotate(**sums)
    ):
        shares, visits = row["share_sum"], row["visit_sum"]
        _add(by["total"], None, shares, visits)
        _add(by["week"], row["week"], shares, visits)
        _add(by["network"], row["network"], shares, visits)
        _add(by["decade"], row["story__decade"], shares, visits)
        _add(by["relation"], row["story__contributor__relation"], shares, visits)
    themes = counts.values("story__tagged_themes__tag__slug", "story__tagged_themes__tag__name")
    for row in themes.annotate(**sums):
        key = (row["story__tagged_themes__tag__slug"], row["story__tagged_themes__tag__name"])
        _add(by["theme"], None if key[0] is None else key, row["share_sum"], row["visit_sum"])

    return SharingReport(
        period=period,
        total=Line(NO_VALUE, _("Total"), *by["total"].get(None, (0, 0))),
        by_week=_week_lines(by["week"], period),
        by_network=_network_lines(by["network"]),
        by_decade=_decade_lines(by["decade"]),
        by_theme=_theme_lines(by["theme"]),
        by_relation=_relation_lines(by["relation"]),
    )


def _week_lines(counts: Counts, period: Period) -> list[Line]:
    # Every week is shown, those without a share too: a gap is a figure as well.
    return [
        Line(monday.isoformat(), formats.date_format(monday), *counts.get(monday, (0, 0)))
        for monday in period.weeks()
    ]


def _network_lines(counts: Counts) -> list[Line]:
    labels = dict(Network.choices)
    keys = [*Network.values, *sorted(key for key in counts if key not in labels)]
    return _lines(counts, keys, str, lambda key: str(labels.get(key, key)))


def _decade_lines(counts: Counts) -> list[Line]:
    keys = [*sorted(key for key in counts if key is not None), None]
    return _lines(
        counts,
        keys,
        lambda key: NO_VALUE if key is None else str(key),
        lambda key: _("Undated") if key is None else dates.decade_short_label(key),
    )


def _theme_lines(counts: Counts) -> list[Line]:
    themes = sorted(
        (key for key in counts if key is not None),
        key=lambda key: (-counts[key][0], -counts[key][1], key[1].casefold()),
    )
    return _lines(
        counts,
        [*themes, None],
        lambda key: NO_VALUE if key is None else key[0],
        lambda key: _("No theme") if key is None else key[1],
    )


def _relation_lines(counts: Counts) -> list[Line]:
    labels = dict(Relation.choices)
    keys = [*Relation.values, *sorted(k for k in counts if k is not None and k not in labels), None]
    return _lines(
        counts,
        keys,
        lambda key: NO_VALUE if key is None else key,
        lambda key: _("No contributor") if key is None else str(labels.get(key, key)),
    )


# What the page shows: each breakdown with its chart and its table.


@dataclass(frozen=True)
class Section:
    """A breakdown on the page: its heading, the name of its first column, its lines, and its
    chart (SVG, every text in it escaped by sharing.charts)."""

    key: str
    heading: str
    column: str
    lines: list[Line]
    chart: str


def report_sections(report: SharingReport) -> list[Section]:
    """Per week (columns, in time order), then per network, decade, relation and theme (bars)."""
    series = (_("Shares"), _("Visits brought"))
    period = {
        "start": formats.date_format(report.period.start),
        "end": formats.date_format(report.period.end),
    }
    sections = [
        Section(
            "week",
            _("Per week"),
            _("Week of"),
            report.by_week,
            column_chart(
                [
                    ChartRow(formats.date_format(_monday(line), "j N"), (line.shares, line.visits))
                    for line in report.by_week
                ],
                ChartText(
                    "sharing-chart-week",
                    _("Shares and visits brought per week, %(start)s – %(end)s") % period,
                    _chart_description(report.by_week),
                    series,
                ),
                format_count,
            ),
        )
    ]
    for key, heading, column, lines in (
        ("network", _("Per network"), _("Network"), report.by_network),
        ("decade", _("Per decade of the stories"), _("Decade"), report.by_decade),
        ("relation", _("Per contributor's relation"), _("Relation"), report.by_relation),
        ("theme", _("Per theme"), _("Theme"), report.by_theme),
    ):
        chart_text = ChartText(
            f"sharing-chart-{key}",
            _("%(heading)s: shares and visits brought, %(start)s – %(end)s")
            % {"heading": heading, **period},
            _chart_description(lines),
            series,
        )
        rows = [ChartRow(line.label, (line.shares, line.visits)) for line in lines]
        sections.append(
            Section(key, heading, column, lines, bar_chart(rows, chart_text, format_count))
        )
    return sections


def _monday(line: Line) -> datetime.date:
    return datetime.date.fromisoformat(line.code)


def _chart_description(lines: list[Line]) -> str:
    """What a reader should take away, in words: the line with most shares, and where to find
    every figure."""
    best = max(lines, key=lambda line: (line.shares, line.visits), default=None)
    if best is None or not best.shares:
        return _("No share in this period. Every figure is in the table that follows.")
    return _(
        "Most shares: %(label)s, with %(shares)s shares and %(visits)s visits brought. "
        "Every figure is in the table that follows."
    ) % {
        "label": best.label,
        "shares": best.shares_display,
        "visits": best.visits_display,
    }
