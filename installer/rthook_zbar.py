"""PyInstaller runtime hook: pyzbar finds libzbar with ctypes.util.find_library, which
looks only at the system's linker cache on Linux; point it at the bundled copy first."""

import ctypes.util
import os
import sys

_system_find_library = ctypes.util.find_library


def _find_library(name: str) -> str | None:
    if name == "zbar":
        bundled = os.path.join(getattr(sys, "_MEIPASS", ""), "libzbar.so.0")
        if os.path.isfile(bundled):
            return bundled
    return _system_find_library(name)


ctypes.util.find_library = _find_library
