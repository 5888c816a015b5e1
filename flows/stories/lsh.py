"""Word shingles of an article body and their MinHash signature and LSH band keys.

A body is cut into words (`\\w+`, case-folded), every run of `k` consecutive words is a
shingle, and each shingle becomes a 64-bit hash. Hashes are stable across processes and
machines (blake2b of each word, mixed with fixed constants), because signatures are kept
as data and compared with signatures made on later days.

The MinHash signature is one-permutation hashing in numpy (see `minhash`): one hash per
shingle, not one per shingle and permutation, so a batch of bodies costs a few vectorised
numpy calls (docs/stories.md says why numpy, not datasketch). Signatures are cut into LSH
bands, and each band becomes one 64-bit key.

>>> s = sketch("Floods forced thousands of people from their homes in northern Cameroon.")
>>> len(s.shingles), s.bands.shape
(7, (64,))
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

SHINGLE_WORDS = 5
"""Words per shingle: long enough that names and stock phrases ("said on Tuesday") rarely
make one on their own, short enough that a typo fix costs only five shingles."""
NUM_PERM = 128
"""MinHash permutations per body."""
BANDS = 64
"""LSH bands of ROWS signature values each (BANDS * ROWS == NUM_PERM)."""
ROWS = 2
"""Rows per band. Two rows make a pair a candidate with probability 1 - (1 - J**2)**64:
0.92 at Jaccard 0.2, 0.99 at 0.27, so a copy cut to a quarter of the story is still found."""
LEAD_SHINGLES = 25
"""A body's lead: the shingles of its first paragraph of at least SHINGLE_WORDS words, at
most this many (about its first sentence). Syndication cuts stories from the bottom and adds
text around them, so a copy keeps its original's lead; a follow-up that reuses background
paragraphs does not (shingles that run on into the second paragraph are left out, so a
one-line first paragraph does not make the second one part of the lead)."""
SEED = 20261203
"""Seed of the permutations and word hashes: changing it invalidates every stored index."""

_WORD = re.compile(r"\w+")
_ASCII_WORD = re.compile(r"\w+", re.ASCII)
"""The same matches on ASCII text, about a quarter faster."""
_MASK64 = np.uint64(0xFFFFFFFFFFFFFFFF)
_BIN_BITS = 7
"""log2(NUM_PERM): the top bits of a shingle hash that pick its bin."""
_EMPTY = np.uint64(1 << 40)
"""A bin's value while no shingle has fallen into it (above any 32-bit value)."""
_ROTATE = np.uint64(0x9E3779B1)
"""Offset added to a borrowed value per bin it travels, so borrowed values differ from the
bin's neighbour's own."""


