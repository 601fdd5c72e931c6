"""The codes of PROCEDURE.md §3 and §4, in the contract's order, as the tests expect them."""

BLOCKER_ORDER = [
    "procedure_reserved",
    "address_change_first",
    "student_host_excludes_ascendant",
    "student_host_requires_dependent_descendant",
    "french_host_requires_spouse",
    "french_spouse_other_state_required",
    "host_identity_unconfirmed",
]
WARNING_ORDER = ["deposit_too_early", "deposit_late", "permit_expired"]
DOCUMENT_ORDER = [
    "passport",
    "proof_of_address",
    "other_state_residence_card",
    "other_state_residence_proofs",
    "marriage_certificate",
    "pacs_certificate",
    "cohabitation_proof",
    "host_identity_document",
    "dependency_proof",
    "ascendant_link_proof",
    "descendant_birth_certificate",
    "host_right_of_stay_5y",
    "continuity_of_stay_5y",
    "host_residence_in_france",
    "host_no_absence_statement",
    "host_enrollment_certificate",
    "financial_support_proof",
    "host_employment_proof",
    "host_self_employment_proof",
    "host_involuntary_inactivity_proof",
    "host_health_insurance",
    "host_resources",
]
