"""The command-line front end: `ops-desktop [--db FILE] [COMMAND …]`. With no command it
starts the GUI. Every command goes through the same services as the GUI."""
