import sys

from feedhub.cli import main

if __name__ == "__main__":  # not when a spawned HTTP worker process imports it
    sys.exit(main())
