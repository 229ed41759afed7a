"""The people behind one number of a summary: a read-only list (name, PESEL, date of birth,
town, projects). Opened by double-clicking a figure; the service limits it to what the user
may see (their caseload, unless they read all) and records the view in the audit trail."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ops_desktop.domain.participants import PersonRow
from ops_desktop.ui.common.table_models import Column, RowsModel
from ops_desktop.ui.widgets.tables import read_only_table


class PeopleBehindDialog(QDialog):
    def __init__(self, people: list[PersonRow], *, title: str, cut: bool,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Osoby: {title}").format(title=title))
        self.resize(760, 480)
        self.model = RowsModel([
            Column(self.tr("Nazwisko"), lambda r: r.last_name),
            Column(self.tr("Imię"), lambda r: r.first_name),
            Column(self.tr("PESEL"), lambda r: r.pesel),
            Column(self.tr("Data urodzenia"),
                   lambda r: r.birth_date.strftime("%d.%m.%Y") if r.birth_date else "",
                   sort=lambda r: r.birth_date),
            Column(self.tr("Miejscowość"), lambda r: r.city),
            Column(self.tr("Projekty"), lambda r: r.projects),
        ], self)
        self.model.set_rows(people)
        self.table = read_only_table("peopleBehindTable", self.model, (150, 120, 100, 100, 120))
        self.count = QLabel(self.tr("Liczba osób: {n}").format(n=len(people)))
        self.count.setObjectName("peopleBehindCount")
        if cut:
            self.count.setText(self.tr("Pokazano pierwsze {n} osób (lista jest dłuższa).")
                               .format(n=len(people)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
