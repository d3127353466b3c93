"""The gazetteer and the actor layer: states, IGOs, bodies, titles, places, officials.

``Gazetteer`` answers lookups (what state, IGO, place or official a word or
name is); ``ActorResolver`` is the pipeline stage that resolves every actor
mention of a document. ``names`` compares person names across scripts.
"""

from communique.gazetteer.gazetteer import Gazetteer, Place
from communique.gazetteer.lexicon import Match
from communique.gazetteer.names import canonical_person_name, name_key, same_person, transliterate
from communique.gazetteer.resolver import ActorResolver

__all__ = ["ActorResolver", "Gazetteer", "Match", "Place", "canonical_person_name", "name_key",
           "same_person", "transliterate"]
