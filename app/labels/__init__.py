"""Waybill labels and printed documents: raster, printer languages and PDF (no Qt).

Public API::

    from app.labels.render import render_raster, render_pdf, render_plan, available_layouts
    from app.labels.render import fitting_sizes, check_label_fits, LabelTooWide
    from app.labels.layout import load_layout, available_couriers, available_sizes
    from app.labels.printers import encode_label, PrinterProfile, PROFILES, LANGUAGES
    from app.labels.decode import decode_stream, decode_image
    from app.labels.escpos import escpos_raster, decode_escpos_raster
    from app.labels.documents import packing_slip_pdf, handover_manifest_pdf, claim_evidence_pdf

* ``load_layout(courier, size)`` → the layout for a courier (SF, ZTO, YTO, STO, YUNDA, JD, EMS; anything else
  gets GENERIC) and a size ("72x130" — the 76×130 layout scaled to an 80 mm printer's 72 mm —, "76x130",
  "100x150", "100x180"): ``resources/labels/base/<size>.json`` with
  ``resources/labels/couriers/<CODE>.json`` applied; ``load_layout("sf-100x150")`` by name.
* ``available_layouts()`` → every ``<courier>-<size>`` name; ``available_couriers()`` → [(code, name)];
  ``available_sizes()``.
* ``render_raster(label, layout=None, dpi=203)`` → PIL image, mode "1", printer dots (layout None = the
  label's own courier at 100×150); ``render_pdf(label, layout=None, dpi=203)`` → PDF bytes, the same layout.
* ``encode_label(label, courier, size, language, profile)`` → printer bytes; language one of ``LANGUAGES``:
  "escpos-raster", "escpos-compact", "tspl", "zpl", "tspl-raster", "zpl-raster".
* ``PrinterProfile`` (dpi, head width, darkness, offsets, page mode, Chinese font …) → ``to_dict`` /
  ``from_dict`` for settings; ``PROFILES`` has starting points; ``PrinterProfile.for_head(printer.profile,
  offset_x=…)`` takes the head of the printer the label goes to, so a label is never wider than it.
* ``fitting_sizes(profile)`` → the sizes a head prints whole; ``check_label_fits(profile, size)`` raises
  ``LabelTooWide`` (code "head_too_narrow", head_dots, label_dots) — ``encode_label`` raises it too, before
  any byte exists.
* ``decode_stream(data)`` → what a printer makes of ESC/POS, TSPL or ZPL bytes (texts, barcodes, bitmaps,
  ``image()``), for the simulated printer and tests; ``decode_escpos_raster(data)`` → an ESC/POS job's image.
* ``escpos_raster(image)`` → ESC/POS ``GS v 0`` bytes.
* ``packing_slip_pdf``, ``handover_manifest_pdf``, ``claim_evidence_pdf`` from the dataclasses in
  ``documents``.

Modules: ``data`` (what goes on a label), ``content`` (label → masked, formatted strings), ``layout`` (layout
files, overlays, validation), ``engine`` (fitting text and barcodes onto the dot grid), ``code128`` (one
Code 128 segmentation for every output), ``render`` (raster and PDF), ``printers`` (profiles, pages, the
language dispatcher), ``escpos`` / ``tspl`` / ``zpl`` (each language's writer and reader), ``decode`` (the
printed page model), ``documents`` (PDF documents), ``fonts`` (the shipped CJK font).
"""
