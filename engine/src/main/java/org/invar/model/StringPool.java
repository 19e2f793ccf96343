package org.invar.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every distinct string value of a model, once. Columns hold codes into it, so comparing a
 * string attribute with a literal compares two ints.
 */
public final class StringPool {
    private final List<String> strings = new ArrayList<>();
    private final Map<String, Integer> codes = new HashMap<>();

    int intern(String s) {
        Integer code = codes.get(s);
        if (code == null) {
            code = strings.size();
            strings.add(s);
            codes.put(s, code);
        }
        return code;
    }

    /** The code of a string, or -1 when no value of the model is that string. */
    public int code(String s) {
        Integer code = codes.get(s);
        return code == null ? -1 : code;
    }

    public String string(int code) {
        return strings.get(code);
    }

    public int size() {
        return strings.size();
    }
}
