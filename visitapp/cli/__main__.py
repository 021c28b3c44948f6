"""`python -m visitapp.cli` runs the command line, like `visitapp-cli`."""

from visitapp.cli import main

raise SystemExit(main())
