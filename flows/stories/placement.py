"""Articles into stories, one new batch at a time, without re-clustering history.

Each article, in the order given, is compared with the earlier articles whose MinHash band
keys it shares (candidates). A candidate counts as a copy only when the shingles the two
bodies share are enough text (`Params.min_shared`) and cover most of the shorter body
(`Params.min_containment`), so a copy cut to its first paragraphs still joins its full
original, while a story that only names the same people or reuses a paragraph of background
does not. The article joins the story of its best copy (highest containment, then most
shared shingles, then the smallest key); with none it starts a story of its own. Stories are
never merged afterwards, so one article that overlaps two stories cannot chain them.

The stories so far are data, a `StoryIndex`: per article its key, story id, the key of its
story's first article and its band keys (an Arrow table, kept in Parquet or DuckDB). A new
batch needs that index and the bodies of the few earlier articles that are candidates, read
through `text_of`, so it costs in proportion to the batch plus one vectorised pass over the
index's band keys.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pyarrow as pa

from flows.stories.lsh import BANDS, NUM_PERM, ROWS, SEED, SHINGLE_WORDS, Sketch, sketches

TextOf = Callable[[Sequence[str]], Mapping[str, str]]
"""Given article keys from the index, their bodies (a key that is gone may be left out)."""


@dataclass(frozen=True, slots=True)
class Params:
    """When a candidate pair counts as two copies of one story: enough shared text, covering
    most of the shorter body, or a good part of it when one body's lead is in the other."""

    min_shared: int = 20
    """Shared shingles, at least: about a sentence of common text."""
    min_containment: float = 0.6
    """Shared shingles over the shorter body's shingles, for any pair."""
    lead_containment: float = 0.3
    """The same share, enough when one body's lead is found in the other (a cut copy with a
    local intro, outro and boilerplate keeps its original's lead; a follow-up that reuses
    background paragraphs does not)."""
    lead_found: float = 0.5
    """Share of a lead's shingles the other body must hold for the lead to count as found."""
    max_candidates: int = 64
    """Candidates checked on their shingles per article, those sharing the most band keys
    first: text every article of a site carries (a boilerplate block) makes most of the
    site's articles candidates of each other, and checking them all grows with the square
    of the site's articles."""


@dataclass(frozen=True, slots=True)
class StoryArticle:
    """An article to place: its key (the latest fetch of a canonical url) and its body."""

    key: str
    body: str


@dataclass(frozen=True, slots=True)
class Assignment:
    """Where an article went.

    `matched` is the earlier article it was found to copy (None when it starts a story);
    `similarity` is the containment between it and its story's first article (1.0 for the
    first article itself; 0.0 when the first article's body is no longer available)."""

    key: str
    story_id: str
    first_key: str
    matched: str | None
    similarity: float


def story_id_of(first_key: str) -> str:
    """A story's id: a hash of its first article's key, so it is the same in any rebuild."""
    return hashlib.sha256(first_key.encode("utf-8")).hexdigest()[:16]


INDEX_SCHEMA = pa.schema(
    [
        pa.field("article_key", pa.string(), nullable=False),
        pa.field("story_id", pa.string(), nullable=False),
        pa.field("first_key", pa.string(), nullable=False),
        pa.field("bands", pa.list_(pa.uint64(), BANDS), nullable=False),
    ],
    metadata={
        "stories.sketch": f"shingle_words={SHINGLE_WORDS} num_perm={NUM_PERM} "
        f"bands={BANDS} rows={ROWS} seed={SEED}"
    },
)


