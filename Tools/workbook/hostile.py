#!/usr/bin/env python3
"""Writes workbooks built to exhaust a reader into FOLDER, each named for what it tries:
a zip bomb, a million rows, a 100 MB cell, entity expansion, an encrypted (OLE) file,
a file that is not a workbook, a truncated archive."""
import os
import sys
import zipfile

WORKBOOK = ('<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            '<sheet name="Услуги" sheetId="1" r:id="rId1"/></sheets></workbook>')
RELS = ('<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>')


def package(path, sheet_chunks):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", RELS)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=False) as sheet:
            for chunk in sheet_chunks:
                sheet.write(chunk.encode())


def rows(count):
    yield '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>id</t></is></c><c r="B1" t="inlineStr"><is><t>kind</t></is></c></row>'
    for start in range(2, count + 2, 10_000):
        yield "".join(f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>' for n in range(start, min(start + 10_000, count + 2)))
    yield "</sheetData></worksheet>"


def big_cell(megabytes):
    yield '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>'
    for _ in range(megabytes):
        yield "A" * (1 << 20)
    yield "</t></is></c></row></sheetData></worksheet>"


def main():
    folder = sys.argv[1]
    os.makedirs(folder, exist_ok=True)
    package(os.path.join(folder, "zip-bomb.xlsx"), ("<worksheet>" + " " * (1 << 20) for _ in range(1024)))
    package(os.path.join(folder, "million-rows.xlsx"), rows(1_000_000))
    package(os.path.join(folder, "huge-cell.xlsx"), big_cell(100))
    package(os.path.join(folder, "entities.xlsx"), [
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10))
        + ']><worksheet><sheetData><row><c t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'])
    with open(os.path.join(folder, "encrypted.xlsx"), "wb") as handle:
        # An OLE file naming the stream Excel keeps an encrypted package in (in UTF-16, as its
        # directory does); without that name the same file would be a legacy .xls.
        handle.write(bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + bytes(1024)
                     + "EncryptedPackage".encode("utf-16-le") + bytes(3072))
    with open(os.path.join(folder, "not-a-workbook.xlsx"), "wb") as handle:
        handle.write(b"id,kind\nS1,training\n")
    with open(os.path.join(folder, "million-rows.xlsx"), "rb") as handle:
        data = handle.read()
    with open(os.path.join(folder, "truncated.xlsx"), "wb") as handle:
        handle.write(data[: len(data) // 2])


if __name__ == "__main__":
    main()
