"""German."""

from communique.lang.defaults import LanguageDefaults

DEFAULTS = LanguageDefaults(code="de", name="German", lemmatizer="simplemma",
                            negation_follows_verb=True,
                            auxiliary_follows_verb=True,
                            subject_after_fronted_clause=True,
                            conjunct_shares_subject=False,
                            # "ß" after a diphthong is never "ss" in the standard spelling
                            # ("Aussen-", "äussern", "schliessen", "heissen"); after a long
                            # vowel it is for the stems listed ("begrüssen", "gemäss",
                            # "gross", "Massnahme", "Strasse"), since old spellings with a
                            # short vowel ("Kongreß", "muß") would misread the others
                            sharp_s=r"(?i)(?:(?<=au)|(?<=äu)|(?<=eu)|(?<=ei)|(?<=ie)|(?<=grü)"
                                    r"|(?<=gemä)|(?<=grö)|(?<=\bgro)|(?<=\bstra)|(?<=\bfu)"
                                    r"|(?<=\bmä)(?=ssig)|(?<=ma)(?=ss(?:nahm|stab|geb|regel)))ss")
