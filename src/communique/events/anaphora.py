"""Subjects that stand for a party named in an earlier sentence (issue 13).

- A personal pronoun opening the sentence of the act ("He met …", "Sie traf …", «Она
  осудила …») or right after its verb ("Am Dienstag traf er …") is the latest person of its
  gender named as the subject (the first party) of an earlier sentence, across paragraphs.
  German "sie" next to a plural verb is "they" and left to the caller.
- A body named without its state ("das Ministerium", "the ministry", «ведомство») is the
  latest body of its kind named before.

Nothing is carried across a change of story: a line that opens with a dateline, or a
headline (a short line with no closing punctuation), between the two ends the search.
The words are in ``lang/<lang>/references.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from communique.clean.dateline import find_dateline
from communique.document import Document, Mention, Sentence
from communique.events.candidates import Candidate
from communique.events.index import mention_index
from communique.events.lexicon import Lexicon, load_lexicon
from communique.events.scopes import topic_spans
from communique.lang import data_file, load_yaml, section
from communique.model import Actor

# A headline is a short line: the longest headline of the probe and dev reports has 14 words,
# the shortest body sentence with no closing punctuation (a quote's tail) more than 20.
HEADLINE_WORDS = 16
# Words before a state's name among which its article stands: the article and one adjective
# ("die türkische | Regierung"); characters read for them, two words' worth and more.
ARTICLE_WORDS = 2
ARTICLE_REACH = 40
CLOSING = tuple(".!?:;…»“”\"'")
# Slavic surnames in their canonical (English) spelling say the bearer's gender:
# Zakharova, Matviyenko's "-ova/-eva/-ina/-aya" against Lavrov, Putin, Peskov.
FEMININE_NAME = re.compile(r"(?:ova|eva|ina|yna|aya)$")
MASCULINE_NAME = re.compile(r"(?:ov|ev|in|yn|sky|skiy|skii)$")
# Characters between a mediation phrase and the last state of its list: four state names
# and their connectors ("the United Arab Emirates, Saudi Arabia and Qatar") fit.
MEDIATOR_DISTANCE = 100
# What may stand before members named back as a subject: nothing, or the head of the noun
# phrase whose genitive they are ("Die Außenminister | der Mitgliedstaaten")
SUBJECT_HEAD = re.compile(r"\s*(?:\w+\s+\w+\s*)?")
# Characters read before a person's name for the title it was named with ("Die Sprecherin des
# russischen Außenministeriums, Maria Sacharowa": 61 characters; one title phrase and its
# genitive state fit, the sentence's start bounds it).
TITLE_REACH = 70
SPONSOR_SPAN = 40     # characters read on each side of a state for a sponsor's attribute
# Words that join the states of a list or open one's name.
LIST_WORDS = frozenset({"and", "und", "и", "the", "der", "die", "den", "des", "of", "von", "&"})


@dataclass(frozen=True)
class References:
    """The reference words of one language (``lang/<lang>/references.yaml``)."""

    masculine: re.Pattern[str]
    feminine: re.Pattern[str]
    plural_verb: re.Pattern[str]
    feminine_person: re.Pattern[str]
    masculine_person: re.Pattern[str]
    things: bool            # the pronouns also stand for things ("sie" for "die Regierung")
    thing_articles: tuple[re.Pattern[str], re.Pattern[str]] | None   # masculine, feminine
    mediator: re.Pattern[str]
    sponsor_before: re.Pattern[str]
    sponsor_after: re.Pattern[str]
    # words, the canonical names of the bodies they name back, and whether, when no such body
    # was named, they stand for the government of the state of the last subject named
    agencies: tuple[tuple[re.Pattern[str], re.Pattern[str], bool], ...]
    titles: re.Pattern[str] | None = None       # a bare title naming a person back
    members: re.Pattern[str] | None = None      # an IGO's members named back
    generic_titles: re.Pattern[str] | None = None   # one that fits any person ("die Diplomatin")


def _words(pattern: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE)


@cache
def load_references(language: str) -> References:
    path = data_file(language, "references.yaml")
    data = load_yaml(path)
    agencies = section(data, "agencies", path, list)
    return References(
        masculine=_words(data["masculine"]), feminine=_words(data["feminine"]),
        plural_verb=_words(data["plural_verb"]),
        feminine_person=_words(data["feminine_person"]),
        masculine_person=_words(data["masculine_person"]),
        things=bool(data.get("things")),
        thing_articles=(None if "thing_articles" not in data else (
            _words(data["thing_articles"]["masculine"]),
            _words(data["thing_articles"]["feminine"]))),
        mediator=_words(data["mediator"]),
        sponsor_before=re.compile(data["sponsor"]["before"] + "$", re.IGNORECASE),
        sponsor_after=re.compile(data["sponsor"]["after"] + r"\b", re.IGNORECASE),
        agencies=tuple((_words(a["words"]), re.compile(a["refers_to"]), a.get("state") is True)
                       for a in agencies),
        titles=_words(data["titles"]["words"]) if "titles" in data else None,
        generic_titles=_words(data["titles"]["generic"]) if "titles" in data else None,
        members=_words(data["members"]) if "members" in data else None)


def pronoun_subject(doc: Document, candidate: Candidate, lexicon: Lexicon,
                    taken: set[int]) -> tuple[Actor, int, int] | None:
    """The person a singular subject pronoun of the trigger's clause stands for, with the
    pronoun's span; None when there is no such pronoun, it is plural, or no person fits."""
    refs = load_references(doc.language or "")
    sentence = candidate.sentence
    base, text = sentence.start, sentence.text
    lo, hi = (offset - base for offset in candidate.scope.clause)
    # a party named before it in the sentence is what it stands for ("Lawrow sagte, er habe")
    first_party = next((m.start for m in mention_index(doc).starting(base, base + hi)
                        if m.actor is not None), base + hi)
    in_clause = mention_index(doc).starting(base + lo, base + hi)
    if not any(m.actor is not None and m.actor.code for m in in_clause) and not any(
            _city_after(doc, m, lexicon) for m in in_clause):
        # the clause names no other side ("Zugleich forderte er die westlichen Partner auf"):
        # the pronoun alone would make an act of the story's parties, which reports rarely are
        return None
    for feminine, pattern in ((False, refs.masculine), (True, refs.feminine)):
        for match in pattern.finditer(text, lo, hi):
            start = base + match.start()
            # a pronoun opening the sentence, or right after the verb ("Am Dienstag traf er");
            # one after a fronted adverbial ("On Tuesday, he met") cost a held-out event (docs)
            before = start < candidate.start
            opening = before and not text[:match.start()].strip()
            after = not before and not text[candidate.end - base:match.start()].strip()
            if start in taken or start >= first_party or not (opening or after):
                continue
            if feminine and _plural(text, match, refs, before):
                continue
            person = antecedent(doc, sentence, feminine, lexicon)
            if person is not None:
                return person, start, base + match.end()
    return None


