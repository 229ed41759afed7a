"""Printed documents: reportlab renderers, pure functions from view dataclasses to PDF bytes."""
