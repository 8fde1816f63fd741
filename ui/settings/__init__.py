"""Settings: business profile, appearance, the machines and materials catalogue."""
