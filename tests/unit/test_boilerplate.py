import pytest

from flows.parse.body.boilerplate import is_boilerplate, trim_edges, without_boilerplate


@pytest.mark.parametrize(
    "line",
    [
        "Photo: Ada Obi/AP",
        "PHOTOGRAPH BY ADA OBI",
        "(Image credit: Getty Images)",
        "Foto: dpa",
        "Crédits photo : Ada Obi",
        "Bilder von Ada Obi © Reuters",
        "Shutterstock",
        "iStockPhoto",
        "Ada Obi/Unsplash",
        "GettyImages",
        "In this file photo, the bridge is seen at dusk",
        "in this photo taken on Monday",
        "Subscribe to our newsletter",
        "Get the app on Google Play",
    ],
)
def test_short_credits_calls_to_action_and_newsletter_lines_are_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council met on Monday to discuss the new bridge.",
        "Photographers gathered as the bridge opened",
        "Our newsletter team wrote about the bridge last week.",
        "The images were shown to the council",
        "A photobook of the bridge went on sale",
        "The Getty Museum opened the exhibition",
        "The EPA fined the company",
        "I found a free image on Unsplash and used it as the background for the quote I chose.",
    ],
)
def test_ordinary_lines_that_mention_photos_or_newsletters_are_not(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "tail",
    [
        "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",
        "Email Ada Obi at ada@example.com or follow her @adaobi.",
        "Folgen Sie uns auf Facebook.",
        "Find us on Google+ and YouTube",
        "我們也開了Google plus page,如有Google plus account的你,也可follow 我們吧!",
    ],
)
def test_lines_sending_readers_to_social_accounts_are_trimmed_from_the_end(tail):
    body = ["The council closed the bridge.", "Twitter users mocked the decision, as ever."]
    assert trim_edges([*body, tail]) == body


def test_a_paragraph_about_a_social_network_is_kept():
    body = ["The council closed the bridge.", "Residents followed the vote on Twitter."]
    assert trim_edges(body) == body
    polish = ["The council closed the bridge.", "Facebookowy wpis radnego obiegł miasto."]
    assert trim_edges(polish) == polish


@pytest.mark.parametrize(
    "tail",
    [
        "Sign up for our daily briefing to get the news delivered to your inbox every morning.",
        "Abonnieren Sie den Podcast bei Spotify, Apple Podcast und Deezer.",
        "Hat Ihnen dieser Artikel gefallen? Dann unterstützen Sie uns bitte mit einer Spende.",
        "Il vous reste 57% de cet article à lire. La suite est réservée aux abonnés.",
    ],
)
def test_closing_appeals_to_the_reader_are_trimmed_from_the_end(tail):
    body = ["The council closed the bridge.", "It will reopen next year."]
    assert trim_edges([*body, tail]) == body


@pytest.mark.parametrize(
    "line",
    [
        "Get the headlines from the Herald delivered daily to your email.",
        "Melden Sie sich an, und die Nachrichten kommen direkt in Ihr Postfach.",
        "Inscrivez-vous : les nouvelles arrivent dans votre boîte de réception.",
    ],
)
def test_lines_promising_news_in_the_readers_mailbox_are_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "He sent an email to the council.",
        "The mayor said her inbox was full of complaints.",
        "Email alerts warned residents of the flood.",
        "When your new subscriber gets their welcome email, you get an email too.",
        "Set up email alerts for your brand, and check your spam folder for replies.",
    ],
)
def test_lines_about_emails_in_a_story_or_a_how_to_are_not(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "note",
    [
        "Comments are closed.",
        "Durch einen technischen Fehler ist die Kommentarfunktion ausgeschaltet!",
        "Les commentaires sont fermés.",
        "Комментарии закрыты",
    ],
)
def test_a_note_that_comments_are_closed_ends_the_text(note):
    body = [
        "The council closed the bridge on Monday after engineers found cracks in two piers.",
        "It will reopen next year, the mayor said, once the repairs are done and all tested.",
        "Drivers will use the ferry until then, at no cost to residents of the island, she said.",
    ]
    teaser = "Another story from the site, with a summary long enough to read as prose."
    assert trim_edges([*body, note, teaser]) == body


def test_a_story_on_a_consultation_closing_to_comments_is_kept():
    body = [
        "The council closed the bridge on Monday after engineers found cracks in its piers.",
        "It will reopen next year, the mayor said, once the repairs are done and tested.",
        "Public comments on the plan are closed until May.",
        "Drivers will use the ferry until then, at no cost to residents of the island.",
    ]
    assert trim_edges(body) == body