def _city_after(doc: Document, city: Mention, lexicon: Lexicon) -> bool:
    """A city right after a subject pronoun that follows its verb ("Zugleich forderte sie
    Bagdad auf"), or after it and a preposition of source ("verlangte sie von Bern"): the
    object, whose state is the other side (``metonymy``)."""
    if city.actor is not None or city.label != "LOC":
        return False
    words = doc.text[max(0, city.start - ARTICLE_REACH):city.start].split()
    # or with the preposition of what is asked from it ("Zugleich verlangte sie von Bern …")
    if len(words) >= 2 and lexicon.cues["source"].fullmatch(words[-1] + " ") is not None:
        words = words[:-1]
    return bool(words) and lexicon.cues["subject_pronoun"].fullmatch(words[-1]) is not None


def _plural(text: str, match: re.Match[str], refs: References, before: bool) -> bool:
    """Whether the finite verb next to the pronoun is plural ("Sie trafen", "trafen sie")."""
    words = text[match.end():].split()[:1] if before else text[:match.start()].split()[-1:]
    return any(refs.plural_verb.fullmatch(w.strip(",.;:")) for w in words)


def antecedent(doc: Document, sentence: Sentence, feminine: bool,
               lexicon: Lexicon) -> Actor | None:
    """The latest person of the gender named first in an earlier sentence of the story. Where
    the pronouns also stand for things (German, Russian), an earlier sentence whose subject is
    a state or a body ends the search: the pronoun may be that body. A sentence opened by a
    subject pronoun is passed over: it names the same person again."""
    refs = load_references(doc.language or "")
    for earlier in reversed([s for s in doc.sentences if s.end <= sentence.start]):
        if story_break(doc, earlier.end, sentence.end):
            return None
        words = earlier.text.split(maxsplit=1)
        if words and lexicon.cues["subject_pronoun"].fullmatch(words[0]) is not None:
            continue    # "Sie warf der Schweiz vor …": its subject is the pronoun, named before
        subject = _first_party(doc, earlier, lexicon)
        if subject is None and feminine and refs.things:
            # "Die Regierung verlangte … Sie rief zudem …": the government named back
            opening = _opening_government(doc, earlier, refs)
            if opening is not None:
                return opening
        if subject is None or subject.actor is None:
            continue
        if subject.actor.kind != "person":
            if refs.things:     # "Die Bundespolizei sucht nach Badin. Sie wirft ihm vor …"
                return subject.actor if thing_gender(doc, subject, refs) is feminine else None
            continue
        gender = person_gender(subject, refs)
        if gender is None or gender == feminine:
            return subject.actor
    return None


