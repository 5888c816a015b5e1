import pytest

from flows.parse.boilerplate import is_boilerplate


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
