"""Storage: the SQLite file, its schema and migrations, backups and repositories. No Qt."""
