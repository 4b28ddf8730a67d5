"""The bundle's `abarona-cli` executable: the same entry point as the installed command."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
