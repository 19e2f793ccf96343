package org.invar.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name known but for one part, which is the same wherever it appears in the name: a
 * CloudFormation export named {@code ${AWS::StackName}:PublicListener} before the stack's name
 * is known. {@link ModelBuilder#alias(NamePattern, String)} gives an entity such a name, and a
 * stand-in whose id fits it, and fits no other, becomes that entity.
 *
 * <pre>{@code
 * NamePattern p = new NamePattern(List.of("import:", ":PublicListener"), "AWS::StackName", "cluster.yaml",
 *         "[A-Za-z][-A-Za-z0-9]{0,127}");
 * p.match("import:production:PublicListener");   // Optional[production]
 * }</pre>
 *
 * <p>Equal when the literals, part, owner and syntax are.
 */
public final class NamePattern {
    private final List<String> literals;
    private final String part;
    private final String owner;
    private final String syntax;
    private final Pattern regex;

    /**
     * @param literals the known text around the part: n + 1 pieces for n occurrences of it (n >= 1)
     * @param part what the unknown part is ({@code AWS::StackName}), for messages
     * @param owner whose part it is ({@code cluster.yaml}): patterns with the same part and owner
     *              stand for one value, so they must agree on it
     * @param syntax what the part may be, a regular expression; never empty text
     */
    public NamePattern(List<String> literals, String part, String owner, String syntax) {
        this.literals = List.copyOf(literals);
        this.part = Objects.requireNonNull(part, "part");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.syntax = Objects.requireNonNull(syntax, "syntax");
        if (this.literals.size() < 2) {
            throw new IllegalArgumentException("a name pattern has the part at least once: " + literals);
        }
        StringBuilder re = new StringBuilder(Pattern.quote(this.literals.get(0)));
        for (int i = 1; i < this.literals.size(); i++) {
            // The first occurrence captures the part; the others must repeat it.
            re.append(i == 1 ? "(" + syntax + ")" : "\\1").append(Pattern.quote(this.literals.get(i)));
        }
        this.regex = Pattern.compile(re.toString());
    }

    public List<String> literals() {
        return literals;
    }

    public String part() {
        return part;
    }

    public String owner() {
        return owner;
    }

    public String syntax() {
        return syntax;
    }

    /** The value of the part under which {@code name} is this pattern, if there is one. */
    public Optional<String> match(String name) {
        Matcher m = regex.matcher(name);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Holes with one part and owner share one value. */
    String group() {
        return part + " of " + owner;
    }

    /** The pattern as text, the part as {@code ${part}}: {@code import:${AWS::StackName}:PublicListener}. */
    public String display() {
        return String.join("${" + part + "}", literals);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NamePattern p && literals.equals(p.literals) && part.equals(p.part)
                && owner.equals(p.owner) && syntax.equals(p.syntax);
    }

    @Override
    public int hashCode() {
        return Objects.hash(literals, part, owner, syntax);
    }

    @Override
    public String toString() {
        return display() + " of " + owner;
    }
}
