"""The audit trail in the GUI: the page and its lazy model."""
