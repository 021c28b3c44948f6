"""`python -m visitapp` opens the GUI, like the `visitapp` command."""

from visitapp.app import main

raise SystemExit(main())
