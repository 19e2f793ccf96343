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

/**
 * What the module instances of one configuration share: the evaluator, the cycle guard, the
 * region AZ names are made for, module directories read (each once), and notes for the model.
 */
public final class LoadContext {
    final Evaluator evaluator = new Evaluator(Functions.standard());
    final Guard guard = new Guard();
    private final Map<Path, Declarations> modules = new HashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final String rootDisplay;
    private String region;

    public LoadContext(String rootDisplay) {
        this.rootDisplay = rootDisplay;
    }

    String rootDisplay() {
        return rootDisplay;
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
