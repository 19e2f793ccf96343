package org.invar.dsl;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.invar.dsl.ast.Aggregate;
import org.invar.dsl.ast.Arithmetic;
import org.invar.dsl.ast.Comparison;
import org.invar.dsl.ast.Declaration;
import org.invar.dsl.ast.Expr;
import org.invar.dsl.ast.Identifier;
import org.invar.dsl.ast.Import;
import org.invar.dsl.ast.Literal;
import org.invar.dsl.ast.Logical;
import org.invar.dsl.ast.Not;
import org.invar.dsl.ast.Param;
import org.invar.dsl.ast.Path;
import org.invar.dsl.ast.Position;
import org.invar.dsl.ast.PresenceTest;
import org.invar.dsl.ast.Quantified;
import org.invar.dsl.ast.Quantifier;
import org.invar.dsl.ast.Rule;
import org.invar.dsl.ast.Severity;
import org.invar.dsl.ast.SourceFile;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Random ASTs of whole rule files, drawn from a QuickTheories {@link RandomnessSource} so that
 * failures shrink. Every node has {@link Position#NONE}; every name is one the language can spell
 * (never one of {@link Printer#RESERVED}), with a bias towards the awkward ones: soft keywords,
 * names that begin with a keyword, aggregate function words.
 */
final class AstGenerator {
    /** Parsed under this name, so bare invariant ids are {@code gen:LINE}. */
    static final String SOURCE_NAME = "gen.invar";

    private static final Position NONE = Position.NONE;
    private static final String[] NAMES = {
            "az", "subnet", "load_balancer", "healthy_targets", "x", "_", "a1", "desired_count",
            // soft keywords: keywords only in a rule header, names everywhere else
            "severity", "title", "message", "docs", "tags", "unsuppressible", "distinct",
            // aggregate words and severity words are plain names
            "count", "sum", "min", "max", "avg", "high", "set", "missing", "least_ok",
            // a keyword followed by more letters is a name
            "every_az", "nothing", "isolated", "android", "order", "inner", "asset", "notes", "withheld",
            "hash", "import_", "rules", "truely", "falsey", "atom", "mostly", "exactly1", "assertion", "params"};
    private static final String[] RULE_IDS = {
            "r", "ecs-service-covers-its-azs", "a.b-c", "x--", "_1", "rule", "every", "not.a.keyword", "v1.2-beta", "Z"};
    private static final String[] TAGS = {
            "availability", "ecs", "a-b", "a-1", "a-1b", "x-2-y", "every-az", "with space", "quote\"d", "", "-lead",
            "trail-", "severity-high", "1", "1-a", "back\\slash", "naïve", "a--b", "a_b-c_d"};
    private static final String[] STRING_PIECES = {
            "a", "internet-facing", " ", "\"", "\\", "\n", "\t", "\r", "é", "€", "\uD83D\uDE00", "#", "//", "{name}",
            "'", "\\n", "\u0000", "\f", "\u2028", "}", "rule x {", "}\n"};
    private static final long[] INTS = {0, 1, 2, 3, 10, 99, 1000, -1, -42, Integer.MAX_VALUE, Long.MAX_VALUE,
            Long.MIN_VALUE, Long.MIN_VALUE + 1};

    private final RandomnessSource in;

    private AstGenerator(RandomnessSource in) {
        this.in = in;
    }

    /** Whole files of one to five declarations; expressions nest at most {@code maxDepth} levels. */
    static Gen<SourceFile> files(int maxDepth) {
        Gen<SourceFile> gen = in -> new AstGenerator(in).file(maxDepth);
        return gen.describedAs(AstGenerator::describe);
    }

    /** Expressions alone, for tests that put them in a rule of their own. */
    static Gen<Expr> expressions(int maxDepth) {
        Gen<Expr> gen = in -> new AstGenerator(in).expr(maxDepth);
        return gen.describedAs(AstGenerator::describe);
    }

    /**
     * Invariants whose 'with' and 'has' clauses are mostly quantifiers: alone in the clause, at
     * the end of an 'and', 'or' or 'not', or in an aggregate's 'where'; with and without claims
     * of their own, so that every way a 'has' could dangle is drawn.
     */
    static Gen<Quantified> nestedQuantifiers(int maxDepth) {
        Gen<Quantified> gen = in -> new AstGenerator(in).nested(maxDepth, true);
        return gen.describedAs(AstGenerator::describe);
    }

    private static String describe(Object ast) {
        try {
            String printed = ast instanceof SourceFile f ? Printer.print(f) : Printer.print((Expr) ast);
            return "\n--- printed ---\n" + printed + "\n--- ast ---\n" + ast;
        } catch (RuntimeException e) {
            return ast + " (does not print: " + e + ")";
        }
    }

    private int between(int min, int max) {
        return (int) in.next(Constraint.between(min, max));
    }

    private boolean chance(int percent) {
        return between(0, 99) < percent;
    }

    private <T> T pick(T[] options) {
        return options[between(0, options.length - 1)];
    }

    SourceFile file(int maxDepth) {
        int count = between(1, 5);
        List<Declaration> declarations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            declarations.add(switch (between(0, 5)) {
                case 0 -> new Import(string(), NONE);
                case 1 -> new Param(identifier(), literal(2), NONE);
                case 2, 3 -> rule(maxDepth);
                default -> Rule.bare("placeholder", quantified(maxDepth, true));
            });
        }
        return withBareIds(new SourceFile(SOURCE_NAME, declarations));
    }

    /**
     * A bare invariant's id is its file's stem and the line it starts on; the printer puts one
     * blank line between declarations, so the lines follow from the printed declarations.
     */
    static SourceFile withBareIds(SourceFile file) {
        List<Declaration> declarations = new ArrayList<>();
        int line = 1;
        String stem = new Source(file.name(), "").stem();
        for (Declaration d : file.declarations()) {
            if (d instanceof Rule r && r.bare()) {
                d = Rule.bare(stem + ":" + line, r.assertion());
            }
            declarations.add(d);
            line += Printer.print(d).split("\n", -1).length + 1;
        }
        return new SourceFile(file.name(), declarations);
    }

    private Rule rule(int maxDepth) {
        Optional<Severity> severity = chance(60) ? Optional.of(pick(Severity.values())) : Optional.empty();
        Optional<String> title = chance(50) ? Optional.of(string()) : Optional.empty();
        Optional<String> message = chance(30) ? Optional.of(string()) : Optional.empty();
        Optional<String> docs = chance(20) ? Optional.of(string()) : Optional.empty();
        List<String> tags = new ArrayList<>();
        int tagCount = chance(50) ? between(1, 3) : 0;
        for (int i = 0; i < tagCount; i++) {
            tags.add(chance(80) ? pick(TAGS) : string());
        }
        return new Rule(pick(RULE_IDS), false, severity, title, message, docs, tags, chance(20),
                quantified(maxDepth, true), NONE);
    }

    private Quantified quantified(int depth, boolean topLevel) {
        Quantifier quantifier = switch (between(0, 5)) {
            case 0 -> Quantifier.EVERY;
            case 1 -> Quantifier.NO;
            case 2 -> Quantifier.SOME;
            case 3 -> Quantifier.atLeast(count());
            case 4 -> Quantifier.atMost(count());
            default -> Quantifier.exactly(count());
        };
        Path range = topLevel ? new Path(List.of(identifier())) : path();
        Optional<Identifier> binding = chance(25) ? Optional.of(identifier()) : Optional.empty();
        Optional<Expr> filter = chance(50) ? Optional.of(expr(depth - 1)) : Optional.empty();
        Optional<Expr> claim = chance(70) ? Optional.of(expr(depth - 1)) : Optional.empty();
        return new Quantified(quantifier, range, binding, filter, claim, NONE);
    }

    private Quantified nested(int depth, boolean topLevel) {
        Quantified q = quantified(0, topLevel);
        Optional<Expr> filter = chance(60) ? Optional.of(clause(depth - 1)) : Optional.empty();
        Optional<Expr> claim = chance(60) ? Optional.of(clause(depth - 1)) : Optional.empty();
        return new Quantified(q.quantifier(), q.range(), q.binding(), filter, claim, NONE);
    }

    /** A 'with' or 'has' clause that is, or ends in, a nested quantifier more often than not. */
    private Expr clause(int depth) {
        if (depth <= 0) {
            return expr(1);
        }
        return switch (between(0, 7)) {
            case 0, 1, 2, 3 -> nested(depth, false);
            case 4 -> new Logical(pick(Logical.Operator.values()), expr(1), nested(depth, false), NONE);
            case 5 -> new Not(nested(depth, false), NONE);
            case 6 -> new Comparison(Comparison.Operator.GE, new Aggregate(Aggregate.Function.COUNT, chance(50), path(),
                    Optional.of(nested(depth, false)), NONE), new Literal.IntLiteral(between(0, 3), NONE), NONE);
            default -> expr(2);
        };
    }

    private int count() {
        return chance(90) ? between(0, 5) : Integer.MAX_VALUE;
    }

    Expr expr(int depth) {
        if (depth <= 0 || chance(20)) {
            return switch (between(0, 3)) {
                case 0, 1 -> path();
                case 2 -> literal(1);
                default -> aggregate(0);
            };
        }
        int d = depth - 1;
        return switch (between(0, 9)) {
            case 0 -> literal(2);
            case 1 -> aggregate(d);
            case 2 -> new Arithmetic(pick(Arithmetic.Operator.values()), expr(d), expr(d), NONE);
            case 3, 4 -> new Comparison(pick(Comparison.Operator.values()), expr(d), expr(d), NONE);
            case 5 -> new PresenceTest(expr(d), chance(50), NONE);
            case 6 -> new Not(expr(d), NONE);
            case 7 -> new Logical(pick(Logical.Operator.values()), expr(d), expr(d), NONE);
            default -> quantified(depth, false);
        };
    }

    private Aggregate aggregate(int depth) {
        Optional<Expr> filter = depth > 0 && chance(50) ? Optional.of(expr(depth - 1)) : Optional.empty();
        return new Aggregate(pick(Aggregate.Function.values()), chance(50), path(), filter, NONE);
    }

    private Path path() {
        int length = between(1, 3);
        List<Identifier> segments = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            segments.add(identifier());
        }
        return new Path(segments);
    }

    private Identifier identifier() {
        if (chance(85)) {
            return Identifier.of(pick(NAMES));
        }
        // A fresh name: a letter or _, then letters, digits and _; respelled if it is a keyword.
        String first = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_";
        String rest = first + "0123456789";
        StringBuilder name = new StringBuilder().append(first.charAt(between(0, first.length() - 1)));
        int length = between(0, 8);
        for (int i = 0; i < length; i++) {
            name.append(rest.charAt(between(0, rest.length() - 1)));
        }
        String spelled = name.toString();
        return Identifier.of(Printer.RESERVED.contains(spelled) ? spelled + "_" : spelled);
    }

    private Literal literal(int depth) {
        return switch (between(0, depth > 0 ? 5 : 4)) {
            case 0 -> new Literal.IntLiteral(chance(50) ? INTS[between(0, INTS.length - 1)] : between(-1000, 1000), NONE);
            case 1 -> new Literal.DecimalLiteral(decimal(), NONE);
            case 2 -> new Literal.StringLiteral(string(), NONE);
            case 3 -> new Literal.BoolLiteral(chance(50), NONE);
            case 4 -> new Literal.IntLiteral(between(0, 9), NONE);
            default -> {
                int size = between(0, 4);
                List<Literal> elements = new ArrayList<>();
                for (int i = 0; i < size; i++) {
                    elements.add(literal(depth - 1));
                }
                yield new Literal.ListLiteral(elements, NONE);
            }
        };
    }

    /** Scale at least 1: the language writes decimals with a point, so 5 and 5.0 differ in print. */
    private BigDecimal decimal() {
        long unscaled = chance(10) ? Long.MIN_VALUE + between(0, 5) : between(-100000, 100000);
        return BigDecimal.valueOf(unscaled, between(1, 20));
    }

    private String string() {
        StringBuilder text = new StringBuilder();
        int pieces = between(0, 6);
        for (int i = 0; i < pieces; i++) {
            text.append(chance(70) ? pick(STRING_PIECES) : String.valueOf((char) between(32, 0x2FFF)));
        }
        return text.toString();
    }
}
