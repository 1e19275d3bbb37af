"""SQLite storage: migrations, the reports repository, revisions and backups (no Qt)."""