def _first_party(doc: Document, sentence: Sentence, lexicon: Lexicon) -> Mention | None:
    """The sentence's first coded party outside its topics: its subject, in news prose; in a
    sentence that ends in its attribution, the speaker (``attributed_speaker``)."""
    speaker = attributed_speaker(doc, sentence, lexicon)
    if speaker is not None:
        return speaker
    names = [(m.start, m.end) for m in doc.mentions if m.actor is not None]
    topics = topic_spans(sentence, lexicon, [], doc.times, names)
    return next((m for m in mention_index(doc).starting(sentence.start, sentence.end)
                 if m.actor is not None and m.actor.code
                 and not any(a <= m.start < b for a, b in topics)), None)


def attributed_speaker(doc: Document, sentence: Sentence, lexicon: Lexicon) -> Mention | None:
    """The coded speaker of an attribution that ends the sentence ("Berlin weiche aus, sagte
    Vize-Außenminister X am Donnerstag."): the subject a pronoun of the next sentence continues
    ("Er forderte …"), not the reported clause's subject. Cue ``attribution`` (German: a
    verb of saying inverted after the comma that closes the reported clause)."""
    matches = list(lexicon.cues["attribution"].finditer(sentence.text))
    if not matches:
        return None
    match = matches[-1]
    return next((m for m in mention_index(doc).starting(sentence.start + match.end(), sentence.end)
                 if m.actor is not None and m.actor.code), None)


def thing_gender(doc: Document, mention: Mention, refs: References) -> bool | None:
    """True for a feminine state or body ("die Türkei", "die türkische Regierung"), False for
    a masculine one ("der Iran"), None when no article of ``thing_articles`` stands among the
    words right before its name or opens it, or the language gives none."""
    if refs.thing_articles is None:
        return None
    before = doc.text[max(0, mention.start - ARTICLE_REACH):mention.start].split()
    words = before[-ARTICLE_WORDS:] + mention.text.split()[:1]
    for word in reversed(words):
        for gender, article in zip((False, True), refs.thing_articles, strict=True):
            if article.fullmatch(word):
                return gender
    return None


def person_gender(mention: Mention, refs: References) -> bool | None:
    """True for a woman, False for a man, None when the words naming the person do not say:
    the title's form first ("Außenministerin"), then a Slavic surname ("Zakharova")."""
    if refs.feminine_person.search(mention.text):
        return True
    if refs.masculine_person.search(mention.text):
        return False
    surname = (mention.actor.name if mention.actor else mention.text).split()[-1:]
    if surname and FEMININE_NAME.search(surname[0]):
        return True
    if surname and MASCULINE_NAME.search(surname[0]):
        return False
    return None


def story_break(doc: Document, start: int, end: int) -> bool:
    """Whether a line between ``start`` and ``end`` opens another story: a dateline, or a
    headline (a short line with no closing punctuation)."""
    lines = doc.text[start:end].split("\n")[1:]
    for line in lines:
        words = line.strip()
        if not words:
            continue
        if find_dateline(words) is not None or (
                not words.endswith(CLOSING) and len(words.split()) <= HEADLINE_WORDS):
            return True
    return False


def is_mediator(doc: Document, mention: Mention, candidate: Candidate) -> bool:
    """A state named right after a mediation phrase of the trigger's sentence ("in a deal
    mediated by the United Arab Emirates and Saudi Arabia", «при посредничестве России»),
    alone or in a list of states: who brought the sides together, no side of their act."""
    refs = load_references(doc.language or "")
    sentence = candidate.sentence
    lo = max(sentence.start, mention.start - MEDIATOR_DISTANCE)
    phrases = list(refs.mediator.finditer(doc.text, lo, mention.start))
    if not phrases or phrases[-1].start() <= candidate.start < phrases[-1].end():
        return False        # "Turkey mediated talks …": the mediation is the act itself
    last = phrases[-1]
    gap = doc.text[last.end():mention.start]
    for other in mention_index(doc).starting(last.end(), mention.start):
        if other.actor is not None and other.actor.kind in ("state", "igo"):
            gap = gap.replace(other.text, " ")
    return all(word in LIST_WORDS for word in gap.replace(",", " ").casefold().split())


