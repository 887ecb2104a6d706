"""Draws the Windows icon of OptimCE Desktop from its SVG.

    python installer/make_icon.py

Renders ``resources/icons/optimce-desktop.svg`` at every size Windows asks an icon for (Qt's SVG renderer,
each size drawn on its own so small ones stay sharp) and writes ``resources/icons/optimce-desktop.ico``
(Pillow, from the ``installer`` extra: ``pip install -e .[installer]``). Run it after editing the SVG; the
PyInstaller spec gives the .ico to the executable, the NSIS script to the setup program and uninstaller.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "optimce-desktop.svg"
ICO = ICONS / "optimce-desktop.ico"
SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
"""Explorer, the taskbar and the Start menu at 100 % to 250 % scaling."""


def render_png(svg: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG file")
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
    buffer.close()
    return bytes(data.data())


def make_icon(svg: Path = SVG, ico: Path = ICO) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt's painting needs one
    images = [Image.open(io.BytesIO(render_png(svg, size))).convert("RGBA") for size in SIZES]
    largest = images[-1]
    # Bitmaps rather than PNG entries: every reader of icons (the shell, NSIS, resource editors) takes them.
    largest.save(ico, format="ICO", sizes=[(size, size) for size in SIZES], append_images=images[:-1],
                 bitmap_format="bmp")
    return ico


if __name__ == "__main__":
    print(make_icon())
