package org.invar.model.json;

import org.invar.dsl.Diagnostic;
import org.invar.model.ModelException;

/**
 * A model file that cannot be read: malformed JSON, a wrong {@code "invar_model"} version, an
 * unknown kind or field, a value of the wrong type, a duplicate entity, a relation to an id that is
 * not in the file. The message reads {@code FILE:LINE:COL: error: WHAT}, with a "did you mean" or
 * what was expected, and no stack trace or JSON parser noise in it:
 *
 * <pre>
 * model.json:3:17: error: subnet subnet-a: unknown attribute 'cdir' (did you mean cidr?)
 * </pre>
 *
 * <p>It extends {@link ModelException}: a model file that cannot be loaded is a model that cannot be
 * built, so a caller that already handles {@code ModelException} (the command line, an embedder)
 * handles this one too, while a caller that wants the position catches this type. Failures that
 * only {@link org.invar.model.ModelBuilder#build()} detects after reading carry the file name and
 * line 0.
 */
public final class ModelFileException extends ModelException {
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String file;
    private final int line;
    private final int column;
    private final String reason;

    /**
     * @param code a stable name for the kind of problem, such as {@code unknown-attribute}
     * @param file the source name the model was read from
     * @param line 1-based; 0 when the problem has no single place
     * @param column 1-based; 0 when the problem has no single place
     * @param reason what is wrong and what was expected, without the position
     */
    public ModelFileException(String code, String file, int line, int column, String reason) {
        super((line > 0 ? file + ":" + line + ":" + column : file) + ": error: " + reason);
        this.code = code;
        this.file = file;
        this.line = line;
        this.column = column;
        this.reason = reason;
    }

    /** A stable name for the kind of problem: {@code json}, {@code version}, {@code unknown-kind}, ... */
    public String code() {
        return code;
    }

    public String file() {
        return file;
    }

    /** 1-based, or 0 when the problem has no single place. */
    public int line() {
        return line;
    }

    /** 1-based, or 0 when the problem has no single place. */
    public int column() {
        return column;
    }

    /** The message without the position: what is wrong and what was expected. */
    public String reason() {
        return reason;
    }

    /** The same problem as a diagnostic value, for reporting alongside rule diagnostics. */
    public Diagnostic diagnostic() {
        return new Diagnostic(Diagnostic.Level.ERROR, code, file, line, column, reason, "");
    }
}