def test_a_closing_paragraph_reporting_on_subscriptions_or_donations_is_kept():
    body = [
        "The council closed the bridge.",
        "The US charity said donations fell by a third, and subscriptions to its newsletter too.",
    ]
    assert trim_edges(body) == body


@pytest.mark.parametrize(
    "line",
    [
        "Print | Email | Share",
        "Send to a friend",
        "Drucken Teilen",
        "Версия для печати",
        "分享到：",
        "Related: The bridge that fell",
        "MORE: Ferry timetable changes",
        "Zobacz także:",
        "Читайте также",
        "Материалы по теме:",
        "Ссылки по теме:",
        "推荐阅读",
        "Реклама",
        "1 of 123",
        "Bild 3 von 12",
    ],
)
def test_button_bars_see_also_labels_and_ad_slots_in_several_languages_are_boilerplate(line):
    assert is_boilerplate(line)


def test_a_script_shown_as_text_is_boilerplate():
    code = (
        "<!-- var google_adnum = 0; function google_ad_request_done(google_ads) { var s = ''; "
        "if (google_ads.length == 0) { return; } for (i = 0; i < 2; i++) { s += i; } } -->"
    )
    assert is_boilerplate(code)
    assert not is_boilerplate("The code, {a; b; c} and {d; e; f}, was set in braces {x}.")


@pytest.mark.parametrize(
    "line",
    [
        "Если Вы заметите ошибку в тексте, выделив её, нажмите Ctrl-Enter, чтобы отослать информацию",
        "Found a typo? Select it and press Ctrl+Enter.",
    ],
)
def test_a_note_on_reporting_typos_with_ctrl_enter_is_boilerplate(line):
    assert is_boilerplate(line)
    assert not is_boilerplate("Press Ctrl+C to copy the text, the manual says.")


@pytest.mark.parametrize(
    "line",
    [
        "Save the bridge, residents say",
        "The related costs rose by a third.",
        "Print media covered the vote.",
        "A friend of the mayor",
        "3 of 4 voted yes.",
    ],
)
def test_lines_that_only_mention_buttons_or_related_things_are_kept(line):
    assert not is_boilerplate(line)


def test_a_breadcrumb_trail_above_the_text_is_trimmed():
    body = ["The council closed the bridge.", "It will reopen next year."]
    assert trim_edges(["Home › News › Local", *body]) == body
    assert trim_edges(["Start | Wirtschaft | Verkehr", *body]) == body


def test_menu_rows_and_a_date_line_above_the_text_are_trimmed():
    """Chinese templates write a menu's "|" without a space before it, and a date line with a
    clock, its source and a text-size toggle; neither ends as a sentence."""
    body = ["The council closed the bridge.", "It will reopen next year."]
    top = ["财经| 宏观| 观点 头条| 时事", "2012-01-17 20:40 来源：证券时报网 字号： 12 14"]
    assert trim_edges([*top, *body]) == body


NAVIGATION = ["News", "Sport", "Business", "Culture", "Travel", "Weather"]


def test_a_menu_above_the_text_is_trimmed_up_to_its_last_link():
    """A page wrapper read whole opens with the site's navigation; the standfirst after the
    menu's last link, short and with no full stop, stays."""
    standfirst = "Council votes to close the old bridge"
    body = [standfirst, *CLOSING_BODY]
    assert trim_edges([*NAVIGATION, *body], lambda: frozenset(NAVIGATION)) == body


def test_short_lines_above_the_text_that_are_no_links_are_kept():
    """A fact box before the first paragraph is the text's own."""
    facts = [
        "Built in 1931 by the county",
        "Carries 12,000 cars a day",
        "Cracks found in March",
        "Ferry runs every twenty minutes",
        "New crossing due in four years",
    ]
    body = [*facts, *CLOSING_BODY]
    assert trim_edges(body) == body


def test_a_first_paragraph_with_a_clock_is_kept():
    body = ["At 10:32 the council closed the bridge.", "It will reopen next year."]
    assert trim_edges(body) == body


def test_a_quoted_kicker_in_german_quotes_is_no_breadcrumb():
    body = ["»Wir bauen neu« sagt der Bürgermeister", "The council closed the bridge."]
    assert trim_edges(body) == body


