"""Import every rule family so that the registry holds them all."""

from rapport.core.diagnosis import (  # noqa: F401
    audience_rules,
    evidence_rules,
    network_rules,
    outcome_rules,
    plan_rules,
)
