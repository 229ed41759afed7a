"""The application icon: rendered from its SVG sources (resources/icons/make_icons.py) in
every size Windows and Linux ask for, the .ico holding them all, still readable at 16 px
(blue square, white person, yellow arc — each in its own place), and used by the window, the
Windows executable, the installer and its shortcuts."""

from __future__ import annotations

import struct

import pytest
from PySide6.QtGui import QColor, QImage

from tests import ROOT

ICONS = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def _near(color: QColor, rgb: tuple[int, int, int], tolerance: int = 40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip((color.red(), color.green(),
                                                        color.blue()), rgb, strict=True))


@pytest.mark.parametrize("size", SIZES)
def test_every_size_is_there_and_is_what_the_svg_renders(qapp, size):
    from resources.icons import make_icons

    image = QImage(str(ICONS / f"ops-desktop-{size}.png"))
    assert (image.width(), image.height()) == (size, size)
    fresh = QImage.fromData(make_icons.render_png(size))
    assert _largest_difference(fresh, image) <= 2, \
        "run resources/icons/make_icons.py after changing the SVG"


def _largest_difference(one: QImage, other: QImage) -> int:
    """The largest difference of one channel of one pixel: the raster engine's antialiasing
    may round an edge pixel one level apart between Qt builds; a changed drawing differs by
    far more."""
    one = one.convertToFormat(QImage.Format.Format_ARGB32)
    other = other.convertToFormat(QImage.Format.Format_ARGB32)
    assert one.size() == other.size()
    largest = 0
    for y in range(one.height()):
        for x in range(one.width()):
            a, b = one.pixel(x, y), other.pixel(x, y)
            if a != b:
                largest = max(largest, *(abs((a >> s & 255) - (b >> s & 255))
                                         for s in (0, 8, 16, 24)))
    return largest


def test_the_ico_holds_every_size():
    data = (ICONS / "ops-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(SIZES))
    sizes = []
    for index in range(count):
        width, height, *_rest, length, offset = struct.unpack_from("<BBBBHHII", data,
                                                                   6 + 16 * index)
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n" and length > 0
        sizes.append(width or 256)
    assert sizes == list(SIZES)


def test_the_16_px_icon_keeps_its_three_parts_apart(qapp):
    image = QImage(str(ICONS / "ops-desktop-16.png"))
    blue, white, yellow = (29, 90, 140), (255, 255, 255), (245, 179, 1)

    def where(rgb):
        return {(x, y) for x in range(16) for y in range(16)
                if image.pixelColor(x, y).alpha() > 200 and _near(image.pixelColor(x, y), rgb)}

    person, arc, ground = where(white), where(yellow), where(blue)
    assert len(ground) >= 100  # the square is mostly background
    assert len(person) >= 20 and len(arc) >= 12
    assert max(y for _, y in person) < max(y for _, y in arc)  # the arc holds from below
    head = {p for p in person if p[1] <= 6}
    assert head and min(x for x, _ in head) >= 5 and max(x for x, _ in head) <= 10


def test_the_window_and_the_installer_use_it(qapp):
    from ops_desktop.ui.app import application_icon, create_application

    app = create_application()
    sizes = {size.width() for size in app.windowIcon().availableSizes()}
    assert sizes >= set(SIZES)
    assert {s.width() for s in application_icon().availableSizes()} == set(SIZES)
    installer = ICONS.parent.parent / "installer"
    nsi = (installer / "ops_desktop.nsi").read_text(encoding="utf-8-sig")
    assert 'MUI_ICON "${APP_ICON}"' in nsi and "icons\\ops-desktop.ico" in nsi
    spec = (installer / "ops_desktop.spec").read_text(encoding="utf-8")
    assert "icon=str(ICON)" in spec and '"ops-desktop.ico"' in spec
