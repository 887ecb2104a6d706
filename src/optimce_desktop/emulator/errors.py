"""The CRM's error answers: an HTTP status, an ``error_code`` and a localised message."""

from __future__ import annotations

from dataclasses import dataclass, field

from optimce_desktop.emulator.messages import render


@dataclass
class ApiError(Exception):
    status: int
    code: int
    message_key: str
    params: dict[str, object] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__(f"{self.status}/{self.code} {self.message_key}")

    def body(self, language: str) -> dict[str, object]:
        return {"data": render(self.message_key, language, **self.params), "error_code": self.code}


def unexpected() -> ApiError:
    return ApiError(500, 1, "exception")


def unauthenticated() -> ApiError:
    return ApiError(400, 6, "unauthenticated")


def no_active_community() -> ApiError:
    return ApiError(400, 5, "authorization_missing")


def no_role_in_community() -> ApiError:
    return ApiError(401, 5, "authorization_missing")


def role_too_low() -> ApiError:
    return ApiError(403, 4, "unauthorized")


def meter_not_found_on_read() -> ApiError:
    return ApiError(400, 60007, "meter.not_found")


def meter_not_found_on_write() -> ApiError:
    return ApiError(400, 60004, "meter.not_found")


def write_failed() -> ApiError:
    return ApiError(400, 60005, "meter_data.database_update")


def meter_already_exists() -> ApiError:
    return ApiError(409, 60000, "meter.add_meter.already_exist")


def create_failed() -> ApiError:
    return ApiError(400, 60001, "meter.add_meter.database_add")


def invalid_nested_object() -> ApiError:
    """A failure inside ``address`` or ``initial_data``: the real server names no field."""
    return ApiError(422, 1, "exception")


def period_conflict() -> ApiError:
    return ApiError(400, 60006, "meter_data.conflict")


def period_to_delete_not_found() -> ApiError:
    return ApiError(400, 60009, "meter_data.delete_not_found")


def member_not_found() -> ApiError:
    return ApiError(400, 50003, "member.not_found")
