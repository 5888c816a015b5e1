import random
import re
import unicodedata

import pytest

from flows.spam import scoring
from flows.spam.scoring import default_rules, load_rules, normalise, read_text
from tests.support.spam_texts import HAM, SEED_PRICE_LIST, SPAM


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


def test_a_link_tag_with_a_long_run_of_spaces_is_read_in_one_pass():
    """The spaces after `href=` were split every way between two runs: 100,000 took minutes."""
    spaced_out = "<a href=" + " " * 100_000 + ">x</a>"
    assert not read_text(spaced_out).urls
    assert read_text('<a href=  " https://spam.example/win">x</a>').urls
