package org.invar.cloudformation.read;

import org.invar.spi.ModelLoadException;

/**
 * Builds the load errors of the adapter: {@code file:line:col: error: message}, the format every
 * invar tool prints without a stack trace.
 */
public final class TemplateSyntax {
    private TemplateSyntax() {
    }

    public static ModelLoadException error(String file, Pos pos, String message) {
        return ModelLoadException.at(file, pos.line(), pos.column(), message);
    }

    public static ModelLoadException error(String file, Pos pos, String message, Throwable cause) {
        String where = pos.line() > 0 ? file + ":" + pos.line() + ":" + pos.column() : file;
        return new ModelLoadException(where + ": error: " + message, cause);
    }
}
