<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="pl_PL">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Pracownik socjalny</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Koordynator projektu</source>
        <translation>Project coordinator</translation>
    </message>
    <message>
        <source>Kierownik ośrodka</source>
        <translation>Head of the office</translation>
    </message>
    <message>
        <source>Inspektor ochrony danych</source>
        <translation>Data protection officer</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>własni podopieczni</source>
        <translation>own clients</translation>
    </message>
    <message>
        <source>swoje projekty, raporty, eksporty</source>
        <translation>own projects, reports, exports</translation>
    </message>
    <message>
        <source>wszystko, dziennik zdarzeń</source>
        <translation>everything, audit trail</translation>
    </message>
    <message>
        <source>odczyt, dziennik zdarzeń, raport dla osoby</source>
        <translation>read-only, audit trail, subject access report</translation>
    </message>
    <message>
        <source>konta, kopie, ustawienia; bez danych podopiecznych</source>
        <translation>accounts, backups, settings; no client data</translation>
    </message>
    <message>
        <source>Nowe konto</source>
        <translation>New account</translation>
    </message>
    <message>
        <source>Konto {name}</source>
        <translation>Account {name}</translation>
    </message>
    <message>
        <source>Nazwa użytkownika:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Imię i nazwisko:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <source>Rola:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Koordynuje projekty:</source>
        <translation>Coordinates projects:</translation>
    </message>
    <message>
        <source>Hasło:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Powtórz hasło:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <source>Zapisz</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Projekty przypisuje się kontom z rolą koordynatora projektu. Kierownik i inspektor ochrony danych widzą wszystkie projekty.</source>
        <translation>Projects are assigned to accounts with the project coordinator role. The head of office and the data protection officer see every project.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Konta użytkowników</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>tak</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nie</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Użytkownik</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Imię i nazwisko</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Aktywne</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Może się zalogować</source>
        <translation>Can sign in</translation>
    </message>
    <message>
        <source>Błędne hasła</source>
        <translation>Wrong passwords</translation>
    </message>
    <message>
        <source>Dodaj konto…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <source>Imię i role…</source>
        <translation>Name and roles…</translation>
    </message>
    <message>
        <source>Ustaw nowe hasło…</source>
        <translation>Set new password…</translation>
    </message>
    <message>
        <source>Dezaktywuj</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <source>Nowy kod odzyskiwania…</source>
        <translation>New recovery code…</translation>
    </message>
    <message>
        <source>Zamknij</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Dodano konto {name}.</source>
        <translation>Account {name} added.</translation>
    </message>
    <message>
        <source>Nowe hasło dla {name}</source>
        <translation>New password for {name}</translation>
    </message>
    <message>
        <source>Przekaż hasło osobiście. Nowe hasło uaktywnia też wyłączone konto.</source>
        <translation>Hand the password over in person. A new password also reactivates a disabled account.</translation>
    </message>
    <message>
        <source>Dezaktywacja konta</source>
        <translation>Deactivate account</translation>
    </message>
    <message>
        <source>Konto {name} nie będzie mogło się zalogować, a jego klucz zostanie usunięty. Jego wpisy w dzienniku zdarzeń zostają. Dezaktywować?</source>
        <translation>Account {name} will no longer be able to sign in and its key will be deleted. Its entries in the audit trail remain. Deactivate?</translation>
    </message>
    <message>
        <source>Nowy kod odzyskiwania</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <source>Dotychczasowy kod przestanie działać. Wygenerować nowy?</source>
        <translation>The current code will stop working. Generate a new one?</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <source>Nowe zajęcia… (Ctrl+N)</source>
        <translation>New activity… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edytuj…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Usuń</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Zajęcia</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Termin</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Spotkania</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Osoby</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Lista zajęć</source>
        <translation>List of activities</translation>
    </message>
    <message>
        <source>Ten projekt nie ma jeszcze zajęć. Dodaj pierwsze: Nowe zajęcia… (Ctrl+N).</source>
        <translation>This project has no activities yet. Add the first: New activity… (Ctrl+N).</translation>
    </message>
    <message>
        <source>Obecność</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Lista osób</source>
        <translation>List of people</translation>
    </message>
    <message>
        <source>Listy obecności (Ctrl+Shift+L)…</source>
        <translation>Attendance lists (Ctrl+Shift+L)…</translation>
    </message>
    <message>
        <source>Dziennik zajęć (Ctrl+D)…</source>
        <translation>Activity log (Ctrl+D)…</translation>
    </message>
    <message>
        <source>Zaświadczenia…</source>
        <translation>Certificates…</translation>
    </message>
    <message>
        <source>Projekt:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>Wybierz zajęcia z listy albo dodaj nowe (Ctrl+N).</source>
        <translation>Choose an activity from the list or add a new one (Ctrl+N).</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; — {form}; grupa: {group}; prowadzi: {trainer}; miejsce: {place}; próg ukończenia: {pct}%</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; — {form}; group: {group}; led by: {trainer}; place: {place}; completion threshold: {pct}%</translation>
    </message>
    <message>
        <source>Usuwanie zajęć</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <source>Usunąć zajęcia „{name}” razem ze spotkaniami i obecnością?</source>
        <translation>Delete the activity “{name}” together with its sessions and attendance?</translation>
    </message>
    <message>
        <source>Listy obecności</source>
        <translation>Attendance lists</translation>
    </message>
    <message>
        <source>Dziennik zajęć</source>
        <translation>Activity log</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>edukacyjny</source>
        <translation>educational</translation>
    </message>
    <message>
        <source>zdrowotny</source>
        <translation>health</translation>
    </message>
    <message>
        <source>zawodowy</source>
        <translation>vocational</translation>
    </message>
    <message>
        <source>społeczny</source>
        <translation>social</translation>
    </message>
    <message>
        <source>Nowe zajęcia</source>
        <translation>New activity</translation>
    </message>
    <message>
        <source>Edycja zajęć</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <source>— cały projekt —</source>
        <translation>— whole project —</translation>
    </message>
    <message>
        <source>— bez instrumentu —</source>
        <translation>— no instrument —</translation>
    </message>
    <message>
        <source> — wycofany</source>
        <translation> — retired</translation>
    </message>
    <message>
        <source>np. 40</source>
        <translation>e.g. 40</translation>
    </message>
    <message>
        <source>godz. dydaktyczne (45 min)</source>
        <translation>teaching hours (45 min)</translation>
    </message>
    <message>
        <source>godz. zegarowe</source>
        <translation>clock hours</translation>
    </message>
    <message>
        <source>Jeden temat w wierszu — drukowane na zaświadczeniu</source>
        <translation>One topic per line — printed on the certificate</translation>
    </message>
    <message>
        <source>Nazwa:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Forma:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>Grupa:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>Instrument:</source>
        <translation>Instrument:</translation>
    </message>
    <message>
        <source>Prowadzący / specjalista:</source>
        <translation>Trainer / specialist:</translation>
    </message>
    <message>
        <source>Miejsce:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <source>Godziny planowane ({unit}):</source>
        <translation>Planned hours ({unit}):</translation>
    </message>
    <message>
        <source>Próg obecności do ukończenia:</source>
        <translation>Attendance threshold for completion:</translation>
    </message>
    <message>
        <source>Program (tematy):</source>
        <translation>Programme (topics):</translation>
    </message>
    <message>
        <source>Uwagi:</source>
        <translation>Notes:</translation>
    </message>
</context>
<context>
    <name>ActivityPeoplePanel</name>
    <message>
        <source>Nazwisko i imię</source>
        <translation>Surname and first name</translation>
    </message>
    <message>
        <source>Rola</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>otoczenie</source>
        <translation>surroundings</translation>
    </message>
    <message>
        <source>uczestnik</source>
        <translation>participant</translation>
    </message>
    <message>
        <source>Grupa</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Status w projekcie</source>
        <translation>Status in the project</translation>
    </message>
    <message>
        <source>Na liście od</source>
        <translation>On the list from</translation>
    </message>
    <message>
        <source>początku</source>
        <translation>the start</translation>
    </message>
    <message>
        <source>Zakończył(a) udział</source>
        <translation>Left the activity</translation>
    </message>
    <message>
        <source>Nikt nie jest jeszcze zapisany na te zajęcia. Zapisz osoby lub całą grupę: Dopisz osoby….</source>
        <translation>Nobody is enrolled in this activity yet. Enrol people or a whole group: Add people….</translation>
    </message>
    <message>
        <source>Dopisz osoby…</source>
        <translation>Add people…</translation>
    </message>
    <message>
        <source>Usuń z listy</source>
        <translation>Remove from list</translation>
    </message>
    <message>
        <source>Zakończył(a) udział…</source>
        <translation>Left the activity…</translation>
    </message>
    <message>
        <source>Karta wsparcia…</source>
        <translation>Support card…</translation>
    </message>
    <message>
        <source>Uczestników: {p}, otoczenie: {s}</source>
        <translation>Participants: {p}, surroundings: {s}</translation>
    </message>
    <message>
        <source>Lista osób</source>
        <translation>List of people</translation>
    </message>
    <message>
        <source>Zakończenie udziału w zajęciach</source>
        <translation>End of participation in the activity</translation>
    </message>
    <message>
        <source>Przywróć na listę</source>
        <translation>Put back on the list</translation>
    </message>
    <message>
        <source>{name} — ostatni dzień udziału:</source>
        <translation>{name} — last day of participation:</translation>
    </message>
</context>
<context>
    <name>AttendanceGrid</name>
    <message>
        <source>Wszyscy obecni ({keys})</source>
        <translation>All present ({keys})</translation>
    </message>
    <message>
        <source>Oznacz jako obecnych wszystkich bez wpisu w bieżącym spotkaniu</source>
        <translation>Mark everyone without an entry in the current session as present</translation>
    </message>
    <message>
        <source>O — obecny · U — nieobecność usprawiedliwiona · N — nieobecność nieusprawiedliwiona · spacja — wyczyść · strzałki — ruch</source>
        <translation>O — present · U — excused absence · N — unexcused absence · space — clear · arrows — move</translation>
    </message>
    <message>
        <source>Pominięto {n} os., które w tym dniu nie uczestniczą w zajęciach.</source>
        <translation>Skipped {n} person(s) who do not take part in the activity on that day.</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <source> (otoczenie)</source>
        <translation> (surroundings)</translation>
    </message>
    <message>
        <source>Godz.</source>
        <translation>Hrs</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Godziny obecności z godzin zajęć tej osoby</source>
        <translation>Hours attended out of this person&apos;s activity hours</translation>
    </message>
    <message>
        <source>Procent obecności (próg ukończenia: {pct}%)</source>
        <translation>Attendance percentage (completion threshold: {pct}%)</translation>
    </message>
    <message>
        <source>Spotkanie {n}: {day}, {hours} godz.
{topic}</source>
        <translation>Session {n}: {day}, {hours} h
{topic}</translation>
    </message>
    <message>
        <source>{name}: w tym dniu nie uczestniczy w zajęciach</source>
        <translation>{name}: not taking part in the activity on this day</translation>
    </message>
    <message>
        <source>brak wpisu</source>
        <translation>no entry</translation>
    </message>
    <message>
        <source>Nieobecności nieusprawiedliwione: {h} godz. ({pct})</source>
        <translation>Unexcused absences: {h} h ({pct})</translation>
    </message>
    <message>
        <source> — powyżej {limit}% godzin zajęć</source>
        <translation> — over {limit}% of the activity hours</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>utworzenie</source>
        <translation>creation</translation>
    </message>
    <message>
        <source>zmiana</source>
        <translation>change</translation>
    </message>
    <message>
        <source>usunięcie</source>
        <translation>deletion</translation>
    </message>
    <message>
        <source>zmiana statusu</source>
        <translation>status change</translation>
    </message>
    <message>
        <source>odczyt danych wrażliwych</source>
        <translation>access to sensitive data</translation>
    </message>
    <message>
        <source>wydruk</source>
        <translation>printout</translation>
    </message>
    <message>
        <source>eksport</source>
        <translation>export</translation>
    </message>
    <message>
        <source>kopia zapasowa</source>
        <translation>backup</translation>
    </message>
    <message>
        <source>nieudana kopia zapasowa</source>
        <translation>failed backup</translation>
    </message>
    <message>
        <source>przywrócenie z kopii</source>
        <translation>restore from backup</translation>
    </message>
    <message>
        <source>sprawdzenie bazy</source>
        <translation>database check</translation>
    </message>
    <message>
        <source>logowanie</source>
        <translation>sign-in</translation>
    </message>
    <message>
        <source>nieudane logowanie</source>
        <translation>failed sign-in</translation>
    </message>
    <message>
        <source>anonimizacja</source>
        <translation>anonymisation</translation>
    </message>
    <message>
        <source>raport dla osoby (art. 15)</source>
        <translation>subject access report (Art. 15)</translation>
    </message>
    <message>
        <source>założenie ośrodka</source>
        <translation>office set-up</translation>
    </message>
    <message>
        <source>dostęp awaryjny</source>
        <translation>emergency access</translation>
    </message>
    <message>
        <source>użycie kodu odzyskiwania</source>
        <translation>use of recovery code</translation>
    </message>
    <message>
        <source>osoba</source>
        <translation>person</translation>
    </message>
    <message>
        <source>udział w projekcie</source>
        <translation>participation in a project</translation>
    </message>
    <message>
        <source>projekt</source>
        <translation>project</translation>
    </message>
    <message>
        <source>kontrakt</source>
        <translation>contract</translation>
    </message>
    <message>
        <source>zajęcia</source>
        <translation>activity</translation>
    </message>
    <message>
        <source>zaświadczenie</source>
        <translation>certificate</translation>
    </message>
    <message>
        <source>konto</source>
        <translation>account</translation>
    </message>
    <message>
        <source>baza danych</source>
        <translation>database</translation>
    </message>
    <message>
        <source>ośrodek</source>
        <translation>office</translation>
    </message>
    <message>
        <source>ustawienie</source>
        <translation>setting</translation>
    </message>
    <message>
        <source>zgoda</source>
        <translation>consent</translation>
    </message>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Data i godzina</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Użytkownik</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Czynność</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Obiekt</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Id obiektu</source>
        <translation>Object ID</translation>
    </message>
    <message>
        <source>Szczegóły</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Dziennik zdarzeń przeglądają kierownik ośrodka i inspektor ochrony danych.</source>
        <translation>The audit trail is viewed by the head of the office and the data protection officer.</translation>
    </message>
    <message>
        <source>nr osoby</source>
        <translation>person no.</translation>
    </message>
    <message>
        <source>Filtruj</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Wyczyść</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Sprawdź łańcuch</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <source>Dziennik zdarzeń</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Brak zdarzeń spełniających filtry. Zmień zakres dat, osobę lub rodzaj zdarzenia.</source>
        <translation>No events match the filters. Change the dates, the person or the kind of event.</translation>
    </message>
    <message>
        <source>Osoba:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Użytkownik:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Czynność:</source>
        <translation>Action:</translation>
    </message>
    <message>
        <source>Od:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Do:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Każdy</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Każda</source>
        <translation>Any</translation>
    </message>
    <message>
        <source>Wpisów: {n}</source>
        <translation>Entries: {n}</translation>
    </message>
    <message>
        <source>UWAGA: brak wyzwalaczy chroniących dziennik przed zmianą ({names}) — ktoś z dostępem do pliku je usunął. Zgłoś to inspektorowi ochrony danych.</source>
        <translation>WARNING: the triggers that protect the audit trail from changes are missing ({names}) — someone with access to the file removed them. Report it to the data-protection officer.</translation>
    </message>
    <message>
        <source>UWAGA: brak wpisów nr {first}–{last} dziennika — zostały usunięte. Zgłoś to inspektorowi ochrony danych.</source>
        <translation>WARNING: audit entries {first}–{last} are missing — they were deleted. Report it to the data-protection officer.</translation>
    </message>
    <message>
        <source>Łańcuch nienaruszony ({n} wpisów). Głowa: {head}</source>
        <translation>Chain intact ({n} entries). Head: {head}</translation>
    </message>
    <message>
        <source>UWAGA: łańcuch zerwany — pierwszy zły wpis nr {id}. Zgłoś to inspektorowi ochrony danych.</source>
        <translation>WARNING: the chain is broken — first bad entry no. {id}. Report this to the data protection officer.</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Kopia zapasowa</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Nie udało się wykonać kopii zapasowej przy zamykaniu: {reason}</source>
        <translation>The backup at closing failed: {reason}</translation>
    </message>
    <message>
        <source>Nie udało się wykonać codziennej kopii zapasowej: {reason}</source>
        <translation>The daily backup failed: {reason}</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Kopie zapasowe</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Wykonana</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Wersja programu</source>
        <translation>Program version</translation>
    </message>
    <message>
        <source>Rodzaj</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rozmiar</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Plik</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Utwórz kopię teraz</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Folder drugiej kopii…</source>
        <translation>Second copy folder…</translation>
    </message>
    <message>
        <source>Przywróć wybraną…</source>
        <translation>Restore selected…</translation>
    </message>
    <message>
        <source>Zamknij</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Kopie w folderze {folder}</source>
        <translation>Backups in folder {folder}</translation>
    </message>
    <message>
        <source>Druga kopia: {folder}</source>
        <translation>Second copy: {folder}</translation>
    </message>
    <message>
        <source>Druga kopia: nie wybrano folderu</source>
        <translation>Second copy: no folder chosen</translation>
    </message>
    <message>
        <source>Wybierz kopię z listy.</source>
        <translation>Choose a backup from the list.</translation>
    </message>
    <message>
        <source>Kopia z {date}, wersja programu {version}.</source>
        <translation>Backup of {date}, program version {version}.</translation>
    </message>
    <message>
        <source>Kopia zapasowa</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Kopia zapasowa powstała, ale druga kopia nie: {reason}</source>
        <translation>The backup was made, but the second copy was not: {reason}</translation>
    </message>
    <message>
        <source>Folder drugiej kopii</source>
        <translation>Second copy folder</translation>
    </message>
    <message>
        <source>Przywracanie</source>
        <translation>Restoring</translation>
    </message>
    <message>
        <source>Przywrócono kopię z {date}. Poprzedni plik bazy zachowano jako {aside}.
Program zostanie teraz zamknięty — uruchom go ponownie.</source>
        <translation>The backup of {date} has been restored. The previous database file was kept as {aside}.
The program will now close — start it again.</translation>
    </message>
    <message>
        <source>Przywracanie z kopii</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Kopia z &lt;b&gt;{date}&lt;/b&gt;, wersja programu {version}.</source>
        <translation>Backup of &lt;b&gt;{date}&lt;/b&gt;, program version {version}.</translation>
    </message>
    <message>
        <source>Tej kopii nie można przywrócić: sprawdzenie wykazało błędy.</source>
        <translation>This backup cannot be restored: the check found errors.</translation>
    </message>
    <message>
        <source>Sprawdzenie: bez błędów. Kopia zawiera:</source>
        <translation>Check: no errors. The backup contains:</translation>
    </message>
    <message>
        <source>Obecny plik bazy zostanie zachowany pod nową nazwą, a zmiany wprowadzone po wykonaniu kopii nie będą widoczne. Przywrócić?</source>
        <translation>The current database file will be kept under a new name, and changes made after the backup will not be visible. Restore?</translation>
    </message>
    <message>
        <source>Przywróć</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>BreakGlassDialog</name>
    <message>
        <source>Dostęp awaryjny do danych podopiecznych</source>
        <translation>Emergency access to client data</translation>
    </message>
    <message>
        <source>Administrator nie ma dostępu do danych podopiecznych. W nagłej sytuacji możesz je odczytać przez {n} minut. Powód, Twoje konto i czas trafią do dziennika zdarzeń, który przegląda kierownik i inspektor ochrony danych.</source>
        <translation>The administrator has no access to client data. In an emergency you can read it for {n} minutes. The reason, your account and the time go to the audit trail, which the head of the office and the data protection officer review.</translation>
    </message>
    <message>
        <source>np. wniosek IOD nr 4/2024 — brak dostępnego koordynatora</source>
        <translation>e.g. DPO request no. 4/2024 — no coordinator available</translation>
    </message>
    <message>
        <source>także dane szczególnej kategorii</source>
        <translation>special category data as well</translation>
    </message>
    <message>
        <source>zdrowie, niepełnosprawność, uzależnienia, przemoc w rodzinie i inne odpowiedzi wrażliwe</source>
        <translation>health, disability, addictions, domestic violence and other sensitive answers</translation>
    </message>
    <message>
        <source>Powód:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Twoje hasło:</source>
        <translation>Your password:</translation>
    </message>
    <message>
        <source>Otwórz dostęp</source>
        <translation>Open access</translation>
    </message>
</context>
<context>
    <name>CertificatesDialog</name>
    <message>
        <source>Zaświadczenia: {name}</source>
        <translation>Certificates: {name}</translation>
    </message>
    <message>
        <source>tak</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nie</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Imię i nazwisko</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Obecność (godz.)</source>
        <translation>Attendance (h)</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Ukończył(a)</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Przysługuje</source>
        <translation>Certificate due</translation>
    </message>
    <message>
        <source>Nr zaświadczenia</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <source>Wydane</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Wydaj też zaświadczenia o uczestnictwie osobom, które nie osiągnęły progu</source>
        <translation>Also issue certificates of participation to people who did not reach the threshold</translation>
    </message>
    <message>
        <source>Wydaj zaświadczenia</source>
        <translation>Issue certificates</translation>
    </message>
    <message>
        <source>Drukuj wszystkie…</source>
        <translation>Print all…</translation>
    </message>
    <message>
        <source>Drukuj zaznaczone…</source>
        <translation>Print selected…</translation>
    </message>
    <message>
        <source>Rejestr zaświadczeń…</source>
        <translation>Certificate register…</translation>
    </message>
    <message>
        <source>Próg ukończenia: {pct}% godzin zajęć; zaświadczenie o ukończeniu wymaga też ukończenia zajęć (bez przerwania udziału).</source>
        <translation>Completion threshold: {pct}% of the activity hours; a certificate of completion also requires completing the activity (without leaving early).</translation>
    </message>
    <message>
        <source>Data wydania:</source>
        <translation>Date of issue:</translation>
    </message>
    <message>
        <source>Wydano {n} zaświadczeń, numery {numbers}.</source>
        <translation>Issued {n} certificate(s), numbers {numbers}.</translation>
    </message>
    <message>
        <source>Nie wydano nowych zaświadczeń.</source>
        <translation>No new certificates were issued.</translation>
    </message>
    <message>
        <source> {n} os. poniżej progu bez zaświadczenia (zaznacz pole, aby wydać zaświadczenia o uczestnictwie).</source>
        <translation> {n} person(s) below the threshold without a certificate (tick the box to issue certificates of participation).</translation>
    </message>
    <message>
        <source>Brak wydanych zaświadczeń do wydruku — najpierw je wydaj.</source>
        <translation>No issued certificates to print — issue them first.</translation>
    </message>
    <message>
        <source>Drukowanie zaświadczeń</source>
        <translation>Printing certificates</translation>
    </message>
    <message>
        <source>Drukowanie przerwane.</source>
        <translation>Printing interrupted.</translation>
    </message>
    <message>
        <source>Zaświadczenia</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Rejestr zaświadczeń</source>
        <translation>Certificate register</translation>
    </message>
</context>
<context>
    <name>ChooseParticipationDialog</name>
    <message>
        <source>Nowy kontrakt: wybierz uczestnika</source>
        <translation>New contract: choose a participant</translation>
    </message>
    <message>
        <source>Nazwisko, imię lub początek numeru PESEL</source>
        <translation>Surname, first name or the beginning of the PESEL number</translation>
    </message>
    <message>
        <source>Nazwisko</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Imię</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <source>Miejscowość</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Osoby znalezione</source>
        <translation>People found</translation>
    </message>
    <message>
        <source>Projekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Grupa / moduł</source>
        <translation>Group / module</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Od</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Dalej</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Udział osoby w projektach:</source>
        <translation>The person&apos;s participation in projects:</translation>
    </message>
