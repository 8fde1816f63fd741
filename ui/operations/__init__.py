"""The user's actions, undoable and run off the UI thread, per domain."""
