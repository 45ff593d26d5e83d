"""The register handle as the UI and the command line hold it.

They never import ``storage``: they get the open register from the installation, pass
it to services, and type it with this name; a storage failure the command line reports
is recognised here too.
"""

from partydesk.storage.database import Database
from partydesk.storage.errors import known_storage_error

__all__ = ["Database", "known_storage_error"]
