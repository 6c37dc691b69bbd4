"""Refusals a user reads: an English template with named values, so every screen can say it in its own
language (the template is the translation key: app/ui/service_messages.py lists them for the translators)
while logs and the command line read the English."""
from __future__ import annotations


class ServiceError(Exception):
    """``ServiceError("no order {order_no}", order_no="T9")``: ``str()`` is the English sentence,
    ``template`` and ``params`` are what a screen translates and fills in."""

    def __init__(self, template: str, **params: object):
        self.template = template
        self.params = params
        try:
            text = template.format(**{k: ", ".join(map(str, v)) if isinstance(v, (list, tuple)) else v
                                      for k, v in params.items()})
        except (KeyError, IndexError, ValueError):
            text = template
        super().__init__(text)
