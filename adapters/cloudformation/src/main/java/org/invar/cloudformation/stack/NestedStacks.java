package org.invar.cloudformation.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.invar.cloudformation.read.Node;
import org.invar.cloudformation.read.ReadLimits;
import org.invar.cloudformation.read.TemplateSyntax;
import org.invar.cloudformation.resolve.ChildStacks;
import org.invar.cloudformation.resolve.StackScope;
import org.invar.cloudformation.resolve.Truth;
import org.invar.cloudformation.resolve.Val;
import org.invar.cloudformation.template.Resource;

/**
 * Loads nested stacks ({@code AWS::CloudFormation::Stack} with {@code TemplateURL}, SAM
 * {@code AWS::Serverless::Application} with {@code Location}) from local files: the parent's
 * {@code Parameters} are resolved in the parent and passed down, and the child's outputs come
 * back up through {@code !GetAtt Child.Outputs.X}. Each child is loaded once, on first use.
 *
 * <p>A child's entities have ids under the nested stack's own ({@code Child/Subnet1}). A missing
 * local file is an error; a stack that contains itself, or nesting deeper than
 * {@link ReadLimits#maxNestedStackDepth()}, is refused. A URL, whole or known only in part, is read
 * from the local file {@link TemplateLocation} finds for it, and {@link #standIns()} says which.
 */
public final class NestedStacks implements ChildStacks {
    private final TemplateFiles files;
    private final ReadLimits limits;
    private final Map<StackScope, Path> paths = new IdentityHashMap<>();
    private final Map<StackScope, List<Path>> ancestry = new IdentityHashMap<>();
    private final Map<String, Optional<StackScope>> loaded = new HashMap<>();
    private final Map<String, String> notLoaded = new LinkedHashMap<>();
    private final Map<String, String> whyNotRead = new LinkedHashMap<>();
    private final Map<String, String> standIns = new LinkedHashMap<>();

    NestedStacks(TemplateFiles files, ReadLimits limits) {
        this.files = files;
        this.limits = limits;
    }

    /** Registers the top stack, whose children are found relative to {@code file}. */
    void top(StackScope scope, Path file) {
        paths.put(scope, file);
        ancestry.put(scope, List.of(file.toAbsolutePath().normalize()));
    }

    /** Nested stacks whose template is not a local file, with their location. */
    public Map<String, String> notLoaded() {
        return notLoaded;
    }

    /** Nested stacks whose template is not a local file, each with a sentence saying why it was not read. */
    public Map<String, String> whyNotRead() {
        return whyNotRead;
    }

    /** Nested stacks read from a local file that stood in for a URL, each with a sentence saying which. */
    public Map<String, String> standIns() {
        return standIns;
    }

    @Override
    public Optional<StackScope> child(StackScope parent, Resource resource) {
        String id = parent.entityId(resource.logicalId());
        Optional<StackScope> done = loaded.get(id);
        if (done != null) {
            return done;
        }
        Optional<StackScope> child = load(parent, resource, id);
        loaded.put(id, child);
        return child;
    }