@pytest.mark.parametrize(
    "tail",
    [
        ["Disclaimer: the author holds no shares in the bridge company."],
        ["免责声明：本文仅代表作者本人观点。"],
        ["About the author", "Ada Obi covers transport for the paper."],
        ["About Example Bridges", "Example Bridges builds crossings in 12 countries."],
    ],
)
def test_disclaimers_and_about_boxes_are_trimmed_from_the_end(tail):
    body = ["The council closed the bridge.", "It will reopen next year."]
    assert trim_edges([*body, *tail]) == body


@pytest.mark.parametrize(
    "tail",
    [
        ["ada.obi@example.com"],
        ["Email: ada.obi@example.com"],
        ["Read or Share this story: https://exm.pl/2xaZ"],
        ["Write to Ada Obi at ada.obi@example.com"],
        ["To contact the reporter on this story: Ada Obi in Lagos at aobi@example.com"],
        ["Visit www.example.org or call the helpline free on 0800 000 000."],
        ["Online: www.example.gov/reports", "example.com/ada"],
    ],
)
def test_addresses_to_write_to_or_visit_are_trimmed_from_the_end(tail):
    body = ["The council closed the bridge.", "It will reopen next year."]
    assert trim_edges([*body, *tail]) == body


@pytest.mark.parametrize(
    "last",
    [
        "The mayor answered critics in a post: pic.twitter.com/AbCdEf",
        "相關資訊可到林務局網站（http://www.example.gov.tw）查詢，民眾全家前往都很適合。",
        "The agency published the whole report on its site, www.example.gov, on Monday.",
        "Ada Obi may be reached at aobi@example.com. She covers the city council.",
    ],
)
def test_a_closing_sentence_or_tweet_that_holds_an_address_is_kept(last):
    body = ["The council closed the bridge.", "It will reopen next year.", last]
    assert trim_edges(body) == body


PROFILE = (
    "Example Bridges is a global engineering group focused on crossings and tunnels. Its "
    "mission is to connect towns safely. Example Bridges is headquartered in Leeds, has "
    "subsidiaries in 12 countries and employs around 1,300 people worldwide."
)


def test_a_press_release_s_closing_profile_of_its_company_is_trimmed_from_the_end():
    body = ["The council closed the bridge.", "It will reopen next year."]
    assert trim_edges([*body, PROFILE]) == body
    assert trim_edges([*body, "About Example Bridges", PROFILE]) == body


@pytest.mark.parametrize(
    "profile",
    [
        (
            "Puentes Ejemplo es una empresa de ingeniería dedicada a puentes y túneles, con sede en "
            "Bilbao, filiales en doce países y unos 1.300 empleados en todo el mundo."
        ),
        (
            "Die Beispiel Brücken AG ist einer der führenden Brückenbauer Europas, mit Sitz in "
            "Leipzig, beschäftigt rund 1.300 Mitarbeitende und ist börsennotiert in Frankfurt."
        ),
        (
            "Électricité Exemple est l'un des premiers constructeurs de ponts en Europe. Son siège "
            "est à Lyon et le groupe compte 1 300 collaborateurs dans douze pays."
        ),
    ],
)
def test_a_company_profile_in_spanish_german_or_french_is_trimmed_from_the_end(profile):
    body = ["The council closed the bridge.", "It will reopen next year."]
    assert trim_edges([*body, profile]) == body


@pytest.mark.parametrize(
    "last",
    [
        (
            "Example Bridges is a family firm that has built crossings since 1931, and its owners "
            "say they will bid for the new span. It is headquartered in Leeds."
        ),
        (
            "The firm, which is headquartered in Leeds and employs 1,300 people, said it would bid "
            "for the new span when the council opens the tender next spring."
        ),
    ],
)
def test_a_closing_paragraph_on_a_company_in_the_story_s_words_is_kept(last):
    body = ["The council closed the bridge.", "It will reopen next year.", last]
    assert trim_edges(body) == body


def test_a_closing_paragraph_that_starts_with_about_is_kept():
    body = ["The council closed the bridge.", "About 200 people attended the vote."]
    assert trim_edges(body) == body


def test_the_headline_said_again_and_see_also_lists_are_left_out():
    prose = ["The council closed the bridge.", "It will reopen next year."]
    listed = ["Bridge to close", prose[0], "Related articles", "Ferry fares rise", *prose[1:]]
    assert without_boilerplate(listed, "Bridge to Close") == prose


