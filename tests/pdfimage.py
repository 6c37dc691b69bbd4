"""PDF pages to images for the tests, with pypdfium2 (a pip package: nothing to install on the machine, so
no test that reads a PDF's barcode is ever skipped)."""
from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
from PIL import Image


def pdf_page_image(pdf: bytes | Path, dpi: float, page: int = 1, mode: str = "L") -> Image.Image:
    """Page `page` (1-based) rendered at `dpi`: mode "L" (grey), "1" (black and white at 50 %)."""
    data = pdf.read_bytes() if isinstance(pdf, Path) else pdf
    doc = pdfium.PdfDocument(data)
    try:
        image = doc[page - 1].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
    finally:
        doc.close()
    if mode == "1":
        return image.point(lambda v: 0 if v < 128 else 255).convert("1")
    return image.convert(mode)
