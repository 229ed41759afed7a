"""The contracts feature of the GUI: the Kontrakty page and its model, the contract form with
its tables and instrument picker, the amendment and ending dialogs, printing, the document
texts and the instrument catalogue, and the contract labels and sentences."""
