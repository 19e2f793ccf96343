package org.invar.terraform.hcl.function;

/** A function given values it cannot work with; the evaluator adds the call's position and name. */
public final class FunctionException extends RuntimeException {
    public FunctionException(String message) {
        super(message);
    }
}
