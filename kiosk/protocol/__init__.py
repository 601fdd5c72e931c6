"""The one wire format between kiosks and the central service (ARCHITECTURE rule 3):
pydantic models both sides import, and the bytes that get signed. No Qt, no I/O."""
