"""The overview page's figures and the secretary's reminders."""
