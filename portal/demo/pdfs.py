"""PDFs printed for the demo: administrative documents laid out with fpdf2, and blank pages for materials.

The documents are set in DejaVu Sans (Vietnamese needs a Unicode font; Debian's fonts-dejavu-core);
without the font they fall back to Helvetica and text without diacritics, which search reads the same way.
"""

import datetime
import io
from pathlib import Path

from fpdf import FPDF
from pypdf import PdfWriter

from portal.text import without_diacritics

FONT_DIRS = [Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu")]


def _font_paths() -> tuple[Path, Path] | None:
    for folder in FONT_DIRS:
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.exists() and bold.exists():
            return regular, bold
    return None


def _ascii(text: str) -> str:
    return without_diacritics(text.replace("–", "-"))


def place_date(place: str, day: datetime.date | None) -> str:
    """The place and date line of a document (``Đắk Lắk, ngày 09 tháng 10 năm 2026``), left blank for a draft."""
    if day is None:
        return f"{place}, ngày      tháng      năm"
    return f"{place}, ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"


def render_pdf(*, issuer: str, number: str, place_date: str, heading: str, summary: str, paragraphs, signer) -> bytes:
    """An A4 page laid out like an administrative document (Decree 30/2020): header, number, title, text, signature."""
    fonts = _font_paths()
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 15)
    pdf.add_page()
    if fonts:
        pdf.add_font("DejaVu", "", str(fonts[0]))
        pdf.add_font("DejaVu", "B", str(fonts[1]))
        family, text = "DejaVu", str
    else:  # no Unicode font on this machine: the same text without diacritics
        family, text = "Helvetica", _ascii

    def write(content: str, *, size: float = 11, bold: bool = False, align: str = "L", width: float = 0) -> None:
        pdf.set_font(family, "B" if bold else "", size)
        pdf.multi_cell(width, 5.5, text(content), align=align, new_x="LMARGIN", new_y="NEXT")

    top = pdf.get_y()
    write(f"{issuer.upper()}\n{number and 'Số: ' + number or 'DỰ THẢO'}", size=9, bold=True, align="C", width=75)
    pdf.set_xy(100, top)
    pdf.set_font(family, "B", 9)
    pdf.multi_cell(
        0, 5.5, text("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"), align="C", new_x="LMARGIN"
    )
    pdf.set_xy(100, pdf.get_y() + 2)
    pdf.set_font(family, "", 9)
    pdf.multi_cell(0, 5.5, text(place_date), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    write(heading.upper(), size=13, bold=True, align="C")
    write(summary, bold=True, align="C")
    pdf.ln(4)
    for paragraph in paragraphs:
        write(paragraph, align="J")
        pdf.ln(1.5)
    title, name = signer
    if name:
        pdf.ln(6)
        pdf.set_x(110)
        pdf.set_font(family, "B", 10)
        pdf.multi_cell(0, 5.5, text(f"{title}\n\n\n\n{name}"), align="C", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def blank_pdf(title: str) -> bytes:
    """A blank A4 page whose metadata carries ``title``: a stand-in for a conference's slides and papers."""
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_metadata({"/Title": title})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()
