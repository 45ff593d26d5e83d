"""The committee's view of its cells: their last bundles and the consolidated register."""
