"""The square as the desk sees it: sync status and the conflicts inbox."""
