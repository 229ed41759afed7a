"""Render the application icon from its SVG sources: `ops-desktop-<size>.png` for 16–256 px
and `ops-desktop.ico` (Windows: window, taskbar, installer, shortcuts) holding every size.

    .venv/bin/python resources/icons/make_icons.py

`ops-desktop.svg` is the drawing; `ops-desktop-16.svg` the same drawing fitted to the 16 px
grid (used for 16 and 24 px, where the large one would blur). Uses Qt's SVG renderer from the
PySide6 wheel; the .ico is written here (PNG images inside, which Windows Vista and later
read at every size). The outputs are committed, so a build needs none of this."""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = (16, 24, 32, 48, 64, 128, 256)
SMALL = (16, 24)  # drawn from the 16 px grid


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    source = HERE / ("ops-desktop-16.svg" if size in SMALL else "ops-desktop.svg")
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {source}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO file: the header, one directory entry per size, then the PNG data."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        payload += png
        offset += len(png)
    return header + entries + payload


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    images = {size: render_png(size) for size in SIZES}
    for size, png in images.items():
        (HERE / f"ops-desktop-{size}.png").write_bytes(png)
    (HERE / "ops-desktop.ico").write_bytes(ico_bytes(images))
    print(f"icons: {', '.join(map(str, SIZES))} px and ops-desktop.ico in {HERE}")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
