"""``python -m newscorpus``: the command line."""

import sys

from newscorpus.cli import main

sys.exit(main())
