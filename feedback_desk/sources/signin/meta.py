"""Facebook pages and the Instagram professional accounts linked to them, by Facebook
Login for Devices (see the package docstring for why not a browser redirect)."""

from __future__ import annotations

import time
from datetime import timedelta
from typing import Any

import requests

from ...core.clock import Clock
from ...core.errors import (
    Cancelled,
    Offline,
)
from ...core.model import Platform
from ...core.redaction import remember_secret
from ...core.texts import QT_TRANSLATE_NOOP, translate
from ...store.accounts import Account
from ..clients import AppRegistration
from ..graph import FACEBOOK_GRAPH, GRAPH_VERSION
from ..http import Slowdown, json_or_none, require_https
from .base import (
    DEFAULT_TIMEOUT,
    MAX_PAGES,
    Candidate,
    SignIn,
    SignInFailed,
    SignInPrompt,
    bounded_seconds,
    graph_error_words,
    objects_in,
    plain_text,
    rebased,
    same_host,
)
from .listener import stopped

GRAPH = FACEBOOK_GRAPH

# Meta permissions: (required, also asked for) per platform, and what each is for.
META_SCOPES = {
    Platform.FACEBOOK: (
        ("pages_show_list", "pages_read_engagement", "pages_read_user_content",
         "pages_manage_engagement"),
        ("pages_messaging", "business_management"),
    ),
    Platform.INSTAGRAM: (
        ("pages_show_list", "pages_read_engagement", "instagram_basic",
         "instagram_manage_comments"),
        ("instagram_manage_messages", "business_management"),
    ),
}  # fmt: skip
META_PERMISSION_WORDS = {
    "pages_show_list": QT_TRANSLATE_NOOP("SignIn", "see the pages you manage"),
    "pages_read_engagement": QT_TRANSLATE_NOOP("SignIn", "read your page's posts and comments"),
    "pages_read_user_content": QT_TRANSLATE_NOOP("SignIn", "read what people write on your page"),
    "pages_manage_engagement": QT_TRANSLATE_NOOP("SignIn", "answer comments on your page"),
    "instagram_basic": QT_TRANSLATE_NOOP("SignIn", "see your Instagram professional account"),
    "instagram_manage_comments": QT_TRANSLATE_NOOP("SignIn", "read and answer Instagram comments"),
}
PENDING, SLOW_DOWN, EXPIRED = 1349174, 1349172, 1349152
# A page role that lets its holder answer comments.
PAGE_TASKS = frozenset({"MODERATE", "MANAGE"})


