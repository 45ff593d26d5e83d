"""PartyDesk: the offline register of a grassroots party cell (chi bộ)."""

__version__ = "0.1.0"
APP_NAME = "PartyDesk"
