"""Paragraph-level boilerplate: lines inside the chosen block that are not the article.

The block chooser works on elements; this works on the text of single paragraphs, for the
boilerplate that sits in the same markup as the prose: calls to action, copyright and
photo credits, the post-meta lines (kicker, byline, date, reading time) at the top and the
tag lines and labels at the bottom, shortcodes and HTML shown as text. The wording lists
are the common phrasings of calls to action in the languages most pages here are in; shape
(length, sentence punctuation, position) decides as much as wording.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Collection
from itertools import pairwise

from flows.parse.agency import PICTURE_AGENCIES, PICTURE_AGENCY
from flows.parse.body.headlines import folded
from flows.parse.comments.meta_line import COMMENT_STEMS, COMMENT_WORDS
from flows.parse.labels import EDITOR_IN_CHARGE, PUBLISHED_WORDS
from flows.parse.nodes import WIDE_SCRIPT, text_width
from flows.times import parse_datetime

# "See also" and "advertisement" in more languages: a label over links to other stories, and
# the word an ad slot shows (Polish, Czech, Russian, Scandinavian, Dutch, Portuguese, Chinese).
_SEE_ALSO = (
    r"related (?:articles?|posts?|stories|news|content|links|videos?)|"
    r"(?:you )?(?:may|might) also (?:like|enjoy|be interested)|more (?:stories|news) from|"
    r"recommended (?:for you|stories|articles|reading)|das könnte sie auch interessieren|"
    r"auch interessant|weitere artikel|mehr zu diesem thema|à lire aussi|sur le même sujet|"
    r"zobacz (?:także|też|również)|czytaj (?:także|też|również|więcej)|przeczytaj (?:także|też)|"
    r"polecamy|читайте (?:также|еще|ещё)|смотрите также|см\\. также|по теме|"
    r"(?:материалы|ссылки|новости|статьи|публикации) по теме|"
    r"推荐阅读|相关阅读|相关新闻|相关文章|延伸阅读|相關新聞|相關文章|延伸閱讀|"
    r"ähnliche (?:artikel|nachrichten|beiträge|themen)|weitere nachrichten|meer over dit onderwerp|"
    r"articles? (?:similaires|liés)|artículos relacionados|noticias relacionadas|"
    r"articoli correlati|notícias relacionadas|leia também|veja também|relaterte saker|"
    r"les også|läs också|læs også|похожие (?:новости|статьи)|ещё по теме|więcej na ten temat|"
    r"podobne artykuły|čtěte také|související články|ilgili haberler|関連記事|関連ニュース|"
    r"관련기사|"
    # Words that label a list only as the whole line ("Popular", "Most read", "More from X").
    r"(?:popular|most (?:read|popular|viewed|shared)|more from [^.!?]{1,40}|"
    r"[\w ]{1,20} recommends|trending(?: now)?|read more)\W*$"
)
_ADVERT = r"реклама|reklama|annonse|annons|advertentie|publicidade|广告|廣告"
# Calls to action, counted when a short paragraph starts with one (or is one).
_CALL = re.compile(
    r"^\W*(?:(?:subscribe|sign up|sign in|log in|register|join (?:us|our)|follow us|like us|"
    r"share (?:this|on|via|the)|click here|read more|read also|also read|see also|"
    r"more on this|continue reading|download (?:our|the) app|tell us what you think|"
    r"let us know|get (?:our|the) (?:newsletter|daily|weekly)|advertisement|sponsored|"
    r"abonnieren|jetzt abonnieren|folgen sie|teilen|mehr zum thema|lesen sie auch|"
    r"weiterlesen|anzeige|werbung|abonnez|inscrivez|suivez-nous|partager|lire aussi|"
    r"publicité|suscr[ií]bete|s[ií]guenos|compartir|lee también|publicidad|iscriviti|"
    r"seguici|condividi|leggi anche|abonneer|volg ons|lees ook|deel dit|"
    r"report (?:a |an )?(?:typo|error|mistake)|fehler gefunden|fehler melden|"
    r"signaler une erreur|segnala un errore)\b|"
    r"(?:related|more|read|watch|see)\s*:)",
    re.IGNORECASE,
)
# Tried apart from `_CALL`, on the lines of a label's length only (a case-blind search over
# these words in many scripts costs more than the rest of `_CALL`).
_LABEL_LINE = re.compile(rf"^\W*(?:{_SEE_ALSO}|{_ADVERT})\b", re.IGNORECASE)
# ... and the inbox in more words: news "delivered to your email", "direkt in Ihr Postfach",
# "dans votre boîte de réception", "en tu bandeja de entrada" (not "the welcome email" or "email
# alerts", which a how-to on newsletters tells its reader about).
_NEWSLETTER = re.compile(
    r"\b(?:newsletter|inbox|podcast|app store|google play|delivered (?:\w+ )?to your e-?mail|"
    r"(?:ihr|ihren) postfach|votre boîte (?:mail|de réception)|tu bandeja de entrada)\b",
    re.IGNORECASE,
)
# "Photo: Ada Obi/AP", "(Image credit: Getty Images)", "Foto: dpa", "In this file photo, …".
# In a line longer than a credit, a picture agency counts where a credit puts it (after a
# slash, colon, © or bracket; before a slash, a bracket or the line's end), not inside a
# sentence ("I found an image on Unsplash, using it as …"): see `_a_credit`.
_CREDIT = re.compile(
    r"(?:^|[\s(\[|/])(?:photo(?:graph)?s?|images?|pictures?|pics?|fotos?|bild(?:er)?|"
    r"credits?|crédits?|imagen|video)(?:\s+credits?)?\s*(?::|©|by\b)|"
    rf"[/:©(]\s*{PICTURE_AGENCY.pattern}|{PICTURE_AGENCY.pattern}\s*(?:[/)\]|]|\.?$)|"
    r"\b(?:ap photo|afp photo|file photo)\b|"
    r"^in this (?:[\w,.]+ ){0,6}(?:photo|image|picture)\b",
    re.IGNORECASE,
)
CREDIT_MARK = re.compile(r"©")  # "© Reuters" under a photo; a longer © line is a wire credit
SHORT_CREDIT = 80
_BYLINE = re.compile(r"^\s*(?:by|von|par|por|door|di|av|af)\s+\S", re.IGNORECASE)
_META_START = re.compile(
    rf"^\W*(?:{'|'.join(PUBLISHED_WORDS)}|updated|last updated|modified|aktualisiert|"
    r"mis à jour|actualizado|aggiornato|zaktualizowano|обновлено|bijgewerkt)\b",
    re.IGNORECASE,
)
_READING_TIME = re.compile(
    r"\b\d+\s*(?:min(?:ute)?s?|minuten|mn)\.?\s+(?:read|lesezeit|de lecture)\b", re.IGNORECASE
)
# The words that label a post's tags, and those that label its section: both open a tag line
# under the text (`_TAG_LINE`), only the tags' end it (`_CLOSING_TAGS`; "Category:" is also a
# recipe card's field).
_TAG_WORDS = (
    *("tags?", "tagged", "filed under", "schlagwörter", "mots-clés", "etiquetas", "tagi"),
    *("słowa kluczowe", "метки", "теги", "标签", "標籤", "关键词", "關鍵詞"),
)
_SECTION_WORDS = ("topics?", "categor(?:y|ies)", "posted in", "themen")
# The label's whole word: "Tage später …", "Topical issues …" open a paragraph.
_TAG_LINE = re.compile(rf"^\W*(?:{'|'.join(_TAG_WORDS + _SECTION_WORDS)})(?!\w)", re.IGNORECASE)
# Social networks, and the verbs that send a reader to the site's or the author's accounts:
# words of Latin letters, bounded by no Latin letter (Chinese text runs on into them).
_NETWORK = re.compile(
    r"(?<![a-z0-9])(?:facebook|twitter|instagram|youtube|linkedin|tiktok|threads|bluesky|"
    r"mastodon|whatsapp|telegram|pinterest|snapchat|google ?plus(?![a-z0-9])|google\+)"
    r"(?![a-z0-9])|(?:^|\s)@\w",
    re.IGNORECASE,
)
_FOLLOW = re.compile(
    r"(?<![a-z0-9])(?:follow|like|find|reach|contact|connect|join|email|folgen|folge|suivez|"
    r"suivre|s[ií]guenos|sigue|seguici|seguire|volg|volgen)(?![a-z0-9])",
    re.IGNORECASE,
)
FOLLOW_MAX = 250  # a "follow us" line, not a paragraph about social media
# Plain substrings that any match of `_NETWORK` / `_APPEAL` holds: tested first, since those
# searches cost tens of microseconds a line and most lines have none of these words.
_NETWORK_HINTS = (
    *("facebook", "twitter", "instagram", "youtube", "linkedin", "tiktok", "threads"),
    *("bluesky", "mastodon", "whatsapp", "telegram", "pinterest", "snapchat", "google", "@"),
)
_APPEAL_HINTS = (
    *("newsletter", "sign", "subscri", "app", "bookmark", "donat", "support", "abonn"),
    *("spende", "unterstützen", "inscri", "suscr", "iscriv", "abbona"),
)
# What a closing call to action asks for: a newsletter, a subscription, an app, a donation.
_APPEAL = re.compile(
    r"\b(?:newsletters?|sign(?:ing)? up|subscri(?:be|ption)|download (?:our|the) app|"
    r"bookmark|donat(?:e|ion)|support (?:us|our)|newsletter|abonn\w*|spende\w*|"
    r"unterstützen sie|inscri\w*|suscr[ií]b\w*|iscriviti|abbona\w*)\b",
    re.IGNORECASE,
)
# ... addressed to the reader, or in the site's own voice ("our newsletter", "Abonnieren Sie";
# "us", "Sie" by case: "US" is a country, "sie" a third person).
_READER = re.compile(
    r"\b(?:you|your|our|(?-i:us|Us|Sie|Ihr\w*)|unser\w*|uns|vous|votre|nos|notre|usted|tu|"
    r"nuestr\w*|voi|vostr\w*|nostr\w*|ons|onze|jouw)\b",
    re.IGNORECASE,
)
APPEAL_MAX = 400  # a closing appeal is a few sentences at most
_SENTENCE_END = re.compile(r"[.!?…:;\"'”’»)。！？」』]\s*$")
_SHORTCODE = re.compile(
    r"\[/[a-z][\w-]*\]|\[[a-z][\w-]*(?:\s+[\w-]+=(?:\"[^\"]*\"|'[^']*'|[^\s\]]+))+\s*/?\]",
    re.IGNORECASE,
)
_TAG_AS_TEXT = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
SHORT = 160  # a call to action or a credit is a line, not a paragraph
# The buttons of a bar around the text (print, e-mail, share, save, font size), in the
# languages most pages here are in; a line made of nothing else, one button at least, is that
# bar's text. The fillers are the words around a button's verb ("Send to a friend").
_BUTTON_WORDS = frozenset(
    (
        *("print", "printer", "email", "e-mail", "share", "tweet", "save", "send", "font"),
        *("bookmark", "print-friendly", "drucken", "teilen", "senden", "versenden", "merken"),
        *("speichern", "imprimer", "partager", "envoyer", "stampa", "condividi", "invia"),
        *("imprimir", "compartir", "enviar", "drukuj", "wyślij", "udostępnij", "печать"),
        *("печати", "отправить", "поделиться", "распечатать", "αποστολή", "εκτύπωση"),
        *("打印", "分享", "收藏", "分享到", "转发", "列印", "字号"),
    )
)
_BUTTON_FILLERS = frozenset(
    (
        *("to", "a", "friend", "friendly", "this", "article", "page", "version", "pdf"),
        *("size", "text", "a+", "a-", "link", "copy", "artikel", "версия", "для"),
        *("μέγεθος", "κειμένου", "大", "中", "小"),
    )
)
_BUTTON_MARKS = "|/·•,:："
_BUTTON_SPLIT = re.compile(rf"[\s{_BUTTON_MARKS}]+")
_BUTTON_WORD = re.compile(rf"[^\s{_BUTTON_MARKS}]+")
TOOLBAR_MAX = 60
# A slideshow's counter ("1 of 123", "Bild 3 von 12", "Foto 2 di 8"): a picture's place.
COUNTER_MAX = 30
_COUNTER = re.compile(
    r"^\W*(?:(?:photo|image|slide|picture|bild|foto|immagine|zdjęcie)\s*)?\d+\s*"
    r"(?:of|von|sur|de|di|van|z|из)\s*\d+\W*$",
    re.IGNORECASE,
)
TOOLBAR_WORDS = 8
# The word a form sets between two ways to sign in or send ("Log in" / "Or" / "Sign in with
# Facebook"), alone on its line: never a paragraph of a text.
_CHOICE_WORDS = frozenset(
    ("or", "oder", "ou", "o", "of", "eller", "lub", "albo", "или", "або", "ή", "vagy", "或", "또는")
)
_CHOICE_MARKS = " -–—·.:…"


def clean(text: str) -> str:
    """The paragraph without shortcodes ("[caption id=…]") and HTML tags shown as text."""
    if "[" in text:
        text = _SHORTCODE.sub("", text)
    if "<" in text and ">" in text:
        text = _TAG_AS_TEXT.sub("", text)
    return " ".join(text.split()) if "  " in text else text.strip()


def is_boilerplate(text: str) -> bool:
    """A paragraph that is never article text wherever it stands: a call to action or a
    photo credit or caption, a bar of buttons (short lines only: prose may mention a
    newsletter), a script's code shown as text, a note asking the reader to press a key
    ("select the error and press Ctrl+Enter"), a line about the reader's account
    (`_is_account_gate`), an ad slot's note (`_is_ad_note`), a newsletter line addressed to
    the reader (`_YOU`), a note on the commission the site earns (`_is_affiliate_note`), the
    "Or" a form sets between two ways to sign in."""
    if _is_code(text) or _is_key_note(text):
        return True
    if len(text) > CONSENT_MAX:
        return text.startswith(("In ", "in ")) and _CREDIT.match(text) is not None
    lowered = text.lower()  # once for the substring tests that spare most lines the searches
    if _is_consent_box(text, lowered) or _is_affiliate_note(text, lowered):
        return True
    if len(text) > SHORT:
        return text.startswith(("In ", "in ")) and _CREDIT.match(text) is not None
    return bool(
        _CALL.search(text)
        or (len(text) <= SEE_ALSO_MAX and _LABEL_LINE.match(text) is not None)
        or (len(text) <= TOOLBAR_MAX and _is_toolbar(lowered))
        or (len(text) <= COUNTER_MAX and _COUNTER.match(text) is not None)
        or (_may_be_credit(text, lowered) and _a_credit(text))
        or (len(text) < SHORT_CREDIT and CREDIT_MARK.search(text))
        or (not _SENTENCE_END.search(text) and _NEWSLETTER.search(text))
        or (len(text) <= ONWARD_MAX and _is_onward(text))
        or _is_reader_note(text, lowered)
        or lowered.strip(_CHOICE_MARKS) in _CHOICE_WORDS
    )


CONSENT_MAX = 400  # a consent box's note, not a paragraph about privacy law
# What a box that holds an embed (a post, a video, a map) until the reader agrees says:
# external or third-party content, and showing or loading it, agreeing or accepting.
_EXTERNAL = re.compile(
    r"\b(?:externe[nrs]? inhalte?|inhalte? (?:von )?dritt\w*|drittanbieter\w*|"
    r"(?:third[- ]party|external) (?:content|provider|platform)s?|contenus? externes?|"
    r"contenuti esterni|contenido externo)\b",
    re.IGNORECASE,
)
_SHOW_OR_AGREE = re.compile(
    r"\b(?:einverstanden|zustimm\w*|angezeigt|anzeigen|laden|aktivier\w*|"
    r"consent\w*|accept\w*|permission|agree\w*|load\w*|display\w*|show\w*|"
    r"accepte\w*|afficher|consenti\w*|acept\w*)\b",
    re.IGNORECASE,
)
# The reader asked ("Sie können ihn … anzeigen lassen") or agreeing in the first person ("Ich
# bin damit einverstanden, dass mir …").
_READER_AGREES = re.compile(r"\b(?:ich|mir|i agree|i consent|j'accepte)\b", re.IGNORECASE)
_EXTERNAL_HINTS = ("extern", "dritt", "third", "contenu", "contenut", "contenido")


def _is_consent_box(text: str, lowered: str) -> bool:
    """The note of a box that holds an embed until the reader agrees to load it: "An dieser
    Stelle finden Sie einen externen Inhalt … Sie können ihn sich mit einem Klick anzeigen
    lassen", "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden", "You
    need to agree to load third-party content": external content, showing it or agreeing, and
    the reader addressed or agreeing. A story on privacy law addresses no one. `lowered`: the
    text in lower case."""
    return (
        _holds(lowered, _EXTERNAL_HINTS)
        and _EXTERNAL.search(text) is not None
        and _SHOW_OR_AGREE.search(text) is not None
        and (_YOU.search(text) is not None or _READER_AGREES.search(text) is not None)
    )


# What a note on the links' commission says: the site earns one on what is bought through its
# links ("Postmedia may earn an affiliate commission from purchases made through links on this
# page", "As an Amazon Associate I earn from qualifying purchases", "Wenn Sie über diese Links
# einkaufen, erhalten wir eine Provision"), or the page holds such links ("This post may
# contain affiliate links"; not "influencers use affiliate links").
_AFFILIATE = re.compile(
    r"\b(?:earns?|earning|receives?|get|make)\s+(?:us\s+|me\s+)?(?:an?\s+)?(?:small\s+)?"
    r"(?:affiliate\s+)?commission|qualifying purchases|"
    r"(?:contains?|includes?|has|have|enthält|enthalten)\s+(?:some\s+)?"
    r"(?:affiliate[- ]links?|sogenannte affiliate-links)|"
    r"(?:erhalten|bekommen|verdienen)\s+(?:wir|ich)\s+(?:ggf\.\s+|gegebenenfalls\s+)?"
    r"(?:eine\s+)?(?:kleine\s+)?provision|"
    r"(?:percevons|touchons|recevons) une (?:petite )?commission",
    re.IGNORECASE,
)
# ... in the site's own voice or about this page's links: a story on affiliate marketing
# reports what others earn.
_AFFILIATE_VOICE = re.compile(
    r"\b(?:we|us|our|i|me|my|this (?:page|post|article|site|story)|these links|wir|uns\w*|"
    r"ich|mir|dies\w* (?:seite|artikel|beitrag|links?)|nous|notre|nos|ce (?:site|lien))\b",
    re.IGNORECASE,
)
_AFFILIATE_HINTS = ("commission", "affili", "provision", "qualifying purchase")


def _is_affiliate_note(text: str, lowered: str) -> bool:
    """A note that the site earns a commission on what the reader buys through its links (an
    affiliate disclosure), in its own voice or about this page's links. `lowered`: the text in
    lower case, for the substring test that spares most lines the searches."""
    return (
        _holds(lowered, _AFFILIATE_HINTS)
        and _AFFILIATE.search(text) is not None
        and _AFFILIATE_VOICE.search(text) is not None
    )


def _is_reader_note(text: str, lowered: str) -> bool:
    """A line about the reader's account (`_is_account_gate`), a skip link, a paywall's label,
    an ad slot's note (`_is_ad_note`), a newsletter line addressed to the reader (`_YOU`).
    `lowered`: the text in lower case, for the substring tests that spare most lines the
    searches."""
    return bool(
        _is_account_gate(text, lowered)
        or (len(text) <= SKIP_LINK_MAX and _SKIP_LINK.match(text) is not None)
        or (
            _holds(lowered, _PAYWALL_HINTS)
            and _PAYWALL.search(text) is not None
            and not _FULL_STOP.search(text)
        )
        or (len(text) <= AD_NOTE_MAX and _is_ad_note(lowered))
        or (
            _holds(lowered, _NEWSLETTER_HINTS)
            and _NEWSLETTER.search(text) is not None
            and _YOU.search(text) is not None
        )
    )


_NEWSLETTER_HINTS = (
    *("newsletter", "inbox", "podcast", "app store", "google play", "mail", "postfach"),
    *("boîte", "bandeja"),
)


SKIP_LINK_MAX = 40
# A skip link for keyboards and screen readers, the whole line: "Skip to content", "Zum Inhalt
# springen", "Skocz do tekstu".
_SKIP_LINK = re.compile(
    r"^\W*(?:(?:skip|jump) to (?:the )?(?:main )?(?:content|text|article|navigation|menu)|"
    r"zum inhalt(?: springen)?|zur navigation|aller au contenu|skocz do (?:tekstu|treści)|"
    r"przejdź do (?:treści|tekstu)|перейти к (?:содержанию|основному)|saltar al contenido|"
    r"vai al contenuto)\W*$",
    re.IGNORECASE,
)
AD_NOTE_MAX = 100  # a note in an ad slot, not a sentence about advertising
# "Story continues below", "This advertisement has not loaded yet", "Artikel wird nach der
# Anzeige fortgesetzt", "La suite après la publicité": what an ad slot says about the text
# ("Story continues below gallery" is the text's own pointer to its pictures).
_AD_NOTE = re.compile(
    r"\b(?:continues below\W*$|continues after (?:the |this )?(?:ad|advertisement)\b|"
    r"has not loaded|nach der (?:anzeige|werbung)|unter der (?:anzeige|werbung)|"
    r"après (?:la|cette) publicité|dopo la pubblicità|después (?:de )?la publicidad)",
    re.IGNORECASE,
)
# The reader, addressed in the second person (a newsletter's "in your inbox"; "our newsletter"
# is how a story names the site's own; "Sie" opening a sentence is "she").
_YOU = re.compile(r"\b(?:you|your|vous|votre|usted)\b|(?<=\s)(?-i:Sie|Ihr\w*)\b", re.IGNORECASE)


def _is_ad_note(lowered: str) -> bool:
    """ "Story continues below", "This advertisement has not loaded yet, but your article
    continues below", "Artikel wird nach der Anzeige fortgesetzt": an ad slot's note on where
    the text goes on. `lowered`: the line in lower case."""
    return (
        "continue" in lowered
        or "loaded" in lowered
        or "anzeige" in lowered
        or "werbung" in lowered
        or "pubbli" in lowered
        or "publi" in lowered
    ) and _AD_NOTE.search(lowered) is not None


# Signing in, signing up, registering, creating an account, in several languages.
_ACCOUNT = re.compile(
    r"\b(?:sign(?:ing)?[ -]?(?:in|up)|log(?:ging)?[ -]?in|login|regist(?:er|ering|ered|ration)|"
    r"create an account|anmelden|einloggen|registrier\w*|se connecter|connectez|s'inscrire|"
    r"inscrivez|créer un compte|inici(?:ar|a) sesión|regístrate|registrarse|accedi|registrati|"
    r"zaloguj\w*|zarejestruj\w*|войти|войдите|регистрац\w*|зарегистр\w*)\b",
    re.IGNORECASE,
)
# Substrings every match of `_ACCOUNT` holds (lower case): tested first, as most lines hold none
# ("log" stands for "einlogg" and "zalog", "регистр" for "зарегистр").
_ACCOUNT_HINTS = (
    *("sign", "log", "regist", "account", "anmeld", "connect", "inscri", "compte"),
    *("sesión", "accedi", "zarejestr", "войти", "войдите", "регистр"),
)
_PLEASE = re.compile(
    r"\b(?:please|thanks?|thank you|bitte|danke|merci|por favor|gracias|grazie|пожалуйста|"
    r"спасибо|proszę|dziękujemy)\b",
    re.IGNORECASE,
)
ACCOUNT_LABEL = 40  # a link's text ("Zum Kommentieren anmelden", "Войти / регистрация")


# Sign-in and sign-up links in Japanese, Chinese and Korean, whole lines ("ログインする", "新規登録",
# "登录 | 注册", "로그인"): those scripts run words together, so a word inside a line may be
# another ("注册资本", registered capital); only a line made of these words is the link.
_ACCOUNT_LINK = re.compile(
    r"^\W*(?:(?:ログイン(?:する)?|新規(?:会員)?登録|会員登録|登录|登入|注册|註冊|로그인|회원가입)"
    r"[\s|/・·]*)+$"
)
ACCOUNT_LINK_MAX = 20


def _is_account_gate(text: str, lowered: str) -> bool:
    """A short line about the reader's account on the site: asking to sign in, sign up or
    register to comment, print, save or read on, or thanking for it ("Please sign in to
    comment", "Create an account or sign in to continue", "Thanks for signing up!"): addressed
    to the reader (`_READER`, "please", "thanks"), a link's label, or offering a choice of
    them ("Comment now! Register or sign in below."). A story's line about a register or a
    bill's signing addresses no one; a line made only of the sign-in and sign-up links' words
    in Japanese, Chinese or Korean (`_ACCOUNT_LINK`) is such a label too. `lowered`: the text
    in lower case."""
    if len(text) > SHORT:
        return False
    if (
        len(text) <= ACCOUNT_LINK_MAX
        and not text.isascii()
        and _ACCOUNT_LINK.match(text) is not None
    ):
        return True
    if not _holds(lowered, _ACCOUNT_HINTS) or _ACCOUNT.search(text) is None:
        return False
    return bool(
        _READER.search(text)
        or _PLEASE.search(text)
        or (len(text) <= ACCOUNT_LABEL and not _SENTENCE_END.search(text))
        or len(_ACCOUNT.findall(text)) > 1  # a choice offered: "Register or sign in below."
    )


ONWARD_MAX = 60  # a link's text, not a sentence that ends in an arrow
_BACK_MARKS = "<←‹"
_OPENING = {"→": "←", "›": "‹", "»": "«"}  # an onward mark → the one that opens a quote with it


def _is_onward(text: str) -> bool:
    """A short line that opens with a back arrow or ends with an onward one ("< Previous
    story", "Section »", "More photos →"): a pager's or a breadcrumb's link, in any language.
    A line ending with a quote in guillemets ("« Désaccord total »", "Интервью газете
    «Известия»") is text; a bare ">" at the end is left alone (it also closes markup shown
    as text)."""
    return text[0] in _BACK_MARKS or text[-1] in _OPENING and _OPENING[text[-1]] not in text


CODE_MARKS = 3  # braces on each side and semicolons that make a line a script's code
SHORTCUT_MAX = 250  # a note about a key to press, not a paragraph about keyboards
_SHORTCUT = re.compile(r"\bctrl\s*[+-]\s*enter\b", re.IGNORECASE)


def _is_key_note(text: str) -> bool:
    """ "Select the error and press Ctrl+Enter": a note on how to report a typo, not prose."""
    return (
        len(text) <= SHORTCUT_MAX
        and ("ctrl" in text or "Ctrl" in text or "CTRL" in text)
        and _SHORTCUT.search(text) is not None
    )


def _is_code(text: str) -> bool:
    """A script shown as text (an ad's `document.write` closed its `<script>` early, and the
    rest of its code became text): an HTML comment's opening, then braces and semicolons that
    prose does not hold."""
    return text.startswith("<!--") and (
        text.count(";") >= CODE_MARKS
        and text.count("{") >= CODE_MARKS
        and text.count("}") >= CODE_MARKS
    )


def _is_toolbar(lowered: str) -> bool:
    """A short line (`lowered`: in lower case) whose words are all button labels ("Print |
    Email | Share", "Drucken Teilen"): no sentence, only what a bar of buttons says."""
    first = _BUTTON_WORD.search(lowered)
    if first is None or (
        first.group() not in _BUTTON_WORDS and first.group() not in _BUTTON_FILLERS
    ):
        return False  # most lines: the first word already says no
    words = [word for word in _BUTTON_SPLIT.split(lowered) if word]
    if len(words) > TOOLBAR_WORDS:
        return False
    return any(word in _BUTTON_WORDS for word in words) and all(
        word in _BUTTON_WORDS or word in _BUTTON_FILLERS for word in words
    )


# A word each branch of `_CREDIT` needs: a picture word ("photo", "image", "pic" for picture,
# "foto", "bild", "credit", "video"; "In this … photo" holds one too) or an agency's name.
_CREDIT_NAMES = (
    *("photo", "image", "pic", "foto", "bild", "credit", "video"),
    *dict.fromkeys(name.split()[0].lower() for name in PICTURE_AGENCIES),
)


def _a_credit(text: str) -> bool:
    return _CREDIT.search(text) is not None or (
        len(text) < SHORT_CREDIT and PICTURE_AGENCY.search(text) is not None
    )


def _may_be_credit(text: str, lowered: str) -> bool:
    """False when `_CREDIT` cannot match, which saves its search on most lines: a line without
    a word every branch of it needs, in lower case (`lowered`) where ignoring case is
    lower-casing: no letter outside ASCII that a case-blind search reads as one inside."""
    if not text.isascii() and any(char in text for char in _ASCII_LOOKALIKES):
        return True
    return _holds(lowered, _CREDIT_NAMES)


_ASCII_LOOKALIKES = ("\u0130", "\u0131", "\u017f", "\u212a")
""""İ", "ı", "ſ" and the Kelvin sign: what `re.IGNORECASE` matches with "i", "s", "k"."""


def _holds(lowered: str, hints: tuple[str, ...]) -> bool:
    """Whether the line holds one of the substrings (cheaper than `any` over a generator)."""
    for hint in hints:  # noqa: SIM110 (no generator: run on every short line)
        if hint in lowered:
            return True
    return False


ABOUT_TAIL = 4  # an "About …" box is among the last paragraphs, its heading and a bio or two
_ABOUT = re.compile(
    r"^\W*(?:(?i:about (?:the )?(?:author|writer)|über (?:den|die) autor|zur person|"
    r"à propos de l'auteur|sobre el autor|o autorze|об авторе)|关于作者|作者简介|About [A-Z])"
)


def trim_edges(paragraphs: list[str], links: Callable[[], frozenset[str]] = frozenset) -> list[str]:
    """Drop the post-meta lines before the first paragraph (kicker, byline, date, reading
    time), a byline or date line among the first few (`_is_post_meta`: after a standfirst),
    a tag line or a comment section's label after the text and all after it
    (`_before_closing_label`), the tag lines and labels after the last one, and a menu after
    the text or other stories' cards under a label (`links` gives the text of the links in
    the chosen blocks, asked only for a tail shaped like a menu or cards:
    `_before_trailing_menu`, `_before_teaser_cards`)."""
    start = 0
    while (
        start < len(paragraphs)
        and _is_lead_meta(paragraphs[start])
        and not _opens_a_list(paragraphs, start)
    ):
        start += 1
    start = _after_leading_menu(paragraphs, start, len(paragraphs), links)
    end = _text_end(paragraphs, start, len(paragraphs), links)
    closing = _before_closing_label(paragraphs, start, end, links)
    if closing < end:
        end = _text_end(paragraphs, start, closing, links)
    if end <= start:
        return paragraphs
    head = {at for at in range(start, min(start + HEAD_META, end)) if _is_post_meta(paragraphs[at])}
    if head:
        head |= _meta_run(paragraphs, min(head), max(head), start, end)
    head |= _link_runs(paragraphs, start, end, links)
    return [text for at, text in enumerate(paragraphs[start:end], start) if at not in head]


LINK_RUN = 3  # lines in a row, each a link's whole text, that are a box of links


def _link_runs(
    paragraphs: list[str], start: int, end: int, links: Callable[[], frozenset[str]]
) -> set[int]:
    """Runs of `LINK_RUN` lines or more inside the text, each the whole text of a link in the
    chosen blocks (a bullet aside), of a headline's length and no sentence, with a paragraph of
    prose after them, and the label just before a run (`is_label`): a box of other stories'
    links set inside the text (read line by line, "• Title<br>• Title"), as a list whose items
    are all links is skipped when the block is read item by item. After the last paragraph
    such titles may be the text's list of sources, and stay (`_before_teaser_cards`)."""
    last = next((at for at in range(end - 1, start, -1) if _is_prose_line(paragraphs[at])), start)
    short = [
        at
        for at in range(start, last)
        if len(paragraphs[at]) <= CARD_TITLE_MAX and not ends_as_sentence(paragraphs[at])
    ]
    runs = [run for run in _consecutive(short) if len(run) >= LINK_RUN]
    if not runs:
        return set()
    linked = links()
    found: set[int] = set()
    for run in runs:
        for streak in _consecutive([at for at in run if _unmarked(paragraphs[at]) in linked]):
            if len(streak) >= LINK_RUN:
                found.update(streak)
                if streak[0] > start and is_label(paragraphs[streak[0] - 1]):
                    found.add(streak[0] - 1)
    return found


def _consecutive(numbers: list[int]) -> list[list[int]]:
    """The numbers cut into runs of consecutive ones: [1, 2, 4] → [[1, 2], [4]]."""
    runs: list[list[int]] = []
    for number in numbers:
        if runs and runs[-1][-1] + 1 == number:
            runs[-1].append(number)
        else:
            runs.append([number])
    return runs


def _text_end(
    paragraphs: list[str], start: int, end: int, links: Callable[[], frozenset[str]]
) -> int:
    """Where the text ends before `end`: without the tail lines (`_is_tail_meta`), an "About
    the author" box among the last lines, and a menu after the text, with the tail lines
    before that menu too (a disclaimer, a dateline, then the site's navigation)."""
    end = _before_tail_meta(paragraphs, start, end)
    for at in range(max(start + 1, end - ABOUT_TAIL), end):
        if _ABOUT.match(paragraphs[at]) and _is_headline_shaped(paragraphs[at]):
            end = at  # "About the author" and the bio after it
            end = _before_tail_meta(paragraphs, start, end)
            break
    cut = _before_trailing_labels(
        paragraphs, start, _before_trailing_menu(paragraphs, start, end, links)
    )
    cut = _before_teaser_cards(paragraphs, start, cut, links)
    return end if cut == end else _before_tail_meta(paragraphs, start, cut)


TEASER_CARDS = 3  # other stories' cards after a label that end the text
TEASER_SUMMARIES = 2  # … of them with a summary under the title at least
TEASER_SUMMARY = 300  # … a summary's length at most: a sentence or two
CARD_TITLE_MAX = 150  # … a title's


def _before_teaser_cards(
    paragraphs: list[str], start: int, end: int, links: Callable[[], frozenset[str]]
) -> int:
    """Where the text ends when other stories' cards close it under a label ("Read on our
    site", "Dziś polecamy"): `TEASER_CARDS` or more titles, each a link's whole text
    (`links`) of two words or more and no sentence, `TEASER_SUMMARIES` of them with a short
    summary under it that ends as a sentence and is no link. The text's own list ends no card
    under a summary, a list of sources holds titles without summaries, and no story ends on a
    label and then headlines. `end` when there are none."""
    title = paragraphs[end - 2] if end - start >= 2 * TEASER_CARDS else ""
    if not title or len(title) >= CARD_TITLE_MAX or _FULL_STOP.search(title):
        return end  # most pages: the last lines are no title and its summary
    linked = links()
    at, cards, summaries = end, 0, 0
    while at > start + 1:
        if _is_card_title(paragraphs[at - 1], linked):
            at, cards = at - 1, cards + 1
        elif _is_card_title(paragraphs[at - 2], linked) and _is_card_summary(
            paragraphs[at - 1], linked
        ):
            at, cards, summaries = at - 2, cards + 1, summaries + 1
        else:
            break
    if cards < TEASER_CARDS or summaries < TEASER_SUMMARIES or not is_label(paragraphs[at - 1]):
        return end
    cut = at - 1
    return cut if any(_is_prose_line(text) for text in paragraphs[start:cut]) else end


def _is_card_title(text: str, linked: frozenset[str]) -> bool:
    """A link's whole text, short, of two words or more (or in a wide script), ending no
    sentence (a quote may close it: 'to "euro"')."""
    return (
        len(text) < CARD_TITLE_MAX
        and not _FULL_STOP.search(text)
        and (len(_LIST_WORD.findall(text)) >= 2 or WIDE_SCRIPT.search(text) is not None)
        and _unmarked(text) in linked
    )


def _is_card_summary(text: str, linked: frozenset[str]) -> bool:
    """A sentence or two under a card's title, no link (a count or a label is no summary)."""
    return len(text) <= TEASER_SUMMARY and ends_as_sentence(text) and _unmarked(text) not in linked


def _before_tail_meta(paragraphs: list[str], start: int, end: int) -> int:
    while end > start and _is_tail_meta(paragraphs[end - 1]):
        end -= 1
    return end


CLOSING_AFTER = 2  # paragraphs of prose before a tag line or comments' label that ends the text
CLOSING_LABEL = 60  # … the label's length at most ("Comments (12)", "Add comment")
CLOSING_WORDS = 7  # … and its words ("Comments are now closed for this story")
TAG_LINE_MAX = 200
_COMMENTARY = ("commentary", "commentator", "kommentator")  # an opinion piece, its writer
_COUNT = re.compile(r"\s*[(\[]?\d[\d.,\s]*[)\]]?\s*$")  # "(12)" after a label


def _before_closing_label(
    paragraphs: list[str], start: int, end: int, links: Callable[[], frozenset[str]]
) -> int:
    """Where the text ends when a tag line ("Tags: …", "Słowa kluczowe"; not "Category:", a
    recipe card's field), a label naming the comments ("Comments (12)", "Add comment",
    "Kommentare"), the rules over them (`_is_comment_rules`) or a note that they are closed
    (`_is_comments_closed`) follows `CLOSING_AFTER` paragraphs of prose: what comes after it (teaser
    cards, readers' comments, the page's lists) is no longer the article, however long. A
    label that is a link's whole text (`links`) is an entry of a table of contents ("Jump
    to: … Comments"), and one with more prose after it than before (a recipe's steps after
    a button to its comments) is near the top: neither ends anything. `end` when there is
    none."""
    prose = 0
    rules = _comment_rules_places(paragraphs, start, end)
    for at in range(start, end):
        text = paragraphs[at]
        if (
            prose >= CLOSING_AFTER
            and (
                (
                    len(text) < TAG_LINE_MAX
                    and _CLOSING_TAGS.match(text) is not None
                    and _GERMAN_DAY.match(text) is None
                    and not _FULL_STOP.search(text)  # "Tags like these …" is a sentence
                )
                or (
                    (
                        (_is_comments_label(text) and text not in links())
                        or at in rules
                        or _is_comments_closed(text)
                    )
                    and _prose_width(paragraphs[at:end]) <= _prose_width(paragraphs[start:at])
                )
            )
        ):
            return at
        if prose < CLOSING_AFTER:
            prose += _is_prose_line(text)
    return end


def _prose_width(paragraphs: list[str]) -> int:
    return sum(text_width(text) for text in paragraphs if _is_prose_line(text))


_CLOSING_TAGS = re.compile(rf"^\W*(?:{'|'.join(_TAG_WORDS)})(?!\w)", re.IGNORECASE)
# German "Tag" is a day: a diary's or a travel story's heading ("Tag 1: Ankunft", "Tag der
# Arbeit"), with a number or a small word after it where a tag line has a colon or a tag.
_GERMAN_DAY = re.compile(r"^\W*Tag\s+[\da-zäöüß]")


COMMENT_RULES_MAX = 900  # the rules of a comment section, a paragraph at most
# The rules a site sets for comments: a policy, guidelines, keeping to the topic and civil,
# moderation, the right to delete them, the editors' opinion they do not state (patterns,
# searched in lower case).
_RULES_WORDS = (
    *(r"polic(?:y|ies)", "guidelines", "rules", "respectful", "civil", r"moderat\w*"),
    *("reserves? the right", r"richtlinie\w*", "regeln", "netiquette", "themenbezogen"),
    *(r"moderiert\w*", "vorbehalten", "behalten uns", "meinung der redaktion", "règles"),
    *("charte", r"modérat\w*", "normas", r"moderad\w*", r"regulamin\w*", r"moderac\w*"),
    *("zastrzega", r"правил\w*", r"политик\w*", r"модерац\w*", "мнение редакции"),
    "оставляет за собой право",
)
_COMMENT_RULES = re.compile(r"\b(?:" + "|".join(_RULES_WORDS) + r")\b")


def _literal_start(pattern: str) -> str:
    """The text every match of PATTERN starts with: its characters up to the first special
    one, less the one before a `?` or `*` (which may be absent)."""
    special = re.search(r"[\\()\[?*+.|]", pattern)
    if special is None:
        return pattern
    start = pattern[: special.start()]
    return start[:-1] if special.group() in "?*" else start


# Substrings every match of `_COMMENT_RULES` holds, tested first.
_RULES_HINTS = tuple(_literal_start(word) for word in _RULES_WORDS)
# The reader asked or addressed, beyond `_YOU` and the site's own voice (`_READER`).
_ASKED = re.compile(
    r"\b(?:please|bitte|prosimy|proszę|просим|(?-i:Вы|Вам|Ваш\w*))\b", re.IGNORECASE
)
_QUOTE_MARKS = re.compile('["“”„«»「」]')


def _innermost(stems: tuple[str, ...]) -> tuple[str, ...]:
    """The stems that hold no other stem: a text holds one of `stems` exactly when it holds
    one of these ("commentaire" holds "comment"), and it is searched fewer times."""
    return tuple(stem for stem in stems if not any(o in stem for o in stems if o != stem))


_COMMENT_STEMS = _innermost(COMMENT_STEMS)
_COMMENT_WORDS = _innermost(COMMENT_WORDS)


def _comment_rules_places(paragraphs: list[str], start: int, end: int) -> frozenset[int]:
    """The places of the paragraphs that are the rules over the comments
    (`_is_comment_rules`); the text as a whole is searched for a word for comments first, as
    most texts hold none."""
    whole = "\n".join(paragraphs[start:end]).lower()
    if not any(stem in whole for stem in _COMMENT_STEMS):
        return frozenset()
    return frozenset(at for at in range(start, end) if _is_comment_rules(paragraphs[at]))


def _is_comment_rules(text: str) -> bool:
    """The note over a comment section on its rules ("Please keep comments relevant and
    respectful", "Review our comments policy", "Leserkommentare geben nicht die Meinung der
    Redaktion wieder … behalten uns vor"): a word for comments (any script: `COMMENT_STEMS`)
    and one for their rules (`_COMMENT_RULES`), the reader addressed or asked or the site
    speaking (`_YOU`, `_ASKED`, `_READER`), in one paragraph with no quotation. An invitation
    to comment ("Let us know in the comments") names no rules; "Facebook changed its rules
    on comments" is no site's voice; a source who speaks of them is quoted."""
    if len(text) > COMMENT_RULES_MAX:
        return False
    lowered = text.lower()
    if not any(stem in lowered for stem in _COMMENT_STEMS):
        return False
    if not any(hint in lowered for hint in _RULES_HINTS) or _COMMENT_RULES.search(lowered) is None:
        return False
    if _QUOTE_MARKS.search(text) is not None:
        return False
    return bool(_YOU.search(text) or _ASKED.search(text) or _READER.search(text))


COMMENTS_CLOSED_MAX = 100  # a note, not a paragraph on a consultation's closing
# Comments closed or switched off, in several languages: "Comments are closed.", "Kommentare
# sind geschlossen", "Die Kommentarfunktion ist deaktiviert", "Les commentaires sont fermés".
_COMMENTS_OFF = re.compile(
    r"\b(?:comments? (?:are |is |have been )?(?:now )?(?:closed|disabled|turned off)|"
    r"commenting (?:is |has been )?(?:now )?(?:closed|disabled|turned off)|"
    r"kommentar\w*\s+(?:\w+\s+){0,2}(?:geschlossen|deaktiviert|ausgeschaltet|abgeschaltet)|"
    r"commentaires (?:sont )?(?:fermés|désactivés)|comentarios (?:están )?(?:cerrados|desactivados)|"
    r"commenti (?:sono )?(?:chiusi|disabilitati)|reacties (?:zijn )?gesloten|"
    r"komentarze (?:są )?(?:zamknięte|wyłączone)|комментарии (?:закрыты|отключены))\b",
    re.IGNORECASE,
)


def _is_comments_closed(text: str) -> bool:
    """A short note that the comments are closed or switched off ("Comments are closed.",
    "Durch einen technischen Fehler ist die Kommentarfunktion ausgeschaltet!"): no comments
    follow, and the note is no part of the text. A source quoted on a closing is in quotes."""
    if len(text) > COMMENTS_CLOSED_MAX:
        return False
    lowered = text.lower()
    if not any(stem in lowered for stem in _COMMENT_STEMS):
        return False
    return _COMMENTS_OFF.search(text) is not None and _QUOTE_MARKS.search(text) is None


def _is_comments_label(text: str) -> bool:
    """A label (short, no sentence; a count in brackets aside) with a word for comments."""
    if len(text) >= CLOSING_LABEL:
        return False
    lowered = text.lower()
    if not any(stem in lowered for stem in _COMMENT_WORDS):
        return False  # most lines: a substring test is cheaper than what follows
    if len(text.split()) > CLOSING_WORDS or _SENTENCE_END.search(_COUNT.sub("", text)):
        return False
    return any(
        word.startswith(COMMENT_WORDS) and not word.startswith(_COMMENTARY)
        for word in _WORD.findall(lowered)
    )


_WORD = re.compile(r"\w+")
HEAD_META = 3  # the post-meta line comes within the first paragraphs, after a standfirst
POST_META_MAX = 120  # a line of meta, not a paragraph that dates an event
# A clock ("2:14 pm", "06.23 GMT", "19:28") or a date in figures ("17.01.2012", "3/29/17"); a
# clock with a point only with its zone or "am"/"pm" ("12.50" may be a price).
_CLOCK_OR_DATE = re.compile(
    r"(?<![\d.,])(?:\d{1,2}:\d{2}(?![\d.,])|"
    r"\d{1,2}\.\d{2}\s?(?:[ap]\.?m\b|gmt|utc|bst|cet|cest|est|edt|pst|pdt|uhr|h\b)|"
    r"\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}(?!\d))",
    re.IGNORECASE,
)
_AUTHOR_LABEL = re.compile(
    r"^\W*(?:authors?|autor(?:in|en)?|auteurs?|autore|autori)\s*:", re.IGNORECASE
)
BYLINE_WORDS = 6  # "By Ada Obi and Ben Eze", not a sentence that starts with "By"


def _is_post_meta(text: str) -> bool:
    """A byline or a date line set among the first paragraphs, after a standfirst or a
    kicker: "By Ada Obi", "Autor: Ada Obi", a line with a clock or a date in figures ("08
    декабря, 10:32 | Петр", "First posted: …"), short and no sentence."""
    if len(text) > POST_META_MAX or _FULL_STOP.search(text):
        return False
    return bool(
        _CLOCK_OR_DATE.search(text)
        or _META_START.search(text)
        or _AUTHOR_LABEL.match(text)
        or (_BYLINE.match(text) and len(text.split()) <= BYLINE_WORDS)
    )


def _meta_run(paragraphs: list[str], first: int, last: int, start: int, end: int) -> set[int]:
    """The post-meta lines next to those found among the first paragraphs: a byline's label
    just before them ("Author of the article:"), and after them more dates, a reading time,
    a call to comment ("Last updated 6 hours ago", "4 minute read", "Join the
    conversation"): one block of meta after a standfirst, read as lines of its own."""
    run = set()
    if first > start and is_label(paragraphs[first - 1]) and paragraphs[first - 1].endswith(":"):
        run.add(first - 1)
    at = last + 1
    while at < end and (
        _is_post_meta(paragraphs[at])
        or (len(paragraphs[at]) <= POST_META_MAX and _READING_TIME.search(paragraphs[at]))
        or _JOIN.match(paragraphs[at])
    ):
        run.add(at)
        at += 1
    return run


# A call to join the comments under a byline ("Join the conversation", "Diskutieren Sie mit").
_JOIN = re.compile(
    r"^\W*(?:join the (?:conversation|discussion|debate)|diskutieren sie mit|"
    r"rejoignez la (?:conversation|discussion))\W*$",
    re.IGNORECASE,
)
MENU_LINES = 5  # short lines after the last paragraph of prose that make a menu, not an ending
MENU_LINE = 40  # … their mean length (a character of a wide script counts three)
MENU_SENTENCES = 0.2  # … the share of them that may end as a sentence
MENU_LINKS = 0.4  # … the share of them that must be a link each
HEADLINES_LINE = 80  # … or, other stories' headlines, this long on average
HEADLINE_LINKS = 0.6  # … when this share of them are a link each
_BULLETS = "•·»›>*-–— \u00a0"  # marks a list's lines open with, outside their links
LISTING = 0.5  # the share of lines numbered or sharing a word that makes them the text's list
PROSE_LINE = 80  # a paragraph of prose: this long at least, ending as a sentence
_FULL_STOP = re.compile(r"[.!?…。！？][\"'”’»」』)]*\s*$")
_NUMBERED = re.compile(r"\W*\d")
_LIST_WORD = re.compile(r"[^\W\d_]{3,}")


def _before_trailing_menu(
    paragraphs: list[str], start: int, end: int, links: Callable[[], frozenset[str]]
) -> int:
    """Where the text ends when a menu follows it: `MENU_LINES` lines or more after the last
    paragraph of prose, short (`MENU_LINE` on average), few ending as a sentence, a quarter of
    them links (`links`: an ingredient list is no menu), and not a list of the text's own
    (most lines numbered, or sharing a word: "1. Hong Kong", "England (Group A)"). A page
    wrapper read whole ends in its navigation, share buttons, tags and headlines of other
    stories. Lines up to `HEADLINES_LINE` long go when `HEADLINE_LINKS` of them are links:
    other stories' headlines are longer than a menu's items. The lines before the menu's
    first that end as a sentence and are no link stay: the story's short last paragraphs."""
    last = next(
        (at for at in range(end - 1, start - 1, -1) if _is_prose_line(paragraphs[at])), None
    )
    if last is None or end - last - 1 < MENU_LINES:
        return end
    tail = paragraphs[last + 1 : end]
    if not _menu_shaped(tail, HEADLINES_LINE):
        return end
    linked = links()
    count = sum(_unmarked(text) in linked for text in tail)
    if (
        count >= HEADLINE_LINKS * len(tail)
        or count >= MENU_LINKS * len(tail)
        and _menu_shaped(tail)
    ):
        at = last + 1
        while (
            at < end
            and ends_as_sentence(paragraphs[at])
            and _unmarked(paragraphs[at]) not in linked
        ):
            at += 1
        return at
    return end


def _after_leading_menu(
    paragraphs: list[str], start: int, end: int, links: Callable[[], frozenset[str]]
) -> int:
    """Where the text starts when a menu comes before it: `MENU_LINES` lines or more before
    the first paragraph of prose, menu-shaped (`_menu_shaped`) and `MENU_LINKS` of them
    links; the text starts after the last of those links, so a standfirst or a short first
    paragraph stays (a page wrapper read whole, with no headline to start it, opens with the
    site's navigation)."""
    first = next((at for at in range(start, end) if _is_prose_line(paragraphs[at])), None)
    if first is None or first - start < MENU_LINES or not _menu_shaped(paragraphs[start:first]):
        return start
    linked = links()
    lines = [at for at in range(start, first) if _unmarked(paragraphs[at]) in linked]
    return lines[-1] + 1 if len(lines) >= MENU_LINKS * (first - start) else start


def _menu_shaped(lines: list[str], width: int = MENU_LINE) -> bool:
    """Short lines (`width` on average), few ending as a sentence, and not a list of the
    text's own (most lines numbered, or sharing a word: "1. Hong Kong", "England (Group A)")."""
    if sum(map(text_width, lines)) > width * len(lines):
        return False
    if sum(bool(_FULL_STOP.search(text)) for text in lines) > MENU_SENTENCES * len(lines):
        return False
    return not _own_list(lines)


def _own_list(lines: list[str]) -> bool:
    """A list of the text's own: half its lines numbered, or sharing a word ("1. Hong Kong",
    "England (Group A)"; a word in one line is shared with none)."""
    numbered = sum(bool(_NUMBERED.match(text)) for text in lines)
    words = Counter(
        word for text in lines for word in {w.lower() for w in _LIST_WORD.findall(text)}
    )
    shared = max(words.values(), default=0)
    return max(numbered, shared if shared > 1 else 0) >= LISTING * len(lines)


TAIL_LABELS = 2  # labels in a row that end the page's text: a widget's, not the story's
TAIL_LABELS_MAX = 4  # … at most: more short lines are a list (ingredients, a fact box)
_FIELD = re.compile(r"[^:：]+[:：]\s*\S")  # "Cuisine: Filipino": a card's field, not a label


def _before_trailing_labels(paragraphs: list[str], start: int, end: int) -> int:
    """Where the text ends when `TAIL_LABELS` to `TAIL_LABELS_MAX` labels (`is_label`: a few
    words, no sentence) close it after a paragraph of prose: a gallery's buttons ("Replay",
    "Autoplay"), a topic list under its label ("More about:", "Microsoft"), a poll's answers,
    a sign-off's initials; no story ends on two lines that say nothing. A list of the text's
    own (`_own_list`: numbered, or sharing a word), a card's fields (`_FIELD`) and a longer
    run (ingredients, a fact box) stay."""
    at = end
    while at > start and is_label(paragraphs[at - 1]):
        at -= 1
    tail = paragraphs[at:end]
    if not TAIL_LABELS <= len(tail) <= TAIL_LABELS_MAX or _own_list(tail):
        return end
    if any(_FIELD.match(text) for text in tail):
        return end
    return at if any(_is_prose_line(text) for text in paragraphs[start:at]) else end


def ends_as_sentence(text: str) -> bool:
    """Whether the line ends with a sentence's closing mark (a quote or bracket after it)."""
    return _FULL_STOP.search(text) is not None


def _unmarked(text: str) -> str:
    """The line without the bullet before it ("• Headline"): what its link says."""
    return text.lstrip(_BULLETS)


def _is_prose_line(text: str) -> bool:
    return text_width(text) >= PROSE_LINE and _FULL_STOP.search(text) is not None


def without_boilerplate(paragraphs: list[str], title: str | None) -> list[str]:
    """The paragraphs less those `is_boilerplate` finds, the lines said `REPEATS` times or
    more (`_repeated`, `_said_again`), a box's second copy (`_boxes_said_twice`), the
    headline said again (a template's second `<h1>`, an image's title) and the "See also"
    lists: a label such as "Related articles", "Zobacz także", "推荐阅读" with the headlines
    after it (short lines, no sentence)."""
    counts = Counter(paragraphs)
    repeated = _repeated(paragraphs, counts) | _said_again(paragraphs, counts)
    twice = (
        _boxes_said_twice(paragraphs, counts)
        | _teaser_cards(paragraphs, counts)
        | _cut_short(paragraphs)
    )
    junk = [
        at in twice or text in repeated or is_boilerplate(text)
        for at, text in enumerate(paragraphs)
    ]
    for start, end in _sign_up_boxes(paragraphs):
        junk[start:end] = [True] * (end - start)
    # Labels: every one but a bare "Related …" is a call to action too, found above.
    labels = [
        index
        for index, text in enumerate(paragraphs)
        if len(text) <= SEE_ALSO_MAX
        and (junk[index] or text.startswith(("Related", "related", "RELATED")))
        and _SEE_ALSO_LABEL.match(text) is not None
    ]
    for index in labels:
        junk[index] = True
        after = index + 1
        while after < len(paragraphs) and _is_headline_shaped(paragraphs[after]):
            junk[after] = True
            after += 1
    if title:
        wanted = folded(title)
        shortest, longest = len(wanted), 2 * len(wanted)  # folding only removes spaces
        for index, text in enumerate(paragraphs):
            if shortest <= len(text) <= longest and folded(text) == wanted:
                junk[index] = True
        start = _after_headline_line(paragraphs, wanted)
        junk[:start] = [True] * start
    return [text for text, dropped in zip(paragraphs, junk, strict=True) if not dropped]


CUT_MAX = 80  # a teaser's title or summary cut to fit its card, not a paragraph
CUT_LINES = 2  # such lines in one text that make them a list of teasers
_ELLIPSES = (" ...", " …")  # cut after a word: "Why the ferry will not …"


def _cut_short(paragraphs: list[str]) -> set[int]:
    """Short lines that end with an ellipsis set apart from their last word ("Cyclone Debbie:
    insurers should 'do the ...", "More videos ..."), when the text holds two or more: other
    stories' titles and summaries a template cut after a word to fit its cards. One such line
    is a subheading or a lead-in ("The bottom line ...") and stays; an ellipsis written onto
    its word ("And then..."), a writer's pause, stays too."""
    cut = {
        at
        for at, text in enumerate(paragraphs)
        if text.endswith(_ELLIPSES) and text_width(text) <= CUT_MAX
    }
    return cut if len(cut) >= CUT_LINES else set()


HEADLINE_AT = 8  # the headline said as one of this many first lines marks where the text starts
HEADLINE_PART = 0.5  # … the share of the title it says at least (the rest: section, site)


def _after_headline_line(paragraphs: list[str], wanted: str) -> int:
    """Where the text starts when the headline is said as one of the first `HEADLINE_AT`
    lines before any paragraph of prose: the title (`wanted`, folded) or its start up to a
    separator, the section's and the site's names after it ("Headline 质量监督 南方网"). What
    comes before it (other stories' headlines, a breadcrumb trail) is no part of the story."""
    for at, text in enumerate(paragraphs[:HEADLINE_AT]):
        if _is_prose_line(text):
            return 0
        line = folded(text)
        if (
            len(line) >= HEADLINE_PART * len(wanted)
            and wanted.startswith(line)
            and (len(line) == len(wanted) or not wanted[len(line)].isalnum())
        ):
            return at + 1
    return 0


# A line that asks the reader to subscribe, sign up, register or sign in (the lines of a
# paywall's or a sign-up box's offer stand between two of them).
_SIGN_UP = re.compile(
    r"^\W*(?:subscribe|sign (?:up|in)|log ?in|register|create an account|abonniere|"
    r"registriere|anmelden|abonnez|inscrivez|connectez|suscr[ií]bete|reg[ií]strate|"
    r"iscriviti|abbonati|abonneer|registreer|zaloguj|zarejestruj|zaprenumeruj|"
    r"подпиш|войдите|зарегистр)",
    re.IGNORECASE,
)
# A paywall's label: the text that follows is for subscribers ("THIS CONTENT IS RESERVED FOR
# SUBSCRIBERS ONLY", "Nur für Abonnenten", "Article réservé aux abonnés").
_PAYWALL = re.compile(
    r"\b(?:(?:reserved|available|exclusive(?:ly)?) (?:for|to) (?:paid |paying )?subscribers|"
    r"subscribers only|(?:nur|exklusiv) für abonnenten|réservée? aux abonnés|"
    r"exclusivo para suscriptores|riservato agli abbonati|tylko dla prenumeratorów|"
    r"только для подписчиков)\b",
    re.IGNORECASE,
)
_PAYWALL_HINTS = ("subscri", "abonn", "suscript", "abbonat", "prenumer", "подписч")
SIGN_UP_GAP = 6  # lines at most between two sign-up lines that are their box's offer
OFFER_MAX = 200  # … each an offer's line (a perk and the writers it brings, say) at most
SIGN_UP_OFFER = 2  # … and at least (one line between two steps of a how-to is its text)


def _sign_up_boxes(paragraphs: list[str]) -> list[tuple[int, int]]:
    """The stretches between two sign-up lines (`_SIGN_UP`, short) with `SIGN_UP_OFFER` to
    `SIGN_UP_GAP` lines between them, every one short: a paywall's or a registration box's
    list of what the reader gets ("Unlimited online access", "Daily puzzles"), in the text's
    markup once its class words say nothing. An inline "Read more" is no sign-up line."""
    asks = [
        at
        for at, text in enumerate(paragraphs)
        if len(text) <= SHORT
        and (
            _SIGN_UP.match(text) is not None
            or (_holds(text.lower(), _PAYWALL_HINTS) and _PAYWALL.search(text) is not None)
        )
    ]
    return [
        (first + 1, second)
        for first, second in pairwise(asks)
        if SIGN_UP_OFFER <= second - first - 1 <= SIGN_UP_GAP
        and all(len(text) <= OFFER_MAX for text in paragraphs[first + 1 : second])
    ]


REPEATS = 3  # times a short line is said in the text that make it a template's label
REPEATED_MAX = 120  # … its length at most
REPEATED_LETTERS = 4  # … and its letters at least (a table's cells repeat "DL", "74", "Yes")


def _repeated(paragraphs: list[str], counts: Counter[str]) -> set[str]:
    """Short lines, no sentence, said `REPEATS` times or more: what a template writes beside
    every paragraph or box ("Article content" for screen readers, "Advertisement", a section's
    name under each teaser), which the text, saying something new each line, does not. A line
    with the same line before it each time, or after it, is part of a list said again (a
    product's features in each of its offers): kept. `counts`: how often each line is said."""
    labels = {
        text
        for text, count in counts.items()
        if count >= REPEATS
        and len(text) <= REPEATED_MAX
        and not _FULL_STOP.search(text)
        and not text.endswith(":")  # a subheading over each item ("How to fix it:")
        and not (text.islower() and " " not in text)  # a unit a list broke off ("teaspoon")
        and sum(map(str.isalpha, text)) >= REPEATED_LETTERS
    }
    if not labels:
        return labels
    before, after = _neighbours(paragraphs, labels)
    return {text for text in labels if len(before[text]) > 1 and len(after[text]) > 1}


def _neighbours(
    paragraphs: list[str], wanted: Collection[str]
) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """For each wanted line, the lines said before it and those said after it ("" at an
    end): a line said again with the same neighbours is part of a box said again."""
    before: dict[str, set[str]] = {}
    after: dict[str, set[str]] = {}
    for at, text in enumerate(paragraphs):
        if text in wanted:
            before.setdefault(text, set()).add(paragraphs[at - 1] if at else "")
            after.setdefault(text, set()).add(
                paragraphs[at + 1] if at + 1 < len(paragraphs) else ""
            )
    return before, after


BOX_LINES = 3  # lines in a row that, said again right after, are a box printed twice
BOX_MAX = 20  # … at most this many lines in the box


def _boxes_said_twice(paragraphs: list[str], counts: Counter[str]) -> set[int]:
    """The places of a run of `BOX_LINES` to `BOX_MAX` lines said again right after itself:
    a box printed a second time (a paywall's list of perks for wide and narrow screens, a
    sign-in prompt). The first copy stays. Lists said again for each of several items (a
    product's features per offer) have other lines between their copies: kept."""
    if len(counts) == len(paragraphs):
        return set()  # no line said twice, as on most pages
    places: dict[str, list[int]] = {}
    for at, text in enumerate(paragraphs):
        places.setdefault(text, []).append(at)
    dropped: set[int] = set()
    for at, text in enumerate(paragraphs):
        same = places[text]
        if len(same) == 1:
            continue  # a line said once, as most are, starts no box
        for later in same[bisect_right(same, at + BOX_LINES - 1) :]:
            size = later - at
            if size > BOX_MAX:
                break
            if paragraphs[at:later] == paragraphs[later : later + size]:
                dropped.update(range(later, later + size))
                break
    return dropped


CARDS = 3  # teaser cards in a row that make a carousel of other stories
CARD_GAP = 2  # lines between one card's title and the next card's (its summary, a label)


def _teaser_cards(paragraphs: list[str], counts: Counter[str]) -> set[int]:
    """The places of a carousel of teaser cards: a title (two words at least) said twice in a
    row (the card's picture and its link), `CARDS` times or more, each card's title one to
    `CARD_GAP` lines (its summary, a label) after the last card's; with the summary after the
    last card, and the card playing, said before the run and again right after it. The text
    says a line twice in a row seldom, and never as a run of titles with summaries."""
    if len(counts) == len(paragraphs):
        return set()
    pairs = [
        at
        for at in range(len(paragraphs) - 1)
        if paragraphs[at] == paragraphs[at + 1]
        and len(paragraphs[at]) <= SHORT
        and (len(_LIST_WORD.findall(paragraphs[at])) >= 2 or WIDE_SCRIPT.search(paragraphs[at]))
    ]
    dropped: set[int] = set()
    run: list[int] = []
    for at in [*pairs, len(paragraphs) + CARD_GAP + 2]:
        if run and 1 <= at - run[-1] - 2 <= CARD_GAP:
            run.append(at)
            continue
        if len(run) >= CARDS:
            first, end = run[0], min(run[-1] + 3, len(paragraphs))
            lead = first - (run[1] - run[0] - 3)  # the playing card ends before the labels
            if lead >= 2 and paragraphs[lead - 2 : lead] == paragraphs[end : end + 2]:
                first, end = lead - 2, end + 2
            dropped.update(range(first, end))
        run = [at]
    return dropped


def _said_again(paragraphs: list[str], counts: Counter[str]) -> set[str]:
    """Long lines (`PROSE_LINE` wide or more) said `REPEATS` times or more as part of one box
    said again: two of the copies have the same line before them, or after them (a
    slideshow's caption under each of its pictures, in a row; a sign-in box's note). A
    question asked again between different lines (each interviewee's answer) is the text's."""
    long = {
        text: count
        for text, count in counts.items()
        if count >= REPEATS and text_width(text) >= PROSE_LINE
    }
    if not long:
        return set()
    before, after = _neighbours(paragraphs, long)
    return {
        text
        for text, count in long.items()
        if len(before[text]) < count or len(after[text]) < count
    }


SEE_ALSO_MAX = 60  # a label, not a line that mentions related stories
_SEE_ALSO_LABEL = re.compile(
    rf"^\W*(?:{_SEE_ALSO}|see also|also read|read also|related\b|"
    r"more on this|mehr zum thema|lesen sie auch|lire aussi|"
    r"lee también|leggi anche|lees ook)",
    re.IGNORECASE,
)


def _is_headline_shaped(text: str) -> bool:
    """A story's title: one short line without a sentence's end."""
    return len(text) < 150 and not _SENTENCE_END.search(text)


def is_label(text: str) -> bool:
    """A few words that announce what follows rather than say anything ("DON'T MISS",
    "Related:", "Mehr zum Thema"): no sentence, at most four words."""
    return (
        len(text) < 40
        and len(text.split()) <= 4
        and (text.rstrip().endswith(":") or not _SENTENCE_END.search(text))
    )


# A breadcrumb's separators: "›", ">" and "|" anywhere (menu rows in Chinese: "财经| 宏观"),
# "»" and "/" between spaces (German quotes with "»", dates with "/" are no trail).
_CRUMB = re.compile(r"[>›|]|\s[»/]\s")


LIST_RUN = 5  # short lines in a row, none of them a date, that are a list, not a kicker


def _opens_a_list(paragraphs: list[str], start: int) -> bool:
    """Whether the line at `start` opens `LIST_RUN` short lines in a row (three words at most,
    a letter in each, no sentence's end, no date nor clock): an ingredients' list or a fact
    box at the head of the block; a kicker is one line or two."""
    run = paragraphs[start : start + LIST_RUN]
    return len(run) == LIST_RUN and all(_is_short_label(line) for line in run)


def _is_short_label(text: str) -> bool:
    """A line that may be a list's item: a few words with a letter in them (a gallery's
    counter, "1", "/", "23", is no item), ending no sentence, and no date, clock or reading
    time, which are post meta above the text, not a list."""
    return (
        any(char.isalpha() for char in text)
        and len(text.split()) <= 3
        and len(text) < 30
        and not _SENTENCE_END.search(text)
        and not _CLOCK_OR_DATE.search(text)
        and parse_datetime(text) is None
        and not _READING_TIME.search(text)
    )


def _is_lead_meta(text: str) -> bool:
    """A kicker, a byline, a date or a line with a clock or a date in figures, a reading
    time, a breadcrumb trail ("Home › World › Europe"), a comments label ("Comments (12)")
    above the text."""
    if len(text) > 100:
        return False
    words = len(text.split())
    return bool(
        (words <= 3 and len(text) < 30 and not _SENTENCE_END.search(text))
        or (len(_CRUMB.findall(text)) >= 2 and not _SENTENCE_END.search(text))
        or (_BYLINE.search(text) and words <= 12)
        or _META_START.search(text)
        or _READING_TIME.search(text)
        or (words <= 10 and parse_datetime(text) is not None)
        or (_CLOCK_OR_DATE.search(text) and not _FULL_STOP.search(text))
        or _is_comments_label(text)  # "Comments (12)": a link to them under the byline
    )


DISCLAIMER_MAX = 400
_DISCLAIMER = re.compile(
    r"^\W*(?:disclaimer|disclosure|haftungsausschluss|avertissement|aviso legal|"
    r"免责声明|免責聲明|声明|聲明)",
    re.IGNORECASE,
)


EDITOR_MAX = 30
# The editor's or author's credit under a Chinese story: "责任编辑：廖泽凌", "[作者：李妍]",
# "(陈巍 编辑)", "(李军伟 编译)", "南方网编辑：谢晓" (editor, author, compiled by; a site's
# name may open it). A source line ("来源：新华社") is the story's own.
_EDITOR = re.compile(
    r"^[\s(（\[［]*(?:[^\s\d:：()（）\[\]［］]{1,6}\s*)?"
    rf"(?:{'|'.join(EDITOR_IN_CHARGE)}|编辑|編輯|作者|编译|編譯)"
    r"(?:\s*[:：]\s*[^:：()（）\[\]［］]{1,12}|\s*[)）\]］])[\s)）\]］]*$"
)


def _is_dated_meta(text: str) -> bool:
    """A post's "Published" line under its text ("Posted: 6 December 2011 at 16:24 in News",
    "Опубликовано: 06.12.2011"): the publishing word first, a clock or a date in figures, no
    sentence after it. "Updated at 10:32 with the police's statement." is the story's own."""
    return (
        len(text) <= POST_META_MAX
        and _META_START.search(text) is not None
        and _CLOCK_OR_DATE.search(text) is not None
        and not _FULL_STOP.search(text)
    )


def _is_licence_line(text: str) -> bool:
    """The Creative Commons licence a template puts under every post ("Title von Ada Obi ist
    lizenziert unter einer Creative Commons … Lizenz", "this work is licensed under a
    Creative Commons License"): the same on every page of the site, none of the story. Not a
    publisher's copyright line ("© 2019 Associated Press. All rights reserved."), a wire
    story's credit."""
    lowered = text.lower()
    return "creative commons" in lowered and ("licen" in lowered or "lizen" in lowered)


def _is_label(text: str, label: re.Match[str]) -> bool:
    """A tag word opening a label, not a sentence: a colon after it, no full stop at the
    end, or no small word going on after it ("Topics like these come up every year.",
    Danish "Tag kagen ud af formen." are the story's; "Filed under Cakes. …" is a label)."""
    after = text[label.end() :].lstrip()
    return after.startswith(":") or _FULL_STOP.search(text) is None or not after[:1].islower()


def _is_tail_meta(text: str) -> bool:
    """A tag line, a post's "Published" line (`_is_dated_meta`), a Chinese editor's credit
    (`_EDITOR`), a label announcing what was left out ("More:", "Related stories:"), a
    disclaimer or the site's licence (`_is_licence_line`), a line sending the reader
    to the site's or the author's social accounts, or a closing appeal to the reader (a
    newsletter, a subscription, a donation: "Abonnieren Sie den Podcast…"; the news that a
    charity's donations fell addresses no reader), or a press release's profile of its
    company (`_is_company_profile`). A short last line without a
    colon may be the agency's sign-off ("Reuters"): kept."""
    if (
        len(text) < TAG_LINE_MAX
        and (found := _TAG_LINE.search(text))
        and _is_label(text, found)
        and _GERMAN_DAY.match(text) is None
    ):
        return True
    if _is_dated_meta(text) or (len(text) <= EDITOR_MAX and _EDITOR.match(text) is not None):
        return True
    if len(text) < DISCLAIMER_MAX and (_DISCLAIMER.match(text) or _is_licence_line(text)):
        return True
    if len(text) < APPEAL_MAX:
        lowered = text.lower()
        if len(text) < FOLLOW_MAX and _is_follow_line(text, lowered):
            return True
        if (
            any(hint in lowered for hint in _APPEAL_HINTS)
            and _APPEAL.search(text)
            and _READER.search(text)
        ):
            return True
    if len(text) < CONTACT_MAX and ("@" in text or "/" in text or "www." in text):
        return _is_contact_line(text)
    if PROFILE_MIN <= len(text) <= PROFILE_MAX and _is_company_profile(text):
        return True
    return len(text) < 40 and text.rstrip().endswith(":") and len(text.split()) <= 4


PROFILE_MIN = 150  # a press release's profile of its company: a few sentences …
PROFILE_MAX = 1500  # … not a long paragraph of the story
PROFILE_FACTS = 2  # … naming two kinds of a company's facts at least
# "Ascom is a …", "Example, Inc. is a …", "Die Example AG ist einer der …", "Électricité Example
# est l'un des …", "Example es una …"
_PROFILE_OPENING = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][\w&'’.-]*(?: [A-ZÀ-ÖØ-Þ&][\w&'’.-]*){0,5}"
    r"(?:,? (?:Inc|Ltd|LLC|Corp|AG|SE|SA|plc)\.?,?)? (?:is|are|ist|sind|est|es) "
    r"(?:a|an|the|one of|ein|eine|einer|der|die|das|un|une|una|l['’]un|le|la|el)\b"
)
_PROFILE_FACTS = tuple(
    re.compile(words, re.IGNORECASE)
    for words in (
        r"\bheadquarter|\bhead office\b|\bmit Sitz in\b|\bsiège\b|\bcon sede en\b",
        r"\bemploys\b|\bemployees\b|\bMitarbeite|\bsalariés\b|\bcollaborateurs\b|\bempleados\b",
        r"\blisted on\b|\bstock exchange\b|\bNYSE\b|\bNasdaq\b|\bbörsennotiert|\bcotée?\b",
        r"\bsubsidiaries\b|\bTochtergesellschaften\b|\bfiliales\b",
        (
            r"\bfor more information\b|\bweitere Informationen\b|\bplus d'informations\b|"
            r"\bmás información\b"
        ),
    )
)


