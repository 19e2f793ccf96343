package org.invar.terraform.hcl.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.invar.model.Origin;
import org.invar.model.Suppression;
import org.invar.spi.LoadOptions;
import org.invar.spi.ModelLoadException;
import org.invar.terraform.config.Configuration;
import org.invar.terraform.config.Expression;
import org.invar.terraform.config.ModuleConfig;
import org.invar.terraform.config.ResourceConfig;
import org.invar.terraform.hcl.config.Declarations;
import org.invar.terraform.hcl.eval.EvalException;
import org.invar.terraform.hcl.module.LoadContext;
import org.invar.terraform.hcl.module.ModuleCallNode;
import org.invar.terraform.hcl.module.ModuleInstance;
import org.invar.terraform.hcl.module.ResourceInstance;
import org.invar.terraform.hcl.module.ResourceNode;
import org.invar.terraform.hcl.syntax.Body;
import org.invar.terraform.hcl.value.Value;
import org.invar.terraform.hcl.value.Values;
import org.invar.terraform.mapping.Mappers;
import org.invar.terraform.mapping.ModulePlaceholders;
import org.invar.terraform.mapping.ResourceMapper;
import org.invar.terraform.read.Addresses;
import org.invar.terraform.read.ConfigurationGaps;
import org.invar.terraform.read.ResourceRecord;
import org.invar.terraform.read.TerraformDocument;
import org.invar.terraform.read.TerraformFormat;

/**
 * A directory of {@code .tf} files evaluated into the document a plan of it would give: the
 * instances of the resources the mappings read, their values (unknown where only apply or AWS
 * would tell), where each is declared, and the exact resource instances each unknown value comes
 * from. The mappings then make the model as they do from a plan.
 */
public final class HclConfiguration {
    private HclConfiguration() {
    }

    /** The document, notes for the model, and the suppressions of resource instances by address. */
    /**
     * @param bodies by resource ({@code module path|local}, as {@link #bodyKey}), its block's body as
     *     written, for comparing with a plan's configuration
     */
    public record Result(TerraformDocument document, List<String> notes, Map<String, List<Suppression>> suppressions,
                         Map<String, Body> bodies) {
    }

