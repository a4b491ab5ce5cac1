#!/usr/bin/env python3
"""Prints the services sheet of a results workbook (`gsz check --format xlsx`) as JSON, with
openpyxl: a list of rows, each a mapping from the id in row 1 to the cell's value (dates ISO)."""
import datetime
import json
import sys

import openpyxl

book = openpyxl.load_workbook(sys.argv[1])
sheet = book.worksheets[int(sys.argv[2]) if len(sys.argv) > 2 else 2]
keys = [c.value for c in sheet[1]]
rows = []
for row in sheet.iter_rows(min_row=3, values_only=True):
    rows.append({k: (v.date().isoformat() if isinstance(v, datetime.datetime) else v) for k, v in zip(keys, row) if v is not None})
print(json.dumps({"sheets": [s.title for s in book.worksheets], "rows": rows}, ensure_ascii=False))
