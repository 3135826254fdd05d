import sys

from feedhub.cli import main

sys.exit(main())