MENU_BODY = [
    "The council voted on Tuesday to close the old bridge, citing cracks found by inspectors.",
    "Residents, who have campaigned for a new bridge for a decade, welcomed the decision.",
]
MENU = ["Facebook", "Share by email", "Latest news", "Weather", "Sport", "Bridge closes for good"]


def test_a_menu_of_links_after_the_text_is_trimmed():
    """Short lines after the last paragraph of prose, many of them links: the navigation of a
    page wrapper read whole, not the article's ending."""
    assert trim_edges([*MENU_BODY, *MENU], lambda: frozenset(MENU[2:])) == MENU_BODY


def test_a_short_last_paragraph_before_a_menu_after_the_text_stays():
    """A sentence that is no link, between the last paragraph of prose and the menu, is the
    story's own ending (too short to count as prose), not the menu's first line."""
    ending = "Details of the new bridge are yet to be released."
    kept = trim_edges([*MENU_BODY, ending, *MENU], lambda: frozenset(MENU[2:]))
    assert kept == [*MENU_BODY, ending]


@pytest.mark.parametrize(
    ("tail", "links"),
    [
        (MENU, frozenset()),  # no links: an ingredient list, a fact box
        (["1. Hong Kong", "2. Singapore", "3. Australia", "4. Switzerland", "5. Ireland"], None),
        (
            [
                f"{team} (Group {group}): fifth time"
                for team, group in zip("ABCDE", "FGHIJ", strict=True)
            ],
            None,
        ),
    ],
)
def test_short_lines_after_the_text_stay_when_not_links_or_a_list_of_its_own(tail, links):
    links = frozenset(tail) if links is None else links
    assert trim_edges([*MENU_BODY, *tail], lambda: links) == [*MENU_BODY, *tail]


@pytest.mark.parametrize(
    "meta",
    [
        "By Ada Obi",
        "Autor: Ada Obi und Ben Eze, Berlin",
        "Wednesday 22 March 2017 06.23 GMT Last modified on Wednesday 22 March 2017 08.25 GMT",
        "08 декабря, 10:32 | Петр Синяев",
        "12:34 17.01.2012",
    ],
)
def test_a_byline_or_date_line_after_the_standfirst_is_post_meta(meta):
    standfirst = "The council will close the bridge for a year while engineers rebuild its arches."
    body = [
        "The bridge over the river will close on Monday, the council said in a statement.",
        "Engineers found cracks in two of its arches during an inspection last month.",
    ]
    assert trim_edges([standfirst, meta, *body]) == [standfirst, *body]


def test_the_whole_block_of_meta_after_the_standfirst_is_post_meta():
    """A byline's label before the byline, and more dates, a reading time and a call to
    comment after it: one block of meta, however many lines."""
    standfirst = "The council will close the bridge for a year while engineers rebuild its arches."
    meta = [
        "Author of the article:",
        "By Ada Obi",
        "Published May 25, 2026",
        "Last updated 6 hours ago",
        "4 minute read",
        "Join the conversation",
    ]
    body = [
        "The bridge over the river will close on Monday, the council said in a statement.",
        "Engineers found cracks in two of its arches during an inspection last month.",
    ]
    assert trim_edges([standfirst, *meta, *body]) == [standfirst, *body]
    subheading = "What happens next"
    assert trim_edges([standfirst, meta[1], subheading, *body]) == [standfirst, subheading, *body]


def test_a_short_subheading_with_a_figure_among_the_first_paragraphs_is_kept():
    body = [
        "The bridge over the river will close on Monday, the council said in a statement.",
        "The plan costs 3.50 million",
        "Engineers found cracks in two of its arches during an inspection last month.",
    ]
    assert trim_edges(body) == body


@pytest.mark.parametrize(
    "label",
    ["Ähnliche Nachrichten", "Popular", "Most read", "More from Money", "関連記事", "Read more"],
)
def test_a_label_over_a_list_of_other_stories_goes_with_the_list(label):
    body = ["The bridge over the river will close on Monday, the council said in a statement."]
    headlines = ["Council votes on the budget", "New school opens in the north"]
    assert without_boilerplate([*body, label, *headlines], None) == body


def test_a_subheading_that_starts_with_a_list_word_is_kept():
    body = [
        "The bridge over the river will close on Monday, the council said in a statement.",
        "Popular uprising in the north",
        "The protests began in March and spread to three towns within a week.",
    ]
    assert without_boilerplate(body, None) == body


