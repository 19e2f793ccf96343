package org.invar.model.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.invar.model.EntityBuilder;
import org.invar.model.Model;
import org.invar.model.ModelBuilder;
import org.invar.model.ModelException;
import org.invar.model.Origin;
import org.invar.model.Suggestions;
import org.invar.model.Value;
import org.invar.model.json.JsonTree.Arr;
import org.invar.model.json.JsonTree.Bool;
import org.invar.model.json.JsonTree.Int;
import org.invar.model.json.JsonTree.Member;
import org.invar.model.json.JsonTree.Node;
import org.invar.model.json.JsonTree.Num;
import org.invar.model.json.JsonTree.Obj;
import org.invar.model.json.JsonTree.Str;
import org.invar.schema.AttributeDef;
import org.invar.schema.KindDef;
import org.invar.schema.RelationDef;
import org.invar.schema.Schema;
import org.invar.schema.ValueType;

/**
 * Reads one model file into a {@link ModelBuilder}: the top level streamed, each entity buffered as
 * a {@link JsonTree} and checked against the schema, every error with its line and column. Entities
 * are declared in file order as they come; relations wait until every entity is known, so a
 * relation to an id missing from the file is reported where it was given, and edges are then added
 * in the order {@link EdgeOrder} finds.
 */
final class ModelReader {
    private static final List<String> TOP_FIELDS = List.of("invar_model", "entities");
    private static final List<String> ENTITY_FIELDS = List.of("kind", "id", "exists", "suppress", "attributes", "relations",
            "origin");
    private static final List<String> ORIGIN_FIELDS = List.of("file", "line", "column", "resource");
    private static final String MODEL_SHAPE = "{\"invar_model\": 1, \"entities\": [...]}";
    private static final String UNKNOWN = "{\"unknown\": \"REASON\"}";

    /** A relation as the file gives it, kept until every entity is declared. */
    private record Given(EntityBuilder from, RelationDef relation, String[] ids, int[] lines, int[] columns) {
    }

    private final String source;
    private final Schema schema;
    private final ModelBuilder builder;
    private final List<String> kindNames;
    /** Per kind, the ids declared so far and the line of each. */
    private final List<Map<String, Integer>> seen = new ArrayList<>();
    private final List<Given> given = new ArrayList<>();
    private final EdgeOrder edges;
    private final Map<KindDef, Map<String, AttributeDef>> attributes = new IdentityHashMap<>();
    private final Map<KindDef, Map<String, RelationDef>> relations = new IdentityHashMap<>();

    ModelReader(String source, Schema schema) {
        this(source, Model.builder(schema));
    }

    /** Reads into a builder that may already hold entities (several inputs merged into one model). */
    ModelReader(String source, ModelBuilder builder) {
        this.source = source;
        this.schema = builder.schema();
        this.builder = builder;
        this.kindNames = schema.kinds().stream().map(KindDef::name).toList();
        for (int k = 0; k < kindNames.size(); k++) {
            seen.add(new HashMap<>());
        }
        this.edges = new EdgeOrder(schema);
    }

    Model read(JsonParser p) throws IOException {
        fill(p);
        try {
            return builder.build();
        } catch (ModelFileException x) {
            throw x;
        } catch (ModelException x) {
            throw error("model", 0, 0, x.getMessage());
        }
    }

