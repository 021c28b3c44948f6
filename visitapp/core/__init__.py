"""The plain-Python heart of visitapp: records, rules and definitions. No Qt, no SQL, no I/O."""
