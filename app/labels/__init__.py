"""Label and document layouts rendered to raster, printer languages and PDF (no Qt).

Public API::

    from app.labels.render import render_raster, render_pdf, available_layouts
    from app.labels.escpos import escpos_raster, decode_escpos_raster

* ``render_raster(label, layout_name="generic-100x150", dpi=203)`` → PIL image, mode "1", printer dots.
* ``render_pdf(label, layout_name="generic-100x150", dpi=203)`` → PDF bytes at the label's physical size.
* ``available_layouts()`` → names of the JSON layouts in ``resources/labels/``.
* ``escpos_raster(image)`` → ESC/POS ``GS v 0`` bytes; ``decode_escpos_raster(data)`` → the image back.

Modules: ``data`` (what goes on a label), ``content`` (label → masked, formatted strings), ``layout`` (JSON
layout files and their validation), ``engine`` (fitting text and barcodes onto the dot grid), ``render``
(raster and PDF), ``escpos`` (printer bytes), ``fonts`` (the shipped CJK font).
"""
