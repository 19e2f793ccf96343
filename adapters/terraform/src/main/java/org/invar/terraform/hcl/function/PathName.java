package org.invar.terraform.hcl.function;

import java.util.List;
import org.invar.terraform.hcl.value.Value;

/**
 * {@code basename(path)}, {@code dirname(path)} and {@code pathexpand(path)}: paths as text, as
 * Go's filepath treats them; pathexpand puts the home directory for a leading {@code ~}.
 */
final class PathName extends BaseFunction {
    private enum Kind { BASE, DIR, EXPAND }

    private final Kind kind;

    private PathName(String name, Kind kind) {
        super(name, Param.string("path"));
        this.kind = kind;
    }

    static List<PathName> all() {
        return List.of(new PathName("basename", Kind.BASE), new PathName("dirname", Kind.DIR),
                new PathName("pathexpand", Kind.EXPAND));
    }

    @Override
    public Value apply(List<Value> args) {
        String p = text(args.get(0));
        return str(switch (kind) {
            case BASE -> GoPaths.base(p);
            case DIR -> GoPaths.dir(p);
            case EXPAND -> p.equals("~") || p.startsWith("~/") ? System.getProperty("user.home") + p.substring(1) : p;
        });
    }
}
