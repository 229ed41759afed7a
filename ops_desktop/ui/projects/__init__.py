"""The projects feature of the GUI: the projects page with its model, the project dialog
with its editions and groups, the monitoring format choice, and the retention dialog opened
from a project."""
