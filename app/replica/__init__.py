"""The workspace's side of the sync: applying records, push, apply, state, inbox, conflicts.

The dirty tracking every write runs (app.tracking) and rows as records (app.synced) sit
below the workspace, which uses them on every session.
"""
