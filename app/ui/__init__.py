"""PySide6 widgets. They talk to the services, never to a database session."""
