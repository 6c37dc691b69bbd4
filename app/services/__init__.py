"""Use cases: one function per user action, one database session per action, plain data out. No Qt."""
