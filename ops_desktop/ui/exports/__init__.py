"""The exports feature of the GUI: the Eksport menu, the monitoring list and USB export dialogs,
the passphrase shown once, and the sentences of a failed or verified export."""
