"""Entry script of the frozen application (PyInstaller): the same as `python -m ops_desktop`."""

from ops_desktop.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main())
