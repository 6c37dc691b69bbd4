"""Distinct sounds for scan OK, error and order done, with an off switch."""
from __future__ import annotations

from PySide6.QtCore import QObject, QUrl

from .. import paths
from ..domain.packflow import Sound

try:  # QtMultimedia comes with PySide6-Addons; without it (or without an audio device) we fall back to beep()
    from PySide6.QtMultimedia import QSoundEffect
except ImportError:  # pragma: no cover - depends on the install
    QSoundEffect = None  # type: ignore[assignment,misc]


class SoundPlayer(QObject):
    def __init__(self, enabled: bool = True, parent: QObject | None = None):
        super().__init__(parent)
        self.enabled = enabled
        self.played: list[Sound] = []  # what was asked for, newest last (the screen and the tests read it)
        self._effects: dict[Sound, object] = {}
        if QSoundEffect is not None:
            for s in Sound:
                eff = QSoundEffect(self)
                eff.setSource(QUrl.fromLocalFile(str(paths.resource("sounds", f"{s.value}.wav"))))
                eff.setVolume(1.0)
                self._effects[s] = eff

    def play(self, sound: Sound) -> None:
        self.played.append(sound)
        del self.played[:-50]
        if not self.enabled:
            return
        eff = self._effects.get(sound)
        if eff is not None:
            eff.play()
        else:
            from PySide6.QtWidgets import QApplication

            QApplication.beep()
