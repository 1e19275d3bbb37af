"""The draft's charts as reportlab drawings: drawn into the PDF as they are, and rasterised to PNG for the .docx
and the inbox page (the same picture: the drawing is rendered to a one-page PDF and that page to pixels by
PDFium, because reportlab 5's own PNG renderer needs cairo, which has no wheels for Linux)."""

from __future__ import annotations

import io

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Line, String
from reportlab.lib import colors

from gui.govreport.outline import Chart
from gui.pdf import style as S
from gui.pdf.fonts import font_family

BAR = colors.HexColor("#1b5e9f")
TARGET = colors.HexColor("#b00020")
TIMELINESS_COLOURS = (colors.HexColor("#1b7f3b"), colors.HexColor("#c77700"), colors.HexColor("#b00020"))
WIDTH = S.FRAME_WIDTH
PNG_DPI = 150


def drawing(chart: Chart) -> Drawing:
    return _rates(chart) if chart.kind == "rates" else _timeliness(chart)


def _rates(chart: Chart) -> Drawing:
    """One bar per unit, highest first, and the national target as a red line across."""
    font = font_family()
    height = 250
    d = Drawing(WIDTH, height)
    bars = VerticalBarChart()
    bars.x, bars.y, bars.width, bars.height = 32, 70, WIDTH - 40, height - 96
    bars.data = [list(chart.values)]
    bars.bars[0].fillColor = BAR
    bars.bars.strokeColor = None
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax = max(100.0, *chart.values) if chart.values else 100.0
    bars.valueAxis.valueStep = 20
    bars.valueAxis.labels.fontName = font.regular
    bars.valueAxis.labels.fontSize = 8
    bars.categoryAxis.categoryNames = list(chart.labels)
    bars.categoryAxis.labels.fontName = font.regular
    bars.categoryAxis.labels.fontSize = 7.5
    bars.categoryAxis.labels.angle = 90
    bars.categoryAxis.labels.boxAnchor = "e"
    bars.categoryAxis.labels.dy = -4
    d.add(bars)
    if chart.target is not None:
        span = bars.valueAxis.valueMax - bars.valueAxis.valueMin
        y = bars.y + bars.height * (chart.target - bars.valueAxis.valueMin) / span
        d.add(Line(bars.x, y, bars.x + bars.width, y, strokeColor=TARGET, strokeWidth=1.2, strokeDashArray=(4, 2)))
        d.add(
            String(
                bars.x + bars.width,
                y + 3,
                f"mục tiêu {chart.target:g}%",
                fontName=font.italic,
                fontSize=7.5,
                fillColor=TARGET,
                textAnchor="end",
            )
        )
    d.add(String(WIDTH / 2, height - 10, chart.title, fontName=font.bold, fontSize=10.5, textAnchor="middle"))
    return d


def _timeliness(chart: Chart) -> Drawing:
    """Three horizontal bars: on time, late, not sent, each with its count."""
    font = font_family()
    height = 116
    d = Drawing(WIDTH, height)
    bars = HorizontalBarChart()
    bars.x, bars.y, bars.width, bars.height = 80, 10, WIDTH - 130, height - 36
    bars.data = [list(chart.values)]
    bars.bars.strokeColor = None
    for index, colour in enumerate(TIMELINESS_COLOURS):
        bars.bars[(0, index)].fillColor = colour
    bars.valueAxis.valueMin = 0
    bars.valueAxis.valueMax = max(1.0, *chart.values) * 1.15
    bars.valueAxis.visible = False
    bars.categoryAxis.categoryNames = list(chart.labels)
    bars.categoryAxis.reverseDirection = True
    bars.categoryAxis.labels.fontName = font.regular
    bars.categoryAxis.labels.fontSize = 9
    bars.barLabelFormat = "%d"
    bars.barLabels.fontName = font.bold
    bars.barLabels.fontSize = 9
    bars.barLabels.boxAnchor = "w"
    bars.barLabels.dx = 3
    d.add(bars)
    d.add(String(WIDTH / 2, height - 10, chart.title, fontName=font.bold, fontSize=10.5, textAnchor="middle"))
    return d


def png_bytes(chart: Chart, dpi: int = PNG_DPI) -> bytes:
    # lazy: pypdfium2 is imported only when a chart becomes a picture (the .docx, the desk tab), not for the PDF draft
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(renderPDF.drawToString(drawing(chart)))
    try:
        image = pdf[0].render(scale=dpi / 72).to_pil()
    finally:
        pdf.close()
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()
