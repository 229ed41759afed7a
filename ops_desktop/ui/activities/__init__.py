"""The activities feature of the GUI: the Zajęcia page, the activity, schedule, session and
enrolment dialogs, the attendance grid and its model, certificates, and the activity labels."""
