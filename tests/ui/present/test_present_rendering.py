"""Slides rendered by QtPdf at the exact size asked, letterboxed, cached within a bound."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from visitapp.paths import resource_path
from visitapp.ui.present.slide_renderer import MIN_CACHE_BYTES, SlideCache, SlideRenderer

DEMO_PDF = resource_path("decks", "devenir-ingenieur.pdf")


def render(qtbot, renderer: SlideRenderer, page: int, size: QSize) -> QImage:
    with qtbot.waitSignal(renderer.ready, timeout=10_000):
        renderer.want([(page, size)])
    image = renderer.image(page, size)
    assert image is not None
    return image


def test_demo_deck_renders_at_exactly_the_size_asked(qtbot):
    renderer = SlideRenderer(str(DEMO_PDF))
    assert renderer.page_count == 16
    assert (renderer.page_sizes[0].width(), renderer.page_sizes[0].height()) == (720, 405)
    for size in (QSize(1920, 1080), QSize(1024, 576), QSize(3840, 2160)):
        image = render(qtbot, renderer, 0, size)
        assert image.size() == size
    # The cover is navy; a white page would mean nothing was drawn.
    cover = render(qtbot, renderer, 0, QSize(1280, 720))
    assert QColor(cover.pixel(40, 40)).name() == "#0f2a4a"
    survey = render(qtbot, renderer, 15, QSize(1280, 720))
    assert QColor(survey.pixel(640, 700)).name() == "#0f2a4a"


def test_a_want_list_drops_work_nobody_needs_any_more(qtbot):
    renderer = SlideRenderer(str(DEMO_PDF))
    renderer.want([(page, QSize(640, 360)) for page in range(16)])
    renderer.want([(3, QSize(640, 360))])  # the presenter jumped: only slide 4 matters now
    qtbot.waitUntil(lambda: not renderer.busy, timeout=10_000)
    assert renderer.image(3, QSize(640, 360)) is not None
    assert renderer.renders <= 2  # the one in flight when the list changed, and slide 4


def test_cache_drops_least_recently_used_but_never_what_is_on_screen():
    def image(width: int) -> QImage:
        return QImage(width, 100, QImage.Format.Format_RGB32)

    cache = SlideCache(max_bytes=3 * 400 * 100 * 4)
    for page in range(3):
        cache.put((page, 400, 100), image(400))
    cache.get((0, 400, 100))  # slide 1 was shown again: slide 2 is now the oldest
    cache.put((3, 400, 100), image(400))
    assert (1, 400, 100) not in cache and (0, 400, 100) in cache
    assert cache.bytes <= cache.max_bytes
    wanted = {(0, 400, 100), (2, 400, 100), (3, 400, 100)}
    cache.put((4, 800, 100), image(800), keep=wanted)
    assert all(key in cache for key in wanted)  # over the bound rather than a blank screen
    assert cache.any_of_page(4).width() == 800


def test_the_bound_grows_with_the_screens_and_stays_bounded(qtbot):
    renderer = SlideRenderer(str(DEMO_PDF))
    four_k = QSize(3840, 2160)
    renderer.want([(0, four_k), (1, four_k), (2, four_k)])
    assert renderer.cache.max_bytes >= 3 * 3840 * 2160 * 4
    renderer.want([(0, QSize(320, 180))])
    assert renderer.cache.max_bytes == MIN_CACHE_BYTES


def test_a_deck_restricted_by_an_aes_owner_password_is_shown(qtbot, tmp_path):
    """PowerPoint's and LibreOffice's "restrict printing" PDFs: AES, no password to open."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(DEMO_PDF))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-256")
    path = tmp_path / "restricted.pdf"
    with path.open("wb") as out:
        writer.write(out)
    renderer = SlideRenderer(str(path))
    assert renderer.page_count == 16
    cover = render(qtbot, renderer, 0, QSize(1280, 720))
    assert QColor(cover.pixel(40, 40)).name() == "#0f2a4a"
