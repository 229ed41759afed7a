"""Where an office's database lives: a file on this PC (SQLite/SQLCipher, the embedded default)
or the office's PostgreSQL server, named by `postgresql://USER@HOST[:PORT]/DBNAME`.

`database_location(text)` is the one place that tells the two apart; every `--db`, the office
settings file (`paths.office_settings_file`) and the GUI go through it. A server URL never
carries a password: libpq itself reads `PGPASSWORD` or the user's pgpass file
(`~/.pgpass`, on Windows `%APPDATA%\\postgresql\\pgpass.conf`), so no password is ever on a
command line, in a settings file of the program or in a log (README, "Office server").
The only query parameter is `sslmode` (default `prefer`: TLS whenever the server offers it;
`require` refuses a server without TLS)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qsl, unquote, urlsplit

SCHEMES = ("postgresql", "postgres")
SSL_MODES = ("disable", "allow", "prefer", "require", "verify-ca", "verify-full")
DEFAULT_SSL_MODE = "prefer"


class InvalidServerUrl(ValueError):
    """A `postgresql://` address the program does not accept; `problem` is a code
    (`password`, `user`, `host`, `database`, `port`, `sslmode`, `parameter`), `url` the text
    with any password cut out."""

    def __init__(self, url: str, problem: str):
        super().__init__(f"{problem}: {url}")
        self.url = url
        self.problem = problem


# What to say about a refused address (`{url}` without its password); both front ends
# translate them (resources/i18n/update_translations.py RUNTIME_TABLES, context "server_url").
PROBLEM_TEXTS: dict[str, str] = {
    "password": ("Adres serwera {url} zawiera hasło: hasła nie podaje się w adresie (byłoby "
                 "widać je w historii poleceń i w dziennikach). Ustaw zmienną PGPASSWORD "
                 "albo wpisz hasło do pliku pgpass."),
    "user": "W adresie serwera {url} brakuje użytkownika: postgresql://UŻYTKOWNIK@SERWER/BAZA.",
    "host": "W adresie serwera {url} brakuje serwera: postgresql://UŻYTKOWNIK@SERWER/BAZA.",
    "database": "W adresie serwera {url} brakuje bazy: postgresql://UŻYTKOWNIK@SERWER/BAZA.",
    "port": "Port w adresie serwera {url} musi być liczbą od 1 do 65535.",
    "sslmode": ("sslmode w adresie serwera {url} może być: disable, allow, prefer, require, "
                "verify-ca, verify-full."),
    "parameter": "Jedyny dozwolony parametr adresu serwera {url} to sslmode.",
}


def problem_text(exc: InvalidServerUrl, translate=lambda text: text) -> str:
    return translate(PROBLEM_TEXTS[exc.problem]).format(url=exc.url)


@dataclass(frozen=True)
class ServerAddress:
    """A PostgreSQL database of the office server (no password: libpq finds it)."""

    user: str
    host: str
    dbname: str
    port: int | None = None
    sslmode: str = DEFAULT_SSL_MODE

    def __str__(self) -> str:
        port = f":{self.port}" if self.port is not None else ""
        query = f"?sslmode={self.sslmode}" if self.sslmode != DEFAULT_SSL_MODE else ""
        return f"postgresql://{self.user}@{self.host}{port}/{self.dbname}{query}"

    @property
    def name(self) -> str:
        """What to call it on screen: the database and its server."""
        return f"{self.dbname} ({self.host})"


DatabaseLocation = Path | ServerAddress


def is_server_url(text: str | Path) -> bool:
    return isinstance(text, str) and text.split("://", 1)[0].lower() in SCHEMES \
        and "://" in text


def database_location(value: str | Path | ServerAddress) -> DatabaseLocation:
    """A `ServerAddress` for a `postgresql://` URL, otherwise the file's `Path`."""
    if isinstance(value, ServerAddress | Path):
        return value
    if is_server_url(value):
        return parse_server_url(value)
    return Path(value)


def parse_server_url(text: str) -> ServerAddress:
    parts = urlsplit(text.strip())
    shown = _without_password(text.strip())
    if parts.password is not None:
        raise InvalidServerUrl(shown, "password")
    if not parts.username:
        raise InvalidServerUrl(shown, "user")
    if not parts.hostname:
        raise InvalidServerUrl(shown, "host")
    try:
        port = parts.port
    except ValueError:
        raise InvalidServerUrl(shown, "port") from None
    dbname = unquote(parts.path.lstrip("/"))
    if not dbname or "/" in dbname:
        raise InvalidServerUrl(shown, "database")
    sslmode = DEFAULT_SSL_MODE
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key != "sslmode":
            raise InvalidServerUrl(shown, "parameter")
        if value not in SSL_MODES:
            raise InvalidServerUrl(shown, "sslmode")
        sslmode = value
    return ServerAddress(user=unquote(parts.username), host=parts.hostname, dbname=dbname,
                         port=port, sslmode=sslmode)


def _without_password(text: str) -> str:
    """The URL as it may be shown: `user:secret@host` becomes `user:***@host`."""
    scheme, sep, rest = text.partition("://")
    if not sep:
        return text
    authority, slash, tail = rest.partition("/")
    if "@" in authority:
        credentials, host = authority.rsplit("@", 1)
        if ":" in credentials:
            credentials = credentials.split(":", 1)[0] + ":***"
        authority = f"{credentials}@{host}"
    return f"{scheme}://{authority}{slash}{tail}"
