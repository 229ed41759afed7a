"""Summary files, one entry to every format (the command line, the GUI's save buttons, the USB
export): the renderers are reporting/summary_pdf.py and exports/summary_{xlsx,csv,json}.py."""

from __future__ import annotations

from ops_desktop.domain.summary import Summary, SummaryPrintInfo

FORMATS = ("pdf", "xlsx", "csv", "json")


def render_summary_file(summary: Summary, info: SummaryPrintInfo, file_format: str) -> bytes:
    if file_format == "pdf":
        from ops_desktop.reporting.summary_pdf import render_summary_pdf

        return render_summary_pdf(summary, info)
    if file_format == "xlsx":
        from ops_desktop.exports.summary_xlsx import render_summary_xlsx

        return render_summary_xlsx(summary)
    if file_format == "csv":
        from ops_desktop.exports.summary_csv import render_summary_csv

        return render_summary_csv(summary)
    if file_format == "json":
        from ops_desktop.exports.summary_json import render_summary_json

        return render_summary_json(summary)
    raise ValueError(file_format)


def suggested_name(summary: Summary, file_format: str) -> str:
    scope = str(summary.year) if summary.year else "caly-okres"
    return f"zestawienie-{summary.project_id}-{scope}.{file_format}"
