"""Errors about bad input that a user can act on.

Each carries where the problem is (file, line, column or row) so that the CLI can
print it and exit with code 2, and a form can show it beside the field.
"""

from __future__ import annotations


class InputError(Exception):
    """Bad input from a user's file or form; nothing was stored."""

    def __init__(
        self,
        message: str,
        *,
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
        row: int | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.column = column
        self.row = row
        self.field = field

    def where(self) -> str:
        """Return the location as 'file, line 3, column 5', or '' when unknown."""
        parts = []
        if self.file:
            parts.append(self.file)
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.column is not None:
            parts.append(f"column {self.column}")
        if self.row is not None:
            parts.append(f"row {self.row}")
        return ", ".join(parts)

    def __str__(self) -> str:
        where = self.where()
        return f"{where}: {self.message}" if where else self.message


class PlanFileError(InputError):
    """A plan file that cannot be read: syntax, unknown keys or wrong types."""


class UnknownFormatError(InputError):
    """A file whose content matches none of the formats Rapport reads."""


class ImportFileError(InputError):
    """A file of a known format that cannot be imported as a whole."""


class NotFoundError(InputError):
    """A name that resolves to nothing (or to several things) the user owns."""


class AmbiguousError(NotFoundError):
    """A name that several things the user owns answer to; ``choices`` are (id, label)."""

    def __init__(self, message: str, choices: list[tuple[int, str]], **where: object) -> None:
        super().__init__(message, **where)  # type: ignore[arg-type]
        self.choices = choices