CLOSING_BODY = [
    "The council approved the new budget on Tuesday after a long debate over the school plans.",
    "Its members agreed to review the spending again in spring, when the new figures are in.",
]


@pytest.mark.parametrize(
    "label",
    [
        "Tags: budget, council",
        "TAG Budget, Council News",
        "Słowa kluczowe / Alerty",
        "Tagged budget, council",
        "Comments (12)",
        "Add comment",
        "Comments are now closed for this story",
        "Kommentare",
    ],
)
def test_a_tag_line_or_a_comments_label_ends_the_text_with_all_after_it(label):
    """What follows a tag line or a label over the comments is teaser cards and readers'
    comments, however long: not the article."""
    after = [
        label,
        "Ada: I think the council got this one wrong, and the schools will pay for it next year.",
        "Budget fight looms",
        "The mayor is expected to veto parts of the plan, which the council could overturn.",
    ]
    assert trim_edges([*CLOSING_BODY, *after]) == CLOSING_BODY


@pytest.mark.parametrize(
    "line",
    [
        "Topics like these come up every year when the council meets to set its budget.",
        "Commentary",  # an opinion piece's label, not its readers' comments
    ],
)
def test_a_sentence_starting_with_a_tag_word_or_an_opinion_label_ends_nothing(line):
    body = [*CLOSING_BODY, line, "The vote was 7 to 2."]
    assert trim_edges(body) == body


@pytest.mark.parametrize("label", ["Topics: budget", "Themen: Haushalt", "Category: Dessert"])
def test_a_section_label_between_paragraphs_ends_nothing(label):
    """A post's section ("Category:", a recipe card's field too) goes under the text as a tail
    line, but only the tags' label ends the text."""
    body = [*CLOSING_BODY, label, "The vote was 7 to 2, and the plan goes to the mayor next."]
    assert trim_edges(body) == body


def test_a_comments_label_before_two_paragraphs_of_prose_ends_nothing():
    """A label between a standfirst and the text is no end of it."""
    body = [CLOSING_BODY[0], "Comments", CLOSING_BODY[1], "The vote was 7 to 2."]
    assert trim_edges(body) == body


def test_a_short_line_a_template_repeats_between_paragraphs_is_left_out():
    """ "Article content" written for screen readers before every paragraph: the text says
    something new each line."""
    prose = [
        "The council closed the bridge.",
        "It will reopen next year.",
        "Drivers must take the ferry.",
    ]
    labelled = [line for text in prose for line in ("Article content", text)]
    assert without_boilerplate(labelled, None) == prose


@pytest.mark.parametrize(
    "repeated",
    [
        ["Easy setup for all your devices", "Voice control"],  # a product's features per offer
        ["DL"],  # a table's cells
        ["How to fix it:"],  # a subheading over each item
        ["teaspoon"],  # a unit a list broke off its line
        ["The bridge is closed."],  # a sentence: a pull quote, a refrain
    ],
)
def test_lines_repeated_as_a_list_as_cells_or_as_sentences_are_kept(repeated):
    text = []
    for offer in ("Offer one: $20", "Offer two: $25", "Offer three: $30"):
        text += [offer, *repeated]
    assert without_boilerplate(text, None) == text


CAPTION = (
    "Architects' concepts for a settlement on Mars, entered in a design competition run by "
    "the space agency."
)


def test_a_long_line_said_three_times_is_left_out_wherever_it_stands():
    """A slideshow's caption under each of its pictures, read as paragraphs."""
    text = [*CLOSING_BODY[:1], CAPTION, CAPTION, CAPTION, *CLOSING_BODY[1:], CAPTION]
    assert without_boilerplate(text, None) == CLOSING_BODY


def test_a_question_asked_again_between_different_answers_is_kept():
    """An interview round-up asks each guest the same question: different lines around it."""
    question = (
        "Which cuisine do you like best yourself, and are there dishes or foods that you "
        "would never eat?"
    )
    text = []
    for guest in ("Ada", "Ben", "Cleo"):
        text += [f"{guest}, food writer", question, f"{guest} says she likes it all, really."]
    assert without_boilerplate(text, None) == text


PERKS = [
    "Unlimited online access to the site and its partners.",
    "The print edition as an e-paper, on any device.",
    "Daily puzzles and comics.",
]