</context>
<context>
    <name>ContractAmendmentDialog</name>
    <message>
        <source>Aneks nr {n} do kontraktu {number}</source>
        <translation>Amendment no. {n} to contract {number}</translation>
    </message>
    <message>
        <source>np. przedłużenie okresu kontraktu do 30.11.2011 r. i dodanie działania…</source>
        <translation>e.g. extending the contract period to 30.11.2011 and adding an action…</translation>
    </message>
    <message>
        <source>Zmiany w części I wprowadzone w oknie kontraktu zostaną zapisane jako treść po aneksie; wcześniejsza wersja pozostaje do wydruku.</source>
        <translation>Changes to part I made in the contract window will be saved as the text after the amendment; the earlier version remains available for printing.</translation>
    </message>
    <message>
        <source>Data aneksu *</source>
        <translation>Amendment date *</translation>
    </message>
    <message>
        <source>Zakres zmian *</source>
        <translation>Scope of changes *</translation>
    </message>
    <message>
        <source>Zapisz aneks</source>
        <translation>Save amendment</translation>
    </message>
    <message>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>Zapisz projekt</source>
        <translation>Save draft</translation>
    </message>
    <message>
        <source>Podpisz kontrakt…</source>
        <translation>Sign contract…</translation>
    </message>
    <message>
        <source>Zapisz jako aneks…</source>
        <translation>Save as amendment…</translation>
    </message>
    <message>
        <source>Zapisz oceny</source>
        <translation>Save evaluations</translation>
    </message>
    <message>
        <source>Zakończ…</source>
        <translation>Close contract…</translation>
    </message>
    <message>
        <source>Rozwiąż…</source>
        <translation>Terminate…</translation>
    </message>
    <message>
        <source>Podgląd i druk…</source>
        <translation>Preview and print…</translation>
    </message>
    <message>
        <source>Usuń projekt</source>
        <translation>Delete draft</translation>
    </message>
    <message>
        <source>Zamknij</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Wczytaj aktualny kontrakt</source>
        <translation>Load the current contract</translation>
    </message>
    <message>
        <source>{first} {last}, PESEL {pesel}</source>
        <translation>{first} {last}, PESEL {pesel}</translation>
    </message>
    <message>
        <source>Nowy kontrakt socjalny (projekt)</source>
        <translation>New social contract (draft)</translation>
    </message>
    <message>
        <source>Nowy kontrakt socjalny</source>
        <translation>New social contract</translation>
    </message>
    <message>
        <source>projekt</source>
        <translation>draft</translation>
    </message>
    <message>
        <source>Kontrakt {number}: {status}</source>
        <translation>Contract {number}: {status}</translation>
    </message>
    <message>
        <source>Kontrakt socjalny {number}</source>
        <translation>Social contract {number}</translation>
    </message>
    <message>
        <source>Zapisano projekt kontraktu.</source>
        <translation>Contract draft saved.</translation>
    </message>
    <message>
        <source>Nie można podpisać kontraktu:</source>
        <translation>The contract cannot be signed:</translation>
    </message>
    <message>
        <source>Podpisać mimo to?</source>
        <translation>Sign anyway?</translation>
    </message>
    <message>
        <source>Kontrakt podpisano: numer {number}.</source>
        <translation>Contract signed: number {number}.</translation>
    </message>
    <message>
        <source>Usunąć ten projekt kontraktu? Nie był podpisany.</source>
        <translation>Delete this contract draft? It has not been signed.</translation>
    </message>
    <message>
        <source>Zapisano aneks nr {n}.</source>
        <translation>Amendment no. {n} saved.</translation>
    </message>
    <message>
        <source>Zapisano oceny realizacji kontraktu.</source>
        <translation>Contract progress evaluations saved.</translation>
    </message>
    <message>
        <source>Kontrakt rozwiązano.</source>
        <translation>Contract terminated.</translation>
    </message>
    <message>
        <source>Kontrakt zakończono.</source>
        <translation>Contract closed.</translation>
    </message>
    <message>
        <source>Uwaga: {w}</source>
        <translation>Note: {w}</translation>
    </message>
    <message>
        <source>Popraw:</source>
        <translation>Correct:</translation>
    </message>
    <message>
        <source>Kontrakt lub osoba nie są dostępne (usunięte albo poza Twoim obszarem pracy).</source>
        <translation>The contract or the person is not available (deleted or outside your area of work).</translation>
    </message>
</context>
<context>
    <name>ContractEndingDialog</name>
    <message>
        <source>Rozwiązanie kontraktu {number}</source>
        <translation>Termination of contract {number}</translation>
    </message>
    <message>
        <source>Zakończenie kontraktu {number}</source>
        <translation>Closure of contract {number}</translation>
    </message>
    <message>
        <source>Data rozwiązania *</source>
        <translation>Termination date *</translation>
    </message>
    <message>
        <source>Data zakończenia *</source>
        <translation>End date *</translation>
    </message>
    <message>
        <source>Przyczyna *</source>
        <translation>Reason *</translation>
    </message>
    <message>
        <source>Ocena końcowa *</source>
        <translation>Final assessment *</translation>
    </message>
    <message>
        <source>Uzasadnienie</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Uzasadnienie *</source>
        <translation>Justification *</translation>
    </message>
    <message>
        <source>Rozwiąż kontrakt</source>
        <translation>Terminate contract</translation>
    </message>
    <message>
        <source>Zakończ kontrakt</source>
        <translation>Close contract</translation>
    </message>
    <message>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ContractForm</name>
    <message>
        <source>Strony i okres</source>
        <translation>Parties and period</translation>
    </message>
    <message>
        <source>Ocena sytuacji</source>
        <translation>Assessment of the situation</translation>
    </message>
    <message>
        <source>Cele i działania</source>
        <translation>Goals and actions</translation>
    </message>
    <message>
        <source>Wsparcie ośrodka</source>
        <translation>Support from the office</translation>
    </message>
    <message>
        <source>Oceny</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>Część II</source>
        <translation>Part II</translation>
    </message>
    <message>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Projekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Grupa / moduł</source>
        <translation>Group / module</translation>
    </message>
    <message>
        <source>Wariant kontraktu</source>
        <translation>Contract variant</translation>
    </message>
    <message>
        <source>Skierowanie z PUP: numer</source>
        <translation>Referral from the job centre (PUP): number</translation>
    </message>
    <message>
        <source>Skierowanie z PUP: data</source>
        <translation>Referral from the job centre (PUP): date</translation>
    </message>
    <message>
        <source>Miejsce zawarcia *</source>
        <translation>Place of conclusion *</translation>
    </message>
    <message>
        <source>Data zawarcia (podpisania) *</source>
        <translation>Date of conclusion (signing) *</translation>
    </message>
    <message>
        <source>Okres od *</source>
        <translation>Period from *</translation>
    </message>
    <message>
        <source>Okres do *</source>
        <translation>Period to *</translation>
    </message>
    <message>
        <source>Pracownik socjalny *</source>
        <translation>Social worker *</translation>
    </message>
    <message>
        <source>Członkowie rodziny objęci kontraktem</source>
        <translation>Family members covered by the contract</translation>
    </message>
    <message>
        <source>Przyczyny trudnej sytuacji życiowej *</source>
        <translation>Causes of the difficult life situation *</translation>
    </message>
    <message>
        <source>Zasoby i mocne strony *</source>
        <translation>Resources and strengths *</translation>
    </message>
    <message>
        <source>Ograniczenia i problemy *</source>
        <translation>Limitations and problems *</translation>
    </message>
    <message>
        <source>Wariant B: sytuacja zawodowa</source>
        <translation>Variant B: employment situation</translation>
    </message>
    <message>
        <source>Wykształcenie *</source>
        <translation>Education *</translation>
    </message>
    <message>
        <source>Zawód wyuczony</source>
        <translation>Trained profession</translation>
    </message>
    <message>
        <source>Przebieg pracy zawodowej *</source>
        <translation>Employment history *</translation>
    </message>
    <message>
        <source>Dotychczasowa aktywizacja i przyczyny niepowodzenia *</source>
        <translation>Previous activation and reasons it failed *</translation>
    </message>
    <message>
        <source>Cel główny *</source>
        <translation>Main goal *</translation>
    </message>
    <message>
        <source>Cele szczegółowe * (każdy w osobnym wierszu)</source>
        <translation>Specific goals * (one per line)</translation>
    </message>
    <message>
        <source>Uzgodnione działania *</source>
        <translation>Agreed actions *</translation>
    </message>
    <message>
        <source>Instrumenty aktywnej integracji</source>
        <translation>Active integration instruments</translation>
    </message>
    <message>
        <source>Świadczenia (zasiłek celowy, pomoc rzeczowa)</source>
        <translation>Benefits (targeted benefit, in-kind assistance)</translation>
    </message>
    <message>
        <source>— bez grupy —</source>
        <translation>— no group —</translation>
    </message>
    <message>
        <source>Część II wypełnia się po zawarciu kontraktu.</source>
        <translation>Part II is filled in after the contract is concluded.</translation>
    </message>
    <message>
        <source>Kontrakt {number} zawarty {date}; status: {status}.</source>
        <translation>Contract {number} concluded on {date}; status: {status}.</translation>
    </message>
    <message>
        <source>Aneks nr {n} z {date}: {scope}</source>
        <translation>Amendment no. {n} of {date}: {scope}</translation>
    </message>
    <message>
        <source>{status} {date}: {result}. {why}</source>
        <translation>{status} {date}: {result}. {why}</translation>
    </message>
</context>
<context>
    <name>ContractsModel</name>
    <message>
        <source>Numer</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>(projekt)</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Projekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Grupa</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Okres</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Pracownik socjalny</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Aneksy</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <source>Najbliższa
ocena</source>
        <translation>Next
evaluation</translation>
    </message>
</context>
<context>
    <name>ContractsPage</name>
    <message>
        <source>Kontrakty socjalne</source>
        <translation>Social contracts</translation>
    </message>
    <message>
        <source>Katalog instrumentów</source>
        <translation>Instrument catalogue</translation>
    </message>
    <message>
        <source>Szukaj: nazwisko lub numer kontraktu</source>
        <translation>Search: surname or contract number</translation>
    </message>
    <message>
        <source>Każdy status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Brak kontraktów na tej liście. Zmień wyszukiwanie lub filtry albo zawrzyj nowy kontrakt: Nowy kontrakt… (Ctrl+N).</source>
        <translation>No contracts on this list. Change the search or the filters, or make a new contract: New contract… (Ctrl+N).</translation>
    </message>
    <message>
        <source>Teksty dokumentów…</source>
        <translation>Document texts…</translation>
    </message>
    <message>
        <source>Dokumenty uczestnika…</source>
        <translation>Participant&apos;s documents…</translation>
    </message>
    <message>
        <source>Podgląd i druk… (Ctrl+P)</source>
        <translation>Preview and print… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Otwórz</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Odnów… (Ctrl+R)</source>
        <translation>Renew… (Ctrl+R)</translation>
    </message>
    <message>
        <source>Nowy kontrakt… (Ctrl+N)</source>
        <translation>New contract… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Projekt:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Pracownik:</source>
        <translation>Worker:</translation>
    </message>
    <message>
        <source>Rok:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Wszystkie projekty</source>
        <translation>All projects</translation>
    </message>
    <message>
        <source>Wszyscy</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Każdy rok</source>
        <translation>Any year</translation>
    </message>
    <message>
        <source>Kontraktów: {n}</source>
        <translation>Contracts: {n}</translation>
    </message>
    <message>
        <source>Wybierz kontrakt: tu widać pełną nazwę jego projektu i grupy.</source>
        <translation>Choose a contract: its project and group are shown here in full.</translation>
    </message>
    <message>
        <source>{number}: projekt „{project}”, grupa „{group}”</source>
        <translation>{number}: project “{project}”, group “{group}”</translation>
    </message>
    <message>
        <source>(projekt)</source>
        <translation>(draft)</translation>
    </message>
</context>
<context>
    <name>DocumentTextsDialog</name>
    <message>
        <source>Kontrakt socjalny — postanowienia (pkt 6)</source>
        <translation>Social contract — provisions (point 6)</translation>
    </message>
    <message>
        <source>Aneks do kontraktu — postanowienia końcowe</source>
        <translation>Amendment to the contract — final provisions</translation>
    </message>
    <message>
        <source>Deklaracja uczestnictwa</source>
        <translation>Declaration of participation</translation>
    </message>
    <message>
        <source>Informacja o przetwarzaniu danych (art. 13 RODO)</source>
        <translation>Information on data processing (Art. 13 GDPR)</translation>
    </message>
    <message>
        <source>Zgoda na przetwarzanie danych osobowych</source>
        <translation>Consent to the processing of personal data</translation>
    </message>
    <message>
        <source>Zgoda na dane szczególnych kategorii (dobrowolna)</source>
        <translation>Consent to special category data (voluntary)</translation>
    </message>
    <message>
        <source>Zgoda na wykorzystanie wizerunku (dobrowolna)</source>
        <translation>Consent to the use of image (voluntary)</translation>
    </message>
    <message>
        <source>Informacja o współfinansowaniu (gdy projekt nie ma własnej)</source>
        <translation>Co-financing statement (when the project has none of its own)</translation>
    </message>
    <message>
        <source>Teksty dokumentów</source>
        <translation>Document texts</translation>
    </message>
    <message>
        <source>Dokument</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>W tekście można użyć: {ośrodek}, {adres_ośrodka}, {projekt} — przy wydruku zastępowane danymi ośrodka i projektu.</source>
        <translation>The text may use: {ośrodek}, {adres_ośrodka}, {projekt} — replaced with the office&apos;s and the project&apos;s details when printed.</translation>
    </message>
    <message>
        <source>Zapisz jako nową wersję</source>
        <translation>Save as a new version</translation>
    </message>
    <message>
        <source>Zamknij</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Wersja {v} z {when}</source>
        <translation>Version {v} of {when}</translation>
    </message>
    <message>
        <source>{label} (obowiązująca)</source>
        <translation>{label} (in force)</translation>
    </message>
    <message>
        <source>Wersja {v}.</source>
        <translation>Version {v}.</translation>
    </message>
    <message>
        <source>Wersja {v} — tylko do odczytu: mogła zostać użyta w wydrukach i zgodach.</source>
        <translation>Version {v} — read-only: it may have been used in printouts and consents.</translation>
    </message>
    <message>
        <source>Nie zapisano ({error}).</source>
        <translation>Not saved ({error}).</translation>
    </message>
    <message>
        <source>Zapisano wersję {v}.</source>
        <translation>Version {v} saved.</translation>
    </message>
</context>
<context>
    <name>EditionsModel</name>
    <message>
        <source>Rok</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Planowana liczba uczestników</source>
        <translation>Planned number of participants</translation>
    </message>
    <message>
        <source>Planowana liczba kontraktów</source>
        <translation>Planned number of contracts</translation>
    </message>
    <message>
        <source>Uwagi</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>EnrolPeopleDialog</name>
    <message>
        <source>Lista osób: {name}</source>
        <translation>List of people: {name}</translation>
    </message>
    <message>
        <source>Dopisz całą grupę</source>
        <translation>Add the whole group</translation>
    </message>
    <message>
        <source>Szukaj po nazwisku</source>
        <translation>Search by surname</translation>
    </message>
    <message>
        <source>Dopisz zaznaczone osoby</source>
        <translation>Add the selected people</translation>
    </message>
    <message>
        <source>Grupa:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>Zamknij</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>albo pojedyncze osoby (uczestnicy i otoczenie):</source>
        <translation>or individual people (participants and surroundings):</translation>
    </message>
    <message>
        <source> — otoczenie</source>
        <translation> — surroundings</translation>
    </message>
    <message>
        <source>Dopisano: {n}. Już na liście: {m}.</source>
        <translation>Added: {n}. Already on the list: {m}.</translation>
    </message>
    <message>
        <source>{name}: {reason}.</source>
        <translation>{name}: {reason}.</translation>
    </message>
</context>
<context>
    <name>EnrolmentPanel</name>
    <message>
        <source>Zapisz do projektu</source>
        <translation>Enrol in project</translation>
    </message>
    <message>
        <source>Nowy udział</source>
        <translation>New participation</translation>
    </message>
    <message>
        <source>Projekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Grupa / moduł</source>
        <translation>Group / module</translation>
    </message>
    <message>
        <source>Rola</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Status rekrutacji</source>
        <translation>Recruitment status</translation>
    </message>
    <message>
        <source>Data rozpoczęcia (pierwsze wsparcie)</source>
        <translation>Start date (first support)</translation>
    </message>
    <message>
        <source>Dokumenty uczestnika (deklaracja, RODO, karta)…</source>
        <translation>Participant&apos;s documents (declaration, GDPR, card)…</translation>
    </message>
    <message>
        <source>Udział w projektach:</source>
        <translation>Participation in projects:</translation>
    </message>
    <message>
        <source>— bez grupy —</source>
        <translation>— no group —</translation>
    </message>
    <message>
        <source>Zapisano do projektu.</source>
        <translation>Enrolled in the project.</translation>
    </message>
    <message>
        <source>Uwaga: grupa jest pełna ({enrolled} z {planned} miejsc).</source>
        <translation>Note: the group is full ({enrolled} of {planned} places).</translation>
    </message>
    <message>
        <source>Uwaga: wiek {age} lat poza grupą docelową projektu.</source>
        <translation>Note: age {age} is outside the project&apos;s target group.</translation>
    </message>
</context>
<context>
    <name>EscapeGuard</name>
    <message>
        <source>Zamknąć?</source>
        <translation>Close?</translation>
    </message>
    <message>
        <source>Wpisane dane nie zostały zapisane. Zamknąć okno bez zapisywania?</source>
        <translation>What you typed has not been saved. Close the window without saving?</translation>
    </message>
    <message>
        <source>&amp;Wróć do edycji</source>
        <translation>&amp;Back to editing</translation>
    </message>
    <message>
        <source>&amp;Zamknij bez zapisywania</source>
        <translation>&amp;Close without saving</translation>
    </message>
</context>
<context>
    <name>ExportMenu</name>
    <message>
        <source>&amp;Eksport</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Lista monitorująca…</source>
        <translation>&amp;Monitoring list…</translation>
    </message>
    <message>
        <source>Eksport na nośnik &amp;USB…</source>
        <translation>Export to a &amp;USB drive…</translation>
    </message>
    <message>
        <source>&amp;Sprawdź eksport…</source>
        <translation>&amp;Verify export…</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <source>{app} — pierwsze uruchomienie</source>
        <translation>{app} — first start</translation>
    </message>
    <message>
        <source>Podaj nazwę ośrodka i załóż konto administratora. Administrator zakłada konta pracowników i nadaje im role; sam nie widzi danych podopiecznych.

Baza danych będzie zaszyfrowana. Hasło musi mieć co najmniej {n} znaków. Po utworzeniu konta program pokaże jeden raz kod odzyskiwania do wydrukowania i przechowania w sejfie.</source>
        <translation>Enter the name of the office and create the administrator account. The administrator creates the staff accounts and gives them roles; the administrator does not see client data.

