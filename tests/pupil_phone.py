"""What a pupil's phone does, for tests: read a QR code off an image, answer the survey page."""

from __future__ import annotations

import re
import shutil
import subprocess
import urllib.parse
import urllib.request

import pytest

needs_zbar = pytest.mark.skipif(
    shutil.which("zbarimg") is None,
    reason="zbarimg (Debian package zbar-tools) is needed to read QR codes back",
)


def decode(path) -> str:
    """The text of the QR code in the image at `path` ("" when none is found)."""
    result = subprocess.run(
        ["zbarimg", "--quiet", "--raw", str(path)], capture_output=True, text=True, timeout=30
    )
    return result.stdout.strip()


def answer_on_a_phone(url: str, **answers: str) -> str:
    """Load the form at `url` and post `answers` (question id → option) as a phone would."""
    html = urllib.request.urlopen(url, timeout=10).read().decode()
    ids = {n: re.search(rf'name="{n}" value="([^"]+)"', html).group(1) for n in ("rid", "proof")}
    fields = {**ids, **{f"q_{k}": v for k, v in answers.items()}}
    data = urllib.parse.urlencode(fields).encode()
    return (
        urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=10).read().decode()
    )