@dataclass
class StoryIndex:
    """The stories so far: one row per article (key, story, story's first key, band keys)."""

    keys: list[str] = field(default_factory=list)
    story_ids: list[str] = field(default_factory=list)
    first_keys: list[str] = field(default_factory=list)
    bands: np.ndarray = field(default_factory=lambda: np.empty((0, BANDS), dtype=np.uint64))

    def __len__(self) -> int:
        return len(self.keys)

    def to_arrow(self) -> pa.Table:
        flat = pa.array(self.bands.reshape(-1), type=pa.uint64())
        return pa.Table.from_arrays(
            [
                pa.array(self.keys, pa.string()),
                pa.array(self.story_ids, pa.string()),
                pa.array(self.first_keys, pa.string()),
                pa.FixedSizeListArray.from_arrays(flat, BANDS),
            ],
            schema=INDEX_SCHEMA,
        )

    @classmethod
    def from_arrow(cls, table: pa.Table) -> StoryIndex:
        """The index from its table; refuses one made with other sketch parameters."""
        stamp = (table.schema.metadata or {}).get(b"stories.sketch")
        expected = INDEX_SCHEMA.metadata[b"stories.sketch"]
        if stamp is not None and stamp != expected:
            raise ValueError(f"story index made with {stamp!r}, this code uses {expected!r}")
        bands = table.column("bands").combine_chunks()
        values = bands.flatten().to_numpy(zero_copy_only=False).astype(np.uint64)
        return cls(
            keys=table.column("article_key").to_pylist(),
            story_ids=table.column("story_id").to_pylist(),
            first_keys=table.column("first_key").to_pylist(),
            bands=values.reshape(len(table), BANDS),
        )


def _overlap(a: Sketch, b: Sketch) -> tuple[int, float]:
    """Shared shingles and their share of the smaller set."""
    if a.empty or b.empty:
        return 0, 0.0
    shared = len(np.intersect1d(a.shingles, b.shingles, assume_unique=True))
    return shared, shared / min(len(a.shingles), len(b.shingles))


def _lead_found(a: Sketch, b: Sketch, share: float) -> bool:
    """Whether either body's lead is (mostly) in the other."""
    for lead, other in ((a.lead, b.shingles), (b.lead, a.shingles)):
        if len(lead) and np.isin(lead, other, assume_unique=True).mean() >= share:
            return True
    return False


def _copies(a: Sketch, b: Sketch, params: Params) -> tuple[float, int] | None:
    """(containment, shared shingles) when a and b are copies of one story, else None."""
    shared, containment = _overlap(a, b)
    if shared < params.min_shared or containment < params.lead_containment:
        return None
    if containment >= params.min_containment or _lead_found(a, b, params.lead_found):
        return containment, shared
    return None


