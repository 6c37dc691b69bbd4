"""Domain rules as pure functions: no database, no devices, no Qt."""
