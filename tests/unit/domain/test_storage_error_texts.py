"""The sentence of every storage error (domain/messages.storage_error_text): each class of
domain/storage_errors.py has its own, a subclass without one reads as its nearest parent
(NoPermission is a ReadOnlyLocation but has its own; db/encryption's EncryptionCheckFailed
reads as DatabaseUnreadable), and a server backup without its program says how to fix it."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from ops_desktop.db.encryption import EncryptionCheckFailed
from ops_desktop.domain import storage_errors as se
from ops_desktop.domain.messages import STORAGE_TEXTS, storage_error_text

DB = Path("/data/ops.db")
KEYS = Path("/data/ops.db.keys")
PG_DUMP = Path("/usr/bin/pg_dump")

UNREADABLE = ("Nie można odczytać pliku /data/ops.db: plik jest uszkodzony, nie jest bazą OPS "
              "Desktop albo jest zaszyfrowany innym kluczem. Plik nie został zmieniony.")
CASES = [
    (se.StorageError(DB), "Problem z plikiem /data/ops.db."),
    (se.DatabaseTooNew(DB, "0099"),
     "Plik bazy /data/ops.db pochodzi z nowszej wersji programu (wersja schematu 0099). "
     "Zainstaluj aktualną wersję OPS Desktop; plik nie został zmieniony."),
    (se.DatabaseUnreadable(DB), UNREADABLE),
    (se.DatabaseDamaged(DB, ["page 3"]),
     "Plik /data/ops.db jest uszkodzony (sprawdzenie spójności wykazało błędy). Plik nie "
     "został otwarty ani zmieniony; przywróć najnowszą dobrą kopię zapasową."),
    (se.DatabaseLocked(DB),
     "Baza /data/ops.db jest zajęta przez inny program (np. drugie okno OPS Desktop albo "
     "kopię zapasową innego programu). Zamknij go i spróbuj ponownie."),
    (se.DiskFull(DB),
     "Brak miejsca na dysku (/data/ops.db). Zwolnij miejsce (usuń niepotrzebne pliki, "
     "opróżnij kosz) i spróbuj ponownie; wcześniej zapisane dane są bezpieczne, a przerwana "
     "zmiana nie została zapisana wcale."),
    (se.ReadOnlyLocation(DB),
     "Nie można zapisywać w /data/ops.db: folder lub nośnik jest tylko do odczytu (np. "
     "pendrive zablokowany przełącznikiem). Odblokuj go albo wybierz inny folder."),
    (se.NoPermission(DB),
     "Brak uprawnień do /data/ops.db: to konto systemowe nie może tam zapisywać ani czytać. "
     "Poproś informatyka o prawa do folderu albo wybierz inny folder."),
    (se.MediumFailed(DB),
     "Błąd zapisu lub odczytu w /data/ops.db: dysk zgłosił błąd albo nośnik odłączono. "
     "Sprawdź go i spróbuj ponownie; wcześniej zapisane dane są bezpieczne."),
    (se.KeyFileDamaged(KEYS),
     "Plik kluczy /data/ops.db.keys jest uszkodzony (ucięty lub zmieniony) i nie da się go "
     "odczytać. Przywróć go z kopii zapasowej (plik „…keys” obok kopii bazy w folderze "
     "backups); baza nie została zmieniona."),
    (se.KeyFileForeign(KEYS, DB),
     "Plik kluczy /data/ops.db.keys nie otwiera bazy /data/ops.db: należy do innej bazy "
     "(innego ośrodka albo innej kopii) albo początek pliku bazy jest uszkodzony. Połóż obok "
     "bazy jej własny plik kluczy (z kopii zapasowej); nic nie zostało zmienione."),
    (se.ServerBackupFailed(PG_DUMP, "missing"),
     "Na tym komputerze nie ma programu pg_dump (programy klienckie PostgreSQL), więc kopii "
     "bazy serwera nie wykonano. Zainstaluj je albo wskaż ich folder w office.ini ([server] "
     "pg_bin)."),
    (se.ServerBackupFailed(PG_DUMP, "connection refused"),
     "Kopia lub przywrócenie bazy serwera nie powiodło się (pg_dump: connection refused); "
     "baza na serwerze nie została zmieniona."),
    (EncryptionCheckFailed(DB), UNREADABLE),
]


@pytest.mark.parametrize(("error", "sentence"), CASES,
                         ids=[f"{type(e).__name__}-{e.detail}" for e, _ in CASES])
def test_each_storage_error_reads_as_its_sentence(error, sentence):
    assert storage_error_text(error) == sentence


def test_every_storage_error_class_has_a_sentence_of_its_own():
    classes = {cls for _, cls in inspect.getmembers(se, inspect.isclass)
               if issubclass(cls, se.StorageError)}
    assert classes == set(STORAGE_TEXTS)
    assert classes == {type(error) for error, _ in CASES} - {EncryptionCheckFailed}
