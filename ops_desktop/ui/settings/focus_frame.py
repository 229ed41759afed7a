"""Focus always visible (WCAG 2.4.7, 1.4.11): a style over the platform's own that draws a solid
2-pixel frame round whatever has the keyboard focus — buttons, fields, combo boxes, date and
number fields, check boxes, radio buttons, the current tab of a tab bar; a table or list gets
its frame line in the focus colour and the 2-pixel frame round its current cell.

The platform style still draws everything else (Fusion, Windows 11, …); this one only adds the
frame after it, and replaces the thin dotted focus rectangle (a button's, a check box's, a
table cell's) by the same frame. The frame's colour is read from the palette it is drawn with:
the candidate with the higher contrast against the window, field and button colours, so the
standard theme gets dark blue and the high-contrast theme (black) yellow, each ≥ 3:1.

    install_focus_frame(app)   # once, after the QApplication exists (ui/app.run_gui)"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory

from ops_desktop.ui.settings.appearance import FOCUS, contrast_ratio

FOCUS_STANDARD = "#0050c8"   # on the light palettes' #efefef window: 6.1:1, on white 7:1
CANDIDATES = (FOCUS_STANDARD, FOCUS)
WIDTH = 2

S = QStyle
_FRAMED_CONTROLS = {
    S.ControlElement.CE_PushButton: S.SubElement.SE_PushButtonFocusRect,
    S.ControlElement.CE_CheckBox: S.SubElement.SE_CheckBoxFocusRect,
    S.ControlElement.CE_RadioButton: S.SubElement.SE_RadioButtonFocusRect,
}
# tables, lists, text boxes: their own frame line (the view's content covers the rest of the
# width; a wider frame would cost the office screen's widest table its fit), and the current tab
_WHOLE_FRAMED = {S.ControlElement.CE_ShapedFrame, S.ControlElement.CE_TabBarTabShape}
_FRAMED_COMPLEX = {S.ComplexControl.CC_ComboBox, S.ComplexControl.CC_SpinBox}


def focus_colour(palette: QPalette) -> QColor:
    """The candidate that stands out most against the window, field and button colours."""
    backgrounds = [palette.color(role).name() for role in (
        QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button)]
    best = max(CANDIDATES, key=lambda colour: min(contrast_ratio(colour, background)
                                                  for background in backgrounds))
    return QColor(best)


def draw_focus_frame(painter: QPainter, rect, palette: QPalette) -> None:
    """A solid frame WIDTH pixels wide just inside `rect` (no antialiasing: crisp edges)."""
    if rect.width() <= 2 * WIDTH or rect.height() <= 2 * WIDTH:
        return
    colour = focus_colour(palette)
    x, y, w, h = rect.x(), rect.y(), rect.width(), rect.height()
    painter.save()
    painter.fillRect(x, y, w, WIDTH, colour)
    painter.fillRect(x, y + h - WIDTH, w, WIDTH, colour)
    painter.fillRect(x, y, WIDTH, h, colour)
    painter.fillRect(x + w - WIDTH, y, WIDTH, h, colour)
    painter.restore()


def _focused(option) -> bool:
    state = option.state
    return bool(state & S.StateFlag.State_HasFocus) and bool(state & S.StateFlag.State_Enabled)


class FocusFrameStyle(QProxyStyle):
    """The platform style, with the focus frame drawn over it."""

    def drawPrimitive(self, element, option, painter, widget=None):
        if element == S.PrimitiveElement.PE_FrameFocusRect:
            draw_focus_frame(painter, option.rect, option.palette)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element == S.PrimitiveElement.PE_FrameLineEdit and _focused(option):
            draw_focus_frame(painter, option.rect, option.palette)

    def drawControl(self, element, option, painter, widget=None):
        super().drawControl(element, option, painter, widget)
        if not _focused(option):
            return
        if element in _FRAMED_CONTROLS:
            rect = self.subElementRect(_FRAMED_CONTROLS[element], option, widget)
            draw_focus_frame(painter, rect, option.palette)
        elif element in _WHOLE_FRAMED:
            draw_focus_frame(painter, option.rect, option.palette)

    def drawComplexControl(self, control, option, painter, widget=None):
        super().drawComplexControl(control, option, painter, widget)
        if control in _FRAMED_COMPLEX and _focused(option):
            draw_focus_frame(painter, option.rect, option.palette)


_installed: list[FocusFrameStyle] = []  # Python keeps the style object alive with the app


def install_focus_frame(app: QApplication) -> FocusFrameStyle:
    """Wrap the application's style (once; again after `uninstall_focus_frame`)."""
    if _installed:
        return _installed[0]
    with _without_style_sheet(app):
        style = FocusFrameStyle(QStyleFactory.create(app.style().name()))
        app.setStyle(style)
    _installed.append(style)
    return style


def uninstall_focus_frame(app: QApplication) -> None:
    """Back to the plain platform style (tests compare with it)."""
    if not _installed:
        return
    with _without_style_sheet(app):
        app.setStyle(QStyleFactory.create(_installed[0].baseStyle().name()))
    _installed.clear()


@contextmanager
def _without_style_sheet(app: QApplication) -> Iterator[None]:
    """With a style sheet (the high-contrast theme) app.style() is the sheet's own style:
    the platform style is set and read without it, and the sheet put back over it."""
    sheet = app.styleSheet()
    if sheet:
        app.setStyleSheet("")
    try:
        yield
    finally:
        if sheet:
            app.setStyleSheet(sheet)
