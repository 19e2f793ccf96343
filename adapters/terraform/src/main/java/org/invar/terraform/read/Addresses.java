package org.invar.terraform.read;

import java.util.ArrayList;
import java.util.List;
import org.invar.terraform.json.Json;

/**
 * Terraform addresses: {@code module.net[0].aws_subnet.private["a"]} is the resource
 * {@code aws_subnet.private}, instance {@code ["a"]}, in the module instance {@code module.net[0]}.
 * The module path without instance keys ({@code module.net}) names its configuration.
 */
public final class Addresses {
    private Addresses() {
    }

    /**
     * The key of the one instance that stands for all instances of a resource or module call whose
     * {@code count} or {@code for_each} cannot be evaluated, written {@code [?]}
     * ({@code aws_db_instance.this[?]}). Terraform's keys are numbers and strings, never a bool,
     * so this one cannot be mistaken for a real key.
     */
    public static final Json UNKNOWN_KEY = Json.TRUE;

    /** The instance key as Terraform writes it: {@code [0]}, {@code ["a"]}, {@code [?]} for {@link #UNKNOWN_KEY}, or "" for none. */
    public static String key(Json key) {
        if (UNKNOWN_KEY.equals(key)) {
            return "[?]";
        }
        if (key instanceof Json.Num n) {
            return "[" + n.literal() + "]";
        }
        if (key instanceof Json.Str s) {
            return "[\"" + s.value().replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
        }
        return "";
    }

    /** A resource's address relative to its module: {@code aws_subnet.a} or {@code data.aws_vpc.main}. */
    public static String local(boolean data, String type, String name) {
        return (data ? "data." : "") + type + "." + name;
    }

    /** The full address of a resource instance. */
    public static String instance(String module, boolean data, String type, String name, Json key) {
        String local = local(data, type, name) + key(key);
        return module.isEmpty() ? local : module + "." + local;
    }

    /** A module instance path without its instance keys: {@code module.a[0].module.b} to {@code module.a.module.b}. */
    public static String configPath(String moduleInstance) {
        StringBuilder out = new StringBuilder();
        for (Step s : steps(moduleInstance)) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append("module.").append(s.name());
        }
        return out.toString();
    }

    /** One {@code module.NAME[KEY]} step of a module instance path; key is "" or as written with brackets. */
    public record Step(String name, String key) {
        public String text() {
            return "module." + name + key;
        }
    }

    /** The steps of a module instance path ("" for the root module). */
    public static List<Step> steps(String moduleInstance) {
        List<Step> steps = new ArrayList<>();
        int i = 0;
        int n = moduleInstance.length();
        while (i < n) {
            if (!moduleInstance.startsWith("module.", i)) {
                break;
            }
            i += "module.".length();
            int start = i;
            while (i < n && moduleInstance.charAt(i) != '.' && moduleInstance.charAt(i) != '[') {
                i++;
            }
            String name = moduleInstance.substring(start, i);
            String key = "";
            if (i < n && moduleInstance.charAt(i) == '[') {
                int end = closingBracket(moduleInstance, i);
                key = moduleInstance.substring(i, end + 1);
                i = end + 1;
            }
            steps.add(new Step(name, key));
            if (i < n && moduleInstance.charAt(i) == '.') {
                i++;
            }
        }
        return steps;
    }

    /** The module instance that contains this one ("" for a child of the root). */
    public static String parent(String moduleInstance) {
        List<Step> steps = steps(moduleInstance);
        return join(steps.subList(0, Math.max(0, steps.size() - 1)));
    }

    public static String join(List<Step> steps) {
        StringBuilder out = new StringBuilder();
        for (Step s : steps) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(s.text());
        }
        return out.toString();
    }

    /** The index of the ']' closing the '[' at {@code open}, skipping quoted text. */
    public static int closingBracket(String s, int open) {
        boolean quoted = false;
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ']') {
                return i;
            }
        }
        return s.length() - 1;
    }

    /**
     * The module instance part of a full resource address: {@code module.net[0]} of
     * {@code module.net[0].aws_subnet.a[1]}; "" for a root module resource.
     */
    public static String moduleOf(String address) {
        int end = 0;
        int i = 0;
        while (address.startsWith("module.", i)) {
            i += "module.".length();
            while (i < address.length() && address.charAt(i) != '.' && address.charAt(i) != '[') {
                i++;
            }
            if (i < address.length() && address.charAt(i) == '[') {
                i = closingBracket(address, i) + 1;
            }
            end = i;
            if (i < address.length() && address.charAt(i) == '.') {
                i++;
            }
        }
        return address.substring(0, end);
    }
}
