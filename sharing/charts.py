"""Charts of the sharing report drawn as SVG on the server: data in, an SVG string out.

Pure: no request, no database, no translation. The caller gives every word the chart shows
(title, description, legend, labels) already in the reader's language, and how numbers are
written. Every text is escaped here, so the result can be put in a page as it is.

Two charts, each with up to two measures side by side (shares, visits):
- `column_chart`: one group of vertical bars per row, e.g. per week;
- `bar_chart`: one group of horizontal bars per row, e.g. per network or per decade.

Measures are told apart by more than colour: the first is a solid fill, the second a hatched
fill with a solid outline, and the legend shows both swatches. Colours are dark enough on the
white background (contrast over 7:1) for graphics and text alike.
"""

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from html import escape

TEXT_COLOUR = "#1d1d1d"
GRID_COLOUR = "#c8c8c8"
BACKGROUND = "#ffffff"
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif"
# Burgundy (contrast 10.6:1 on white) and navy (9.9:1).
SERIES_COLOURS = ("#7a1f2b", "#1f3f6e")
MAX_VALUE_LABELS = 16
MAX_AXIS_LABELS = 13
MAX_LABEL_CHARACTERS = 22


@dataclass(frozen=True)
class ChartRow:
    """One group of bars: its label and one value per measure."""

    label: str
    values: tuple[int, ...]


@dataclass(frozen=True)
class ChartText:
    """What the chart says: its id (unique in the page), title, description and legend."""

    chart_id: str
    title: str
    description: str
    series: tuple[str, ...]


def _attr(value: object) -> str:
    return escape(str(value), quote=True)


def _number(value: float) -> str:
    """A coordinate with at most one decimal, so the SVG stays small and stable."""
    return f"{value:.1f}".removesuffix(".0")


def nice_ceiling(value: int) -> tuple[int, int]:
    """The top of the value axis and its step: 1, 2 or 5 × a power of ten, at most five steps."""
    if value <= 0:
        return 4, 1
    raw_step = value / 5
    magnitude = 10 ** math.floor(math.log10(raw_step)) if raw_step >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw_step)
    step = max(1, int(step))
    return math.ceil(value / step) * step, step


def shorten(label: str, length: int = MAX_LABEL_CHARACTERS) -> str:
    return label if len(label) <= length else label[: length - 1].rstrip() + "…"


def _open_svg(text: ChartText, width: int, height: int) -> list[str]:
    chart_id = _attr(text.chart_id)
    hatch = "".join(
        (
            f'<pattern id="{chart_id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
            'patternTransform="rotate(45)">',
            f'<rect width="6" height="6" fill="{BACKGROUND}"/>',
            f'<rect width="3" height="6" fill="{SERIES_COLOURS[1]}"/>',
            "</pattern>",
        )
    )
    return [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="sharing-chart" role="img" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-labelledby="{chart_id}-title {chart_id}-desc" font-family="{_attr(FONT)}" '
        f'font-size="13" fill="{TEXT_COLOUR}">',
        f'<title id="{chart_id}-title">{escape(text.title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(text.description)}</desc>',
        f"<defs>{hatch}</defs>",
        f'<rect width="{width}" height="{height}" fill="{BACKGROUND}"/>',
    ]


def _fill(text: ChartText, series: int) -> str:
    """A measure's fill and outline: solid for the first, hatched and outlined for the second."""
    if series == 0:
        return f'fill="{SERIES_COLOURS[0]}"'
    return f'fill="url(#{_attr(text.chart_id)}-hatch)" stroke="{SERIES_COLOURS[1]}"'


def _legend(text: ChartText, x: float, y: float) -> list[str]:
    parts = ['<g class="chart-legend">']
    for index, name in enumerate(text.series):
        parts.append(
            f'<rect x="{_number(x)}" y="{_number(y - 11)}" width="14" height="14" '
            f"{_fill(text, index)}/>"
        )
        parts.append(f'<text x="{_number(x + 20)}" y="{_number(y)}">{escape(name)}</text>')
        x += 30 + 8 * len(name)
    parts.append("</g>")
    return parts


def _group_title(row: ChartRow, text: ChartText, format_number: Callable[[int], str]) -> str:
    pairs = zip(text.series, row.values, strict=True)
    figures = ", ".join(f"{name} {format_number(value)}" for name, value in pairs)
    return f"<title>{escape(row.label)}: {escape(figures)}</title>"


