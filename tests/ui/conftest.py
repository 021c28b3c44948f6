from __future__ import annotations

from datetime import date

import pytest

from visitapp.settings import Settings


@pytest.fixture
def demo_services(services):
    services.demo.seed(date(2026, 11, 23))
    return services


@pytest.fixture
def window(qtbot, demo_services):
    from visitapp.ui.main_window import MainWindow

    win = MainWindow(demo_services, Settings())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win
