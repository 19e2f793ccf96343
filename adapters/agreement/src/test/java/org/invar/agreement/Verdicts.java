package org.invar.agreement;

import java.util.ArrayList;
import java.util.List;
import org.invar.RuleSet;
import org.invar.report.Finding;
import org.invar.report.Report;
import org.invar.report.RuleResult;

/**
 * The verdicts of a rule set over both models, compared rule by rule: the verdict, how many
 * entities were in scope, passed, failed and were unknown, and which entities the findings are
 * about, named by their canonical labels since their ids differ between the formats.
 */
final class Verdicts {
    private Verdicts() {
    }

    static List<String> differences(RuleSet rules, Renderings r, CanonicalForm canon) {
        Report cfn = rules.evaluate(r.cloudFormation(), false);
        Report tf = rules.evaluate(r.terraform(), false);
        List<String> differences = new ArrayList<>();
        for (RuleResult a : cfn.results()) {
            RuleResult b = tf.result(a.rule());
            String counts = counts(a);
            if (!counts.equals(counts(b))) {
                differences.add(a.rule() + ": " + Renderings.CFN + " " + counts + ", " + Renderings.TF + " " + counts(b)
                        + "\n  " + Renderings.CFN + ": " + findings(a) + "\n  " + Renderings.TF + ": " + findings(b));
                continue;
            }
            List<String> fa = labelled(a, 0, canon);
            List<String> fb = labelled(b, 1, canon);
            if (!fa.equals(fb)) {
                differences.add(a.rule() + ": the findings are about different entities\n  " + Renderings.CFN + ": "
                        + findings(a) + "\n  " + Renderings.TF + ": " + findings(b));
            }
        }
        return differences;
    }

    private static String counts(RuleResult r) {
        return r.verdict().word() + " (in scope " + r.inScope() + ", passed " + r.passed() + ", failed " + r.failed()
                + ", unknown " + r.unknown() + ")";
    }

    private static List<String> labelled(RuleResult r, int model, CanonicalForm canon) {
        List<String> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            out.add(f.verdict().word() + " " + f.entity().kind() + "#" + canon.label(model, f.entity().kind(), f.entity().id()));
        }
        out.sort(String::compareTo);
        return out;
    }

    private static String findings(RuleResult r) {
        List<String> out = new ArrayList<>();
        for (Finding f : r.findings()) {
            out.add(f.verdict().word() + " " + f.entity() + " " + f.message() + f.reason().map(x -> " (" + x + ")").orElse(""));
        }
        return out.toString();
    }
}
