"""Devices opened by URL: scales, printers, scanners; protocol parsers and simulators. No Qt."""
