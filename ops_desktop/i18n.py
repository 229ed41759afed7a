"""The interface language outside Qt: the command line, and the texts the layers below ui/
write (summary files, import problems, weekday names), read from the same compiled
translation (`resources/i18n/ops_desktop_<lang>.qm`) the GUI's QTranslator loads.

Polish is the source language and needs no file. The language is chosen once per process:
`--lang pl|en` on the command line, else the environment variable `OPS_DESKTOP_LANG`
(a user's or a script's setting), else Polish (`chosen_language`). The GUI sets it in
ui/app.install_translations, the CLI in cli/main.py, with `set_language`.

Texts are marked the way update_translations.py extracts them: a module's helper
`_t = i18n.translator("context")` called with a literal, or a table named in its
RUNTIME_TABLES. Standard library only (no Qt: `--help` stays fast and the
layers without Qt can use it); the reader follows the .qm format of Qt's QTranslator."""

from __future__ import annotations

import functools
import os
import struct
from collections.abc import Callable
from pathlib import Path

LANGUAGES = ("pl", "en")
SOURCE_LANGUAGE = "pl"
ENV_LANG = "OPS_DESKTOP_LANG"

_MAGIC = bytes([0x3C, 0xB8, 0x64, 0x18, 0xCA, 0xEF, 0x9C, 0x95,
                0xCD, 0x21, 0x1C, 0xBF, 0x60, 0xA1, 0xBD, 0xDD])
_CONTEXTS, _HASHES, _MESSAGES = 0x2F, 0x42, 0x69
_END, _TRANSLATION, _OBSOLETE1 = 1, 3, 5
_SOURCE_TEXT, _CONTEXT, _COMMENT = 6, 7, 8

_language = SOURCE_LANGUAGE
_catalogue: QmCatalogue | None = None


def chosen_language(argv: list[str] | None = None, environ: dict[str, str] | None = None) -> str:
    """`--lang X` / `--lang=X` among the arguments, else OPS_DESKTOP_LANG, else Polish.
    An unknown value is ignored here (the argument parser reports it)."""
    args = argv or []
    for position, arg in enumerate(args):
        value = None
        if arg == "--lang" and position + 1 < len(args):
            value = args[position + 1]
        elif arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
        if value in LANGUAGES:
            return value
    from_env = (os.environ if environ is None else environ).get(ENV_LANG, "").strip().lower()
    return from_env if from_env in LANGUAGES else SOURCE_LANGUAGE


def set_language(lang: str | None, resources: Path | None = None) -> str:
    """Use `lang` (None: Polish) from now on; its .qm is read at the first translation.
    A language whose file is missing falls back to Polish, as the GUI's translator does."""
    global _language, _catalogue
    _language = lang if lang in LANGUAGES else SOURCE_LANGUAGE
    _catalogue = None
    if _language != SOURCE_LANGUAGE:
        if resources is None:
            from ops_desktop import paths

            resources = paths.resources_dir()
        qm = resources / "i18n" / f"ops_desktop_{_language}.qm"
        try:
            _catalogue = QmCatalogue(qm.read_bytes())
        except (OSError, ValueError):
            _catalogue = None
    return _language


def language() -> str:
    return _language


def translate(context: str, text: str) -> str:
    """`text` (Polish source) in the chosen language; itself when there is no translation."""
    if _catalogue is None:
        return text
    found = _catalogue.lookup(context, text)
    return text if found is None else found


def translator(context: str) -> Callable[[str], str]:
    """A module's helper: `_t = i18n.translator("cli")`, then `_t("Polish text")`."""
    return functools.partial(translate, context)


def elf_hash(data: bytes) -> int:
    """The hash QTranslator keys its messages by (the ELF hash; never 0)."""
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


class QmCatalogue:
    """A compiled Qt translation (.qm) read without Qt: blocks after a 16-byte magic; the
    hash block holds (hash of source text, offset) pairs sorted by hash, the message block
    the records those offsets point to, the context block a hash table of the contexts."""

    def __init__(self, data: bytes) -> None:
        if not data.startswith(_MAGIC):
            raise ValueError("not a Qt translation file")
        self._blocks: dict[int, bytes] = {}
        at = len(_MAGIC)
        while at + 5 <= len(data):
            tag, length = data[at], struct.unpack_from(">I", data, at + 1)[0]
            self._blocks[tag] = data[at + 5:at + 5 + length]
            at += 5 + length
        hashes = self._blocks.get(_HASHES, b"")
        self._offsets: dict[int, list[int]] = {}
        for position in range(0, len(hashes) - 7, 8):
            key, offset = struct.unpack_from(">II", hashes, position)
            self._offsets.setdefault(key, []).append(offset)
        self._messages = self._blocks.get(_MESSAGES, b"")

    def lookup(self, context: str, text: str) -> str | None:
        context_bytes, source = context.encode("utf-8"), text.encode("utf-8")
        if not self._has_context(context_bytes):
            return None
        for offset in self._offsets.get(elf_hash(source), []):
            found = self._message(offset, context_bytes, source)
            if found is not None:
                return found
        return None

    def _has_context(self, context: bytes) -> bool:
        table = self._blocks.get(_CONTEXTS)
        if table is None:
            return True
        size = struct.unpack_from(">H", table, 0)[0]
        if not size:
            return False
        offset = struct.unpack_from(">H", table, 2 + 2 * (elf_hash(context) % size))[0]
        if offset == 0:
            return False
        at = 2 + 2 * size + 2 * offset
        while at < len(table):
            length = table[at]
            if length == 0:
                return False
            if table[at + 1:at + 1 + length] == context:
                return True
            at += 1 + length
        return False

    def _message(self, at: int, context: bytes, source: bytes) -> str | None:
        """The translation of the record at `at` when its fields match (a field the file
        left out matches anything, as in QTranslator)."""
        data, translation = self._messages, None
        while at < len(data):
            tag = data[at]
            at += 1
            if tag == _END:
                break
            if tag == _OBSOLETE1:
                at += 4
                continue
            if tag not in (_TRANSLATION, _SOURCE_TEXT, _CONTEXT, _COMMENT):
                return None
            length = struct.unpack_from(">I", data, at)[0]
            at += 4
            if tag == _TRANSLATION:
                if length == 0xFFFFFFFF:
                    length = 0
                elif translation is None:
                    translation = data[at:at + length].decode("utf-16-be")
            else:
                value = data[at:at + length]
                expected = {_SOURCE_TEXT: source, _CONTEXT: context, _COMMENT: b""}[tag]
                if value.rstrip(b"\0") != expected:
                    return None
            at += length
        return translation
