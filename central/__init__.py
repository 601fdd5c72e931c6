"""Escale's reference central service: the gateway between kiosks and ANEF.

It enrolls kiosks, authenticates their signed requests, takes in sealed dossiers
chunk by chunk, checks and decrypts them, and answers with a signed receipt.
The wire models are the kiosk's own (`kiosk.protocol`): one definition for both sides.
"""
