"""The reports feature of the GUI: the Raporty page with the summary tables, their charts,
the summary files saved from it, the people behind a figure, and the import of a monitoring
list opened from it."""
