"""An answer sent late: the emulator's answer held back, for the real server's timings and for the faults."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from starlette.types import ASGIApp, Message, Receive, Scope, Send


async def answer_late(app: ASGIApp, scope: Scope, receive: Receive, send: Send,
                      wait: Callable[[], float]) -> None:
    """Runs ``app`` on the request, then waits ``wait()`` seconds (asked once the app has answered; nothing
    when not positive) before sending its answer. What was answered before a failure is sent at once."""
    held: list[Message] = []

    async def hold(message: Message) -> None:
        held.append(message)

    try:
        await app(scope, receive, hold)
    except BaseException:
        for message in held:
            await send(message)
        raise
    seconds = wait()
    if seconds > 0:
        await asyncio.sleep(seconds)
    for message in held:
        await send(message)
