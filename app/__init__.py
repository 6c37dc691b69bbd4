"""PackStation: a packing-station program for e-commerce warehouses."""

__version__ = "0.1.0"
