"""`python -m mot_detect`: the command line."""

from mot_detect.cli import main

main()