def is_sponsor(doc: Document, mention: Mention, candidate: Candidate) -> bool:
    """A state named as the backer in an attribute of another noun ("die von Russland
    unterstützte Regierung", "Russian-backed separatists", «поддерживаемые Россией
    боевики»): it qualifies the noun, and is no side of the noun's act, unless the
    attribute's verb is the act ("sponsor" in ``references.yaml``)."""
    refs = load_references(doc.language or "")
    sentence = candidate.sentence
    before = doc.text[max(sentence.start, mention.start - SPONSOR_SPAN):mention.start]
    after = refs.sponsor_after.match(doc.text, mention.end,
                                     min(sentence.end, mention.end + SPONSOR_SPAN))
    if after is None or refs.sponsor_before.search(before) is None:
        return False
    return not mention.end <= candidate.start < after.end()


def agency_subjects(doc: Document, candidate: Candidate) -> list[tuple[Actor, int, int]]:
    """Bodies of the trigger's clause named without their state ("das Ministerium", "the
    ministry", «ведомство»), as the latest body of their kind named before them."""
    refs = load_references(doc.language or "")
    sentence = candidate.sentence
    lo, hi = (offset - sentence.start for offset in candidate.scope.clause)
    # a body the gazetteer knows but gives no state ("Außenministerium") is one named back
    named = [(m.start, m.end) for m in doc.mentions if m.actor is not None and m.actor.code]
    out: list[tuple[Actor, int, int]] = []
    for words, kind, of_state in refs.agencies:
        for match in words.finditer(sentence.text, lo, hi):
            start, end = sentence.start + match.start(), sentence.start + match.end()
            if any(a < end and start < b for a, b in named) or any(
                    a < end and start < b for _, a, b in out):
                continue
            body = next((m for m in reversed(doc.mentions) if m.end <= start
                         and m.actor is not None and m.actor.kind == "organization"
                         and m.actor.code and kind.search(m.actor.name)), None)
            if body is not None and body.actor and not story_break(doc, body.end, start):
                out.append((body.actor, start, end))
            elif body is None and of_state and not sentence.text[:match.start()].strip():
                # only the subject that opens the sentence ("Das Außenministerium legte …")
                government = _subject_government(doc, sentence, match.group())
                if government is not None:
                    out.append((government, start, end))
    return out


def _opening_government(doc: Document, sentence: Sentence, refs: References) -> Actor | None:
    """The government a feminine body word opening ``sentence`` names back by the state of
    the subject before it ("Die Regierung verlangte …"), for a pronoun after it."""
    feminine = refs.thing_articles[1] if refs.thing_articles else None
    for words, _, of_state in refs.agencies:
        match = words.match(sentence.text)
        if of_state and match and feminine is not None \
                and feminine.fullmatch(match.group().split()[0]):
            return _subject_government(doc, sentence, match.group())
    return None


def _subject_government(doc: Document, sentence: Sentence, words: str) -> Actor | None:
    """The government of the state whose party is the subject (first party) of the nearest
    earlier sentence of the story that names one ("Außenminister Tsahkna sprach von einer
    Provokation. Die Regierung verlangte …": Estonia's); None for an IGO or a non-state."""
    lexicon = load_lexicon(doc.language or "")
    for earlier in reversed([s for s in doc.sentences if s.end <= sentence.start]):
        if story_break(doc, earlier.end, sentence.end):
            return None
        subject = _first_party(doc, earlier, lexicon)
        if subject is None or subject.actor is None:
            continue
        dateline = find_dateline(earlier.text)
        opening = earlier.start + (dateline.end if dateline is not None else 0)
        if any(m.actor is None and m.label == "LOC" for m in
               mention_index(doc).starting(opening, subject.start)):
            return None     # a capital may be the subject ("Moskau hat … aus Estland …")
        actor = subject.actor
        if actor.igo is not None or actor.country is None or (
                actor.kind == "organization" and actor.sector not in ("GOV", None)):
            return None
        state = actor.name if actor.kind == "state" else actor.country
        return Actor(words, f"Government of {state}", "organization",
                     country=actor.country, sector="GOV")
    return None