def _is_company_profile(text: str) -> bool:
    """A paragraph that presents a company as a press release closes with it: it opens with
    the company's name and what it is ("Ascom is a global solutions provider …") and names
    `PROFILE_FACTS` kinds of a company's facts (its headquarters, its staff, its stock
    listing, its subsidiaries, where to learn more), in English, German, French or Spanish.
    A story's last paragraph about a company seldom opens so and lists its facts."""
    if _PROFILE_OPENING.match(text) is None:
        return False
    return sum(1 for facts in _PROFILE_FACTS if facts.search(text)) >= PROFILE_FACTS


CONTACT_MAX = 160  # a contact line, not a paragraph that cites a web page
CONTACT_LABEL = 6  # words besides the addresses that make a line a label over them
CONTACT_LABEL_WIDTH = 50  # … and their characters (a wide script's counting three)
CONTACT_CLAUSE = 100  # a line with a verb: one short clause, not a sign-off that goes on
_SENTENCE_BREAK = re.compile(r"[.!?]\s+\S")
_ADDRESS = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)[!-~]+|\b[\w-]+(?:\.[\w-]+)+/[!-~]*"
)  # an address is ASCII: Chinese text runs on after it without a space
_TWEET_LINK = re.compile(r"\b(?:pic\.twitter\.com|t\.co)/", re.IGNORECASE)
# Verbs that send the reader to an address: write, get in touch, visit, follow.
_CONTACT = re.compile(
    r"\b(?:contact\w*|write|e-?mail\w*|reach|get in touch|send|visit|follow|kontakt\w*|"
    r"schreib\w*|besuch\w*|folg\w*|écri\w*|contacte\w*|escrib\w*|scriv\w*)\b",
    re.IGNORECASE,
)


