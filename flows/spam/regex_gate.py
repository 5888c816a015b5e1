"""The words a regular expression cannot match without, read from the parsed pattern.

Python's `re` tries a pattern at every position of a text. For the spam rules that is
most of the scoring time, though nearly every rule fails on nearly every comment: most
of their alternatives need a whole word ("whatsapp", "subscribe") or a fixed string
("t&c"). `needs_of` reads which from the parsed pattern; `Gates` tells for many
patterns at once which may match a text, from its set of words; the others need not run.
A gate only ever skips a search that would have failed: the needs are derived for
IGNORECASE patterns searched in lowercased text, and gates must not judge a text holding
one of FOLD_HAZARDS (`has_fold_hazard`), the few letters that match an ASCII letter only
case-insensitively. Whatever the derivation does not understand counts as "may match".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from re import _parser  # type: ignore[attr-defined]
from typing import Any

FOLD_HAZARDS = frozenset("\u0130\u0131\u017f\u212a")
"""Letters IGNORECASE matches to an ASCII letter: İ and ı to "i", ſ to "s", Kelvin K to "k"."""
MAX_STRINGS = 64
"""Fixed strings a node may stand for before it counts as "anything"."""
MAX_CLAUSES = 16
"""Alternative sets of needs kept when two are combined; past it the smaller set is kept."""
MAX_SCANS = 6
"""Trigger strings of one pattern tested one by one; more are first searched for at once."""
WORD = re.compile(r"\w+")
_HAZARD = re.compile(f"[{''.join(sorted(FOLD_HAZARDS))}]")
_EASY_FLAGS = re.IGNORECASE | re.UNICODE | re.VERBOSE
_COMMON = frozenset(
    [
        "a",
        "all",
        "am",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "but",
        "by",
        "do",
        "for",
        "from",
        "get",
        "go",
        "have",
        "he",
        "her",
        "him",
        "i",
        "in",
        "is",
        "it",
        "just",
        "like",
        "me",
        "my",
        "no",
        "not",
        "now",
        "of",
        "on",
        "or",
        "our",
        "out",
        "so",
        "that",
        "the",
        "this",
        "to",
        "up",
        "us",
        "was",
        "we",
        "will",
        "with",
        "you",
        "your",
    ]
)
"""Words in nearly every comment: a poor trigger when a rarer one is needed as well."""


@dataclass(frozen=True, slots=True)
class Either:
    """Met when the text has one of `words` as a whole word or one of `strings` anywhere."""

    words: frozenset[str] = frozenset()
    strings: frozenset[str] = frozenset()

    def met(self, words: frozenset[str], text: str) -> bool:
        return not self.words.isdisjoint(words) or any(s in text for s in self.strings)


Clause = tuple[Either, ...]
"""Every part must be met."""
Needs = tuple[Clause, ...]
"""One clause must be met; `ANYTHING` is the one empty clause."""
ANYTHING: Needs = ((),)


class Gates:
    """Which of several patterns may match a text, found from the text's words at once.

    Each clause of each pattern's needs is filed under its one part likeliest to be
    missing (its trigger); a text opens the patterns of the clauses whose trigger it has
    and whose other parts it meets as well.
    """

    __slots__ = ("_always", "_by_word", "_strings_of", "_unless", "_words")

    def __init__(self, needs: Sequence[Needs]) -> None:
        self._always = frozenset(i for i, n in enumerate(needs) if any(not c for c in n))
        by_word: dict[str, set[int]] = {}
        unless: dict[str, list[tuple[int, Clause]]] = {}
        strings_of: dict[int, list[tuple[str, Clause]]] = {}
        for i, pattern_needs in enumerate(needs):
            if i in self._always:
                continue
            for clause in pattern_needs:
                trigger = min(clause, key=_cost)
                rest = tuple(part for part in clause if part is not trigger)
                for word in trigger.words:
                    if rest:
                        unless.setdefault(word, []).append((i, rest))
                    else:
                        by_word.setdefault(word, set()).add(i)
                for string in trigger.strings:
                    strings_of.setdefault(i, []).append((string, rest))
        self._by_word = {word: frozenset(found) for word, found in by_word.items()}
        self._unless = unless
        self._words = frozenset(by_word) | frozenset(unless)
        self._strings_of = tuple(
            (
                i,
                _alternation({s for s, _ in pairs}) if len(pairs) > MAX_SCANS else None,
                tuple(pairs),
            )
            for i, pairs in strings_of.items()
        )

    def open(self, words: frozenset[str], text: str) -> set[int]:
        """The patterns that may match `text` (lowercased, free of fold hazards, see
        `has_fold_hazard`; its \\w+ runs `words`); every other one cannot."""
        found = set(self._always)
        for word in self._words.intersection(words):
            found.update(self._by_word.get(word, ()))
            for i, rest in self._unless.get(word, ()):
                if i not in found and all(part.met(words, text) for part in rest):
                    found.add(i)
        for i, any_string, pairs in self._strings_of:
            if i in found or (any_string is not None and any_string.search(text) is None):
                continue
            for string, rest in pairs:
                if string in text and all(part.met(words, text) for part in rest):
                    found.add(i)
                    break
        return found


def _alternation(strings: set[str]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(s) for s in sorted(strings, key=lambda s: (-len(s), s))))


def has_fold_hazard(text: str) -> bool:
    """Whether gates may not judge `text`: it holds a letter in FOLD_HAZARDS."""
    return not text.isascii() and _HAZARD.search(text) is not None


def alternatives(pattern: str, flags: int = re.IGNORECASE) -> list[str]:
    """The top-level alternatives of `pattern` (`a|b(c|d)` → `a`, `b(c|d)`): the pattern
    matches somewhere exactly when one of them does, and each can have its own gate. The
    whole pattern, alone, when a piece would not mean the same on its own: verbose or
    inline flags, comments, or a piece that does not compile (a group referred to across
    pieces).

    >>> alternatives(r"\\bwin\\b|free (?:cash|gift)|[|]")
    ['\\\\bwin\\\\b', 'free (?:cash|gift)', '[|]']
    """
    if flags & re.VERBOSE or "(?" in pattern.replace("(?:", "").replace("(?!", "").replace(
        "(?=", ""
    ).replace("(?<", ""):
        return [pattern]
    pieces, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += 1 + pattern.startswith("^", i + 1)
            i += pattern.startswith("]", i)
            continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            pieces.append(pattern[start:i])
            start = i + 1
        i += 1
    pieces.append(pattern[start:])
    whole = re.compile(pattern, flags).flags
    try:
        if any(re.compile(piece, flags).flags != whole for piece in pieces):
            return [pattern]
    except re.error:
        return [pattern]
    return pieces


def needs_of(pattern: str, flags: int = re.IGNORECASE) -> Needs:
    """What any match of `pattern`, compiled with `flags`, needs in lowercased text.

    >>> gates = Gates([needs_of(r"\\b(?:whats\\s?app|telegram)\\b")])
    >>> gates.open(frozenset({"ping", "me", "on", "telegram"}), "ping me on telegram")
    {0}
    >>> gates.open(frozenset({"great", "piece"}), "great piece")
    set()
    """
    parsed = _parser.parse(pattern, flags)
    if not flags & re.IGNORECASE or parsed.state.flags & ~_EASY_FLAGS:
        return ANYTHING
    needs = _sequence(list(parsed.data), left=False, right=False)[1]
    return ANYTHING if any(not clause for clause in needs) else needs


def _cost(part: Either) -> float:
    """A guess at how likely a comment meets `part`: a common word often, a rare one
    seldom, a string of n characters about 30 times in 4**n (it may sit inside any word);
    plus a little for each string, which takes a scan of the text to test."""
    words = sum(0.3 if w in _COMMON else 0.01 for w in part.words)
    return words + sum(min(1.0, 30 / 4 ** len(s)) + 0.05 for s in part.strings)


Node = tuple[Any, Any]
Strings = frozenset[str] | None
"""Every string a node can match, when they are few and fixed; else None."""


def _sequence(items: list[Node], *, left: bool, right: bool) -> tuple[Strings, Needs]:
    """Strings and needs of items matched one after the other. `left`/`right`: the text
    just outside is certain to be a non-word character or an end."""
    if not items:
        return frozenset({""}), ANYTHING
    needs: list[Needs] = []
    run: set[str] | None = None
    run_left = left
    whole = True
    for i, (op, av) in enumerate(items):
        before = _bounded(items[:i][::-1], side="before", default=left)
        here = _bounded(items[i:], side="after", default=right)
        after = _bounded(items[i + 1 :], side="after", default=right)
        strings, node_needs = _node(op, av, left=before, right=after)
        if strings is not None and (run is None or len(run) * len(strings) <= MAX_STRINGS):
            if run is None:
                run, run_left = set(strings), before
            else:
                run = {a + b for a in run for b in strings}
            continue
        if run is not None:
            needs.append(_from_strings(run, left=run_left, right=here))
            whole, run = False, None
        if strings is not None:
            run, run_left = set(strings), before
        else:
            whole = False
            needs.append(node_needs)
    if run is not None:
        needs.append(_from_strings(run, left=run_left, right=right))
    result = ANYTHING
    for part in needs:
        result = _all(result, part)
    if whole and run is not None:
        return frozenset(run), result
    return None, result


def _node(op: Any, av: Any, *, left: bool, right: bool) -> tuple[Strings, Needs]:
    if op is _parser.LITERAL:
        char = chr(av)
        return (frozenset({char.lower()}), ANYTHING) if char.isascii() else (None, ANYTHING)
    if op is _parser.IN:
        chars = [chr(v) for kind, v in av if kind is _parser.LITERAL]
        if len(chars) == len(av) <= 8 and all(c.isascii() for c in chars):
            return frozenset(c.lower() for c in chars), ANYTHING
        return None, ANYTHING
    if op is _parser.SUBPATTERN:
        _, add_flags, del_flags, pattern = av
        if add_flags or del_flags:
            return None, ANYTHING
        return _sequence(list(pattern.data), left=left, right=right)
    if op is _parser.BRANCH:
        branches = [_sequence(list(b.data), left=left, right=right) for b in av[1]]
        needs = _any([n for _, n in branches])
        alternatives = [s for s, _ in branches]
        if all(s is not None for s in alternatives):
            union = frozenset().union(*(s for s in alternatives if s is not None))
            if len(union) <= MAX_STRINGS:
                return union, needs
        return None, needs
    if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT):
        low, high, pattern = av
        if high == 1:
            strings, needs = _sequence(list(pattern.data), left=left, right=right)
            if low == 0:
                return (None if strings is None else strings | {""}), ANYTHING
            return strings, needs
        once, needs = _sequence(list(pattern.data), left=False, right=False)
        repeated = _repeated(once, low, high)
        return repeated, needs if low >= 1 else ANYTHING
    return None, ANYTHING


def _repeated(strings: Strings, low: int, high: int) -> Strings:
    """The strings of `low` to `high` (at most 4) repeats of one of `strings`, when they
    are few."""
    if strings is None or high > 4:
        return None
    found: set[str] = set()
    power = {""}
    for count in range(high + 1):
        if count >= low:
            found |= power
        if len(found) > MAX_STRINGS:
            return None
        power = {a + b for a in power for b in strings}
    return frozenset(found)


def _from_strings(strings: set[str], *, left: bool, right: bool) -> Needs:
    """A match of one of `strings`: its whole words (those bounded on both sides, by the
    string itself or by `left`/`right`), and the string itself when it is not one word."""
    clauses: list[Clause] = []
    for string in strings:
        if not string:
            return ANYTHING
        words = [
            m.group()
            for m in WORD.finditer(string)
            if (m.start() > 0 or left) and (m.end() < len(string) or right)
        ]
        parts = [Either(words=frozenset({w})) for w in sorted(set(words))]
        if words != [string]:
            parts.append(Either(strings=frozenset({string})))
        clauses.append(tuple(parts))
    return _any([(clause,) for clause in clauses])


def _any(alternatives: list[Needs]) -> Needs:
    """Needs met when one of `alternatives` is; one-part clauses merge into one part."""
    clauses = [clause for needs in alternatives for clause in needs]
    if any(not clause for clause in clauses):
        return ANYTHING
    single = [clause[0] for clause in clauses if len(clause) == 1]
    strings = frozenset().union(*(p.strings for p in single))
    # A text holding a string holds every string inside it: the shortest ones suffice.
    shortest = frozenset(s for s in strings if not any(o != s and o in s for o in strings))
    merged = Either(frozenset().union(*(p.words for p in single)), shortest)
    rest = list(dict.fromkeys(clause for clause in clauses if len(clause) > 1))
    return tuple(rest) + (((merged,),) if single else ())


def _all(first: Needs, second: Needs) -> Needs:
    """Needs met when both are; the fewer clauses when the product grows too large."""
    if first == ANYTHING:
        return second
    if second == ANYTHING:
        return first
    product = tuple(dict.fromkeys(a + b for a in first for b in second))
    if len(product) <= MAX_CLAUSES:
        return product
    return first if len(first) <= len(second) else second


def _bounded(items: list[Node], *, side: str, default: bool) -> bool:
    """Whether the character next to a spot is certain to be a non-word character (or the
    spot an end), given the items from that spot outwards (`side`: they come before/after it)."""
    for op, av in items:
        verdict = _edge(op, av, side)
        if verdict != "transparent":
            return verdict == "yes"
    return default


def _edge(op: Any, av: Any, side: str) -> str:
    """ "yes": the item puts a non-word character or boundary at the edge facing the spot;
    "transparent": it may consume nothing there, look further out; "no": unknown."""
    if op is _parser.AT:
        ends = {
            "before": (_parser.AT_BEGINNING, _parser.AT_BEGINNING_STRING),
            "after": (_parser.AT_END, _parser.AT_END_STRING),
        }[side]
        return "yes" if av is _parser.AT_BOUNDARY or av in ends else "no"
    if op in (_parser.ASSERT, _parser.ASSERT_NOT):
        return "transparent"
    if op is _parser.LITERAL:
        return "yes" if _non_word(chr(av)) else "no"
    if op is _parser.IN:
        return "yes" if all(_non_word_entry(kind, v) for kind, v in av) else "no"
    if op is _parser.SUBPATTERN:
        _, add_flags, del_flags, pattern = av
        return "no" if add_flags or del_flags else _edge_of(list(pattern.data), side)
    if op is _parser.BRANCH:
        verdicts = {_edge_of(list(b.data), side) for b in av[1]}
        return "no" if "no" in verdicts else ("transparent" if "transparent" in verdicts else "yes")
    if op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT, _parser.POSSESSIVE_REPEAT):
        low, _, pattern = av
        verdict = _edge_of(list(pattern.data), side)
        return verdict if low >= 1 or verdict == "no" else "transparent"
    return "no"


def _edge_of(items: list[Node], side: str) -> str:
    ordered = items[::-1] if side == "before" else items
    for op, av in ordered:
        verdict = _edge(op, av, side)
        if verdict != "transparent":
            return verdict
    return "transparent"


def _non_word_entry(kind: Any, value: Any) -> bool:
    if kind is _parser.LITERAL:
        return _non_word(chr(value))
    return kind is _parser.CATEGORY and value in (
        _parser.CATEGORY_SPACE,
        _parser.CATEGORY_NOT_WORD,
    )


def _non_word(char: str) -> bool:
    """An ASCII character \\w does not match: no case-insensitive match makes it a letter."""
    return char.isascii() and WORD.match(char) is None