    /** Reads the file's entities into the builder without building. */
    void fill(JsonParser p) throws IOException {
        JsonToken token = p.nextToken();
        if (token == null) {
            JsonLocation end = p.currentLocation();
            throw error("structure", end.getLineNr(), end.getColumnNr(), "the file is empty, expected " + MODEL_SHAPE);
        }
        if (token != JsonToken.START_OBJECT) {
            Node n = JsonTree.read(p);
            throw error("structure", n, "the model is " + n.show() + ", expected an object " + MODEL_SHAPE);
        }
        JsonLocation root = p.currentTokenLocation();
        boolean version = false;
        boolean entities = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            JsonLocation at = p.currentTokenLocation();
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "invar_model" -> {
                    version(JsonTree.read(p));
                    version = true;
                }
                case "entities" -> {
                    entities(p);
                    entities = true;
                }
                default -> throw error("unknown-field", at.getLineNr(), at.getColumnNr(), "unknown field '" + name
                        + "'" + orExpected(name, TOP_FIELDS, "\"invar_model\" and \"entities\""));
            }
        }
        JsonToken after = p.nextToken();
        if (after != null) {
            JsonLocation at = p.currentTokenLocation();
            throw error("structure", at.getLineNr(), at.getColumnNr(),
                    "more JSON after the model object, expected the end of the file");
        }
        if (!version) {
            throw error("version", root.getLineNr(), root.getColumnNr(),
                    "not a model file: no \"invar_model\", expected " + MODEL_SHAPE);
        }
        if (!entities) {
            throw error("missing-field", root.getLineNr(), root.getColumnNr(),
                    "no \"entities\", expected " + MODEL_SHAPE);
        }
        checkTargets();
        for (EdgeOrder.Edge e : edges.sorted()) {
            try {
                e.from.relate(e.relation, e.target);
            } catch (ModelException x) {
                throw error("model", e.line, e.column, x.getMessage());
            }
        }
    }

    private void version(Node n) {
        if (!(n instanceof Int i) || !i.fitsLong() || i.value() != 1) {
            throw error("version", n, "\"invar_model\" must be 1, not " + n.show());
        }
    }

    private void entities(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            Node n = JsonTree.read(p);
            throw error("structure", n, "\"entities\" is " + n.show() + ", expected an array of entities");
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            entity(JsonTree.read(p));
        }
    }

    private void entity(Node n) {
        if (!(n instanceof Obj o)) {
            throw error("structure", n, "an entity is " + n.show()
                    + ", expected an object {\"kind\": \"KIND\", \"id\": \"ID\", ...}");
        }
        Member kindMember = o.member("kind");
        if (kindMember == null) {
            throw error("missing-field", o, "an entity has no \"kind\", expected \"kind\": \"KIND\"");
        }
        if (!(kindMember.value() instanceof Str kindName)) {
            throw error("type", kindMember.value(), "\"kind\" is " + kindMember.value().show()
                    + ", expected the name of a kind, such as \"subnet\"");
        }
        KindDef kind = schema.kind(kindName.value()).orElseThrow(() -> error("unknown-kind", kindName,
                "unknown kind '" + kindName.value() + "'" + orExpected(kindName.value(), kindNames,
                        "a kind of the schema (`invar schema` lists them)")));
        if (kind.derived() || o.member("symbolic") != null) {
            return; // derived kinds (lb_node) and symbolic zones are the engine's: recomputed on load, never read
        }
        Member idMember = o.member("id");
        if (idMember == null) {
            throw error("missing-field", o, article(kind.name()) + " entity has no \"id\", expected \"id\": \"ID\"");
        }
        if (!(idMember.value() instanceof Str id) || id.value().isEmpty()) {
            throw error("type", idMember.value(), kind.name() + " entity: \"id\" is " + idMember.value().show()
                    + ", expected a non-empty string");
        }
        String what = kind.name() + " " + id.value();
        int k = schema.kindIndex(kind.name());
        Integer first = seen.get(k).putIfAbsent(id.value(), id.line());
        if (first != null) {
            throw error("duplicate-entity", id, what + " is given twice (first at line " + first
                    + "), expected each kind and id once");
        }
        EntityBuilder e = builder.entity(kind.name(), id.value());
        for (Member m : o.members()) {
            switch (m.name()) {
                case "kind", "id" -> {
                }
                case "exists" -> {
                    if (!(m.value() instanceof Obj unknown)) {
                        throw error("type", m.value(), what + ": \"exists\" is " + m.value().show() + ", expected "
                                + UNKNOWN + " (leave \"exists\" out when the entity exists)");
                    }
                    e.existenceUnknown(reason(unknown, what + ": \"exists\"", UNKNOWN, false));
                }
                case "suppress" -> suppressions(e, what, m.value());
                case "attributes" -> attributes(e, what, m.value());
                case "relations" -> relations(e, what, m.value());
                case "origin" -> e.origin(origin(what, m.value()));
                default -> throw error("unknown-field", m.line(), m.column(), what + ": unknown field '" + m.name()
                        + "'" + orExpected(m.name(), ENTITY_FIELDS,
                        "kind, id, exists, attributes, relations, origin or suppress"));
            }
        }
    }

    /** {@code "suppress": [{"rule": ID, "reason": TEXT}]}: rules not to apply to this entity, and why. */
    private void suppressions(EntityBuilder e, String what, Node n) {
        String shape = "[{\"rule\": ID, \"reason\": TEXT}]";
        if (!(n instanceof Arr list)) {
            throw error("type", n, what + ": \"suppress\" is " + n.show() + ", expected " + shape);
        }
        for (Node item : list.elements()) {
            String rule = null;
            String reason = null;
            if (item instanceof Obj o) {
                for (Member m : o.members()) {
                    if (m.value() instanceof Str v && m.name().equals("rule")) {
                        rule = v.value();
                    } else if (m.value() instanceof Str v && m.name().equals("reason")) {
                        reason = v.value();
                    } else {
                        throw error("suppress", m.line(), m.column(), what + ": a suppression has a string \"rule\""
                                + " and a string \"reason\", not '" + m.name() + "'");
                    }
                }
            }
            if (rule == null || rule.isBlank() || reason == null || reason.isBlank()) {
                throw error("suppress", item, what + ": a suppression is " + item.show() + ", expected {\"rule\": ID,"
                        + " \"reason\": TEXT} with both given: say why the rule does not apply");
            }
            e.suppress(rule, reason);
        }
    }

    private void attributes(EntityBuilder e, String what, Node n) {
        if (!(n instanceof Obj o)) {
            throw error("type", n, what + ": \"attributes\" is " + n.show()
                    + ", expected an object of attribute values");
        }
        KindDef kind = e.kindDef();
        for (Member m : o.members()) {
            Optional<AttributeDef> def = Optional.ofNullable(attributes(kind).get(m.name()));
            if (def.isEmpty()) {
                if (kind.relation(m.name()).isPresent()) {
                    throw error("unknown-attribute", m.line(), m.column(), what + ": " + m.name()
                            + " is a relation, expected it under \"relations\"");
                }
                List<String> names = kind.attributes().stream().map(AttributeDef::name).toList();
                throw error("unknown-attribute", m.line(), m.column(), what + ": unknown attribute '" + m.name() + "'"
                        + orExpected(m.name(), names, names.isEmpty() ? "no attributes: " + kind.name()
                        + " has none" : "one of " + String.join(", ", names)));
            }
            if (def.get().derived()) {
                continue; // derived attributes are recomputed on load
            }
            Value v = value(def.get().type(), m.value(), what + ": " + m.name());
            try {
                e.set(m.name(), v);
            } catch (ModelException x) {
                throw error("type", m.value(), x.getMessage());
            }
        }
    }

    private Value value(ValueType type, Node n, String what) {
        String expected = expected(type) + " or " + UNKNOWN;
        if (n instanceof Obj o) {
            return Value.unknown(reason(o, what, expected, false));
        }
        Value v = switch (type) {
            case INT -> n instanceof Int i && i.fitsLong() ? Value.of(i.value()) : null;
            case DECIMAL -> n instanceof Int i ? Value.of(i.doubleValue())
                    : n instanceof Num d ? Value.of(d.value()) : null;
            case STRING -> n instanceof Str s ? Value.of(s.value()) : null;
            case BOOL -> n instanceof Bool b ? Value.of(b.value()) : null;
            case LIST -> n instanceof Arr a ? list(a, what) : null;
        };
        if (v == null) {
            if (type == ValueType.INT && n instanceof Int) {
                expected = "an int that fits in 64 bits or " + UNKNOWN;
            }
            throw error("type", n, what + " is " + n.show() + ", expected " + expected
                    + (n instanceof JsonTree.Null ? " (leave an attribute out when it has no value)" : ""));
        }
        return v;
    }

    private Value list(Arr a, String what) {
        List<Value> elements = new ArrayList<>(a.elements().size());
        for (int i = 0; i < a.elements().size(); i++) {
            Node n = a.elements().get(i);
            String element = what + "[" + i + "]";
            Value v;
            if (n instanceof Int x && x.fitsLong()) {
                v = Value.of(x.value());
            } else if (n instanceof Num x) {
                v = Value.of(x.value());
            } else if (n instanceof Str x) {
                v = Value.of(x.value());
            } else if (n instanceof Bool x) {
                v = Value.of(x.value());
            } else if (n instanceof Arr x) {
                v = list(x, element);
            } else if (n instanceof Obj x) {
                v = Value.unknown(reason(x, element, "a list element or " + UNKNOWN, false));
            } else {
                throw error("type", n, element + " is " + n.show()
                        + ", expected an int, a number, a string, true, false, an array or " + UNKNOWN);
            }
            elements.add(v);
        }
        return new Value.ListValue(elements);
    }

    /** The reason of {@code {"unknown": REASON}}, which may also list {@code "known"} ids when allowed. */
    private String reason(Obj o, String what, String expected, boolean known) {
        for (Member m : o.members()) {
            if (!m.name().equals("unknown") && !(known && m.name().equals("known"))) {
                throw error("unknown-field", m.line(), m.column(), what + ": unknown field '" + m.name()
                        + "' in an unknown value" + orExpected(m.name(), known ? List.of("unknown", "known")
                        : List.of("unknown"), UNKNOWN));
            }
        }
        Member unknown = o.member("unknown");
        if (unknown == null) {
            throw error("type", o, what + " is an object without \"unknown\", expected " + expected);
        }
        if (!(unknown.value() instanceof Str reason)) {
            throw error("type", unknown.value(), what + ": \"unknown\" is " + unknown.value().show()
                    + ", expected the reason as a string");
        }
        return reason.value();
    }

    private void relations(EntityBuilder e, String what, Node n) {
        if (!(n instanceof Obj o)) {
            throw error("type", n, what + ": \"relations\" is " + n.show()
                    + ", expected an object of relations to lists of ids");
        }
        KindDef kind = e.kindDef();
        for (Member m : o.members()) {
            Optional<RelationDef> found = Optional.ofNullable(relations(kind).get(m.name()));
            if (found.isEmpty()) {
                if (kind.attribute(m.name()).isPresent()) {
                    throw error("unknown-relation", m.line(), m.column(), what + ": " + m.name()
                            + " is an attribute, expected it under \"attributes\"");
                }
                List<String> names = kind.relations().stream().map(RelationDef::name).toList();
                throw error("unknown-relation", m.line(), m.column(), what + ": unknown relation '" + m.name() + "'"
                        + orExpected(m.name(), names, names.isEmpty() ? "no relations: " + kind.name()
                        + " has none" : "one of " + String.join(", ", names)));
            }
            RelationDef def = found.get();
            if (def.derived()) {
                ordering(e, def, m.value());
                continue;
            }
            String rel = what + ": " + m.name();
            Node ids = m.value();
            if (ids instanceof Obj unknown) {
                e.unknownRelation(def.name(), reason(unknown, rel, "an array of " + def.target() + " ids or "
                        + UNKNOWN, true));
                Member known = unknown.member("known");
                if (known == null) {
                    continue;
                }
                ids = known.value();
                rel = rel + " known";
            }
            if (!(ids instanceof Arr a)) {
                throw error("type", ids, rel + " is " + ids.show() + ", expected "
                        + (ids instanceof Str s ? "an array: [" + s.show() + "]"
                        : "an array of " + def.target() + " ids" + (m.value() == ids ? " or " + UNKNOWN : "")));
            }
            int size = a.elements().size();
            String[] targets = new String[size];
            int[] lines = new int[size];
            int[] columns = new int[size];
            for (int i = 0; i < size; i++) {
                Node id = a.elements().get(i);
                if (!(id instanceof Str s) || s.value().isEmpty()) {
                    throw error("type", id, rel + " lists " + id.show() + ", expected " + article(def.target())
                            + " id (a non-empty string)");
                }
                targets[i] = s.value();
                lines[i] = s.line();
                columns[i] = s.column();
            }
            given.add(new Given(e, def, targets, lines, columns));
            edges.given(e, def, targets, lines, columns);
        }
    }

    /** A derived relation is not read, but when its inverse is, the order it lists is kept. */
    private void ordering(EntityBuilder e, RelationDef def, Node n) {
        Optional<String> inverse = schema.inverse(e.kind(), def.name());
        KindDef target = schema.kind(def.target()).orElseThrow();
        if (inverse.isEmpty() || target.derived() || target.relation(inverse.get()).orElseThrow().derived()) {
            return;
        }
        Node ids = n instanceof Obj o && o.member("known") != null ? o.member("known").value() : n;
        if (ids instanceof Arr a) {
            edges.ordering(e.kind(), e.id(), def, a.elements().stream()
                    .filter(x -> x instanceof Str).map(x -> ((Str) x).value()).toArray(String[]::new));
        }
    }

    private Origin origin(String what, Node n) {
        if (!(n instanceof Obj o)) {
            throw error("type", n, what + ": \"origin\" is " + n.show()
                    + ", expected an object {\"file\": ..., \"line\": ..., \"column\": ..., \"resource\": ...}");
        }
        String file = null;
        String resource = null;
        int line = 0;
        int column = 0;
        for (Member m : o.members()) {
            switch (m.name()) {
                case "file" -> file = text(what + ": origin file", m.value());
                case "resource" -> resource = text(what + ": origin resource", m.value());
                case "line" -> line = number(what + ": origin line", m.value(), "a line number");
                case "column" -> column = number(what + ": origin column", m.value(), "a column number");
                default -> throw error("unknown-field", m.line(), m.column(), what + ": unknown field '" + m.name()
                        + "' in origin" + orExpected(m.name(), ORIGIN_FIELDS, "file, line, column or resource"));
            }
        }
        return new Origin(file, line, column, resource);
    }

    private String text(String what, Node n) {
        if (n instanceof Str s) {
            return s.value();
        }
        throw error("type", n, what + " is " + n.show() + ", expected a string");
    }

    private int number(String what, Node n, String expected) {
        if (n instanceof Int i && i.fitsLong() && i.value() >= 0 && i.value() <= Integer.MAX_VALUE) {
            return (int) i.value();
        }
        throw error("type", n, what + " is " + n.show() + ", expected " + expected);
    }

    /** Relations to ids that are not in the file, reported where they were given. */
    private void checkTargets() {
        for (Given g : given) {
            KindDef target = schema.kind(g.relation().target()).orElseThrow();
            if (target.derived()) {
                continue; // entities of derived kinds exist only after derivation; build() checks those
            }
            for (int i = 0; i < g.ids().length; i++) {
                String id = g.ids()[i];
                if (!seen.get(schema.kindIndex(target.name())).containsKey(id)) {
                    List<String> ids = builder.entities(target.name()).stream().map(EntityBuilder::id).toList();
                    throw error("dangling-relation", g.lines()[i], g.columns()[i], g.from().kind() + " "
                            + g.from().id() + ": " + g.relation().name() + " names " + target.name() + " '" + id
                            + "', which is not in the file" + orExpected(id, ids, "the id of " + article(target.name())
                            + " entity"));
                }
            }
        }
    }

    private Map<String, AttributeDef> attributes(KindDef kind) {
        return attributes.computeIfAbsent(kind, k -> k.attributes().stream()
                .collect(Collectors.toMap(AttributeDef::name, a -> a)));
    }

    private Map<String, RelationDef> relations(KindDef kind) {
        return relations.computeIfAbsent(kind, k -> k.relations().stream()
                .collect(Collectors.toMap(RelationDef::name, r -> r)));
    }

    private static String expected(ValueType type) {
        return switch (type) {
            case INT -> "an int";
            case DECIMAL -> "a number";
            case STRING -> "a string";
            case BOOL -> "true or false";
            case LIST -> "an array";
        };
    }

    /** {@code " (did you mean x?)"} when a candidate is close, else {@code ", expected OTHERWISE"}. */
    private static String orExpected(String name, List<String> candidates, String otherwise) {
        String suggestion = Suggestions.didYouMean(name, candidates);
        return suggestion.isEmpty() ? ", expected " + otherwise : suggestion;
    }

    private static String article(String word) {
        return ("aeiou".indexOf(word.charAt(0)) >= 0 ? "an " : "a ") + word;
    }

    private ModelFileException error(String code, Node at, String reason) {
        return error(code, at.line(), at.column(), reason);
    }

    private ModelFileException error(String code, int line, int column, String reason) {
        return new ModelFileException(code, source, line, column, reason);
    }
}
