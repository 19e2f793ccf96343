package org.invar.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.invar.report.EntityRef;
import org.invar.report.Finding;
import org.invar.report.Verdict;
import org.invar.report.baseline.BaselineEntry;

/**
 * Every text an assertion shows. A rule is named by its sentence, as ArchUnit does: a bare
 * invariant by its text in quotes, a named rule by its id and then its invariant. A finding is
 * one line, the entity, its origin, the message and the values that decided it, followed by
 * indented lines for the chain, the reason of an unknown verdict and a suppression.
 */
final class Messages {
    private Messages() {
    }

    /** {@code 'every az has ...'}, or {@code ecs-service-covers-its-azs 'every ecs_service ...'}. */
    static String name(RuleOutcome o) {
        String sentence = "'" + o.result().invariant() + "'";
        return o.bare() ? sentence : o.result().rule() + " " + sentence;
    }

    /** A test's display name: the invariant, after the id of a named rule. */
    static String displayName(RuleOutcome o) {
        return o.bare() ? o.result().invariant() : o.result().rule() + ": " + o.result().invariant();
    }

    static String failure(List<RuleOutcome> failing, CheckOptions options) {
        StringBuilder out = new StringBuilder();
        for (RuleOutcome o : failing) {
            section(out, o, options);
        }
        if (failing.stream().anyMatch(RuleOutcome::unknownsCount)) {
            out.append("A verdict that could not be decided fails the assertion, since a rule must not pass for want"
                    + " of data; allow it with ").append(options.switches().allowUnknown()).append(".\n");
        }
        if (failing.stream().anyMatch(o -> o.countsEmpty(options))) {
            out.append("A rule with nothing in scope fails the assertion, since a vacuous pass hides mistakes;"
                    + " allow it with ").append(options.switches().allowEmpty()).append(".\n");
        }
        options.baseline().ifPresent(file -> {
            List<Finding> known = failing.stream().flatMap(o -> o.known().stream()).toList();
            boolean violated = failing.stream().anyMatch(o -> !o.counted().isEmpty() || o.unknownsCount());
            if (!known.isEmpty()) {
                out.append("Not counted: ").append(findings(known)).append(" recorded in baseline ").append(file)
                        .append('.');
            } else if (violated) {
                out.append("None of these violations is recorded in baseline ").append(file).append('.');
            }
            if (violated) {
                out.append(" To accept the current violations, delete ").append(file).append(" and run the test again.");
            }
            out.append('\n');
        });
        return out.toString().stripTrailing();
    }

    private static void section(StringBuilder out, RuleOutcome o, CheckOptions options) {
        String because = options.because().map(b -> " because " + b).orElse("");
        boolean unknowns = o.unknownsCount();
        out.append("Rule ").append(name(o));
        if (!o.counted().isEmpty()) {
            out.append(" was violated (").append(count(o.counted().size(), "time")).append(")");
            if (unknowns) {
                out.append(" and could not be decided (").append(count(o.unknowns().size(), "time")).append(")");
            }
        } else if (unknowns) {
            out.append(" could not be decided (").append(count(o.unknowns().size(), "time")).append(")");
        } else {
            out.append(" had nothing in scope");
        }
        out.append(because).append(":\n");
        o.emptyScope().ifPresent(scope -> out.append("  ").append(scope).append('\n'));
        o.counted().forEach(f -> finding(out, f));
        if (unknowns) {
            o.unknowns().forEach(f -> finding(out, f));
        }
        o.suppressed().forEach(f -> finding(out, f));
    }

    /** For {@code violates}: why the rule was not violated. */
    static String notViolated(RuleOutcome o, CheckOptions options) {
        StringBuilder out = new StringBuilder("Rule ").append(name(o)).append(" was expected to be violated")
                .append(options.because().map(b -> " because " + b).orElse("")).append(", but ");
        if (o.emptyScope().isPresent()) {
            out.append("it had nothing in scope:\n  ").append(o.emptyScope().get());
            return out.toString();
        }
        if (o.unknowns().isEmpty() && o.suppressed().isEmpty()) {
            int n = o.result().inScope();
            return out.append("it held for ").append(n == 1 ? "the 1 entity" : "all " + count(n, "entity"))
                    .append(" in scope.").toString();
        }
        if (!o.unknowns().isEmpty()) {
            out.append("it could not be decided (").append(count(o.unknowns().size(), "time")).append(")");
            if (!o.suppressed().isEmpty()) {
                out.append(" and ");
            }
        }
        if (!o.suppressed().isEmpty()) {
            out.append(o.unknowns().isEmpty() ? "its only violations are suppressed (" : "its violations are suppressed (")
                    .append(count(o.suppressed().size(), "time")).append(")");
        }
        out.append(":\n");
        o.unknowns().forEach(f -> finding(out, f));
        o.suppressed().forEach(f -> finding(out, f));
        return out.toString().stripTrailing();
    }

