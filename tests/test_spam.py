import pytest

from flows.spam import default_rules, load_rules, normalise

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
]
HAM = [
    "Great piece. The minister should resign.",
    "Fuel went from ₦617 to ₦1,030 a litre since May; how is a family of five meant to cope?",
    "The summit was on 13 September 2023, not the 12th. See https://www.reuters.com/world/asia-pacific/ for the timeline.",
    "I called my MP about this twice and got no answer.",
    "In 2019 the budget was N8.9 trillion; in 2024 it is N28.7 trillion. Inflation explains part of it, not all.",
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
