"""The grading round: each member's self-assessment, the cell's proposal voted at the
meeting, the committee's decision, the cell's own grading, the check of the
"outstanding at most 20 % of good" limit and of missing gradings before the round is
closed, grading spreadsheets, and the year's admission targets."""
