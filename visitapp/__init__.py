"""visitapp: present, survey pupils anonymously, sync and show impact — offline first."""

__version__ = "0.1.0"
