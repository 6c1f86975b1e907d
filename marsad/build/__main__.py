import sys

from marsad.build import main

sys.exit(main(sys.argv[1:]))
