"""The desk's Setup screen: the warehouse's own set-up in four pages — operators, cartons, products, shared
settings (one module each: operators_tab, cartons_tab, products_tab, settings_tab)."""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout

from .cartons_tab import CartonsTab
from .kit import DeskTab
from .operators_tab import OperatorsTab
from .products_tab import ProductsTab
from .settings_tab import SettingsTab


class SetupTab(DeskTab):
    def __init__(self, desk):
        super().__init__(desk)
        lay = QVBoxLayout(self)
        self.pages = QTabWidget()
        self.by_key: dict[str, DeskTab] = {}
        for key, cls, title in (("operators", OperatorsTab, self.tr("Operators")),
                                ("cartons", CartonsTab, self.tr("Cartons")),
                                ("products", ProductsTab, self.tr("Products")),
                                ("settings", SettingsTab, self.tr("Settings"))):
            self.by_key[key] = cls(desk)
            self.pages.addTab(self.by_key[key], title)
        lay.addWidget(self.pages)

    def page(self, key: str) -> DeskTab:
        return self.by_key[key]

    def show_page(self, key: str) -> DeskTab:
        self.pages.setCurrentWidget(self.by_key[key])
        return self.by_key[key]

    def refresh(self) -> None:
        for p in self.by_key.values():
            p.refresh()

    def on_scan(self, code: str) -> None:
        page = self.pages.currentWidget()
        if isinstance(page, DeskTab):
            page.on_scan(code)
