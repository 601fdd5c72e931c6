"""Reading the machine-readable zone of travel documents (ICAO 9303), pure image work
on numpy arrays: locate the zone (locate.py), recognise its lines (ocr.py), parse and
check them (parse.py), all glued by reader.py. Shared value types are in types.py."""
