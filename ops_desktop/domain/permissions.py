"""What each role may do. The services check these on every call (deny by default); the GUI
only hides what is denied. One table here is the whole policy (docs/RELIABILITY.md R9).

Reach: a caseworker works on their own caseload (people assigned to them); a coordinator on
their caseload and the people and work of the projects assigned to them
(`project_coordinators`); PROJECT_ALL lifts the project limit (head of office, data-protection
officer, administrator — who has no case content anyway). `services/scope.py` applies it.

The audit trail: its entries (who did what, to which person) are for the head of office and
the data-protection officer; checking its chain (`audit verify`: numbers of entries, ids,
hashes, triggers, no content) is also the administrator's, who runs the office's database.

Anonymising a project cannot be undone: only the head of office and the data-protection
officer may, never a coordinator; the head may also run subject-access reports."""

from __future__ import annotations

from enum import StrEnum

from ops_desktop.domain.enums import Role


class Permission(StrEnum):
    PARTICIPANT_READ = "participant.read"          # caseworker: own caseload only
    PARTICIPANT_WRITE = "participant.write"
    PARTICIPANT_READ_ALL = "participant.read_all"  # beyond one's own caseload
    SENSITIVE_READ = "sensitive.read"              # special-category fields
    SENSITIVE_WRITE = "sensitive.write"
    PROJECT_READ = "project.read"
    PROJECT_ALL = "project.all"                    # every project, not only those one coordinates
    PROJECT_WRITE = "project.write"
    CONTRACT_READ = "contract.read"
    CONTRACT_WRITE = "contract.write"
    ACTIVITY_READ = "activity.read"
    ACTIVITY_WRITE = "activity.write"
    ATTENDANCE_WRITE = "attendance.write"
    CERTIFICATE_ISSUE = "certificate.issue"
    PRINT = "print"
    REPORT_READ = "report.read"
    EXPORT_PERSONAL = "export.personal"
    EXPORT_STATISTICAL = "export.statistical"
    IMPORT = "import"
    AUDIT_READ = "audit.read"                      # the entries: who did what to whom
    AUDIT_VERIFY = "audit.verify"                  # the chain check: counts, ids and hashes only
    SUBJECT_ACCESS = "subject_access"
    SETTINGS_WRITE = "settings.write"
    ACCOUNTS_MANAGE = "accounts.manage"
    BACKUP = "backup"
    RESTORE = "restore"
    CATALOGUE_WRITE = "catalogue.write"
    ANONYMISE = "anonymise"
    BREAK_GLASS = "break_glass"


P = Permission

_CASEWORK = {
    P.PARTICIPANT_READ, P.PARTICIPANT_WRITE, P.SENSITIVE_READ, P.SENSITIVE_WRITE,
    P.PROJECT_READ, P.CONTRACT_READ, P.CONTRACT_WRITE, P.ACTIVITY_READ, P.ATTENDANCE_WRITE,
    P.PRINT,
}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.CASEWORKER: frozenset(_CASEWORK),
    Role.COORDINATOR: frozenset(
        _CASEWORK | {
            P.PARTICIPANT_READ_ALL, P.PROJECT_WRITE, P.ACTIVITY_WRITE, P.CERTIFICATE_ISSUE,
            P.REPORT_READ, P.EXPORT_PERSONAL, P.EXPORT_STATISTICAL, P.IMPORT,
            P.CATALOGUE_WRITE,
        }
    ),
    Role.HEAD: frozenset(
        _CASEWORK | {
            P.PARTICIPANT_READ_ALL, P.PROJECT_WRITE, P.ACTIVITY_WRITE, P.CERTIFICATE_ISSUE,
            P.REPORT_READ, P.EXPORT_PERSONAL, P.EXPORT_STATISTICAL, P.IMPORT,
            P.CATALOGUE_WRITE, P.ANONYMISE, P.AUDIT_READ, P.AUDIT_VERIFY, P.SETTINGS_WRITE,
            P.PROJECT_ALL, P.SUBJECT_ACCESS,
        }
    ),
    Role.DPO: frozenset(
        {
            P.PARTICIPANT_READ, P.PARTICIPANT_READ_ALL, P.SENSITIVE_READ, P.PROJECT_READ,
            P.CONTRACT_READ, P.ACTIVITY_READ, P.REPORT_READ, P.AUDIT_READ, P.AUDIT_VERIFY,
            P.SUBJECT_ACCESS, P.PRINT, P.PROJECT_ALL, P.ANONYMISE,
        }
    ),
    Role.ADMIN: frozenset(
        {
            P.ACCOUNTS_MANAGE, P.BACKUP, P.RESTORE, P.SETTINGS_WRITE, P.PROJECT_READ,
            P.PROJECT_ALL, P.BREAK_GLASS, P.CATALOGUE_WRITE, P.AUDIT_VERIFY,
        }
    ),
}


def permissions_for(roles: frozenset[Role] | set[Role]) -> frozenset[Permission]:
    granted: set[Permission] = set()
    for role in roles:
        granted |= ROLE_PERMISSIONS.get(role, frozenset())
    return frozenset(granted)
