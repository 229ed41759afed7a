"""Files that leave the application: monitoring lists (XLSX/CSV), the safe write to removable
drives with a verifiable manifest, encrypted archives. Pure functions from domain data to bytes,
plus the file handling of an export."""
