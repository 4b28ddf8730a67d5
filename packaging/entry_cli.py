"""The bundle's `abarona-cli` executable: the same entry point as the installed command
(``main()`` without arguments hardens the process and takes the passphrases out of the
environment first: desktop.safety)."""

import sys

from desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
