"""Session-wide test settings.

Every enzymec the tests start (directly, or through make and CMake) sends modules without
autodiff calls through the SSA model too, so the faithful-cc tests (corpus, csmith, Lua,
CMake) also test the model's round trip. Users' plain C builds skip it.
"""

import os

os.environ["ENZYMEC_MODEL_ROUNDTRIP"] = "1"
