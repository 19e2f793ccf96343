package org.invar.terraform.hcl.syntax;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;
import org.invar.spi.ModelLoadException;

/** Builds the syntax tree ({@link Body}, {@link Expr}) from the parser's contexts. */
final class TreeBuilder {
    private final String file;

    TreeBuilder(String file) {
        this.file = file;
    }

    Body body(HclParser.BodyContext ctx) {
        List<Body.Attribute> attributes = new ArrayList<>();
        List<Body.Block> blocks = new ArrayList<>();
        for (HclParser.AttributeContext a : ctx.attribute()) {
            String name = a.name().getText();
            if (attributes.stream().anyMatch(x -> x.name().equals(name))) {
                throw ModelLoadException.at(file, a.start.getLine(), a.start.getCharPositionInLine() + 1,
                        "attribute " + name + " is set twice in this block; remove one");
            }
            attributes.add(new Body.Attribute(name, expr(a.expression()), pos(a.start)));
        }
        for (HclParser.BlockContext b : ctx.block()) {
            List<String> labels = new ArrayList<>();
            for (HclParser.LabelContext l : b.label()) {
                labels.add(l.name() != null ? l.name().getText()
                        : l.TEMPLATE_LITERAL() == null ? "" : unescape(l.TEMPLATE_LITERAL().getSymbol()));
            }
            blocks.add(new Body.Block(b.name().getText(), labels, body(b.body()), pos(b.start), b.stop.getLine()));
        }
        return new Body(attributes, blocks);
    }

    Expr expr(HclParser.ExpressionContext ctx) {
        Expr condition = or(ctx.orExpr());
        if (ctx.QUESTION() == null) {
            return condition;
        }
        return new Expr.Conditional(condition, expr(ctx.expression(0)), expr(ctx.expression(1)), condition.pos());
    }

    private Expr or(HclParser.OrExprContext ctx) {
        return binary(ctx, ctx.andExpr().stream().map(this::and).toList());
    }

    private Expr and(HclParser.AndExprContext ctx) {
        return binary(ctx, ctx.eqExpr().stream().map(this::eq).toList());
    }

    private Expr eq(HclParser.EqExprContext ctx) {
        return binary(ctx, ctx.cmpExpr().stream().map(this::cmp).toList());
    }

    private Expr cmp(HclParser.CmpExprContext ctx) {
        return binary(ctx, ctx.addExpr().stream().map(this::add).toList());
    }

    private Expr add(HclParser.AddExprContext ctx) {
        return binary(ctx, ctx.mulExpr().stream().map(this::mul).toList());
    }

    private Expr mul(HclParser.MulExprContext ctx) {
        return binary(ctx, ctx.unary().stream().map(this::unary).toList());
    }

    /** Left-associative: the operators are the terminals between the operands. */
    private Expr binary(ParserRuleContext ctx, List<Expr> operands) {
        Expr out = operands.get(0);
        int i = 1;
        for (ParseTree child : ctx.children) {
            if (child instanceof TerminalNode op) {
                out = new Expr.Binary(op.getText(), out, operands.get(i++), pos(op.getSymbol()));
            }
        }
        return out;
    }

    private Expr unary(HclParser.UnaryContext ctx) {
        if (ctx.postfix() != null) {
            return postfix(ctx.postfix());
        }
        return new Expr.Unary(ctx.getChild(0).getText(), unary(ctx.unary()), pos(ctx.start));
    }

    private Expr postfix(HclParser.PostfixContext ctx) {
        Expr out = primary(ctx.primary());
        List<HclParser.PostfixOpContext> ops = ctx.postfixOp();
        for (int i = 0; i < ops.size(); i++) {
            HclParser.PostfixOpContext op = ops.get(i);
            if (op instanceof HclParser.AttrSplatContext || op instanceof HclParser.FullSplatContext) {
                Expr each = new Expr.SplatItem(pos(op.start));
                for (int j = i + 1; j < ops.size(); j++) {
                    each = traverse(each, ops.get(j));
                }
                return new Expr.Splat(out, each, pos(op.start));
            }
            out = traverse(out, op);
        }
        return out;
    }

