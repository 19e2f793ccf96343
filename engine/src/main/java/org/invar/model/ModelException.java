package org.invar.model;

/**
 * A model that cannot be built as given: an unknown kind or field, a value of the wrong type, a
 * relation to an id that is not there. The message names the entity and what to change.
 */
public class ModelException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ModelException(String message) {
        super(message);
    }
}
