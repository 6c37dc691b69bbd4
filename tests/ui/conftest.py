"""Modal questions are answered by the test, never left open (a modal dialog would block the run).

`answers` decides what the put-back question (ConfirmDialog) and the close-window question
(CloseChoiceDialog) answer, and records that they were asked."""
import pytest
from PySide6.QtWidgets import QDialog

from app.ui.dialogs import CloseChoiceDialog, ConfirmDialog


class Answers:
    def __init__(self):
        self.confirm = True          # ConfirmDialog: yes
        self.close = "keep"          # CloseChoiceDialog: keep the order open at this station
        self.asked: list[str] = []   # the titles of the questions asked, in order


@pytest.fixture(autouse=True)
def answers(monkeypatch):
    a = Answers()

    def confirm_exec(dlg):
        a.asked.append(dlg.windowTitle())
        return QDialog.DialogCode.Accepted if a.confirm else QDialog.DialogCode.Rejected

    def close_ask(dlg):
        a.asked.append(dlg.windowTitle())
        return a.close

    monkeypatch.setattr(ConfirmDialog, "exec", confirm_exec)
    monkeypatch.setattr(CloseChoiceDialog, "ask", close_ask)
    return a
