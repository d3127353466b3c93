"""The package's version, in a module of its own so that any stage may name it (exports and
the API record which coder wrote them) without importing the composition root."""

__version__ = "0.1.0"
