"""The words of the reply path, shared by every layer: where a reply goes, what became of it,
and what the owner thought of the complaint."""

from __future__ import annotations

import enum
import re

from .texts import QT_TRANSLATE_NOOP, translate


class Channel(enum.StrEnum):
    """Where a reply goes."""

    PUBLIC = "public"  # under the comment, for everyone to read
    PRIVATE = "private"  # a private message on the platform
    EMAIL = "email"  # from the owner's own e-mail program

    @property
    def label(self) -> str:
        return translate("Channel", _CHANNEL_LABELS[self])

    @classmethod
    def parse(cls, text: str) -> Channel:
        try:
            return cls(text)
        except ValueError:
            from .errors import UserFacingError

            raise UserFacingError(
                translate(
                    "Channel", "A reply goes out in public, in private or by e-mail, not {text}."
                ).format(text=repr(text))
            ) from None


_CHANNEL_LABELS = {
    Channel.PUBLIC: QT_TRANSLATE_NOOP("Channel", "public reply"),
    Channel.PRIVATE: QT_TRANSLATE_NOOP("Channel", "private message"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Channel", "e-mail"),
}


# Loose on purpose (the owner can correct it before sending): something@somewhere.tld, with
# no spaces or brackets. The importer and the wizard's address field both use it.
EMAIL_ADDRESS = re.compile(r"[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+")


def email_address_problem(address: str) -> str | None:
    """Why `address` cannot be an e-mail address, in words; None if it can (or is blank)."""
    address = address.strip()
    if not address or EMAIL_ADDRESS.fullmatch(address):
        return None
    if any(c.isspace() for c in address):
        text = translate(
            "EmailAddress", "“{address}” is not an e-mail address: it has a space in it."
        )
    elif address.count("@") != 1:
        text = translate(
            "EmailAddress", "“{address}” is not an e-mail address: it needs exactly one @."
        )
    else:
        text = translate(
            "EmailAddress",
            "“{address}” is not an e-mail address: after the @ comes a name with a dot, "
            "like example.com.",
        )
    return text.format(address=address)


class ReplyState(enum.StrEnum):
    """queued -> sending -> sent; or -> uncertain (no clear answer: it may have arrived, so
    the platform is asked before anything is sent again); or -> failed (it did not arrive;
    kept with the reason)."""

    QUEUED = "queued"
    SENDING = "sending"
    UNCERTAIN = "uncertain"
    SENT = "sent"
    FAILED = "failed"

    @property
    def unsettled(self) -> bool:
        """It may have reached the platform, and nobody has asked yet."""
        return self in (ReplyState.SENDING, ReplyState.UNCERTAIN)

    @property
    def label(self) -> str:
        return translate("ReplyState", _STATE_LABELS[self])


_STATE_LABELS = {
    ReplyState.QUEUED: QT_TRANSLATE_NOOP("ReplyState", "waiting to be sent"),
    ReplyState.SENDING: QT_TRANSLATE_NOOP("ReplyState", "being sent"),
    ReplyState.UNCERTAIN: QT_TRANSLATE_NOOP(
        "ReplyState", "not confirmed: the platform will be asked before anything is re-sent"
    ),
    ReplyState.SENT: QT_TRANSLATE_NOOP("ReplyState", "sent"),
    ReplyState.FAILED: QT_TRANSLATE_NOOP("ReplyState", "not sent"),
}


class Validity(enum.StrEnum):
    """The owner's answer to "is the complaint fair?"."""

    VALID = "valid"
    PARTLY = "partly"
    NOT_VALID = "not_valid"

    @property
    def label(self) -> str:
        return validity_label(self.value)


NOT_ASSESSED = "not_assessed"  # a complaint nobody judged yet (a filter and report bucket)
# English, as stored in tables; validity_label(value) gives the words in the interface language.
VALIDITY_LABELS = {
    Validity.VALID.value: QT_TRANSLATE_NOOP("Validity", "Valid"),
    Validity.PARTLY.value: QT_TRANSLATE_NOOP("Validity", "Partly valid"),
    Validity.NOT_VALID.value: QT_TRANSLATE_NOOP("Validity", "Not valid"),
    NOT_ASSESSED: QT_TRANSLATE_NOOP("Validity", "Not judged yet"),
}


def validity_label(value: str | None) -> str:
    """A validity value (or NOT_ASSESSED, or None) in the owner's words."""
    return translate("Validity", VALIDITY_LABELS.get(value or NOT_ASSESSED, "Not judged yet"))


VALIDITIES = tuple(v.value for v in Validity)


class Outcome(enum.StrEnum):
    """What became of a complaint, as the owner records it."""

    WON_BACK = "won_back"
    RESOLVED = "resolved"
    UNHAPPY = "unhappy"
    NO_RESPONSE = "no_response"
    LOST = "lost"

    @property
    def label(self) -> str:
        return translate("Outcome", _OUTCOME_LABELS[self])


_OUTCOME_LABELS = {
    Outcome.WON_BACK: QT_TRANSLATE_NOOP("Outcome", "Won back"),
    Outcome.RESOLVED: QT_TRANSLATE_NOOP("Outcome", "Resolved"),
    Outcome.UNHAPPY: QT_TRANSLATE_NOOP("Outcome", "Still unhappy"),
    Outcome.NO_RESPONSE: QT_TRANSLATE_NOOP("Outcome", "No response"),
    Outcome.LOST: QT_TRANSLATE_NOOP("Outcome", "Lost"),
}
