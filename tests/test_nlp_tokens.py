"""Tokens and lemmas."""

from __future__ import annotations

from communique.document import RawDocument
from communique.extractor import Extractor
from communique.nlp.lemmas import Lemmatizer
from communique.nlp.sentences import SentenceRules
from communique.nlp.tokens import Tokenizer


def tokens(text: str, language: str) -> list[str]:
    return [text[s:e] for s, e in Tokenizer(SentenceRules.load(language)).spans(text)]


def test_tokens_german_compounds_abbreviations_and_dates() -> None:
    text = ("die belarussisch-russischen IKT-Sicherheit, Informations- und -schulung, "
            "u.a. z.B. Dr. Fitschen vom 29.7.–9.8.2024 um 10:06 (OEWG 2021-2025) „Belarus“")
    assert tokens(text, "de") == [
        "die", "belarussisch-russischen", "IKT-Sicherheit", ",", "Informations-", "und",
        "-schulung", ",", "u.a.", "z.B.", "Dr.", "Fitschen", "vom", "29.7.", "–", "9.8.2024",
        "um", "10:06", "(", "OEWG", "2021-2025", ")", "„", "Belarus", "“"]


def test_tokens_english_initials_and_chains() -> None:
    text = "Mr. Koh's U.S. M. J. Akbar, the Japan-U.S. talks (2+2) e.g. CERT-In... www.mea.gov.in"
    assert tokens(text, "en") == [
        "Mr.", "Koh's", "U.S.", "M.", "J.", "Akbar", ",", "the", "Japan-U.S.", "talks", "(",
        "2", "+", "2", ")", "e.g.", "CERT-In", "...", "www.mea.gov.in"]


def test_tokens_russian_initials_glued_to_surname() -> None:
    assert tokens("О.В.Сыромолотов, т.е. в 2021 г. 3-5 сентября", "ru") == [
        "О.В.", "Сыромолотов", ",", "т.е.", "в", "2021", "г.", "3-5", "сентября"]


def test_tokens_offsets_within_a_range() -> None:
    text = "Erster Satz. Zweiter Satz."
    spans = list(Tokenizer(SentenceRules.load("de")).spans(text, 13, 26))
    assert spans == [(13, 20), (21, 25), (25, 26)]


def test_lemmas_german_and_english_use_simplemma() -> None:
    german, english = Lemmatizer("de"), Lemmatizer("en")
    assert [german.lemma(w) for w in ("traf", "Beratungen", "Außenministeriums", "23", ",")] == [
        "treffen", "Beratung", "Außenministerium", "23", ","]
    assert [english.lemma(w) for w in ("talks", "held", "countries")] == ["talk", "hold", "country"]


def test_german_lemmas_read_swiss_ss_as_sharp_s_where_the_standard_writes_it() -> None:
    german = Lemmatizer("de")
    swiss = ("begrüsste", "Aussenminister", "Massnahmen", "äusserte", "schliesst", "gemäss",
             "Strasse", "grosse")
    assert [german.lemma(w) for w in swiss] == [
        "begrüßen", "Außenminister", "Maßnahme", "äußern", "schließen", "gemäß", "Straße", "groß"]
    # a short vowel keeps "ss", and a word the dictionary does not know in "ß" stays as is
    assert [german.lemma(w) for w in ("Wasser", "Masse", "Russland", "dass")] == [
        "Wasser", "Masse", "Russland", "dass"]


def test_swiss_spelling_codes_the_act_its_standard_spelling_codes(extractor: Extractor) -> None:
    text = "Die Schweiz begrüsste am Dienstag die Einigung zwischen Serbien und Kosovo."
    doc = next(iter(extractor.run([RawDocument(text, doc_id="ch", published="2024-03-21",
                                               language="de")])))
    assert [(e.event_type, sorted(a.code for a in e.actors if a.code),
             sorted(r.code for r in e.recipients if r.code)) for e in doc.events] == [
        ("SUPPORT", ["CHE"], ["SRB", "XKX"])]


def test_lemmas_russian_use_pymorphy() -> None:
    russian = Lemmatizer("ru")
    assert [russian.lemma(w) for w in ("консультации", "состоялась", "мая", "ASEAN", "2018")] == [
        "консультация", "состояться", "май", "ASEAN", "2018"]


def test_lemmas_unsupported_language_lower_cases() -> None:
    assert Lemmatizer("fr").lemma("Réunions") == "réunions"
