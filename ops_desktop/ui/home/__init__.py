"""Start, the home page of the main window."""