    private Optional<StackScope> load(StackScope parent, Resource resource, String id) {
        boolean sam = resource.type().equals("AWS::Serverless::Application");
        String property = sam ? "Location" : "TemplateURL";
        Node locationNode = resource.property(property).orElseThrow(() -> TemplateSyntax.error(parent.file(),
                resource.pos(), "nested stack " + resource.logicalId() + " has no " + property));
        Val location = parent.property(resource, property);
        Path parentFile = paths.get(parent);
        Path parentDir = parentFile.toAbsolutePath().getParent();
        Path dir = parentFile.getParent() != null ? parentFile.getParent() : Path.of("");
        Optional<Path> file;
        if (location instanceof Val.Str s && s.literal().isPresent()) {
            String where = s.literal().get();
            file = TemplateLocation.resolve(dir, where);
            if (file.isEmpty()) {
                notLoaded.put(id, where);
                whyNotRead.put(id, "nested stack " + id + " was not read: its template " + where
                        + " has no copy under " + parentDir);
                return Optional.empty();
            }
            if (TemplateLocation.isRemote(where)) {
                standIns.put(id, "its " + property + " " + where + " was read from " + file.get());
            }
        } else {
            Optional<String> tail = location instanceof Val.Str s ? TemplateLocation.tail(s) : Optional.empty();
            file = location instanceof Val.Str s ? TemplateLocation.resolveTail(dir, s) : Optional.empty();
            if (file.isEmpty()) {
                boolean repository = sam && location instanceof Val.MapV;
                notLoaded.put(id, repository ? "a Serverless Application Repository application"
                        : "a location not known before deploy");
                whyNotRead.put(id, "nested stack " + id + " was not read: " + (repository
                        ? "it is a Serverless Application Repository application"
                        : "its " + property + " is not known before deploy (" + unknownReason(location) + ")"
                                + tail.map(t -> " and no file under " + parentDir + " has the path it ends with, " + t)
                                        .orElse("")));
                return Optional.empty();
            }
            standIns.put(id, "its " + property + " " + written(locationNode, (Val.Str) location) + " was read from "
                    + file.get() + ", the file with the path it ends with (" + tail.orElseThrow()
                    + "): the rest is known only at deploy (" + unknownReason(location) + ")");
        }
        Path path = file.get();
        if (!Files.isRegularFile(path)) {
            throw TemplateSyntax.error(parent.file(), locationNode.pos(), "nested stack " + resource.logicalId()
                    + ": template file " + path + " not found (" + property + " is relative to " + parentDir + ")");
        }
        if (parent.depth() + 1 > limits.maxNestedStackDepth()) {
            throw TemplateSyntax.error(parent.file(), resource.pos(), "nested stacks are deeper than "
                    + limits.maxNestedStackDepth() + " levels");
        }
        Path absolute = path.toAbsolutePath().normalize();
        List<Path> chain = new ArrayList<>(ancestry.get(parent));
        if (chain.contains(absolute)) {
            chain.add(absolute);
            throw TemplateSyntax.error(parent.file(), locationNode.pos(), "nested stack " + resource.logicalId()
                    + " contains itself: " + String.join(" -> ", chain.stream().map(Path::toString).toList()));
        }
        chain.add(absolute);
        Map<String, Val> given = parameters(parent, resource);
        Truth exists = parent.exists(resource);
        StackScope child = new StackScope(files.parse(path), given, parent.region(), id + "/", parent.guard(), this,
                exists.isKnown() ? null : exists.reason(), parent.depth() + 1, null);
        paths.put(child, path);
        ancestry.put(child, List.copyOf(chain));
        return Optional.of(child);
    }

    /** The location as its author wrote it: the text of an {@code Fn::Sub}, else what is known of it. */
    private static String written(Node node, Val.Str location) {
        if (node instanceof Node.Mapping m && m.get("Fn::Sub").orElse(null) instanceof Node.Scalar text) {
            return text.text();
        }
        return TemplateLocation.written(location);
    }

    private static String unknownReason(Val location) {
        if (location instanceof Val.Unknown u) {
            return u.reason();
        }
        if (location instanceof Val.Str str) {
            return str.unknownReason().orElse("it is empty");
        }
        return "it is not a string";
    }

    private static Map<String, Val> parameters(StackScope parent, Resource resource) {
        Val v = parent.property(resource, "Parameters");
        Map<String, Val> given = new LinkedHashMap<>();
        if (v instanceof Val.MapV m) {
            given.putAll(m.entries());
        } else if (v instanceof Val.Unknown u) {
            // Every parameter is then unknown for the same reason.
            return new UnknownParameters(u.reason());
        }
        return given;
    }

    /** Parameters passed as a whole value that is not known: each parameter is unknown. */
    private static final class UnknownParameters extends HashMap<String, Val> {
        private static final long serialVersionUID = 1L;
        private final transient Val.Unknown unknown;

        UnknownParameters(String reason) {
            this.unknown = Val.unknown(reason);
        }

        @Override
        public Val get(Object key) {
            return unknown;
        }
    }
}