def assign(
    index: StoryIndex,
    articles: Iterable[StoryArticle],
    text_of: TextOf,
    params: Params = Params(),
    sketched: Sequence[Sketch] | None = None,
) -> tuple[list[Assignment], StoryIndex]:
    """Place a new batch of articles into the stories of `index`.

    Parameters
    ----------
    index: the stories so far (not changed).
    articles: the new fetches of articles, in the order they should be placed (earliest
        first). A key seen again (a refetch, in the index or earlier in the batch) keeps its
        story; from then on later articles are matched against its new body. So placing all
        fetches in one batch gives what placing them in consecutive batches gives.
    text_of: the bodies that earlier articles' index rows were made from, by key; asked once
        for the batch's candidates and once for the first articles of the stories the batch
        joined.
    sketched: the articles' sketches, when the caller has made them already.

    Returns
    -------
    One assignment per new key (at its last fetch), in the order the keys first appear, and
    the new index (the old rows, with the batch's rows added or replaced).
    """
    batch = list(articles)
    sk = list(sketched) if sketched is not None else sketches([a.body for a in batch])
    new_bands = np.stack([s.bands for s in sk]) if sk else np.empty((0, BANDS), np.uint64)
    position = {key: i for i, key in enumerate(index.keys)}

    # History rows that share a band key with the batch: one vectorised pass over the index.
    buckets: dict[int, list[str]] = {}
    flat = index.bands.reshape(-1)
    if len(flat) and len(new_bands):
        hits = np.nonzero(np.isin(flat, new_bands.reshape(-1)))[0]
        for pos in hits.tolist():
            buckets.setdefault(int(flat[pos]), []).append(index.keys[pos // BANDS])
    story_of: dict[str, str] = {}
    first_of: dict[str, str] = {}
    bands_of: dict[str, np.ndarray] = {}
    hist_candidates = {k for keys in buckets.values() for k in keys}
    sketch_of = dict(zip(hist_candidates, _sketch_texts(text_of, hist_candidates), strict=True))
    for key in hist_candidates:
        i = position[key]
        story_of[key], first_of[key], bands_of[key] = (
            index.story_ids[i],
            index.first_keys[i],
            index.bands[i],
        )

    matched_of: dict[str, str | None] = {}
    similarity_of: dict[str, float | Sketch | None] = {}
    for article, s in zip(batch, sk, strict=True):
        key = article.key
        if key in story_of or key in position:
            # Placed before (in history or earlier in this batch): a refetch keeps its story,
            # and from now on it is matched by its new body only.
            if key not in story_of:
                i = position[key]
                story_of[key], first_of[key] = index.story_ids[i], index.first_keys[i]
            for value in bands_of.get(key, np.empty(0, np.uint64)).tolist():
                if key in buckets.get(value, ()):
                    buckets[value].remove(key)
            matched_of.setdefault(key, None)
        else:
            best_key = _best_copy(key, s, buckets, sketch_of, params)
            if best_key is not None:
                story_of[key], first_of[key] = story_of[best_key], first_of[best_key]
            else:
                story_of[key], first_of[key] = story_id_of(key), key
            matched_of[key] = best_key
        sketch_of[key] = s
        bands_of[key] = s.bands
        if not s.empty:
            for value in s.bands.tolist():
                buckets.setdefault(value, []).append(key)
        # Similarity to the first article as it stands now (later refetches of the first
        # article do not change it); a first article not read yet is read once, below.
        first = first_of[key]
        similarity_of[key] = 1.0 if first == key else sketch_of.get(first)

    missing = {first_of[k] for k, v in similarity_of.items() if v is None}
    late = dict(zip(missing, _sketch_texts(text_of, missing), strict=True))
    assignments = []
    for key, matched in matched_of.items():
        similarity = similarity_of[key]
        if not isinstance(similarity, float):
            first_sketch = similarity if similarity is not None else late[first_of[key]]
            similarity = _overlap(sketch_of[key], first_sketch)[1]
        assignments.append(
            Assignment(key, story_of[key], first_of[key], matched, round(similarity, 4))
        )
    return assignments, _updated(index, assignments, bands_of, position)


def _best_copy(
    key: str,
    s: Sketch,
    buckets: dict[int, list[str]],
    sketch_of: dict[str, Sketch],
    params: Params,
) -> str | None:
    """The earlier article that `s` copies best (highest containment, then most shared
    shingles, then the smallest key, so the order candidates are found in never matters),
    among those sharing a band key with it: at most `params.max_candidates` of them, those
    sharing the most band keys first."""
    if s.empty:
        return None
    shared_bands: dict[str, int] = {}
    for value in s.bands.tolist():
        for other in buckets.get(value, ()):
            if other != key:
                shared_bands[other] = shared_bands.get(other, 0) + 1
    candidates = sorted(shared_bands, key=lambda other: (-shared_bands[other], other))
    best: tuple[tuple[float, int], str] | None = None
    for other in candidates[: params.max_candidates]:
        score = _copies(s, sketch_of[other], params)
        if score is None:
            continue
        if best is None or score > best[0] or (score == best[0] and other < best[1]):
            best = (score, other)
    return None if best is None else best[1]


def _sketch_texts(text_of: TextOf, keys: set[str]) -> list[Sketch]:
    """Sketches of earlier articles' bodies, in the iteration order of `keys` (an article
    whose body is gone gets an empty sketch and matches nothing)."""
    if not keys:
        return []
    ordered = list(keys)
    texts = text_of(ordered)
    return sketches([texts.get(key, "") for key in ordered])


def _updated(
    index: StoryIndex,
    assignments: list[Assignment],
    bands_of: dict[str, np.ndarray],
    position: dict[str, int],
) -> StoryIndex:
    keys, story_ids, first_keys = list(index.keys), list(index.story_ids), list(index.first_keys)
    bands = index.bands.copy()
    added = []
    for a in assignments:
        i = position.get(a.key)
        if i is not None:
            bands[i] = bands_of[a.key]
            continue
        keys.append(a.key)
        story_ids.append(a.story_id)
        first_keys.append(a.first_key)
        added.append(bands_of[a.key])
    bands = np.concatenate([bands, np.stack(added)]) if added else bands
    return StoryIndex(keys, story_ids, first_keys, bands)


def cluster(articles: Iterable[StoryArticle], params: Params = Params()) -> list[Assignment]:
    """All articles at once, in the order given: the same as placing them batch by batch."""
    batch = list(articles)
    bodies = {a.key: a.body for a in batch}
    assignments, _ = assign(StoryIndex(), batch, lambda keys: bodies, params)
    return assignments
