package org.invar.terraform.hcl.module;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.invar.terraform.json.Json;
import org.invar.terraform.json.JsonInput;

/**
 * The modules {@code terraform init} installed, as its {@code .terraform/modules/modules.json}
 * lists them: for each module call, by key ({@code vpc}, {@code app.vpc} for a call inside module
 * {@code app}), the source it was installed from and the directory it is in, relative to the root
 * module. Empty when the file is not there (no {@code terraform init} was run).
 */
final class InstalledModules {
    static final String FILE = ".terraform/modules/modules.json";

    /** One installed module: its source as Terraform records it, and its directory. */
    record Entry(String source, String dir) {
        /**
         * Whether it was installed for this source. A registry address is recorded with its host
         * ({@code registry.terraform.io/terraform-aws-modules/vpc/aws}); other sources are taken
         * as recorded, since Terraform rewrites some of them ({@code github.com/...} to
         * {@code git::https://...}).
         */
        boolean isFor(String configured) {
            if (!ModuleDirectory.isRegistry(configured)) {
                return true;
            }
            return source.equals(configured) || source.endsWith("/" + configured);
        }
    }

    private final Map<String, Entry> byKey;

    private InstalledModules(Map<String, Entry> byKey) {
        this.byKey = byKey;
    }

    /** The modules installed for the root module in this directory; malformed JSON is an error at its position. */
    static InstalledModules read(Path rootDir, String rootDisplay) {
        Path file = rootDir.resolve(FILE);
        Map<String, Entry> byKey = new HashMap<>();
        if (!Files.isRegularFile(file)) {
            return new InstalledModules(byKey);
        }
        try (InputStream in = Files.newInputStream(file); JsonInput json = new JsonInput(rootDisplay + "/" + FILE, in)) {
            if (json.next() == null) {
                return new InstalledModules(byKey);
            }
            for (Json module : json.read().get("Modules").elements()) {
                String key = module.get("Key").string().orElse("");
                String dir = module.get("Dir").string().orElse(null);
                if (!key.isEmpty() && dir != null) {
                    byKey.put(key, new Entry(module.get("Source").string().orElse(""), dir));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new InstalledModules(byKey);
    }

    /** The module installed for a call key, or null. */
    Entry find(String key) {
        return byKey.get(key);
    }
}
