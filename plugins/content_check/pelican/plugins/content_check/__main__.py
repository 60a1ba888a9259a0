"""python -m content_check [content] [-s settings] [--fix]"""

import sys

from .check import main

sys.exit(main())
