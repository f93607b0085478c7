"""The demo's past: what the owner did about the older complaints of the sample inbox.

A demo that only holds unanswered comments leaves the history, the customer view and the
recovery report empty. So the older harsh and negative comments (written more than
`ANSWERED_BEFORE` ago) get a story here: opened, paused over, judged, answered, sometimes
compensated, and what became of the customer. The newest complaints stay open, so the
inbox still has work in it, and a few older ones were never answered.

Every step is replayed through the app's own stores with the clock set back to when it
happened (`dataclasses.replace(db, clock=...)`), so the rows are exactly what the app
writes, and its rules are checked on the way: the cool-off before sending, the private
message limits, the tone check's blocking flags, the ledger's codes and expiry dates.
Everything is fixed in advance (codes come from a seeded generator), so the same clock
gives the same database.
"""

from __future__ import annotations

import dataclasses
import random
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Literal

from .core.clock import Clock
from .core.compensation import Compensation, CompensationKind, needs_code, new_code
from .core.cooloff import CoolOffSettings
from .core.model import Comment, Platform, Status
from .core.replies import Outcome, Validity
from .core.saved_replies import fill
from .core.texts import translate
from .sources.base import Page
from .sources.outbox import ReplyService
from .store import Database
from .store.assessments import Assessment, Assessments, ReplyDraft
from .store.comments import CommentStore
from .store.discounts import DiscountLedger
from .store.outbox import Outbox
from .store.outcomes import Outcomes

# Complaints newer than this stay open in the demo inbox.
ANSWERED_BEFORE = timedelta(days=3)
# Judging the complaint while the cool-off runs: this long after opening it.
THINKING = timedelta(minutes=8)
CURRENCY = "GBP"
# Codes are drawn from this seed, so the demo's codes are the same every time.
CODE_SEED = 20261125
_SEND_KEYS = uuid.UUID("6f1d3c52-8a4e-4a8e-9d47-5b0e2f7c1a90")

Fate = Literal["redeemed", "declined"]


def _m(minutes: float) -> timedelta:
    return timedelta(minutes=minutes)


def _h(hours: float) -> timedelta:
    return timedelta(hours=hours)


def _d(days: float) -> timedelta:
    return timedelta(days=days)


@dataclass(frozen=True)
class Offer:
    """What goes with a reply; `valid_days` after the day it is sent is its last day."""

    kind: CompensationKind
    value: str | None = None
    item: str | None = None
    valid_days: int | None = None
    fate: Fate | None = None  # None: still offered (or expired, once its last day passed)
    fate_after: timedelta = timedelta(0)  # after the reply that offered it

    def compensation(self, sent_on: date) -> Compensation:
        money = self.kind in (CompensationKind.FIXED, CompensationKind.REFUND) or (
            self.kind is CompensationKind.FREE_ITEM and self.value is not None
        )
        return Compensation(
            self.kind,
            None if self.value is None else Decimal(self.value),
            CURRENCY if money else None,
            self.item,
            None if self.valid_days is None else sent_on + timedelta(days=self.valid_days),
        )


@dataclass(frozen=True)
class Reply:
    """A reply sent `after` the cool-off ended (the first) or after the reply before it.
    `{code}` in the text is the offer's code."""

    after: timedelta
    channel: str
    text: str
    offer: Offer | None = None


@dataclass(frozen=True)
class Result:
    """An outcome recorded `after` the first reply. `follow_up` is days from today (0: due
    today); `resolve` also marks the comment resolved."""

    after: timedelta
    outcome: Outcome
    note: str
    follow_up: int | None = None
    resolve: bool = False


@dataclass(frozen=True)
class Story:
    platform: Platform
    external_id: str
    opened_after: timedelta  # from the comment being written to the owner opening it
    validity: str
    category: str
    valid_point: str
    notes: str
    replies: tuple[Reply, ...]
    results: tuple[Result, ...] = ()


FB, IG, GOOGLE, YT, MASTODON = (
    Platform.FACEBOOK,
    Platform.INSTAGRAM,
    Platform.GOOGLE,
    Platform.YOUTUBE,
    Platform.MASTODON,
)
APOLOGY = Offer(CompensationKind.APOLOGY)

# Older complaints deliberately left unanswered (a real inbox has a few).
NEVER_ANSWERED = (
    (GOOGLE, "Ci8U7iIUkNAJR919mbqdVC"),  # Gareth Pryce: closed on a Monday
    (FB, "9963787497401667_1274"),  # Mark Ellery: the refund; he writes again, angrier
    (FB, "9488846647768847_1113"),  # Craig Dunmore: the birthday cake
)

