"""The sync section: export for the coordinator, send to a shared folder, open a central
database, merge many exports into it, and review probable duplicate visits."""

from visitapp.ui.sync.sync_panel import SyncPanel

__all__ = ["SyncPanel"]
