"""An output file's name follows its format: XLSX bytes never go into a `.csv` (Excel would
refuse or mangle it, and the office would send the wrong file). The command line refuses a
wrong extension (a script should say what it means); the GUI corrects it."""

from __future__ import annotations

from pathlib import Path

SUFFIXES = {"xlsx": ".xlsx", "csv": ".csv", "pdf": ".pdf", "json": ".json"}
_KNOWN = {".xlsx", ".xls", ".csv", ".pdf", ".json", ".txt", ".ods", ".odt", ".doc", ".docx"}


def suffix_for(file_format: str) -> str:
    """".xlsx" for "xlsx" (or for a file name such as "lista.xlsx")."""
    text = str(file_format).lower()
    return SUFFIXES.get(text) or Path(text).suffix


def follows_format(path: Path | str, file_format: str) -> bool:
    return Path(path).suffix.lower() == suffix_for(file_format)


def corrected(path: Path | str, file_format: str) -> Path:
    """The name with its format's extension: a known wrong one replaced, otherwise added."""
    path, suffix = Path(path), suffix_for(file_format)
    if path.suffix.lower() == suffix:
        return path
    if path.suffix.lower() in _KNOWN:
        return path.with_suffix(suffix)
    return path.with_name(path.name + suffix)
