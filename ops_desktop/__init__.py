"""OPS Desktop: active-integration projects of a Polish social welfare office.

This package's top level imports nothing outside the standard library, so that
`python -m ops_desktop.bootstrap` runs on a machine that has nothing installed yet.
"""

__version__ = "0.1.0"
APP_NAME = "OPS Desktop"
APP_ID = "ops-desktop"
