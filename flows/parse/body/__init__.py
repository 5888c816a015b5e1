"""The article body. `extract_body` is the way in, `prefer_json_ld`, `prefer_page_state` and
`with_recipe_card` the JSON fallbacks the page parser weighs against it; the modules, read
bottom-up, are listed in docs/extraction.md."""

from flows.parse.body.extract import extract_body
from flows.parse.body.json_ld import prefer_json_ld, prefer_page_state, with_recipe_card

__all__ = ["extract_body", "prefer_json_ld", "prefer_page_state", "with_recipe_card"]
