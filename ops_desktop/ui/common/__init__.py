"""What every feature of the GUI shares: item roles, the table-model family, the translation
helper of Qt code."""
