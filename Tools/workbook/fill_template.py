#!/usr/bin/env python3
"""Fills a template workbook from `gsz init --format xlsx` the way a program would, with openpyxl.

Services go under the services sheet's key row (found by its keys, not by name), from row 3,
replacing the example; each service is KEY=VALUE pairs, a number where it parses as one.

    fill_template.py TEMPLATE.xlsx OUT.xlsx "id=S1 kind=training form=seminar dates.from=2026-03-02 ..." ...
"""
import datetime
import sys

import openpyxl


def value(text):
    for kind in (int, float):
        try:
            return kind(text)
        except ValueError:
            pass
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return text


def main():
    template, out, *services = sys.argv[1:]
    book = openpyxl.load_workbook(template)
    sheet = next(s for s in book.worksheets if {"id", "kind"} <= {c.value for c in s[1]})
    columns = {c.value: c.column for c in sheet[1] if c.value}
    for row in sheet.iter_rows(min_row=3, max_row=max(sheet.max_row, 3)):
        for cell in row:
            cell.value = None
    for number, service in enumerate(services, start=3):
        for pair in service.split():
            key, _, text = pair.partition("=")
            cell = sheet.cell(row=number, column=columns[key], value=value(text))
            if isinstance(cell.value, datetime.date):
                cell.number_format = "DD.MM.YYYY"
    book.save(out)


if __name__ == "__main__":
    main()
