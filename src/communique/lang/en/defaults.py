"""English."""

from communique.lang.defaults import LanguageDefaults

DEFAULTS = LanguageDefaults(code="en", name="English", lemmatizer="simplemma")
