"""A project summary as JSON (documented in README.md, "Summary JSON").

People are integers; money and hours are strings with two decimals and a dot ("1234.50"),
so no reader ever rounds a grosz through a float. Sections the database has no data for yet
(contracts, instruments, activities) are null."""

from __future__ import annotations

import json

from ops_desktop.domain.money import format_plain
from ops_desktop.domain.summary import SexCount, Summary

FORMAT = "ops-desktop/summary"
VERSION = 1


def _people(count: SexCount) -> dict[str, int]:
    return {"unique": count.total, "women": count.women, "men": count.men}


def summary_dict(summary: Summary) -> dict:
    participants: dict[str, object] = _people(summary.participants)
    for breakdown in summary.breakdowns:
        if breakdown.key == "groups":
            participants["groups"] = [
                {"id": None if row.key.value == "unknown" else int(row.key.value),
                 "name": row.label, **_people(row.count)}
                for row in breakdown.rows
            ]
        elif breakdown.key == "target_groups":
            flags: dict[str, dict[str, dict[str, int]]] = {}
            for row in breakdown.rows:
                flag, _, answer = row.key.value.partition("=")
                flags.setdefault(flag, {})[answer] = _people(row.count)
            participants["target_groups"] = flags
        elif breakdown.key == "youth":
            participants["youth_15_25"] = _people(breakdown.rows[0].count)
        else:
            name = {"age": "age_at_entry", "labour": "labour_status",
                    "exit": "exit_situation"}.get(breakdown.key, breakdown.key)
            participants[name] = {row.key.value: _people(row.count) for row in breakdown.rows}
    result: dict[str, object] = {
        "format": FORMAT,
        "version": VERSION,
        "project": {"id": summary.project_id, "title": summary.project_title},
        "year": summary.year,
        "period": {"from": summary.period_from.isoformat(), "to": summary.period_to.isoformat()},
        "generated_on": summary.generated_on.isoformat(),
        "participants": participants,
        "surroundings": _people(summary.surroundings),
        "by_year": {
            str(row.year): {**_people(row.participants),
                            "surroundings": _people(row.surroundings)}
            for row in summary.by_year
        },
        "contracts": None,
        "instruments": None,
        "activities": None,
        "benefits": {"total": format_plain(summary.money.benefits_total),
                     "own_contribution": format_plain(summary.money.benefits_own)},
        "budget": {"total": format_plain(summary.money.budget_total),
                   "eu": format_plain(summary.money.budget_eu),
                   "own": format_plain(summary.money.budget_own)},
    }
    if summary.contracts is not None:
        c = summary.contracts
        result["contracts"] = {
            "signed": c.signed, "amended": c.amended,
            "closed": {item.key: item.count for item in c.closed_by_outcome},
            "terminated": c.terminated,
        }
    if summary.instruments is not None:
        i = summary.instruments
        result["instruments"] = {
            "minimum": i.minimum,
            "people_with_minimum": _people(i.people_with_minimum),
            "by_category": {row.category.value: {"uses": row.uses, **_people(row.people)}
                            for row in i.rows},
        }
    if summary.activities is not None:
        a = summary.activities
        result["activities"] = {
            "hours_attended": format_plain(a.hours_x100),
            "certificates": {"completion": a.certificates_completion,
                             "participation": a.certificates_participation},
        }
    return result


def render_summary_json(summary: Summary) -> bytes:
    return (json.dumps(summary_dict(summary), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
