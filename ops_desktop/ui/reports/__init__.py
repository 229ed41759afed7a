"""The reports feature of the GUI: the Raporty page with the summary tables, their charts and
the summary files saved from it."""
