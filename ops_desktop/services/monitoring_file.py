"""A monitoring list as a file: the rows of `services/monitoring.py` (checked, audited there)
handed to the format's writer in exports/ (SL2014 and PEFS 2007 → XLSX, 2021–2027 → CSV).
Used by the command line, the monitoring dialog and the export to USB (inside an encrypted
archive there)."""

from __future__ import annotations

from ops_desktop.domain.monitoring import MonitoringCheck, MonitoringData
from ops_desktop.domain.monitoring_rows import MonitoringFormat
from ops_desktop.exports.monitoring_cst2021 import render_cst2021
from ops_desktop.exports.monitoring_xlsx import SHEETS, render_monitoring_xlsx
from ops_desktop.exports.safe_write import ExportFile
from ops_desktop.services import monitoring
from ops_desktop.services.context import ServiceContext


def render(data: MonitoringData) -> bytes:
    if data.check.fmt in SHEETS:
        return render_monitoring_xlsx(data.rows, data.check.fmt)
    return render_cst2021(data.rows)


def monitoring_file(ctx: ServiceContext, *, project_id: int, fmt: MonitoringFormat,
                    year: int | None = None,
                    destination: str = "file") -> tuple[ExportFile, MonitoringCheck]:
    """The list as a named file (audited by the service as a personal-data export)."""
    data = monitoring.monitoring_data(ctx, project_id=project_id, fmt=fmt, year=year,
                                      destination=destination)
    name = monitoring.file_name(data.check.project_title, fmt)
    return ExportFile(name, render(data)), data.check
