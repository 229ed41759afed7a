"""`python -m ops_desktop` is the same as the `ops-desktop` command."""

from ops_desktop.cli.main import main

raise SystemExit(main())