def column_chart(
    rows: Sequence[ChartRow],
    text: ChartText,
    format_number: Callable[[int], str] = str,
    width: int = 960,
    height: int = 340,
) -> str:
    """Vertical bars, one group per row (a week), each measure side by side, with a value axis.

    Values are written above the bars when there are few enough groups to read them; the row
    labels under the axis are thinned out to about a dozen."""
    left, right, top, bottom = 64, 16, 48, 40
    plot_width, plot_height = width - left - right, height - top - bottom
    axis_top, step = nice_ceiling(max((max(row.values, default=0) for row in rows), default=0))
    scale = plot_height / axis_top
    baseline = top + plot_height

    parts = _open_svg(text, width, height)
    parts += _legend(text, left, 24)
    parts.append('<g class="chart-axis" font-size="12" text-anchor="end">')
    for tick in range(0, axis_top + 1, step):
        y = baseline - tick * scale
        parts.append(
            f'<line x1="{left}" x2="{width - right}" y1="{_number(y)}" y2="{_number(y)}" '
            f'stroke="{GRID_COLOUR}" stroke-width="1"/>'
        )
        parts.append(
            f'<text x="{left - 8}" y="{_number(y + 4)}">{escape(format_number(tick))}</text>'
        )
    parts.append("</g>")

    count = max(len(rows), 1)
    group_width = plot_width / count
    series_count = max(len(text.series), 1)
    bar_width = min(group_width * 0.8 / series_count, 36)
    label_every = math.ceil(count / MAX_AXIS_LABELS)
    show_values = len(rows) <= MAX_VALUE_LABELS
    for index, row in enumerate(rows):
        centre = left + group_width * (index + 0.5)
        parts.append(f'<g class="chart-group" data-label="{_attr(row.label)}">')
        parts.append(_group_title(row, text, format_number))
        first_x = centre - bar_width * len(row.values) / 2
        for series, value in enumerate(row.values):
            x, bar_height = first_x + series * bar_width, value * scale
            bar_top = baseline - bar_height
            parts.append(
                f'<rect class="chart-bar" x="{_number(x + 1)}" y="{_number(bar_top)}" '
                f'width="{_number(bar_width - 2)}" height="{_number(bar_height)}" '
                f"{_fill(text, series)}/>"
            )
            if show_values:
                parts.append(
                    f'<text x="{_number(x + bar_width / 2)}" y="{_number(bar_top - 5)}" '
                    f'font-size="11" text-anchor="middle">{escape(format_number(value))}</text>'
                )
        if index % label_every == 0:
            parts.append(
                f'<text x="{_number(centre)}" y="{baseline + 20}" font-size="12" '
                f'text-anchor="middle">{escape(shorten(row.label, 12))}</text>'
            )
        parts.append("</g>")
    parts.append(
        f'<line x1="{left}" x2="{width - right}" y1="{baseline}" y2="{baseline}" '
        f'stroke="{TEXT_COLOUR}" stroke-width="1"/>'
    )
    parts.append("</svg>")
    return "".join(parts)


def bar_chart(
    rows: Sequence[ChartRow],
    text: ChartText,
    format_number: Callable[[int], str] = str,
    width: int = 580,
) -> str:
    """Horizontal bars, one group per row (a network, a decade), each measure under the other,
    its value written at the end of its bar. The height follows the number of rows."""
    label_width, value_width, top, bar_height, bar_gap, row_gap = 180, 64, 44, 14, 3, 14
    plot_width = width - label_width - value_width
    row_height = len(text.series) * (bar_height + bar_gap) + row_gap
    height = top + max(len(rows), 1) * row_height
    largest = max((max(row.values, default=0) for row in rows), default=0)
    scale = plot_width / largest if largest else 0

    parts = _open_svg(text, width, height)
    parts += _legend(text, label_width, 24)
    for index, row in enumerate(rows):
        y = top + index * row_height
        parts.append(f'<g class="chart-group" data-label="{_attr(row.label)}">')
        parts.append(_group_title(row, text, format_number))
        label_y = y + len(row.values) * (bar_height + bar_gap) / 2 + 4
        parts.append(
            f'<text x="{label_width - 10}" y="{_number(label_y)}" text-anchor="end">'
            f"{escape(shorten(row.label))}</text>"
        )
        for series, value in enumerate(row.values):
            bar_y, length = y + series * (bar_height + bar_gap), value * scale
            if length:
                parts.append(
                    f'<rect class="chart-bar" x="{label_width}" y="{_number(bar_y)}" '
                    f'width="{_number(length)}" height="{bar_height}" {_fill(text, series)}/>'
                )
            parts.append(
                f'<text x="{_number(label_width + length + 6)}" y="{_number(bar_y + 11)}" '
                f'font-size="12">{escape(format_number(value))}</text>'
            )
        parts.append("</g>")
    parts.append(
        f'<line x1="{label_width}" x2="{label_width}" y1="{top - 6}" y2="{height - row_gap + 6}" '
        f'stroke="{TEXT_COLOUR}" stroke-width="1"/>'
    )
    parts.append("</svg>")
    return "".join(parts)
