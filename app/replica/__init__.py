"""The workspace's side of the sync: records, dirty tracking, push, apply, state, inbox."""
