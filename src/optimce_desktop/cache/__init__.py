"""The local SQLite store: drafts of unsent updates (and, later, the offline cache). No Qt."""
