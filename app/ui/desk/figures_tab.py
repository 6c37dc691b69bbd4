"""The figures: per day, week or month; by courier, shop, province, complexity; packers; time per step;
with a chart and XLSX/CSV/PDF export."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QPushButton, QVBoxLayout

from ...services import figures
from .kit import DeskTab, date_edit, fill, pydate, table, today


class FigureTab(DeskTab):
    def __init__(self, desk):
        super().__init__(desk)
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.first = date_edit(today().replace(day=1))
        self.last = date_edit(today())
        for d in (self.first, self.last):
            d.setCalendarPopup(True)
        self.period = QComboBox()
        for key, text in (("day", self.tr("per day")), ("week", self.tr("per week")), ("month", self.tr("per month"))):
            self.period.addItem(text, key)
        self.by = QComboBox()
        for key, text in (("", self.tr("all")), ("courier", self.tr("by courier")), ("shop", self.tr("by shop")),
                          ("province", self.tr("by province")), ("complexity", self.tr("by order complexity")),
                          ("packer", self.tr("packers")), ("steps", self.tr("time per step")),
                          ("errors", self.tr("cost of errors (reships)"))):
            self.by.addItem(text, key)
        show = QPushButton(self.tr("Show"))
        show.clicked.connect(self.refresh)
        for w in (self.first, self.last, self.period, self.by, show):
            row.addWidget(w)
        lay.addLayout(row)
        self.table = table([""] * 8)
        lay.addWidget(self.table, 1)
        self.chart_host = QVBoxLayout()
        lay.addLayout(self.chart_host, 1)
        out = QHBoxLayout()
        for text, fmt in ((self.tr("Export XLSX"), "xlsx"), (self.tr("Export CSV"), "csv"), (self.tr("PDF"), "pdf")):
            b = QPushButton(text)
            b.clicked.connect(lambda _=False, f=fmt: self.export(f))
            out.addWidget(b)
        lay.addLayout(out)
        self._rows: list = []

    def refresh(self) -> None:
        first, last, by = pydate(self.first), pydate(self.last), self.by.currentData()
        out: list = []
        if by == "packer":
            ok = self.do(lambda: out.extend(figures.packer_figures(self.db, self.actor, first, last)), "")
        elif by == "steps":
            ok = self.do(lambda: out.extend(figures.step_times(self.db, self.actor, first, last)), "")
        elif by == "errors":  # reships (补发) per cause, and per packer on record when packing was the cause
            ok = self.do(lambda: out.extend(figures.error_costs(self.db, self.actor, first, last)), "")
        else:
            ok = self.do(lambda: out.extend(figures.figures(self.db, self.actor, first, last,
                                                                  self.period.currentData(), by or None)), "")
        if not ok:
            return
        self._rows = out
        if not out:
            self.table.setRowCount(0)
            return
        fields = [f for f in out[0].__dataclass_fields__ if f != "packer_id"]
        names = {"period": self.tr("Period"), "key": self.tr("Key"), "label": self.tr("Name"),
                 "orders": self.tr("Orders"), "parcels": self.tr("Parcels"), "items": self.tr("Items"),
                 "amount": self.tr("Amount"), "weight_g": self.tr("Weight (g)"),
                 "avg_weight_g": self.tr("Average weight (g)"), "cause": self.tr("Cause"),
                 "packer": self.tr("Packer"), "reships": self.tr("Reships"), "cost": self.tr("Cost")}
        causes = {"packing": self.tr("packing"), "courier": self.tr("courier"), "stock": self.tr("stock"),
                  "other": self.tr("other")}
        self.table.setColumnCount(len(fields))
        self.table.setHorizontalHeaderLabels([names.get(f, f) for f in fields])
        fill(self.table, [[causes.get(getattr(r, f), getattr(r, f)) if f == "cause" else str(getattr(r, f))
                           for f in fields] for r in out])
        self._chart(out)

    def _chart(self, rows) -> None:
        """Orders per period (or per key) as bars: where people would rather look than read."""
        try:
            from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
        except ImportError:  # Qt Charts missing: the table alone
            return
        while self.chart_host.count():
            w = self.chart_host.takeAt(0).widget()
            if w is not None:
                w.deleteLater()
        value = "orders" if hasattr(rows[0], "orders") else next(
            (f for f in rows[0].__dataclass_fields__ if f.endswith("per_hour") or f.endswith("_s")), None)
        if value is None:
            return
        bars = QBarSet(value)
        cats = []
        for r in rows[:40]:
            bars.append(float(getattr(r, value) or 0))
            cats.append(str(getattr(r, "label", "") or getattr(r, "period", "") or getattr(r, "name", "")))
        series = QBarSeries()
        series.append(bars)
        chart = QChart()
        chart.addSeries(series)
        axis = QBarCategoryAxis()
        axis.append(cats)
        chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis)
        yaxis = QValueAxis()
        chart.addAxis(yaxis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(yaxis)
        chart.legend().hide()
        self.chart_view = QChartView(chart)
        self.chart_host.addWidget(self.chart_view)

    def export(self, fmt: str) -> None:
        if not self._rows:
            return
        name = f"figures-{pydate(self.first)}-{pydate(self.last)}.{fmt}"
        if fmt == "pdf":
            self.document(name, lambda: figures.export_pdf(self._rows, self.tr("Figures")))
        else:
            self.document(name, lambda: figures.export(self._rows, fmt))
