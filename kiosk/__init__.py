"""Escale: offline deposit kiosk for the ANEF residence-permit renewal."""

__version__ = "0.1.0"
