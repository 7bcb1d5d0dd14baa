"""What every request goes through: a body size limit, no NUL characters in the URL, a time
limit, security headers on every response (a Content-Security-Policy that allows only this
server's own files), and a one-line JSON error for a failure, never a bare 500."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024
DEFAULT_TIMEOUT_S = 90.0

log = logging.getLogger("sourcetrace.web")

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


class Guards:
    """ASGI middleware; the body is read whole (up to the limit) before the app sees it.

    It sits inside Starlette's outermost error handler, so it answers the app's unhandled
    exceptions itself: the handler's 500 would carry none of the headers."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        timeout_s: float = DEFAULT_TIMEOUT_S,
    ) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.timeout_s = timeout_s

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send = _with_headers(send, CSP)
        if "\x00" in scope["path"] or b"%00" in scope.get("query_string", b""):
            await _error(send, 400, "NUL characters are not allowed in URLs")
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body_bytes):
            await self._too_large(send)
            return
        body = bytearray()
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":  # the client went away
                return
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > self.max_body_bytes:
                await self._too_large(send)
                return
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": bytes(body), "more_body": False}

        await self._answer(scope, replay, send)

    async def _answer(self, scope: Scope, receive: Receive, send: Send) -> None:
        """The app's response, or a one-line 504 when it has not started one within the time
        limit (a worker thread cannot be stopped: what it sends afterwards is dropped), or a
        one-line 500 when it failed before starting one."""
        started = late = False

        async def tracked(message: Message) -> None:
            nonlocal started
            if late:
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        task = asyncio.ensure_future(self.app(scope, receive, tracked))
        done, _ = await asyncio.wait({task}, timeout=self.timeout_s)
        if not done:
            late = True
            task.add_done_callback(_log_failure)
            task.cancel()
            if not started:
                await _error(send, 504, f"the request took longer than {self.timeout_s:g} s")
            return
        try:
            task.result()
        except Exception as e:
            if started:
                raise
            log.exception("%s %s failed", scope["method"], scope["path"])
            where = f"{scope['method']} {scope['path'][:200]}"
            await _error(send, 500, f"{where} failed: {_one_line(e)}")

    async def _too_large(self, send: Send) -> None:
        await _error(
            send, 413, f"request body is larger than the limit of {self.max_body_bytes:,} bytes"
        )


def _with_headers(send: Send, csp: str) -> Send:
    extra = [
        (b"content-security-policy", csp.encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"referrer-policy", b"no-referrer"),
    ]

    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", []))
            named = {name.lower() for name, _ in headers}  # a page's own policy stands
            message["headers"] = headers + [h for h in extra if h[0] not in named]
        await send(message)

    return wrapped


def _one_line(e: BaseException) -> str:
    first = str(e).strip().splitlines()[0] if str(e).strip() else ""
    return f"{type(e).__name__}: {first[:300]}" if first else type(e).__name__


def _log_failure(task: asyncio.Future[None]) -> None:
    """A timed-out request's late failure, logged rather than left unretrieved."""
    error = None if task.cancelled() else task.exception()
    if error is not None:
        log.error("a timed-out request failed later: %s", _one_line(error))


async def _error(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