class MetaSignIn(SignIn):
    """Facebook pages and linked Instagram accounts, by Facebook Login for Devices."""

    def __init__(
        self,
        platform: Platform,
        registration: AppRegistration,
        auth_base: str | None,
        api_base: str | None,
        clock: Clock,
        taken: set[str],
    ) -> None:
        super().__init__(platform, clock, taken)
        self._app_token = f"{registration.client_id}|{registration.secret}"
        remember_secret(registration.secret)
        self._auth_base = auth_base
        self._device_root = f"{auth_base or GRAPH}/{GRAPH_VERSION}"
        self._api_base = api_base
        self._graph_root = f"{api_base or GRAPH}/{GRAPH_VERSION}"
        self._required, extra = META_SCOPES[platform]
        self._scopes = (*self._required, *extra)
        self._code = ""
        self._interval = 5.0
        self._expires_in = DEFAULT_TIMEOUT
        self._user_token = ""

    def start(self) -> SignInPrompt:
        if self._stop.is_set():
            raise Cancelled(stopped())
        if self._code:
            raise SignInFailed(
                translate("SignIn", "This sign-in was already started; start a new one.")
            )
        with self._in_words():
            body = self._http.call(
                "POST",
                f"{self._device_root}/device/login",
                self._errors,
                data={"access_token": self._app_token, "scope": ",".join(self._scopes)},
                allow_redirects=False,
            )
        if not isinstance(body, dict):
            raise SignInFailed(
                translate(
                    "SignIn", "Facebook answered the sign-in in an unexpected shape. Try again."
                )
            )
        code, user_code = plain_text(body.get("code")), plain_text(body.get("user_code"))
        page = plain_text(body.get("verification_uri")) or "https://www.facebook.com/device"
        if not code or not user_code:
            raise SignInFailed(
                translate("SignIn", "Facebook did not give a sign-in code. Try again later.")
            )
        remember_secret(code)  # the polling code; the user code is for the owner's eyes
        self._code = code
        self._interval = bounded_seconds(body.get("interval"), 5.0, low=0.2, high=60.0)
        self._expires_in = bounded_seconds(body.get("expires_in"), 420.0, low=10.0, high=3600.0)
        if self._auth_base:
            page = rebased(page, self._auth_base)
        page = require_https(page, "Facebook's sign-in page")
        expires = self._clock() + timedelta(seconds=self._expires_in)
        return SignInPrompt(page, user_code, expires)

    def _wait(self, until: float) -> None:
        if not self._code:
            raise SignInFailed(translate("SignIn", "The sign-in was not started."))
        began = time.monotonic()
        code_ends = began + self._expires_in
        seconds = min(until, code_ends) - began
        while True:
            self._pause(min(self._interval, max(min(until, code_ends) - time.monotonic(), 0)))
            if time.monotonic() >= until:
                raise self._timed_out(seconds)
            if time.monotonic() >= code_ends:
                raise self._code_expired()
            try:
                response = self._http.request(
                    "POST",
                    f"{self._device_root}/device/login_status",
                    self._status_errors,
                    data={"access_token": self._app_token, "code": self._code},
                    allow_redirects=False,
                )
            except Offline:
                if self._stop.is_set():
                    raise
                continue  # a hiccup while polling: ask again at the next turn
            body = json_or_none(response)
            if response.status_code == 200 and isinstance(body, dict):
                token = plain_text(body.get("access_token"))
                if token:
                    remember_secret(token)
                    self._user_token = token
                    break
            error = body.get("error") if isinstance(body, dict) else None
            subcode = error.get("error_subcode") if isinstance(error, dict) else None
            if subcode == PENDING:
                continue
            if subcode == SLOW_DOWN:
                self._interval = min(self._interval * 2, 60.0)
                continue
            if subcode == EXPIRED:
                raise self._code_expired()
            raise _refused(body, response)
        self._http.session.headers["Authorization"] = f"Bearer {self._user_token}"
        self._check_permissions()

    def _pause(self, seconds: float) -> None:
        if self._stop.wait(max(seconds, 0.0)):
            raise Cancelled(stopped())

    def _code_expired(self) -> SignInFailed:
        return SignInFailed(
            translate(
                "SignIn",
                "The Facebook sign-in code expired before it was entered, so nothing was "
                "stored. Start again for a new code.",
            )
        )

    def _check_permissions(self) -> None:
        body = self._get(f"{self._graph_root}/me/permissions", self._errors)
        granted = {
            plain_text(item.get("permission"))
            for item in objects_in(body.get("data"))
            if item.get("status") == "granted"
        }
        missing = [p for p in self._required if p not in granted]
        if missing:
            first = missing[0]
            raise SignInFailed(
                translate(
                    "SignIn",
                    "You did not give Feedback Desk permission to {what} ({permission}); sign "
                    "in again and allow it. Nothing was stored.",
                ).format(what=translate("SignIn", META_PERMISSION_WORDS[first]), permission=first)
            )

    def _status_errors(self, response: requests.Response) -> Slowdown | None:
        return None  # read by the polling loop itself

    def _errors(self, response: requests.Response) -> Slowdown | None:
        status = response.status_code
        if status < 400 or status >= 500:
            return None
        body = json_or_none(response)
        error = body.get("error") if isinstance(body, dict) else None
        if isinstance(error, dict) and error.get("code") in (4, 17, 32, 613):
            return Slowdown(60.0, "Facebook: too many requests")
        if isinstance(error, dict) and error.get("code") == 190:
            raise SignInFailed(
                translate(
                    "SignIn",
                    "Facebook did not accept this copy's sign-in registration or the sign-in "
                    "({reason}). Check 'Use my own app' in Settings.",
                ).format(reason=graph_error_words(body, response))
            )
        raise _refused(body, response)

    def _list(self) -> list[Candidate]:
        found: list[Candidate] = []
        url: str | None = f"{self._graph_root}/me/accounts"
        params: dict[str, Any] | None = {
            "fields": "id,name,access_token,tasks,instagram_business_account{id,username}",
            "limit": 100,
        }
        for _ in range(MAX_PAGES):
            if url is None:
                break
            body = self._http.call("GET", url, self._errors, params=params)
            if not isinstance(body, dict):
                break
            for page in objects_in(body.get("data")):
                found.extend(self._from_page(page))
            paging = body.get("paging")
            following = plain_text(paging.get("next")) if isinstance(paging, dict) else None
            url, params = None, None
            if following and same_host(following, self._graph_root):
                url = following
        return found

    def _from_page(self, page: dict[str, Any]) -> list[Candidate]:
        page_id, name = plain_text(page.get("id")), plain_text(page.get("name"))
        token = plain_text(page.get("access_token"))
        if not page_id or not token:
            return []
        remember_secret(token)
        tasks = page.get("tasks")
        if isinstance(tasks, list) and not PAGE_TASKS & {str(t) for t in tasks}:
            return []  # a role that cannot answer comments
        name = name or page_id
        base = {} if self._api_base is None else {"api_base": self._api_base}
        if self.platform is Platform.FACEBOOK:
            detail = translate("SignIn", "Facebook page {name}").format(name=name)
            candidate = Candidate(Platform.FACEBOOK, page_id, name, detail, name)
            return [self._offer(candidate, {"page_id": page_id, **base}, {"token": token})]
        linked = page.get("instagram_business_account")
        if not isinstance(linked, dict) or not plain_text(linked.get("id")):
            return []
        ig_id = str(linked["id"])
        username = plain_text(linked.get("username")) or ig_id
        candidate = Candidate(
            Platform.INSTAGRAM,
            ig_id,
            f"@{username}",
            translate("SignIn", "Instagram @{username}, linked to the page {name}").format(
                username=username, name=name
            ),
            f"@{username}",
        )
        settings = {"ig_user_id": ig_id, "page_id": page_id, "api_base": self._api_base or GRAPH}
        return [self._offer(candidate, settings, {"token": token})]

    def _same(self, account: Account, candidate: Candidate) -> bool:
        key = "page_id" if self.platform is Platform.FACEBOOK else "ig_user_id"
        return account.settings.get(key) == candidate.ident

    def _nothing_to_connect(self) -> str:
        if self.platform is Platform.FACEBOOK:
            return translate(
                "SignIn",
                "Signed in, but that Facebook profile manages no page it may answer comments "
                "on. Ask the page's admin for a role that can moderate comments.",
            )
        return translate(
            "SignIn",
            "Signed in, but none of your Facebook pages is linked to an Instagram "
            "professional account. Link it in the page's settings, then connect again.",
        )


def _refused(body: Any, response: requests.Response) -> SignInFailed:
    return SignInFailed(
        translate("SignIn", "Facebook refused the sign-in: {reason}").format(
            reason=graph_error_words(body, response)
        )
    )

    def _close(self) -> None:
        pass
