"""Every code turned into translated words: statuses, findings, estimates, errors."""
