"""python -m pelican.plugins.wordpress_import EXPORT.xml [--uploads FOLDER] [--content content]"""

import sys

from .cli import main

sys.exit(main())
