"""The tone check: what it flags in a draft reply, where, and what blocks sending."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from feedback_desk.core import tone
from feedback_desk.core.tone import (
    BLOCKING_KINDS,
    MAX_FLAGS_PER_KIND,
    ToneFlag,
    ToneKind,
    blocking_flags,
    check_tone,
    summary,
    utf16_span,
)
from feedback_desk.core.triage import Triage

K = ToneKind
COMMENT = "Bought a sourdough on Saturday and it was stale. Not happy."


def check(
    triage: Triage,
    draft: str,
    *,
    comment_text: str = COMMENT,
    channel: str = "public",
    complaint_valid: str | None = None,
    compensation_offered: bool = False,
    known_words: tuple[str, ...] = (),
) -> list[ToneFlag]:
    return check_tone(
        draft,
        comment_text=comment_text,
        channel=channel,
        complaint_valid=complaint_valid,
        compensation_offered=compensation_offered,
        triage=triage,
        known_words=known_words,
    )


def kinds(flags: list[ToneFlag]) -> list[ToneKind]:
    return [flag.kind for flag in flags]


def hits(draft: str, flags: list[ToneFlag], kind: ToneKind) -> list[str]:
    return [draft[f.span[0] : f.span[1]] for f in flags if f.kind is kind and f.span]


# -- calm replies pass -----------------------------------------------------------------------

CALM_REPLIES = [
    "I'm so sorry the bread was stale",
    "I'm so sorry the bread was stale.",
    "Hi Sam, I'm sorry your order was late. That's on us, and we're sorting it today.",
    "Thank you for letting us know. You're right, the queue on Saturday was far too long, "
    "and we're adding a second till.",
    "We are really sorry your parcel arrived late and damaged. That should not have happened.",
    "I am so sorry the cake arrived broken. That must have been really upsetting on a birthday.",
    "We apologise for the mistake. It was our fault and we regret the inconvenience.",
    "Sorry about this, Sam. Please e-mail us at hello@jollyrye.co.uk or call us on "
    "020 7946 0958 and we'll sort it out.",
    "Sorry for the wait. Our team in the UK will reply ASAP, and the FAQ is also a PDF.",
    "Sorry again, and thanks again, Sam! We hope to see you soon.",
    "Sorry about the sourdough. You can find us at 12 High Street, come and say hello.",
    "I'm sorry, you have a point: the crust was too hard. We've changed the bake time.",
]


@pytest.mark.parametrize("draft", CALM_REPLIES)
@pytest.mark.parametrize("channel", ["public", "private", "email"])
def test_a_calm_apology_gives_no_flags(triage: Triage, draft: str, channel: str) -> None:
    assert check(triage, draft, channel=channel, complaint_valid="valid") == []


def test_a_calm_reply_to_an_unfair_review_gives_no_flags(triage: Triage) -> None:
    draft = (
        "Thank you for taking the time to write. We remember the visit differently, and "
        "we'd like to hear more. Please get in touch and we'll do our best to help."
    )
    for validity in ("not_valid", None):
        assert check(triage, draft, complaint_valid=validity) == []


def test_a_blank_draft_has_nothing_to_check(triage: Triage) -> None:
    assert check(triage, "", complaint_valid="valid") == []
    assert check(triage, "  \n\t ", complaint_valid="valid") == []


# -- each flag on typical phrasing, with the span on the offending text -----------------------

TYPICAL = [
    # defensive or blaming
    (K.BLAMING, "You should have read the description.", "You should have"),
    (K.BLAMING, "It's your fault the parcel was late.", "It's your fault"),
    (K.BLAMING, "It’s your fault, not the courier's.", "It’s your fault"),
    (K.BLAMING, "Its your fault really.", "Its your fault"),
    (K.BLAMING, "Sadly you didn't read the label.", "you didn't read"),
    (K.BLAMING, "That's not our problem, we only bake.", "That's not our problem"),
    (K.BLAMING, "You obviously ordered the wrong size.", "You obviously"),
    (K.BLAMING, "Please calm down and let us explain.", "calm down"),
    (K.BLAMING, "With all due respect, the loaf was fine.", "With all due respect"),
    (K.BLAMING, "No other customer has complained.", "No other customer has complained"),
    (K.BLAMING, "Nobody else complained about it.", "Nobody else complained"),
    (K.BLAMING, "It was the courier, not our fault.", "not our fault"),
    # arguing
    (K.ARGUING, "As I already said, we open at nine.", "As I already said"),
    (K.ARGUING, "As I said before, the oven broke.", "As I said before"),
    (K.ARGUING, "Like I told you, the shop was shut.", "Like I told you"),
    (K.ARGUING, "For the last time, no deliveries on Sundays.", "For the last time"),
    (K.ARGUING, "Actually, you ordered the small one.", "Actually, you"),
    (K.ARGUING, "Actually you ordered the small one.", "Actually you"),
    (K.ARGUING, "We open at nine. Again, we open at nine.", "Again,"),
    (K.ARGUING, "We open at nine.\nagain, nine.", "again,"),
    # sarcasm
    (K.SARCASM, "Sorry you feel that way.", "Sorry you feel that way"),
    (K.SARCASM, "We're sorry if you were offended by the price.", "sorry if you were offended"),
    (K.SARCASM, "Thanks for nothing.", "Thanks for nothing"),
    (K.SARCASM, "Obviously the cake was fresh.", "Obviously"),
    (K.SARCASM, "Clearly you know best about bread.", "Clearly you"),
    (K.SARCASM, "Great review /s", "/s"),
    (K.SARCASM, 'Your "problem" has been noted.', '"problem"'),
    (K.SARCASM, "Your “problem” has been noted.", "“problem”"),
    (K.SARCASM, "Your 'complaint' has been noted.", "'complaint'"),
    (K.SARCASM, "Wow, that's a new one.", "Wow,"),
    # shouting
    (K.SHOUTING, "We are NOT a supermarket.", "NOT"),
    (K.SHOUTING, "This is NOT ACCEPTABLE to us.", "NOT ACCEPTABLE"),
    (K.SHOUTING, "THIS IS NOT OK.", "THIS IS NOT"),
    (K.SHOUTING, "Thanks for your order!!", "!!"),
    (K.SHOUTING, "Really?!!", "?!!"),
    (K.SHOUTING, "We’re SÜSS about it.", "SÜSS"),
    # a public reply with the customer's details
    (K.PRIVATE_DETAILS, "Your order JR-20931 is on its way.", "JR-20931"),
    (K.PRIVATE_DETAILS, "We found #12345 in our system.", "#12345"),
    (K.PRIVATE_DETAILS, "We checked order number 55123 today.", "order number 55123"),
    (K.PRIVATE_DETAILS, "We'll call you on 07700 900123 tomorrow.", "07700 900123"),
    (K.PRIVATE_DETAILS, "We'll ring +44 (0)20 7946 0958 later.", "+44 (0)20 7946 0958"),
    (K.PRIVATE_DETAILS, "We wrote to jane.doe@example.com today.", "jane.doe@example.com"),
    (K.PRIVATE_DETAILS, "A new loaf goes to 14 Mill Lane today.", "14 Mill Lane"),
    (K.PRIVATE_DETAILS, "We'll post it to SW1A 1AA today.", "SW1A 1AA"),
    (K.PRIVATE_DETAILS, "Hi Jane Doe, the loaf is on its way.", "Jane Doe"),
]


@pytest.mark.parametrize(("kind", "draft", "hit"), TYPICAL)
def test_each_flag_fires_on_typical_phrasing(
    triage: Triage, kind: ToneKind, draft: str, hit: str
) -> None:
    flags = check(triage, draft)
    assert hit in hits(draft, flags, kind), [(f.kind, f.span) for f in flags]
    flag = next(f for f in flags if f.kind is kind and f.span and draft[slice(*f.span)] == hit)
    assert flag.reason and flag.suggestion
    assert flag.kind == kind.value  # the kind is also its plain string id


# Private details known by their capitals: in small letters they read as ordinary words.
PRIVATE_DETAILS_BY_CAPITALS = {
    "JR-20931": "an order code is told from a word by its capitals",
    "14 Mill Lane": "a street is told from a phrase by its capitals",
    "SW1A 1AA": "a postcode is told from a word by its capitals",
    "Jane Doe": "a name is told from other words by its capitals",
}


@pytest.mark.parametrize(("kind", "draft", "hit"), TYPICAL)
def test_the_flags_are_case_insensitive(
    triage: Triage, kind: ToneKind, draft: str, hit: str
) -> None:
    if kind is K.SHOUTING:
        lower_hits = hits(draft.lower(), check(triage, draft.lower()), kind)
        upper_hits = hits(draft.upper(), check(triage, draft.upper()), kind)
        if any(ch.isalpha() for ch in hit):
            # Capitals are the point of shouting: in small letters it is no longer shouting;
            # all in capitals it still is (a longer run, taking in the words around it).
            assert lower_hits == []
            assert any(hit.upper() in found for found in upper_hits), upper_hits
        else:  # "!!" is shouting in any case
            assert hit in lower_hits and hit in upper_hits
        return
    if kind is K.PRIVATE_DETAILS and hit in PRIVATE_DETAILS_BY_CAPITALS:
        pytest.skip(PRIVATE_DETAILS_BY_CAPITALS[hit])
    lower = check(triage, draft.lower())
    assert hit.lower() in hits(draft.lower(), lower, kind)
    if hit[0] not in "\"“'":  # a quoted word in capitals is taken for a code, e.g. "SORRY10"
        upper = check(triage, draft.upper())
        assert hit.upper() in hits(draft.upper(), upper, kind)


@pytest.mark.parametrize(
    "draft",
    [
        "Sorry, the shoulder of lamb sold out.",  # "should" inside a longer word
        "Sorry! The becalmed downstairs café is open again.",  # "calm down" across two longer words
        "Sorry, the lollipops are back.",  # "lol"
        "Sorry, thanks again, Sam.",  # "again," not opening a sentence
        "Sorry, the obviousness of it all escaped us.",  # "obviously"
        "Sorry, the fault was ours and we're fixing it.",
    ],
)
def test_phrases_only_match_whole_words(triage: Triage, draft: str) -> None:
    assert check(triage, draft, complaint_valid="valid") == []


def test_a_phrase_is_flagged_once_under_its_most_serious_kind(triage: Triage) -> None:
    # "you obviously" is blaming; the "obviously" inside it is not flagged again as sarcasm.
    draft = "You obviously ordered the bigger size."
    assert kinds(check(triage, draft)) == [K.BLAMING]


def test_every_occurrence_gets_its_own_flag(triage: Triage) -> None:
    draft = "You should have asked. You should have waited."
    flags = check(triage, draft)
    assert [f.span for f in flags if f.kind is K.BLAMING] == [(0, 15), (23, 38)]


# -- shouting --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "draft",
    [
        "Sorry, our FAQ is in the PDF and we'll reply ASAP.",
        "Sorry, we ship with DHL across the USA and the UK.",
        "Sorry! Use the code SORRY-10 at the till.",
        "Sorry! Use the code WELCOME at the till.",
        'Sorry! Use code "THANKYOU" next time.',
        "Sorry! Here is FD-7KQM-X4PA, valid for a month.",
        "Sorry, I hope it's OK now. DM us if not.",
        "Sorry! I've sent it.",
    ],
)
def test_acronyms_codes_and_short_words_are_not_shouting(triage: Triage, draft: str) -> None:
    assert K.SHOUTING not in kinds(check(triage, draft, complaint_valid="valid"))


def test_the_shops_own_words_in_capitals_are_not_shouting(triage: Triage) -> None:
    draft = "Sorry, the CRUMB box was late."
    assert K.SHOUTING in kinds(check(triage, draft))
    assert check(triage, draft, known_words=("CRUMB box",), complaint_valid="valid") == []


def test_one_exclamation_mark_is_fine(triage: Triage) -> None:
    assert check(triage, "Sorry about that! See you soon!", complaint_valid="valid") == []


def test_a_long_shout_is_one_flag(triage: Triage) -> None:
    draft = "WE DID EVERYTHING RIGHT AND YOU KNOW IT"
    shouts = [f for f in check(triage, draft) if f.kind is K.SHOUTING]
    # From the first to the last word of three letters or more: "DID ... KNOW".
    assert [f.span for f in shouts] == [(3, 36)]


# -- blocking ---------------------------------------------------------------------------------


def test_only_shouting_review_for_reward_and_a_public_code_block() -> None:
    assert {K.SHOUTING, K.REVIEW_FOR_REWARD, K.CODE_IN_PUBLIC} == BLOCKING_KINDS
    assert [k for k in ToneKind if k.blocking] == [
        K.REVIEW_FOR_REWARD,
        K.SHOUTING,
        K.CODE_IN_PUBLIC,
    ]


def _offer_flags(triage: Triage, draft: str, channel: str, code: str | None) -> list[ToneKind]:
    flags = check_tone(
        draft,
        comment_text="Cold coffee.",
        channel=channel,
        complaint_valid=None,
        compensation_offered=code is not None,
        triage=triage,
        offer_code=code,
    )
    return [f.kind for f in flags]


@pytest.mark.parametrize("channel", ["private", "email"])
def test_a_private_offer_without_its_code_is_flagged(triage: Triage, channel: str) -> None:
    sorry = "I'm sorry about the coffee. Here is 10% off your next visit."
    assert K.CODE_MISSING in _offer_flags(triage, sorry, channel, "FD-7KQM-X4PA")
    with_code = sorry + " Your code is fd-7kqm-x4pa."
    assert K.CODE_MISSING not in _offer_flags(triage, with_code, channel, "FD-7KQM-X4PA")
    assert not K.CODE_MISSING.blocking  # the owner may hand it over in person


def test_a_discount_code_in_public_blocks_even_one_the_owner_chose(triage: Triage) -> None:
    ours = "Sorry! Use FD-7KQM-X4PA for 10% off."
    assert K.CODE_IN_PUBLIC in _offer_flags(triage, ours, "public", None)
    own = "Sorry! Use SORRY10 for 10% off."
    assert K.CODE_IN_PUBLIC in _offer_flags(triage, own, "public", "SORRY10")
    assert K.CODE_IN_PUBLIC not in _offer_flags(
        triage, "Sorry! We'll message you.", "public", "SORRY10"
    )
    assert K.SHOUTING not in _offer_flags(triage, own, "private", "SORRY10")  # a code, not a shout


def test_a_code_of_capital_letters_is_not_shouting(triage: Triage) -> None:
    """Codes whose groups are all letters read as capitals; they are the offer, not a shout
    (this failed now and then, with whichever code the generator drew)."""
    draft = "Sam, I'm sorry about the cake. Here is 10% off: FD-MRFA-GNAQ."
    assert K.SHOUTING not in _offer_flags(triage, draft, "private", "FD-MRFA-GNAQ")


def test_every_flag_blocks_exactly_when_its_kind_does(triage: Triage) -> None:
    seen: set[ToneKind] = set()
    drafts = [d for _, d, _ in TYPICAL] + [
        "20% off if you remove your review",
        "This is a ridiculous complaint and a waste of our time.",
    ]
    for draft in drafts:
        for flag in check(triage, draft, complaint_valid="valid"):
            assert flag.blocking is (flag.kind in BLOCKING_KINDS)
            seen.add(flag.kind)
    for flag in check(triage, "Nous sommes désolés, le colis est arrivé en retard chez vous."):
        assert flag.blocking is (flag.kind in BLOCKING_KINDS)
        seen.add(flag.kind)
    for channel, draft in (("public", "Sorry! Use FD-7KQM-X4PA."), ("email", "Sorry!")):
        flags = check_tone(
            draft,
            comment_text=COMMENT,
            channel=channel,
            complaint_valid=None,
            compensation_offered=True,
            offer_code="FD-7KQM-X4PA",
        )
        for flag in flags:
            assert flag.blocking is (flag.kind in BLOCKING_KINDS)
            seen.add(flag.kind)
    assert seen == set(ToneKind)


@pytest.mark.parametrize("offered", [False, True])
def test_a_discount_for_removing_the_review_is_blocked(triage: Triage, offered: bool) -> None:
    draft = "20% off if you remove your review"
    flags = check(triage, draft, compensation_offered=offered)
    blocked = blocking_flags(flags)
    assert [f.kind for f in blocked] == [K.REVIEW_FOR_REWARD]
    assert blocked[0].span is not None
    assert draft[slice(*blocked[0].span)] == "remove your review"
    reason = blocked[0].reason.lower()
    assert "google" in reason and "platforms forbid" in reason
    assert "no strings attached" in blocked[0].suggestion


@pytest.mark.parametrize(
    ("draft", "hit"),
    [
        ("We'll refund you if you delete your comment.", "delete your comment"),
        ("A free loaf is yours if you take your review down.", "take your review down"),
        ("Here's a voucher. Could you change your 1-star review?", "change your 1-star review"),
        ("If you update your rating we can offer 10% off.", "update your rating"),
        ("Once the review is gone we'll send the voucher.", "review is gone"),
        ("In exchange for a better review we'll send a cake.", "In exchange for a better review"),
        ("5 stars and we'll send you a little something.", "5 stars and we'll"),
        ("A treat is yours for a 5-star review.", "for a 5-star review"),
        ("Happy to send a gift card. Maybe leave us a better review?", "leave us a better review"),
    ],
)
def test_offers_tied_to_the_review_are_blocked(triage: Triage, draft: str, hit: str) -> None:
    flags = check(triage, draft, complaint_valid="valid")
    assert hits(draft, blocking_flags(flags), K.REVIEW_FOR_REWARD) == [hit]


@pytest.mark.parametrize(
    ("draft", "hit", "without_it"),
    [
        (
            "We can give you a discount. Could you update your review?",
            "update your review",
            "We can give you a call. Could you update your review?",
        ),
        (
            "Discounts for everyone who changes their rating!",
            "changes their rating",
            "Thanks to everyone who changes their rating!",
        ),
        (
            "A discounted loaf is yours if you delete your comment.",
            "delete your comment",
            "A warm welcome is yours if you delete your comment.",
        ),
    ],
)
def test_a_discount_in_the_draft_is_an_offer_tied_to_the_review(
    triage: Triage, draft: str, hit: str, without_it: str
) -> None:
    """The word "discount" alone makes the draft an offer (no offer chosen in the form)."""
    flags = check(triage, draft, complaint_valid="valid", compensation_offered=False)
    assert hits(draft, blocking_flags(flags), K.REVIEW_FOR_REWARD) == [hit]
    # The same request without it is no trade.
    assert K.REVIEW_FOR_REWARD not in kinds(check(triage, without_it, compensation_offered=False))


def test_asking_for_a_review_update_is_blocked_when_compensation_is_offered(
    triage: Triage,
) -> None:
    draft = "Sorry again. Would you consider updating your review?"
    assert K.REVIEW_FOR_REWARD not in kinds(check(triage, draft, compensation_offered=False))
    flags = check(triage, draft, compensation_offered=True)
    assert hits(draft, flags, K.REVIEW_FOR_REWARD) == ["updating your review"]


@pytest.mark.parametrize(
    "draft",
    [
        "Sorry! Once it's sorted, feel free to update your review.",
        "Sorry! Thank you for the review, we read every one.",
        "Sorry! We pride ourselves on five-star service. Here's 10% off your next order.",
        "Sorry! You raised a fair comment about the wait, so here's a refund.",
        "Sorry! Here's 15% off your next order with the code FD-7KQM-X4PA.",
    ],
)
def test_offers_and_reviews_apart_are_fine(triage: Triage, draft: str) -> None:
    offered = "%" in draft or "refund" in draft
    channel = "private" if "FD-" in draft else "public"  # a code goes in private only
    assert (
        check(triage, draft, complaint_valid="valid", compensation_offered=offered, channel=channel)
        == []
    )


def test_blocking_flags_come_first(triage: Triage) -> None:
    draft = "You should have asked. 20% off if you remove your review!!"
    flags = check(triage, draft, complaint_valid="valid")
    assert [f.kind for f in flags] == [
        K.REVIEW_FOR_REWARD,
        K.SHOUTING,
        K.BLAMING,
        K.NO_APOLOGY,
    ]


# -- privacy -----------------------------------------------------------------------------------

PRIVATE_DRAFT = (
    "Hi Jane Doe, sorry. Your order JR-20931 to 14 Mill Lane, SW1A 1AA is late; we'll call you "
    "on 07700 900123 or write to jane.doe@example.com."
)


def test_private_details_are_only_flagged_in_public_replies(triage: Triage) -> None:
    public = check(triage, PRIVATE_DRAFT)
    assert hits(PRIVATE_DRAFT, public, K.PRIVATE_DETAILS) == [
        "Jane Doe",
        "JR-20931",
        "14 Mill Lane",
        "SW1A 1AA",
        "07700 900123",
        "jane.doe@example.com",
    ]
    for channel in ("private", "email"):
        assert K.PRIVATE_DETAILS not in kinds(check(triage, PRIVATE_DRAFT, channel=channel))


def test_the_privacy_flag_is_strong_but_does_not_block(triage: Triage) -> None:
    flags = [f for f in check(triage, PRIVATE_DRAFT) if f.kind is K.PRIVATE_DETAILS]
    assert flags and not blocking_flags(flags)
    order = next(f for f in flags if "JR-20931" in f.reason)
    assert "public" in order.reason and "Anyone can read" in order.reason
    assert "an order number" in order.reason
    assert "private message" in order.suggestion
    name = next(f for f in flags if "Jane Doe" in f.reason)
    assert "first name" in name.suggestion


def test_a_full_name_from_the_comment_is_flagged(triage: Triage) -> None:
    comment = "The sourdough was stale again.\n- Jane Doe"
    draft = "Sorry about that, Jane. We hope Jane Doe will visit again."
    flags = check(triage, draft, comment_text=comment)
    assert hits(draft, flags, K.PRIVATE_DETAILS) == ["Jane Doe"]
    comment = "My name is Priya Patel and the cake was dry."
    draft = "Sorry, priya patel, we'll bake a fresh one."
    assert hits(draft, check(triage, draft, comment_text=comment), K.PRIVATE_DETAILS) == [
        "priya patel"
    ]


@pytest.mark.parametrize(
    "draft",
    [
        "Sorry, Jane! We'll make it right.",
        "Dear Valued Customer, we're sorry.",
        "Sorry! E-mail us at hello@jollyrye.co.uk or ring us on 020 7946 0958.",
        "Sorry! Our number is 020 7946 0958.",
        "Sorry! Pop into our shop at 12 High Street.",
        "Sorry! We open at 9 and close at 17:30 on 2026-05-01.",
        "Sorry! Use the code SAVE-100 next time.",
    ],
)
def test_first_names_and_the_shops_own_details_are_fine(triage: Triage, draft: str) -> None:
    assert check(triage, draft, complaint_valid="valid") == []


def test_the_customers_own_contact_detail_is_flagged_whoever_it_belongs_to(
    triage: Triage,
) -> None:
    comment = "Ring me on 07700 900123, nobody answers at the shop."
    draft = "Sorry! We'll ring us on 07700 900123 soon."
    assert hits(draft, check(triage, draft, comment_text=comment), K.PRIVATE_DETAILS) == [
        "07700 900123"
    ]


def test_the_shops_name_is_not_a_full_name(triage: Triage) -> None:
    draft = "Hi Jolly Rye fans, sorry about Saturday."
    assert K.PRIVATE_DETAILS in kinds(check(triage, draft))
    assert check(triage, draft, known_words=("Jolly Rye",), complaint_valid="valid") == []


# -- apology ---------------------------------------------------------------------------------


@pytest.mark.parametrize("validity", ["valid", "partly"])
def test_a_valid_complaint_needs_an_apology(triage: Triage, validity: str) -> None:
    draft = "Thanks for your feedback. We bake fresh every morning."
    flags = check(triage, draft, complaint_valid=validity)
    assert kinds(flags) == [K.NO_APOLOGY]
    assert flags[0].span is None and not flags[0].blocking
    assert ("partly valid" in flags[0].reason) is (validity == "partly")


@pytest.mark.parametrize("validity", ["not_valid", None])
def test_no_apology_is_needed_otherwise(triage: Triage, validity: str | None) -> None:
    draft = "Thanks for your feedback. We bake fresh every morning."
    assert check(triage, draft, complaint_valid=validity) == []


@pytest.mark.parametrize(
    "draft",
    [
        "You're right, the loaf was stale.",
        "Thank you for letting us know, we've spoken to the team.",
        "We got this wrong and we're fixing it.",
        "That's on us, and a new loaf is waiting for you.",
        "Our apologies, a new loaf is waiting for you.",
        "We regret the wait on Saturday.",
        "I understand, and we'll do better.",
    ],
)
def test_acknowledgements_count_as_an_apology(triage: Triage, draft: str) -> None:
    assert K.NO_APOLOGY not in kinds(check(triage, draft, complaint_valid="valid"))


@pytest.mark.parametrize(
    "draft",
    [
        "Sorry you feel that way.",
        "We're sorry if you were offended.",
        "We are not sorry about our prices.",
        "That was not our fault.",
    ],
)
def test_non_apologies_do_not_count(triage: Triage, draft: str) -> None:
    assert K.NO_APOLOGY in kinds(check(triage, draft, complaint_valid="valid"))


# -- sentiment -------------------------------------------------------------------------------


def test_a_negative_reply_is_flagged_at_its_worst_clause(triage: Triage) -> None:
    draft = "Thanks for writing. This is a ridiculous complaint and a waste of our time."
    flags = check(triage, draft)
    assert kinds(flags) == [K.NEGATIVE_TONE]
    assert hits(draft, flags, K.NEGATIVE_TONE) == [
        "This is a ridiculous complaint and a waste of our time"
    ]
    assert not flags[0].blocking


def test_sorry_but_is_not_an_excuse(triage: Triage) -> None:
    draft = "We're sorry, but your complaint is ridiculous and rude."
    flags = check(triage, draft, complaint_valid="valid")
    assert hits(draft, flags, K.NEGATIVE_TONE) == ["but your complaint is ridiculous and rude"]


def test_the_threshold_is_vader_below_minus_0_3(triage: Triage) -> None:
    assert tone.NEGATIVE_TONE_BELOW == -0.3
    draft = "No. We do not give refunds to people who break things and then complain."
    assert triage.assess(draft).sentiment < -0.3
    assert K.NEGATIVE_TONE in kinds(check(triage, draft))
    mild = "We bake every morning and the bread sells out by noon."
    assert triage.assess(mild).sentiment >= -0.3
    assert check(triage, mild) == []


def test_the_triage_is_optional(triage: Triage) -> None:
    draft = "This is a ridiculous complaint and a waste of our time."
    flags = check_tone(
        draft,
        comment_text=COMMENT,
        channel="public",
        complaint_valid=None,
        compensation_offered=False,
    )
    assert flags == check(triage, draft)


# -- the helpers and the edges ---------------------------------------------------------------


def test_summary_counts_what_must_change(triage: Triage) -> None:
    assert summary([]) == "Nothing to change: the reply reads calm and professional."
    one = check(triage, "You should have asked.")
    assert summary(one) == "1 thing is worth a second look."
    two = check(triage, "You should have asked. Calm down.")
    assert summary(two) == "2 things are worth a second look."
    shout = check(triage, "Sorry, see you SOON!!")
    assert summary(shout) == "2 problems must be fixed before sending."
    mixed = check(triage, "You should have asked!!")
    assert summary(mixed) == (
        "1 problem must be fixed before sending, and 1 more is worth a second look."
    )


def test_blocking_flags_keeps_only_those(triage: Triage) -> None:
    flags = check(triage, "You should have asked!!")
    assert [f.kind for f in blocking_flags(flags)] == [K.SHOUTING]
    assert blocking_flags([]) == []


def test_labels_exist_for_every_kind() -> None:
    for kind in ToneKind:
        assert kind.label and kind.label[0].isupper()


def test_utf16_spans_count_emoji_as_two_units(triage: Triage) -> None:
    draft = "🙄 obviously"
    flags = check(triage, draft)
    spans = [f.span for f in flags if f.kind is K.SARCASM]
    assert spans == [(0, 1), (2, 11)]
    assert utf16_span(draft, (2, 11)) == (3, 12)


def test_unknown_channel_or_validity_is_a_programming_error(triage: Triage) -> None:
    with pytest.raises(ValueError, match="channel must be one of public, private, email"):
        check(triage, "Hello", channel="Public")
    with pytest.raises(ValueError, match="complaint_valid"):
        check(triage, "Hello", complaint_valid="yes")


def test_a_flood_is_capped_per_kind(triage: Triage) -> None:
    draft = "You should have asked. " * 200 + "NO " * 50 + "#12345 " * 50
    flags = check(triage, draft)
    for kind in ToneKind:
        assert sum(f.kind is kind for f in flags) <= MAX_FLAGS_PER_KIND


# -- property tests --------------------------------------------------------------------------

FRAGMENTS = st.sampled_from(
    [
        "you should have",
        "as I said",
        "Again, ",
        "sorry",
        "NOT",
        "!!",
        '"problem"',
        "remove your review",
        "20% off",
        "#12345",
        "07700 900123",
        "jane@example.com",
        "Jane Doe",
        "12 High Street",
        "code ",
        "🙄",
        "\n",
        " ",
        ".",
        "'",
        "“",
    ]
)
DRAFTS = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(FRAGMENTS, st.text(max_size=8)), max_size=30).map("".join),
)


@given(
    draft=DRAFTS,
    comment=st.one_of(st.text(max_size=200), st.just("- Jane Doe")),
    channel=st.sampled_from(tone.CHANNELS),
    validity=st.sampled_from([*tone.VALIDITY, None]),
    offered=st.booleans(),
)
def test_check_tone_never_raises_and_spans_stay_inside_the_draft(
    triage: Triage,
    draft: str,
    comment: str,
    channel: str,
    validity: str | None,
    offered: bool,
) -> None:
    flags = check_tone(
        draft,
        comment_text=comment,
        channel=channel,
        complaint_valid=validity,
        compensation_offered=offered,
        triage=triage,
    )
    for flag in flags:
        assert isinstance(flag.kind, ToneKind)
        assert flag.blocking is (flag.kind in BLOCKING_KINDS)
        assert flag.reason and flag.suggestion
        if flag.span is not None:
            start, end = flag.span
            assert 0 <= start < end <= len(draft)
            assert draft[start:end].strip()
            assert utf16_span(draft, flag.span)[1] <= len(draft.encode("utf-16-le")) // 2
    assert summary(flags)
