"""The dashboard: open and overdue jobs, amounts by month, on-time rate."""
