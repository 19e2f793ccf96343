package org.invar.dsl;



/**
 * Parses rule text into an AST. Bad text never throws: the result holds every diagnostic.
 *
 * <pre>{@code
 * ParseResult result = RuleParser.parse(new Source("azs.invar",
 *         "every az with alb_node has healthy_targets >= 1"));
 * if (!result.ok()) {
 *     System.err.println(result.report());
 * }
 * }</pre>
 */
public final class RuleParser {
    /** Files longer than this are refused before lexing. */
    public static final int MAX_CHARS = 1 << 20;
    /** Brackets, quantifiers and operators nested deeper than this are refused. */
    public static final int MAX_DEPTH = 100;

    private RuleParser() {
    }

    public static ParseResult parse(Source source) {
        return AntlrFrontEnd.parse(source, MAX_CHARS, MAX_DEPTH);
    }

    public static ParseResult parse(String name, String text) {
        return parse(new Source(name, text));
    }

    /** Parses a lone expression, such as a placeholder of a rule's message. */
    public static ExpressionResult parseExpression(Source source) {
        return AntlrFrontEnd.parseExpression(source, MAX_DEPTH);
    }
}
