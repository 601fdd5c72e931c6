"""Wire models of the online calls (docs/protocol.md "Accounts", "Notifications",
"Instruction", "Complements"): the kiosk client (kiosk/sync/online.py) and the central
service share them, and the service's OpenAPI document is generated from them.

Every field is bounded (lengths, patterns, enumerations): bad input is a 422 with the
field at fault, never a surprise further in. Free text refuses control characters but
the line break, so it can be stored and mailed as it is.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from kiosk.protocol.models import UUID_PATTERN

FOREIGNER_NUMBER_PATTERN = r"^[0-9]{9,10}$"  # numéro étranger (AGDREF), PROCEDURE.md A3
DOCUMENT_NUMBER_PATTERN = r"^[A-Z0-9]{5,20}$"  # visa or residence-permit number, capitals, no spaces
EMAIL_PATTERN = r"^[A-Za-z0-9._%+'-]{1,64}@[A-Za-z0-9-]{1,63}(\.[A-Za-z0-9-]{1,63})+$"
CODE_PATTERN = r"^[0-9]{8}$"  # the one-time code mailed at account creation
TEXT_PATTERN = r"^[^\x00-\x09\x0b-\x1f\x7f]*$"  # no control characters but "\n"
PASSWORD_MIN, PASSWORD_MAX = 10, 128
REASON_MAX = 1000

# PROCEDURE.md §4, in its order (a test keeps this list and the procedure definition in step).
RequirementCode = Literal[
    "passport", "proof_of_address", "other_state_residence_card", "other_state_residence_proofs",
    "marriage_certificate", "pacs_certificate", "cohabitation_proof", "host_identity_document",
    "dependency_proof", "ascendant_link_proof", "descendant_birth_certificate", "host_right_of_stay_5y",
    "continuity_of_stay_5y", "host_residence_in_france", "host_no_absence_statement",
    "host_enrollment_certificate", "financial_support_proof", "host_employment_proof",
    "host_self_employment_proof", "host_involuntary_inactivity_proof", "host_health_insurance",
    "host_resources",
]
# PROCEDURE.md §5
InstructionState = Literal["deposited", "under_review", "complement_requested", "accepted", "refused",
                           "closed_without_action"]
Decision = Literal["accepted", "refused", "closed_without_action"]
NotificationKind = Literal["under_review", "complement_requested", "complement_received", "accepted",
                           "refused", "closed_without_action"]

ForeignerNumber = Annotated[str, Field(pattern=FOREIGNER_NUMBER_PATTERN,
                                       description="numéro étranger, 9 or 10 digits")]
Password = Annotated[str, Field(min_length=PASSWORD_MIN, max_length=PASSWORD_MAX,
                                pattern=r"^[^\x00-\x1f\x7f]*$")]


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class OnlineError(_Body):
    """The error body of the online calls: `code` is stable (the kiosk acts on it). Refusals
    that come before the call's own checks (device signature, unparsable body) have none."""

    detail: str
    code: str | None = None
    locked_until: AwareDatetime | None = None  # with code "account_locked"
    state: InstructionState | None = None  # with code "illegal_transition": where the dossier is


# -- accounts (seed A3/A4) ----------------------------------------------------------------
class CreateAccountRequest(_Body):
    foreigner_number: ForeignerNumber
    document_kind: Literal["visa", "residence_permit"]
    document_number: str = Field(pattern=DOCUMENT_NUMBER_PATTERN)
    email: str = Field(max_length=254, pattern=EMAIL_PATTERN)


class AccountCreated(_Body):
    state: Literal["pending"] = "pending"
    code_expires_at: AwareDatetime  # the mailed code works until then


class ActivateAccountRequest(_Body):
    foreigner_number: ForeignerNumber
    code: str = Field(pattern=CODE_PATTERN)
    password: Password


class AccountStatus(_Body):
    state: Literal["pending", "active"]


class LoginRequest(_Body):
    foreigner_number: ForeignerNumber
    password: str = Field(min_length=1, max_length=PASSWORD_MAX, pattern=r"^[^\x00-\x1f\x7f]*$")


class LoginResponse(_Body):
    """An opaque session token for `Authorization: Bearer`, on this kiosk only, until `expires_at`."""

    session_token: str
    expires_at: AwareDatetime


# -- notifications (seed I1/I2) -----------------------------------------------------------
class Notification(_Body):
    id: str
    dossier_id: str
    deposit_number: str | None
    kind: NotificationKind
    title: str  # French, short: the list's line
    message: str  # French: what happened and what to do
    requirements: list[RequirementCode] = Field(default_factory=list)  # complement_requested
    reason: str | None = None  # the agent's words (complement request, refusal, closing)
    created_at: AwareDatetime
    read: bool
    attestation_available: bool = False  # accepted: GET .../dossiers/{dossier_id}/attestation


class NotificationList(_Body):
    notifications: list[Notification]  # newest first


# -- instruction (agents, PROCEDURE.md §5) ------------------------------------------------
class ComplementRequestBody(_Body):
    requirements: list[RequirementCode] = Field(min_length=1, max_length=22)
    reason: str = Field(min_length=1, max_length=REASON_MAX, pattern=TEXT_PATTERN)


class DecisionBody(_Body):
    decision: Decision
    reason: str | None = Field(default=None, min_length=1, max_length=REASON_MAX, pattern=TEXT_PATTERN)


class ComplementInfo(_Body):
    id: str
    requirements: list[RequirementCode]
    reason: str
    requested_at: AwareDatetime
    answer_dossier_id: str | None = None  # the complement dossier, once received
    answered_at: AwareDatetime | None = None


class InstructionDossier(_Body):
    dossier_id: str = Field(pattern=UUID_PATTERN)
    deposit_number: str | None
    state: InstructionState
    updated_at: AwareDatetime
    decided_at: AwareDatetime | None = None
    applicant_linked: bool  # the answers named a foreigner number: the applicant is told
    complements: list[ComplementInfo] = Field(default_factory=list)  # oldest first
    # Checks the kiosk made on documents, by requirement code: e.g. {"proof_of_address":
    # "2D-Doc vérifié"}. Read from the sealed answers: in the detail view only (GET one dossier).
    document_checks: dict[RequirementCode, str] = Field(default_factory=dict)
