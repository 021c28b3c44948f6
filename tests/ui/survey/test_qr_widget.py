"""The painted QR code reads back as the URL it was given, at laptop and projector sizes."""

from __future__ import annotations

import pytest

from tests.pupil_phone import decode, needs_zbar
from visitapp.ui.survey.qr_widget import QUIET_ZONE, QrWidget, qr_matrix

URL = "http://192.168.1.20:8765/s/Xq3_fe9-Lm2pQ8vTz0aBcD"


@needs_zbar
@pytest.mark.parametrize("side", [240, 1000])
def test_the_widget_paints_a_code_that_reads_back_as_the_url(qtbot, tmp_path, side):
    widget = QrWidget()
    qtbot.addWidget(widget)
    widget.set_text(URL)
    widget.resize(side, side)
    widget.show()
    qtbot.waitExposed(widget)
    path = tmp_path / "qr.png"
    assert widget.grab().save(str(path))
    assert decode(path) == URL


def test_modules_are_whole_pixels_so_the_code_stays_crisp(qtbot):
    widget = QrWidget()
    qtbot.addWidget(widget)
    widget.set_text(URL)
    modules = len(qr_matrix(URL)) + 2 * QUIET_ZONE
    image = widget.to_image(modules * 7 + 3)
    colours = {
        image.pixelColor(x, y).name()
        for x in range(image.width())
        for y in range(0, image.height(), 5)
    }
    assert colours == {"#000000", "#ffffff"}  # no grey: nothing is smoothed
    assert widget.heightForWidth(500) == 500


def test_an_empty_widget_paints_nothing(qtbot):
    widget = QrWidget()
    qtbot.addWidget(widget)
    image = widget.to_image(100)
    assert {image.pixelColor(x, 50).name() for x in range(100)} == {"#ffffff"}
