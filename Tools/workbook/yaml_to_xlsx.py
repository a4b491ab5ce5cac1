#!/usr/bin/env python3
"""Writes a YAML report as a workbook in the layout of contract section 12, with openpyxl.

An independent writer for the tests and the benchmark: gsz's own code is not used. Every
scalar is read as text (PyYAML's BaseLoader, so nothing is guessed), then written as the
cell type a person would use: numbers as number cells, dates as date cells or as text.

    yaml_to_xlsx.py REPORT.yaml OUT.xlsx [--shuffle SEED] [--dates cells|text|dotted] [--bin-number]
"""
import argparse
import datetime
import random
import re
import sys

import openpyxl
import yaml

HEADER_KEYS = ["ngo.name", "ngo.bin", "project", "contract", "period.from", "period.to"]
SERVICE_KEYS = ["id", "kind", "form", "title", "date", "dates.from", "dates.to", "hours", "participants",
                "provider.name", "provider.experience_years", "feedback.respondents", "feedback.satisfied",
                "success_stories"]
DATE_KEYS = {"period.from", "period.to", "date", "dates.from", "dates.to"}
TEXT_KEYS = {"id", "kind", "form", "title", "provider.name", "ngo.name", "ngo.bin", "project", "contract"}
NUMBER = re.compile(r"^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$")


def flatten(mapping, prefix=""):
    """Dotted keys for nested mappings; a list of stories becomes its count."""
    out = {}
    for key, value in (mapping or {}).items():
        name = prefix + str(key)
        if isinstance(value, dict) and name in ("ngo", "period", "dates", "provider", "feedback"):
            out.update(flatten(value, name + "."))
        elif isinstance(value, dict) and prefix == "" and name in ("date",):
            out[name] = value
        elif isinstance(value, list) and name == "success_stories":
            out[name] = str(len(value))
        else:
            out[name] = value
    return out


def typed(key, text, dates, bin_number):
    """The cell value a person would type for `text` under `key`."""
    if not isinstance(text, str):
        return str(text)
    if key == "ngo.bin" and bin_number and text.isdigit():
        return int(text)
    if key in DATE_KEYS and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        if dates == "cells":
            try:
                return datetime.date.fromisoformat(text)
            except ValueError:
                return text  # not on the calendar: only text can hold it
        if dates == "dotted":
            return f"{text[8:10]}.{text[5:7]}.{text[0:4]}"
        return text
    if key not in TEXT_KEYS and NUMBER.match(text):
        number = float(text)
        return int(number) if number.is_integer() and "." not in text and "e" not in text.lower() else number
    return text


def write(report, out, seed=None, dates="cells", bin_number=False):
    book = openpyxl.Workbook()
    header = book.active
    header.title = "Отчёт"
    header["A1"] = "report"
    fields = flatten(report.get("report"))
    keys = HEADER_KEYS + [k for k in fields if k not in HEADER_KEYS]
    row = 2
    for key in keys:
        if key not in fields or fields[key] in (None, ""):
            continue
        header.cell(row=row, column=1, value=key)
        header.cell(row=row, column=2, value=key.replace(".", " "))
        cell = header.cell(row=row, column=3, value=typed(key, fields[key], dates, bin_number))
        if isinstance(cell.value, datetime.date):
            cell.number_format = "yyyy-mm-dd" if seed is None or seed % 2 == 0 else "DD.MM.YYYY"
        row += 1
    sheet = book.create_sheet("Услуги")
    services = [flatten(s) if isinstance(s, dict) else {} for s in (report.get("services") or [])]
    columns = SERVICE_KEYS + sorted({k for s in services for k in s if k not in SERVICE_KEYS})
    if seed is not None:
        random.Random(seed).shuffle(columns)
        book.move_sheet(sheet, offset=-1)  # told apart by keys, not order
    for index, key in enumerate(columns, start=1):
        sheet.cell(row=1, column=index, value=key)
        sheet.cell(row=2, column=index, value=key.replace(".", " ").capitalize())
    for number, service in enumerate(services, start=3):
        for index, key in enumerate(columns, start=1):
            if key in service and service[key] not in (None, ""):
                cell = sheet.cell(row=number, column=index, value=typed(key, service[key], dates, bin_number))
                if isinstance(cell.value, datetime.date):
                    cell.number_format = "yyyy-mm-dd"
    book.save(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("report")
    parser.add_argument("out")
    parser.add_argument("--shuffle", type=int, default=None)
    parser.add_argument("--dates", choices=["cells", "text", "dotted"], default="cells")
    parser.add_argument("--bin-number", action="store_true")
    args = parser.parse_args()
    with open(args.report, encoding="utf-8") as handle:
        report = yaml.load(handle, Loader=yaml.BaseLoader)
    if not isinstance(report, dict):
        sys.exit("not a report: the top is not a mapping")
    write(report, args.out, args.shuffle, args.dates, args.bin_number)


if __name__ == "__main__":
    main()
