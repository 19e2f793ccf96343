"""How many buckets a report says fail the versioning rule, so the run can show that both tools
found the same ones: `count_failures.py TOOL REPORT` prints the count, or '-' for an unreadable report."""
import json
import re
import sys


def guard(report):
    found = set()
    for data_file in report:
        for rule in data_file.get("not_compliant", []):
            # Every failing check names the bucket it reached: /Resources/BucketN.
            found.update(re.findall(r'"/Resources/([^"/\[]+)', json.dumps(rule)))
    return len(found)


def invar(report):
    return len({v["entity"]["id"] for v in report.get("violations", [])
                if v["rule"] == "bucket-versioned" and v["verdict"] == "fail"})


def main():
    tool, path = sys.argv[1], sys.argv[2]
    try:
        with open(path, encoding="utf-8") as f:
            report = json.load(f)
        print(guard(report) if tool.startswith("guard") else invar(report))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        print("-")


main()
