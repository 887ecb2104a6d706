"""The local SQLite store: the user's drafts of unsent changes, and the offline copy of the CRM. No Qt.

One name per concept: the per-user store of CRM data is "the offline copy", and what it holds is "saved"
(``SavedMeters``, ``SavedRow``, ``SavedList``, ``SavedDirectory``, ``SavedConsumptions``). Two names keep the
older word "cache": this package, which is the layer's name, and the SQL tables (``cached_lists``,
``cached_meters``, ``cached_details``, ...), since renaming a table would take a migration for a name only.
"""
