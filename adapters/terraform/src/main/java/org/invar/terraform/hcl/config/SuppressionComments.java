package org.invar.terraform.hcl.config;

import java.util.ArrayList;
import java.util.List;
import org.invar.model.Suppression;
import org.invar.spi.ModelLoadException;
import org.invar.terraform.hcl.syntax.Body;
import org.invar.terraform.hcl.syntax.HclFile;

/**
 * The rules a resource's owners suppressed for it, from comments
 * {@code # invar:suppress RULE-ID reason} (or {@code //}) on the lines directly above its block
 * or inside it. A suppression without a reason is an error at the comment: it must say why.
 */
final class SuppressionComments {
    static final String MARK = "invar:suppress";

    private SuppressionComments() {
    }

    static List<Suppression> of(HclFile file, Body.Block block) {
        List<Suppression> out = new ArrayList<>();
        int above = block.pos().line() - 1;
        List<HclFile.Comment> comments = file.comments();
        // the comment lines directly above, nearest first
        for (int i = comments.size() - 1; i >= 0; i--) {
            HclFile.Comment c = comments.get(i);
            if (c.pos().line() == above) {
                read(c).ifPresent(s -> out.add(0, s));
                above--;
            } else if (c.pos().line() < above) {
                break;
            }
        }
        for (HclFile.Comment c : comments) {
            if (c.pos().line() >= block.pos().line() && c.pos().line() <= block.endLine()) {
                read(c).ifPresent(out::add);
            }
        }
        return out;
    }

    private static java.util.Optional<Suppression> read(HclFile.Comment c) {
        String text = c.text();
        if (!text.startsWith(MARK)) {
            return java.util.Optional.empty();
        }
        String rest = text.substring(MARK.length()).trim();
        int space = rest.indexOf(' ');
        String rule = space < 0 ? rest : rest.substring(0, space);
        String reason = space < 0 ? "" : rest.substring(space + 1).trim();
        if (rule.isEmpty() || reason.isEmpty()) {
            throw ModelLoadException.at(c.pos().file(), c.pos().line(), c.pos().column(), "a suppression names a rule"
                    + " and says why: # " + MARK + " RULE-ID the reason it does not apply here");
        }
        return java.util.Optional.of(new Suppression(rule, reason));
    }
}
