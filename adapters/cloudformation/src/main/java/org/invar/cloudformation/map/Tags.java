package org.invar.cloudformation.map;

import org.invar.cloudformation.resolve.Val;
import org.invar.model.Value;

/** Reading the {@code Name} tag from a resource's {@code Tags} list of {@code {Key, Value}}. */
final class Tags {
    private Tags() {
    }

    static Value name(Val tags) {
        for (Val tag : Values.items(tags)) {
            if ("Name".equals(Values.text(Values.at(tag, "Key")))) {
                return Values.string(Values.at(tag, "Value"));
            }
        }
        return null;
    }
}