def test_a_box_said_again_right_after_itself_is_read_once():
    """A paywall's list of perks printed twice, for wide and for narrow screens."""
    text = [CLOSING_BODY[0], *PERKS, *PERKS, CLOSING_BODY[1]]
    assert without_boilerplate(text, None) == [CLOSING_BODY[0], *PERKS, CLOSING_BODY[1]]


def test_a_list_said_again_for_each_offer_is_kept():
    """A product's features under each offer: other lines stand between the copies."""
    text = ["Offer one: $20", *PERKS, "Offer two: $25", *PERKS]
    assert without_boilerplate(text, None) == text


def test_a_long_line_said_twice_is_kept():
    """A pull quote says a sentence of the text a second time."""
    text = [CAPTION, *CLOSING_BODY, CAPTION]
    assert without_boilerplate(text, None) == text


def test_a_recipe_cards_category_field_ends_nothing():
    body = [*CLOSING_BODY, "Category: Dessert", "Cuisine: Filipino", "Ingredients", "2 bananas"]
    assert trim_edges(body) == body


def test_a_comments_label_that_is_a_link_or_has_more_prose_after_it_ends_nothing():
    """ "Jump to: … Comments" is a table of contents; a button to the comments above a
    recipe's steps has the steps after it."""
    steps = [
        f"Step {n}: stir the sauce over a low heat for five minutes, then season it well with salt."
        for n in (1, 2, 3)
    ]
    linked = [*CLOSING_BODY, "Comments", "The vote was 7 to 2."]
    assert trim_edges(linked, lambda: frozenset({"Comments"})) == linked
    above = [*CLOSING_BODY, "Comments", *steps]
    assert trim_edges(above) == above


HEADLINES = [
    "• Bridge reopens after six months of repairs",
    "• Council approves a budget for a new library building",
    "• Storm leaves thousands without power across our county",
    "• Local school wins regional science fair, third year running",
    "• Ferry timetable changes as harbour works begin",
]


def test_a_list_of_headline_links_after_the_text_is_trimmed_though_longer_than_a_menu():
    """Other stories' headlines, bullets before them, are longer than a menu's items: five
    lines or more after the text, most of them a link each, go all the same."""
    links = frozenset(line.lstrip("• ") for line in HEADLINES)
    assert trim_edges([*MENU_BODY, "Latest", *HEADLINES], lambda: links) == MENU_BODY


def test_headline_length_lines_after_the_text_stay_when_few_are_links():
    links = frozenset(HEADLINES[0].lstrip("• "))
    assert trim_edges([*MENU_BODY, *HEADLINES], lambda: links) == [*MENU_BODY, *HEADLINES]


CARDS = [
    line
    for title, summary in [
        ("Island cleans up after the storm", "Crews clear the beaches before the holidays."),
        ("The storm's power 'extraordinary'", "Winds reached 260 km/h at the coast."),
        ("City set for a drenching", "Up to 250mm of rain is due by Friday."),
        ("What next for the storm?", "The remnants move south over the weekend."),
    ]
    for line in (title, title, summary, "Up Next")
]


def test_a_carousel_of_teaser_cards_each_title_said_twice_is_left_out():
    """A video carousel read whole: each card's title twice in a row (its picture and its
    link) and its summary, the playing card before the run and again after it."""
    playing = ["Residents count the cost", "The damage is 'devastating', locals say."]
    text = [*MENU_BODY, *playing, "Up Next", *CARDS[:-1], *playing, *MENU_BODY]
    kept = without_boilerplate(text, None)
    assert kept == [*MENU_BODY, *MENU_BODY]


def test_a_line_said_twice_in_a_row_once_or_twice_stays():
    text = [MENU_BODY[0], "Gallery", "Gallery", MENU_BODY[1], "Map", "Map", "Key:"]
    assert without_boilerplate(text, None) == text


def test_years_said_twice_in_a_row_without_summaries_are_no_carousel():
    years = ["2001", "2001", "2002", "2002", "2017", "2017"]
    assert without_boilerplate([*MENU_BODY, *years], None) == [*MENU_BODY, *years]


@pytest.mark.parametrize(
    "line", ["< Предыдущая новость", "Следующая новость →", "Wiadomości »", "More photos ›"]
)
def test_a_short_line_with_a_back_or_onward_arrow_is_a_pagers_link(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "« Désaccord total »",
        "Интервью газете «Известия»",
        "The vote was close: 52 > 48, and the motion passed after a long debate in the chamber >",
    ],
)
def test_a_quote_in_guillemets_and_a_long_line_ending_in_an_arrow_stay(line):
    assert not is_boilerplate(line)


