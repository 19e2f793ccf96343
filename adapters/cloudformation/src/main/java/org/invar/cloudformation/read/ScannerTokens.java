package org.invar.cloudformation.read;

import java.lang.reflect.Field;
import java.util.List;
import org.snakeyaml.engine.v2.scanner.ScannerImpl;

/**
 * Gives snakeyaml-engine's scanner a {@link TokenQueue} for the tokens it holds back, in place of
 * its ArrayList: flow collections on long lines then scan in time linear in their tokens, not
 * times the thousand tokens held back (see {@link TokenQueue}).
 *
 * <p>The list is a private field of the scanner, set here by reflection. Should a later version of
 * the library name it differently, or a module system forbid the access, the scanner keeps its
 * own list: reading stays correct, only flow collections on long lines are slower.
 * {@link #installed(ScannerImpl)} tells which (a test holds it true for the pinned version).
 */
final class ScannerTokens {
    private static final Field TOKENS = tokensField();

    private ScannerTokens() {
    }

    /**
     * The scanner, given a token queue if it can be, with the tokens it holds already (a new
     * scanner holds the start of the stream). Call before the parser takes any.
     */
    static ScannerImpl faster(ScannerImpl scanner) {
        if (TOKENS != null) {
            try {
                if (TOKENS.get(scanner) instanceof List<?> tokens && !(tokens instanceof TokenQueue<?>)) {
                    TOKENS.set(scanner, new TokenQueue<>(tokens));
                }
            } catch (IllegalAccessException | RuntimeException e) {
                // keep the scanner's own list: correct, slower on long flow lines
            }
        }
        return scanner;
    }

    /** Whether this scanner holds its tokens in a {@link TokenQueue}. */
    static boolean installed(ScannerImpl scanner) {
        try {
            return TOKENS != null && TOKENS.get(scanner) instanceof TokenQueue<?>;
        } catch (IllegalAccessException e) {
            return false;
        }
    }

    private static Field tokensField() {
        try {
            Field field = ScannerImpl.class.getDeclaredField("tokens");
            if (!field.getType().equals(List.class)) {
                return null;
            }
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException | RuntimeException e) {
            return null;
        }
    }
}
