"""The participants feature of the GUI: the Uczestnicy page and its model, the person (intake)
dialog with its enrolments and participation status, the intake documents, support entries and
the support card, and the subject-access report."""