    /**
     * @param display how the directory is named in messages and origins
     */
    public static Result read(Path dir, String display, LoadOptions options, Mappers mappers) throws IOException {
        LoadContext ctx = new LoadContext(display, dir);
        try {
            Declarations root = ctx.moduleForRoot(dir, display);
            List<String> notes = new ArrayList<>();
            ModuleInstance rootInstance = new ModuleInstance("", display, root,
                    RootVariables.of(root, display, options.params(), notes), null, ctx);
            ctx.region(region(options, root, rootInstance));
            Walk walk = new Walk(mappers, ctx);
            walk.module(rootInstance);
            for (ConfigurationGaps.UnreadModule unread : ctx.unreadModules()) {
                ctx.note(unread.origin().file() + ":" + unread.origin().line() + ":" + unread.origin().column() + ": "
                        + unread.reason() + "; in the model, placeholders of unknown existence ("
                        + ModulePlaceholders.id(unread.address()) + ") stand for what it may make");
            }
            notes.addAll(ctx.notes());
            walk.records.sort(InstanceOrder.RECORDS); // as a plan lists them
            ConfigurationGaps gaps = new ConfigurationGaps(walk.mayNotExist, ctx.unreadModules(), ctx.unsetVariables());
            TerraformDocument document = new TerraformDocument(display, TerraformFormat.CONFIGURATION, null,
                    walk.records, walk.moduleInstances, walk.skipped, new Configuration(walk.configs), Map.of(),
                    walk.origins, walk.references, gaps);
            return new Result(document, notes, walk.suppressions, walk.bodies);
        } catch (EvalException e) {
            throw e.toLoadError();
        } catch (Value.TooLarge e) {
            throw new ModelLoadException(display + ": error: the configuration makes " + e.getMessage()
                    + "; invar reads no larger values");
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (StackOverflowError e) {
            throw new ModelLoadException(display + ": error: the configuration's expressions nest too deeply to evaluate");
        }
    }

    /** The key of {@link Result#bodies}: a resource block of a module's configuration. */
    public static String bodyKey(String configPath, String local) {
        return configPath + "|" + local;
    }

    /** The region AZ names are made for: the one given, else the AWS provider's when known; null for symbolic AZs. */
    private static String region(LoadOptions options, Declarations root, ModuleInstance rootInstance) {
        if (options.region().isPresent()) {
            return options.region().get();
        }
        if (root.awsRegion() == null) {
            return null;
        }
        Value v = Values.force(rootInstance.eval(root.awsRegion()));
        return v instanceof Value.Str s && !s.value().isBlank() ? s.value() : null;
    }

    /** Goes through the module instances, making records of the resource instances the mappings read. */
    private static final class Walk {
        final Mappers mappers;
        final LoadContext ctx;
        final List<ResourceRecord> records = new ArrayList<>();
        final Set<String> moduleInstances = new LinkedHashSet<>();
        final Map<String, Integer> skipped = new TreeMap<>();
        final Map<String, ModuleConfig> configs = new HashMap<>();
        final Map<String, Origin> origins = new HashMap<>();
        final Map<String, Expression.Block> references = new HashMap<>();
        final Map<String, List<Suppression>> suppressions = new LinkedHashMap<>();
        final Map<String, String> mayNotExist = new LinkedHashMap<>();
        final Map<String, Body> bodies = new HashMap<>();

        Walk(Mappers mappers, LoadContext ctx) {
            this.mappers = mappers;
            this.ctx = ctx;
        }

        void module(ModuleInstance m) {
            moduleInstances.add(m.path());
            String prefix = m.path().isEmpty() ? "" : m.path() + ".";
            String configPath = Addresses.configPath(m.path());
            Map<String, ResourceConfig> resourceConfigs = new LinkedHashMap<>();
            for (ResourceNode node : m.resources()) {
                Declarations.Resource decl = node.declaration();
                ResourceMapper mapper = mappers.mapper(decl.type(), decl.data());
                if (mapper != null) {
                    resourceConfigs.put(decl.local(), new ResourceConfig(decl.local(), configured(decl.body()), null));
                    bodies.putIfAbsent(bodyKey(configPath, decl.local()), decl.body());
                }
                List<ResourceInstance> instances = node.instances();
                String uncounted = null;
                if (node.unknownInstances() != null) {
                    if (mapper == null) {
                        continue; // a type the model has no kind for loses nothing
                    }
                    ResourceInstance any = node.anyInstance();
                    uncounted = "how many instances " + prefix + decl.local() + " has is not known: "
                            + node.unknownInstances().reason();
                    ctx.note(decl.pos() + ": " + uncounted + "; the model has one entity for them, " + any.address()
                            + ", which may not exist");
                    instances = List.of(any);
                }
                String existence = ConfigurationGaps.mayNotExist(m.mayNotExist(), uncounted);
                for (ResourceInstance inst : instances) {
                    if (mapper == null) {
                        skipped.merge(decl.type(), 1, Integer::sum);
                        continue;
                    }
                    RecordMaker.Made made = RecordMaker.make(inst, mapper);
                    records.add(made.record());
                    references.put(inst.address(), made.references());
                    origins.put(inst.address(), new Origin(decl.pos().file(), decl.pos().line(), decl.pos().column(),
                            inst.address()));
                    if (existence != null) {
                        mayNotExist.put(inst.address(), existence);
                    }
                    if (!decl.suppressions().isEmpty()) {
                        suppressions.put(inst.address(), decl.suppressions());
                    }
                }
            }
            configs.putIfAbsent(configPath, new ModuleConfig(configPath, resourceConfigs, Map.of(), Map.of(), Map.of()));
            for (ModuleCallNode call : m.calls()) {
                List<ModuleInstance> children = call.instances();
                if (call.unknownInstances() != null && !children.isEmpty()) {
                    ctx.note(call.call().pos() + ": how many instances " + prefix + "module." + call.call().name()
                            + " has is not known (" + call.unknownInstances().reason() + "); what it makes is in the"
                            + " model under " + children.get(0).path() + ", and may not exist");
                }
                for (ModuleInstance child : children) {
                    module(child);
                }
            }
        }

        /** Which attributes and blocks a resource's configuration sets (the mappings ask). */
        private static Expression.Block configured(Body body) {
            Map<String, Expression> out = new LinkedHashMap<>();
            body.attributes().forEach(a -> out.put(a.name(), new Expression.Leaf(List.of(), null)));
            body.blocks().forEach(b -> {
                String type = b.type().equals("dynamic") && !b.labels().isEmpty() ? b.labels().get(0) : b.type();
                out.put(type, new Expression.BlockList(List.of()));
            });
            return new Expression.Block(out);
        }
    }

}
