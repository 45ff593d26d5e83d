"""Party dues (đảng phí): each member's basis and reliefs as dated facts, the monthly
collection into an append-only ledger, arrears, and the monthly report (on a committee,
per cell and in total, from the cells' bundles). Rules come from resources/rules/dues.toml;
unconfirmed values are dated settings."""
