from tests.bundles.conftest import world  # noqa: F401  (one world per session)
