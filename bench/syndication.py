"""A labelled syndication set, made from real article bodies with a seeded generator.

Real bodies (the article-extraction benchmark's ground truth, read where it lies, never
copied into the repository) are split in two, seeded: *originals*, each the first copy of a
story, and *donors*, whose paragraphs supply the new text of the hard negatives. Then:

- **copies** (same story): each original is re-published 1-4 times on other sites with the
  edits syndication makes: a new headline, cut to its first paragraphs, a local intro or
  outro, boilerplate lines (adverts, "Read also", follow-us lines), typo fixes, two
  paragraphs swapped, two paragraphs run together. A copy may appear before its original.
- **same-subject stories** (different story): donor paragraphs whose names and places are
  replaced by the original's, so they name the same people, places and organisations but
  tell something else. Some get copies of their own.
- **follow-ups** (different story): mostly new text (donor paragraphs with the original's
  names, at least twice the words reused) carrying one or two of the original's background
  paragraphs (not its lead) word for word: one when the original has fewer than eight
  paragraphs; only originals of four or more paragraphs get follow-ups. Published a day
  later. Some get copies of their own, which must join the follow-up, not
  the original.

Every document has a key, a site, a title, a body, a day, a time and its true story label;
`kind` and `follows` say how it was made. Nothing here reads the clock or the network.
"""

from __future__ import annotations

import json
import math
import random
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

