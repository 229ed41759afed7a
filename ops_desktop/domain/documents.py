"""A printed document as the services hand it to a front end: the PDF's bytes and the name to
suggest when it is saved, rendered once so the preview, the paper and the file are the same
bytes. The front end shows, prints or saves it and then records that through the service."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class PrintedDocument:
    data: bytes
    file_name: str                 # "KS-1-2011.pdf", "listy-obecnosci-5.pdf"
    items: int = 0                 # lists, certificates or register entries it holds
    text_versions: dict[str, int] = field(default_factory=dict)  # document texts used
    reference: str = ""            # the document's own number (a contract's), if any
