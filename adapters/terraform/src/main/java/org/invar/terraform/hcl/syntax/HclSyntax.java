package org.invar.terraform.hcl.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.invar.spi.ModelLoadException;

/**
 * Parses HCL native syntax ({@code .tf}, {@code .tfvars}) into a {@link HclFile}: positions on
 * every node, comments kept. The first syntax error is a {@link ModelLoadException} at its
 * {@code file:line:col}.
 */
public final class HclSyntax {
    private HclSyntax() {
    }

    public static HclFile parse(String file, String text) {
        HclLexer lexer = new HclLexer(CharStreams.fromString(text, file));
        SyntaxErrors errors = new SyntaxErrors(file);
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        CommonTokenStream tokens = new CommonTokenStream(lexer);
        HclParser parser = new HclParser(tokens);
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        HclParser.ConfigFileContext tree;
        try {
            tree = parser.configFile();
        } catch (StackOverflowError e) {
            throw ModelLoadException.at(file, 1, 1, "expressions or blocks are nested too deeply to read");
        }
        Body body;
        try {
            body = new TreeBuilder(file).body(tree.body());
        } catch (StackOverflowError e) {
            throw ModelLoadException.at(file, 1, 1, "expressions or blocks are nested too deeply to read");
        }
        return new HclFile(file, body, comments(file, tokens));
    }

    /**
     * Parses a template, as {@code templatefile} reads a file: literal text, {@code ${ }}
     * interpolations and {@code %{ }} directives, no escapes but {@code $${} and {@code %%{}.
     * A syntax error is a {@link ModelLoadException} at its place in the template.
     */
    public static Expr.Template template(String file, String text) {
        HclLexer lexer = new HclLexer(CharStreams.fromString(text, file));
        lexer.startTemplate();
        SyntaxErrors errors = new SyntaxErrors(file);
        lexer.removeErrorListeners();
        lexer.addErrorListener(errors);
        HclParser parser = new HclParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.addErrorListener(errors);
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        try {
            return new TreeBuilder(file).templateFile(parser.templateFile());
        } catch (StackOverflowError e) {
            throw ModelLoadException.at(file, 1, 1, "expressions in the template are nested too deeply to read");
        }
    }

    /** Parses one expression (a {@code --param} value of a list or map variable). */
    public static Expr expression(String file, String text) {
        HclFile f = parse(file, "value = " + text + "\n");
        return f.body().attribute("value").orElseThrow().value();
    }

    private static List<HclFile.Comment> comments(String file, CommonTokenStream tokens) {
        List<HclFile.Comment> out = new ArrayList<>();
        for (Token t : tokens.getTokens()) {
            if (t.getType() == HclLexer.COMMENT) {
                String text = t.getText();
                out.add(new HclFile.Comment(text.substring(text.startsWith("#") ? 1 : 2).trim(),
                        new Pos(file, t.getLine(), t.getCharPositionInLine() + 1)));
            }
        }
        return out;
    }
}
