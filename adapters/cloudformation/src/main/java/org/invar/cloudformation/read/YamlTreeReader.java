package org.invar.cloudformation.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Reads a YAML template into a {@link Node} tree from snakeyaml-engine's event stream.
 *
 * <p>Why events and not snakeyaml's own composer: the composer recurses once per nesting level
 * (a 20,000-deep file overflows the stack before any limit applies) and has no depth limit; from
 * the events we build the tree iteratively ({@link TreeBuilder}), bound depth, count aliases and
 * their expansion, and expand CloudFormation's short-form tags as we go.
 */
final class YamlTreeReader {
    private static final String CORE = "tag:yaml.org,2002:";
    private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    private static final Pattern BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
    private static final Pattern NUMBER = Pattern.compile(
            "[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?"
                    + "|[-+]?\\.(inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN");

    private static final int MIN_BUFFER = 8 * 1024;

    private final String file;
    private final ReadLimits limits;

    YamlTreeReader(String file, ReadLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    /**
     * The scanner's buffer holds the longest line: it copies the text from the start of the token
     * it scans on every read, so with its default of 1,024 characters a 50 MiB one-line scalar
     * took hours (quadratic); a buffer at least as long as any token makes the copying linear.
     */
    Node read(InputStream in, TextShape shape) {
        int buffer = (int) Math.max(MIN_BUFFER, Math.min(shape.longestLine(), limits.maxChars()) + 1);
        LoadSettings settings = LoadSettings.builder()
                .setLabel(file)
                .setBufferSize(buffer)
                .setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxChars()))
                .setMaxAliasesForCollections(limits.maxAliases())
                .setAllowRecursiveKeys(false)
                .setUseMarks(true)
                .build();
        TreeBuilder tree = new TreeBuilder(file, limits);
        Map<String, TreeBuilder.Sized> anchors = new HashMap<>();
        // A collection's anchor is registered when it closes (so an alias inside it cannot
        // refer to it); until then it is remembered by the depth of the open collection.
        Map<Integer, String> openAnchors = new HashMap<>();
        int documents = 0;
        int aliases = 0;
        try {
            for (Event event : new Parse(settings).parseReader(textOf(in, shape))) {
                switch (event.getEventId()) {
                    case DocumentStart -> {
                        if (++documents > 1) {
                            throw TemplateSyntax.error(file, pos(event), "a template is one YAML document, this file has more");
                        }
                    }
                    case MappingStart, SequenceStart -> {
                        CollectionStartEvent start = (CollectionStartEvent) event;
                        String function = function(start.getTag(), event);
                        if (event instanceof MappingStartEvent) {
                            tree.startMapping(at(event), function);
                        } else {
                            tree.startSequence(at(event), function);
                        }
                        anchorOf(start).ifPresent(a -> openAnchors.put(tree.depth(), a));
                    }
                    case MappingEnd, SequenceEnd -> {
                        TreeBuilder.Sized done = tree.end();
                        String anchor = openAnchors.isEmpty() ? null : openAnchors.remove(tree.depth() + 1);
                        if (anchor != null) {
                            anchors.put(anchor, done);
                        }
                    }
                    case Scalar -> {
                        ScalarEvent s = (ScalarEvent) event;
                        TreeBuilder.Sized done = tree.scalar(scalar(s, tree), function(s.getTag(), event));
                        anchorOf(s).ifPresent(a -> anchors.put(a, done));
                    }
                    case Alias -> {
                        AliasEvent a = (AliasEvent) event;
                        if (++aliases > limits.maxAliases()) {
                            throw TemplateSyntax.error(file, pos(event), "more than " + limits.maxAliases()
                                    + " YAML aliases (a YAML alias bomb?)");
                        }
                        String name = a.getAlias().getValue();
                        TreeBuilder.Sized target = anchors.get(name);
                        if (target == null) {
                            throw TemplateSyntax.error(file, pos(event), "alias *" + name
                                    + " names no complete anchor &" + name + " before it (recursive aliases are not allowed)");
                        }
                        tree.alias(target.node(), target.size(), pos(event));
                    }
                    default -> {
                    }
                }
            }
        } catch (MarkedYamlEngineException e) {
            Pos where = e.getProblemMark().map(YamlTreeReader::pos).orElse(Pos.NONE);
            throw TemplateSyntax.error(file, where, "malformed YAML: " + describe(e), e);
        } catch (YamlEngineException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            if (message.contains("exceeds the limit")) {
                throw TemplateSyntax.error(file, Pos.NONE, "the file is larger than " + limits.maxChars()
                        + " characters, more than any template", e);
            }
            throw TemplateSyntax.error(file, Pos.NONE, "malformed YAML: " + message, e);
        }
        if (tree.root() == null) {
            throw TemplateSyntax.error(file, new Pos(1, 1), "the file is empty");
        }
        return tree.root();
    }

    private static Reader textOf(InputStream in, TextShape shape) {
        try {
            in.skipNBytes(shape.bomLength());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CharsetDecoder decoder = shape.charset().newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new FullReads(new InputStreamReader(in, decoder));
    }

    private static Optional<String> anchorOf(NodeEvent event) {
        return event.getAnchor().map(Anchor::getValue);
    }

    private String function(Optional<String> tag, Event event) {
        if (tag.isEmpty() || tag.get().equals("!") || tag.get().startsWith(CORE)) {
            return null;
        }
        return ShortFormTags.function(tag.get()).orElseThrow(() -> TemplateSyntax.error(file, pos(event),
                "unknown YAML tag " + tag.get() + "; CloudFormation's short forms are " + ShortFormTags.known()));
    }

    private static Node.Scalar scalar(ScalarEvent s, TreeBuilder tree) {
        String text = tree.text(s.getValue());
        Optional<String> tag = s.getTag();
        Node.ScalarType type;
        if (tag.isPresent() && tag.get().startsWith(CORE)) {
            type = switch (tag.get().substring(CORE.length())) {
                case "null" -> Node.ScalarType.NULL;
                case "bool" -> Node.ScalarType.BOOL;
                case "int", "float" -> Node.ScalarType.NUMBER;
                default -> Node.ScalarType.STRING;
            };
        } else if (!s.isPlain()) {
            type = Node.ScalarType.STRING;
        } else {
            type = plainType(text);
        }
        return new Node.Scalar(text, type, at(s));
    }

    /**
     * The core-schema type of a plain scalar. The first character rules out most texts (keys,
     * resource types, names) before any pattern runs: this is called for every key and value.
     */
    static Node.ScalarType plainType(String text) {
        if (text.isEmpty()) {
            return Node.ScalarType.NULL;
        }
        char c = text.charAt(0);
        if ((c == '~' || c == 'n' || c == 'N') && NULL.matcher(text).matches()) {
            return Node.ScalarType.NULL;
        }
        if ((c == 't' || c == 'T' || c == 'f' || c == 'F') && BOOL.matcher(text).matches()) {
            return Node.ScalarType.BOOL;
        }
        if ((c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.')
                && (isDecimalInteger(text) || NUMBER.matcher(text).matches())) {
            return Node.ScalarType.NUMBER;
        }
        return Node.ScalarType.STRING;
    }

    /**
     * {@code [-+]?[0-9]+}, the pattern's first case, without a matcher: ports, counts and sizes are
     * most numbers of a template, and a list of numbers spent a tenth of its reading in the pattern.
     */
    private static boolean isDecimalInteger(String text) {
        int start = text.charAt(0) == '-' || text.charAt(0) == '+' ? 1 : 0;
        if (start == text.length()) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char d = text.charAt(i);
            if (d < '0' || d > '9') {
                return false;
            }
        }
        return true;
    }

    private static Pos pos(Event event) {
        return event.getStartMark().map(YamlTreeReader::pos).orElse(Pos.NONE);
    }

    private static Pos pos(Mark mark) {
        return new Pos(mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Called for every event: no boxed position on the way. */
    private static long at(Event event) {
        Optional<Mark> mark = event.getStartMark();
        return mark.isPresent() ? Pos.pack(mark.get().getLine() + 1, mark.get().getColumn() + 1) : 0L;
    }

    private static String describe(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext();
        if (context != null && !context.isBlank()) {
            String at = e.getContextMark().map(m -> " at line " + (m.getLine() + 1)).orElse("");
            return problem + " (" + context + at + ")";
        }
        return problem;
    }
}