The database will be encrypted. The password must have at least {n} characters. After the account is created the program shows a recovery code once, to be printed and kept in a safe.</translation>
    </message>
    <message>
        <source>Istniejąca baza z wcześniejszej wersji programu zostanie zaszyfrowana. Niezaszyfrowany plik zostanie usunięty dopiero po sprawdzeniu, że zaszyfrowana kopia zawiera wszystkie dane.</source>
        <translation>The existing database from an earlier version of the program will be encrypted. The unencrypted file is deleted only after checking that the encrypted copy contains all the data.</translation>
    </message>
    <message>
        <source>Nazwa ośrodka:</source>
        <translation>Office name:</translation>
    </message>
    <message>
        <source>Imię i nazwisko administratora:</source>
        <translation>Administrator&apos;s full name:</translation>
    </message>
    <message>
        <source>Nazwa użytkownika:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <source>Hasło:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Powtórz hasło:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <source>Utwórz konto i bazę</source>
        <translation>Create account and database</translation>
    </message>
    <message>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tworzenie zaszyfrowanej bazy…</source>
        <translation>Creating the encrypted database…</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Zablokuj teraz</source>
        <translation>Lock now</translation>
    </message>
    <message>
        <source>Program zablokowany</source>
        <translation>Program locked</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>nowa osoba</source>
        <translation>new person</translation>
    </message>
    <message>
        <source>osoba w bazie — nowy udział</source>
        <translation>person in the database — new participation</translation>
    </message>
    <message>
        <source>już w bazie — bez zmian</source>
        <translation>already in the database — no change</translation>
    </message>
    <message>
        <source>odrzucony</source>
        <translation>rejected</translation>
    </message>
    <message>
        <source>Import uczestników — {title}</source>
        <translation>Import participants — {title}</translation>
    </message>
    <message>
        <source>Wybierz arkusz XLSX lub CSV z listą uczestników (układ PEFS 2007, SL2014 lub 2021–2027; kolumna „Grupa” opcjonalna).</source>
        <translation>Choose an XLSX or CSV sheet with a participant list (PEFS 2007, SL2014 or 2021–2027 layout; the “Grupa” column is optional).</translation>
    </message>
    <message>
        <source>Wybierz plik…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Wiersz</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Nazwisko</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Imię</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <source>Grupa</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Od</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Co się stanie</source>
        <translation>What will happen</translation>
    </message>
    <message>
        <source>Problemy</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Importuj</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Zamknij</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{group} (nowa grupa)</source>
        <translation>{group} (new group)</translation>
    </message>
    <message>
        <source>Lista uczestników</source>
        <translation>List of participants</translation>
    </message>
    <message>
        <source>Arkusze (*.xlsx *.csv)</source>
        <translation>Spreadsheets (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Plik: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <source>Wczytywanie…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Wczytywanie arkusza</source>
        <translation>Reading the spreadsheet</translation>
    </message>
    <message>
        <source>Wierszy: {rows}. Zostanie przyjętych {accepted} (nowe osoby: {people}, nowe udziały: {parts}, już w bazie: {same}), odrzuconych {rejected}.</source>
        <translation>Rows: {rows}. To be accepted: {accepted} (new people: {people}, new participations: {parts}, already in the database: {same}); rejected: {rejected}.</translation>
    </message>
    <message>
        <source>Nowe grupy w projekcie: {groups}.</source>
        <translation>New groups in the project: {groups}.</translation>
    </message>
    <message>
        <source>Odrzucone wiersze (z powodami) zostaną zapisane obok pliku.</source>
        <translation>Rejected rows (with reasons) will be saved next to the file.</translation>
    </message>
    <message>
        <source>Plik odrzucony, nic nie zapisano: {reason}</source>
        <translation>File rejected, nothing saved: {reason}</translation>
    </message>
    <message>
        <source>Nie udało się ({error}); nic nie zapisano.</source>
        <translation>Failed ({error}); nothing saved.</translation>
    </message>
    <message>
        <source>Przerwano — nic nie zapisano.</source>
        <translation>Cancelled — nothing was saved.</translation>
    </message>
    <message>
        <source>Import uczestników</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <source>Zaimportowano: nowe osoby {people}, nowe udziały {parts}, bez zmian {same}; odrzucono {rejected}.</source>
        <translation>Imported: new people {people}, new participations {parts}, unchanged {same}; rejected {rejected}.</translation>
    </message>
    <message>
        <source>Odrzucone wiersze zapisano w: {path}</source>
        <translation>Rejected rows saved in: {path}</translation>
    </message>
</context>
<context>
    <name>InstrumentCataloguePanel</name>
    <message>
        <source>Kategoria</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Stan</source>
        <translation>State</translation>
    </message>
    <message>
        <source>w użyciu</source>
        <translation>in use</translation>
    </message>
    <message>
        <source>wycofany</source>
        <translation>retired</translation>
    </message>
    <message>
        <source>Opis</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Pokaż wycofane</source>
        <translation>Show retired</translation>
    </message>
    <message>
        <source>Dodaj…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Zmień nazwę…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Wycofaj / przywróć</source>
        <translation>Retire / restore</translation>
    </message>
    <message>
        <source>Katalog edytuje koordynator projektu.</source>
        <translation>The catalogue is edited by the project coordinator.</translation>
    </message>
    <message>
        <source>Nie udało się: {error}</source>
        <translation>Failed: {error}</translation>
    </message>
</context>
<context>
    <name>InstrumentDialog</name>
    <message>
        <source>Nowy instrument</source>
        <translation>New instrument</translation>
    </message>
    <message>
        <source>Zmiana nazwy instrumentu</source>
        <translation>Rename instrument</translation>
    </message>
    <message>
        <source>Kategoria</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Nazwa *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Opis</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Zapisz</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>InstrumentPicker</name>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Uwagi</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>{name} (wycofany)</source>
        <translation>{name} (retired)</translation>
    </message>
    <message>
        <source>Wybrano: {count} (projekt wymaga co najmniej {minimum} na osobę)</source>
        <translation>Selected: {count} (the project requires at least {minimum} per person)</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Przyjęcie osoby</source>
        <translation>Intake of a person</translation>
    </message>
    <message>
        <source>Dane osoby</source>
        <translation>Person&apos;s details</translation>
    </message>
    <message>
        <source>Dane osobowe</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Adres i kontakt</source>
        <translation>Address and contact</translation>
    </message>
    <message>
        <source>Dane szczególne</source>
        <translation>Special data</translation>
    </message>
    <message>
        <source>Udział w projektach</source>
        <translation>Participation in projects</translation>
    </message>
    <message>
        <source>Wczytaj aktualne dane</source>
        <translation>Load the current data</translation>
    </message>
    <message>
        <source>Imię *</source>
        <translation>First name *</translation>
    </message>
    <message>
        <source>Nazwisko *</source>
        <translation>Surname *</translation>
    </message>
    <message>
        <source>PESEL *</source>
        <translation>PESEL *</translation>
    </message>
    <message>
        <source>11 cyfr</source>
        <translation>11 digits</translation>
    </message>
    <message>
        <source>Osoba z tym numerem PESEL jest już w bazie.</source>
        <translation>A person with this PESEL number is already in the database.</translation>
    </message>
    <message>
        <source>Otwórz tę osobę</source>
        <translation>Open this person</translation>
    </message>
    <message>
        <source>Brak numeru PESEL</source>
        <translation>No PESEL number</translation>
    </message>
    <message>
        <source>Inny identyfikator</source>
        <translation>Other identifier</translation>
    </message>
    <message>
        <source>np. nr paszportu</source>
        <translation>e.g. passport no.</translation>
    </message>
    <message>
        <source>Data urodzenia</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Wykształcenie</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Status na rynku pracy</source>
        <translation>Labour market status</translation>
    </message>
    <message>
        <source>Osoba długotrwale bezrobotna</source>
        <translation>Long-term unemployed</translation>
    </message>
    <message>
        <source>W tym (lista PEFS 2007)</source>
        <translation>Of which (PEFS 2007 list)</translation>
    </message>
    <message>
        <source>Ulica</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Nr budynku</source>
        <translation>Building no.</translation>
    </message>
    <message>
        <source>Nr lokalu</source>
        <translation>Flat no.</translation>
    </message>
    <message>
        <source>Kod pocztowy</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Miejscowość</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Gmina</source>
        <translation>Municipality (gmina)</translation>
    </message>
    <message>
        <source>Powiat</source>
        <translation>District (powiat)</translation>
    </message>
    <message>
        <source>Województwo</source>
        <translation>Province (województwo)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>1 — miasto</source>
        <translation>1 — city</translation>
    </message>
    <message>
        <source>2 — małe miasto, przedmieścia</source>
        <translation>2 — town, suburbs</translation>
    </message>
    <message>
        <source>3 — obszar wiejski</source>
        <translation>3 — rural area</translation>
    </message>
    <message>
        <source>Obszar (DEGURBA)</source>
        <translation>Area (DEGURBA)</translation>
    </message>
    <message>
        <source>Obszar miejski / wiejski</source>
        <translation>Urban / rural area</translation>
    </message>
    <message>
        <source>Dane szczególnej kategorii: podanie jest dobrowolne; odmowę odnotuj jako „Odmowa podania informacji”. Odpowiedź wybiera jej pierwsza litera (T, N, O); kursor przechodzi wtedy do następnego pytania.</source>
        <translation>Special category data: giving it is voluntary; record a refusal as “Refused to give information”. The first letter of an answer chooses it (Y, N, R); the cursor then moves on to the next question.</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Stopień niepełnosprawności</source>
        <translation>Degree of disability</translation>
    </message>
    <message>
        <source>Płeć: {sex}, data urodzenia: {date}</source>
        <translation>Sex: {sex}, date of birth: {date}</translation>
    </message>
</context>
<context>
    <name>IntakeDocumentsDialog</name>
    <message>
        <source>Dokumenty uczestnika</source>
        <translation>Participant&apos;s documents</translation>
    </message>
    <message>
        <source>Deklaracja uczestnictwa…</source>
        <translation>Declaration of participation…</translation>
    </message>
    <message>
        <source>Informacja RODO i zgody…</source>
        <translation>GDPR notice and consents…</translation>
    </message>
    <message>
        <source>Karta uczestnika…</source>
        <translation>Participant card…</translation>
    </message>
    <message>
        <source>Zgoda</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Udzielona</source>
        <translation>Given</translation>
    </message>
    <message>
        <source>Wersja treści</source>
        <translation>Text version</translation>
    </message>
    <message>
        <source>Wycofana</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <source>Zgody podpisane przez osobę</source>
        <translation>Consents signed by the person</translation>
    </message>
    <message>
        <source>Data podpisania</source>
        <translation>Date signed</translation>
    </message>
    <message>
        <source>Zapisz zgody</source>
        <translation>Save consents</translation>
    </message>
    <message>
        <source>Wycofaj zaznaczoną zgodę</source>
        <translation>Withdraw the selected consent</translation>
    </message>
    <message>
        <source>Zamknij</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Udział w projekcie:</source>
        <translation>Participation in project:</translation>
    </message>
    <message>
        <source>Nie można wydrukować ({error}).</source>
        <translation>Cannot print ({error}).</translation>
    </message>
    <message>
        <source>Deklaracja uczestnictwa</source>
        <translation>Declaration of participation</translation>
    </message>
    <message>
        <source>Informacja RODO i zgody</source>
        <translation>GDPR notice and consents</translation>
    </message>
    <message>
        <source>Karta uczestnika</source>
        <translation>Participant card</translation>
    </message>
    <message>
        <source>Zapisano zgody.</source>
        <translation>Consents saved.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Po pięciu błędnych hasłach logowanie wstrzymano do {time}. Spróbuj ponownie za chwilę.</source>
        <translation>After five wrong passwords, sign-in is suspended until {time}. Try again shortly.</translation>
    </message>
    <message>
        <source>Nieprawidłowa nazwa użytkownika lub hasło.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Baza jest zaszyfrowana, a obok niej brakuje pliku kluczy {path}. Przywróć go z kopii zapasowej.</source>
        <translation>The database is encrypted, but the key file {path} is missing next to it. Restore it from a backup.</translation>
    </message>
    <message>
        <source>Ta baza nie ma jeszcze kont użytkowników.</source>
        <translation>This database has no user accounts yet.</translation>
    </message>
    <message>
        <source>Logowanie nie powiodło się.</source>
        <translation>Sign-in failed.</translation>
    </message>
    <message>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{app} — logowanie</source>
        <translation>{app} — sign in</translation>
    </message>
    <message>
        <source>Zaloguj</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Zamknij program</source>
        <translation>Quit program</translation>
    </message>
    <message>
        <source>Kod odzyskiwania…</source>
        <translation>Recovery code…</translation>
    </message>
    <message>
        <source>Użytkownik:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Hasło:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Program zablokowano po okresie bezczynności. Dane są ukryte, a klucz bazy usunięty z pamięci. Wpisz hasło, aby wrócić do pracy.</source>
        <translation>The program was locked after a period of inactivity. The data is hidden and the database key has been removed from memory. Enter your password to return to work.</translation>
    </message>
    <message>
        <source>Wpisz nazwę użytkownika i hasło.</source>
        <translation>Enter your user name and password.</translation>
    </message>
    <message>
        <source>Sprawdzanie hasła…</source>
        <translation>Checking the password…</translation>
    </message>
    <message>
        <source>Możesz spróbować ponownie.</source>
        <translation>You can try again.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Uczestnicy</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Projekty</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Kontrakty</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>Zajęcia</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Raporty</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Ustawienia</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Dziennik zdarzeń</source>
        <translation>Audit trail</translation>
    </message>
    <message>
        <source>Sekcje</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Twoja rola nie daje dostępu do tej sekcji.</source>
        <translation>Your role does not give access to this section.</translation>
    </message>
    <message>
        <source>&amp;Plik</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Zakończ</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Pomo&amp;c</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;O programie</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>O programie</source>
        <translation>About</translation>
    </message>
    <message>
        <source>{app} {version}
Projekty aktywnej integracji ośrodka pomocy społecznej.</source>
        <translation>{app} {version}
Active integration projects of a social welfare office.</translation>
    </message>
</context>
<context>
    <name>MonitoringExportDialog</name>
    <message>
        <source>SL2014 — lista uczestników (XLSX)</source>
        <translation>SL2014 — list of participants (XLSX)</translation>
    </message>
    <message>
        <source>2021–2027 — lista uczestników (CSV)</source>
        <translation>2021–2027 — list of participants (CSV)</translation>
    </message>
    <message>
        <source>Lista monitorująca — sprawdzenie i eksport</source>
        <translation>Monitoring list — check and export</translation>
    </message>
    <message>
        <source>Sprawdź ponownie</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Projekt:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>(projekt)</source>
        <translation>(project)</translation>
    </message>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Kolumna listy</source>
        <translation>List column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Przejdź do osoby</source>
        <translation>Go to person</translation>
    </message>
    <message>
        <source>Zapoznałem(-am) się z listą problemów; wartości zostaną zapisane tak, jak są w kartotece.</source>
        <translation>I have read the list of problems; the values will be saved as they are in the records.</translation>
    </message>
    <message>
        <source>Dalej</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Zapisz listę…</source>
        <translation>Save list…</translation>
    </message>
    <message>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Zamknij</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Brak projektów.</source>
        <translation>No projects.</translation>
    </message>
    <message>
        <source>Uczestników na liście: {people}. Problemów: {problems} u {persons} osób — popraw je w kartotece (Przejdź do osoby) albo zapisz listę z nimi.</source>
        <translation>Participants on the list: {people}. Problems: {problems} for {persons} people — correct them in the records (Go to person) or save the list with them.</translation>
    </message>
    <message>
        <source>Uczestników na liście: {people}. Walidator nie znalazł problemów.</source>
        <translation>Participants on the list: {people}. The validator found no problems.</translation>
    </message>
    <message>
        <source>Zapisywanie…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Zapisywanie listy monitorującej</source>
        <translation>Saving the monitoring list</translation>
    </message>
    <message>
        <source>Skoroszyt Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>PEFS 2007 (PO KL 2007–2013) — uczestnicy indywidualni (XLSX)</source>
        <translation>PEFS 2007 (HC OP 2007–2013) — individual participants (XLSX)</translation>
    </message>
    <message>
        <source>Kolumny, których program nie wypełnia, zostaną puste ({n}): {names}.</source>
        <translation>Columns the program does not fill will be left empty ({n}): {names}.</translation>
    </message>
    <message>
        <source>Zapisz listę monitorującą</source>
        <translation>Save the monitoring list</translation>
    </message>
    <message>
        <source>Zapisano listę: {path}</source>
        <translation>List saved: {path}</translation>
    </message>
    <message>
        <source>Nie zapisano listy ({error}).</source>
        <translation>The list was not saved ({error}).</translation>
    </message>
    <message>
        <source>Najpierw przejrzyj listę problemów i zaznacz, że się z nią zapoznałeś(-aś).</source>
        <translation>First review the list of problems and tick that you have read it.</translation>
    </message>
</context>
<context>
    <name>MonitoringFormatCombo</name>
    <message>
        <source>Według roku rozpoczęcia (do 2013 PEFS 2007, do 2020 SL2014, potem 2021–2027)</source>
        <translation>By start year (until 2013 PEFS 2007, until 2020 SL2014, then 2021–2027)</translation>
    </message>
    <message>
        <source>PEFS 2007 (PO KL 2007–2013)</source>
        <translation>PEFS 2007 (HC OP 2007–2013)</translation>
    </message>
    <message>
        <source>SL2014 (2014–2020)</source>
        <translation>SL2014 (2014–2020)</translation>
    </message>
    <message>
        <source>2021–2027 (CSV)</source>
        <translation>2021–2027 (CSV)</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Nazwisko</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Imię</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <source>Data urodzenia</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Miejscowość</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Projekty</source>
        <translation>Projects</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Szukaj: nazwisko, imię lub początek PESEL (Ctrl+F)</source>
        <translation>Search: surname, first name or beginning of PESEL (Ctrl+F)</translation>
    </message>
    <message>
        <source>Każdy status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>Nowa osoba…</source>
        <translation>New person…</translation>
    </message>
    <message>
        <source>Przyjęcie nowej osoby (Ctrl+N)</source>
        <translation>Intake of a new person (Ctrl+N)</translation>
    </message>
    <message>
        <source>Otwórz</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Lista osób</source>
        <translation>List of people</translation>
    </message>
    <message>
        <source>Brak osób na tej liście. Zmień wyszukiwanie lub filtry albo przyjmij nową osobę: Nowa osoba… (Ctrl+N).</source>
        <translation>Nobody on this list. Change the search or the filters, or take in a new person: New person… (Ctrl+N).</translation>
    </message>
    <message>
        <source>Projekt:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>Grupa:</source>
        <translation>Group:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Rok:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Wszystkie projekty</source>
        <translation>All projects</translation>
    </message>
    <message>
        <source>Każdy rok</source>
        <translation>Any year</translation>
    </message>
    <message>
        <source>Wszystkie grupy</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>Znaleziono: {n}</source>
        <translation>Found: {n}</translation>
    </message>
</context>
<context>
    <name>ParticipationStatusBox</name>
    <message>
        <source>Ukończył zaplanowaną ścieżkę</source>
        <translation>Completed the planned path</translation>
    </message>
    <message>
        <source>Przerwał udział (rezygnacja, nieobecności)</source>
        <translation>Dropped out (withdrew, absences)</translation>
    </message>
    <message>
        <source>Podjął pracę przed końcem ścieżki</source>
        <translation>Took up work before the end of the path</translation>
    </message>
    <message>
        <source>Inny powód</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>Podjął pracę</source>
        <translation>Took up work</translation>
    </message>
    <message>
        <source>Poszukuje pracy</source>
        <translation>Seeking work</translation>
    </message>
    <message>
        <source>Podjął kształcenie lub szkolenie</source>
        <translation>Took up education or training</translation>
    </message>
    <message>
        <source>Bierny zawodowo</source>
        <translation>Economically inactive</translation>
    </message>
    <message>
        <source>Inna</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Zmiana statusu wybranego udziału</source>
        <translation>Change the status of the chosen participation</translation>
    </message>
    <message>
        <source>Zmień status</source>
        <translation>Change status</translation>
    </message>
    <message>
        <source>Nowy status</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>Dnia</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Rodzaj zakończenia</source>
        <translation>Kind of ending</translation>
    </message>
    <message>
        <source>Sytuacja po zakończeniu</source>
        <translation>Situation at exit</translation>
    </message>
    <message>
        <source>Tej zmiany statusu nie można wykonać (odśwież dane osoby i spróbuj ponownie).</source>
        <translation>This status change cannot be made (reopen the person and try again).</translation>
    </message>
    <message>
        <source>Status zmieniony: {status}.</source>
        <translation>Status changed: {status}.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Hasło do zaszyfrowanego archiwum</source>
        <translation>Password for the encrypted archive</translation>
    </message>
    <message>
        <source>&lt;b&gt;To hasło jest pokazywane tylko raz.&lt;/b&gt; Bez niego archiwum nie da się otworzyć (7-Zip: prawy przycisk → 7-Zip → Otwórz archiwum, potem podaj hasło).&lt;br&gt;Zapisz je teraz i przechowuj &lt;b&gt;osobno od nośnika&lt;/b&gt; — przekaż odbiorcy inną drogą (telefonicznie, osobiście), nigdy w tej samej kopercie ani na tym samym pendrivie.</source>
        <translation>&lt;b&gt;This password is shown only once.&lt;/b&gt; Without it the archive cannot be opened (7-Zip: right-click → 7-Zip → Open archive, then enter the password).&lt;br&gt;Write it down now and keep it &lt;b&gt;separate from the drive&lt;/b&gt; — give it to the recipient another way (by phone, in person), never in the same envelope or on the same USB stick.</translation>
    </message>
    <message>
        <source>Archiwum w folderze: {folder}</source>
        <translation>Archive in folder: {folder}</translation>
    </message>
    <message>
        <source>Kopiuj do schowka</source>
        <translation>Copy to clipboard</translation>
    </message>
    <message>
        <source>Zapisałem(-am) hasło w bezpiecznym miejscu, osobno od nośnika</source>
        <translation>I have stored the password in a safe place, separate from the drive</translation>
    </message>
    <message>
        <source>Zamknij</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Skopiowano. Schowek zostanie wyczyszczony po zamknięciu tego okna.</source>
        <translation>Copied. The clipboard will be cleared when this window closes.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Obecne hasło:</source>
        <translation>Current password:</translation>
    </message>
    <message>
        <source>Nowe hasło:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Powtórz nowe hasło:</source>
        <translation>Repeat new password:</translation>
    </message>
    <message>
        <source>Co najmniej {n} znaków. Zmiana hasła nie zmienia zaszyfrowanej bazy, tylko klucz tego konta.</source>
        <translation>At least {n} characters. Changing the password does not change the encrypted database, only this account&apos;s key.</translation>
    </message>
    <message>
        <source>Zapisz hasło</source>
        <translation>Save password</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Stron: {n}</source>
        <translation>Pages: {n}</translation>
    </message>
    <message>
        <source>Drukuj… (Ctrl+P)</source>
        <translation>Print… (Ctrl+P)</translation>
    </message>
    <message>
        <source>Zapisz jako PDF… (Ctrl+S)</source>
        <translation>Save as PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <source>Zamknij</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Zapisz dokument</source>
        <translation>Save document</translation>
    </message>
    <message>
        <source>Dokument PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Nie udało się zapisać pliku {path}: {error}. Wybierz inny folder lub zwolnij miejsce na dysku.</source>
        <translation>The file {path} could not be saved: {error}. Choose another folder or free some disk space.</translation>
    </message>
    <message>
        <source>Na tym komputerze nie ma zainstalowanej drukarki. Zapisać dokument jako PDF?</source>
        <translation>No printer is installed on this computer. Save the document as PDF?</translation>
    </message>
    <message>
        <source>Nie udało się rozpocząć drukowania.</source>
        <translation>Printing could not be started.</translation>
    </message>
</context>
<context>
    <name>PeopleBehindDialog</name>
    <message>
        <source>Osoby: {title}</source>
        <translation>People: {title}</translation>
    </message>
    <message>
        <source>Nazwisko</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>Imię</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <source>Data urodzenia</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Miejscowość</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>Projekty</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Liczba osób: {n}</source>
        <translation>Number of people: {n}</translation>
    </message>
    <message>
        <source>Pokazano pierwsze {n} osób (lista jest dłuższa).</source>
        <translation>Showing the first {n} people (the list is longer).</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Nowy projekt</source>
        <translation>New project</translation>
    </message>
    <message>
        <source>Edycja projektu</source>
        <translation>Edit project</translation>
    </message>
    <message>
        <source>Projekt i budżet</source>
        <translation>Project and budget</translation>
    </message>
    <message>
        <source>Zasady</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>Edycje i grupy</source>
        <translation>Editions and groups</translation>
    </message>
    <message>
        <source>Zapisz</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Tytuł projektu *</source>
        <translation>Project title *</translation>
    </message>
    <message>
        <source>Program i działanie</source>
        <translation>Programme and measure</translation>
    </message>
    <message>
        <source>np. PO KL, Poddziałanie 7.1.1</source>
        <translation>e.g. HC OP, Sub-measure 7.1.1</translation>
    </message>
    <message>
        <source>Nr umowy z instytucją</source>
        <translation>Agreement no. with the institution</translation>
    </message>
    <message>
        <source>Okres realizacji *</source>
        <translation>Implementation period *</translation>
    </message>
    <message>
        <source>Kwoty w złotych, np. 1 234,56. Puste pole: kwota nie podana.</source>
        <translation>Amounts in zloty, e.g. 1 234,56. Empty field: amount not given.</translation>
    </message>
    <message>
        <source>Budżet ogółem</source>
        <translation>Total budget</translation>
    </message>
    <message>
        <source>Dofinansowanie UE (EFS)</source>
        <translation>EU co-financing (ESF)</translation>
    </message>
    <message>
        <source>Wkład własny</source>
        <translation>Own contribution</translation>
    </message>
    <message>
        <source>Minimalna liczba instrumentów na osobę</source>
        <translation>Minimum number of instruments per person</translation>
    </message>
    <message>
        <source>Próg ukończenia (obecność)</source>
        <translation>Completion threshold (attendance)</translation>
    </message>
    <message>
        <source>60 minut (godzina zegarowa)</source>
        <translation>60 minutes (clock hour)</translation>
    </message>
    <message>
        <source>45 minut (godzina lekcyjna)</source>
        <translation>45 minutes (teaching hour)</translation>
    </message>
    <message>
        <source>Godzina zajęć</source>
        <translation>Activity hour</translation>
    </message>
    <message>
        <source>od</source>
        <translation>from</translation>
    </message>
    <message>
        <source>do</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Wiek grupy docelowej (lata)</source>
        <translation>Target group age (years)</translation>
    </message>
    <message>
        <source>Drukowana pod nagłówkiem dokumentów, np. „Projekt współfinansowany przez Unię Europejską w ramach Europejskiego Funduszu Społecznego”</source>
        <translation>Printed below the header of documents, e.g. “Project co-financed by the European Union under the European Social Fund”</translation>
    </message>
    <message>
        <source>Linia finansowania</source>
        <translation>Funding line</translation>
    </message>
    <message>
        <source>Przechowywanie danych do</source>
        <translation>Keep data until</translation>
    </message>
    <message>
        <source>Lista monitorująca</source>
        <translation>Monitoring list</translation>
    </message>
    <message>
        <source>Edycje roczne i ich cele:</source>
        <translation>Yearly editions and their targets:</translation>
    </message>
    <message>
        <source>Dodaj edycję</source>
        <translation>Add edition</translation>
    </message>
    <message>
        <source>Usuń edycję</source>
        <translation>Remove edition</translation>
    </message>
    <message>
        <source>Grupy i moduły:</source>
        <translation>Groups and modules:</translation>
    </message>
    <message>
        <source>Dodaj grupę</source>
        <translation>Add group</translation>
    </message>
    <message>
        <source>Usuń grupę</source>
        <translation>Remove group</translation>
    </message>
    <message>
        <source>Do tej grupy należą już uczestnicy, więc zostaje w projekcie.</source>
        <translation>This group already has participants, so it stays in the project.</translation>
    </message>
    <message>
        <source>Tylko do odczytu: ten projekt nie jest przypisany do Twojego konta. Przypisanie zmienia administrator (konto koordynatora).</source>
        <translation>Read only: this project is not assigned to your account. The administrator assigns projects (in the coordinator&apos;s account).</translation>
    </message>
    <message>
        <source>Dofinansowanie UE + wkład własny = {sum}.</source>
        <translation>EU co-financing + own contribution = {sum}.</translation>
    </message>
</context>
<context>
    <name>ProjectGroupsModel</name>
    <message>
        <source>Nazwa grupy / modułu</source>
        <translation>Group / module name</translation>
    </message>
    <message>
        <source>Rodzaj</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rok</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Planowana liczba osób</source>
        <translation>Planned number of people</translation>
    </message>
    <message>
        <source>Uczestnicy</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Grupa docelowa</source>
        <translation>Target group</translation>
    </message>
</context>
<context>
    <name>ProjectsModel</name>
    <message>
        <source>Tytuł projektu</source>
        <translation>Project title</translation>
    </message>
    <message>
        <source>Okres realizacji</source>
        <translation>Implementation period</translation>
    </message>
    <message>
        <source>Grupy</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Uczestnicy</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Budżet ogółem</source>
        <translation>Total budget</translation>
    </message>
    <message>
        <source>Dofinansowanie UE</source>
        <translation>EU co-financing</translation>
    </message>
    <message>
        <source>Program i działanie</source>
        <translation>Programme and measure</translation>
    </message>
    <message>
        <source>{title} — tylko odczyt: projekt nie jest przypisany do Twojego konta</source>
        <translation>{title} — read-only: the project is not assigned to your account</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Lista projektów</source>
        <translation>List of projects</translation>
    </message>
    <message>
        <source>Brak projektów. Utwórz pierwszy: Nowy projekt…</source>
        <translation>No projects yet. Create the first: New project…</translation>
    </message>
    <message>
        <source>Ten projekt nie ma jeszcze grup. Otwórz projekt (Otwórz…) i dodaj grupy i moduły.</source>
        <translation>This project has no groups yet. Open the project (Open…) and add groups and modules.</translation>
    </message>
    <message>
        <source>Nowy projekt…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <source>Nowy projekt (Ctrl+N)</source>
        <translation>New project (Ctrl+N)</translation>
    </message>
    <message>
        <source>Otwórz…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Dane, budżet, edycje i grupy projektu (Enter)</source>
        <translation>The project&apos;s details, budget, editions and groups (Enter)</translation>
    </message>
    <message>
        <source>Retencja danych…</source>
        <translation>Data retention…</translation>
    </message>
    <message>
        <source>Okresy przechowywania danych, wstrzymanie usuwania i anonimizacja osób</source>
        <translation>Retention periods, deletion holds and anonymisation of people</translation>
    </message>
    <message>
        <source>Projektów: {n}</source>
        <translation>Projects: {n}</translation>
    </message>
    <message>
        <source>Wybierz projekt, aby zobaczyć jego grupy.</source>
        <translation>Choose a project to see its groups.</translation>
    </message>
    <message>
        <source>Grupy i moduły projektu „{title}”:</source>
        <translation>Groups and modules of the project “{title}”:</translation>
    </message>
    <message>
        <source>Program i działanie: {programme}</source>
        <translation>Programme and measure: {programme}</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>RecoverAccessDialog</name>
    <message>
        <source>Odzyskiwanie dostępu kodem z sejfu</source>
        <translation>Recover access with the code from the safe</translation>
    </message>
    <message>
        <source>Wpisz kod odzyskiwania z wydrukowanej kartki, nazwę konta administratora i jego nowe hasło (co najmniej 12 znaków).</source>
        <translation>Enter the recovery code from the printed sheet, the administrator&apos;s account name and a new password (at least 12 characters).</translation>
    </message>
    <message>
        <source>Kod odzyskiwania:</source>
        <translation>Recovery code:</translation>
    </message>
    <message>
        <source>Administrator:</source>
        <translation>Administrator:</translation>
    </message>
    <message>
        <source>Nowe hasło:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <source>Powtórz hasło:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <source>Odzyskaj dostęp</source>
        <translation>Recover access</translation>
    </message>
    <message>
        <source>Sprawdzanie kodu…</source>
        <translation>Checking the code…</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Kod odzyskiwania — pokazywany tylko raz</source>
        <translation>Recovery code — shown only once</translation>
    </message>
    <message>
        <source>To jest kod odzyskiwania dostępu do zaszyfrowanej bazy. Gdy nikt nie będzie pamiętał hasła administratora, tylko ten kod otworzy bazę. Wydrukuj go i schowaj w sejfie ośrodka. Program nie zapisuje go nigdzie i nie pokaże go ponownie.</source>
        <translation>This is the recovery code for the encrypted database. When nobody remembers the administrator&apos;s password, only this code will open the database. Print it and keep it in the office safe. The program does not store it anywhere and will not show it again.</translation>
    </message>
    <message>
        <source>Drukuj…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Kod jest wydrukowany lub zapisany i trafi do sejfu</source>
        <translation>The code is printed or written down and will go to the safe</translation>
    </message>
    <message>
        <source>Dalej</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Kod odzyskiwania</source>
        <translation>Recovery code</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Baza danych jest uszkodzona</source>
        <translation>The database is damaged</translation>
    </message>
    <message>
        <source>Plik bazy danych {path} jest uszkodzony albo nieczytelny, dlatego nie został otwarty ani zmieniony.</source>
        <translation>The database file {path} is damaged or unreadable, so it was neither opened nor changed.</translation>
    </message>
    <message>
        <source>Błędne strony pliku: {pages}.</source>
        <translation>Bad pages of the file: {pages}.</translation>
    </message>
    <message>
        <source>Przywróć tę kopię</source>
        <translation>Restore this backup</translation>
    </message>
    <message>
        <source>Zamknij program</source>
        <translation>Quit program</translation>
    </message>
    <message>
        <source>Najnowsza dobra kopia zapasowa: &lt;b&gt;{date}&lt;/b&gt; (wersja programu {version}). Zawiera:</source>
        <translation>Newest good backup: &lt;b&gt;{date}&lt;/b&gt; (program version {version}). It contains:</translation>
    </message>
    <message>
        <source>Zmiany wprowadzone po jej wykonaniu trzeba będzie wpisać ponownie. Uszkodzony plik zostanie zachowany obok pod nazwą z datą i godziną.</source>
        <translation>Changes made after it was taken will have to be entered again. The damaged file will be kept next to it under a name with the date and time.</translation>
    </message>
    <message>
        <source>Nie znaleziono dobrej kopii zapasowej w folderze {folder}. Plik bazy pozostawiono bez zmian; skontaktuj się z informatykiem.</source>
        <translation>No good backup was found in the folder {folder}. The database file has been left unchanged; contact your IT support.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Zestawienia i raporty przeglądają koordynator, kierownik ośrodka i inspektor ochrony danych.</source>
        <translation>Summaries and reports are viewed by the coordinator, the head of the office and the data protection officer.</translation>
    </message>
    <message>
        <source>Pulpit</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Wszystkie zestawienia</source>
        <translation>All summaries</translation>
    </message>
    <message>
        <source>Importuj uczestników…</source>
        <translation>Import participants…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>Zapisz XLSX…</source>
        <translation>Save XLSX…</translation>
    </message>
    <message>
        <source>Zapisz CSV…</source>
        <translation>Save CSV…</translation>
    </message>
    <message>
        <source>Projekt:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>Okres:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>Uczestnicy w latach</source>
        <translation>Participants by year</translation>
    </message>
    <message>
        <source>Grupy i moduły</source>
        <translation>Groups and modules</translation>
    </message>
    <message>
        <source>Instrumenty według kategorii</source>
        <translation>Instruments by category</translation>
    </message>
    <message>
        <source>Wykorzystanie budżetu</source>
        <translation>Budget use</translation>
    </message>
    <message>
        <source>Te same dane są w tabeli pod wykresem.</source>
        <translation>The same figures are in the table below the chart.</translation>
    </message>
    <message>
        <source>{title} — tabela</source>
        <translation>{title} — table</translation>
    </message>
    <message>
        <source>Brak projektów: dodaj projekt w sekcji Projekty.</source>
        <translation>No projects: add a project in the Projects section.</translation>
    </message>
    <message>
        <source>Cały okres realizacji</source>
        <translation>Whole implementation period</translation>
    </message>
    <message>
        <source>Obliczanie zestawienia</source>
        <translation>Calculating the summary</translation>
    </message>
    <message>
        <source>Okres: {start} – {end}. Uczestnicy: {total} (kobiety {women}, mężczyźni {men}), każda osoba liczona raz; otoczenie: {surroundings}.</source>
        <translation>Period: {start} – {end}. Participants: {total} (women {women}, men {men}), each person counted once; surroundings: {surroundings}.</translation>
    </message>
    <message>
        <source>Nie udało się obliczyć zestawienia ({error}).</source>
        <translation>The summary could not be calculated ({error}).</translation>
    </message>
    <message>
        <source>Listy osób widzą tylko osoby uprawnione do danych uczestników.</source>
        <translation>Lists of people are visible only to those entitled to participants&apos; data.</translation>
    </message>
    <message>
        <source>Ta lista zawiera dane szczególnej kategorii: nie masz uprawnień do ich przeglądania.</source>
        <translation>This list contains special category data: you are not authorised to view it.</translation>
    </message>
    <message>
        <source>Przygotowanie raportu PDF</source>
        <translation>Preparing the PDF report</translation>
    </message>
    <message>
        <source>Raport z realizacji projektu</source>
        <translation>Project implementation report</translation>
    </message>
    <message>
        <source>Skoroszyt Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Zapisz zestawienie</source>
        <translation>Save summary</translation>
    </message>
    <message>
        <source>Zapisywanie zestawienia</source>
        <translation>Saving the summary</translation>
    </message>
    <message>
        <source>Zapisano: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
    <message>
        <source>Nie zapisano pliku ({error}).</source>
        <translation>The file was not saved ({error}).</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Osoby</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Udziały w projektach</source>
        <translation>Participations in projects</translation>
    </message>
    <message>
        <source>Projekty</source>
        <translation>Projects</translation>
    </message>
    <message>
        <source>Kontrakty socjalne</source>
        <translation>Social contracts</translation>
    </message>
    <message>
        <source>Zajęcia</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Obecności</source>
        <translation>Attendance marks</translation>
    </message>
    <message>
        <source>Zaświadczenia</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <source>Wsparcie indywidualne</source>
        <translation>Individual support</translation>
    </message>
    <message>
        <source>Konta użytkowników</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <source>Wpisy dziennika zdarzeń</source>
        <translation>Audit trail entries</translation>
    </message>
    <message>
        <source>Pozostałe tabele</source>
        <translation>Other tables</translation>
    </message>
    <message>
        <source>na żądanie</source>
        <translation>on request</translation>
    </message>
    <message>
        <source>codzienna</source>
        <translation>daily</translation>
    </message>
    <message>
        <source>przy zamknięciu</source>
        <translation>at closing</translation>
    </message>
    <message>
        <source>&amp;Kopie zapasowe…</source>
        <translation>&amp;Backups…</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Retencja danych i anonimizacja</source>
        <translation>Data retention and anonymisation</translation>
    </message>
    <message>
        <source>Po upływie okresu przechowywania dokumentacji projektu (o ile nie wstrzymano usuwania) dane osób można zanonimizować. Osoby potrzebne jeszcze w innym projekcie pozostają bez zmian. Statystyki i liczby w zestawieniach zostają.</source>
        <translation>Once a project&apos;s retention period has passed (unless deletion is on hold), its people&apos;s data can be anonymised. People still needed by another project stay unchanged. Statistics and the figures in summaries remain.</translation>
    </message>
    <message>
        <source>Projekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Przechowywać do</source>
        <translation>Keep until</translation>
    </message>
    <message>
        <source>Stan</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Osoby</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Do anonimizacji</source>
        <translation>To anonymise</translation>
    </message>
    <message>
        <source>Potrzebne w innych</source>
        <translation>Needed elsewhere</translation>
    </message>
    <message>
        <source>Zanonimizowane</source>
        <translation>Anonymised</translation>
    </message>
    <message>
        <source>Anonimizuj…</source>
        <translation>Anonymise…</translation>
    </message>
    <message>
        <source>Zamknij</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>wstrzymano usuwanie</source>
        <translation>deletion on hold</translation>
    </message>
    <message>
        <source>po terminie</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>w okresie przechowywania</source>
        <translation>within retention period</translation>
    </message>
    <message>
        <source>brak terminu</source>
        <translation>no end date</translation>
    </message>
    <message>
        <source>Zdejmij wstrzymanie usuwania</source>
        <translation>Lift the deletion hold</translation>
    </message>
    <message>
        <source>Wstrzymaj usuwanie danych</source>
        <translation>Put deletion on hold</translation>
    </message>
    <message>
        <source>Zdjęto wstrzymanie usuwania danych projektu „{title}”.</source>
        <translation>The deletion hold on project “{title}” was lifted.</translation>
    </message>
    <message>
        <source>Wstrzymano usuwanie danych projektu „{title}”.</source>
        <translation>Deletion of the data of project “{title}” is on hold.</translation>
    </message>
    <message>
        <source>Tak, anonimizuj trwale</source>
        <translation>Yes, anonymise for good</translation>
    </message>
    <message>
        <source>Anonimizacja danych</source>
        <translation>Anonymisation</translation>
    </message>
    <message>
        <source>Zanonimizować {n} osób projektu „{title}”?

Imiona, nazwiska, PESEL, adresy, telefony, e-maile i uwagi tych osób zostaną trwale usunięte z bazy. Tego nie można cofnąć. Liczby w zestawieniach pozostaną bez zmian.</source>
        <translation>Anonymise {n} people of project “{title}”?

Their names, PESEL numbers, addresses, phone numbers, e-mail addresses and notes will be removed from the database for good. This cannot be undone. The figures in summaries stay as they are.</translation>
    </message>
    <message>
        <source>Ostatnie potwierdzenie: dane osobowe {n} osób projektu „{title}” zostaną usunięte bezpowrotnie. Kontynuować?</source>
        <translation>Final confirmation: the personal data of {n} people of the project “{title}” will be removed for good. Continue?</translation>
    </message>
    <message>
        <source>Anonimizuj {n} osób</source>
        <translation>Anonymise {n} people</translation>
    </message>
    <message>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Zanonimizowano osób: {n}. Pozostawiono (potrzebne w innych projektach): {kept}.</source>
        <translation>People anonymised: {n}. Kept (needed by other projects): {kept}.</translation>
    </message>
    <message>
        <source>Tego projektu nie ma już w bazie.</source>
        <translation>This project is no longer in the database.</translation>
    </message>
</context>
<context>
    <name>RowsEditor</name>
    <message>
        <source>Dodaj wiersz</source>
        <translation>Add row</translation>
    </message>
    <message>
        <source>Usuń wiersz</source>
        <translation>Remove row</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Harmonogram: {name}</source>
        <translation>Schedule: {name}</translation>
    </message>
    <message>
        <source>Tematy kolejnych spotkań, jeden w wierszu (opcjonalnie)</source>
        <translation>Topics of the successive sessions, one per line (optional)</translation>
    </message>
    <message>
        <source>Pomiń dni ustawowo wolne od pracy</source>
        <translation>Skip public holidays</translation>
    </message>
    <message>
        <source>dydaktycznych</source>
        <translation>teaching</translation>
    </message>
    <message>
        <source>zegarowych</source>
        <translation>clock</translation>
    </message>
    <message>
        <source>Dni tygodnia:</source>
        <translation>Weekdays:</translation>
    </message>
    <message>
        <source>do</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Od:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Godziny:</source>
        <translation>Hours:</translation>
    </message>
    <message>
        <source>Liczba godzin {unit} na spotkanie:</source>
        <translation>Number of {unit} hours per session:</translation>
    </message>
    <message>
        <source>Tematy:</source>
        <translation>Topics:</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Godziny</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Liczba godz.</source>
        <translation>No. of hours</translation>
    </message>
    <message>
        <source>Temat</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Usuń zaznaczone z podglądu</source>
        <translation>Remove the selected ones from the preview</translation>
    </message>
    <message>
        <source>Dodaj spotkania</source>
        <translation>Add sessions</translation>
    </message>
    <message>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Spotkań: {n}, razem {h} godz.</source>
        <translation>Sessions: {n}, {h} hours in total</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Spotkanie</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Spotkanie nr {n}</source>
        <translation>Session no. {n}</translation>
    </message>
    <message>
        <source>Temat:</source>
        <translation>Topic:</translation>
    </message>
</context>
<context>
    <name>SessionFields</name>
    <message>
        <source>Data:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Godziny:</source>
        <translation>Hours:</translation>
    </message>
    <message>
        <source>Liczba godzin:</source>
        <translation>Number of hours:</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <source>Nr</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Godziny</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Liczba godz.</source>
        <translation>No. of hours</translation>
    </message>
    <message>
        <source>Temat</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Te zajęcia nie mają jeszcze spotkań. Ułóż je przyciskiem Harmonogram… albo dodaj jedno: Dodaj spotkanie….</source>
        <translation>This activity has no sessions yet. Plan them with Schedule… or add one: Add session….</translation>
    </message>
    <message>
        <source>Harmonogram…</source>
        <translation>Schedule…</translation>
    </message>
    <message>
        <source>Dodaj spotkanie…</source>
        <translation>Add session…</translation>
    </message>
    <message>
        <source>Edytuj…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Usuń</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Listy obecności zaznaczonych…</source>
        <translation>Attendance lists of the selected…</translation>
    </message>
    <message>
        <source>Usuwanie spotkań</source>
        <translation>Delete sessions</translation>
    </message>
    <message>
        <source>Usunąć {n} spotkań razem z wpisaną na nich obecnością?</source>
        <translation>Delete {n} session(s) together with the attendance entered for them?</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Zapisz ustawienia</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <source>Tylko do odczytu: ustawienia ośrodka może zmieniać kierownik ośrodka lub administrator.</source>
        <translation>Read only: the office settings can be changed by the head of the office or an administrator.</translation>
    </message>
    <message>
        <source>Dane ośrodka (nagłówek dokumentów)</source>
        <translation>Office details (document header)</translation>
    </message>
    <message>
        <source>Pełna nazwa ośrodka *</source>
        <translation>Full name of the office *</translation>
    </message>
    <message>
        <source>np. Miejski Ośrodek Pomocy Rodzinie we Włocławku</source>
        <translation>e.g. Miejski Ośrodek Pomocy Rodzinie we Włocławku</translation>
    </message>
    <message>
        <source>Nazwa skrócona</source>
        <translation>Short name</translation>
    </message>
    <message>
        <source>np. MOPR Włocławek</source>
        <translation>e.g. MOPR Włocławek</translation>
    </message>
    <message>
        <source>Ulica i numer</source>
        <translation>Street and number</translation>
    </message>
    <message>
        <source>np. ul. Żużlowa 25</source>
        <translation>e.g. ul. Żużlowa 25</translation>
    </message>
    <message>
        <source>Kod pocztowy</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Miejscowość</source>
        <translation>Town</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP (tax ID)</translation>
    </message>
    <message>
        <source>10 cyfr</source>
        <translation>10 digits</translation>
    </message>
    <message>
        <source>REGON</source>
        <translation>REGON</translation>
    </message>
    <message>
        <source>9 lub 14 cyfr</source>
        <translation>9 or 14 digits</translation>
    </message>
    <message>
        <source>Kierownik / dyrektor (podpisuje dokumenty)</source>
        <translation>Head / director (signs documents)</translation>
    </message>
    <message>
        <source>Stanowisko podpisującego</source>
        <translation>Signatory&apos;s position</translation>
    </message>
    <message>
        <source>np. Dyrektor</source>
        <translation>e.g. Director</translation>
    </message>
    <message>
        <source>bez logo</source>
        <translation>no logo</translation>
    </message>
    <message>
        <source>Wybierz plik…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <source>Bez logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>Logo (opcjonalnie)</source>
        <translation>Logo (optional)</translation>
    </message>
    <message>
        <source>Konfiguracja ośrodka</source>
        <translation>Office configuration</translation>
    </message>
    <message>
        <source>Numer kontraktu socjalnego</source>
        <translation>Social contract number</translation>
    </message>
    <message>
        <source>Numer zaświadczenia</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <source>Blokada po bezczynności</source>
        <translation>Lock after inactivity</translation>
    </message>
    <message>
        <source>W formatach numerów: {n} — kolejny numer, {yyyy} — rok.</source>
        <translation>In number formats: {n} — next number, {yyyy} — year.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Logo ośrodka</source>
        <translation>Office logo</translation>
    </message>
    <message>
        <source>Obrazy (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <source>Popraw zaznaczone pola.</source>
        <translation>Correct the marked fields.</translation>
    </message>
    <message>
        <source>Zapisano ustawienia ośrodka.</source>
        <translation>Office settings saved.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Dzień dobry, {name}.</source>
        <translation>Hello, {name}.</translation>
    </message>
    <message>
        <source>Otwórz najstarszą ocenę</source>
        <translation>Open the oldest evaluation</translation>
    </message>
    <message>
        <source>Otwórz najbliższą ocenę</source>
        <translation>Open the next evaluation</translation>
    </message>
    <message>
        <source>Na dziś nie ma zaległych zadań. Co dalej?</source>
        <translation>Nothing is due today. What next?</translation>
    </message>
    <message>
        <source>Przyjmij nową osobę</source>
        <translation>Take in a new person</translation>
    </message>
    <message>
        <source>Wpisz obecności na zajęciach</source>
        <translation>Enter attendance</translation>
    </message>
    <message>
        <source>Przygotuj zestawienie</source>
        <translation>Prepare a summary</translation>
    </message>
    <message>
        <source>Termin oceny</source>
        <translation>Evaluation date</translation>
    </message>
    <message>
        <source>Kontrakt</source>
        <translation>Contract</translation>
    </message>
    <message>
        <source>(projekt)</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Projekt</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Zaległe oceny kontraktów: {n}</source>
        <translation>Overdue contract evaluations: {n}</translation>
    </message>
    <message>
        <source>Oceny w najbliższych {days} dniach: {n}</source>
        <translation>Evaluations in the next {days} days: {n}</translation>
    </message>
    <message>
        <source>Ostatnia kopia zapasowa: {when}.</source>
        <translation>Last backup: {when}.</translation>
    </message>
    <message>
        <source>Nie ma jeszcze kopii zapasowej tej bazy: powstanie przy zamknięciu programu albo teraz, w menu Plik → Kopie zapasowe…</source>
        <translation>This database has no backup yet: one is made when the program closes, or now, in File → Backups…</translation>
    </message>
</context>
<context>
    <name>SubjectAccess</name>
    <message>
        <source>Raport dla osoby (art. 15 RODO)…</source>
        <translation>Subject access report (Art. 15 GDPR)…</translation>
    </message>
    <message>
        <source>Raport dla osoby (art. 15 RODO)</source>
        <translation>Subject access report (Art. 15 GDPR)</translation>
    </message>
</context>
<context>
    <name>SummaryCharts</name>
    <message>
        <source>Edukacyjne</source>
        <translation>Educational</translation>
    </message>
    <message>
        <source>Zdrowotne</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Zawodowe</source>
        <translation>Vocational</translation>
    </message>
    <message>
        <source>Społeczne</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Kobiety</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Mężczyźni</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Osoby</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Brak instrumentów w tym okresie</source>
        <translation>No instruments in this period</translation>
    </message>
    <message>
        <source>Budżet ogółem</source>
        <translation>Total budget</translation>
    </message>
    <message>
        <source>Dofinansowanie</source>
        <translation>Co-financing</translation>
    </message>
    <message>
        <source>Wkład własny</source>
        <translation>Own contribution</translation>
    </message>
    <message>
        <source>Świadczenia</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <source>w tym wkład własny</source>
        <translation>of which own contribution</translation>
    </message>
    <message>
        <source>nie podano</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>Kwota</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>SupportCardDialog</name>
    <message>
        <source>Karta wsparcia indywidualnego: {name}</source>
        <translation>Individual support card: {name}</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Godziny</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Liczba godz.</source>
        <translation>No. of hours</translation>
    </message>
    <message>
        <source>Temat</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Specjalista</source>
        <translation>Specialist</translation>
    </message>
    <message>
        <source>Dodaj wpis…</source>
        <translation>Add entry…</translation>
    </message>
    <message>
        <source>Edytuj…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Usuń</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Drukuj kartę…</source>
        <translation>Print card…</translation>
    </message>
    <message>
        <source>Zamknij</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Wpisów: {n}, razem {h} godz.</source>
        <translation>Entries: {n}, {h} hours in total</translation>
    </message>
    <message>
        <source>Usunąć zaznaczony wpis?</source>
        <translation>Delete the selected entry?</translation>
    </message>
    <message>
        <source>Karta wsparcia</source>
        <translation>Support card</translation>
    </message>
</context>
<context>
    <name>SupportEntryDialog</name>
    <message>
        <source>Wsparcie indywidualne</source>
        <translation>Individual support</translation>
    </message>
    <message>
        <source>— bez przypisania do zajęć —</source>
        <translation>— not linked to an activity —</translation>
    </message>
    <message>
        <source>Temat / zakres wsparcia:</source>
        <translation>Topic / scope of support:</translation>
    </message>
    <message>
        <source>Specjalista (imię i nazwisko):</source>
        <translation>Specialist (full name):</translation>
    </message>
    <message>
        <source>Rodzaj specjalisty:</source>
        <translation>Type of specialist:</translation>
    </message>
    <message>
        <source>Zajęcia:</source>
        <translation>Activity:</translation>
    </message>
</context>
<context>
    <name>UsbExportDialog</name>
    <message>
        <source>Eksport na nośnik USB</source>
        <translation>Export to a USB drive</translation>
    </message>
    <message>
        <source>Co eksportować</source>
        <translation>What to export</translation>
    </message>
    <message>
        <source>Projekt:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>Zestawienie roczne (PDF, XLSX, CSV, JSON)</source>
        <translation>Yearly summary (PDF, XLSX, CSV, JSON)</translation>
    </message>
    <message>
        <source>Raport z całego projektu (PDF, XLSX, CSV, JSON)</source>
        <translation>Report for the whole project (PDF, XLSX, CSV, JSON)</translation>
    </message>
    <message>
        <source>Lista monitorująca — dane osobowe, zaszyfrowane</source>
        <translation>Monitoring list — personal data, encrypted</translation>
    </message>
    <message>
        <source>Zbiór statystyczny — pseudonimizowany</source>
        <translation>Statistical data set — pseudonymised</translation>
    </message>
    <message>
        <source>Rodzaj:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Rok:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>Format listy:</source>
        <translation>List format:</translation>
    </message>
    <message>
        <source>Dokąd</source>
        <translation>Where to</translation>
    </message>
    <message>
        <source>Odśwież listę nośników</source>
        <translation>Refresh the list of drives</translation>
    </message>
    <message>
        <source>Inny folder…</source>
        <translation>Other folder…</translation>
    </message>
    <message>
        <source>Eksportuj</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Sprawdź eksport…</source>
        <translation>Verify export…</translation>
    </message>
    <message>
        <source>Zamknij</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>{label} ({mount}) — wolne {free} z {total}</source>
        <translation>{label} ({mount}) — {free} free of {total}</translation>
    </message>
    <message>
        <source> — tylko do odczytu</source>
        <translation> — read-only</translation>
    </message>
    <message>
        <source>Nie znaleziono nośnika wymiennego. Podłącz pendrive i kliknij „Odśwież”, albo wybierz inny folder.</source>
        <translation>No removable drive found. Plug in a USB stick and click “Refresh”, or choose another folder.</translation>
    </message>
    <message>
        <source>Folder: {path}</source>
        <translation>Folder: {path}</translation>
    </message>
    <message>
        <source>Wybierz nośnik lub folder docelowy.</source>
        <translation>Choose a target drive or folder.</translation>
    </message>
    <message>
        <source>Brak projektu do eksportu.</source>
        <translation>No project to export.</translation>
    </message>
    <message>
        <source>Eksport {folder} jest kompletny i nienaruszony ({n} plików, utworzony {created}).</source>
        <translation>Export {folder} is complete and intact ({n} files, created {created}).</translation>
    </message>
    <message>
        <source>Eksport {folder} jest NIEKOMPLETNY lub zmieniony:
{lines}</source>
        <translation>Export {folder} is INCOMPLETE or has been changed:
{lines}</translation>
    </message>
    <message>
        <source>Eksport w toku…</source>
        <translation>Export in progress…</translation>
    </message>
    <message>
        <source>Eksport na nośnik</source>
        <translation>Export to a drive</translation>
    </message>
    <message>
        <source>Eksport zapisany i sprawdzony: folder {folder} ({n} plików; sumy kontrolne zgodne z MANIFEST.sha256).</source>
        <translation>Export saved and verified: folder {folder} ({n} files; checksums match MANIFEST.sha256).</translation>
    </message>
    <message>
        <source>Dane osobowe są w zaszyfrowanym archiwum 7z.</source>
        <translation>The personal data is in an encrypted 7z archive.</translation>
    </message>
    <message>
        <source>Pliki zapisano, ale folder {folder} nie przechodzi weryfikacji — nie używaj go:
{lines}</source>
        <translation>The files were saved, but the folder {folder} fails verification — do not use it:
{lines}</translation>
    </message>
    <message>
        <source>Wybierz rok zestawienia rocznego.</source>
        <translation>Choose the year of the yearly summary.</translation>
    </message>
    <message>
        <source>Eksport nie powiódł się ({error}).</source>
        <translation>The export failed ({error}).</translation>
    </message>
    <message>
        <source>Eksport przerwany. Niekompletne pliki usunięto; wcześniejsze eksporty pozostały nienaruszone.</source>
        <translation>Export interrupted. Incomplete files were removed; earlier exports were left intact.</translation>
    </message>
    <message>
        <source>cały okres projektu</source>
        <translation>whole project period</translation>
    </message>
    <message>
        <source>Dane osobowe: najpierw zobaczysz listę problemów walidatora, potem lista trafi do archiwum 7z zaszyfrowanego hasłem, które program pokaże jeden raz.</source>
        <translation>Personal data: you will first see the validator&apos;s list of problems, then the list goes into a 7z archive encrypted with a password that the program shows once.</translation>
    </message>
    <message>
        <source>Bez danych osobowych (liczby zbiorcze lub numery uczestników i przedziały wieku): zapis bez szyfrowania.</source>
        <translation>No personal data (aggregate figures or participant numbers and age bands): saved without encryption.</translation>
    </message>
    <message>
        <source>Wybierz folder docelowy</source>
        <translation>Choose the target folder</translation>
    </message>
    <message>
        <source>Wybierz folder eksportu (OPS-eksport-…)</source>
        <translation>Choose the export folder (OPS-eksport-…)</translation>
    </message>
    <message>
        <source>Sprawdzenie eksportu</source>
        <translation>Export check</translation>
    </message>
    <message>
        <source>Eksport jest kompletny i nienaruszony ({n} plików, utworzony {created}).</source>
        <translation>The export is complete and intact ({n} files, created {created}).</translation>
    </message>
    <message>
        <source>Eksport jest NIEKOMPLETNY lub zmieniony:
{lines}</source>
        <translation>The export is INCOMPLETE or has been changed:
{lines}</translation>
    </message>
</context>
<context>
    <name>ViewMenu</name>
    <message>
        <source>&amp;Widok</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Większy tekst</source>
        <translation>&amp;Larger text</translation>
    </message>
    <message>
        <source>&amp;Mniejszy tekst</source>
        <translation>&amp;Smaller text</translation>
    </message>
    <message>
        <source>&amp;Zwykły rozmiar tekstu</source>
        <translation>&amp;Normal text size</translation>
    </message>
    <message>
        <source>Wysoki &amp;kontrast</source>
        <translation>&amp;High contrast</translation>
    </message>
</context>
<context>
    <name>_Cover</name>
    <message>
        <source>Zablokowano</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>account_menu</name>
    <message>
        <source>&amp;Konto</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <source>Zalogowano: {who}</source>
        <translation>Signed in: {who}</translation>
    </message>
    <message>
        <source>&amp;Zmień hasło…</source>
        <translation>&amp;Change password…</translation>
    </message>
    <message>
        <source>&amp;Konta użytkowników…</source>
        <translation>&amp;User accounts…</translation>
    </message>
    <message>
        <source>&amp;Dostęp awaryjny do danych…</source>
        <translation>&amp;Emergency access to data…</translation>
    </message>
    <message>
        <source>Zmiana hasła</source>
        <translation>Change password</translation>
    </message>
    <message>
        <source>{app} — DOSTĘP AWARYJNY do {time} (zapisany w dzienniku)</source>
        <translation>{app} — EMERGENCY ACCESS until {time} (recorded in the audit trail)</translation>
    </message>
</context>
<context>
    <name>activities</name>
    <message>
        <source>Kurs / szkolenie</source>
        <translation>Course / training</translation>
    </message>
    <message>
        <source>Warsztaty</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Grupa wsparcia</source>
        <translation>Support group</translation>
    </message>
    <message>
        <source>Konsultacje indywidualne</source>
        <translation>Individual consultations</translation>
    </message>
    <message>
        <source>Edycja KIS</source>
        <translation>KIS edition (social integration club)</translation>
    </message>
    <message>
        <source>Działanie PAL</source>
        <translation>PAL activity (local activity programme)</translation>
    </message>
    <message>
        <source>Wyjazd / impreza integracyjna</source>
        <translation>Trip / integration event</translation>
    </message>
    <message>
        <source>Opieka nad dziećmi</source>
        <translation>Childcare</translation>
    </message>
    <message>
        <source>Psycholog</source>
        <translation>Psychologist</translation>
    </message>
    <message>
        <source>Doradca zawodowy</source>
        <translation>Career adviser</translation>
    </message>
    <message>
        <source>Prawnik</source>
        <translation>Lawyer</translation>
    </message>
    <message>
        <source>Pedagog</source>
        <translation>Educator</translation>
    </message>
    <message>
        <source>Konsultant rodzinny</source>
        <translation>Family counsellor</translation>
    </message>
    <message>
        <source>Terapeuta</source>
        <translation>Therapist</translation>
    </message>
    <message>
        <source>Lekarz</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <source>Inny specjalista</source>
        <translation>Other specialist</translation>
    </message>
    <message>
        <source>obecny</source>
        <translation>present</translation>
    </message>
    <message>
        <source>nieobecność usprawiedliwiona</source>
        <translation>excused absence</translation>
    </message>
    <message>
        <source>nieobecność nieusprawiedliwiona</source>
        <translation>unexcused absence</translation>
    </message>
    <message>
        <source>o ukończeniu</source>
        <translation>of completion</translation>
    </message>
    <message>
        <source>o uczestnictwie</source>
        <translation>of participation</translation>
    </message>
    <message>
        <source>Spotkanie {day} wypada poza okresem realizacji projektu ({from} – {to}).</source>
        <translation>The session on {day} falls outside the project implementation period ({from} – {to}).</translation>
    </message>
    <message>
        <source>Liczba godzin spotkania {day} musi być większa od zera.</source>
        <translation>The number of hours of the session on {day} must be greater than zero.</translation>
    </message>
    <message>
        <source>Godzina zakończenia ({day}) musi być późniejsza niż rozpoczęcia.</source>
        <translation>The end time ({day}) must be later than the start time.</translation>
    </message>
    <message>
        <source>Podaj nazwę zajęć.</source>
        <translation>Enter the name of the activity.</translation>
    </message>
    <message>
        <source>Próg obecności musi być w zakresie 1–100%.</source>
        <translation>The attendance threshold must be between 1 and 100%.</translation>
    </message>
    <message>
        <source>Liczba godzin nie może być ujemna.</source>
        <translation>The number of hours cannot be negative.</translation>
    </message>
    <message>
        <source>Liczbę godzin podaj jako liczbę, np. 40 albo 4,5.</source>
        <translation>Enter the number of hours as a number, e.g. 40 or 4.5.</translation>
    </message>
    <message>
        <source>Liczbę godzin podaj jako liczbę, np. 4 albo 1,5.</source>
        <translation>Enter the number of hours as a number, e.g. 4 or 1.5.</translation>
    </message>
    <message>
        <source>Wybrana grupa nie należy do projektu tych zajęć.</source>
        <translation>The selected group does not belong to this activity&apos;s project.</translation>
    </message>
    <message>
        <source>Wybranego instrumentu nie ma w katalogu.</source>
        <translation>The selected instrument is not in the catalogue.</translation>
    </message>
    <message>
        <source>Wybrane zajęcia nie należą do projektu tej osoby.</source>
        <translation>The selected activity does not belong to this person&apos;s project.</translation>
    </message>
    <message>
        <source>Podaj temat lub zakres wsparcia.</source>
        <translation>Enter the topic or scope of support.</translation>
    </message>
    <message>
        <source>Podaj, kto udzielił wsparcia.</source>
        <translation>Enter who gave the support.</translation>
    </message>
    <message>
        <source>Zaznacz co najmniej jeden dzień tygodnia.</source>
        <translation>Tick at least one weekday.</translation>
    </message>
    <message>
        <source>W wybranym okresie nie wypada żadne spotkanie.</source>
        <translation>No session falls in the chosen period.</translation>
    </message>
    <message>
        <source>Tej osoby nie ma na liście zajęć — najpierw dopisz ją do listy.</source>
        <translation>This person is not on the activity&apos;s list — add them to the list first.</translation>
    </message>
    <message>
        <source>Tej osoby nie można oznaczyć {day}: jej udział w projekcie jeszcze się nie rozpoczął{start}.</source>
        <translation>This person cannot be marked on {day}: their participation in the project has not started yet{start}.</translation>
    </message>
    <message>
        <source>Tej osoby nie można oznaczyć {day}: zakończyła udział {end}.</source>
        <translation>This person cannot be marked on {day}: their participation ended on {end}.</translation>
    </message>
    <message>
        <source>Nie można usunąć zajęć, do których wydano zaświadczenia (rejestr jest trwały).</source>
        <translation>An activity for which certificates have been issued cannot be deleted (the register is permanent).</translation>
    </message>
    <message>
        <source>Ta osoba ma już wpisaną obecność — zamiast usuwać, wpisz datę zakończenia udziału.</source>
        <translation>This person already has attendance entered — instead of removing them, enter the end date of their participation.</translation>
    </message>
    <message>
        <source>Po dniu {day} ta osoba ma wpisaną obecność; najpierw wyczyść te wpisy.</source>
        <translation>After {day} this person has attendance entered; clear those entries first.</translation>
    </message>
    <message>
        <source> (początek: {start})</source>
        <translation> (start: {start})</translation>
    </message>
    <message>
        <source>
… i {n} dalszych.</source>
        <translation>
… and {n} more.</translation>
    </message>
    <message>
        <source>Nie znaleziono wskazanego rekordu (mógł zostać usunięty). Odśwież widok.</source>
        <translation>The record was not found (it may have been deleted). Refresh the view.</translation>
    </message>
    <message>
        <source>nie uczestniczy w tym projekcie</source>
        <translation>does not take part in this project</translation>
    </message>
    <message>
        <source>jest dopiero zgłoszona (nie zakwalifikowana)</source>
        <translation>has only applied (not qualified)</translation>
    </message>
    <message>
        <source>jest na liście rezerwowej</source>
        <translation>is on the reserve list</translation>
    </message>
    <message>
        <source>została odrzucona w rekrutacji</source>
        <translation>was rejected in recruitment</translation>
    </message>
    <message>
        <source>przerwała udział w projekcie</source>
        <translation>left the project</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <source>użycie: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>argumenty pozycyjne</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>opcje</source>
        <translation>options</translation>
    </message>
    <message>
        <source>pokaż tę pomoc i zakończ</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>%(prog)s: błąd: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>brak wymaganych argumentów: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <source>nieznane argumenty: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <source>niedozwolona wartość: %(value)r (do wyboru: %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <source>niepoprawna wartość typu %(type)s: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <source>oczekiwano jednej wartości</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <source>oczekiwano najwyżej jednej wartości</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <source>oczekiwano co najmniej jednej wartości</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <source>oczekiwano wartości: %s</source>
        <translation>expected %s argument(s)</translation>
    </message>
    <message>
        <source>nie wolno łączyć z argumentem %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <source>wymagany jest jeden z argumentów %s</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <source>pominięto podaną wartość %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <source>niejednoznaczna opcja: %(option)s pasuje do %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <source>nieoczekiwana opcja: %s</source>
        <translation>unexpected option string: %s</translation>
    </message>
    <message>
        <source>nieznane polecenie %(parser_name)r (do wyboru: %(choices)s)</source>
        <translation>unknown parser %(parser_name)r (choices: %(choices)s)</translation>
    </message>
    <message>
        <source>nie można otworzyć „%(filename)s”: %(error)s</source>
        <translation>can&apos;t open &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>konta użytkowników: dodaj, wypisz, nowe hasło, dezaktywuj, role (administrator)</source>
        <translation>user accounts: add, list, new password, deactivate, roles (administrator)</translation>
    </message>
    <message>
        <source>CZYNNOŚĆ</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>dodaj konto (hasło podaje się w terminalu albo --password-stdin)</source>
        <translation>add an account (the password is typed on the terminal or given with --password-stdin)</translation>
    </message>
    <message>
        <source>IMIĘ_NAZWISKO</source>
        <translation>FULL_NAME</translation>
    </message>
    <message>
        <source>imię i nazwisko</source>
        <translation>first name and surname</translation>
    </message>
    <message>
        <source>rola; można powtórzyć, np. --role caseworker --role coordinator</source>
        <translation>role; may be repeated, e.g. --role caseworker --role coordinator</translation>
    </message>
    <message>
        <source>wypisz konta: login, role, stan, imię i nazwisko</source>
        <translation>list the accounts: login, roles, state, full name</translation>
    </message>
    <message>
        <source>ustaw nowe hasło konta (konto zostaje aktywne)</source>
        <translation>set a new password for an account (the account becomes active)</translation>
    </message>
    <message>
        <source>dezaktywuj konto (nie może się już zalogować)</source>
        <translation>deactivate an account (it can no longer sign in)</translation>
    </message>
    <message>
        <source>wypisz albo ustaw role konta</source>
        <translation>show or set an account&apos;s roles</translation>
    </message>
    <message>
        <source>ROLA,ROLA</source>
        <translation>ROLE,ROLE</translation>
    </message>
    <message>
        <source>nowe role po przecinku:</source>
        <translation>the new roles, comma-separated:</translation>
    </message>
    <message>
        <source>nazwa użytkownika konta</source>
        <translation>the account&apos;s user name</translation>
    </message>
    <message>
        <source>przeczytaj nowe hasło (jeden wiersz) ze standardowego wejścia zamiast pytać w terminalu</source>
        <translation>read the new password (one line) from standard input instead of asking on the terminal</translation>
    </message>
    <message>
        <source>dziennik zdarzeń (audyt)</source>
        <translation>audit trail</translation>
    </message>
    <message>
        <source>sprawdź łańcuch skrótów dziennika zdarzeń</source>
        <translation>verify the audit trail&apos;s hash chain</translation>
    </message>
    <message>
        <source>ID:SKRÓT</source>
        <translation>ID:HASH</translation>
    </message>
    <message>
        <source>głowa zapisana wcześniej (stopka raportu, manifest eksportu lub kopii); można podać kilka</source>
        <translation>a head saved earlier (report footer, export or backup manifest); may be given several times</translation>
    </message>
    <message>
        <source>utwórz kopię zapasową bazy (sprawdzoną)</source>
        <translation>make a (verified) backup of the database</translation>
    </message>
    <message>
        <source>folder kopii (domyślnie backups/ obok bazy)</source>
        <translation>backup folder (default: backups/ beside the database)</translation>
    </message>
    <message>
        <source>folder drugiej kopii (inny dysk)</source>
        <translation>folder of the second copy (another disk)</translation>
    </message>
    <message>
        <source>tylko wypisz istniejące kopie</source>
        <translation>only list the existing backups</translation>
    </message>
    <message>
        <source>baza serwera: przywróć nową kopię na próbę do tej pustej bazy (postgresql://…) i porównaj liczby wierszy i dziennik</source>
        <translation>office server: restore the new backup as a drill into this empty database (postgresql://…) and compare the row counts and the audit trail</translation>
    </message>
    <message>
        <source>przywróć bazę z kopii zapasowej</source>
        <translation>restore the database from a backup</translation>
    </message>
    <message>
        <source>plik kopii</source>
        <translation>backup file</translation>
    </message>
    <message>
        <source>nie pytaj o potwierdzenie</source>
        <translation>do not ask for confirmation</translation>
    </message>
    <message>
        <source>sprawdź spójność pliku bazy</source>
        <translation>check the database file&apos;s integrity</translation>
    </message>
    <message>
        <source>--drill dotyczy bazy serwera ośrodka (plik sprawdza sama kopia)</source>
        <translation>--drill is for the office server&apos;s database (a file&apos;s backup checks itself)</translation>
    </message>
    <message>
        <source>--copy-to dotyczy pliku bazy; folder kopii bazy serwera podaj w --to albo w office.ini ([server] backups)</source>
        <translation>--copy-to is for a database file; give the folder of the server&apos;s backups in --to or in office.ini ([server] backups)</translation>
    </message>
    <message>
        <source>Sprawdzenie: pg_restore --list ok (dane każdej tabeli w archiwum)</source>
        <translation>Check: pg_restore --list ok (every table&apos;s data in the archive)</translation>
    </message>
    <message>
        <source>utwórz bazę demonstracyjną z pięcioma projektami</source>
        <translation>create a demo database with five projects</translation>
    </message>
    <message>
        <source>ziarno generatora (powtarzalność)</source>
        <translation>random generator seed (repeatable runs)</translation>
    </message>
    <message>
        <source>listy monitorujące, eksport na nośnik, weryfikacja</source>
        <translation>monitoring lists, export to a removable drive, verification</translation>
    </message>
    <message>
        <source>RODZAJ</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>lista uczestników dla instytucji</source>
        <translation>participant list for the institution</translation>
    </message>
    <message>
        <source>tytuł projektu</source>
        <translation>project title</translation>
    </message>
    <message>
        <source>format listy (domyślnie: format wybrany w projekcie)</source>
        <translation>list format (default: the format chosen in the project)</translation>
    </message>
    <message>
        <source>tylko uczestnicy danego roku</source>
        <translation>only that year&apos;s participants</translation>
    </message>
    <message>
        <source>plik wynikowy (.xlsx / .csv)</source>
        <translation>output file (.xlsx / .csv)</translation>
    </message>
    <message>
        <source>eksport na nośnik wymienny lub do folderu</source>
        <translation>export to a removable drive or a folder</translation>
    </message>
    <message>
        <source>rok (zestawienie roczne, dane roku)</source>
        <translation>year (yearly summary, that year&apos;s data)</translation>
    </message>
    <message>
        <source>format listy monitorującej (dla --what monitoring; domyślnie format wybrany w projekcie)</source>
        <translation>monitoring list format (for --what monitoring; default: the format chosen in the project)</translation>
    </message>
    <message>
        <source>folder docelowy (np. punkt montowania pendrive&apos;a)</source>
        <translation>target folder (e.g. a USB stick&apos;s mount point)</translation>
    </message>
    <message>
        <source>sprawdź folder eksportu z jego manifestem</source>
        <translation>verify an export folder against its manifest</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>FOLDER</translation>
    </message>
    <message>
        <source>folder OPS-eksport-…</source>
        <translation>an OPS-eksport-… folder</translation>
    </message>
    <message>
        <source>Import: {percent}% pliku</source>
        <translation>Import: {percent}% of the file</translation>
    </message>
    <message>
        <source>import danych z arkuszy (XLSX, CSV)</source>
        <translation>import data from spreadsheets (XLSX, CSV)</translation>
    </message>
    <message>
        <source>lista uczestników w układzie PEFS 2007, SL2014 lub 2021–2027 (XLSX lub CSV)</source>
        <translation>participant list in the PEFS 2007, SL2014 or 2021–2027 layout (XLSX or CSV)</translation>
    </message>
    <message>
        <source>PLIK</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>gdzie zapisać odrzucone wiersze (domyślnie obok pliku: NAZWA_odrzucone.xlsx/.csv)</source>
        <translation>where to save the rejected rows (default: beside the file, NAME_odrzucone.xlsx/.csv)</translation>
    </message>
    <message>
        <source>arkusz .xlsx albo .csv</source>
        <translation>an .xlsx or .csv spreadsheet</translation>
    </message>
    <message>
        <source>utwórz nową, pustą bazę ośrodka z kontem administratora</source>
        <translation>create a new, empty office database with an administrator&apos;s account</translation>
    </message>
    <message>
        <source>nazwa ośrodka (domyślnie „{name}”)</source>
        <translation>office name (default: &quot;{name}&quot;)</translation>
    </message>
    <message>
        <source>login administratora (domyślnie ${variable} albo admin)</source>
        <translation>the administrator&apos;s login (default: ${variable} or admin)</translation>
    </message>
    <message>
        <source>imię i nazwisko administratora</source>
        <translation>the administrator&apos;s full name</translation>
    </message>
    <message>
        <source>dodatkowa rola pierwszego konta (w małym ośrodku administrator bywa też kierownikiem: --role head); można powtórzyć</source>
        <translation>an extra role of the first account (in a small office the administrator is often the head too: --role head); may be repeated</translation>
    </message>
    <message>
        <source>dokumenty do druku zapisane jako PDF</source>
        <translation>printed documents saved as PDF</translation>
    </message>
    <message>
        <source>DOKUMENT</source>
        <translation>DOCUMENT</translation>
    </message>
    <message>
        <source>projekty: dodaj nowy, wypisz istniejące, przypisz koordynatorowi</source>
        <translation>projects: add one, list them, assign to a coordinator</translation>
    </message>
    <message>
        <source>dodaj projekt</source>
        <translation>add a project</translation>
    </message>
    <message>
        <source>RRRR-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>początek realizacji</source>
        <translation>start of the project</translation>
    </message>
    <message>
        <source>koniec realizacji</source>
        <translation>end of the project</translation>
    </message>
    <message>
        <source>program i działanie, np. „PO KL, 7.1.1”</source>
        <translation>programme and measure, e.g. &quot;PO KL, 7.1.1&quot;</translation>
    </message>
    <message>
        <source>nr umowy z instytucją</source>
        <translation>number of the institution&apos;s grant agreement</translation>
    </message>
    <message>
        <source>KWOTA</source>
        <translation>AMOUNT</translation>
    </message>
    <message>
        <source>w złotych, np. 1234.56</source>
        <translation>in PLN, e.g. 1234.56</translation>
    </message>
    <message>
        <source>wypisz projekty</source>
        <translation>list the projects</translation>
    </message>
    <message>
        <source>projekty koordynatora: wypisz albo ustaw (administrator)</source>
        <translation>a coordinator&apos;s projects: show or set (administrator)</translation>
    </message>
    <message>
        <source>nazwa użytkownika koordynatora</source>
        <translation>the coordinator&apos;s user name</translation>
    </message>
    <message>
        <source>numery projektów (z `project list`); pusty napis: żadnego</source>
        <translation>project numbers (from `project list`); an empty string: none</translation>
    </message>
    <message>
        <source>okresy przechowywania danych i anonimizacja</source>
        <translation>data retention periods and anonymisation</translation>
    </message>
    <message>
        <source>projekty, ich okresy przechowywania i liczby osób</source>
        <translation>projects, their retention periods and numbers of people</translation>
    </message>
    <message>
        <source>zanonimizuj osoby projektu po terminie</source>
        <translation>anonymise a project&apos;s people after the retention end</translation>
    </message>
    <message>
        <source>raport dla osoby: wszystkie jej dane (art. 15 RODO), PDF</source>
        <translation>report for a person: all their data (GDPR art. 15), PDF</translation>
    </message>
    <message>
        <source>numer osoby w systemie</source>
        <translation>the person&apos;s number in the system</translation>
    </message>
    <message>
        <source>plik PDF do zapisania</source>
        <translation>PDF file to write</translation>
    </message>
    <message>
        <source>zestawienie projektu (osoby liczone raz)</source>
        <translation>project summary (people counted once)</translation>
    </message>
    <message>
        <source>RRRR</source>
        <translation>YYYY</translation>
    </message>
    <message>
        <source>rok kalendarzowy (domyślnie cały okres realizacji)</source>
        <translation>calendar year (default: the whole project period)</translation>
    </message>
    <message>
        <source>plik wynikowy albo - (standardowe wyjście)</source>
        <translation>output file, or - (standard output)</translation>
    </message>
    <message>
        <source>Polecenie: ops-desktop restore --db PLIK --from KOPIA.</source>
        <translation>Command: ops-desktop restore --db FILE --from BACKUP.</translation>
    </message>
    <message>
        <source>Sprawdź ścieżkę podaną w --db albo przywróć kopię zapasową (ops-desktop restore).</source>
        <translation>Check the path given in --db or restore a backup (ops-desktop restore).</translation>
    </message>
    <message>
        <source>OPS Desktop — projekty aktywnej integracji ośrodka pomocy społecznej. Bez polecenia otwiera okno programu; polecenia poniżej działają bez okna (skrypty), każde z własną pomocą: ops-desktop POLECENIE --help.</source>
        <translation>OPS Desktop — a social welfare office&apos;s active-integration projects. Without a command it opens the program&apos;s window; the commands below work without a window (scripts), each with its own help: ops-desktop COMMAND --help.</translation>
    </message>
    <message>
        <source>Przykłady:</source>
        <translation>Examples:</translation>
    </message>
    <message>
        <source>Język: --lang pl|en, inaczej zmienna OPS_DESKTOP_LANG, inaczej polski.</source>
        <translation>Language: --lang pl|en, else the OPS_DESKTOP_LANG variable, else Polish.</translation>
    </message>
    <message>
        <source>plik bazy danych (domyślnie w folderze danych użytkownika)</source>
        <translation>database file (default: in the user&apos;s data folder)</translation>
    </message>
    <message>
        <source>język interfejsu i pomocy (domyślnie polski albo OPS_DESKTOP_LANG)</source>
        <translation>language of the interface and the help (default: Polish, or OPS_DESKTOP_LANG)</translation>
    </message>
    <message>
        <source>sprawdzenie instalacji: Qt, baza, PDF; wypisuje JSON i kończy</source>
        <translation>installation check: Qt, database, PDF; prints JSON and exits</translation>
    </message>
    <message>
        <source>pokaż wersję programu i zakończ</source>
        <translation>show program&apos;s version number and exit</translation>
    </message>
    <message>
        <source>POLECENIE</source>
        <translation>COMMAND</translation>
    </message>
    <message>
        <source>polecenia</source>
        <translation>commands</translation>
    </message>
    <message>
        <source>listy obecności zajęć (cały harmonogram)</source>
        <translation>an activity&apos;s attendance lists (the whole schedule)</translation>
    </message>
    <message>
        <source>tylko spotkanie nr N (można powtórzyć)</source>
        <translation>only session no. N (may be repeated)</translation>
    </message>
    <message>
        <source>zaświadczenia zajęć w jednym pliku PDF</source>
        <translation>an activity&apos;s certificates in one PDF file</translation>
    </message>
    <message>
        <source>najpierw wydaj zaświadczenia o ukończeniu tym, którym przysługują</source>
        <translation>first issue completion certificates to those entitled to them</translation>
    </message>
    <message>
        <source>z --issue: także zaświadczenia o uczestnictwie pozostałym</source>
        <translation>with --issue: participation certificates to the others as well</translation>
    </message>
    <message>
        <source>data wydania (domyślnie dziś)</source>
        <translation>date of issue (default: today)</translation>
    </message>
    <message>
        <source>rejestr zaświadczeń</source>
        <translation>certificate register</translation>
    </message>
    <message>
        <source>rejestr całego roku</source>
        <translation>the whole year&apos;s register</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>identyfikator zajęć</source>
        <translation>activity id</translation>
    </message>
    <message>
        <source>PLIK.pdf</source>
        <translation>FILE.pdf</translation>
    </message>
    <message>
        <source>plik wynikowy</source>
        <translation>output file</translation>
    </message>
    <message>
        <source>kontrakt socjalny (części I i II, aneksy)</source>
        <translation>social contract (parts I and II, amendments)</translation>
    </message>
    <message>
        <source>numer kontraktu, np. KS/1/2011</source>
        <translation>contract number, e.g. KS/1/2011</translation>
    </message>
    <message>
        <source>aneks nr N z tekstem jednolitym części I (0: wersja pierwotna)</source>
        <translation>amendment no. N with the consolidated text of part I (0: the original version)</translation>
    </message>
    <message>
        <source>Przykład:</source>
        <translation>Example:</translation>
    </message>
    <message>
        <source>PLIK|URL</source>
        <translation>FILE|URL</translation>
    </message>
    <message>
        <source>plik bazy danych albo baza serwera ośrodka postgresql://UŻYTKOWNIK@SERWER[:PORT]/BAZA</source>
        <translation>database file, or the office server&apos;s database postgresql://USER@SERVER[:PORT]/DATABASE</translation>
    </message>
    <message>
        <source>przenieś ośrodek z pliku bazy do pustej bazy na serwerze ośrodka</source>
        <translation>move the office from its database file to an empty database on the office server</translation>
    </message>
    <message>
        <source>plik bazy ośrodka (zostaje bez zmian)</source>
        <translation>the office&apos;s database file (left unchanged)</translation>
    </message>
    <message>
        <source>--db musi być bazą serwera ośrodka postgresql://UŻYTKOWNIK@SERWER/BAZA, nie plikiem</source>
        <translation>--db must be a database of the office server postgresql://USER@SERVER/DATABASE, not a file</translation>
    </message>
    <message>
        <source>nie ma pliku bazy: {path}</source>
        <translation>no database file: {path}</translation>
    </message>
    <message>
        <source>baza {target} na serwerze nie jest pusta (tabele: {tables}); przeniesienie wymaga nowej, pustej bazy: nic nie zmieniono</source>
        <translation>the server database {target} is not empty (tables: {tables}); the move needs a new, empty database: nothing was changed</translation>
    </message>
    <message>
        <source>plik ma starszy schemat niż program: otwórz go raz programem (zrobi kopię i uaktualni go) i powtórz przeniesienie; nic nie zmieniono</source>
        <translation>the file has an older schema than the program: open it once with the program (it backs it up and upgrades it) and repeat the move; nothing was changed</translation>
    </message>
    <message>
        <source>serwer odrzucił wiersze tabeli {table} ({detail}); na serwerze nic nie zapisano</source>
        <translation>the server refused rows of table {table} ({detail}); nothing was saved on the server</translation>
    </message>
    <message>
        <source>liczby wierszy lub treść tabel różnią się po skopiowaniu; na serwerze nic nie zapisano</source>
        <translation>row counts or table contents differ after the copy; nothing was saved on the server</translation>
    </message>
    <message>
        <source>łańcuch dziennika zdarzeń nie zgadza się (wpis #{id}); na serwerze nic nie zapisano</source>
        <translation>the audit trail&apos;s chain does not check out (entry #{id}); nothing was saved on the server</translation>
    </message>
    <message>
        <source>Dziennik zdarzeń na serwerze: łańcuch nienaruszony ({entries} wpisów); głowa {id}:{hash}</source>
        <translation>Audit trail on the server: chain intact ({entries} entries); head {id}:{hash}</translation>
    </message>
    <message>
        <source>Gotowe: ośrodek przeniesiono na serwer {target}; plik {path} został bez zmian. Na każdym komputerze ustaw ten adres w office.ini ([server] url).</source>
        <translation>Done: the office was moved to the server {target}; the file {path} is unchanged. On every PC set this address in office.ini ([server] url).</translation>
    </message>
    <message>
        <source>Tabela, wiersze w pliku, wiersze na serwerze:</source>
        <translation>Table, rows in the file, rows on the server:</translation>
    </message>
    <message>
        <source>zgodna</source>
        <translation>matches</translation>
    </message>
    <message>
        <source>RÓŻNA</source>
        <translation>DIFFERS</translation>
    </message>
    <message>
        <source>Kopiowanie: {percent}% ({done}/{total} wierszy) {table}</source>
        <translation>Copying: {percent}% ({done}/{total} rows) {table}</translation>
    </message>
    <message>
        <source>Kopiowanie tabeli {table}…</source>
        <translation>Copying table {table}…</translation>
    </message>
    <message>
        <source>--drill: podaj pustą bazę serwera postgresql://…</source>
        <translation>--drill: give an empty server database postgresql://…</translation>
    </message>
    <message>
        <source>baza próbna {target} nie jest pusta: próbne przywrócenie wymaga pustej bazy</source>
        <translation>the drill database {target} is not empty: a restore drill needs an empty database</translation>
    </message>
    <message>
        <source>RÓŻNICA: {table}: w kopii {expected}, po przywróceniu {restored}</source>
        <translation>DIFFERENCE: {table}: {expected} in the backup, {restored} after the restore</translation>
    </message>
    <message>
        <source>BŁĄD: dziennik zdarzeń po przywróceniu nie zgadza się z kopią</source>
        <translation>ERROR: the audit trail after the restore does not match the backup</translation>
    </message>
    <message>
        <source>Próbne przywrócenie do {target}: liczby wierszy wszystkich tabel zgodne z kopią, łańcuch dziennika nienaruszony</source>
        <translation>Restore drill into {target}: every table&apos;s row count matches the backup, audit chain intact</translation>
    </message>
    <message>
        <source>Kopia: {name}</source>
        <translation>Backup: {name}</translation>
    </message>
    <message>
        <source>  wykonana: {at:%d.%m.%Y %H:%M:%S}, wersja programu {version}, schemat {revision}</source>
        <translation>  taken: {at:%d.%m.%Y %H:%M:%S}, program version {version}, schema {revision}</translation>
    </message>
    <message>
        <source>  wierszy: {rows}</source>
        <translation>  rows: {rows}</translation>
    </message>
    <message>
        <source>przerwano; nic nie zmieniono</source>
        <translation>cancelled; nothing was changed</translation>
    </message>
    <message>
        <source>Przywrócono {name} w bazie {target}; poprzedni stan zastąpiono w jednej transakcji</source>
        <translation>Restored {name} into the database {target}; the previous state was replaced in one transaction</translation>
    </message>
    <message>
        <source>Przywrócić tę kopię? Obecny stan bazy na serwerze zostanie zastąpiony. [tak/nie] </source>
        <translation>Restore this backup? The current state of the server database will be replaced. [tak/nie] </translation>
    </message>
</context>
<context>
    <name>contract_labels</name>
    <message>
        <source>A — osoba lub rodzina w trudnej sytuacji życiowej</source>
        <translation>A — person or family in a difficult life situation</translation>
    </message>
    <message>
        <source>B — osoba bezrobotna skierowana przez PUP</source>
        <translation>B — unemployed person referred by the job centre (PUP)</translation>
    </message>
    <message>
        <source>Projekt</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Zawarty</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>Zawarty, zmieniony aneksem</source>
        <translation>Signed, amended</translation>
    </message>
    <message>
        <source>Zakończony</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Rozwiązany</source>
        <translation>Terminated</translation>
    </message>
    <message>
        <source>Cel osiągnięty w pełni</source>
        <translation>Goal fully achieved</translation>
    </message>
    <message>
        <source>Cel osiągnięty częściowo</source>
        <translation>Goal partly achieved</translation>
    </message>
    <message>
        <source>Cel nieosiągnięty</source>
        <translation>Goal not achieved</translation>
    </message>
    <message>
        <source>Rezygnacja osoby</source>
        <translation>Person withdrew</translation>
    </message>
    <message>
        <source>Niedotrzymanie ustaleń kontraktu</source>
        <translation>Breach of the contract&apos;s terms</translation>
    </message>
    <message>
        <source>Zmiana okoliczności</source>
        <translation>Change of circumstances</translation>
    </message>
    <message>
        <source>Podjęcie zatrudnienia</source>
        <translation>Took up employment</translation>
    </message>
    <message>
        <source>Zmiana miejsca zamieszkania</source>
        <translation>Change of residence</translation>
    </message>
    <message>
        <source>Inna przyczyna</source>
        <translation>Other reason</translation>
    </message>
    <message>
        <source>Osoba</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Członek rodziny</source>
        <translation>Family member</translation>
    </message>
    <message>
        <source>Pracownik socjalny</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Inna instytucja</source>
        <translation>Other institution</translation>
    </message>
    <message>
        <source>Zasiłek celowy</source>
        <translation>Targeted benefit</translation>
    </message>
    <message>
        <source>Pomoc rzeczowa</source>
        <translation>In-kind assistance</translation>
    </message>
    <message>
        <source>Inne świadczenie</source>
        <translation>Other benefit</translation>
    </message>
    <message>
        <source>Edukacyjne</source>
        <translation>Educational</translation>
    </message>
    <message>
        <source>Zdrowotne</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Zawodowe</source>
        <translation>Vocational</translation>
    </message>
    <message>
        <source>Społeczne</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Przetwarzanie danych osobowych</source>
        <translation>Processing of personal data</translation>
    </message>
    <message>
        <source>Dane szczególnych kategorii (dobrowolna)</source>
        <translation>Special category data (voluntary)</translation>
    </message>
    <message>
        <source>Wykorzystanie wizerunku (dobrowolna)</source>
        <translation>Use of image (voluntary)</translation>
    </message>
</context>
<context>
    <name>contract_messages</name>
    <message>
        <source>miejsce zawarcia</source>
        <translation>place of conclusion</translation>
    </message>
    <message>
        <source>okres od</source>
        <translation>period from</translation>
    </message>
    <message>
        <source>okres do</source>
        <translation>period to</translation>
    </message>
    <message>
        <source>pracownik socjalny</source>
        <translation>social worker</translation>
    </message>
    <message>
        <source>przyczyny trudnej sytuacji</source>
        <translation>causes of the difficult situation</translation>
    </message>
    <message>
        <source>zasoby i mocne strony</source>
        <translation>resources and strengths</translation>
    </message>
    <message>
        <source>ograniczenia</source>
        <translation>limitations</translation>
    </message>
    <message>
        <source>wykształcenie</source>
        <translation>education</translation>
    </message>
    <message>
        <source>zawód</source>
        <translation>profession</translation>
    </message>
    <message>
        <source>przebieg pracy</source>
        <translation>employment history</translation>
    </message>
    <message>
        <source>dotychczasowa aktywizacja</source>
        <translation>previous activation</translation>
    </message>
    <message>
        <source>cel główny</source>
        <translation>main goal</translation>
    </message>
    <message>
        <source>cele szczegółowe (co najmniej jeden)</source>
        <translation>specific goals (at least one)</translation>
    </message>
    <message>
        <source>uzgodnione działania (co najmniej jedno)</source>
        <translation>agreed actions (at least one)</translation>
    </message>
    <message>
        <source>terminy oceny (co najmniej jeden)</source>
        <translation>evaluation dates (at least one)</translation>
    </message>
    <message>
        <source>numer skierowania z PUP</source>
        <translation>job centre (PUP) referral number</translation>
    </message>
    <message>
        <source>data skierowania z PUP</source>
        <translation>job centre (PUP) referral date</translation>
    </message>
    <message>
        <source>data zawarcia</source>
        <translation>date of conclusion</translation>
    </message>
    <message>
        <source>data aneksu</source>
        <translation>amendment date</translation>
    </message>
    <message>
        <source>zakres zmian</source>
        <translation>scope of changes</translation>
    </message>
    <message>
        <source>data zakończenia</source>
        <translation>end date</translation>
    </message>
    <message>
        <source>ocena końcowa</source>
        <translation>final assessment</translation>
    </message>
    <message>
        <source>przyczyna</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>uzasadnienie</source>
        <translation>justification</translation>
    </message>
    <message>
        <source>data zgody</source>
        <translation>consent date</translation>
    </message>
    <message>
        <source>nazwa</source>
        <translation>name</translation>
    </message>
    <message>
        <source>treść</source>
        <translation>text</translation>
    </message>
    <message>
        <source>data wycofania</source>
        <translation>withdrawal date</translation>
    </message>
    <message>
        <source>Działania</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Świadczenia</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <source>Członkowie rodziny</source>
        <translation>Family members</translation>
    </message>
    <message>
        <source>Oceny</source>
        <translation>Evaluations</translation>
    </message>
    <message>
        <source>działanie</source>
        <translation>action</translation>
    </message>
    <message>
        <source>realizatora</source>
        <translation>who carries it out</translation>
    </message>
    <message>
        <source>nazwę instytucji</source>
        <translation>institution name</translation>
    </message>
    <message>
        <source>termin</source>
        <translation>deadline</translation>
    </message>
    <message>
        <source>sposób sprawdzenia</source>
        <translation>verification method</translation>
    </message>
    <message>
        <source>Uzupełnij: {label}.</source>
        <translation>Fill in: {label}.</translation>
    </message>
    <message>
        <source>{label}: data wcześniejsza niż początek okresu.</source>
        <translation>{label}: date earlier than the start of the period.</translation>
    </message>
    <message>
        <source>{label}: data nie może być w przyszłości.</source>
        <translation>{label}: the date cannot be in the future.</translation>
    </message>
    <message>
        <source>Data zawarcia jest późniejsza niż koniec okresu kontraktu.</source>
        <translation>The date of conclusion is later than the end of the contract period.</translation>
    </message>
    <message>
        <source>{label}: poza okresem realizacji projektu ({start} – {end}).</source>
        <translation>{label}: outside the project implementation period ({start} – {end}).</translation>
    </message>
    <message>
        <source>{label}: data wcześniejsza niż data zawarcia kontraktu.</source>
        <translation>{label}: date earlier than the date the contract was concluded.</translation>
    </message>
    <message>
        <source>Data aneksu jest wcześniejsza niż data poprzedniego aneksu.</source>
        <translation>The amendment date is earlier than the date of the previous amendment.</translation>
    </message>
    <message>
        <source>Zgody nie można wycofać przed dniem jej udzielenia.</source>
        <translation>A consent cannot be withdrawn before the day it was given.</translation>
    </message>
    <message>
        <source>{label}: tekst jest za długi (najwyżej {max} znaków).</source>
        <translation>{label}: the text is too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>{table}, wiersz {row}: uzupełnij {missing}.</source>
        <translation>{table}, row {row}: fill in {missing}.</translation>
    </message>
    <message>
        <source>{table}, wiersz {row}: kwota musi być większa od zera.</source>
        <translation>{table}, row {row}: the amount must be greater than zero.</translation>
    </message>
    <message>
        <source>{table}, wiersz {row}: data decyzji nie może być w przyszłości.</source>
        <translation>{table}, row {row}: the decision date cannot be in the future.</translation>
    </message>
    <message>
        <source>{table}, wiersz {row}: niepoprawny numer PESEL.</source>
        <translation>{table}, row {row}: invalid PESEL number.</translation>
    </message>
    <message>
        <source>{table}, wiersz {row}: podaj imię i nazwisko.</source>
        <translation>{table}, row {row}: enter the full name.</translation>
    </message>
    <message>
        <source>{table}, wiersz {row}: podaj termin oceny.</source>
        <translation>{table}, row {row}: enter the evaluation date.</translation>
    </message>
    <message>
        <source>{table}, wiersz {row}: data wcześniejsza niż data zawarcia kontraktu.</source>
        <translation>{table}, row {row}: date earlier than the date the contract was concluded.</translation>
    </message>
    <message>
        <source>{table}, wiersz {row}: data nie może być w przyszłości.</source>
        <translation>{table}, row {row}: the date cannot be in the future.</translation>
    </message>
    <message>
        <source>Ten sam instrument wybrano więcej niż raz.</source>
        <translation>The same instrument was selected more than once.</translation>
    </message>
    <message>
        <source>Instrument o tej nazwie jest już w tej kategorii.</source>
        <translation>An instrument with this name already exists in this category.</translation>
    </message>
    <message>
        <source>Wybrano instrumentów aktywnej integracji: {count}; projekt wymaga co najmniej {minimum} na osobę.</source>
        <translation>Active integration instruments selected: {count}; the project requires at least {minimum} per person.</translation>
    </message>
    <message>
        <source>projekt kontraktu</source>
        <translation>contract draft</translation>
    </message>
    <message>
        <source>Okres kontraktu pokrywa się z innym kontraktem tej osoby w tym projekcie ({number}).</source>
        <translation>The contract period overlaps with another contract of this person in this project ({number}).</translation>
    </message>
    <message>
        <source>Kontrakt jest zakończony lub rozwiązany: nie można go już zmieniać.</source>
        <translation>The contract is closed or terminated: it can no longer be changed.</translation>
    </message>
    <message>
        <source>Kontrakt nie jest jeszcze podpisany.</source>
        <translation>The contract has not been signed yet.</translation>
    </message>
    <message>
        <source>Podpisany kontrakt zmienia się tylko aneksem.</source>
        <translation>A signed contract can only be changed by an amendment.</translation>
    </message>
    <message>
        <source>Kontrakt nie ma aneksu nr {number}.</source>
        <translation>The contract has no amendment no. {number}.</translation>
    </message>
</context>
<context>
    <name>contract_printing</name>
    <message>
        <source>(projekt)</source>
        <translation>(draft)</translation>
    </message>
    <message>
        <source>Kontrakt socjalny {number}</source>
        <translation>Social contract {number}</translation>
    </message>
</context>
<context>
    <name>contract_tables</name>
    <message>
        <source>Imię</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nazwisko</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <source>Stopień pokrewieństwa</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Dodaj członka rodziny</source>
        <translation>Add family member</translation>
    </message>
    <message>
        <source>Działanie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Realizator</source>
        <translation>Carried out by</translation>
    </message>
    <message>
        <source>Instytucja</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>Termin</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Sposób sprawdzenia</source>
        <translation>Verification method</translation>
    </message>
    <message>
        <source>Dodaj działanie</source>
        <translation>Add action</translation>
    </message>
    <message>
        <source>Rodzaj</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Przeznaczenie</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Kwota</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Nr decyzji</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <source>Data decyzji</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <source>Wkład własny</source>
        <translation>Own contribution</translation>
    </message>
    <message>
        <source>Dodaj świadczenie</source>
        <translation>Add benefit</translation>
    </message>
    <message>
        <source>Termin planowany</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <source>Data oceny</source>
        <translation>Evaluation date</translation>
    </message>
    <message>
        <source>Ustalenia i ocena postępów</source>
        <translation>Findings and assessment of progress</translation>
    </message>
    <message>
        <source>Dodaj termin oceny</source>
        <translation>Add evaluation date</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Nieoczekiwany błąd</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Wystąpił nieoczekiwany błąd. Dane zapisane wcześniej są bezpieczne.
Szczegóły zapisano w pliku:
{path}
Przekaż ten plik informatykowi.</source>
        <translation>An unexpected error occurred. Data saved earlier is safe.
The details were written to the file:
{path}
Pass this file on to your IT support.</translation>
    </message>
    <message>
        <source>Nie zapisano</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <source>Brak wartości — lista jej wymaga.</source>
        <translation>No value — the list requires one.</translation>
    </message>
    <message>
        <source>PESEL musi mieć 11 cyfr.</source>
        <translation>PESEL must have 11 digits.</translation>
    </message>
    <message>
        <source>Błędna cyfra kontrolna PESEL.</source>
        <translation>Wrong PESEL check digit.</translation>
    </message>
    <message>
        <source>PESEL zawiera nieistniejącą datę urodzenia.</source>
        <translation>PESEL contains a date of birth that does not exist.</translation>
    </message>
    <message>
        <source>Data urodzenia z PESEL jest w przyszłości.</source>
        <translation>The date of birth from the PESEL is in the future.</translation>
    </message>
    <message>
        <source>Zapisana płeć nie zgadza się z PESEL (na liście będzie płeć z PESEL).</source>
        <translation>The recorded sex does not match the PESEL (the list will use the sex from the PESEL).</translation>
    </message>
    <message>
        <source>Nie można policzyć wieku: brak daty urodzenia.</source>
        <translation>The age cannot be calculated: no date of birth.</translation>
    </message>
    <message>
        <source>Data urodzenia późniejsza niż rozpoczęcie udziału.</source>
        <translation>Date of birth later than the start of participation.</translation>
    </message>
    <message>
        <source>Niepoprawny format.</source>
        <translation>Invalid format.</translation>
    </message>
    <message>
        <source>Dozwolone wartości: 1, 2 albo 3 (jest: {value}).</source>
        <translation>Allowed values: 1, 2 or 3 (is: {value}).</translation>
    </message>
    <message>
        <source>Adres e-mail zawiera polskie litery — system instytucji go odrzuci.</source>
        <translation>The e-mail address contains Polish letters — the institution&apos;s system will reject it.</translation>
    </message>
    <message>
        <source>Wartości „{value}” nie ma w słowniku listy — zostanie wpisana bez zmian.</source>
        <translation>The value “{value}” is not in the list&apos;s dictionary — it will be written unchanged.</translation>
    </message>
    <message>
        <source>Zaznaczono długotrwałe bezrobocie, a status na rynku pracy nie jest bezrobociem.</source>
        <translation>Long-term unemployment is ticked, but the labour market status is not unemployment.</translation>
    </message>
    <message>
        <source>Odpowiedź „Tak” (mniejszość / migrant / obce pochodzenie) trzeba rozdzielić na trzy kolumny listy 2021–2027: kolumny zostaną puste do uzupełnienia.</source>
        <translation>The answer “Yes” (minority / migrant / foreign origin) has to be split into three columns of the 2021–2027 list: the columns will be left empty to be filled in.</translation>
    </message>
    <message>
        <source>Osoba ma zaznaczone uzależnienie, przemoc lub opuszczenie placówki — sprawdź odpowiedź o innej niekorzystnej sytuacji społecznej.</source>
        <translation>The person has addiction, violence or leaving an institution ticked — check the answer about other disadvantaged social situation.</translation>
    </message>
    <message>
        <source>Data zakończenia wcześniejsza niż data rozpoczęcia.</source>
        <translation>End date earlier than start date.</translation>
    </message>
    <message>
        <source>Wybrane „w tym” nie pasuje do statusu na rynku pracy (np. rolnik przy osobie bezrobotnej) — popraw jedno z nich.</source>
        <translation>The chosen “of which” does not fit the labour-market status (e.g. a farmer for an unemployed person) — correct one of them.</translation>
    </message>
    <message>
        <source>Kod pocztowy w formacie NN-NNN, np. 87-800.</source>
        <translation>Postcode in the format NN-NNN, e.g. 87-800.</translation>
    </message>
    <message>
        <source>Niepoprawny adres e-mail.</source>
        <translation>Invalid e-mail address.</translation>
    </message>
    <message>
        <source>Numer telefonu: co najmniej 9 cyfr (dozwolone spacje, +, -).</source>
        <translation>Phone number: at least 9 digits (spaces, + and - allowed).</translation>
    </message>
    <message>
        <source>Jest powód zakończenia lub sytuacja po zakończeniu, a brak daty zakończenia.</source>
        <translation>There is a reason for ending or a situation after ending, but no end date.</translation>
    </message>
    <message>
        <source>Projekt nie ma numeru umowy z instytucją (Projekty → edycja projektu).</source>
        <translation>The project has no agreement number with the institution (Projects → edit project).</translation>
    </message>
    <message>
        <source>Odpowiedź „Tak” (mniejszość / migrant) trzeba rozdzielić na dwie kolumny PEFS 2007: obie zostaną puste do uzupełnienia w formularzu.</source>
        <translation>A “Yes” (minority / migrant) has to be split into two PEFS 2007 columns: both are left empty to be filled in the form.</translation>
    </message>
    <message>
        <source>Brak obszaru zamieszkania (miejski / wiejski) — uzupełnij w danych osoby.</source>
        <translation>No area of residence (urban / rural) — fill it in the person’s data.</translation>
    </message>
    <message>
        <source>Osoba bez PESEL nie ma innego identyfikatora.</source>
        <translation>A person without a PESEL has no other identifier.</translation>
    </message>
    <message>
        <source>Folder nie istnieje.</source>
        <translation>The folder does not exist.</translation>
    </message>
    <message>
        <source>Brak pliku MANIFEST.sha256 — eksport jest niekompletny.</source>
        <translation>The MANIFEST.sha256 file is missing — the export is incomplete.</translation>
    </message>
    <message>
        <source>Plik MANIFEST.sha256 jest uszkodzony lub niepełny.</source>
        <translation>The MANIFEST.sha256 file is damaged or incomplete.</translation>
    </message>
    <message>
        <source>Brak pliku.</source>
        <translation>File missing.</translation>
    </message>
    <message>
        <source>Plik zmieniony lub uszkodzony (inna suma kontrolna).</source>
        <translation>File changed or damaged (different checksum).</translation>
    </message>
    <message>
        <source>Nie można odczytać pliku.</source>
        <translation>The file cannot be read.</translation>
    </message>
    <message>
        <source>Plik spoza eksportu (np. pozostałość przerwanego zapisu).</source>
        <translation>File not part of the export (e.g. left over from an interrupted write).</translation>
    </message>
    <message>
        <source>Problem: {code}.</source>
        <translation>Problem: {code}.</translation>
    </message>
    <message>
        <source>Na nośniku zabrakło miejsca.</source>
        <translation>The drive ran out of space.</translation>
    </message>
    <message>
        <source>Nośnik zgłosił błąd zapisu albo został wyjęty w trakcie zapisu.</source>
        <translation>The drive reported a write error or was removed during writing.</translation>
    </message>
    <message>
        <source>Na nośniku lub w folderze nie można zapisywać (tylko do odczytu).</source>
        <translation>The drive or folder cannot be written to (read-only).</translation>
    </message>
    <message>
        <source>Zapis się nie powiódł ({error}).</source>
        <translation>Writing failed ({error}).</translation>
    </message>
    <message>
        <source>Nie udało się usunąć {n} niekompletnych plików — usuń folder {folder} po ponownym podłączeniu nośnika.</source>
        <translation>{n} incomplete file(s) could not be deleted — delete the folder {folder} after reconnecting the drive.</translation>
    </message>
    <message>
        <source>Niekompletne pliki usunięto.</source>
        <translation>Incomplete files were deleted.</translation>
    </message>
    <message>
        <source>Eksport NIE został zapisany.</source>
        <translation>The export was NOT saved.</translation>
    </message>
    <message>
        <source>Wcześniejsze eksporty na nośniku pozostały nienaruszone.</source>
        <translation>Earlier exports on the drive were left intact.</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>Zapisz</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Anuluj</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <source>Imię</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nazwisko</source>
        <translation>Surname</translation>
    </message>
    <message>
        <source>PESEL</source>
        <translation>PESEL</translation>
    </message>
    <message>
        <source>Płeć</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Wykształcenie</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Status na rynku pracy</source>
        <translation>Labour market status</translation>
    </message>
    <message>
        <source>Kod pocztowy</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Adres e-mail</source>
        <translation>E-mail address</translation>
    </message>
    <message>
        <source>DEGURBA</source>
        <translation>DEGURBA</translation>
    </message>
    <message>
        <source>Data rozpoczęcia udziału</source>
        <translation>Start of participation</translation>
    </message>
    <message>
        <source>Data zakończenia udziału</source>
        <translation>End of participation</translation>
    </message>
    <message>
        <source>Zakończenie zgodnie ze ścieżką</source>
        <translation>Completed as planned</translation>
    </message>
    <message>
        <source>Sytuacja po zakończeniu</source>
        <translation>Situation after the end</translation>
    </message>
    <message>
        <source>Techniczny identyfikator</source>
        <translation>Technical identifier</translation>
    </message>
    <message>
        <source>Data urodzenia</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Grupa</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Obszar</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>brak wartości</source>
        <translation>no value</translation>
    </message>
    <message>
        <source>musi mieć 11 cyfr</source>
        <translation>must have 11 digits</translation>
    </message>
    <message>
        <source>błędna cyfra kontrolna</source>
        <translation>wrong check digit</translation>
    </message>
    <message>
        <source>nieistniejąca data urodzenia</source>
        <translation>no such date of birth</translation>
    </message>
    <message>
        <source>data w przyszłości</source>
        <translation>a date in the future</translation>
    </message>
    <message>
        <source>nie zgadza się z numerem PESEL</source>
        <translation>does not match the PESEL number</translation>
    </message>
    <message>
        <source>niepoprawny format</source>
        <translation>wrong format</translation>
    </message>
    <message>
        <source>wartość spoza zakresu</source>
        <translation>value out of range</translation>
    </message>
    <message>
        <source>nieznana wartość „{value}”</source>
        <translation>unknown value &quot;{value}&quot;</translation>
    </message>
    <message>
        <source>nieznana wartość „{value}” — pominięta</source>
        <translation>unknown value &quot;{value}&quot; — left out</translation>
    </message>
    <message>
        <source>niepoprawna data „{value}” (RRRR-MM-DD lub DD.MM.RRRR)</source>
        <translation>wrong date &quot;{value}&quot; (YYYY-MM-DD or DD.MM.YYYY)</translation>
    </message>
    <message>
        <source>poza okresem realizacji projektu</source>
        <translation>outside the project period</translation>
    </message>
    <message>
        <source>wcześniejsza niż data rozpoczęcia</source>
        <translation>earlier than the start date</translation>
    </message>
    <message>
        <source>brak PESEL i technicznego identyfikatora</source>
        <translation>no PESEL and no technical identifier</translation>
    </message>
    <message>
        <source>stopień niepełnosprawności bez odpowiedzi „Tak”</source>
        <translation>a degree of disability without the answer &quot;Yes&quot;</translation>
    </message>
    <message>
        <source>ten sam udział występuje w pliku wcześniej (wiersz {line})</source>
        <translation>the same participation is earlier in the file (row {line})</translation>
    </message>
    <message>
        <source>zawiera znaki sterujące lub niewidoczne</source>
        <translation>contains control or invisible characters</translation>
    </message>
    <message>
        <source>zawiera znak zmiany kierunku tekstu</source>
        <translation>contains a text-direction override character</translation>
    </message>
    <message>
        <source>nie może zaczynać się od „=”, „+”, „-” ani „@”</source>
        <translation>must not start with &quot;=&quot;, &quot;+&quot;, &quot;-&quot; or &quot;@&quot;</translation>
    </message>
    <message>
        <source>zbyt długa wartość</source>
        <translation>value too long</translation>
    </message>
    <message>
        <source>data urodzenia przed 1900 rokiem</source>
        <translation>date of birth before 1900</translation>
    </message>
    <message>
        <source>Nieobsługiwany rodzaj pliku — wybierz plik XLSX albo CSV.</source>
        <translation>Unsupported kind of file — choose an XLSX or CSV file.</translation>
    </message>
    <message>
        <source>Nie można odczytać pliku jako arkusza XLSX ani CSV (plik uszkodzony albo innego rodzaju).</source>
        <translation>The file cannot be read as an XLSX or CSV sheet (damaged or of another kind).</translation>
    </message>
    <message>
        <source>W pliku nie ma wiersza nagłówków listy uczestników (PEFS 2007, SL2014 lub 2021–2027).</source>
        <translation>The file has no header row of a participant list (PEFS 2007, SL2014 or 2021–2027).</translation>
    </message>
    <message>
        <source>Brak wymaganych kolumn: {missing}.</source>
        <translation>Required columns missing: {missing}.</translation>
    </message>
    <message>
        <source>Plik nie zawiera żadnego wiersza z danymi.</source>
        <translation>The file has no row of data.</translation>
    </message>
    <message>
        <source>Plik ma zbyt wiele wierszy (najwięcej {limit}).</source>
        <translation>The file has too many rows (at most {limit}).</translation>
    </message>
    <message>
        <source>Arkusz po rozpakowaniu byłby zbyt duży ({size} MB, najwięcej {limit} MB) — podziel listę na kilka plików.</source>
        <translation>Unpacked, the sheet would be too large ({size} MB, at most {limit} MB) — split the list into several files.</translation>
    </message>
    <message>
        <source>Plik rozpakowuje się do rozmiaru setki razy większego niż on sam — to nie jest zwykły arkusz (podejrzany plik), nic nie odczytano.</source>
        <translation>The file unpacks to hundreds of times its own size — this is not an ordinary spreadsheet (suspicious file); nothing was read.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Kobieta</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Mężczyzna</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Tak</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nie</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Odmowa podania informacji</source>
        <translation>Refused to give information</translation>
    </message>
    <message>
        <source>Niższe niż podstawowe (ISCED 0)</source>
        <translation>Below primary (ISCED 0)</translation>
    </message>
    <message>
        <source>Podstawowe (ISCED 1)</source>
        <translation>Primary (ISCED 1)</translation>
    </message>
    <message>
        <source>Gimnazjalne (ISCED 2)</source>
        <translation>Lower secondary (ISCED 2)</translation>
    </message>
    <message>
        <source>Ponadgimnazjalne (ISCED 3) lub policealne (ISCED 4)</source>
        <translation>Upper secondary (ISCED 3) or post-secondary (ISCED 4)</translation>
    </message>
    <message>
        <source>Pomaturalne, policealne (ISCED 4)</source>
        <translation>Post-secondary (ISCED 4)</translation>
    </message>
    <message>
        <source>Wyższe (ISCED 5–8)</source>
        <translation>Tertiary (ISCED 5–8)</translation>
    </message>
    <message>
        <source>Uczący się lub kształcący się (bierny zawodowo)</source>
        <translation>In education or training (inactive)</translation>
    </message>
    <message>
        <source>Rolnik</source>
        <translation>Farmer</translation>
    </message>
    <message>
        <source>Samozatrudniony</source>
        <translation>Self-employed</translation>
    </message>
    <message>
        <source>Zatrudniony w mikroprzedsiębiorstwie</source>
        <translation>Employed in a micro-enterprise</translation>
    </message>
    <message>
        <source>Zatrudniony w małym przedsiębiorstwie</source>
        <translation>Employed in a small enterprise</translation>
    </message>
    <message>
        <source>Zatrudniony w średnim przedsiębiorstwie</source>
        <translation>Employed in a medium-sized enterprise</translation>
    </message>
    <message>
        <source>Zatrudniony w dużym przedsiębiorstwie</source>
        <translation>Employed in a large enterprise</translation>
    </message>
    <message>
        <source>Zatrudniony w administracji publicznej</source>
        <translation>Employed in public administration</translation>
    </message>
    <message>
        <source>Zatrudniony w organizacji pozarządowej</source>
        <translation>Employed in an NGO</translation>
    </message>
    <message>
        <source>Miejski</source>
        <translation>Urban</translation>
    </message>
    <message>
        <source>Wiejski</source>
        <translation>Rural</translation>
    </message>
    <message>
        <source>Bezrobotny zarejestrowany w urzędzie pracy</source>
        <translation>Unemployed, registered with the job centre</translation>
    </message>
    <message>
        <source>Bezrobotny niezarejestrowany</source>
        <translation>Unemployed, not registered</translation>
    </message>
    <message>
        <source>Bierny zawodowo</source>
        <translation>Economically inactive</translation>
    </message>
    <message>
        <source>Pracujący</source>
        <translation>Employed</translation>
    </message>
    <message>
        <source>Moduł zawodowy</source>
        <translation>Vocational module</translation>
    </message>
    <message>
        <source>Grupa wsparcia</source>
        <translation>Support group</translation>
    </message>
    <message>
        <source>PAL w dzielnicy</source>
        <translation>PAL (local activity programme) in a district</translation>
    </message>
    <message>
        <source>Edycja KIS</source>
        <translation>KIS edition (social integration club)</translation>
    </message>
    <message>
        <source>Grupa socjalizacyjna</source>
        <translation>Socialisation group</translation>
    </message>
    <message>
        <source>Ścieżka indywidualna</source>
        <translation>Individual path</translation>
    </message>
    <message>
        <source>Inna</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Uczestnik</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Otoczenie</source>
        <translation>Surroundings</translation>
    </message>
    <message>
        <source>Zgłoszenie</source>
        <translation>Applied</translation>
    </message>
    <message>
        <source>Zakwalifikowany</source>
        <translation>Qualified</translation>
    </message>
    <message>
        <source>Lista rezerwowa</source>
        <translation>Reserve list</translation>
    </message>
    <message>
        <source>Odrzucony</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Ukończył</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Przerwał udział</source>
        <translation>Dropped out</translation>
    </message>
    <message>
        <source>Osoba z niepełnosprawnościami</source>
        <translation>Person with disabilities</translation>
    </message>
    <message>
        <source>Mniejszość narodowa lub etniczna, migrant</source>
        <translation>National or ethnic minority, migrant</translation>
    </message>
    <message>
        <source>Bezdomność lub wykluczenie z dostępu do mieszkań</source>
        <translation>Homelessness or exclusion from access to housing</translation>
    </message>
    <message>
        <source>Uzależnienie lub współuzależnienie</source>
        <translation>Addiction or co-dependency</translation>
    </message>
    <message>
        <source>Przemoc w rodzinie</source>
        <translation>Domestic violence</translation>
    </message>
    <message>
        <source>Opuszczenie pieczy zastępczej lub zakładu karnego</source>
        <translation>Leaving foster care or prison</translation>
    </message>
    <message>
        <source>Inna niekorzystna sytuacja społeczna</source>
        <translation>Other disadvantaged social situation</translation>
    </message>
    <message>
        <source>lekki</source>
        <translation>mild</translation>
    </message>
    <message>
        <source>umiarkowany</source>
        <translation>moderate</translation>
    </message>
    <message>
        <source>znaczny</source>
        <translation>severe</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>PESEL musi mieć 11 cyfr.</source>
        <translation>PESEL must have 11 digits.</translation>
    </message>
    <message>
        <source>Błędna cyfra kontrolna PESEL — sprawdź, czy numer przepisano dokładnie.</source>
        <translation>Wrong PESEL check digit — check that the number was copied exactly.</translation>
    </message>
    <message>
        <source>PESEL zawiera nieistniejącą datę urodzenia.</source>
        <translation>PESEL contains a date of birth that does not exist.</translation>
    </message>
    <message>
        <source>Data urodzenia z numeru PESEL jest w przyszłości.</source>
        <translation>The date of birth from the PESEL number is in the future.</translation>
    </message>
    <message>
        <source>Płeć nie zgadza się z numerem PESEL.</source>
        <translation>The sex does not match the PESEL number.</translation>
    </message>
    <message>
        <source>Data urodzenia nie może być w przyszłości.</source>
        <translation>The date of birth cannot be in the future.</translation>
    </message>
    <message>
        <source>Kod pocztowy w formacie NN-NNN, np. 87-800.</source>
        <translation>Postcode in the format NN-NNN, e.g. 87-800.</translation>
    </message>
    <message>
        <source>Niepoprawny adres e-mail, np. jan.kowalski@poczta.pl.</source>
        <translation>Invalid e-mail address, e.g. jan.kowalski@poczta.pl.</translation>
    </message>
    <message>
        <source>Bez numeru PESEL podaj inny identyfikator (np. nr dokumentu).</source>
        <translation>Without a PESEL number, give another identifier (e.g. document no.).</translation>
    </message>
    <message>
        <source>Stopień niepełnosprawności podaje się tylko przy odpowiedzi „Tak”.</source>
        <translation>The degree of disability is given only with the answer “Yes”.</translation>
    </message>
    <message>
        <source>Data zakończenia jest wcześniejsza niż data rozpoczęcia.</source>
        <translation>The end date is earlier than the start date.</translation>
    </message>
    <message>
        <source>Data rozpoczęcia poza okresem realizacji projektu.</source>
        <translation>Start date outside the project implementation period.</translation>
    </message>
    <message>
        <source>Data zakończenia poza okresem realizacji projektu.</source>
        <translation>End date outside the project implementation period.</translation>
    </message>
    <message>
        <source>Budżet ogółem musi być sumą dofinansowania UE i wkładu własnego.</source>
        <translation>The total budget must be the sum of EU co-financing and own contribution.</translation>
    </message>
    <message>
        <source>Projekt o tym tytule już istnieje.</source>
        <translation>A project with this title already exists.</translation>
    </message>
    <message>
        <source>Każdy rok edycji może wystąpić tylko raz.</source>
        <translation>Each edition year may occur only once.</translation>
    </message>
    <message>
        <source>Rok edycji poza okresem realizacji projektu.</source>
        <translation>Edition year outside the project implementation period.</translation>
    </message>
    <message>
        <source>Każda grupa musi mieć nazwę.</source>
        <translation>Each group must have a name.</translation>
    </message>
    <message>
        <source>Nazwy grup w projekcie muszą być różne.</source>
        <translation>Group names in a project must be different.</translation>
    </message>
    <message>
        <source>Wybrana grupa nie należy do tego projektu.</source>
        <translation>The selected group does not belong to this project.</translation>
    </message>
    <message>
        <source>Niepoprawny NIP (błędna cyfra kontrolna).</source>
        <translation>Invalid NIP (wrong check digit).</translation>
    </message>
    <message>
        <source>Niepoprawny REGON (błędna cyfra kontrolna).</source>
        <translation>Invalid REGON (wrong check digit).</translation>
    </message>
    <message>
        <source>Próg ukończenia musi być w zakresie 1–100%.</source>
        <translation>The completion threshold must be between 1 and 100%.</translation>
    </message>
    <message>
        <source>Godzina zajęć trwa 45 albo 60 minut.</source>
        <translation>An activity hour lasts 45 or 60 minutes.</translation>
    </message>
    <message>
        <source>Wiek maksymalny jest niższy niż minimalny.</source>
        <translation>The maximum age is lower than the minimum.</translation>
    </message>
    <message>
        <source>Nie ma takiego pliku z logo.</source>
        <translation>There is no such logo file.</translation>
    </message>
    <message>
        <source>Nazwa użytkownika: 2–32 znaki, małe litery bez polskich znaków, cyfry, kropka, myślnik lub podkreślenie, np. a.nowak.</source>
        <translation>User name: 2–32 characters, lower-case letters without Polish characters, digits, full stop, hyphen or underscore, e.g. a.nowak.</translation>
    </message>
    <message>
        <source>Konto o tej nazwie już istnieje.</source>
        <translation>An account with this name already exists.</translation>
    </message>
    <message>
        <source>Hasło musi mieć co najmniej {min} znaków.</source>
        <translation>The password must have at least {min} characters.</translation>
    </message>
    <message>
        <source>Hasło może mieć najwyżej {max} znaków.</source>
        <translation>The password may have at most {max} characters.</translation>
    </message>
    <message>
        <source>Powtórzone hasło różni się od pierwszego.</source>
        <translation>The repeated password differs from the first one.</translation>
    </message>
    <message>
        <source>Obecne hasło jest nieprawidłowe.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <source>Opisz powód (co najmniej {min} znaków): trafi do dziennika zdarzeń.</source>
        <translation>Describe the reason (at least {min} characters): it goes to the audit trail.</translation>
    </message>
    <message>
        <source>Ta baza ma już konta: zaloguj się.</source>
        <translation>This database already has accounts: sign in.</translation>
    </message>
    <message>
        <source>To pole jest wymagane.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Wartość nie może być ujemna.</source>
        <translation>The value cannot be negative.</translation>
    </message>
    <message>
        <source>Niepoprawny format.</source>
        <translation>Invalid format.</translation>
    </message>
    <message>
        <source>Wartość poza dozwolonym zakresem.</source>
        <translation>Value outside the allowed range.</translation>
    </message>
    <message>
        <source>Podaj kwotę w złotych, np. 1 234,56.</source>
        <translation>Enter an amount in zloty, e.g. 1 234,56.</translation>
    </message>
    <message>
        <source>Podaj liczbę całkowitą.</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <source>Usuń znaki sterujące lub niewidoczne (np. tabulator, nową linię): w nazwie mogą być litery, spacje, łącznik, apostrof i kropka.</source>
        <translation>Remove control or invisible characters (such as a tab or a line break): a name may hold letters, spaces, hyphens, apostrophes and dots.</translation>
    </message>
    <message>
        <source>Usuń niewidoczny znak zmiany kierunku tekstu: pokazuje on inną nazwę niż zapisana.</source>
        <translation>Remove the invisible text-direction character: it shows a name other than the one stored.</translation>
    </message>
    <message>
        <source>Nazwa nie może zaczynać się od „=”, „+”, „-” ani „@” (arkusz odczytałby ją jako formułę).</source>
        <translation>A name cannot begin with “=”, “+”, “-” or “@” (a spreadsheet would read it as a formula).</translation>
    </message>
    <message>
        <source>Zbyt długa nazwa: najwięcej 100 znaków (nazwa grupy: 200).</source>
        <translation>The name is too long: 100 characters at most (a group name: 200).</translation>
    </message>
    <message>
        <source>Data urodzenia przed 1900 rokiem — sprawdź, czy jest wpisana poprawnie.</source>
        <translation>A birth date before 1900 — check that it was entered correctly.</translation>
    </message>
    <message>
        <source>Format musi zawierać {n} — miejsce na kolejny numer.</source>
        <translation>The format must contain {n} — the place for the next number.</translation>
    </message>
    <message>
        <source>Dane tej osoby zmienił(a) w międzyczasie {who} ({when}). Twoje zmiany nie zostały zapisane i niczego nie nadpisały: wczytaj aktualne dane i wprowadź zmiany ponownie.</source>
        <translation>{who} changed this person&apos;s data in the meantime ({when}). Your changes were not saved and overwrote nothing: load the current data and make your changes again.</translation>
    </message>
    <message>
        <source>Dane tej osoby zostały w międzyczasie zmienione na innym stanowisku. Twoje zmiany nie zostały zapisane i niczego nie nadpisały: wczytaj aktualne dane i wprowadź zmiany ponownie.</source>
        <translation>This person&apos;s data was changed on another PC in the meantime. Your changes were not saved and overwrote nothing: load the current data and make your changes again.</translation>
    </message>
    <message>
        <source>Ten kontrakt zmienił(a) w międzyczasie {who} ({when}). Twoje zmiany nie zostały zapisane i niczego nie nadpisały: wczytaj aktualny kontrakt i wprowadź zmiany ponownie.</source>
        <translation>{who} changed this contract in the meantime ({when}). Your changes were not saved and overwrote nothing: load the current contract and make your changes again.</translation>
    </message>
    <message>
        <source>Ten kontrakt został w międzyczasie zmieniony na innym stanowisku. Twoje zmiany nie zostały zapisane i niczego nie nadpisały: wczytaj aktualny kontrakt i wprowadź zmiany ponownie.</source>
        <translation>This contract was changed on another PC in the meantime. Your changes were not saved and overwrote nothing: load the current contract and make your changes again.</translation>
    </message>
    <message>
        <source>Niepoprawna wartość ({code}).</source>
        <translation>Invalid value ({code}).</translation>
    </message>
    <message>
        <source>Plik {path} jest uszkodzony (sprawdzenie spójności wykazało błędy). Plik nie został otwarty ani zmieniony; przywróć najnowszą dobrą kopię zapasową.</source>
        <translation>The file {path} is damaged (the integrity check found errors). The file was neither opened nor changed; restore the newest good backup.</translation>
    </message>
    <message>
        <source>Baza {path} jest zajęta przez inny program (np. drugie okno OPS Desktop albo kopię zapasową innego programu). Zamknij go i spróbuj ponownie.</source>
        <translation>The database {path} is in use by another program (e.g. a second OPS Desktop window or another program&apos;s backup). Close it and try again.</translation>
    </message>
    <message>
        <source>Żaden projekt nie jest przypisany do Twojego konta. Poproś administratora o przypisanie projektów, które koordynujesz.</source>
        <translation>No project is assigned to your account. Ask the administrator to assign the projects you coordinate.</translation>
    </message>
    <message>
        <source>Ten projekt nie jest przypisany do Twojego konta: możesz go przeglądać, ale nie prowadzić. Poproś administratora o przypisanie projektu.</source>
        <translation>This project is not assigned to your account: you can view it but not run it. Ask the administrator to assign the project to you.</translation>
    </message>
    <message>
        <source>Nie masz uprawnień do tej czynności ({permission}). Poproś koordynatora lub administratora.</source>
        <translation>You are not authorised to do this ({permission}). Ask the coordinator or the administrator.</translation>
    </message>
    <message>
        <source>Nie można zmienić statusu z „{current}” na „{new}”.</source>
        <translation>The status cannot be changed from “{current}” to “{new}”.</translation>
    </message>
    <message>
        <source>Projekt ma wstrzymanie usuwania danych: anonimizacja jest zablokowana.</source>
        <translation>The project has a hold on data deletion: anonymisation is blocked.</translation>
    </message>
    <message>
        <source>Okres przechowywania danych projektu jeszcze nie minął.</source>
        <translation>The project&apos;s data retention period has not ended yet.</translation>
    </message>
    <message>
        <source>To ostatni aktywny administrator: nadaj najpierw rolę administratora innemu kontu.</source>
        <translation>This is the last active administrator: first give the administrator role to another account.</translation>
    </message>
    <message>
        <source>Nie można dezaktywować własnego konta.</source>
        <translation>You cannot deactivate your own account.</translation>
    </message>
    <message>
        <source>Ta baza nie jest zaszyfrowana, więc nie ma kodu odzyskiwania.</source>
        <translation>This database is not encrypted, so it has no recovery code.</translation>
    </message>
    <message>
        <source>Operacja niedozwolona ({code}).</source>
        <translation>Operation not allowed ({code}).</translation>
    </message>
    <message>
        <source>Plik bazy {path} pochodzi z nowszej wersji programu (wersja schematu {rev}). Zainstaluj aktualną wersję OPS Desktop; plik nie został zmieniony.</source>
        <translation>The database file {path} comes from a newer version of the program (schema version {rev}). Install the current version of OPS Desktop; the file has not been changed.</translation>
    </message>
    <message>
        <source>Nie można odczytać pliku {path}: plik jest uszkodzony, nie jest bazą OPS Desktop albo jest zaszyfrowany innym kluczem. Plik nie został zmieniony.</source>
        <translation>The file {path} cannot be read: it is damaged, is not an OPS Desktop database or is encrypted with a different key. The file has not been changed.</translation>
    </message>
    <message>
        <source>Brak miejsca na dysku ({path}). Zwolnij miejsce (usuń niepotrzebne pliki, opróżnij kosz) i spróbuj ponownie; wcześniej zapisane dane są bezpieczne, a przerwana zmiana nie została zapisana wcale.</source>
        <translation>Not enough disk space ({path}). Free some space (delete files you do not need, empty the recycle bin) and try again; data saved earlier is safe, and the interrupted change was not saved at all.</translation>
    </message>
    <message>
        <source>Brak uprawnień do {path}: to konto systemowe nie może tam zapisywać ani czytać. Poproś informatyka o prawa do folderu albo wybierz inny folder.</source>
        <translation>No permission for {path}: this system account cannot write or read there. Ask IT for rights to the folder or choose another folder.</translation>
    </message>
    <message>
        <source>Nie można zapisywać w {path}: folder lub nośnik jest tylko do odczytu (np. pendrive zablokowany przełącznikiem). Odblokuj go albo wybierz inny folder.</source>
        <translation>Cannot write to {path}: the folder or drive is read-only (e.g. a USB stick locked by its switch). Unlock it or choose another folder.</translation>
    </message>
    <message>
        <source>Plik kluczy {path} jest uszkodzony (ucięty lub zmieniony) i nie da się go odczytać. Przywróć go z kopii zapasowej (plik „…keys” obok kopii bazy w folderze backups); baza nie została zmieniona.</source>
        <translation>The key file {path} is damaged (cut short or edited) and cannot be read. Restore it from a backup (the “…keys” file beside the database copy in the backups folder); the database was not changed.</translation>
    </message>
    <message>
        <source>Plik kluczy {path} nie otwiera bazy {database}: należy do innej bazy (innego ośrodka albo innej kopii) albo początek pliku bazy jest uszkodzony. Połóż obok bazy jej własny plik kluczy (z kopii zapasowej); nic nie zostało zmienione.</source>
        <translation>The key file {path} does not open the database {database}: it belongs to another database (another office or another copy), or the start of the database file is damaged. Put the database&apos;s own key file beside it (from a backup); nothing was changed.</translation>
    </message>
    <message>
        <source>Na tym komputerze nie ma programu {tool} (programy klienckie PostgreSQL), więc kopii bazy serwera nie wykonano. Zainstaluj je albo wskaż ich folder w office.ini ([server] pg_bin).</source>
        <translation>This PC has no {tool} (the PostgreSQL client programs), so the server database was not backed up. Install them or give their folder in office.ini ([server] pg_bin).</translation>
    </message>
    <message>
        <source>Kopia lub przywrócenie bazy serwera nie powiodło się ({tool}: {detail}); baza na serwerze nie została zmieniona.</source>
        <translation>Backing up or restoring the server database failed ({tool}: {detail}); the server database was not changed.</translation>
    </message>
    <message>
        <source>Błąd zapisu lub odczytu w {path}: dysk zgłosił błąd albo nośnik odłączono. Sprawdź go i spróbuj ponownie; wcześniej zapisane dane są bezpieczne.</source>
        <translation>Write or read error in {path}: the disk reported an error or the drive was disconnected. Check it and try again; data saved earlier is safe.</translation>
    </message>
    <message>
        <source>Problem z plikiem {path}.</source>
        <translation>Problem with the file {path}.</translation>
    </message>
</context>
<context>
    <name>save_names</name>
    <message>
        <source>Zapisz</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Plik w tym formacie musi mieć rozszerzenie {suffix}: zostanie zapisany jako {name}, a taki plik już istnieje. Zastąpić go?</source>
        <translation>A file in this format must have the extension {suffix}: it will be saved as {name}, and such a file already exists. Replace it?</translation>
    </message>
</context>
<context>
    <name>server_url</name>
    <message>
        <source>Adres serwera {url} zawiera hasło: hasła nie podaje się w adresie (byłoby widać je w historii poleceń i w dziennikach). Ustaw zmienną PGPASSWORD albo wpisz hasło do pliku pgpass.</source>
        <translation>The server address {url} contains a password: a password never goes into the address (it would show in the command history and in logs). Set the PGPASSWORD variable or put the password into the pgpass file.</translation>
    </message>
    <message>
        <source>W adresie serwera {url} brakuje użytkownika: postgresql://UŻYTKOWNIK@SERWER/BAZA.</source>
        <translation>The server address {url} has no user: postgresql://USER@SERVER/DATABASE.</translation>
    </message>
    <message>
        <source>W adresie serwera {url} brakuje serwera: postgresql://UŻYTKOWNIK@SERWER/BAZA.</source>
        <translation>The server address {url} has no server: postgresql://USER@SERVER/DATABASE.</translation>
    </message>
    <message>
        <source>W adresie serwera {url} brakuje bazy: postgresql://UŻYTKOWNIK@SERWER/BAZA.</source>
        <translation>The server address {url} has no database: postgresql://USER@SERVER/DATABASE.</translation>
    </message>
    <message>
        <source>Port w adresie serwera {url} musi być liczbą od 1 do 65535.</source>
        <translation>The port in the server address {url} must be a number from 1 to 65535.</translation>
    </message>
    <message>
        <source>sslmode w adresie serwera {url} może być: disable, allow, prefer, require, verify-ca, verify-full.</source>
        <translation>sslmode in the server address {url} may be: disable, allow, prefer, require, verify-ca, verify-full.</translation>
    </message>
    <message>
        <source>Jedyny dozwolony parametr adresu serwera {url} to sslmode.</source>
        <translation>The only parameter allowed in the server address {url} is sslmode.</translation>
    </message>
</context>
<context>
    <name>session_flow</name>
    <message>
        <source>Baza demonstracyjna. Konta (jedno na rolę, opis w README): {names}; hasło każdego z nich: {password}</source>
        <translation>Demo database. Accounts (one per role, described in the README): {names}; the password of each: {password}</translation>
    </message>
</context>
<context>
    <name>summary</name>
    <message>
        <source>Niższe niż podstawowe (ISCED 0)</source>
        <translation>Below primary (ISCED 0)</translation>
    </message>
    <message>
        <source>Podstawowe (ISCED 1)</source>
        <translation>Primary (ISCED 1)</translation>
    </message>
    <message>
        <source>Gimnazjalne (ISCED 2)</source>
        <translation>Lower secondary (ISCED 2)</translation>
    </message>
    <message>
        <source>Ponadgimnazjalne (ISCED 3) lub policealne (ISCED 4)</source>
        <translation>Upper secondary (ISCED 3) or post-secondary (ISCED 4)</translation>
    </message>
    <message>
        <source>Wyższe (ISCED 5–8)</source>
        <translation>Tertiary (ISCED 5–8)</translation>
    </message>
    <message>
        <source>Osoba bezrobotna zarejestrowana w ewidencji urzędów pracy</source>
        <translation>Unemployed person registered with the job centre</translation>
    </message>
    <message>
        <source>Osoba bezrobotna niezarejestrowana w ewidencji urzędów pracy</source>
        <translation>Unemployed person not registered with the job centre</translation>
    </message>
    <message>
        <source>Osoba bierna zawodowo</source>
        <translation>Economically inactive person</translation>
    </message>
    <message>
        <source>Osoba pracująca</source>
        <translation>Employed person</translation>
    </message>
    <message>
        <source>Podjęcie pracy</source>
        <translation>Took up work</translation>
    </message>
    <message>
        <source>Poszukiwanie pracy</source>
        <translation>Looking for work</translation>
    </message>
    <message>
        <source>Podjęcie kształcenia lub szkolenia</source>
        <translation>Took up education or training</translation>
    </message>
    <message>
        <source>Bierność zawodowa</source>
        <translation>Economically inactive</translation>
    </message>
    <message>
        <source>Inne</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Wiek w chwili przystąpienia do projektu</source>
        <translation>Age on joining the project</translation>
    </message>
    <message>
        <source>Młodzież</source>
        <translation>Young people</translation>
    </message>
    <message>
        <source>Grupy i moduły</source>
        <translation>Groups and modules</translation>
    </message>
    <message>
        <source>Grupy docelowe (pytania wrażliwe)</source>
        <translation>Target groups (sensitive questions)</translation>
    </message>
    <message>
        <source>Status na rynku pracy w chwili przystąpienia</source>
        <translation>Labour market status on joining</translation>
    </message>
    <message>
        <source>Wykształcenie</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Zakończenie udziału</source>
        <translation>End of participation</translation>
    </message>
    <message>
        <source>Sytuacja w chwili zakończenia udziału</source>
        <translation>Situation at the end of participation</translation>
    </message>
    <message>
        <source>Edukacyjne</source>
        <translation>Educational</translation>
    </message>
    <message>
        <source>Zdrowotne</source>
        <translation>Health</translation>
    </message>
    <message>
        <source>Zawodowe</source>
        <translation>Vocational</translation>
    </message>
    <message>
        <source>Społeczne</source>
        <translation>Social</translation>
    </message>
    <message>
        <source>Ukończyli udział</source>
        <translation>Completed participation</translation>
    </message>
    <message>
        <source>Przerwali udział</source>
        <translation>Dropped out</translation>
    </message>
    <message>
        <source>W trakcie udziału</source>
        <translation>Still participating</translation>
    </message>
    <message>
        <source>Brak danych</source>
        <translation>No data</translation>
    </message>
    <message>
        <source>Poniżej 15 lat</source>
        <translation>Under 15</translation>
    </message>
    <message>
        <source>Bez grupy</source>
        <translation>No group</translation>
    </message>
    <message>
        <source>Brak odpowiedzi</source>
        <translation>No answer</translation>
    </message>
    <message>
        <source>Pomaturalne, policealne (ISCED 4)</source>
        <translation>Post-secondary (ISCED 4)</translation>
    </message>
    <message>
        <source>Ogółem</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Kobiety</source>
        <translation>Women</translation>
    </message>
    <message>
        <source>Mężczyźni</source>
        <translation>Men</translation>
    </message>
    <message>
        <source>Podsumowanie</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Lata</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Wiek</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Grupy</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Grupy docelowe</source>
        <translation>Target groups</translation>
    </message>
    <message>
        <source>Rynek pracy</source>
        <translation>Labour market</translation>
    </message>
    <message>
        <source>Sytuacja po</source>
        <translation>Situation after</translation>
    </message>
    <message>
        <source>Kontrakty</source>
        <translation>Contracts</translation>
    </message>
    <message>
        <source>Instrumenty</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <source>Zajęcia</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Finanse</source>
        <translation>Finance</translation>
    </message>
    <message>
        <source>rok {year}</source>
        <translation>year {year}</translation>
    </message>
    <message>
        <source>cały okres realizacji</source>
        <translation>the whole project period</translation>
    </message>
    <message>
        <source>Wyszczególnienie</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Uczestnicy (każda osoba liczona raz)</source>
        <translation>Participants (each person counted once)</translation>
    </message>
    <message>
        <source>Otoczenie uczestników (liczone osobno)</source>
        <translation>Participants&apos; surroundings (counted separately)</translation>
    </message>
    <message>
        <source>Uczestnicy projektu</source>
        <translation>Project participants</translation>
    </message>
    <message>
        <source>Rok</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Uczestnicy</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Otoczenie</source>
        <translation>Surroundings</translation>
    </message>
    <message>
        <source>Otocz. K</source>
        <translation>Surr. W</translation>
    </message>
    <message>
        <source>Otocz. M</source>
        <translation>Surr. M</translation>
    </message>
    <message>
        <source>Uczestnicy w kolejnych latach (osoba liczona raz w każdym roku)</source>
        <translation>Participants year by year (a person counted once in each year)</translation>
    </message>
    <message>
        <source>Kontrakty podpisane</source>
        <translation>Contracts signed</translation>
    </message>
    <message>
        <source>Kontrakty zmienione aneksem</source>
        <translation>Contracts amended</translation>
    </message>
    <message>
        <source>Zakończone — {outcome}</source>
        <translation>Closed — {outcome}</translation>
    </message>
    <message>
        <source>Rozwiązane przed terminem</source>
        <translation>Terminated early</translation>
    </message>
    <message>
        <source>Kontrakty socjalne</source>
        <translation>Social contracts</translation>
    </message>
    <message>
        <source>Liczba</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Osoby z co najmniej {n} instrumentami</source>
        <translation>People with at least {n} instruments</translation>
    </message>
    <message>
        <source>Instrumenty aktywnej integracji</source>
        <translation>Active-integration instruments</translation>
    </message>
    <message>
        <source>Kategoria</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Zastosowania</source>
        <translation>Uses</translation>
    </message>
    <message>
        <source>Osoby</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Godziny obecności uczestników</source>
        <translation>Participants&apos; hours of attendance</translation>
    </message>
    <message>
        <source>Zaświadczenia o ukończeniu</source>
        <translation>Completion certificates</translation>
    </message>
    <message>
        <source>Zaświadczenia o uczestnictwie</source>
        <translation>Participation certificates</translation>
    </message>
    <message>
        <source>Zajęcia i zaświadczenia</source>
        <translation>Activities and certificates</translation>
    </message>
    <message>
        <source>Wartość</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Budżet projektu ogółem</source>
        <translation>Total project budget</translation>
    </message>
    <message>
        <source>Dofinansowanie (UE i budżet państwa)</source>
        <translation>Co-financing (EU and state budget)</translation>
    </message>
    <message>
        <source>Wkład własny</source>
        <translation>Own contribution</translation>
    </message>
    <message>
        <source>Świadczenia wypłacone uczestnikom</source>
        <translation>Benefits paid to participants</translation>
    </message>
    <message>
        <source>w tym zaliczone do wkładu własnego</source>
        <translation>of which counted as own contribution</translation>
    </message>
    <message>
        <source>Kwota</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Dwukrotne kliknięcie: lista osób</source>
        <translation>Double-click: list of people</translation>
    </message>
</context>
<context>
    <name>weekdays</name>
    <message>
        <source>pn</source>
        <translation>Mon</translation>
    </message>
    <message>
        <source>wt</source>
        <translation>Tue</translation>
    </message>
    <message>
        <source>śr</source>
        <translation>Wed</translation>
    </message>
    <message>
        <source>cz</source>
        <translation>Thu</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>Fri</translation>
    </message>
    <message>
        <source>so</source>
        <translation>Sat</translation>
    </message>
    <message>
        <source>nd</source>
        <translation>Sun</translation>
    </message>
</context>
</TS>
