#!/usr/bin/env python3
"""One valid report as large as gsz reads: lectures of 13 lines each, up to 16 MiB.

usage: Benchmarks/lectures.py OUT [--bytes 16777216]

The input of docs/robustness.md's "Bounded work" row "valid lectures, one per 13 lines": every
service is a lecture with its feedback, provider and hours, so each is judged on every indicator
it has and every format writes a full row for it. Deterministic: the same size gives the same file.
"""
import argparse

HEADER = """\
# yaml-language-server: $schema=../Schema/report.schema.json
report:
  ngo:
    name: ОФ «Болашақ»
    bin: "180540012343"
  project: Лекции для волонтёров
  contract: ГСЗ-2026/014
  period: {from: 2026-01-01, to: 2026-12-31}

services:
"""

TOPICS = ["Основы управления НКО", "Финансовая грамотность", "Права человека", "Волонтёрство", "Медиаграмотность"]


def lecture(number):
    """One lecture of 13 lines; satisfaction moves through every level as `number` grows."""
    respondents = 20 + number % 60
    satisfied = respondents * (40 + number % 61) // 100
    month, day = 1 + number % 12, 1 + number % 28
    return (f"  - id: L{number}\n"
            "    kind: training\n"
            "    form: lecture\n"
            f"    title: \"{TOPICS[number % len(TOPICS)]}: лекция № {number}\"\n"
            f"    date: 2026-{month:02d}-{day:02d}\n"
            f"    hours: {1 + number % 4}\n"
            f"    participants: {respondents + number % 7}\n"
            "    provider:\n"
            f"      name: Лектор курса {number % 97}\n"
            f"      experience_years: {1 + number % 9}\n"
            "    feedback:\n"
            f"      respondents: {respondents}\n"
            f"      satisfied: {satisfied}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--bytes", type=int, default=16 * 1024 * 1024, help="the most the file may hold")
    arguments = parser.parse_args()
    parts, size, number = [HEADER], len(HEADER.encode()), 1
    while True:
        part = lecture(number)
        if size + len(part.encode()) > arguments.bytes:
            break
        parts.append(part)
        size += len(part.encode())
        number += 1
    with open(arguments.out, "w", encoding="utf-8") as out:
        out.write("".join(parts))
    print(f"{arguments.out}: {number - 1} lectures, {size} bytes")


if __name__ == "__main__":
    main()
