"""SQLite storage: the only package that opens the database file or names a table."""
