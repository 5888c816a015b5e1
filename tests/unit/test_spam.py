import random
import re
import unicodedata

import pytest

from flows.spam import scoring
from flows.spam.scoring import default_rules, load_rules, normalise, read_text

SEED_PRICE_LIST = """📞📞📞📞📞📞Some Auction Vehicles/Cars For Sale
Mama Africa #17,000 •Tomatoes Rice # *15,000* •Cap Rice #15,000 •My Food #17,000
Golf3= 400,000
Camry Tinny-Light=550,000
Toyota Venza= 1.7million
((09156089111) (+234_915_608_9111)"""

SPAM = [
    SEED_PRICE_LIST,
    "Are you in need of an urgent loan? We give loans at 2% interest, instant approval. Contact us on WhatsApp +234 803 123 4567",
    "I earn $500 every day working from home, it changed my life. Visit www.easy-cash-daily.xyz to start",
    "My husband left me until Dr Okosun the great spell caster brought him back in 3 days. Contact him on WhatsApp 0803 555 1234",
    "Wh\u0430ts\u0410pp me for cheap iPhones: 0701-234-5678, free delivery in Lagos",
    (
        "Do you need a loan to pay your bills or start a business? Contact Mrs Grace at"
        " gracefinance.loans@gmail.com, 3% interest, approved in 24 hours."
    ),
    (
        "Make $300 daily working from home with just your phone! No experience needed, message"
        " me on Telegram @cashwithtina to start today"
    ),
    (
        "I was heartbroken until I found Dr Ajayi the powerful spell caster who brought my ex back"
        " in 48 hours. Email him: drajayispelltemple@yahoo.com"
    ),
    (
        "Thanks to Dr. Williams for curing my herpes with herbal medicine, contact him on"
        " +2348123456789 he will help you too"
    ),
    (
        "WINNER!! You have been selected to receive a \u00a3900 prize reward! To claim call"
        " 09061701461. Claim code KL341. Valid 12 hours only."
    ),
    "Great article! Check out my blog for more political analysis: naija-politics-now.blogspot.com",
    "Bitcoin investment pays 40% weekly returns, guaranteed. WhatsApp Mr Kelvin 0813 456 7890",
    "Ca\u200bll m\u200be n\u200bow o\u200bn 0803\u200b555\u200b1234 for cheap loans",
    (
        "SIX chances to win CASH! From 100 to 20,000 pounds, txt CSH11 and send to 87575."
        " Cost 150p/day, 16+ T&Cs apply"
    ),
    "Your account has been suspended. Verify your details at http://secure-bank-login.xyz/verify",
    "Had your mobile 11 months or more? You are entitled to a free camera phone, call 08452810075",
]
HAM = [
    "Great piece. The minister should resign.",
    "Fuel went from ₦617 to ₦1,030 a litre since May; how is a family of five meant to cope?",
    "The summit was on 13 September 2023, not the 12th. See https://www.reuters.com/world/asia-pacific/ for the timeline.",
    "I called my MP about this twice and got no answer.",
    "In 2019 the budget was N8.9 trillion; in 2024 it is N28.7 trillion. Inflation explains part of it, not all.",
    "Rice was ₦45,000 a bag in January, ₦52,000 in March and ₦77,000 now. Wages have not moved.",
    "The report came out on 12/03/2024 and the hearing is on 15 April 2024 at 10am.",
    (
        "My brother lost ₦200,000 to a fake loan app last year. People, please report these scams"
        " to the police and never send money to strangers."
    ),
    (
        "Read the full judgment here: https://www.premiumtimesng.com/news/headlines/712345-court.html"
        " before you comment."
    ),
    "I called the NEPA office on Monday and again on Wednesday; nobody picked up.",
    "2,000,000,000 views and counting, the most watched video in the history of the site",
    "Subscribers to the state pension scheme should check their statements, mine was wrong.",
    "Call me when you get home, we need to talk about the rent.",
    "Text me the address when you can.",
    "Please share this article with your local representative, the bill is voted on Friday.",
    "The prize money for the debate competition was 500,000 naira according to the organisers.",
    "My number changed, the new one is 0803 123 4567, save it.",
    "Source: https://www.reuters.com/world/africa/nigeria-fuel-prices-2024-11-02/",
    "Full data: https://data.worldbank.org/country/nigeria",
]


