"""PyInstaller entry script: the frozen executable runs exactly `python -m partydesk`."""

import sys

from partydesk.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
