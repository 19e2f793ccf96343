#!/usr/bin/env bash
# invar against cfn-guard on the same generated templates, in the same run: wall clock, CPU time
# and peak resident memory (GNU time's %M) of each command, several repetitions interleaved, for
# each size and format. README.md beside this script says what runs; ../README.md has the figures.
#
#   benchmarks/cfn-guard/compare.sh CFN_GUARD [SIZES_MB] [REPS]
#   benchmarks/cfn-guard/compare.sh /tmp/package/bin/ubuntu/x86_64/cfn-guard "1 2 5 10" 3
#
# Needs: the jars built (./mvnw -q -DskipTests package), GNU time at /usr/bin/time, python3.
# invar runs three ways per input: as bin/invar runs it (its default JVM options, the serial collector
# and the first-tier compiler, no heap limit), with the JVM's own defaults (java -jar: G1, C2), and
# "tuned" with INVAR_TUNED_OPTS (default: -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx256m, a
# heap 256 MB at most, the smallest of 192/256 MB that checks 10 MB). FORMATS (default "yml json")
# picks the template syntaxes; OUT (default a new directory under /tmp) keeps the templates, every
# report and results.tsv. BASE=DIR, another checkout of invar built with the same command, adds
# invar-stdlib-base: its bin/invar on the same inputs, for a before and after in one run. TOOLS
# (default all of them) picks the tools by name.
set -euo pipefail

guard="${1:?usage: compare.sh CFN_GUARD [SIZES_MB] [REPS]}"
sizes="${2:-1 2 5 10}"
reps="${3:-3}"
formats="${FORMATS:-yml json}"
read -r -a tuned <<< "${INVAR_TUNED_OPTS:--XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx256m}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
invar_jar="$root/cli/target/invar.jar"
bench_jar="$root/benchmarks/target/benchmarks.jar"
out="${OUT:-$(mktemp -d /tmp/cfn-compare.XXXXXX)}"
mkdir -p "$out"
for f in "$invar_jar" "$bench_jar" /usr/bin/time "$guard"; do
  [[ -e "$f" ]] || { echo "compare.sh: $f is missing (build with ./mvnw -q -DskipTests package; apt-get install time)" >&2; exit 2; }
done
"$guard" --version >/dev/null

# The tools and their settings, one line each: name, then the command after the input file name.
# cfn-guard writes its structured JSON report: its default text report takes seconds per failing
# resource (see README.md), which would measure the reporter, not the check. invar writes JSON too.
command_of() { # NAME FILE -> sets argv to the command that runs tool NAME over FILE
  local name="$1" file="$2"
  case "$name" in
    guard-1rule) argv=("$guard" validate --data "$file" --rules "$here/bucket-versioning.guard"
                       --structured --output-format json --show-summary none) ;;
    invar-stdlib) argv=(env -u INVAR_JAVA_OPTS "$root/bin/invar" check --format json "$file") ;;
    invar-stdlib-base) argv=(env -u INVAR_JAVA_OPTS "$BASE/bin/invar" check --format json "$file") ;;
    invar-stdlib-jvm-defaults) argv=(java -jar "$invar_jar" check --format json "$file") ;;
    invar-stdlib-tuned) argv=(java "${tuned[@]}" -jar "$invar_jar" check --format json "$file") ;;
    invar-1rule-tuned) argv=(java "${tuned[@]}" -jar "$invar_jar" check --format json
                             --no-stdlib --rules "$here/bucket-versioned.invar" "$file") ;;
  esac
}
tools="${TOOLS:-guard-1rule invar-stdlib invar-stdlib-jvm-defaults invar-stdlib-tuned invar-1rule-tuned${BASE:+ invar-stdlib-base}}"

# Stacks per MB, from a small sample of each format (the generator's output grows linearly).
results="$out/results.tsv"
printf 'tool\tformat\tmb\tbytes\trep\twall_s\tuser_s\tsys_s\tmax_rss_kb\texit\tfailing_buckets\n' > "$results"
for fmt in $formats; do
  java -cp "$bench_jar" org.invar.bench.BigTemplate "$out/sample.$fmt" 100
  per_stack=$(( $(stat -c %s "$out/sample.$fmt") / 100 ))
  for mb in $sizes; do
    file="$out/big-${mb}mb.$fmt"
    stacks=$(python3 -c "print(max(1, round($mb * 1048576 / $per_stack)))")
    java -cp "$bench_jar" org.invar.bench.BigTemplate "$file" "$stacks"
    bytes=$(stat -c %s "$file")
    for rep in $(seq 1 "$reps"); do
      for tool in $tools; do
        report="$out/$tool-${mb}mb-$fmt-$rep.json"
        command_of "$tool" "$file"
        set +e
        /usr/bin/time -o "$out/time.txt" -f '%e\t%U\t%S\t%M\t%x' "${argv[@]}" > "$report" 2> "$out/stderr.txt"
        set -e
        timing=$(tail -1 "$out/time.txt")
        failing=$(python3 "$here/count_failures.py" "$tool" "$report")
        printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$fmt" "$mb" "$bytes" "$rep" "$timing" "$failing" >> "$results"
        printf '%-20s %-4s %3s MB rep %s: %s  failing buckets %s\n' "$tool" "$fmt" "$mb" "$rep" "$timing" "$failing"
      done
    done
    rm -f "$out"/*-"${mb}mb-$fmt"-*.json
  done
done
python3 "$here/summarize.py" "$results" | tee "$out/summary.md"
echo "results: $results"
