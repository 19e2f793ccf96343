#!/usr/bin/env python3
"""Records what Terraform makes of each expression in expressions.txt, for TerraformConformanceTest.

Each expression is given to `terraform console -plan` (offline, in a directory with the files
under files/ that the file functions read, and local.unknown, local.unknown_number and
local.unknown_list, which are known only after apply, as timestamp() is while planning) twice:
wrapped in jsonencode(), for its value as JSON text (or its error), and wrapped in type(), for
its type. The pairs are written to ../resources/conformance/terraform.jsonl, one JSON object a line:

  {"expr": "...", "json": "...", "type": "..."}   a known value
  {"expr": "...", "unknown": true, "type": "..."} a value Terraform knows only after apply
  {"expr": "...", "error": "..."}                 an error (its summary and detail)

Usage: generate.py [--terraform PATH] [--new]
  --new   ask Terraform only about expressions not recorded yet (by the same Terraform version), and
          keep the records of the others; without it every expression is asked again.
(Terraform 1.11 is the reference; the version is recorded)
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "resources", "conformance", "terraform.jsonl")
ANSI = re.compile(r"\x1b\[[0-9;]*m")
UNKNOWNS = """
resource "terraform_data" "u" {
  input = "x"
}
locals {
  template       = "Hello, $${name}!"
  template_list  = "%%{ for i in items }[$${i}]%%{ endfor }"
  unknown        = terraform_data.u.id
  unknown_number = length(terraform_data.u.id)
  unknown_list   = split(",", terraform_data.u.id)
}
"""


def console(terraform, workdir, env, text):
    p = subprocess.run([terraform, "console", "-plan"], input=text + "\n", capture_output=True, text=True,
                       cwd=workdir, env=env, timeout=60)
    return p.returncode, ANSI.sub("", p.stdout).strip(), ANSI.sub("", p.stderr)


def error_text(stderr):
    """The summary and detail of the first error, on one line."""
    lines = [l.strip().lstrip("│").strip() for l in stderr.splitlines()]
    out = []
    started = False
    for l in lines:
        if l.startswith("Error: "):
            started = True
            out.append(l[len("Error: "):])
            continue
        if started:
            if l.startswith("╵"):
                break
            if l.startswith("on ") or l.startswith("(source code") or re.match(r"^\d+: ", l) or l == "":
                continue
            out.append(l)
    return " ".join(out) if out else stderr.strip()[:500]


def unquote(go_quoted):
    """A string as Go's strconv.Quote wrote it."""
    s = go_quoted[1:-1]
    out = bytearray()
    i = 0
    simple = {"a": 7, "b": 8, "f": 12, "n": 10, "r": 13, "t": 9, "v": 11, "\\": 92, "\"": 34, "'": 39}
    while i < len(s):
        c = s[i]
        if c != "\\":
            out += c.encode("utf-8")
            i += 1
            continue
        n = s[i + 1]
        if n in simple:
            out.append(simple[n])
            i += 2
        elif n == "x":
            out.append(int(s[i + 2:i + 4], 16))
            i += 4
        elif n == "u":
            out += chr(int(s[i + 2:i + 6], 16)).encode("utf-8")
            i += 6
        elif n == "U":
            out += chr(int(s[i + 2:i + 10], 16)).encode("utf-8")
            i += 10
        else:
            out.append(int(s[i + 1:i + 4], 8))
            i += 4
    return out.decode("utf-8")


def previous(version):
    """The records of the last run, by expression, when it was by this Terraform version."""
    if not os.path.exists(OUT):
        return {}
    with open(OUT, encoding="utf-8") as f:
        lines = [json.loads(l) for l in f if l.strip()]
    if not lines or lines[0].get("terraform") != version:
        return {}
    return {r["expr"]: r for r in lines[1:]}


def main():
    terraform = "terraform"
    args = sys.argv[1:]
    only_new = "--new" in args
    if "--terraform" in args:
        terraform = args[args.index("--terraform") + 1]
    version = subprocess.run([terraform, "version", "-json"], capture_output=True, text=True).stdout
    version = json.loads(version)["terraform_version"]
    recorded = previous(version) if only_new else {}
    workdir = tempfile.mkdtemp(prefix="invar-conformance-")
    shutil.copytree(os.path.join(HERE, "files"), workdir, dirs_exist_ok=True)
    # Values known only after apply, as in a plan: local.unknown and the impure functions.
    with open(os.path.join(workdir, "main.tf"), "w") as f:
        f.write(UNKNOWNS)
    rc = os.path.join(workdir, ".terraformrc")
    open(rc, "w").close()
    env = dict(os.environ, TF_CLI_CONFIG_FILE=rc, CHECKPOINT_DISABLE="1", TF_IN_AUTOMATION="1")
    expressions = []
    with open(os.path.join(HERE, "expressions.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.strip() and not line.lstrip().startswith("#") and line.strip() not in expressions:
                expressions.append(line.strip())
    records = []
    for n, e in enumerate(expressions, 1):
        if e in recorded:
            records.append(recorded[e])
            continue
        code, out, err = console(terraform, workdir, env, "jsonencode(" + e + ")")
        if code != 0:
            records.append({"expr": e, "error": error_text(err)})
        else:
            tcode, tout, _ = console(terraform, workdir, env, "type(" + e + ")")
            t = tout if tcode == 0 else None
            if out == "(known after apply)":
                records.append({"expr": e, "unknown": True, "type": t})
            else:
                records.append({"expr": e, "json": unquote(out), "type": t})
        if n % 100 == 0:
            print(f"{n}/{len(expressions)}", file=sys.stderr)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(json.dumps({"terraform": version, "pairs": len(records)}) + "\n")
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    shutil.rmtree(workdir)
    print(f"{len(records)} pairs from Terraform {version} in {os.path.relpath(OUT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
