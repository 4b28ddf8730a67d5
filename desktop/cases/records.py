"""The records the services take and return, for the layers above (ui never sees db/)."""

from db.records import (  # noqa: F401
    AuditEntry,
    Case,
    CaseGroup,
    CaseParty,
    CaseRow,
    Charge,
    DetentionPlace,
    DocumentInfo,
    Event,
    Notification,
    Person,
    PersonName,
    PersonRow,
    Stats,
)
from db.cases import CaseFilter  # noqa: F401,E402

__all__ = ["AuditEntry", "Case", "CaseFilter", "CaseGroup", "CaseParty", "DetentionPlace", "Notification", "CaseRow", "Charge", "DocumentInfo", "Event", "Person", "PersonName", "PersonRow", "Stats"]
