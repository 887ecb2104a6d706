"""The three cards that show one configuration period: Description, Energy and Financial characteristics."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QVBoxLayout, QWidget

from optimce_desktop.gui.widgets.card import CardRow, DataCard
from optimce_desktop.gui.widgets.status_pill import StatusPill
from optimce_desktop.services.texts import (
    date_text,
    dso_text,
    enum_text,
    number_text,
    power_text,
    text_or_empty,
)

# Type hints only: the domain models cost a few tenths of a second of imports, which the first
# screen of a cold start does not wait for.
if TYPE_CHECKING:
    from optimce_desktop.domain.models import Period


class PeriodCards(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = CardRow()
        self.row = row
        layout.addWidget(row)

        self.description = DataCard(self.tr("Description"), "✎")
        self.description.add_field("description", self.tr("Description"), span=2, wrap=True)
        self.description.add_field("startDate", self.tr("Start date"))
        self.description.add_field("endDate", self.tr("End date"))
        # a field as in the web app (beside the title, it would hold a narrow card wider than it needs)
        self.status_pill = StatusPill()
        self.description.add_field("status", self.tr("Status"), label=self.status_pill)

        self.energy = DataCard(self.tr("Energy characteristics"), "⚡")
        self.energy.add_field("samplingPower", self.tr("Withdrawal power (kVA)"))
        self.energy.add_field("generatingCapacity", self.tr("Total generating capacity (kVA)"))
        self.energy.add_field("amperage", self.tr("Amperage (A)"))
        self.energy.add_field("productionChain", self.tr("Generation type"), wrap=True)
        self.energy.add_field("injectionStatus", self.tr("Injection status"), span=2, wrap=True)

        self.financial = DataCard(self.tr("Financial characteristics"), "€")
        self.financial.add_field("rate", self.tr("Tariff"), wrap=True)
        self.financial.add_field("clientType", self.tr("Usage"), wrap=True)
        self.financial.add_field("dso", self.tr("DSO"), wrap=True)
        self.financial.add_field("sharingOperation", self.tr("Sharing operation"), wrap=True)
        self.financial.add_field("periodHolder", self.tr("Holder"), span=2, wrap=True)

        for card in (self.description, self.energy, self.financial):
            row.add_card(card)

    def show_period(self, period: Period | None) -> None:
        self.status_pill.set_status(period.status if period else None)
        p = period
        self.description.set_value("description", text_or_empty(p.description) if p else "")
        self.description.set_value("startDate", date_text(p.start_date) if p else "")
        self.description.set_value("endDate", date_text(p.end_date) if p else "")
        self.energy.set_value("samplingPower", power_text(p.sampling_power) if p else "")
        self.energy.set_value("generatingCapacity",
                              power_text(p.total_generating_capacity) if p else "")
        self.energy.set_value("amperage", number_text(p.amperage, "A") if p else "")
        self.energy.set_value("productionChain", enum_text(p.production_chain) if p else "")
        self.energy.set_value("injectionStatus", enum_text(p.injection_status) if p else "")
        self.financial.set_value("rate", enum_text(p.rate) if p else "")
        self.financial.set_value("clientType", enum_text(p.client_type) if p else "")
        self.financial.set_value("dso", dso_text(p.grd) if p else "")
        self.financial.set_value("sharingOperation",
                                 text_or_empty(p.sharing_operation.name
                                               if p and p.sharing_operation else None))
        self.financial.set_value("periodHolder", text_or_empty(p.member.name if p and p.member else None))
        self.row.refit()

    def value(self, key: str) -> str:
        for card in (self.description, self.energy, self.financial):
            try:
                return card.value(key)
            except KeyError:
                continue
        raise KeyError(key)
