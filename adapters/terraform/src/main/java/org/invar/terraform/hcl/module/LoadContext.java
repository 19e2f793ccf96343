package org.invar.terraform.hcl.module;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.invar.terraform.hcl.config.DeclarationReader;
import org.invar.terraform.hcl.config.Declarations;
import org.invar.terraform.hcl.eval.Evaluator;
import org.invar.terraform.hcl.function.Functions;
import org.invar.terraform.read.ConfigurationGaps;

/**
 * What the module instances of one configuration share: the evaluator, the cycle guard, the
 * region AZ names are made for, module directories read (each once), the modules {@code terraform
 * init} installed, the module calls not read, and notes for the model.
 */
public final class LoadContext {
    final Evaluator evaluator;
    final Guard guard = new Guard();
    private final Map<Path, Declarations> modules = new HashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final List<ConfigurationGaps.UnreadModule> unreadModules = new ArrayList<>();
    private final Map<String, ConfigurationGaps.UnsetVariable> unsetVariables = new HashMap<>();
    private final String rootDisplay;
    private Path rootDir;
    private InstalledModules installed;
    private String region;

    /** @param rootDir the root module's directory, which file functions read relative paths from, as Terraform does */
    public LoadContext(String rootDisplay, Path rootDir) {
        this.rootDisplay = rootDisplay;
        this.evaluator = new Evaluator(Functions.standard(rootDir));
    }

    String rootDisplay() {
        return rootDisplay;
    }

    /** The root module's directory, which {@code .terraform} and the paths in it are relative to. */
    Path rootDir() {
        return rootDir;
    }

    /** The modules {@code terraform init} installed for the root module, read on first use. */
    InstalledModules installedModules() {
        if (installed == null) {
            installed = InstalledModules.read(rootDir, rootDisplay);
        }
        return installed;
    }

    void unreadModule(ConfigurationGaps.UnreadModule module) {
        unreadModules.add(module);
    }

    void unsetVariable(ConfigurationGaps.UnsetVariable variable) {
        unsetVariables.put(variable.name(), variable);
    }

    /** The root variables without a value that were read, by name. */
    public Map<String, ConfigurationGaps.UnsetVariable> unsetVariables() {
        return Map.copyOf(unsetVariables);
    }

    /** The module calls whose code was not read, in the order they were met. */
    public List<ConfigurationGaps.UnreadModule> unreadModules() {
        return List.copyOf(unreadModules);
    }

    /** The region AZ names are made for; null for symbolic AZs. */
    String region() {
        return region;
    }

    public void region(String region) {
        this.region = region;
    }

    /** The root module's declarations (read once, like every module directory). */
    public Declarations moduleForRoot(Path dir, String display) {
        rootDir = dir;
        return module(dir, display);
    }

    Declarations module(Path dir, String display) {
        return modules.computeIfAbsent(dir.toAbsolutePath().normalize(), d -> {
            try {
                Declarations decl = DeclarationReader.read(dir, display);
                decl.notes().forEach(this::note);
                return decl;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }
}