def _is_contact_line(text: str) -> bool:
    """A line at the end that gives a reporter's or the site's address: the address alone or
    under a short label ("jdoe@example.com", "Email: …", "Read or Share this story: https://…",
    "Online: www.…"), or with a verb that sends the reader there ("Write to Ada Obi at …", "To
    contact the reporter on this story: …", "Visit www.… for more"). A tweet's own links
    (`pic.twitter.com`, `t.co`) are its text, not an address; a line with a verb is one
    clause of `CONTACT_CLAUSE` characters at most (sentences that go on, "Ada Obi may be
    reached at …. Follow her on …", are the story's own sign-off)."""
    addresses = _ADDRESS.findall(text)
    if not addresses or _TWEET_LINK.search(text):
        return False
    rest = _ADDRESS.sub(" ", text)
    if len(rest.split()) <= CONTACT_LABEL and text_width(rest.strip()) <= CONTACT_LABEL_WIDTH:
        return True
    return (
        len(text) <= CONTACT_CLAUSE
        and _SENTENCE_BREAK.search(text) is None
        and _CONTACT.search(rest) is not None
    )


def _is_follow_line(text: str, lowered: str) -> bool:
    """ "Follow us on Twitter and Facebook", "Reach the reporter at @ada": two networks named,
    or one (or a handle) with a verb that sends the reader there. `lowered`: the text in
    lower case."""
    if not any(hint in lowered for hint in _NETWORK_HINTS) or _NETWORK.search(text) is None:
        return False
    if _FOLLOW.search(text) is not None:
        return True
    names = {match.group().strip().lower()[:2] for match in _NETWORK.finditer(text)}
    return len({"@" if name.startswith("@") else name for name in names}) >= 2  # handles: one