OFFER = [
    "Unlimited online access to 15 news sites with one account.",
    "Daily puzzles, including the crossword.",
    "Support local journalism.",
]


def test_a_paywalls_offer_between_two_sign_up_lines_is_left_out():
    """The lines between two lines asking the reader to subscribe or sign in, a few short
    ones: what the subscription gives, not the article."""
    text = [
        MENU_BODY[0],
        "Subscribe now to read the latest news in your city.",
        *OFFER,
        "Sign In or Create an Account",
        MENU_BODY[1],
    ]
    assert without_boilerplate(text, None) == MENU_BODY


def test_a_paywalls_label_opens_its_offer_and_is_left_out_with_it():
    """ "Reserved for subscribers" opens a paywall's box as a sign-up line does; an offer's
    line may name the writers it brings (longer than a call to action)."""
    writers = (
        "Exclusive articles from Ada Obi, Ben Eze, Chidi Okafor, Dayo Bello and others. Plus, "
        "food reviews and event listings in the weekly newsletter, Out of Office."
    )
    text = [
        MENU_BODY[0],
        "THIS CONTENT IS RESERVED FOR SUBSCRIBERS ONLY",
        writers,
        *OFFER,
        "Create an account or sign in to continue with your reading experience.",
        MENU_BODY[1],
    ]
    assert without_boilerplate(text, None) == MENU_BODY
    assert not is_boilerplate("The channel now has two million subscribers.")


def test_one_step_between_two_sign_up_steps_of_a_how_to_stays():
    text = [
        MENU_BODY[0],
        "Sign up for the bundle on the streaming site's plans page",
        "If you already have an account, visit your account page to upgrade",
        "Log in with the email address you used for the old plan",
        MENU_BODY[1],
    ]
    assert without_boilerplate(text, None) == [MENU_BODY[0], text[2], MENU_BODY[1]]


@pytest.mark.parametrize(
    "line",
    [
        "Please sign in to be able to comment on this story.",
        "Create an account or sign in to continue with your reading experience.",
        "You can save this article by registering for free here. Or sign-in if you have an account.",
        "Thanks for signing up!",
        "Zum Kommentieren anmelden",
        "войти / регистрация",
        "Comment now! Register or sign in below.",
    ],
)
def test_lines_asking_the_reader_to_sign_in_or_register_are_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Trump paused before signing the bill to remark on the difficulty of the job.",
        "Setting out clear procedures for registration and permit processes.",
        "A register of implants put into patients will also be created.",
    ],
)
def test_story_lines_about_signing_or_registering_are_not_account_gates(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "Story continues below",
        "This advertisement has not loaded yet, but your article continues below.",
        "Artikel wird nach der Anzeige fortgesetzt",
        "La suite après la publicité",
    ],
)
def test_an_ad_slots_note_on_where_the_text_goes_on_is_boilerplate(line):
    assert is_boilerplate(line)


def test_a_storys_own_pointer_to_its_gallery_is_not_an_ad_note():
    assert not is_boilerplate("Story continues below gallery")
    assert not is_boilerplate("The advertisement continues below the fold, the agency said.")


@pytest.mark.parametrize(
    "line",
    [
        "The next issue of Top Stories will soon be in your inbox.",
        "Den Newsletter können Sie hier abonnieren.",
    ],
)
def test_a_newsletter_line_addressed_to_the_reader_is_boilerplate(line):
    assert is_boilerplate(line)


def test_a_story_line_about_a_newsletter_or_a_podcast_in_the_third_person_is_not():
    assert not is_boilerplate("Sie hört jeden Tag einen Podcast über Politik.")
    assert not is_boilerplate("Our newsletter team wrote about the bridge last week.")


@pytest.mark.parametrize("line", ["Skip to content", "Zum Inhalt springen", "Skocz do tekstu"])
def test_a_skip_link_is_boilerplate(line):
    assert is_boilerplate(line)


def test_a_line_that_opens_like_a_skip_link_is_text():
    assert not is_boilerplate("Zum Inhalt der Studie äußerte sich der Minister nicht.")


