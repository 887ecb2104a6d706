"""Widgets, view models and dialogs. Talks to the CRM and the disk only through ``services``."""
