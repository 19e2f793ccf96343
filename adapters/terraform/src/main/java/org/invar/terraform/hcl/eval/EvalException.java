package org.invar.terraform.hcl.eval;

import org.invar.spi.ModelLoadException;
import org.invar.terraform.hcl.syntax.Pos;

/**
 * An evaluation error at a position. Errors of values (an index out of range, a function given
 * the wrong kind of value) are {@code recoverable}: {@code try} moves on to its next argument.
 * Errors of the configuration (an undeclared name, a reference cycle) are not.
 */
public final class EvalException extends RuntimeException {
    private final Pos pos;
    private final boolean recoverable;
    /** The module instance's value being evaluated where it happened ({@code module.a.local.x}), or null. */
    private String inModule;
    private boolean placed;

    public EvalException(Pos pos, String message, boolean recoverable) {
        super(message);
        this.pos = pos;
        this.recoverable = recoverable;
    }

    public Pos pos() {
        return pos;
    }

    public boolean recoverable() {
        return recoverable;
    }

    /**
     * Notes what was being evaluated, the first time only (the innermost): inside a module, the
     * file position alone does not tell which of its instances failed.
     */
    public void evaluating(String name) {
        if (!placed && name.startsWith("module.") && !getMessage().contains(name)) {
            inModule = name;
        }
        placed = true;
    }

    public ModelLoadException toLoadError() {
        return ModelLoadException.at(pos.file(), pos.line(), pos.column(), getMessage()
                + (inModule == null ? "" : " (evaluating " + inModule + ")"));
    }
}
