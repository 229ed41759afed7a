"""The settings feature of the GUI: the office's settings page (Ustawienia) and the user's own
view settings (text size, high contrast) with the Widok menu."""
