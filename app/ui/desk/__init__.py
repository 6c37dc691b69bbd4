"""The supervisor's desk: one window (window.py), one module per screen (exceptions_tab.py, orders_tab.py, …)
and the helpers they share (kit.py). Every action goes through app.services, which checks the role and
writes the audit log."""
from .window import DeskWindow

__all__ = ["DeskWindow"]
