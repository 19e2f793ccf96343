package org.invar.model;

import java.util.Optional;

/**
 * Where an entity came from: the file, line and column of the resource in a template, and the
 * resource's name in its own terms (a CloudFormation logical id, a Terraform address, an ARN).
 * Any part may be absent: a live resource has no file, a hand-built entity may have neither.
 */
public record Origin(String file, int line, int column, String resource) {
    public static final Origin NONE = new Origin(null, 0, 0, null);

    public static Origin at(String file, int line, int column) {
        return new Origin(file, line, column, null);
    }

    public static Origin resource(String resource) {
        return new Origin(null, 0, 0, resource);
    }

    public Origin withResource(String name) {
        return new Origin(file, line, column, name);
    }

    public Optional<String> fileOpt() {
        return Optional.ofNullable(file);
    }

    public Optional<String> resourceOpt() {
        return Optional.ofNullable(resource);
    }

    /**
     * {@code file:line:col}; a file without a line (a plan, a state) with the resource's name,
     * {@code plan.json (module.net.aws_subnet.a[0])}; the resource name alone; or "" when nothing
     * is known.
     */
    public String display() {
        if (file != null && line > 0) {
            return file + ":" + line + ":" + column;
        }
        if (file != null) {
            return resource != null ? file + " (" + resource + ")" : file;
        }
        return resource != null ? resource : "";
    }
}
