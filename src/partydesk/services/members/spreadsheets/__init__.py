"""Member spreadsheets (.xlsx and .csv): import with a preview, export, blank template.

    preview(db, path) -> ImportPreview      every row checked, nothing written
    apply(db, preview, only_valid=False)    all valid rows in one transaction
    export_register(db, path) -> count      the register, same headers as the import
    write_template(path)                    headers only

Each takes an optional ``progress(done, total)`` callback; ``preview_at``, ``apply_at``
and ``export_register_at`` do the same on a register file from a worker thread.
"""

from .at_file import apply_at, export_register_at, preview_at
from .exporter import export_register, write_template
from .importer import ImportPreview, ImportRefused, RowError, apply, preview

__all__ = ["ImportPreview", "ImportRefused", "RowError", "apply", "apply_at",
           "export_register", "export_register_at", "preview", "preview_at",
           "write_template"]