SITES = [
    "lagoscourier.ng",
    "ekogist.com",
    "dailytrumpet.ng",
    "abujaobserver.ng",
    "nairobipost.co.ke",
    "accraherald.com.gh",
    "capeledger.co.za",
    "kampalawire.ug",
    "harbourtimes.com",
    "midlandsgazette.co.uk",
    "riverdaleleader.com",
    "pacificsentinel.com",
]
CITIES = ["LAGOS", "ABUJA", "NAIROBI", "ACCRA", "CAPE TOWN", "KAMPALA", "LONDON", "NEW YORK"]
INTROS = [
    (
        "{city} ({site}) - Readers of {site} have been following this story closely, and here is "
        "the latest on {entity} as it stands this morning."
    ),
    (
        "This report on {entity} reached our newsroom on {weekday} and is published here in full "
        "for our readers in {city_title}."
    ),
    (
        "As we reported earlier this week, {entity} has been in the news again. The wire report "
        "follows."
    ),
    (
        "{city} - Our correspondents in {city_title} say the story below, first carried by "
        "{agency}, is being closely watched by local officials."
    ),
    (
        "Here is what you need to know about {entity}, in a report we received from our partners "
        "at {agency}."
    ),
]
OUTROS = [
    ("This article was originally published by {agency} and is republished here with permission."),
    (
        "Additional reporting by our {city_title} desk. Send us your views on {entity} at "
        "letters@{site}."
    ),
    "Stay with {site} for more on this story as it develops through the day.",
    (
        "Copyright {agency}. All rights reserved. This material may not be rewritten or "
        "redistributed without permission."
    ),
]
BOILERPLATE = [
    "ADVERTISEMENT",
    "Follow us on X, Facebook and Instagram for the latest news.",
    "Join our WhatsApp channel for breaking news alerts.",
    "Subscribe to our newsletter to get the day's top stories in your inbox.",
    "Read also: {other}",
    "RELATED: {other}",
    "Click here to download our app.",
]
HEADLINE_FORMS = [
    "{entity}: {words}",
    "BREAKING: {words}",
    "{words} - {entity} latest",
    "What we know so far about {entity}",
    "{words}, reports say",
]
AGENCIES = ["Reuters", "AFP", "AP", "NAN", "Bloomberg", "Xinhua"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
_ENTITY = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\b")
_NOT_ENTITIES = {
    "The", "A", "An", "In", "On", "At", "But", "And", "It", "He", "She", "They", "We", "I",
    "This", "That", "There", "His", "Her", "Their", "As", "For", "If", "When", "While", "After",
    "Before", "Some", "Many", "Most", "One", "Two", "Three", "Mr", "Ms", "Mrs", "Dr", "So",
    "Yet", "Also", "With", "From", "By", "Of", "To", "Its", "Our", "You", "Your", "What",
    "Who", "Why", "How", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
    "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
}  # fmt: skip
START = datetime(2026, 11, 2, 6, 0, tzinfo=UTC)


@dataclass(frozen=True, slots=True)
class Doc:
    key: str
    site: str
    title: str
    body: str
    published_at: datetime
    story: str
    kind: str
    follows: str | None = None

    @property
    def day(self) -> str:
        return self.published_at.date().isoformat()


def paragraphs(body: str) -> list[str]:
    return [p.strip() for p in body.split("\n") if p.strip()]


def entities(text: str) -> list[str]:
    """Capitalised runs that are not sentence-starting function words: names, places, bodies."""
    found = [m.group(0) for m in _ENTITY.finditer(text)]
    return [e for e in dict.fromkeys(found) if e not in _NOT_ENTITIES and len(e) > 2]


def load_bodies(truth: Path) -> list[str]:
    """The benchmark's bodies with at least two paragraphs and 80 words, in id order."""
    data = json.loads(truth.read_text("utf-8"))
    bodies = [data[key]["articleBody"] for key in sorted(data)]
    return [b for b in bodies if len(paragraphs(b)) >= 2 and len(b.split()) >= 80]


class _Maker:
    def __init__(self, bodies: list[str], seed: int) -> None:
        self.rng = random.Random(seed)
        shuffled = list(bodies)
        self.rng.shuffle(shuffled)
        half = len(shuffled) // 2
        self.originals = shuffled[:half]
        self.donor_paragraphs = [p for body in shuffled[half:] for p in paragraphs(body)]
        self.donor_at = 0
        self.docs: list[Doc] = []
        self.serial = 0

    def key(self, site: str) -> str:
        self.serial += 1
        return f"https://{site}/news/story-{self.serial:05d}"

    def donor(self, count: int) -> list[str]:
        """The next `count` unused donor paragraphs (wrapping round if the donors run out)."""
        out = []
        for _ in range(count):
            out.append(self.donor_paragraphs[self.donor_at % len(self.donor_paragraphs)])
            self.donor_at += 1
        return out

    def headline(self, ents: list[str], text: str) -> str:
        words = " ".join(text.split()[:8]).rstrip(".,;:")
        entity = self.rng.choice(ents) if ents else "the story"
        return self.rng.choice(HEADLINE_FORMS).format(entity=entity, words=words)

    def fill(self, template: str, site: str, ents: list[str]) -> str:
        city = self.rng.choice(CITIES)
        return template.format(
            city=city,
            city_title=city.title(),
            site=site,
            entity=self.rng.choice(ents) if ents else "this story",
            agency=self.rng.choice(AGENCIES),
            weekday=self.rng.choice(WEEKDAYS),
            other=self.headline(ents, self.rng.choice(self.originals)),
        )

    def typo_fix(self, text: str) -> str:
        words = text.split(" ")
        for _ in range(self.rng.randint(1, 4)):
            i = self.rng.randrange(len(words))
            w = words[i]
            if len(w) >= 5 and w.isalpha():
                j = self.rng.randrange(1, len(w) - 2)
                words[i] = w[:j] + w[j + 1] + w[j] + w[j + 2 :]
        return " ".join(words)

    def copy(self, paras: list[str], ents: list[str], site: str) -> tuple[str, list[str]]:
        """A syndicated copy: a headline and the body's paragraphs with 1-4 edits."""
        rng = self.rng
        edits = rng.sample(["cut", "intro", "outro", "boilerplate", "typos", "reorder", "merge"],
                           rng.randint(1, 4))  # fmt: skip
        out = list(paras)
        if "cut" in edits and len(out) > 2:
            keep = max(2, math.ceil(len(out) * rng.uniform(0.3, 0.8)))
            out = out[:keep]
        if "reorder" in edits and len(out) > 3:
            i, j = rng.sample(range(1, len(out)), 2)
            out[i], out[j] = out[j], out[i]
        if "merge" in edits and len(out) > 2:
            i = rng.randrange(len(out) - 1)
            out[i : i + 2] = [out[i] + " " + out[i + 1]]
        if "typos" in edits:
            for i in rng.sample(range(len(out)), min(len(out), rng.randint(1, 3))):
                out[i] = self.typo_fix(out[i])
        if "boilerplate" in edits:
            for _ in range(rng.randint(1, 3)):
                line = self.fill(rng.choice(BOILERPLATE), site, ents)
                out.insert(rng.randint(1, len(out)), line)
        if "intro" in edits:
            out.insert(0, self.fill(rng.choice(INTROS), site, ents))
        if "outro" in edits:
            out.append(self.fill(rng.choice(OUTROS), site, ents))
        return self.headline(ents, " ".join(out)), out

    def with_names(self, paras: list[str], ents: list[str]) -> list[str]:
        """Donor paragraphs with their names replaced by `ents` (same subject, other text)."""
        theirs = entities(" ".join(paras))
        if not theirs or not ents:
            return paras
        mapping = {e: self.rng.choice(ents) for e in theirs}
        pattern = re.compile("|".join(re.escape(e) for e in sorted(theirs, key=len, reverse=True)))
        return [pattern.sub(lambda m: mapping[m.group(0)], p) for p in paras]

    def emit(self, site: str, title: str, paras: list[str], when: datetime, story: str,
             kind: str, follows: str | None = None) -> Doc:  # fmt: skip
        doc = Doc(self.key(site), site, title, "\n\n".join(paras), when, story, kind, follows)
        self.docs.append(doc)
        return doc

    def copies_of(self, doc: Doc, paras: list[str], ents: list[str], count: int) -> None:
        others = [s for s in SITES if s != doc.site]
        for site in self.rng.sample(others, count):
            title, body = self.copy(paras, ents, site)
            early = self.rng.random() < 0.2
            offset = timedelta(minutes=self.rng.randint(5, 600))
            when = doc.published_at - offset if early else doc.published_at + offset
            self.emit(site, title, body, when, doc.story, "copy", doc.story)

    def story(self, n: int, body: str) -> None:
        rng = self.rng
        paras = paragraphs(body)
        ents = entities(body)[:12]
        day = START + timedelta(days=n % 3, minutes=rng.randint(0, 600))
        site = rng.choice(SITES)
        original = self.emit(site, self.headline(ents, body), paras, day, f"s{n}", "original")
        self.copies_of(original, paras, ents, rng.randint(1, 4))
        if rng.random() < 0.5:
            size = min(max(3, len(paras)), 8)
            other = self.with_names(self.donor(size), ents)
            when = day + timedelta(minutes=rng.randint(-300, 300))
            doc = self.emit(rng.choice(SITES), self.headline(ents, other[0]), other, when,
                            f"n{n}", "same-subject")  # fmt: skip
            if rng.random() < 0.3:
                self.copies_of(doc, other, ents, 1)
        if len(paras) >= 4 and rng.random() < 0.5:
            reuse = 1 if len(paras) < 8 else rng.randint(1, 2)
            background = rng.sample(paras[1:], reuse)
            new = self.donor(rng.randint(4, 8))
            while sum(len(p.split()) for p in new) < 2 * sum(len(p.split()) for p in background):
                new += self.donor(1)
            new = self.with_names(new, ents)
            at = rng.choice([2, len(new)])
            body_paras = new[:at] + background + new[at:]
            when = day + timedelta(days=1, minutes=rng.randint(0, 300))
            doc = self.emit(rng.choice(SITES), self.headline(ents, new[0]), body_paras, when,
                            f"f{n}", "follow-up", f"s{n}")  # fmt: skip
            if rng.random() < 0.3:
                self.copies_of(doc, body_paras, ents, 1)


def make_set(bodies: list[str], seed: int = 16) -> list[Doc]:
    """The labelled set, in publication order (time, then key)."""
    maker = _Maker(bodies, seed)
    for n, body in enumerate(maker.originals):
        maker.story(n, body)
    return sorted(maker.docs, key=lambda d: (d.published_at, d.key))
