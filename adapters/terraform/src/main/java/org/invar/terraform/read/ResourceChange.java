package org.invar.terraform.read;

import org.invar.terraform.json.Json;

/**
 * One entry of a plan's {@code resource_changes}: the action, the values after it (kept only
 * when the plan has no planned value for the resource) and which values are known only after
 * apply ({@code after_unknown}).
 *
 * @param action {@code create}, {@code update}, {@code no-op}, {@code replace}, {@code delete},
 *               {@code read} or {@code forget}
 */
record ResourceChange(String address, String module, boolean data, String type, String name, Json key,
                      String action, Json.Obj after, Json afterUnknown, int line, int column) {

    /** Whether the resource exists once the plan is applied. */
    boolean existsAfter() {
        return !action.equals("delete") && !action.equals("forget");
    }

    static String action(Json actions) {
        StringBuilder joined = new StringBuilder();
        for (Json a : actions.elements()) {
            joined.append(joined.length() == 0 ? "" : ",").append(a.string().orElse(""));
        }
        String s = joined.toString();
        return switch (s) {
            case "delete,create", "create,delete" -> "replace";
            case "" -> "no-op";
            default -> s;
        };
    }
}
