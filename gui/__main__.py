"""`python -m gui` runs the same entry point as the `bvntd` command."""

import sys

from gui.cli import main

sys.exit(main())
