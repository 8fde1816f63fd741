"""Jobs: their state machine, members, comments."""