def test_the_headline_said_among_the_first_lines_starts_the_text():
    """Other stories' headlines and a trail above the headline said as a line (the title
    with the section's and the site's names after it) are no part of the story."""
    lines = [
        "Ferry fares rise Bus lanes open",
        "Home > News > Local",
        "Bridge to close",
        "Comments (3)",
        *MENU_BODY,
    ]
    assert without_boilerplate(lines, "Bridge to close | Local News")[:1] == ["Comments (3)"]
    assert trim_edges(without_boilerplate(lines, "Bridge to close | Example News")) == MENU_BODY


def test_a_line_that_only_starts_like_the_headline_does_not_start_the_text():
    lines = ["Bridge", "Home > News > Local", *MENU_BODY]
    assert without_boilerplate(lines, "Bridge to close") == lines
    prose_first = [MENU_BODY[0], "Bridge to close", MENU_BODY[1]]
    assert without_boilerplate(prose_first, "Bridge to close | Example News") == prose_first


CUT_PROSE = [
    "The council met on Monday to discuss the new bridge over the river, which has been closed.",
    "Engineers told the meeting that the old structure could no longer carry the traffic.",
]


def test_teaser_titles_cut_short_with_an_ellipsis_are_left_out():
    teasers = ["Flood waters reach the old town as the river ...", "Why the ferry will not …"]
    assert without_boilerplate(CUT_PROSE + teasers, None) == CUT_PROSE


def test_one_short_line_ending_with_an_ellipsis_stays():
    lines = [CUT_PROSE[0], "The bottom line ...", CUT_PROSE[1]]
    assert without_boilerplate(lines, None) == lines


def test_pauses_written_onto_their_last_word_stay():
    lines = [CUT_PROSE[0], "And then...", "Nothing happened at all…", CUT_PROSE[1]]
    assert without_boilerplate(lines, None) == lines


def test_long_paragraphs_ending_with_an_ellipsis_stay():
    lines = [text[:-1] + " ..." for text in CUT_PROSE]
    assert without_boilerplate(lines, None) == lines


@pytest.mark.parametrize(
    "line",
    [
        (
            "An dieser Stelle finden Sie einen externen Inhalt, den Sie mit einem Klick "
            "anzeigen lassen können."
        ),
        (
            "Ich bin damit einverstanden, dass mir externe Inhalte angezeigt werden. Damit "
            "können personenbezogene Daten an Drittplattformen übermittelt werden."
        ),
        "You need to agree to load third-party content to see this post.",
    ],
)
def test_the_note_of_a_box_that_holds_an_embed_until_the_reader_agrees_is_boilerplate(line):
    assert is_boilerplate(line)


def test_a_sentence_about_loading_third_party_content_that_addresses_no_one_stays():
    line = "The regulator said platforms must ask before they load third-party content."
    assert not is_boilerplate(line)


CC_EN = (
    "Notes on the bridge by Ada Obi is licensed under a Creative Commons Attribution 4.0 "
    "International License."
)
CC_DE = (
    "Die Brücke von Ada Obi ist lizenziert unter einer Creative Commons Namensnennung 4.0 "
    "International Lizenz."
)


@pytest.mark.parametrize("tail", [[CC_EN], [CC_DE]])
def test_a_creative_commons_licence_line_is_trimmed_from_the_end(tail):
    body = ["The council closed the bridge.", "It will reopen next year."]
    assert trim_edges([*body, *tail]) == body


def test_a_publishers_copyright_line_stays_at_the_end():
    body = [
        "The council closed the bridge.",
        "Copyright 2019 The Associated Press. All rights reserved.",
    ]
    assert trim_edges(body) == body


@pytest.mark.parametrize("line", ["ログインする", "新規登録", "登录 | 注册", "로그인"])
def test_sign_in_links_in_japanese_chinese_or_korean_are_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["注册资本增加", "会員登録の手続き"])
def test_a_line_that_only_holds_a_sign_in_word_stays(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize("line", ["Or", "— or —", "Oder", "или"])
def test_the_word_between_two_ways_to_sign_in_is_boilerplate(line):
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["Or else.", "Ou bien, faites-le vous-même."])
def test_a_line_that_opens_with_or_is_not(line):
    assert not is_boilerplate(line)


@pytest.mark.parametrize("heading", ["Tag 1: Ankunft in Florenz", "Tag der offenen Tür"])
def test_a_german_day_heading_ends_nothing(heading):
    """German "Tag" is a day: a travel story's or a diary's heading, with more of the text
    after it, not a tag line."""
    body = [*CLOSING_BODY, heading, "Am ersten Tag liefen wir zum Dom und dann zum Fluss."]
    assert trim_edges(body) == body
