package org.invar.cloudformation.resolve;

import java.util.List;

/**
 * {@code Fn::Equals} over partially known values: equal when the same, unequal when both are
 * known and differ, unknown when it depends on what is only known at deploy time.
 */
final class Equality {
    private Equality() {
    }

    static Truth of(Val a, Val b) {
        if (a instanceof Val.Unknown u) {
            return Truth.unknown(u.reason());
        }
        if (b instanceof Val.Unknown u) {
            return Truth.unknown(u.reason());
        }
        if (a.equals(b)) {
            return Truth.TRUE;
        }
        if (a instanceof Val.Str x && b instanceof Val.Str y) {
            if (x.literal().isPresent() && y.literal().isPresent()) {
                return Truth.FALSE;
            }
            return Truth.unknown((x.literal().isPresent() ? y : x).unknownReason().orElse("a value is not known"));
        }
        if (a instanceof Val.ListV x && b instanceof Val.ListV y) {
            if (x.items().size() != y.items().size()) {
                return Truth.FALSE;
            }
            Truth t = Truth.TRUE;
            List<Val> xs = x.items();
            for (int i = 0; i < xs.size(); i++) {
                t = t.and(of(xs.get(i), y.items().get(i)));
            }
            return t;
        }
        if (a instanceof Val.OpenList o) {
            return Truth.unknown(o.reason());
        }
        if (b instanceof Val.OpenList o) {
            return Truth.unknown(o.reason());
        }
        return Truth.FALSE;
    }
}