    /** A step of a traversal; its position is where the traversal starts ({@code var} of {@code var.x}). */
    private Expr traverse(Expr target, HclParser.PostfixOpContext op) {
        if (op instanceof HclParser.GetAttrContext g) {
            return new Expr.GetAttr(target, g.name().getText(), target.pos());
        }
        if (op instanceof HclParser.LegacyIndexContext l) {
            return new Expr.Index(target, new Expr.Literal(new BigDecimal(l.NUMBER().getText()), pos(l.NUMBER().getSymbol())),
                    target.pos());
        }
        if (op instanceof HclParser.IndexContext x) {
            return new Expr.Index(target, expr(x.expression()), target.pos());
        }
        // a splat after a splat: [*] of each element
        return new Expr.Splat(target, new Expr.SplatItem(pos(op.start)), pos(op.start));
    }

    private Expr primary(HclParser.PrimaryContext ctx) {
        Pos at = pos(ctx.start);
        if (ctx instanceof HclParser.NumberContext n) {
            return new Expr.Literal(new BigDecimal(n.NUMBER().getText()), at);
        }
        if (ctx instanceof HclParser.VariableContext v) {
            return switch (v.name().getText()) {
                case "true" -> new Expr.Literal(Boolean.TRUE, at);
                case "false" -> new Expr.Literal(Boolean.FALSE, at);
                case "null" -> new Expr.Literal(null, at);
                default -> new Expr.Variable(v.name().getText(), at);
            };
        }
        if (ctx instanceof HclParser.CallContext c) {
            List<Expr> args = new ArrayList<>();
            boolean expand = false;
            if (c.arguments() != null) {
                c.arguments().expression().forEach(e -> args.add(expr(e)));
                expand = c.arguments().ELLIPSIS() != null;
            }
            // a namespaced name is one string: core::abs, provider::aws::arn_parse
            String name = String.join("::", c.name().stream().map(n -> n.getText()).toList());
            return new Expr.Call(name, args, expand, at);
        }
        if (ctx instanceof HclParser.QuotedContext q) {
            return template(q.templatePart(), at, false);
        }
        if (ctx instanceof HclParser.HeredocContext h) {
            return template(h.templatePart(), at, h.HEREDOC_START().getText().startsWith("<<-"));
        }
        if (ctx instanceof HclParser.TupleContext t) {
            return new Expr.TupleCons(t.expression().stream().map(this::expr).toList(), at);
        }
        if (ctx instanceof HclParser.ObjectContext o) {
            List<Expr.ObjectCons.Item> items = new ArrayList<>();
            for (HclParser.ObjectItemContext item : o.objectItem()) {
                Expr key = expr(item.expression(0));
                if (key instanceof Expr.Variable v) {
                    key = new Expr.Literal(v.name(), v.pos()); // a bare name is the key itself
                } else if (key instanceof Expr.Literal l && !(l.value() instanceof String)
                        && item.expression(0).getStart().getType() != HclLexer.LPAREN
                        && !(l.value() instanceof java.math.BigDecimal)) {
                    key = new Expr.Literal(item.expression(0).getText(), l.pos()); // so is a bare true, false or null
                }
                items.add(new Expr.ObjectCons.Item(key, expr(item.expression(1))));
            }
            return new Expr.ObjectCons(items, at);
        }
        if (ctx instanceof HclParser.ForTupleContext f) {
            HclParser.ForIntroContext in = f.forIntro();
            return new Expr.For(in.name().size() > 1 ? in.name(0).getText() : null, in.name(in.name().size() - 1).getText(),
                    expr(in.expression()), null, expr(f.expression(0)), false,
                    f.IF() == null ? null : expr(f.expression(1)), at);
        }
        if (ctx instanceof HclParser.ForObjectContext f) {
            HclParser.ForIntroContext in = f.forIntro();
            return new Expr.For(in.name().size() > 1 ? in.name(0).getText() : null, in.name(in.name().size() - 1).getText(),
                    expr(in.expression()), expr(f.expression(0)), expr(f.expression(1)), f.ELLIPSIS() != null,
                    f.IF() == null ? null : expr(f.expression(2)), at);
        }
        return expr(((HclParser.ParensContext) ctx).expression());
    }

    /** A template file's text as one template. */
    Expr.Template templateFile(HclParser.TemplateFileContext ctx) {
        return template(ctx.templatePart(), new Pos(file, 1, 1), false);
    }

    private Expr.Template template(List<HclParser.TemplatePartContext> parts, Pos at, boolean indented) {
        Expr.Template t = template(parts, at, false, false);
        return indented ? new Expr.Template(TemplateText.dedent(t.parts()), at) : t;
    }

