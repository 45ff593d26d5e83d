"""Reports upward at the year's end: the statistics report as of a date (a cell, or a
committee cell by cell and in total) and the grading report, as JSON-ready figures,
printed PDFs with their charts, and xlsx tables."""
