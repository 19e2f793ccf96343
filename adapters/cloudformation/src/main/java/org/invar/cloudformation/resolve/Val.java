package org.invar.cloudformation.resolve;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.IntSupplier;

/**
 * A resolved template value, as known before deploy: partial evaluation keeps what is known and
 * says why the rest is not.
 *
 * <ul>
 *   <li>{@link Str}: a string (every CloudFormation scalar is one), made of literal text and
 *       {@link Symbol}s for the parts only known at deploy time;</li>
 *   <li>{@link ListV}, {@link MapV}: lists and mappings of values;</li>
 *   <li>{@link OpenList}: a list whose length is not known but whose i-th element is, such as
 *       {@code !GetAZs ""} (AZ i of the region) or a list parameter without a value;</li>
 *   <li>{@link Unknown}: nothing is known but the reason ({@code parameter Count has no value}),
 *       and, for a parameter that may hold an id, the outside entity it stands for;</li>
 *   <li>{@link NoValue}: {@code AWS::NoValue}, which removes the property or list element;</li>
 *   <li>{@link Null}: a YAML or JSON null.</li>
 * </ul>
 */
public sealed interface Val {

    static Str text(String literal) {
        return new Str(List.of(new Part.Lit(literal)));
    }

    static Str symbol(Symbol symbol) {
        return new Str(List.of(new Part.Sym(symbol)));
    }

    static Unknown unknown(String reason) {
        return new Unknown(reason);
    }

    /** One part of a string: literal text or a symbol. */
    sealed interface Part {
        record Lit(String text) implements Part {
        }

        record Sym(Symbol symbol) implements Part {
        }
    }

    /** A string; adjacent literal parts are merged and empty ones dropped, so equal strings have equal parts. */
    record Str(List<Part> parts) implements Val {
        public Str {
            parts = merge(parts);
        }

        private static List<Part> merge(List<Part> parts) {
            if (parts.size() == 1) {
                // The common case (one literal or one symbol) is already merged; no copy of the text.
                return List.copyOf(parts);
            }
            List<Part> out = new ArrayList<>(parts.size());
            StringBuilder lit = null;
            for (Part p : parts) {
                if (p instanceof Part.Lit l) {
                    if (lit == null) {
                        lit = new StringBuilder();
                    }
                    lit.append(l.text());
                } else {
                    if (lit != null && lit.length() > 0) {
                        out.add(new Part.Lit(lit.toString()));
                    }
                    lit = null;
                    out.add(p);
                }
            }
            // Empty text is dropped, so a symbol with "" around it is still that symbol alone.
            if (lit != null && lit.length() > 0 || out.isEmpty()) {
                out.add(new Part.Lit(lit == null ? "" : lit.toString()));
            }
            return List.copyOf(out);
        }

        /** The text, when every part is literal. */
        public Optional<String> literal() {
            return parts.size() == 1 && parts.get(0) instanceof Part.Lit l ? Optional.of(l.text()) : Optional.empty();
        }

        /** The symbol, when the string is exactly one symbol. */
        public Optional<Symbol> soleSymbol() {
            return parts.size() == 1 && parts.get(0) instanceof Part.Sym s ? Optional.of(s.symbol()) : Optional.empty();
        }

        /** The first symbol's reason: why the whole string is not known. */
        public Optional<String> unknownReason() {
            return parts.stream().filter(p -> p instanceof Part.Sym).findFirst()
                    .map(p -> ((Part.Sym) p).symbol().reason());
        }
    }

    record ListV(List<Val> items) implements Val {
        public ListV {
            items = Collections.unmodifiableList(new ArrayList<>(items));
        }
    }

    record MapV(Map<String, Val> entries) implements Val {
        public MapV {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public Optional<Val> get(String key) {
            return Optional.ofNullable(entries.get(key));
        }
    }

    /**
     * A list of unknown length whose elements are known by index.
     *
     * @param what what it is, for messages ({@code Fn::GetAZs}, {@code parameter SubnetIds})
     * @param reason why its length is not known
     * @param certain how many elements it certainly has (a list parameter used as the subnets of
     *                an application load balancer has two), asked only when it is used as a list
     *                of entities
     */
    record OpenList(String what, IntFunction<Val> element, String reason, IntSupplier certain) implements Val {
        public OpenList(String what, IntFunction<Val> element, String reason) {
            this(what, element, reason, () -> 0);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof OpenList other && other.what.equals(what);
        }

        @Override
        public int hashCode() {
            return what.hashCode();
        }
    }

    /**
     * Nothing known but the reason.
     *
     * @param standsFor where an entity is expected, what this value names: a parameter without a
     *                  value that may hold an id ({@code Subnet1} of type String), so the same
     *                  parameter is the same outside entity wherever it is used; null otherwise
     */
    record Unknown(String reason, Symbol.External standsFor) implements Val {
        public Unknown(String reason) {
            this(reason, null);
        }
    }

    enum NoValue implements Val { INSTANCE }

    enum Null implements Val { INSTANCE }
}
