"""Choosing where the pupils' page is served: one of the laptop's network addresses and a port.

Loopback is offered last and only by name ("this laptop only"), and a laptop on no network
says so plainly, with what to do.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from visitapp.survey.addresses import Address, list_addresses
from visitapp.survey.server import DEFAULT_PORT
from visitapp.ui.survey.results_view import plain_label

LOOPBACK = Address("127.0.0.1", "lo")


class AddressPicker(QWidget):
    address_chosen = Signal()  # the ambassador picked another address

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        self.combo.setMinimumWidth(240)
        self.combo.setToolTip(self.tr("The network the pupils' phones are on"))
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setToolTip(self.tr("If this port is busy, the next free one is used"))
        self.rescan = QToolButton()
        self.rescan.setText(self.tr("Refresh"))
        self.rescan.setToolTip(self.tr("Look again for networks (after joining a Wi-Fi)"))
        self._preferred_host: str | None = None
        self.hint = plain_label("", "networkHint")
        self.hint.hide()
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Address")))
        row.addWidget(self.combo, 1)
        row.addWidget(QLabel(self.tr("Port")))
        row.addWidget(self.port)
        row.addWidget(self.rescan)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        self.rescan.clicked.connect(lambda: self.reload())
        self.combo.activated.connect(lambda _index: self.address_chosen.emit())

    def prefer(self, host: str | None, port: int) -> None:
        """Start from the address and port used last time (when that network is still here)."""
        self._preferred_host = host
        self.port.setValue(port)

    def chosen(self) -> Address:
        return self.combo.currentData() or LOOPBACK

    def is_network_chosen(self) -> bool:
        return self.chosen() != LOOPBACK

    def reload(self, serving_host: str | None = None) -> None:
        """List the addresses again, keeping the choice (or the one being served)."""
        wanted = self.combo.currentData()
        found = list_addresses()
        self.combo.clear()
        for address in found:
            self.combo.addItem(address.label, address)
        self.combo.addItem(self.tr("This laptop only (127.0.0.1), for a test"), LOOPBACK)
        hosts = [self.combo.itemData(i).host for i in range(self.combo.count())]
        if wanted is not None and wanted.host in hosts:
            self.combo.setCurrentIndex(hosts.index(wanted.host))
        elif serving_host in hosts:
            self.combo.setCurrentIndex(hosts.index(serving_host))
        elif self._preferred_host in hosts:
            self.combo.setCurrentIndex(hosts.index(self._preferred_host))
        else:
            self.combo.setCurrentIndex(0)
        if found:
            self.show_hint("")
        else:
            self.show_hint(
                self.tr(
                    "This laptop is on no network, so phones cannot reach it: connect to the "
                    "class Wi-Fi or start a hotspot, then press Refresh. Kiosk and show of hands "
                    "work without a network."
                )
            )

    def show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(bool(text))
