"""German."""

from communique.lang.defaults import LanguageDefaults

DEFAULTS = LanguageDefaults(code="de", name="German", lemmatizer="simplemma",
                            negation_follows_verb=True,
                            auxiliary_follows_verb=True)
