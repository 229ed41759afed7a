"""What every feature of the GUI shares: item roles, the table-model family, the translation
helper of Qt code, the labels of the domain's dictionaries and the messages of its errors,
the one background task runner, the PDF preview, forms, column fitting, empty states and the
UI settings."""
