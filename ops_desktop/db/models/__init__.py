"""All tables. Each area has its own module; importing this package registers them all on
`Base.metadata` (Alembic's autogenerate and the drift test compare against it)."""

from ops_desktop.db.base import Base
from ops_desktop.db.models.office import DocumentText, Office, Setting
from ops_desktop.db.models.security import AuditEntry, ProjectCoordinator, User
from ops_desktop.db.models.projects import Edition, Project, ProjectGroup
from ops_desktop.db.models.people import Consent, Participation, Person, PersonFlag
from ops_desktop.db.models.instruments import Instrument
from ops_desktop.db.models import contracts as _contracts  # noqa: F401
from ops_desktop.db.models import activities as _activities  # noqa: F401
from ops_desktop.db.models import reporting as _reporting  # noqa: F401

__all__ = [
    "AuditEntry", "Base", "Consent", "DocumentText", "Edition", "Instrument", "Office",
    "Participation",
    "Person", "PersonFlag", "Project", "ProjectCoordinator", "ProjectGroup", "Setting", "User",
]
