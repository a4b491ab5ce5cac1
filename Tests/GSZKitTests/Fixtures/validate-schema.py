#!/usr/bin/env python3
"""validate-schema.py SCHEMA FILE...: checks reports against a JSON Schema the way an editor does.

For the schema tests only: gsz itself needs no Python. YAML is read by the YAML 1.2 core
schema, as yaml-language-server reads it (dates and `no` stay text, `true`/`false` are
booleans, digits are numbers), not PyYAML's YAML 1.1 default. The schema itself is first
checked against the draft 2020-12 metaschema.

Prints one line per file, `ok PATH` or `invalid PATH: message at path; …`; exits 0 when
every file is valid, 1 when some is not, 2 when the schema or a file cannot be used.
"""
import json
import re
import sys

import jsonschema
import yaml


class Core12Loader(yaml.SafeLoader):
    """PyYAML's safe loader with the YAML 1.2 core schema's implicit types only."""


Core12Loader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", list("tTfF")),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:int", r"^[-+]?[0-9]+$", list("-+0123456789")),
    ("tag:yaml.org,2002:float", r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$", list("-+.0123456789")),
]:
    Core12Loader.add_implicit_resolver(tag, re.compile(pattern), first)
# Decimal, whatever the leading zeros (PyYAML would read 0-prefixed digits as octal).
Core12Loader.add_constructor("tag:yaml.org,2002:int", lambda loader, node: int(loader.construct_scalar(node), 10))


def main(arguments):
    if len(arguments) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    with open(arguments[0], encoding="utf-8") as file:
        schema = json.load(file)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    status = 0
    for path in arguments[1:]:
        with open(path, encoding="utf-8") as file:
            document = yaml.load(file, Loader=Core12Loader)
        errors = sorted(validator.iter_errors(document), key=lambda error: list(map(str, error.absolute_path)))
        if errors:
            status = 1
            where = lambda error: "/".join(map(str, error.absolute_path)) or "(root)"
            print(f"invalid {path}: " + "; ".join(f"{error.message} at {where(error)}" for error in errors))
        else:
            print(f"ok {path}")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
