"""``python -m clicksend_async``: the command line."""

import sys

from clicksend_async.cli import main

if __name__ == "__main__":
    sys.exit(main())
