"""A server's texts are cut where the client reads them: a 2.8 MB message reaches no banner, no log whole."""

from __future__ import annotations

import pytest

from optimce_desktop.crm.errors import SERVER_TEXT_LIMIT, CrmError, ProtocolError, ServerError
from optimce_desktop.services.problems import problem_from

HUGE = "Erreur de la base de données: " + "détail " * 400_000  # about 2.8 MB


def _error_of_patch(crm_client) -> CrmError:
    with pytest.raises(CrmError) as caught:
        crm_client.update_meter_data({"EAN": "1", "start_date": "2026-12-06", "status": 1, "rate": 1,
                                      "client_type": 1})
    return caught.value


def test_a_huge_message_in_the_crms_envelope_is_cut(emulator, crm_client):
    emulator.faults.add(method="PATCH", path="/meters/data", status=500, body={"data": HUGE, "error_code": 1})
    error = _error_of_patch(crm_client)
    assert isinstance(error, ServerError) and error.error_code == 1
    assert len(error.server_message) == SERVER_TEXT_LIMIT and error.server_message.endswith("…")
    assert error.server_message.startswith("Erreur de la base de données: détail détail")
    assert len(str(error)) < 2 * SERVER_TEXT_LIMIT
    message = problem_from(error).message
    assert message.startswith("The CRM failed to process the request. The CRM says: “Erreur de la base")
    assert len(message) < 2 * SERVER_TEXT_LIMIT


@pytest.mark.parametrize("html", [True, False])
def test_a_huge_page_or_text_from_a_proxy_is_cut(emulator, crm_client, html):
    emulator.faults.add(method="PATCH", path="/meters/data", status=502, html=html,
                        body=f"<html><body>{HUGE}</body></html>" if html else HUGE)
    error = _error_of_patch(crm_client)
    assert isinstance(error, ServerError) and error.envelope_missing
    assert len(error.detail) <= SERVER_TEXT_LIMIT and len(str(error)) < 2 * SERVER_TEXT_LIMIT
    assert "Erreur de la base de données" in error.detail


def test_a_huge_error_code_is_cut(emulator, crm_client):
    emulator.faults.add(method="PATCH", path="/meters/data", status=500,
                        body={"data": "x", "error_code": "9" * 1_000_000})
    error = _error_of_patch(crm_client)
    assert isinstance(error, ProtocolError) and len(error.detail) == SERVER_TEXT_LIMIT
