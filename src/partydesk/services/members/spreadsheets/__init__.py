"""Member spreadsheets (.xlsx and .csv): import with a preview, export, blank template.

    preview(db, path) -> ImportPreview      every row checked, nothing written
    apply(db, preview, only_valid=False)    all valid rows in one transaction
    export_register(db, path) -> count      the register, same headers as the import
    write_template(path)                    headers only

Each takes an optional ``progress(done, total)`` callback (``services.shared.jobs``); the
UI runs them as background jobs on a connection of their own.
"""

from .exporter import export_register, write_template
from .importer import ImportPreview, ImportRefused, RowError, apply, preview

__all__ = ["ImportPreview", "ImportRefused", "RowError", "apply", "export_register",
           "preview", "write_template"]
