"""The vocabulary of the app: wire models, enums, rules. No Qt, no I/O."""
