"""Server-rendered SVG charts: no JavaScript, no CDN, readable on a 360 px phone.

One chart type covers what leaders read: horizontal bars, one row per label (a unit,
a school year, a form of award), each bar split into stacked series (present, absent,
excused...). The label sits above its bar so that long Vietnamese unit names fit a
phone screen; the numbers are printed beside each bar, and the SVG carries a title and
description for screen readers. Pages show the same figures in a table as well.
"""

from dataclasses import dataclass

from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString

from .text import slugify

# Colours with at least 3:1 contrast against white, distinguishable in grey print.
PALETTE = ("#0b4a8b", "#b3261e", "#8a6d00", "#2e7d32", "#6a1b9a", "#4f5b67")


@dataclass(frozen=True)
class Series:
    key: str
    label: str
    colour: str = ""


def horizontal_bar_chart(
    rows: list[dict], series: list[Series], *, label_key: str = "label", title: str, width: int = 640
) -> SafeString:
    """An SVG of stacked horizontal bars: ``rows`` are dicts holding ``label_key`` and each series key.

    Example: ``horizontal_bar_chart([{"label": "Phòng GD&ĐT Lắk", "present": 30, "absent": 2}],
    [Series("present", "Có mặt"), Series("absent", "Vắng")], title="Điểm danh theo đơn vị")``.
    """
    series = [Series(s.key, s.label, s.colour or PALETTE[i % len(PALETTE)]) for i, s in enumerate(series)]
    row_height, bar_height, top, number_room = 44, 18, 28, 64
    bar_room = width - number_room
    largest = max((sum(row.get(s.key, 0) or 0 for s in series) for row in rows), default=0) or 1
    height = top + row_height * len(rows) + 8

    legend = format_html_join(
        "",
        '<rect x="{}" y="4" width="12" height="12" fill="{}"></rect><text x="{}" y="15" class="chart-legend">{}</text>',
        ((i * 150, s.colour, i * 150 + 16, s.label) for i, s in enumerate(series)),
    )
    bars = []
    for index, row in enumerate(rows):
        y = top + index * row_height
        total = sum(row.get(s.key, 0) or 0 for s in series)
        x = 0.0
        segments = []
        for s in series:
            value = row.get(s.key, 0) or 0
            if value <= 0:
                continue
            length = bar_room * value / largest
            segments.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="{}"><title>{}: {}</title></rect>',
                    f"{x:.1f}",
                    y + 18,
                    f"{max(length, 1):.1f}",
                    bar_height,
                    s.colour,
                    s.label,
                    value,
                )
            )
            x += length
        bars.append(
            format_html(
                '<text x="0" y="{}" class="chart-label">{}</text>{}<text x="{}" y="{}" class="chart-value">{}</text>',
                y + 13,
                row[label_key],
                SafeString("".join(segments)),
                f"{x + 6:.1f}",
                y + 32,
                total,
            )
        )
    return format_html(
        '<svg class="chart" viewBox="0 0 {} {}" width="100%" role="img" aria-labelledby="{}-title" '
        'preserveAspectRatio="xMinYMin meet" xmlns="http://www.w3.org/2000/svg">'
        '<title id="{}-title">{}</title>{}{}</svg>',
        width,
        height,
        _chart_id(title),
        _chart_id(title),
        title,
        legend,
        SafeString("".join(bars)),
    )


def _chart_id(title: str) -> str:
    return "chart-" + (slugify(title, max_length=40) or "x")
