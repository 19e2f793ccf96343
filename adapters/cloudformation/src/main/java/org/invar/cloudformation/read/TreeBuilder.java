package org.invar.cloudformation.read;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a stream of parse events (YAML or JSON) into a {@link Node} tree without recursion, so
 * nesting depth costs heap, not stack, and is checked against {@link ReadLimits#maxDepth()}
 * before it can hurt anything else. It also refuses duplicate keys, non-scalar keys and calls of
 * intrinsic functions that do not exist, and counts how many nodes the tree stands for once
 * aliases are expanded.
 */
final class TreeBuilder {
    private final String file;
    private final ReadLimits limits;
    /** Longest text {@link #text} shares; longer ones (descriptions, policies, scripts) rarely repeat. */
    private static final int SHARED_TEXT = 64;

    private final Deque<Frame> open = new ArrayDeque<>();
    private final Map<String, String> texts = new HashMap<>();
    private Node root;
    private long rootSize;

    TreeBuilder(String file, ReadLimits limits) {
        this.file = file;
        this.limits = limits;
    }

    /**
     * A collection being filled, with the tag to apply when it closes: a sequence's items, or a
     * mapping's entries (with a key index for duplicates once there are more than a few).
     */
    private static final class Frame {
        final boolean mapping;
        final long at;
        final String function;
        final List<Node> items;
        final List<Node.Entry> entries;
        Map<String, Node.Entry> byKey;
        Node.Scalar pendingKey;
        long size = 1;

        Frame(boolean mapping, long at, String function) {
            this.mapping = mapping;
            this.at = at;
            this.function = function;
            this.items = mapping ? null : new ArrayList<>(4);
            this.entries = mapping ? new ArrayList<>(4) : null;
        }

        Node.Entry entry(String key) {
            if (byKey != null) {
                return byKey.get(key);
            }
            for (Node.Entry e : entries) {
                if (e.key().equals(key)) {
                    return e;
                }
            }
            return null;
        }

        void put(Node.Entry e) {
            entries.add(e);
            if (byKey != null) {
                byKey.put(e.key(), e);
            } else if (entries.size() > MappingEntries.INDEXED) {
                byKey = new HashMap<>();
                entries.forEach(x -> byKey.put(x.key(), x));
            }
        }

        Node node() {
            if (!mapping) {
                return new Node.Sequence(items, at);
            }
            Node.Entry[] all = entries.toArray(new Node.Entry[0]);
            return new Node.Mapping(all.length == 0 ? MappingEntries.EMPTY : new MappingEntries(all, byKey), at);
        }
    }

    /**
     * The one copy of a short string: keys ({@code Type}, {@code Properties}, {@code Ref}) and
     * values ({@code AWS::EC2::Subnet}, logical ids named by {@code Ref}) repeat through a
     * template, and the parser makes a new string for each occurrence.
     */
    String text(String raw) {
        if (raw.length() > SHARED_TEXT) {
            return raw;
        }
        String shared = texts.putIfAbsent(raw, raw);
        return shared == null ? raw : shared;
    }

    /**
     * Opens a mapping at a position packed by {@link Pos#pack}; {@code function} is the intrinsic
     * a short-form tag names, or null. Positions stay packed here: this runs for every token.
     */
    void startMapping(long at, String function) {
        push(new Frame(true, at, function));
    }

    void startSequence(long at, String function) {
        push(new Frame(false, at, function));
    }

    private void push(Frame frame) {
        if (open.size() >= limits.maxDepth()) {
            throw TemplateSyntax.error(file, Pos.unpack(frame.at), "nesting is deeper than " + limits.maxDepth()
                    + " levels; CloudFormation templates are far shallower, so this file is not one");
        }
        open.push(frame);
    }

    /** Closes the innermost collection; returns it (tag applied) and the nodes it stands for. */
    Sized end() {
        Frame f = open.pop();
        if (f.mapping && f.pendingKey != null) {
            throw TemplateSyntax.error(file, f.pendingKey.pos(), "key '" + f.pendingKey.text() + "' has no value");
        }
        if (f.mapping && f.entries.size() == 1) {
            Node.Entry only = f.entries.get(0);
            if (!IntrinsicFunctions.known(only.key())) {
                throw TemplateSyntax.error(file, only.keyPos(), "unknown intrinsic function " + only.key()
                        + org.invar.model.Suggestions.didYouMean(only.key(), new java.util.TreeSet<>(IntrinsicFunctions.NAMES)));
            }
        }
        Node node = wrap(f.node(), f.function, f.at);
        add(node, f.size);
        return new Sized(node, f.size);
    }

    /** Adds a scalar; returns it (tag applied). */
    Sized scalar(Node.Scalar scalar, String function) {
        Node node = wrap(scalar, function, scalar.at());
        add(node, 1);
        return new Sized(node, 1);
    }

    /** Adds a node again (a YAML alias), which stands for {@code size} nodes. */
    void alias(Node node, long size, Pos pos) {
        add(node, size, pos.packed());
    }

    private void add(Node node, long size) {
        add(node, size, node.at());
    }

    private void add(Node node, long size, long at) {
        Frame parent = open.peek();
        if (parent == null) {
            if (root != null) {
                throw TemplateSyntax.error(file, Pos.unpack(at), "more than one value at the top level");
            }
            root = node;
            rootSize = size;
            return;
        }
        parent.size += size;
        if (parent.size > limits.maxExpandedNodes()) {
            throw TemplateSyntax.error(file, Pos.unpack(at), "the document expands to more than " + limits.maxExpandedNodes()
                    + " values once its aliases are followed (a YAML alias bomb?)");
        }
        if (!parent.mapping) {
            parent.items.add(node);
        } else if (parent.pendingKey == null) {
            if (!(node instanceof Node.Scalar key) || key.isNull()) {
                throw TemplateSyntax.error(file, Pos.unpack(at), "a mapping key must be a plain string");
            }
            Node.Entry first = parent.entry(key.text());
            if (first != null) {
                throw TemplateSyntax.error(file, Pos.unpack(at), "duplicate key '" + key.text() + "' (first at line "
                        + first.keyPos().line() + ")");
            }
            parent.pendingKey = key;
        } else {
            Node.Scalar key = parent.pendingKey;
            parent.put(new Node.Entry(key.text(), key.at(), node));
            parent.pendingKey = null;
        }
    }

    private static Node wrap(Node node, String function, long at) {
        return function == null ? node : Node.Mapping.of(function, node, at);
    }

    /** How many collections are open. */
    int depth() {
        return open.size();
    }

    Node root() {
        return root;
    }

    long rootSize() {
        return rootSize;
    }

    /** A node and how many nodes it stands for with aliases expanded. */
    record Sized(Node node, long size) {
    }
}
