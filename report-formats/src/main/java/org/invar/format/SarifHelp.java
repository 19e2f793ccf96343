package org.invar.format;

import org.invar.report.RuleResult;

/**
 * The help of a SARIF rule descriptor, in text and in markdown: the title, the invariant, the
 * severity, the tags and the docs link, all read from the rule's result.
 *
 * <pre>
 * An ECS service behind a load balancer runs a task in every AZ it uses
 *
 * Invariant: every ecs_service with load_balancer has desired_count &gt;= count(distinct subnet.az)
 * Severity: high
 * Tags: availability, ecs
 * Docs: https://docs.aws.amazon.com/...
 * </pre>
 */
final class SarifHelp {
    private SarifHelp() {
    }

    static String text(RuleResult r) {
        StringBuilder s = new StringBuilder();
        r.title().ifPresent(t -> s.append(t).append("\n\n"));
        s.append("Invariant: ").append(r.invariant()).append('\n');
        s.append("Severity: ").append(r.severity().word());
        if (!r.tags().isEmpty()) {
            s.append("\nTags: ").append(String.join(", ", r.tags()));
        }
        r.docs().ifPresent(d -> s.append("\nDocs: ").append(d));
        return s.toString();
    }

    static String markdown(RuleResult r) {
        StringBuilder s = new StringBuilder();
        r.title().ifPresent(t -> s.append("**").append(escape(t)).append("**\n\n"));
        s.append("```\n").append(r.invariant()).append("\n```\n\n");
        s.append("Severity: ").append(r.severity().word());
        if (!r.tags().isEmpty()) {
            s.append(". Tags: ").append(String.join(", ", r.tags().stream().map(t -> "`" + t + "`").toList()));
        }
        r.docs().ifPresent(d -> s.append("\n\n[Documentation](").append(d).append(')'));
        return s.toString();
    }

    /** Markdown's emphasis and link characters, so a title reads as written. */
    private static String escape(String text) {
        return text.replaceAll("([\\\\`*_\\[\\]<>])", "\\\\$1");
    }
}
