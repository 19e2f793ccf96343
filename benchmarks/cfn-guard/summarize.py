"""Turns compare.sh's results.tsv into Markdown tables: medians per tool, format and size, the
ratios cfn-guard / invar measured in the same run, and invar's time per MB."""
import collections
import csv
import statistics
import sys

GUARD = "guard-1rule"
INVARS = ["invar-stdlib", "invar-stdlib-base", "invar-stdlib-jvm-defaults", "invar-stdlib-tuned", "invar-1rule-tuned"]

rows = list(csv.DictReader(open(sys.argv[1], encoding="utf-8"), delimiter="\t"))
runs = collections.defaultdict(list)
for r in rows:
    runs[(r["tool"], r["format"], float(r["mb"]))].append(r)
INVARS = [t for t in INVARS if any(k[0] == t for k in runs)]


def med(rs, key):
    return statistics.median(float(r[key]) for r in rs)


def cpu(rs):
    return statistics.median(float(r["user_s"]) + float(r["sys_s"]) for r in rs)


def failing(rs):
    counts = {r["failing_buckets"] for r in rs}
    return counts.pop() if len(counts) == 1 else "/".join(sorted(counts))


def exits(rs):
    return ",".join(sorted({r["exit"] for r in rs}))


formats = sorted({k[1] for k in runs}, key=lambda f: (f != "yml", f))
sizes = sorted({k[2] for k in runs})
print("Medians of %d repetitions; wall and CPU (user+sys) in seconds, peak RSS in MB." %
      max(len(v) for v in runs.values()))
print()
print("| format | MB | tool | wall | CPU | peak RSS | failing buckets | exit |")
print("|---|---:|---|---:|---:|---:|---:|---|")
for fmt in formats:
    for mb in sizes:
        for tool in [GUARD] + INVARS:
            rs = runs.get((tool, fmt, mb))
            if not rs:
                continue
            mbytes = int(rs[0]["bytes"]) / 1048576
            print("| %s | %.1f | %s | %.2f | %.2f | %.0f | %s | %s |" % (
                fmt, mbytes, tool, med(rs, "wall_s"), cpu(rs), med(rs, "max_rss_kb") / 1024,
                failing(rs), exits(rs)))
print()
for fmt in formats:
    for mb in sizes:
        found = {t: failing(rs) for t in [GUARD] + INVARS if (rs := runs.get((t, fmt, mb)))}
        if len(set(found.values())) > 1:
            print("**The tools disagree** on the failing buckets at %s %s MB: %s" % (fmt, mb, found))
            print()
print("Ratios in the same run, cfn-guard / invar (above 1: invar is faster or smaller):")
print()
print("| format | MB | invar | wall ratio | CPU ratio | peak RSS ratio |")
print("|---|---:|---|---:|---:|---:|")
for fmt in formats:
    for mb in sizes:
        g = runs.get((GUARD, fmt, mb))
        if not g:
            continue
        for tool in INVARS:
            rs = runs.get((tool, fmt, mb))
            if rs:
                print("| %s | %.1f | %s | %.1fx | %.1fx | %.1fx |" % (
                    fmt, int(rs[0]["bytes"]) / 1048576, tool, med(g, "wall_s") / med(rs, "wall_s"),
                    cpu(g) / cpu(rs), med(g, "max_rss_kb") / med(rs, "max_rss_kb")))
print()
print("Growth with size: each tool's median time at a size over its time at the smallest size,")
print("against the growth of the file (linear time grows as the file does).")
print()
print("| format | MB | file growth | " + " | ".join("%s CPU growth" % t for t in [GUARD] + INVARS) + " |")
print("|---|---:|---:|" + "---:|" * (1 + len(INVARS)))
for fmt in formats:
    base = {t: runs.get((t, fmt, sizes[0])) for t in [GUARD] + INVARS}
    for mb in sizes:
        cells = []
        size_growth = None
        for t in [GUARD] + INVARS:
            rs = runs.get((t, fmt, mb))
            if rs and base[t]:
                size_growth = int(rs[0]["bytes"]) / int(base[t][0]["bytes"])
                cells.append("%.1fx" % (cpu(rs) / cpu(base[t])))
            else:
                cells.append("")
        print("| %s | %.1f | %s | %s |" % (fmt, mb, "%.1fx" % size_growth if size_growth else "",
                                         " | ".join(cells)))
print()
print("invar's cost per MB beyond the smallest size (median CPU at a size minus at the smallest, over")
print("the MB added): constant when time is linear in the template; the smallest size's time is mostly")
print("the JVM starting and the rules compiling.")
print()
print("| format | MB | " + " | ".join("%s CPU s/MB" % t for t in INVARS) + " |")
print("|---|---:|" + "---:|" * len(INVARS))
for fmt in formats:
    for mb in sizes[1:]:
        cells = []
        for t in INVARS:
            rs, b = runs.get((t, fmt, mb)), runs.get((t, fmt, sizes[0]))
            if rs and b:
                added = (int(rs[0]["bytes"]) - int(b[0]["bytes"])) / 1048576
                cells.append("%.2f" % ((cpu(rs) - cpu(b)) / added))
            else:
                cells.append("")
        print("| %s | %.1f | %s |" % (fmt, mb, " | ".join(cells)))