STORIES: tuple[Story, ...] = (
    Story(
        FB,
        "9488846647768847_1021",  # Linda Forsyth: crushed cheesecake, a gift
        _m(40),
        "valid",
        "delivery",
        "Cheesecake arrived with the box crushed; it was a gift.",
        "Courier again. All cheesecakes go out in the double-walled boxes from now on.",
        (
            Reply(
                _m(25),
                "private",
                "Hi Linda, I'm so sorry your cheesecake arrived damaged, especially when it "
                "was meant as a gift. We'd like to put it right: we'll bake a fresh one and "
                "post it in a sturdier box, at no cost to you. Just use the code {code} at "
                "checkout and pick the day you'd like it to arrive.",
                Offer(
                    CompensationKind.FREE_ITEM,
                    "24.00",
                    "Basque cheesecake",
                    60,
                    "redeemed",
                    _d(6),
                ),
            ),
        ),
        (
            Result(
                _d(12),
                Outcome.WON_BACK,
                "The new one arrived in one piece and she sent a photo. Two more orders "
                "since, one for her sister.",
                resolve=True,
            ),
        ),
    ),
    Story(
        MASTODON,
        "117265493187834371",  # Declan Foley: "sourdough" that is yeasted
        _h(2),
        "partly",
        "product",
        "The sourdough sign was on the basket of the yeasted sandwich loaf.",
        "Sign had been moved by mistake. Only the country loaf and the rye are pure "
        "sourdough. Every basket has its own label now.",
        (
            Reply(
                _h(3),
                "private",
                "Hi Declan, thank you for pointing this out, and you're right about the loaf "
                "you bought. Our sandwich loaf is made with a little baker's yeast, and the "
                "sourdough sign belonged on the basket next to it. The country loaf and the "
                "rye are naturally leavened and nothing else. Each basket now has its own "
                "label. I'm sorry for the confusion.",
                APOLOGY,
            ),
        ),
        (
            Result(
                _d(7),
                Outcome.NO_RESPONSE,
                "No answer to the private mention. The labels are sorted either way.",
            ),
        ),
    ),
    Story(
        YT,
        "Ugx3JC3skyRDHh5wLI64AaABAg",  # @ahmedkarimi: the shaping goes by too fast
        _h(3),
        "valid",
        "other",
        "The shaping part of the sourdough video is too quick to follow.",
        "Filmed a slow close-up of the shaping and pinned it. Do the same for the next videos.",
        (
            Reply(
                _h(22),
                "public",
                "Thank you for telling us, and sorry the shaping part rushed by. You're "
                "right, it's far too quick. We've filmed a slower close-up of just the "
                "shaping and pinned it at the top of the comments. Shaping and proofing make "
                "the biggest difference to how a loaf rises, so I hope it helps with your "
                "next bake.",
            ),
        ),
        (
            Result(
                _d(9),
                Outcome.WON_BACK,
                "Posted a photo of a lovely open crumb under the new video, and booked the "
                "Sunday workshop.",
                resolve=True,
            ),
        ),
    ),
    Story(
        GOOGLE,
        "Cil1oFZu9SONX8o9VkRLfe",  # Dariusz Nowak: lukewarm flat white, an eye-roll
        _h(1.5),
        "valid",
        "staff",
        "Lukewarm flat white, and asking for a remake got an eye-roll.",
        "Talked to the morning team: a remake is always a yes, with a smile. Milk "
        "thermometer on the steam wand.",
        (
            Reply(
                _m(50),
                "public",
                "Dariusz, I'm sorry. A lukewarm flat white isn't the standard we aim for, "
                "and asking for a remake should always get a friendly yes. I've talked it "
                "through with the morning team, and we now check the milk temperature on "
                "every cup. I hope you'll give us another try.",
                APOLOGY,
            ),
        ),
        (
            Result(
                _d(5),
                Outcome.NO_RESPONSE,
                "No reply, and we haven't seen him in since.",
            ),
        ),
    ),
    Story(
        GOOGLE,
        "CimWkrkaPKEJTWCB2EWwqs",  # Priya Nair: no allergen list, "probably not"
        _m(20),
        "valid",
        "product",
        "No ingredient list on the seeded loaf, and staff guessed about sesame.",
        "Allergen cards on every shelf. Rule for the team: if unsure, check the recipe "
        "folder, never guess.",
        (
            Reply(
                _m(10),
                "public",
                "Priya, thank you for raising this, and I'm sorry. You're right: a guess is "
                "not good enough when someone has an allergy. Every loaf on our shelves now "
                "has a card with its full ingredients and allergens, and the team know to "
                "check the recipe folder instead of answering from memory. For the record, "
                "the seeded loaf does contain sesame.",
            ),
        ),
        (
            Result(
                _d(3),
                Outcome.RESOLVED,
                "Allergen cards are up on every shelf. She wrote back to say thank you.",
                resolve=True,
            ),
        ),
    ),
    Story(
        YT,
        "UgzsiVlcqMpjF3luD-R4AaABAg",  # @steveholloway7: the audio is too quiet
        _h(2.5),
        "valid",
        "other",
        "The sound on this video is too quiet.",
        "Microphone gain was too low. Check the levels before every recording.",
        (
            Reply(
                _h(17),
                "public",
                "Thanks for letting us know, and sorry about the sound on this one. The "
                "microphone was set too low. It's fixed for the next videos, and this one "
                "has subtitles if you'd like to follow along with them.",
            ),
        ),
    ),
    Story(
        YT,
        "UgxoYEOL5QPWeMxVucD4AaABAg",  # @tonyvargas: the posted cake arrived smashed
        _h(1),
        "valid",
        "delivery",
        "Posted cake arrived smashed.",
        "Second crushed cake from the same courier this month. Time to look at another one.",
        (
            Reply(
                _m(40),
                "public",
                "I'm really sorry your cake arrived like that. It must have been so "
                "disappointing, and it's not how any cake should reach you. Could you e-mail "
                "us at hello@juniperandrye.co.uk with your order details? We'd like to put "
                "this right.",
            ),
            Reply(
                _h(26),
                "email",
                "Hi Tony, thank you for sending the details, and sorry again about the cake. "
                "I've refunded the full £32.00 to your card today; it should show in a few "
                "days. We're changing the courier we use for cakes so this doesn't happen "
                "again.",
                Offer(CompensationKind.REFUND, "32.00"),
            ),
        ),
        (
            Result(
                _d(4),
                Outcome.RESOLVED,
                "Chose the refund over a new cake. Courier change is on the list.",
                resolve=True,
            ),
        ),
    ),
    Story(
        MASTODON,
        "117333200365094086",  # Marisol Ortega: "next-day delivery" took five days
        _h(3),
        "valid",
        "delivery",
        "The website promises next-day delivery; her beans took five days.",
        "Next day only works for orders before noon, Monday to Thursday, and the site "
        "never said so. Delivery page reworded.",
        (
            Reply(
                _h(44),
                "private",
                "Hi Marisol, you're right, and I'm sorry. Next-day delivery only works for "
                "orders placed before noon from Monday to Thursday, and our site didn't say "
                "so. The delivery page now says it plainly. As a thank you for telling us, "
                "here's 10% off your next bag of beans with the code {code}.",
                Offer(
                    CompensationKind.PERCENT,
                    "10",
                    valid_days=60,
                    fate="redeemed",
                    fate_after=_d(14),
                ),
            ),
        ),
        (
            Result(
                _d(20),
                Outcome.WON_BACK,
                "Used the code on two bags and a gift box, and is on the monthly beans now.",
                resolve=True,
            ),
        ),
    ),
    Story(
        GOOGLE,
        "Cilb76M6XUYBTKXunHIVvY",  # Oluwaseun Adeyemi: card machine down, nobody said
        _m(50),
        "valid",
        "service",
        "Card machine down and nobody said so until after ordering.",
        "Bought a spare card reader. Sign for the door kept behind the counter.",
        (
            Reply(
                _m(35),
                "public",
                "Oluwaseun, thank you for telling us, and sorry for the trip to the cash "
                "machine. You're right, a sign on the door would have saved you the walk. We "
                "now keep one behind the counter, and a spare card reader is charged and "
                "ready for days like that.",
            ),
        ),
        (
            Result(
                _d(2),
                Outcome.RESOLVED,
                "Spare reader bought and the sign is printed.",
                resolve=True,
            ),
        ),
    ),
    Story(
        IG,
        "17990023987040420",  # realtalk_reviews: "SCAM"
        _h(2),
        "not_valid",
        "price",
        "",
        "No order we could match. The same words are under other bakeries' posts. "
        "Answered once, calmly, and left it there.",
        (
            Reply(
                _h(5),
                "public",
                "Thanks for taking the time to write. Our prices and portion sizes are on the "
                "board by the till, and if something you bought wasn't right we would like to "
                "hear about it. Please send us a message with what you ordered and when, and "
                "we'll look into it.",
            ),
        ),
        (
            Result(
                _d(6),
                Outcome.NO_RESPONSE,
                "No message came. The same comment is under three other bakeries' posts.",
            ),
        ),
    ),
    Story(
        FB,
        "9488846647768847_1041",  # Shaz Begum: charged twice by the website
        _m(30),
        "valid",
        "other",
        "The checkout took her money twice and sent no confirmation.",
        "Payment provider timed out. Refunded the second charge the same day and entered "
        "the order by hand.",
        (
            Reply(
                _h(1),
                "private",
                "Hi Shaz, I'm so sorry about this. Our checkout timed out and charged you "
                "twice, and that's on us. I've refunded the second payment today, and your "
                "order is booked in to go out on Thursday. The confirmation is in your inbox "
                "now.",
                Offer(CompensationKind.REFUND, "27.50"),
            ),
        ),
        (
            Result(
                _d(1), Outcome.RESOLVED, "Double charge refunded; the order went out.", resolve=True
            ),
            Result(_d(30), Outcome.WON_BACK, "Two more orders since, no trouble at the checkout."),
        ),
    ),
    Story(
        IG,
        "17990024341160655",  # tomasz.w: the cakes never look this full
        _m(75),
        "partly",
        "product",
        "Less filling in his cake than in the photo.",
        "Weighed fillings for a week and some were short. Weighed every time now. The "
        "photos are real cakes.",
        (
            Reply(
                _h(4),
                "public",
                "Thank you for the honest feedback, Tomasz. You have a point: the cakes in "
                "our photos are real ones, but every cake should have the same filling, and "
                "yours didn't. We now weigh the filling for each cake. We've sent you a "
                "message too.",
            ),
            Reply(
                _m(10),
                "private",
                "Hi Tomasz, sorry again about the cake. Here's 15% off your next one with "
                "the code {code}. It's good for a month.",
                Offer(CompensationKind.PERCENT, "15", valid_days=30),
            ),
        ),
        (Result(_d(20), Outcome.NO_RESPONSE, "Code not used so far. No reply either."),),
    ),
    Story(
        GOOGLE,
        "Cii8j0O6YJZAAzbh0GuDFG",  # Brenda Castellano: two days late and squashed
        _m(25),
        "valid",
        "delivery",
        "Cake arrived two days late and squashed.",
        "Same courier as the other crushed cakes. Moving cakes to a new courier.",
        (
            Reply(
                _m(20),
                "public",
                "Brenda, I'm so sorry. Your cake should have arrived on time and in one "
                "piece, and it did neither. We're moving our cake deliveries to a new "
                "courier because of this. Please e-mail us at hello@juniperandrye.co.uk so "
                "we can make it right.",
            ),
            Reply(
                _h(3),
                "email",
                "Hi Brenda, thank you for getting in touch, and I'm sorry again. I've "
                "refunded the full £35.00 for the cake and the postage today.",
                Offer(CompensationKind.REFUND, "35.00"),
            ),
        ),
        (
            Result(
                _d(5),
                Outcome.LOST,
                "Took the refund, but she says she won't order again. Understandable.",
            ),
        ),
    ),
    Story(
        FB,
        "9963787497401667_1256",  # Roger Bainbridge: £3.80 for a coffee
        _h(2),
        "not_valid",
        "price",
        "",
        "Price is in line with the area. Explained where the money goes and offered a "
        "coffee as a goodwill gesture.",
        (
            Reply(
                _h(30),
                "public",
                "Thanks for letting us know, Roger. Prices have gone up everywhere, and we "
                "never raise ours lightly. Our coffee is roasted in small batches two streets "
                "away, and the milk comes from a farm in Kent. We've sent you a message.",
            ),
            Reply(
                _m(5),
                "private",
                "Hi Roger, thanks again for telling us what you think. Your next coffee is "
                "on us: show the code {code} at the till.",
                Offer(
                    CompensationKind.FREE_ITEM,
                    "3.80",
                    "coffee",
                    30,
                    "declined",
                    _d(1),
                ),
            ),
        ),
        (
            Result(
                _d(3),
                Outcome.UNHAPPY,
                "Said he doesn't want a free coffee, he wants a cheaper one. Still buys his "
                "loaf here most mornings.",
            ),
        ),
    ),
    Story(
        GOOGLE,
        "CiQmR4sTy7bVwE2hLk9PxZ",  # Priya Shah: her daughter's name spelt wrong
        _h(1),
        "valid",
        "product",
        "Name on the birthday cake spelt wrong although it was written on the order form.",
        "Read every inscription back to the customer when they order, and again before piping.",
        (
            Reply(
                _h(2),
                "public",
                "Priya, I'm so sorry we got the name wrong on your daughter's birthday cake. "
                "That's exactly the detail that matters most, and we let you both down. We "
                "now read every inscription back when the order is taken. Please e-mail us "
                "at hello@juniperandrye.co.uk so we can make it up to you.",
            ),
            Reply(
                _d(1),
                "email",
                "Hi Priya, thank you for getting in touch, and I'm sorry again. We'd love "
                "the chance to bake your next celebration cake: here's 20% off it with the "
                "code {code}, and we'll check the name with you twice.",
                Offer(
                    CompensationKind.PERCENT,
                    "20",
                    valid_days=90,
                    fate="redeemed",
                    fate_after=_d(14),
                ),
            ),
        ),
        (
            Result(
                _d(16),
                Outcome.WON_BACK,
                "Ordered her son's cake with us, name checked twice on the phone. She "
                "thanked us on Facebook.",
                resolve=True,
            ),
        ),
    ),
    Story(
        IG,
        "17990025473780626",  # ellie_gf_life: a regular brownie for a coeliac
        _m(20),
        "valid",
        "staff",
        "Handed a regular brownie instead of the gluten-free one; she is coeliac and was ill.",
        "Serious. Gluten-free bakes on their own tray with their own tongs, a sticker on "
        "every bag. Whole team briefed.",
        (
            Reply(
                _m(40),
                "private",
                "Hi Ellie, I'm truly sorry. Handing you a regular brownie was a serious "
                "mistake, and I'm so sorry you were ill because of it. From today our "
                "gluten-free bakes sit on their own tray with their own tongs, and each one "
                "goes in a bag with a sticker. If you feel like coming back, we'd like to "
                "bake you a gluten-free cake of your choice, on the house, with the code "
                "{code}.",
                Offer(
                    CompensationKind.FREE_ITEM,
                    "18.00",
                    "gluten-free cake",
                    90,
                    "redeemed",
                    _d(12),
                ),
            ),
        ),
        (
            Result(
                _d(13),
                Outcome.WON_BACK,
                "Came in for the lemon cake, looked at the new tray and tongs herself and was "
                "happy.",
                resolve=True,
            ),
        ),
    ),
    Story(
        IG,
        "17990025976220959",  # mike_t_88: a burnt bun for £6
        _h(3),
        "partly",
        "product",
        "The bun was burnt on the bottom.",
        "The back of oven two runs hot. Trays are turned halfway now. The price stays.",
        (
            Reply(
                _h(9),
                "public",
                "Thanks for letting us know, Mike, and sorry about the bun. It shouldn't "
                "have left the kitchen burnt on the bottom. One of our ovens runs hot at the "
                "back, so we now turn the trays halfway through. We've sent you a message.",
            ),
            Reply(
                _m(5),
                "private",
                "Hi Mike, sorry again about the bun. As promised, your next one is on us "
                "with the code {code}.",
                Offer(
                    CompensationKind.FREE_ITEM,
                    "3.20",
                    "cinnamon bun",
                    30,
                    "declined",
                    _d(2),
                ),
            ),
        ),
        (Result(_d(2), Outcome.LOST, "Turned the bun down and says he won't be back."),),
    ),
    Story(
        GOOGLE,
        "CifG0mrHRMAKWDwTCH8UjI",  # Chris Doyle: stale baguette at 3pm
        _h(2),
        "partly",
        "product",
        "Afternoon baguettes are from the morning bake and go hard fast.",
        "Trying a second small bake at one o'clock.",
        (
            Reply(
                _h(43),
                "public",
                "Chris, thank you for the honest review, and sorry the baguette let you "
                "down. You're right that by three o'clock it was the morning's bake. We've "
                "started a second small bake at one, so the afternoon ones are fresher.",
            ),
        ),
    ),
    Story(
        FB,
        "9963787497401667_1268",  # Tom Baker: the Saturday bread box was not ready
        _m(45),
        "valid",
        "service",
        "Pre-paid bread box not ready at the collection time; pastries gone.",
        "Saturday boxes are packed on Friday evening now.",
        (
            Reply(
                _m(30),
                "private",
                "Hi Tom, I'm sorry your bread box wasn't ready at nine and that you had to "
                "wait. That's not good enough for a pre-order. We now pack the Saturday "
                "boxes on Friday evening. Here's £5 off your next box with the code {code}.",
                Offer(
                    CompensationKind.FIXED, "5.00", valid_days=60, fate="redeemed", fate_after=_d(7)
                ),
            ),
        ),
        (
            Result(
                _d(7),
                Outcome.WON_BACK,
                "Used the code the next Saturday; the box was packed and waiting.",
                resolve=True,
            ),
        ),
    ),
    Story(
        MASTODON,
        "117609288933714330",  # Amir Cohen: no December dates in the calendar
        _m(20),
        "valid",
        "other",
        "The delivery calendar showed no dates in December.",
        "Christmas dates were never switched on in the web shop. Fixed the same day.",
        (
            Reply(
                _m(8),
                "public",
                "Hi Amir, thank you for flagging this, and sorry for the trouble. The "
                "December dates hadn't been switched on in our web shop. They're there now, "
                "up to the 22nd.",
            ),
        ),
        (Result(_d(1), Outcome.RESOLVED, "Dates are live; he booked the 19th.", resolve=True),),
    ),
    Story(
        GOOGLE,
        "CineJKE9UQVUOamiDPIk5t",  # Hannah Whitfield: a long queue on Saturday
        _h(1),
        "valid",
        "staff",
        "Twenty-five minutes in the queue with one person on the till.",
        "Two on the till on Saturdays from eight to noon. Keep a tray of cardamom buns back "
        "for late morning.",
        (
            Reply(
                _h(5),
                "public",
                "Hannah, thank you for telling us, and I'm sorry about the wait. You're "
                "right that we should have had two people serving. On Saturday mornings "
                "there are now two of us on the till until noon, and we keep a tray of "
                "cardamom buns back for later in the morning.",
                APOLOGY,
            ),
        ),
        (
            Result(
                _d(2),
                Outcome.NO_RESPONSE,
                "No answer yet. Look out for her on a Saturday and ask how the queue was.",
                follow_up=0,
            ),
        ),
    ),
    Story(
        FB,
        "2162948703236741_979",  # Nadia Hussain: three things on one visit
        _m(40),
        "valid",
        "service",
        "Cold latte, the toilet out of order and a long wait for pastries, on one visit.",
        "Two people off sick that day. Toilet fixed on Monday.",
        (
            Reply(
                _h(2),
                "private",
                "Hi Nadia, thank you for taking the time to tell us, and I'm sorry. You're "
                "right, that isn't like us: two of the team were off sick and it showed. "
                "The toilet was fixed on Monday. Next time you're in, your drinks are on us: "
                "show the code {code} at the till.",
                Offer(CompensationKind.FREE_ITEM, "7.60", "two drinks", 60),
            ),
        ),
        (
            Result(
                _d(1),
                Outcome.RESOLVED,
                "She says it's fine and she'll be in next week. Check the code gets used.",
                follow_up=3,
                resolve=True,
            ),
        ),
    ),
    Story(
        GOOGLE,
        "CiAzY1WBqSJVHGhduhesak",  # Kevin Marsh: £38 birthday cake in crumbs
        _m(30),
        "valid",
        "delivery",
        "Posted birthday cake arrived in crumbs, and his e-mails went unanswered.",
        "His e-mails were in the spam folder. Check it every morning.",
        (
            Reply(
                _h(1.5),
                "public",
                "Kevin, I'm very sorry. Your cake should never have arrived like that, and "
                "your e-mails should have been answered. We found them and have "
                "replied to each one. I've refunded the full amount to your card this "
                "afternoon.",
                Offer(CompensationKind.REFUND, "38.00"),
            ),
        ),
        (
            Result(
                _d(3),
                Outcome.UNHAPPY,
                "The refund went through and he has dropped the chargeback, but the birthday "
                "was still spoilt. Ring him and offer to bake for the next family occasion.",
                follow_up=0,
            ),
        ),
    ),
    Story(
        YT,
        "Ugxv7YXbz-X4UKx6zUv4AaABAg",  # @BreadBro92: no way the dough is ready in 4 hours
        _h(2),
        "partly",
        "other",
        "The video doesn't say the four hours assume a warm kitchen.",
        "Added a caption and a line in the description about kitchen temperature.",
        (
            Reply(
                _d(1),
                "public",
                "Thanks for the question. You're right that it depends a lot on the room: "
                "the four hours is for a kitchen at about 26°C with a very active starter. "
                "In a cooler kitchen it can take six to eight. We've added a caption and a "
                "note in the description to make that clearer.",
            ),
        ),
    ),
    Story(
        MASTODON,
        "117641764763811247",  # Viktor Hale: charged twice, then no answer
        _h(1),
        "valid",
        "other",
        "Charged twice for one order and his messages went unanswered.",
        "Same checkout timeout as before. Asked the payment provider for a fix.",
        (
            Reply(
                _m(45),
                "private",
                "Hi Viktor, I'm sorry: you were charged twice, and we should have answered "
                "you much sooner. I've refunded the second payment today, and it should reach "
                "your account within three to five working days. If it hasn't arrived by "
                "then, reply here and I'll chase it myself.",
                Offer(CompensationKind.REFUND, "24.00"),
            ),
        ),
        (
            Result(
                _d(2),
                Outcome.UNHAPPY,
                "Still cross about the wait. Check the refund has landed.",
                follow_up=2,
            ),
        ),
    ),
    Story(
        FB,
        "2679838480387900_1304",  # Paul Hendricks: an unfriendly welcome
        _h(1.5),
        "valid",
        "staff",
        "Brushed off when he asked for his sandwich to be heated.",
        "Talked to the team: if we can't do something in the rush, say so kindly and "
        "offer something else.",
        (
            Reply(
                _h(3),
                "public",
                "Hi Paul, I'm sorry about how you were treated. Everyone should be met with "
                "a smile here, and I've talked it through with the team. We can't always "
                "heat sandwiches in the morning rush, but we should always say so kindly "
                "and offer something else.",
                APOLOGY,
            ),
        ),
    ),
    Story(
        GOOGLE,
        "Cittt5QdqDYXLj97Ghg4mh",  # Sofia Lindqvist: prices creeping up
        _h(3),
        "partly",
        "price",
        "Sourdough went from £4.50 to £5.20 this year.",
        "Bring back the half loaf at £2.80.",
        (
            Reply(
                _h(42),
                "public",
                "Sofia, thank you for such a fair review, and for coming in every week. "
                "You're right that the loaf costs more than it did in spring. From next week "
                "we're bringing back the half sourdough at £2.80, which we hope helps.",
            ),
        ),
    ),
    Story(
        IG,
        "17990028055040510",  # sarah.j.wren: dairy instead of oat milk
        _m(30),
        "valid",
        "staff",
        "Given dairy milk instead of oat; she is lactose intolerant.",
        "Plant milk drinks get a green sleeve, so nobody hands over the wrong cup.",
        (
            Reply(
                _m(45),
                "private",
                "Hi Sarah, I'm really sorry we gave you dairy milk; that should not have "
                "happened. From now on every drink made with a plant milk gets a green "
                "sleeve, so the cup can't be mixed up. Your next oat latte is on us with the "
                "code {code}.",
                Offer(CompensationKind.FREE_ITEM, "3.60", "oat latte", 60),
            ),
        ),
    ),
)


