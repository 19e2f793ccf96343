package org.invar.dsl;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.invar.dsl.ast.Aggregate;
import org.invar.dsl.ast.Arithmetic;
import org.invar.dsl.ast.Comparison;
import org.invar.dsl.ast.Declaration;
import org.invar.dsl.ast.Expr;
import org.invar.dsl.ast.ExprVisitor;
import org.invar.dsl.ast.Identifier;
import org.invar.dsl.ast.Import;
import org.invar.dsl.ast.Literal;
import org.invar.dsl.ast.Logical;
import org.invar.dsl.ast.Not;
import org.invar.dsl.ast.Param;
import org.invar.dsl.ast.Path;
import org.invar.dsl.ast.Precedence;
import org.invar.dsl.ast.PresenceTest;
import org.invar.dsl.ast.Quantified;
import org.invar.dsl.ast.Rule;
import org.invar.dsl.ast.SourceFile;

/**
 * Prints an AST as canonical rule text: one declaration per line or block, single spaces, the
 * fewest parentheses that keep the meaning, and parentheses around a nested quantifier wherever a
 * reader could misgroup it (see {@code ExprPrinter}); {@code with} for filters. Parsing the text
 * gives the same AST back (positions aside).
 */
public final class Printer {
    /** Words the lexer reserves; a name spelled like one cannot be printed. */
    public static final Set<String> RESERVED = Vocabulary.reserved();
    private static final Pattern NAME = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*");
    private static final Pattern RULE_ID = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_.\\-]*");
    // A bare tag is words joined by '-', each word a name or a whole number: "a-1b" would lex as a, -, 1, b.
    private static final Pattern BARE_TAG = Pattern.compile("[a-zA-Z_][a-zA-Z0-9_]*(-([a-zA-Z_][a-zA-Z0-9_]*|[0-9]+))*");

    private Printer() {
    }

    public static String print(SourceFile file) {
        return file.declarations().stream().map(Printer::print).collect(Collectors.joining("\n\n", "", "\n"));
    }

    public static String print(Declaration declaration) {
        if (declaration instanceof Import i) {
            return "import " + quote(i.target());
        }
        if (declaration instanceof Param p) {
            return "param " + name(p.name()) + " = " + print(p.value());
        }
        return print((Rule) declaration);
    }

    public static String print(Rule rule) {
        if (rule.bare()) {
            return print(rule.assertion());
        }
        if (!RULE_ID.matcher(rule.id()).matches()) {
            throw new IllegalArgumentException("not a rule id: " + rule.id());
        }
        StringBuilder out = new StringBuilder("rule ").append(rule.id()).append(" {\n");
        rule.severity().ifPresent(s -> out.append("  severity ").append(s.word()).append('\n'));
        rule.title().ifPresent(t -> out.append("  title ").append(quote(t)).append('\n'));
        rule.message().ifPresent(m -> out.append("  message ").append(quote(m)).append('\n'));
        rule.docs().ifPresent(d -> out.append("  docs ").append(quote(d)).append('\n'));
        if (!rule.tags().isEmpty()) {
            out.append("  tags [").append(rule.tags().stream().map(Printer::tag).collect(Collectors.joining(", ")))
                    .append("]\n");
        }
        if (rule.unsuppressible()) {
            out.append("  unsuppressible\n");
        }
        return out.append("  assert ").append(print(rule.assertion())).append("\n}").toString();
    }

    public static String print(Expr expr) {
        return new ExprPrinter().whole(expr);
    }

    /**
     * The 'with' clause of {@code q} as the canonical text of {@code q} shows it, for a message that
     * quotes it next to the claim: a quantifier in it is in parentheses when {@code q} has a 'has'.
     */
    public static String printFilter(Quantified q) {
        Expr filter = q.filter().orElseThrow(() -> new IllegalArgumentException("no 'with' clause: " + q));
        ExprPrinter printer = new ExprPrinter();
        return q.claim().isPresent() ? printer.print(filter, 0) : printer.filterAtEnd(filter);
    }

    private static String tag(String tag) {
        boolean bare = BARE_TAG.matcher(tag).matches()
                && java.util.Arrays.stream(tag.split("-")).noneMatch(RESERVED::contains);
        return bare ? tag : quote(tag);
    }

    static String name(Identifier identifier) {
        String name = identifier.name();
        if (!NAME.matcher(name).matches() || RESERVED.contains(name)) {
            throw new IllegalArgumentException("not a name the language can spell: " + name);
        }
        return name;
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /**
     * A quantifier's clauses run as far right as the text goes, so a reader can only tell where a
     * nested quantifier ends when it stands alone in a clause that ends the text: the whole 'has'
     * clause, the whole 'where' of an aggregate, or the whole 'with' clause of a quantifier that
     * has no 'has' (and then only when it has no 'has' of its own, which a reader could take for
     * the outer quantifier's). Everywhere else, as an operand or in a 'with' that a 'has'
     * follows, it is put in parentheses.
     */
    private static final class ExprPrinter implements ExprVisitor<String> {
        /** An operand, or a clause that something follows: a nested quantifier is parenthesised. */
        String print(Expr expr, Precedence context) {
            return print(expr, context.ordinal());
        }

        /** {@code context}: the ordinal of the loosest precedence that may stand here without parentheses. */
        String print(Expr expr, int context) {
            boolean parens = expr instanceof Quantified || precedence(expr).ordinal() < context;
            String text = expr.accept(this);
            return parens ? "(" + text + ")" : text;
        }

        /** The whole of a clause that ends the text: a nested quantifier stands bare. */
        String whole(Expr expr) {
            return expr instanceof Quantified ? expr.accept(this) : print(expr, 0);
        }

        private static Precedence precedence(Expr expr) {
            if (expr instanceof Logical l) {
                return l.operator().precedence();
            }
            if (expr instanceof Not) {
                return Precedence.NOT;
            }
            if (expr instanceof Comparison c) {
                return c.operator().precedence();
            }
            if (expr instanceof PresenceTest) {
                return Precedence.IS;
            }
            if (expr instanceof Arithmetic a) {
                return a.operator().precedence();
            }
            return Precedence.PRIMARY;
        }

        /** Left-associative: the right operand of an operator of the same level needs parentheses. */
        private String binary(Expr left, String operator, Expr right, Precedence level) {
            return print(left, level) + " " + operator + " " + print(right, level.ordinal() + 1);
        }

        @Override
        public String visitInt(Literal.IntLiteral literal) {
            return Long.toString(literal.value());
        }

        @Override
        public String visitDecimal(Literal.DecimalLiteral literal) {
            BigDecimal value = literal.value();
            return (value.scale() > 0 ? value : value.setScale(1)).toPlainString();
        }

        @Override
        public String visitString(Literal.StringLiteral literal) {
            return quote(literal.value());
        }

        @Override
        public String visitBool(Literal.BoolLiteral literal) {
            return Boolean.toString(literal.value());
        }

        @Override
        public String visitList(Literal.ListLiteral literal) {
            return literal.elements().stream().map(Printer::print).collect(Collectors.joining(", ", "[", "]"));
        }

        @Override
        public String visitPath(Path path) {
            return path.segments().stream().map(Printer::name).collect(Collectors.joining("."));
        }

        @Override
        public String visitAggregate(Aggregate a) {
            return a.function().word() + "(" + (a.distinct() ? "distinct " : "") + visitPath(a.path())
                    + a.filter().map(f -> " where " + whole(f)).orElse("") + ")";
        }

        @Override
        public String visitArithmetic(Arithmetic a) {
            return binary(a.left(), a.operator().symbol(), a.right(), a.operator().precedence());
        }

        @Override
        public String visitComparison(Comparison c) {
            return binary(c.left(), c.operator().symbol(), c.right(), c.operator().precedence());
        }

        @Override
        public String visitPresence(PresenceTest t) {
            return print(t.operand(), Precedence.IS) + (t.set() ? " is set" : " is missing");
        }

        @Override
        public String visitNot(Not n) {
            return "not " + print(n.operand(), Precedence.NOT);
        }

        @Override
        public String visitLogical(Logical l) {
            return binary(l.left(), l.operator().word(), l.right(), l.operator().precedence());
        }

        @Override
        public String visitQuantified(Quantified q) {
            StringBuilder out = new StringBuilder(q.quantifier().text()).append(' ').append(visitPath(q.range()));
            q.binding().ifPresent(b -> out.append(" as ").append(name(b)));
            Optional<Expr> claim = q.claim();
            q.filter().ifPresent(f -> out.append(" with ").append(claim.isPresent() ? print(f, 0) : filterAtEnd(f)));
            claim.ifPresent(c -> out.append(" has ").append(whole(c)));
            return out.toString();
        }

        /** A 'with' clause that ends the text: a quantifier in it may stand bare unless it has a 'has'. */
        String filterAtEnd(Expr filter) {
            boolean ownsAHas = filter instanceof Quantified inner && inner.claim().isPresent();
            return ownsAHas ? print(filter, 0) : whole(filter);
        }
    }
}
