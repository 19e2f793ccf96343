package org.invar.report;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.invar.collect.ArrayMap;
import org.invar.dsl.ast.Severity;
import org.invar.model.Origin;

/**
 * A rule that failed, or could not be decided, for one entity: the message with its
 * placeholders filled in, where the entity came from, the values that decided it, the chain of
 * entities that led there, and for an unknown verdict the reason. A suppressed finding keeps its
 * place in the report with the reason it was suppressed.
 *
 * @param because the values that decided the verdict, by the expression that gave each, in rule order
 * @param chain the entity, then each entity a nested quantifier settled on, in order
 * @param reason why the verdict is unknown; empty for a failure
 */
public record Finding(
        String rule,
        Severity severity,
        Verdict verdict,
        EntityRef entity,
        String message,
        Origin origin,
        Map<String, String> because,
        List<EntityRef> chain,
        Optional<String> reason,
        Optional<String> suppressed) {

    public Finding {
        because = ArrayMap.copyOf(because); // kept as given when it is one: it cannot change
        chain = List.copyOf(chain);
    }

    public boolean isSuppressed() {
        return suppressed.isPresent();
    }

    public Finding suppress(String why) {
        return new Finding(rule, severity, verdict, entity, message, origin, because, chain, reason, Optional.of(why));
    }
}
