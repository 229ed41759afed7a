"""Backups in the GUI: the daily schedule, restoring a backup, and the recovery of a damaged
database at start."""