@pytest.mark.parametrize("text", SPAM)
def test_spam_comments_are_flagged_with_reasons(text):
    verdict = default_rules().score(text)
    assert verdict.spam, verdict
    assert verdict.reasons


@pytest.mark.parametrize("text", HAM)
def test_legitimate_comments_pass(text):
    verdict = default_rules().score(text)
    assert not verdict.spam, verdict


def test_seed_price_list_names_its_reasons():
    reasons = default_rules().score(SEED_PRICE_LIST).reasons
    assert {"price_list", "phone_number"} <= set(reasons)


def test_normalise_maps_lookalikes_and_drops_zero_width():
    assert normalise("Wh\u0430ts\u200bApp") == "whatsapp"
    assert normalise("ＷＨＡＴＳＡＰＰ") == "whatsapp"


def test_rules_file_changes_change_verdicts(tmp_path):
    rules = tmp_path / "rules.toml"
    rules.write_text(
        'threshold = 1.0\n[[rules]]\nname = "mentions_putin"\npattern = "putin"\nweight = 1.0\n',
        encoding="utf-8",
    )
    verdict = load_rules(rules).score("Putin said so")
    assert verdict.spam
    assert verdict.reasons == ["mentions_putin"]


def test_a_rule_without_pattern_or_detector_is_an_error(tmp_path):
    rules = tmp_path / "rules.toml"
    rules.write_text(
        'threshold = 1.0\n[[rules]]\nname = "broken"\nweight = 1.0\n', encoding="utf-8"
    )
    with pytest.raises(ValueError, match="broken"):
        load_rules(rules)


def test_phone_numbers_are_found_however_their_digits_are_split():
    from flows.spam.scoring import phone_numbers

    assert phone_numbers("((09156089111) (+234_915_608_9111)") == ["+2349156089111"] * 2
    assert phone_numbers("call 0803 123 4567 or +44 20 7946 0958") == [
        "+2348031234567",
        "+442079460958",
    ]
    assert phone_numbers("2.124.821.694 views, 15 April 2024, N28.7 trillion") == []


def test_the_campaign_rule_is_read_from_the_rules_file():
    campaign = default_rules().campaign
    assert campaign.weight > 0
    assert campaign.min_pages >= 2


def test_fast_shouting_and_repetition_agree_with_their_definitions():
    rng = random.Random(7)
    for n in range(3000):
        alphabet = "aAbBzZ 1!" if n % 2 else "aAbBzZ 1!éÉ"
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        letters = [c for c in text if c.isalpha()]
        shouting = len(letters) >= 30 and sum(c.isupper() for c in letters) > 0.7 * len(letters)
        assert scoring._shouting(read_text(text)) == shouting, text
        normalised = normalise(text)
        words = re.findall(r"\w+", normalised)
        repeated = bool(re.search(r"(\w)\1{7,}", normalised)) or (
            len(words) >= 12 and len(set(words)) < 0.3 * len(words)
        )
        assert scoring._repetition(read_text(text)) == repeated, text


def test_emoji_survive_nfkc_so_an_ascii_bare_text_has_none():
    ranges = [(0x1F300, 0x1FAFF), (0x2600, 0x27BF)]
    emoji = [chr(c) for low, high in ranges for c in range(low, high + 1)]
    assert all(scoring._EMOJI.fullmatch(e * 4) for e in emoji)
    assert [e for e in emoji if unicodedata.normalize("NFKC", e) != e] == []


def test_zero_width_inside_a_word_agrees_with_its_definition():
    inside = re.compile(f"(?<=\\w)[{scoring.ZERO_WIDTH}]+(?=\\w)")
    rng = random.Random(11)
    alphabet = ["a", "Z", "1", "_", " ", ".", "é", *scoring.ZERO_WIDTH]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert scoring._zero_width(read_text(text)) == bool(inside.search(text)), repr(text)


def test_crypto_address_check_agrees_with_its_pattern():
    rng = random.Random(13)
    alnum = "13bcABCxyz9"
    rare = [" ", ".", "\u0301", "\u200b", "\u24d0", "\u0430", "_"]
    fired = 0
    for _ in range(3000):
        chars = [rng.choice(rare) if rng.random() < 0.03 else rng.choice(alnum) for _ in range(40)]
        text = "".join(chars)
        expected = scoring._BITCOIN.search(text) is not None
        fired += expected
        assert scoring._crypto_address(read_text(text)) == expected, repr(text)
    assert fired > 100
