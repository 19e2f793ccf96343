package org.invar.terraform.hcl.function;

/**
 * A function given values it cannot work with; the evaluator adds the call's name and the
 * position of the argument at fault ({@code argument}, from 0), or of the call when it is -1.
 */
public final class FunctionException extends RuntimeException {
    private final int argument;

    public FunctionException(String message) {
        this(-1, message);
    }

    public FunctionException(int argument, String message) {
        super(message);
        this.argument = argument;
    }

    public int argument() {
        return argument;
    }
}