def _splitmix(x: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser, elementwise on uint64 (wrapping arithmetic)."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


_rng = np.random.default_rng(SEED)
_POS = _rng.integers(0, 2**63, size=SHINGLE_WORDS, dtype=np.uint64) * np.uint64(2) + np.uint64(1)
_BAND_SALT = _splitmix(np.arange(1, BANDS + 1, dtype=np.uint64))
_SALT = SEED.to_bytes(8, "little")


class _WordHashes(dict[str, int]):
    """Stable 64-bit word hashes, computed once per distinct word in a process."""

    def __missing__(self, word: str) -> int:
        if len(self) > 2_000_000:
            self.clear()
        digest = hashlib.blake2b(word.encode("utf-8"), digest_size=8, key=_SALT).digest()
        value = self[word] = int.from_bytes(digest, "little")
        return value


_WORD_HASHES = _WordHashes()


def words(text: str) -> list[str]:
    """The body's words as shingles see them: `\\w+` runs, case-folded."""
    folded = text.casefold()
    return (_ASCII_WORD if folded.isascii() else _WORD).findall(folded)


def shingle_hashes(text: str, k: int = SHINGLE_WORDS) -> np.ndarray:
    """The sorted, distinct 64-bit hashes of the text's k-word shingles (uint64).

    A text of fewer than k words has no shingles and matches nothing.
    """
    return _shingles_and_lead(text, k)[0]


def _shingles_and_lead(text: str, k: int = SHINGLE_WORDS) -> tuple[np.ndarray, np.ndarray]:
    """All shingle hashes (sorted, distinct) and those of the first LEAD_SHINGLES shingles."""
    # Words by paragraph, which the lead needs: no word spans a line break.
    paragraphs = [words(paragraph) for paragraph in text.split("\n")]
    tokens = [token for paragraph in paragraphs for token in paragraph]
    if len(tokens) < k:
        empty = np.empty(0, dtype=np.uint64)
        return empty, empty
    word = np.fromiter(map(_WORD_HASHES.__getitem__, tokens), dtype=np.uint64, count=len(tokens))
    n = len(tokens) - k + 1
    acc = np.zeros(n, dtype=np.uint64)
    for i in range(k):
        acc += word[i : i + n] * _POS[i]
    hashes = _splitmix(acc)
    start, lead = 0, hashes[:0]
    for paragraph in paragraphs:
        count = len(paragraph)
        if count >= k:
            lead = hashes[start : start + min(LEAD_SHINGLES, count - k + 1)]
            break
        start += count
    return _distinct(hashes), _distinct(lead)


def _distinct(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values (a sort and a mask: faster than np.unique on short arrays)."""
    out = np.sort(values)
    if len(out) > 1:
        out = out[np.concatenate(([True], out[1:] != out[:-1]))]
    return out


def minhash(shingle_sets: Sequence[np.ndarray]) -> np.ndarray:
    """MinHash signatures, one row of NUM_PERM uint32 per shingle set (all ones when empty).

    One-permutation hashing with densification by rotation (Shrivastava and Li, ICML 2014):
    a shingle's 64-bit hash picks one of NUM_PERM bins with its top bits, and each bin keeps
    the smallest low 32 bits among its shingles. A bin no shingle fell into borrows the value
    of the next filled bin to its right (circularly), plus a fixed offset per step. Two sets
    then agree in a position with probability equal to their Jaccard similarity, as with
    NUM_PERM separate permutations, at the cost of one hash per shingle instead of NUM_PERM.
    """
    n = len(shingle_sets)
    out = np.full((n, NUM_PERM), _EMPTY, dtype=np.uint64)
    sizes = np.array([len(s) for s in shingle_sets], dtype=np.int64)
    if not sizes.sum():
        return out.astype(np.uint32)
    flat = np.concatenate([s for s in shingle_sets if len(s)])
    doc = np.repeat(np.arange(n, dtype=np.int64), sizes)
    cell = doc * NUM_PERM + (flat >> np.uint64(64 - _BIN_BITS)).astype(np.int64)
    value = flat & np.uint64(0xFFFFFFFF)
    np.minimum.at(out.reshape(-1), cell, value)
    empty = out == _EMPTY
    filled_docs = sizes > 0
    step = 0
    while True:
        todo = empty & filled_docs[:, None]
        if not todo.any():
            break
        step += 1
        rolled = np.roll(out, -1, axis=1)
        take = todo & (rolled != _EMPTY)
        out[take] = (rolled[take] + _ROTATE) & np.uint64(0xFFFFFFFF)
        empty = out == _EMPTY
        if step > NUM_PERM:
            break
    out[~filled_docs] = np.uint64(0xFFFFFFFF)
    return out.astype(np.uint32)


def band_keys(signatures: np.ndarray) -> np.ndarray:
    """LSH band keys: for each row, BANDS uint64 values, each a hash of ROWS signature values
    and the band's number, so keys of different bands never collide by construction."""
    sig = signatures.astype(np.uint64).reshape(len(signatures), BANDS, ROWS)
    packed = np.zeros((len(signatures), BANDS), dtype=np.uint64)
    for r in range(ROWS):
        packed = (packed << np.uint64(32)) ^ sig[:, :, r]
    return _splitmix(packed ^ _BAND_SALT[None, :])


@dataclass(frozen=True, slots=True)
class Sketch:
    """One body's shingle hashes (sorted, distinct), its lead's, and its LSH band keys."""

    shingles: np.ndarray
    lead: np.ndarray
    bands: np.ndarray

    @property
    def empty(self) -> bool:
        return not len(self.shingles)


def sketches(texts: Sequence[str]) -> list[Sketch]:
    """Sketches of many bodies, their MinHash computed in one batch. A text seen twice is
    sketched once: refetches of an unchanged article repeat its body."""
    position = {text: i for i, text in enumerate(dict.fromkeys(texts))}
    parts = [_shingles_and_lead(text) for text in position]
    keys = band_keys(minhash([shingles for shingles, _ in parts]))
    made = [Sketch(shingles, lead, keys[i]) for i, (shingles, lead) in enumerate(parts)]
    return [made[position[text]] for text in texts]


def sketch(text: str) -> Sketch:
    """The sketch of one body."""
    return sketches([text])[0]
