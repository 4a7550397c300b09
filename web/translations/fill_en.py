"""Make the English catalogue complete: every msgstr equals its (English) msgid."""

from __future__ import annotations

from pathlib import Path

from babel.messages.pofile import read_po, write_po

PO = Path(__file__).parent / "en" / "LC_MESSAGES" / "messages.po"


def main() -> None:
    with PO.open("rb") as f:
        catalog = read_po(f, locale="en")
    for message in catalog:
        if message.id and not message.string:
            message.string = message.id
        message.flags.discard("fuzzy")
    with PO.open("wb") as f:
        write_po(f, catalog, omit_header=False, include_previous=False, width=120, no_location=True)


if __name__ == "__main__":
    main()
