"""The words pages put before a date or a name to say what it is, shared by the body's
boilerplate (a post's "Published" line, an editor's credit under the text) and the metadata
(where a byline's names end, a Chinese page's editor line); and the words of a page's own
controls, which a name beside a date is not (`UI_WORDS`), those beside a post among them
(`ACTION_WORDS`, `REPLY_WORDS`)."""

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

REPLY_WORDS = frozenset(
    {"reply", "antworten", "répondre", "responder", "rispondi", "reageren", "ответить"}
    | {"返信", "回复", "回覆", "답글"}
)
"""A reply control's word, in English, German, French, Spanish, Italian, Dutch, Russian,
Japanese, Chinese and Korean."""

ACTION_WORDS = REPLY_WORDS | frozenset(
    {"permalink", "link", "report", "share", "quote", "edit", "delete", "flag", "like"}
    | {"melden", "top", "more"}
)
"""The first word of a control's link beside a post ("Reply", "Report this comment", "Link to
this", "Melden"): never its author's name nor its words."""

UI_WORDS = ACTION_WORDS | frozenset(
    (
        *("join", "sign", "log", "login", "register", "subscribe", "follow"),
        *("print", "comment", "comments", "read", "learn", "view", "show"),
        *("hide", "see", "click", "download", "watch", "listen", "buy", "shop", "add"),
        *("save", "send", "submit", "search", "contact", "home", "menu"),
        *("back", "next", "previous", "prev", "older", "newer", "upcoming", "latest", "related"),
        *("popular", "trending", "privacy", "terms", "cookies", "message"),
        *("close", "rss", "continue", "load", "translate", "tweet", "upvote", "downvote"),
        *("teilen", "drucken", "anmelden", "registrieren", "mehr", "weiter"),
        *("zurück", "suche", "kommentare", "kommentieren", "weiterlesen", "folgen"),
        *("abonnieren", "partager", "imprimer", "connexion", "inscription"),
        *("suivant", "précédent", "lire", "signaler", "rechercher", "accueil", "commentaires"),
        *("voir", "suivre", "rejoindre", "télécharger", "compartir", "compartilhar"),
        *("imprimir", "siguiente", "anterior", "próximo", "leer", "seguir"),
        *("buscar", "comentarios", "comentários", "denunciar", "descargar", "condividi"),
        *("stampa", "accedi", "registrati", "successivo", "precedente", "leggi"),
        *("segui", "cerca", "commenti", "segnala", "delen", "inloggen", "volgende"),
        *("vorige", "lees", "zoeken", "reacties", "önceki", "sonraki", "paylaş", "yazdır"),
        *("yanıtla", "yorumlar", "поделиться", "далее", "назад", "войти"),
        *(
            "パーマリンク",
            "コメント",
            "トラックバック",
            "前へ",
            "次へ",
            "シェア",
            "ログイン",
        ),
        *("收起", "展开", "展開", "更多", "分享", "评论", "評論", "登录", "登入"),
        *("注册", "举报", "檢舉", "上一篇", "下一篇", "返回", "微博"),
    )
)
"""A page's controls and menus in the languages of the web's press: what a button, a link to
an action or a section heading opens with ("Report Duplicate", "Join Nairaland", "Upcoming
Games", "パーマリンク", "收起"), and the social network a share button names ("微博"). Not
words that are also first names ("Will", "Joy")."""
