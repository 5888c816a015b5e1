import pytest

from flows.parse.boilerplate import is_boilerplate, trim_edges


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
    ],
)
def test_lines_sending_readers_to_social_accounts_are_trimmed_from_the_end(tail):
    body = ["The council closed the bridge.", "Twitter users mocked the decision, as ever."]
    assert trim_edges([*body, tail]) == body


def test_a_paragraph_about_a_social_network_is_kept():
    body = ["The council closed the bridge.", "Residents followed the vote on Twitter."]
    assert trim_edges(body) == body


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


def test_a_closing_paragraph_reporting_on_subscriptions_or_donations_is_kept():
    body = [
        "The council closed the bridge.",
        "The US charity said donations fell by a third, and subscriptions to its newsletter too.",
    ]
    assert trim_edges(body) == body
