"""Dictionaries of the domain. Values are stable codes stored in the database; the Polish
labels the managing authority's lists use (SL2014 / 2021–2027) live in `domain/labels.py`
and on screen through `ui/common/labels.py`."""

from __future__ import annotations

from enum import Enum, StrEnum


def text_in(table: dict[type[Enum], dict[Enum, str]], value: Enum) -> str | None:
    """`value`'s text in a table keyed by enum class first, looked up in its own class's part
    only: members of two StrEnums with the same value are equal, so one flat dict would mix
    them (the screen's labels, the contract's texts on screen and on paper)."""
    return table.get(type(value), {}).get(value)


class Sex(StrEnum):
    FEMALE = "K"
    MALE = "M"


class TriState(StrEnum):
    """Answer to a sensitive question: special-category data may be refused."""

    YES = "yes"
    NO = "no"
    REFUSED = "refused"


class Education(StrEnum):
    """ISCED levels as the monitoring lists group them. `POST_SECONDARY` (ISCED 4, the
    "pomaturalne" of PEFS 2007) is kept apart for the 2007–2013 list; SL2014 and 2021–2027
    write it together with ISCED 3. Data stored as `UPPER_SECONDARY` stays ISCED 3 or 4."""

    BELOW_PRIMARY = "isced0"
    PRIMARY = "isced1"
    LOWER_SECONDARY = "isced2"
    UPPER_SECONDARY = "isced3_4"
    POST_SECONDARY = "isced4"
    TERTIARY = "isced5_8"


class LabourStatus(StrEnum):
    UNEMPLOYED_REGISTERED = "unemployed_registered"
    UNEMPLOYED_UNREGISTERED = "unemployed_unregistered"
    INACTIVE = "inactive"
    EMPLOYED = "employed"


class LabourSubstatus(StrEnum):
    """The "w tym" of the labour-market status beyond long-term unemployment (PEFS 2007):
    a learner among the inactive, the kind of employer among the employed."""

    IN_EDUCATION = "learning"      # not "in_education": that is an ExitSituation code
    FARMER = "farmer"
    SELF_EMPLOYED = "self_employed"
    MICRO_ENTERPRISE = "micro_enterprise"
    SMALL_ENTERPRISE = "small_enterprise"
    MEDIUM_ENTERPRISE = "medium_enterprise"
    LARGE_ENTERPRISE = "large_enterprise"
    PUBLIC_ADMINISTRATION = "public_administration"
    NGO = "ngo"


class AreaType(StrEnum):
    """Area of residence as GUS divides it (urban: inside a town's limits; rural: the rest)."""

    URBAN = "urban"
    RURAL = "rural"


class GroupKind(StrEnum):
    VOCATIONAL_MODULE = "vocational_module"
    SUPPORT_GROUP = "support_group"
    PAL_DISTRICT = "pal_district"
    KIS_EDITION = "kis_edition"
    SOCIALISATION_GROUP = "socialisation_group"
    INDIVIDUAL_PATH = "individual_path"
    OTHER = "other"


class ParticipationRole(StrEnum):
    PARTICIPANT = "participant"
    SURROUNDINGS = "surroundings"


class RecruitmentStatus(StrEnum):
    """applied → qualified / reserve / rejected → participant → completed / dropped out."""

    APPLIED = "applied"
    QUALIFIED = "qualified"
    RESERVE = "reserve"
    REJECTED = "rejected"
    PARTICIPANT = "participant"
    COMPLETED = "completed"
    DROPPED_OUT = "dropped_out"


# Which status may follow which; anything else is refused by the services.
RECRUITMENT_TRANSITIONS: dict[RecruitmentStatus, frozenset[RecruitmentStatus]] = {
    RecruitmentStatus.APPLIED: frozenset(
        {RecruitmentStatus.QUALIFIED, RecruitmentStatus.RESERVE, RecruitmentStatus.REJECTED}
    ),
    RecruitmentStatus.RESERVE: frozenset({RecruitmentStatus.QUALIFIED, RecruitmentStatus.REJECTED}),
    RecruitmentStatus.QUALIFIED: frozenset({RecruitmentStatus.PARTICIPANT,
                                            RecruitmentStatus.REJECTED}),
    RecruitmentStatus.PARTICIPANT: frozenset(
        {RecruitmentStatus.COMPLETED, RecruitmentStatus.DROPPED_OUT}
    ),
    RecruitmentStatus.REJECTED: frozenset(),
    RecruitmentStatus.COMPLETED: frozenset(),
    RecruitmentStatus.DROPPED_OUT: frozenset(),
}


class SensitiveFlag(StrEnum):
    """Special-category questions, each answered Yes / No / Refused."""

    DISABILITY = "disability"
    MINORITY_MIGRANT = "minority_migrant"
    HOMELESSNESS = "homelessness"
    ADDICTION = "addiction"
    DOMESTIC_VIOLENCE = "domestic_violence"
    LEAVING_CARE_OR_PRISON = "leaving_care_or_prison"
    OTHER_DISADVANTAGE = "other_disadvantage"


class DisabilityDegree(StrEnum):
    LIGHT = "light"
    MODERATE = "moderate"
    SEVERE = "severe"


class ConsentType(StrEnum):
    DATA_PROCESSING = "data_processing"
    SPECIAL_CATEGORY = "special_category"
    IMAGE = "image"


class ExitSituation(StrEnum):
    EMPLOYED = "employed"
    SEEKING_WORK = "seeking_work"
    IN_EDUCATION = "in_education"
    INACTIVE = "inactive"
    OTHER = "other"


class EndReason(StrEnum):
    COMPLETED_PATH = "completed_path"
    DROPPED_OUT = "dropped_out"
    FOUND_JOB = "found_job"
    OTHER = "other"


class Role(StrEnum):
    CASEWORKER = "caseworker"
    COORDINATOR = "coordinator"
    HEAD = "head"
    DPO = "dpo"
    ADMIN = "admin"


class InstrumentCategory(StrEnum):
    """The four categories of instruments of active integration."""

    EDUCATIONAL = "educational"
    HEALTH = "health"
    VOCATIONAL = "vocational"
    SOCIAL = "social"
