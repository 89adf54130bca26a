"""Reading OSCE pages: bytes -> text -> :class:`~osce_kg.loader.records.Document`.

``read_document(path)`` and ``read_text(text, path)`` are the entry points; both raise
:class:`~osce_kg.loader.errors.DocumentError` with a reason for a page they cannot read.
"""
from osce_kg.loader.extract.document import read_document, read_text

__all__ = ["read_document", "read_text"]
