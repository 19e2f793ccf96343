package org.invar.terraform.hcl.function;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.events.SequenceStartEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * {@code yamldecode(src)}: one YAML document as Terraform reads it (go-cty-yaml): mappings as
 * objects, sequences as tuples, plain scalars resolved the YAML 1.1 way ({@code yes} and
 * {@code on} are true, {@code ~} is null, {@code 0x1F} a number, a date an RFC 3339 string),
 * quoted scalars strings whatever their tag, aliases the value of their anchor. An empty text, several documents,
 * {@code .nan} or an unsupported tag is an error that says where.
 */
final class YamlDecode extends BaseFunction {
    /** Nesting deeper than this is refused, as jsondecode refuses it. */
    private static final int MAX_DEPTH = 400;

    YamlDecode() {
        super("yamldecode", Param.string("src"));
    }

    @Override
    public Value apply(List<Value> args) {
        String text = text(args.get(0));
        while (true) {
            try {
                return decode(text);
            } catch (MarkedYamlEngineException e) {
                String respelled = lineSeparatorEscape(text, e);
                if (respelled == null) {
                    throw new FunctionException(0, "on " + where(e.getProblemMark()) + ": " + e.getProblem());
                }
                text = respelled;
            } catch (YamlEngineException e) {
                throw new FunctionException(0, e.getMessage());
            }
        }
    }

    /**
     * YAML 1.2's escapes {@code \L} and {@code \P} (U+2028 and U+2029, which yamlencode writes)
     * that snakeyaml-engine does not know: the text with the one it stopped at written as
     * {@code \u2028} or {@code \u2029}, which it reads; null for any other problem. Each answer
     * takes one escape, so a text of n such escapes is parsed n + 1 times.
     */
    private static String lineSeparatorEscape(String text, MarkedYamlEngineException e) {
        if (e.getProblemMark().isEmpty() || !e.getProblem().startsWith("found unknown escape character")) {
            return null;
        }
        int codePoints = e.getProblemMark().get().getIndex();
        if (codePoints <= 0 || codePoints >= text.codePointCount(0, text.length())) {
            return null;
        }
        int at = text.offsetByCodePoints(0, codePoints);
        char c = text.charAt(at);
        if (text.charAt(at - 1) != '\\' || c != 'L' && c != 'P') {
            return null;
        }
        return text.substring(0, at) + (c == 'L' ? "u2028" : "u2029") + text.substring(at + 1);
    }

    private static Value decode(String text) {
        LoadSettings settings = LoadSettings.builder().setUseMarks(true).setAllowDuplicateKeys(true)
                .setMaxAliasesForCollections(Integer.MAX_VALUE).build();
        Deque<Collection> open = new ArrayDeque<>();
        Map<String, Value> anchors = new HashMap<>();
        Value document = null;
        int documents = 0;
        for (Event event : new Parse(settings).parseString(text)) {
            Value done = null;
            switch (event.getEventId()) {
                case DocumentStart -> {
                    if (++documents > 1) {
                        throw error(event, "unexpected extra content after value");
                    }
                }
                case SequenceStart, MappingStart -> {
                    if (open.size() >= MAX_DEPTH) {
                        throw error(event, "the YAML nests more than " + MAX_DEPTH + " deep");
                    }
                    checkTag(((NodeEvent) event), event instanceof SequenceStartEvent ? "seq" : "map");
                    open.push(new Collection(event instanceof MappingStartEvent, anchor(event)));
                }
                case SequenceEnd, MappingEnd -> {
                    Collection c = open.pop();
                    done = c.value();
                    if (c.anchor != null) {
                        anchors.put(c.anchor, done);
                    }
                }
                case Scalar -> {
                    ScalarEvent s = (ScalarEvent) event;
                    done = scalar(s);
                    if (anchor(event) != null) {
                        anchors.put(anchor(event), done);
                    }
                }
                case Alias -> {
                    String name = ((AliasEvent) event).getAlias().getValue();
                    done = anchors.get(name);
                    if (done == null) {
                        throw error(event, "unknown anchor '" + name + "' referenced");
                    }
                }
                default -> {
                }
            }
            if (done != null) {
                if (open.isEmpty()) {
                    document = done;
                } else {
                    open.peek().add(done, event);
                }
            }
        }
        if (document == null) {
            throw new FunctionException(0, "on line 1, column 1: missing start of document");
        }
        return document;
    }

    /** A plain scalar resolved as go-cty-yaml resolves it; a quoted or block one is a string. */
    private static Value scalar(ScalarEvent s) {
        String src = s.getValue();
        String tag = s.getTag().map(YamlDecode::shortTag).orElse("");
        if (s.getScalarStyle() != ScalarStyle.PLAIN) {
            return str(src); // quoted or block: a string, whatever its tag says, as in Terraform
        }
        checkTag(s, tag);
        try {
            return YamlScalars.resolve(tag, src);
        } catch (IllegalArgumentException e) {
            throw error(s, e.getMessage());
        }
    }

    private static void checkTag(NodeEvent e, String kind) {
        String tag = e instanceof ScalarEvent ? kind : e.getEventId() == Event.ID.SequenceStart
                ? ((SequenceStartEvent) e).getTag().map(YamlDecode::shortTag).orElse("")
                : ((MappingStartEvent) e).getTag().map(YamlDecode::shortTag).orElse("");
        if (e instanceof ScalarEvent) {
            if (!YamlScalars.RESOLVABLE.contains(tag)) {
                throw error(e, "unsupported tag \"" + tag + "\"");
            }
        } else if (!tag.isEmpty() && !tag.equals("!!" + kind) && !(kind.equals("map") && tag.equals("!!omap"))) {
            throw error(e, "unsupported tag \"" + tag + "\"");
        }
    }

    private static String shortTag(String tag) {
        return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
    }

    private static String anchor(Event e) {
        return e instanceof NodeEvent n ? n.getAnchor().map(a -> a.getValue()).orElse(null) : null;
    }

    private static FunctionException error(Event e, String what) {
        return new FunctionException(0, "on " + where(e.getStartMark()) + ": " + what);
    }

    private static String where(Optional<Mark> mark) {
        return mark.map(m -> "line " + (m.getLine() + 1) + ", column " + (m.getColumn() + 1)).orElse("line 1, column 1");
    }

    /** A mapping or sequence being read; a mapping takes a key, then its value. */
    private static final class Collection {
        final boolean mapping;
        final String anchor;
        final List<Value> items = new ArrayList<>();
        final Map<String, Value> entries = new LinkedHashMap<>();
        String key;

        Collection(boolean mapping, String anchor) {
            this.mapping = mapping;
            this.anchor = anchor;
        }

        void add(Value v, Event at) {
            if (!mapping) {
                items.add(v);
            } else if (key == null) {
                key = Values.string(v).orElseThrow(() -> error(at, "a mapping key must be a string, number or"
                        + " bool, not a collection or null"));
            } else {
                entries.put(key, v);
                key = null;
            }
        }

        Value value() {
            return mapping ? new Value.Obj(entries) : list(items);
        }
    }
}
