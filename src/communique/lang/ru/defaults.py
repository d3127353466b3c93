"""Russian: lemmas come from pymorphy3."""

from communique.lang.defaults import LanguageDefaults

DEFAULTS = LanguageDefaults(code="ru", name="Russian", lemmatizer="pymorphy3",
                            implicit_sides=True)
