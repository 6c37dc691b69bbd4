"""PySide6 6.12.0 on Python 3.11 drops a reference to None each time a Qt call returns a null pointer
(QApplication.focusWidget() with no focus, QTableWidget.item() on an empty cell …); after a few thousand
calls the interpreter aborts with 'deallocating None'. A station calls these on every key. This pins the
binding to a version without the bug and fails if an upgrade brings it back."""
import sys

from PySide6.QtWidgets import QApplication, QTableWidget


def test_null_returns_do_not_eat_references_to_none(qapp):
    table = QTableWidget(1, 1)
    before = sys.getrefcount(None)
    for _ in range(200):
        QApplication.activeModalWidget()
        table.item(0, 0)
    assert sys.getrefcount(None) >= before - 5
