"""Offline helper scripts for building and checking the lexicons (not used at run time)."""
