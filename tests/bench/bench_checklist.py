"""Checklist throughput: 10,000 random well-formed answer sets through the engine.

Run: .venv/bin/python tests/bench/bench_checklist.py [N]
Prints the total for the engine in-process and for the CLI on one JSON array file
(one process, as scripts use it), median of 5 runs each.
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from kiosk.procedure.checklist import run_checklist

DEPOSIT = date(2026, 11, 26)


def random_answers(rng: random.Random) -> dict:
    host_kind = rng.choice(["eu_with_permit", "eu_without_permit", "french"])
    relation = rng.choice(["spouse_or_partner", "descendant", "ascendant", "dependant"])
    status = rng.choice(["married", "pacs", "cohabiting", "divorced", "separated", "widowed", "single"])
    more_than_5 = rng.random() < 0.5
    def day(first_year: int, last_year: int) -> str:
        return f"{rng.randint(first_year, last_year)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"

    answers: dict = {
        "current_permit": {"category": rng.choice(["eu_family_member"] * 9 + ["other"]),
                           "expiry": day(2026, 2027)},
        "identity": {"birth_date": day(1950, 2008)},
        "contact": {"address_changed": rng.random() < 0.1},
        "stay": {"more_than_5_years": more_than_5},
        "host": {"activity": rng.choice(["student", "employee", "self_employed",
                                         "involuntary_inactivity", "retired_or_inactive"]),
                 "kind": host_kind},
        "relation": {"kind": relation},
        "family": {"status": status},
    }
    if host_kind == "eu_with_permit":
        permit = rng.choice(["permanent", "eu_citizen", "other"])
        answers["host"].update(permit_type=permit, identity_confirmed=rng.random() < 0.9)
        if permit == "eu_citizen":
            answers["host"]["permit_valid_from"] = f"{rng.randint(2020, 2026)}-{rng.randint(1, 12):02d}-15"
    if relation == "descendant":
        answers["relation"]["dependent"] = rng.random() < 0.7
    if host_kind == "french" and status == "married" and not more_than_5:
        stayed = rng.random() < 0.7
        answers["other_state"] = {"stayed": stayed}
        if stayed:
            answers["other_state"].update({"from": "2018-01-31", "to": f"2018-{rng.randint(2, 12):02d}-28",
                                           "has_residence_card": rng.random() < 0.5})
    return answers


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    rng = random.Random(2026)
    cases = [random_answers(rng) for _ in range(count)]
    engine_runs = []
    for _ in range(5):
        started = time.perf_counter()
        for case in cases:
            run_checklist(case, DEPOSIT)
        engine_runs.append(time.perf_counter() - started)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "answers.json"
        path.write_text(json.dumps(cases))
        cli_runs = []
        for _ in range(5):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-m", "kiosk", "procedure", "checklist", str(path),
                            "--date", DEPOSIT.isoformat()], check=True, capture_output=True)
            cli_runs.append(time.perf_counter() - started)
    print(f"checklist, {count} answer sets, engine in-process: median {statistics.median(engine_runs):.3f} s "
          f"(min {min(engine_runs):.3f}, max {max(engine_runs):.3f}); "
          f"{1e6 * statistics.median(engine_runs) / count:.0f} µs per set")
    print(f"checklist, {count} answer sets, CLI one process incl. start-up: "
          f"median {statistics.median(cli_runs):.3f} s (min {min(cli_runs):.3f}, max {max(cli_runs):.3f})")


if __name__ == "__main__":
    main()
