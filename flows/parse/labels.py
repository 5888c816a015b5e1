"""The words pages put before a date or a name to say what it is, shared by the body's
boilerplate (a post's "Published" line, an editor's credit under the text) and the metadata
(where a byline's names end, a Chinese page's editor line)."""

from __future__ import annotations

PUBLISHED_WORDS = (
    *("published", "posted", "veröffentlicht", "publié", "publicado", "pubblicato"),
    *("opublikowano", "опубликовано", "gepubliceerd", "publisert", "publicerad", "publiceret"),
    "publikováno",
)
""""Published" as a date's label, in the languages of Europe's press. The words for "updated"
differ by use: a byline leaves out those another word opens ("Sist oppdatert")."""

EDITOR_IN_CHARGE = ("责任编辑", "責任編輯", "责编", "責編")
"""The editor in charge of a Chinese story, whom its credit line names under the text."""
