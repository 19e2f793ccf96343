package org.invar.terraform.resolve;

import org.invar.terraform.read.Addresses;

import java.util.ArrayList;
import java.util.List;

/**
 * A reference as a plan's configuration lists it, split into its steps:
 * {@code module.net[0].subnet_ids} is the names {@code module}, {@code net}, the key {@code [0]}
 * and the name {@code subnet_ids}. Keys keep their brackets: {@code [0]}, {@code ["a"]}.
 */
record Reference(String text, List<String> steps) {

    static Reference parse(String text) {
        List<String> steps = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '.') {
                i++;
            } else if (c == '[') {
                int end = Addresses.closingBracket(text, i);
                steps.add(text.substring(i, end + 1));
                i = end + 1;
            } else {
                int start = i;
                while (i < n && text.charAt(i) != '.' && text.charAt(i) != '[') {
                    i++;
                }
                steps.add(text.substring(start, i));
            }
        }
        return new Reference(text, steps);
    }

    String step(int i) {
        return i < steps.size() ? steps.get(i) : null;
    }

    static boolean isKey(String step) {
        return step != null && step.startsWith("[");
    }

    /** Whether this is {@code count.index}. */
    boolean isCountIndex() {
        return "count".equals(step(0)) && "index".equals(step(1));
    }

    /** Whether this is {@code each.key} or {@code each.value...}. */
    boolean isEach() {
        return "each".equals(step(0));
    }
}
