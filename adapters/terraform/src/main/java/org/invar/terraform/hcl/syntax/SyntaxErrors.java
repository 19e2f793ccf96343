package org.invar.terraform.hcl.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.invar.spi.ModelLoadException;

/**
 * Turns the first syntax error of a file into a {@link ModelLoadException} at its
 * {@code file:line:col}, saying what was found, what was expected, and how to fix the usual
 * mistakes (an unclosed string or brace, a missing {@code =}).
 */
final class SyntaxErrors extends BaseErrorListener {
    private final String file;

    SyntaxErrors(String file) {
        this.file = file;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int column, String msg,
                            RecognitionException e) {
        if (offending instanceof Token t && t.getType() == HclLexer.UNTERMINATED
                && ((Parser) recognizer).getTokenStream().getTokenSource() instanceof HclLexer lexer) {
            // point at the string left open, not at the end of its line
            throw ModelLoadException.at(file, lexer.quoteLine, lexer.quoteColumn + 1, describe(recognizer, offending));
        }
        throw ModelLoadException.at(file, line, column + 1, describe(recognizer, offending));
    }

    private static String describe(Recognizer<?, ?> recognizer, Object offending) {
        if (!(offending instanceof Token token)) {
            return "unexpected character; HCL has no token here (strings are in \"double quotes\")";
        }
        switch (token.getType()) {
            case HclLexer.UNTERMINATED:
                return "unterminated string: a quoted string ends on the line it starts; close it with \" or use a"
                        + " heredoc (<<EOT ... EOT) for text over several lines";
            case HclLexer.UNEXPECTED:
                return "unexpected character '" + token.getText() + "'";
            case Token.EOF:
                return "unexpected end of file" + expected(recognizer) + "; is a closing }, ] or ) or a closing"
                        + " heredoc marker missing?";
            default:
                String found = token.getType() == HclLexer.NL ? "end of line" : "'" + token.getText() + "'";
                return "unexpected " + found + expected(recognizer) + hint(token);
        }
    }

    private static String hint(Token token) {
        if (token.getType() == HclLexer.LBRACE) {
            return "; an attribute is name = value, a block is type \"label\" { ... }";
        }
        if (token.getType() == HclLexer.NL) {
            return "; an expression continues on the next line only inside ( ), [ ], ${ } or a for expression";
        }
        return "";
    }

    private static String expected(Recognizer<?, ?> recognizer) {
        if (!(recognizer instanceof Parser parser)) {
            return "";
        }
        IntervalSet set;
        try {
            set = parser.getExpectedTokens();
        } catch (RuntimeException e) {
            return "";
        }
        List<String> names = new ArrayList<>();
        for (int type : set.toArray()) {
            String name = display(parser.getVocabulary().getLiteralName(type), type);
            if (name != null && !names.contains(name)) {
                names.add(name);
            }
        }
        if (names.isEmpty() || names.size() > 8) {
            return "";
        }
        return "; expected " + String.join(" or ", names);
    }

    private static String display(String literal, int type) {
        if (type == HclLexer.FOR || type == HclLexer.IN || type == HclLexer.IF) {
            return "a name";
        }
        if (literal != null) {
            return literal;
        }
        return switch (type) {
            case HclLexer.IDENT -> "a name";
            case HclLexer.NUMBER -> "a number";
            case HclLexer.NL -> "a new line";
            case HclLexer.OQUOTE, HclLexer.CQUOTE -> "'\"'";
            case HclLexer.INTERP_END, HclLexer.DIRECTIVE_END -> "'}'";
            case HclLexer.DIRECTIVE -> "'%{'";
            case HclLexer.HEREDOC_START -> "a heredoc";
            case HclLexer.HEREDOC_END -> "the heredoc's closing marker";
            case Token.EOF -> "end of file";
            default -> null;
        };
    }
}
