"""Label and document layouts rendered to raster, printer languages and PDF (no Qt)."""
