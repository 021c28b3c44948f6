"""Export and merge (DESIGN.md "Merge semantics"): snapshot a laptop's database into one file,
check incoming files as untrusted, merge them into a central database, flag duplicate visits.

Modules: tables (which tables travel, read from the registry and the schema), incoming (checks),
merge, snapshot (export and atomic publishing), duplicates, conflicts (what a merge kept aside),
status (the laptop's bookkeeping).
"""