# -- replaying the stories ----------------------------------------------------------------


@dataclass(order=True)
class _Event:
    when: datetime
    seq: int
    action: Callable[[Database], None] = dataclasses.field(compare=False)


def seed_history(db: Database, conn: sqlite3.Connection, clock: Clock) -> int:
    """Replay the stories of the older demo complaints; returns how many were told.

    A story whose comment is missing, too recent, or already opened (seeding again) is
    left out, so running this twice adds nothing."""
    now = clock()
    store = CommentStore(db, conn)
    teller = _Teller(conn, now)
    events: list[_Event] = []
    told = 0
    for story in STORIES:
        row = conn.execute(
            "SELECT id FROM comments WHERE platform = ? AND external_id = ?",
            (story.platform.value, story.external_id),
        ).fetchone()
        if row is None or _already_told(conn, int(row[0])):
            continue
        comment = store.get(int(row[0]))
        if now - comment.created_at <= ANSWERED_BEFORE:
            continue
        events += teller.events(story, comment)
        told += 1
    for event in sorted(events):
        if event.when <= now:  # always, as the stories are written; never a future row
            event.action(dataclasses.replace(db, clock=_fixed(event.when)))
    # Offers whose last day has passed are written down as expired, as the ledger does.
    DiscountLedger(db, conn).expire_due()
    return told