    static String suppressedNote(RuleOutcome o) {
        StringBuilder out = new StringBuilder("Rule ").append(name(o)).append(": ")
                .append(count(o.suppressed().size(), "suppressed violation")).append(", not counted:\n");
        o.suppressed().forEach(f -> finding(out, f));
        return out.toString().stripTrailing();
    }

    static String baselineRecorded(Path file, List<BaselineEntry> entries) {
        long unknown = entries.stream().filter(e -> e.verdict() == Verdict.UNKNOWN).count();
        return "Recorded " + findings(entries.size() - unknown, unknown) + " in baseline " + file
                + ", a new file; from now on only " + (unknown > 0 ? "findings" : "violations") + " not listed there fail.";
    }

    static String baselineFixed(Path file, List<Map.Entry<BaselineEntry, RuleOutcome>> fixed) {
        long unknown = fixed.stream().filter(f -> f.getKey().verdict() == Verdict.UNKNOWN).count();
        StringBuilder out = new StringBuilder("Fixed since baseline ").append(file).append(" was recorded, and removed from it (")
                .append(findings(fixed.size() - unknown, unknown)).append("):\n");
        for (Map.Entry<BaselineEntry, RuleOutcome> f : fixed) {
            out.append("  ").append(entity(f.getKey().entity()))
                    .append(f.getKey().verdict() == Verdict.UNKNOWN ? " is no longer unknown for " : " no longer violates ")
                    .append(name(f.getValue())).append('\n');
        }
        return out.toString().stripTrailing();
    }

    static String baselineKnown(Path file, List<Finding> known) {
        return "Not counted: " + findings(known) + " recorded in baseline " + file + ".";
    }

    static String baselineUnplaced(Path file) {
        return "Baseline " + file + " does not say which file each violation was found in (an earlier invar wrote it):"
                + " its entries match a violation of the same rule and entity in any file. To record the files,"
                + " delete " + file + " and run the test again.";
    }

    /** {@code 2 violations}, {@code 1 unknown verdict}, {@code 2 violations and 1 unknown verdict}. */
    static String findings(List<Finding> findings) {
        long unknown = findings.stream().filter(f -> f.verdict() == Verdict.UNKNOWN).count();
        return findings(findings.size() - unknown, unknown);
    }

    private static String findings(long violations, long unknown) {
        if (unknown == 0) {
            return count(violations, "violation");
        }
        String verdicts = count(unknown, "unknown verdict");
        return violations == 0 ? verdicts : count(violations, "violation") + " and " + verdicts;
    }

    /** {@code az us-east-1a (network.yml:12:3): message [healthy_targets = 0]} and its indented details. */
    static void finding(StringBuilder out, Finding f) {
        String where = f.origin().display();
        out.append("  ").append(entity(f.entity())).append(where.isEmpty() ? "" : " (" + where + ")")
                .append(": ").append(f.message());
        if (!f.because().isEmpty()) {
            out.append(" [").append(f.because().entrySet().stream().map(e -> e.getKey() + " = " + e.getValue())
                    .collect(Collectors.joining(", "))).append(']');
        }
        out.append('\n');
        if (f.chain().size() > 1) {
            out.append("    chain: ").append(f.chain().stream().map(Messages::entity).collect(Collectors.joining(" <- ")))
                    .append('\n');
        }
        f.reason().ifPresent(r -> out.append("    reason: ").append(r).append('\n'));
        f.suppressed().ifPresent(r -> out.append("    suppressed: ").append(r).append('\n'));
    }

    /** {@code kind id}; a finding about a count over a whole kind names the kind alone. */
    static String entity(EntityRef e) {
        return e.id().equals("*") ? "every " + e.kind() : e.kind() + " " + e.id();
    }

    /** {@code 1 time}, {@code 2 times}, {@code 3 entities}. */
    static String count(long n, String noun) {
        if (n == 1) {
            return n + " " + noun;
        }
        return n + " " + (noun.endsWith("y") ? noun.substring(0, noun.length() - 1) + "ies" : noun + "s");
    }
}
