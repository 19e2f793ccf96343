package org.invar.agreement;

import java.util.LinkedHashMap;
import java.util.Map;

/** JSON objects written as key-value pairs, in order. */
final class Trees {
    private Trees() {
    }

    /** An object of these pairs; a pair whose value is {@link #OMIT} is left out. */
    static Map<String, Object> obj(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != OMIT) {
                m.put((String) pairs[i], pairs[i + 1]);
            }
        }
        return m;
    }

    /** A value that leaves its pair out of {@link #obj}. */
    static final Object OMIT = new Object();
}