def _already_told(conn: sqlite3.Connection, comment_id: int) -> bool:
    return bool(
        conn.execute(
            """SELECT EXISTS (SELECT 1 FROM cooloffs WHERE comment_id = ?)
                   OR EXISTS (SELECT 1 FROM replies WHERE comment_id = ?)""",
            (comment_id, comment_id),
        ).fetchone()[0]
    )


def _fixed(moment: datetime) -> Clock:
    return lambda: moment


class _Teller:
    """Turns stories into steps in time, each done through the stores as the app does."""

    def __init__(self, conn: sqlite3.Connection, now: datetime) -> None:
        self._conn = conn
        self._now = now
        self._rng = random.Random(CODE_SEED)
        self._events: list[_Event] = []
        self._seq = 0  # keeps steps at the same moment in the order they were written

    def events(self, story: Story, comment: Comment) -> list[_Event]:
        self._events = []
        settings = CoolOffSettings()
        opened = comment.created_at + story.opened_after
        self._at(opened, lambda db: self._open(db, comment.id, settings))
        self._at(opened + THINKING, lambda db: self._judge(db, comment.id, story))

        wait = settings.minutes_for(comment.severity) or 0
        sent_at = opened + timedelta(minutes=wait)
        codes: dict[int, str] = {}  # reply number -> the code it offered
        first_sent: datetime | None = None
        for number, reply in enumerate(story.replies):
            sent_at += reply.after
            first_sent = first_sent or sent_at
            self._at(sent_at, self._sender(comment, number, reply, codes))
            offer = reply.offer
            if offer is not None and offer.fate is not None:
                self._at(sent_at + offer.fate_after, self._settler(number, offer.fate, codes))

        if first_sent is None:
            raise ValueError(f"the story of {story.external_id} has no reply")
        today = self._now.astimezone().date()
        for result in story.results:
            follow_up = None if result.follow_up is None else today + timedelta(result.follow_up)
            self._at(first_sent + result.after, self._recorder(comment.id, result, follow_up))
        return self._events

    def _at(self, when: datetime, action: Callable[[Database], None]) -> None:
        self._seq += 1
        self._events.append(_Event(when, self._seq, action))

    # -- the steps ----------------------------------------------------------------------------

    def _open(self, db: Database, comment_id: int, settings: CoolOffSettings) -> None:
        Outbox(db, self._conn).start_cooloff(comment_id, settings)

    def _judge(self, db: Database, comment_id: int, story: Story) -> None:
        Assessments(db, self._conn).save(
            Assessment(
                comment_id,
                Validity(story.validity),
                story.valid_point,
                translate("ComplaintKinds", story.category),  # as the kinds list names it
                story.notes,
            )
        )

    def _sender(
        self, comment: Comment, number: int, reply: Reply, codes: dict[int, str]
    ) -> Callable[[Database], None]:
        def send(db: Database) -> None:
            conn = self._conn
            offer = (
                reply.offer.compensation(db.clock().astimezone().date()) if reply.offer else None
            )
            code = None
            if offer is not None and needs_code(offer.kind):
                code = self._fresh_code(conn)
                codes[number] = code
            text = fill(reply.text, {"code": code or ""})
            saved = None
            if offer is not None:
                saved = offer.to_json() | ({"code": code} if code else {})
            # As the wizard does: the draft (with its offer) is kept until the reply is sent.
            Assessments(db, conn).save_draft(
                ReplyDraft(comment.id, reply.channel, text, saved, "review")
            )
            # Through the app's one send path, so every rule is checked as it would be.
            service = ReplyService(db, conn, lambda _comment: _Replayed(comment.platform))
            if reply.channel == "email":
                queued = service.start_email(comment.id, text, offer, code)
            else:
                queued = service.outbox.queue(comment.id, reply.channel, text, offer, code)
            with db.transaction(conn):  # a send key that is the same every time
                conn.execute(
                    "UPDATE replies SET send_key = ? WHERE id = ?",
                    (uuid.uuid5(_SEND_KEYS, f"{comment.external_id}/{number}").hex, queued.id),
                )
            if reply.channel == "email":
                service.confirm_email(queued.id, sent=True)
            else:
                service.send(queued.id)  # the cool-off, private-message and tone rules apply
            Assessments(db, conn).discard_draft(comment.id)

        return send

    def _fresh_code(self, conn: sqlite3.Connection) -> str:
        while True:
            code = new_code(self._rng)
            if not conn.execute("SELECT 1 FROM discounts WHERE code = ?", (code,)).fetchone():
                return code

    def _settler(
        self, number: int, fate: Fate, codes: dict[int, str]
    ) -> Callable[[Database], None]:
        def settle(db: Database) -> None:
            ledger = DiscountLedger(db, self._conn)
            if fate == "redeemed":
                ledger.redeem(codes[number])
            else:
                ledger.decline(codes[number])

        return settle

    def _recorder(
        self, comment_id: int, result: Result, follow_up: date | None
    ) -> Callable[[Database], None]:
        def record(db: Database) -> None:
            Outcomes(db, self._conn).record(
                comment_id, result.outcome, note=result.note, follow_up_on=follow_up
            )
            if result.resolve:
                CommentStore(db, self._conn).set_status([comment_id], Status.RESOLVED)

        return record


class _Replayed:
    """Stands in for the platform while the demo's past is replayed: the demo's comments
    come from a file, and its replies were "sent" months ago."""

    def __init__(self, platform: Platform) -> None:
        self.platform = platform

    def check(self) -> str:
        return "the demo"

    def pages(self, since: str | None = None) -> Iterator[Page]:
        return iter(())

    def send_reply(self, comment: Comment, channel: str, text: str, key: str) -> str:
        return f"demo-{key[:12]}"

    def find_reply(self, comment: Comment, channel: str, text: str, key: str) -> str | None:
        return None
