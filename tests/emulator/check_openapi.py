#!/usr/bin/env python3
"""Checks every recorded emulator exchange against the official open-api.json with a real JSON Schema validator.

Usage: check_openapi.py EXCHANGES(.jsonl file or folder of them) OPEN-API.json
Each line of the exchange files is one request/response the emulator served during the test suite. For each one:
the path and method exist in the spec; the status code is documented for that operation; a JSON response body
validates against the documented schema for that status.
Requests are checked as strictly as responses: an operation without a requestBody gets no body at all (not even
`{}`), one with a requestBody gets a body of a documented content type that validates against its schema, and
every query parameter is one the operation documents. Files named client-*.jsonl hold the requests of Kurier's
own client: every one of them is checked, whatever the answer. The other files come from the emulator's tests,
which send malformed requests on purpose: their requests are checked when the emulator accepted them (2xx), except
that a body sent to an operation that takes none is ignored there (the emulator, like KSeF, ignores it).
Prints one line per problem and a summary; exits 1 when anything does not conform.
"""
import copy
import glob
import json
import os
import sys
from collections import Counter

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is missing: scripts/install-deps.sh installs it")
    sys.exit(1)


def openapi_to_jsonschema(node):
    """OpenAPI 3.0 schemas are JSON Schema draft 4 plus `nullable`; turn `nullable: true` into a null type."""
    if isinstance(node, dict):
        node = {k: openapi_to_jsonschema(v) for k, v in node.items()}
        if node.pop("nullable", False):
            if "type" in node:
                node["type"] = [node["type"], "null"] if isinstance(node["type"], str) else node["type"] + ["null"]
            elif "$ref" in node or "allOf" in node or "oneOf" in node or "anyOf" in node:
                node = {"anyOf": [node, {"type": "null"}]}
        for key in ("example", "examples", "x-required-permissions", "xml", "discriminator", "readOnly", "writeOnly",
                    "deprecated"):
            node.pop(key, None)
        return node
    if isinstance(node, list):
        return [openapi_to_jsonschema(v) for v in node]
    return node


def request_problems(operation, x, from_client):
    """What is wrong with the recorded request for `operation`: texts, and (schema, body) pairs to validate.

    A body sent to an operation that takes none is a problem only for Kurier's client: the emulator's fuzz tests send
    one on purpose, and the emulator (like KSeF) ignores it, so accepting such a request is not a contract breach."""
    problems = []
    body = x.get("requestBody") or ""
    content_type = (x.get("requestContentType") or "").split(";")[0].strip()
    request_body = operation.get("requestBody")
    if request_body is None:
        if body and from_client:
            problems.append(f"request has a body ({content_type or 'no content type'}, {len(body)} bytes) but the "
                            f"operation takes none: {body[:60]!r}")
    else:
        content = request_body.get("content", {})
        if not body:
            if request_body.get("required", False):
                problems.append("request has no body but the operation requires one")
        elif content_type not in content:
            problems.append(f"request content type {content_type or '(none)'} is not documented ({', '.join(content)})")
        elif "json" in content_type:
            try:
                parsed = json.loads(body)
            except ValueError:
                problems.append("request body is not JSON")
            else:
                if content[content_type].get("schema"):
                    problems.append((content[content_type]["schema"], parsed))
    documented = {p.get("name") for p in operation.get("parameters", []) if p.get("in") == "query"}
    for pair in filter(None, (x.get("query") or "").split("&")):
        name = pair.split("=", 1)[0]
        if name not in documented:
            problems.append(f"query parameter {name!r} is not documented ({', '.join(sorted(documented)) or 'none'})")
    return problems


def main():
    if len(sys.argv) != 3:
        print("usage: check_openapi.py EXCHANGES OPEN-API.json")
        return 2
    exchanges_path, spec_path = sys.argv[1], sys.argv[2]
    if not os.path.isfile(spec_path):
        print(f"missing {spec_path}: the official open-api.json ships in tests/data/ksef (git checkout -- tests/data)")
        return 1
    spec = json.load(open(spec_path, encoding="utf-8"))
    schema_root = openapi_to_jsonschema(copy.deepcopy(spec))
    resolver = jsonschema.RefResolver(base_uri="", referrer=schema_root)

    def validate(schema, instance):
        validator = jsonschema.Draft4Validator(openapi_to_jsonschema(schema), resolver=resolver)
        return sorted(validator.iter_errors(instance), key=lambda e: list(e.path))

    problems = []
    checked = Counter()
    files = sorted(glob.glob(os.path.join(exchanges_path, "*.jsonl"))) if os.path.isdir(exchanges_path) else [exchanges_path]
    if not files:
        print(f"no recorded exchanges in {exchanges_path}")
        return 1
    lines = ((os.path.basename(name).startswith("client-"), line) for name in files
             for line in open(name, encoding="utf-8"))
    for number, (from_client, line) in enumerate(lines, 1):
        x = json.loads(line)
        where = f"#{number} {x['method']} {x['path']} -> {x['status']}"
        pattern = x["pattern"]
        if not pattern or x.get("fault"):
            continue  # 404 for an unknown path, or a fault the test injected on purpose: not KSeF's contract
        spec_path_key = pattern.replace("{ref}", "{referenceNumber}").replace("{invoiceRef}", "{invoiceReferenceNumber}") \
            .replace("{upoRef}", "{upoReferenceNumber}")
        operation = spec["paths"].get(spec_path_key, {}).get(x["method"].lower())
        if operation is None:
            problems.append(f"{where}: {x['method']} {spec_path_key} is not in open-api.json")
            continue
        checked[f"{x['method']} {spec_path_key}"] += 1
        responses = operation.get("responses", {})
        response = responses.get(str(x["status"])) or responses.get("default")
        if response is None:
            problems.append(f"{where}: status {x['status']} is not documented (documented: {', '.join(responses)})")
            continue
        if from_client or 200 <= x["status"] < 300:
            who = "client" if from_client else "emulator test"
            for problem in request_problems(operation, x, from_client):
                if isinstance(problem, tuple):
                    for error in validate(*problem)[:3]:
                        problems.append(f"{where} ({who}): request {'/'.join(map(str, error.path))}: {error.message}")
                else:
                    problems.append(f"{where} ({who}): {problem}")
        content = response.get("content", {})
        content_type = x["contentType"].split(";")[0].strip()
        if content and content_type and content_type not in content:
            problems.append(f"{where}: content type {content_type} is not documented ({', '.join(content)})")
            continue
        schema = content.get(content_type, {}).get("schema")
        if schema and "json" in content_type:
            try:
                body = json.loads(x["body"])
            except ValueError:
                problems.append(f"{where}: the response is not JSON")
                continue
            for error in validate(schema, body)[:3]:
                problems.append(f"{where}: response {'/'.join(map(str, error.path))}: {error.message}")

    for problem in problems:
        print(problem)
    total = sum(checked.values())
    print(f"{total} exchanges over {len(checked)} operations checked against open-api.json: "
          f"{'all conform' if not problems else str(len(problems)) + ' problems'}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
