package org.invar.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.invar.model.Model;
import org.invar.model.json.ModelJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code invar model}: the normalized model each input gives, as model JSON, derived facts
 * included. Several inputs give several documents, one after the other, in the order given.
 */
@Command(name = "model", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Print the normalized model an input gives, as model JSON.", "",
            "Derived facts (lb_node, healthy_targets, ...) are included. Several inputs give one JSON document "
                    + "each, one after the other, in the order given; with --merge, one document of them all, "
                    + "as check --merge sees it.", ""})
final class ModelCommand implements Callable<Integer> {
    private final Io io;

    @Mixin
    InputOptions inputOptions;

    @Option(names = "--merge", description = "Combine all inputs into one model and print that.")
    boolean merge;

    @Mixin
    DebugOption debug;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "What to read; - for standard input.")
    List<String> inputs = new ArrayList<>();

    ModelCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws IOException {
        inputOptions.checkStackNames(inputs);
        ModelLoading loading = new ModelLoading(io.in(), io.err());
        List<Model> models = new ArrayList<>();
        if (merge) {
            models.add(loading.loadMerged(inputs, inputOptions::loadOptions));
        } else {
            for (String input : inputs) {
                models.add(loading.load(input, inputOptions.loadOptions(input)));
            }
        }
        for (Model model : models) {
            ModelJson.write(model, io.out());
        }
        io.out().flush();
        return ExitCodes.OK;
    }
}
