"""Stories across sites: copies of one article body, found with MinHash-LSH on word shingles
and confirmed on the shingles themselves (docs/stories.md). Pure functions over text and
arrays; imports nothing from newsflow above flows.contracts, flows.times and flows.settings."""

from flows.stories.lsh import Sketch, sketch, sketches
from flows.stories.placement import (
    Assignment,
    Params,
    StoryArticle,
    StoryIndex,
    assign,
    cluster,
)