def titled_persons(doc: Document, candidate: Candidate) -> list[tuple[Actor, int, int]]:
    """Persons of the trigger's clause named back by a bare title ("Die Diplomatin warf dem
    Minister vor …", "habe der Kanzler gedrängt"): each the latest person named before in the
    story whose naming words hold the title's stem (any person for a generic title) and
    whose gender does not contradict the title's form. Words: ``titles`` in references.yaml."""
    refs = load_references(doc.language or "")
    if refs.titles is None or refs.generic_titles is None:
        return []
    sentence = candidate.sentence
    lo, hi = (offset - sentence.start for offset in candidate.scope.clause)
    named = [(m.start, m.end) for m in doc.mentions if m.actor is not None]
    out: list[tuple[Actor, int, int]] = []
    for match in refs.titles.finditer(sentence.text, lo, hi):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        feminine = _title_gender(match, refs)
        if any(a < end and start < b for a, b in named) or (
                match.group().split()[0].casefold() == "die" and not feminine):
            continue    # "die Minister": a plural
        person = _titled_antecedent(doc, start, match.group("stem"), feminine)
        if person is not None:
            out.append((person, start, end))
    return out


def _title_gender(match: re.Match[str], refs: References) -> bool | None:
    """True for a feminine title form ("Ministerin"), False for a masculine one, else None."""
    word = match.group().split()[-1]
    if refs.feminine_person.fullmatch(word):
        return True
    return False if refs.masculine_person.fullmatch(word) else None


def _titled_antecedent(doc: Document, start: int, stem: str,
                       feminine: bool | None) -> Actor | None:
    """The latest coded person named before ``start`` in the story that the title fits: the
    title's stem among the words naming it (its mention and the title phrase before it in its
    sentence), and a gender of its name or title that fits the title's."""
    refs = load_references(doc.language or "")
    generic = refs.generic_titles is not None and refs.generic_titles.fullmatch(stem) is not None
    for mention in reversed(doc.mentions):
        if mention.end > start or mention.actor is None or mention.actor.kind != "person" \
                or not mention.actor.code:
            continue
        if story_break(doc, mention.end, start):
            return None
        sentence = next((s for s in doc.sentences if s.start <= mention.start < s.end), None)
        low = max(sentence.start if sentence else 0, mention.start - TITLE_REACH)
        words = doc.text[low:mention.end]
        gender = person_gender(mention, refs)
        if gender is None:
            gender = _words_gender(doc.text[max(low, mention.start - ARTICLE_REACH):mention.end],
                                   refs)
        # a woman is named with a feminine title or name, so a feminine title needs one; the
        # masculine form is also the unmarked one ("des Verteidigungsministers Boris Pistorius")
        fits = gender is True if feminine else gender is not True or feminine is None
        if (generic or stem.casefold() in words.casefold()) and fits:
            return mention.actor
    return None


def _words_gender(words: str, refs: References) -> bool | None:
    """The gender a title right before a name says ("Sprecherin …, Maria Sacharowa")."""
    if refs.feminine_person.search(words):
        return True
    return False if refs.masculine_person.search(words) else None


def member_subjects(doc: Document, candidate: Candidate) -> list[tuple[Actor, int, int]]:
    """An organisation's members named back in the trigger's clause ("Die übrigen
    Mitgliedstaaten warfen Budapest vor …", "die Außenminister der Mitgliedstaaten"; words
    ``members`` in references.yaml): the latest IGO named before in the story, for a meeting
    wherever they stand ("beim Treffen von Vertretern der Mitgliedsländer"), for a directed
    act only as the subject opening the clause, alone or as the genitive of its head, or
    right after the verb (branch desides7)."""
    refs = load_references(doc.language or "")
    if refs.members is None:
        return []
    sentence = candidate.sentence
    lo, hi = (offset - sentence.start for offset in candidate.scope.clause)
    out: list[tuple[Actor, int, int]] = []
    for match in refs.members.finditer(sentence.text, lo, hi):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        before = sentence.text[lo:match.start()]
        after_verb = start >= candidate.end and not doc.text[candidate.end:start].strip()
        if candidate.trigger.sides == "directed" and not (
                after_verb or SUBJECT_HEAD.fullmatch(before)):
            continue    # "blockiere eine Einigung der Mitgliedstaaten": an object's attribute
        igo = next((m for m in reversed(doc.mentions) if m.end <= start
                    and m.actor is not None and m.actor.kind == "igo" and m.actor.code), None)
        if igo is not None and igo.actor is not None and not story_break(doc, igo.end, start):
            out.append((igo.actor, start, end))
    return out