    /**
     * The parts of a template, literal text merged; {@code trimStart}/{@code trimEnd}: a {@code ~}
     * by the braces around them strips the white space at their start or end.
     */
    private Expr.Template template(List<HclParser.TemplatePartContext> parts, Pos at, boolean trimStart,
                                   boolean trimEnd) {
        List<Expr> out = new ArrayList<>();
        StringBuilder literal = null;
        boolean literalTrimStart = false;
        boolean nextTrimStart = trimStart;
        for (HclParser.TemplatePartContext part : parts) {
            if (part instanceof HclParser.LiteralPartContext l) {
                if (literal == null) {
                    literal = new StringBuilder();
                    literalTrimStart = nextTrimStart;
                    nextTrimStart = false;
                }
                Token token = ((TerminalNode) l.getChild(0)).getSymbol();
                literal.append(token.getType() == HclLexer.TEMPLATE_LITERAL ? unescape(token)
                        : TemplateText.unescapeHeredoc(token.getText()));
                continue;
            }
            List<boolean[]> tildes = tildes(part);
            flush(out, literal, literalTrimStart, tildes.get(0)[0], at);
            literal = null;
            nextTrimStart = tildes.get(tildes.size() - 1)[1];
            out.add(templatePart(part, tildes));
        }
        flush(out, literal, literalTrimStart, trimEnd, at);
        if (out.isEmpty()) {
            out.add(new Expr.Literal("", at));
        }
        return new Expr.Template(out, at);
    }

    private Expr templatePart(HclParser.TemplatePartContext part, List<boolean[]> tildes) {
        if (part instanceof HclParser.InterpolationContext i) {
            return expr(i.expression());
        }
        if (part instanceof HclParser.IfDirectiveContext d) {
            boolean hasElse = d.elseParts != null;
            Expr.Template then = template(d.thenParts.templatePart(), pos(d.start), tildes.get(0)[1], tildes.get(1)[0]);
            Expr.Template otherwise = hasElse
                    ? template(d.elseParts.templatePart(), pos(d.start), tildes.get(1)[1], tildes.get(2)[0])
                    : new Expr.Template(List.of(new Expr.Literal("", pos(d.start))), pos(d.start));
            return new Expr.TemplateIf(expr(d.expression()), then, otherwise, pos(d.start));
        }
        HclParser.ForDirectiveContext f = (HclParser.ForDirectiveContext) part;
        Expr.Template body = template(f.templateParts().templatePart(), pos(f.start), tildes.get(0)[1], tildes.get(1)[0]);
        return new Expr.TemplateFor(f.name().size() > 1 ? f.name(0).getText() : null,
                f.name(f.name().size() - 1).getText(), expr(f.expression()), body, pos(f.start));
    }

    /** For each {@code ${}/%{} ... }} of a part, in order: a ~ after its opening brace, a ~ before its closing one. */
    private static List<boolean[]> tildes(HclParser.TemplatePartContext part) {
        List<boolean[]> out = new ArrayList<>();
        for (ParseTree child : part.children) {
            if (child instanceof TerminalNode t) {
                int type = t.getSymbol().getType();
                if (type == HclLexer.INTERP || type == HclLexer.DIRECTIVE) {
                    out.add(new boolean[] {t.getText().endsWith("~"), false});
                } else if (type == HclLexer.TILDE) {
                    out.get(out.size() - 1)[1] = true;
                }
            }
        }
        return out;
    }

    private static void flush(List<Expr> out, StringBuilder literal, boolean trimStart, boolean trimEnd, Pos at) {
        if (literal == null) {
            return;
        }
        String s = literal.toString();
        if (trimStart) {
            s = s.stripLeading();
        }
        if (trimEnd) {
            s = s.stripTrailing();
        }
        if (!s.isEmpty()) {
            out.add(new Expr.Literal(s, at));
        }
    }

    private Pos pos(Token t) {
        return new Pos(file, t.getLine(), t.getCharPositionInLine() + 1);
    }

    /** A quoted string's text, its escapes replaced; a bad escape is an error at it. */
    private String unescape(Token token) {
        try {
            return TemplateText.unescape(token.getText());
        } catch (TemplateText.BadEscape e) {
            // a literal part is on one line: the escape is that many characters along it
            throw ModelLoadException.at(file, token.getLine(), token.getCharPositionInLine() + 1 + e.offset,
                    e.getMessage());
        }
    }
}
