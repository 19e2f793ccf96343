package org.invar.terraform.hcl.module;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.invar.terraform.hcl.config.Declarations;
import org.invar.terraform.hcl.eval.EvalException;
import org.invar.terraform.read.Addresses;

/**
 * Where the code of a module call is: a local path ({@code ./modules/app}) beside the calling
 * module, or, for any other source (the registry, Git, S3, ...), the directory {@code terraform
 * init} downloaded it to, as the root's {@code .terraform/modules/modules.json} lists it. When
 * there is neither, why it is not read and how to have it read.
 *
 * @param dir     the module's directory, or null when it is not read
 * @param display the directory as messages name it
 * @param notRead why it is not read, or null
 */
record ModuleDirectory(Path dir, String display, String notRead) {

    static ModuleDirectory of(Declarations.ModuleCall call, ModuleInstance parent, LoadContext ctx) {
        String source = call.source();
        String address = parent.prefix() + "module." + call.name();
        if (source.isBlank()) {
            throw new EvalException(call.sourcePos(), "module " + call.name() + " has an empty source; give the"
                    + " path of its directory (./modules/NAME) or its registry address", false);
        }
        String prefix = address + " (source " + source + ") was not read: ";
        if (isLocal(source)) {
            Path dir = parent.declarations().dir().resolve(source).normalize();
            if (!Files.isDirectory(dir)) {
                return notRead(prefix + "there is no directory " + source + " (" + dir.toAbsolutePath().normalize()
                        + "); fix the source, or give a plan");
            }
            String display = ModuleInstance.normalize(parent.display() + "/" + source.replaceFirst("^\\./", ""));
            return new ModuleDirectory(dir, display, null);
        }
        InstalledModules.Entry installed = ctx.installedModules().find(key(parent, call));
        String init = "run terraform init in " + ctx.rootDisplay() + " (invar then reads the modules it downloads), or give a plan";
        if (installed == null) {
            return notRead(prefix + (isRegistry(source) ? "it comes from a module registry and is downloaded by terraform init"
                    : "invar does not download modules") + "; " + init);
        }
        if (!installed.isFor(source)) {
            return notRead(prefix + "terraform init downloaded " + installed.source() + " for it, not this source; " + init);
        }
        Path dir = ctx.rootDir().resolve(installed.dir()).normalize();
        if (!Files.isDirectory(dir)) {
            return notRead(prefix + "terraform init put it in " + installed.dir() + ", which is not there; " + init);
        }
        return new ModuleDirectory(dir, ModuleInstance.normalize(ctx.rootDisplay() + "/" + installed.dir()), null);
    }

    private static ModuleDirectory notRead(String reason) {
        return new ModuleDirectory(null, null, reason);
    }

    boolean readable() {
        return notRead == null;
    }

    /** A local path, as Terraform tells one: it starts with {@code ./} or {@code ../}. */
    static boolean isLocal(String source) {
        return source.startsWith("./") || source.startsWith("../");
    }

    /**
     * A registry address, as Terraform tells one: {@code NAMESPACE/NAME/PROVIDER}, optionally after a
     * host name and before {@code //SUBDIR} ({@code github.com/} and {@code bitbucket.org/} paths are
     * Git repositories).
     */
    static boolean isRegistry(String source) {
        if (source.contains("::") || source.contains("://")) {
            return false;
        }
        String address = source.contains("//") ? source.substring(0, source.indexOf("//")) : source;
        return !address.startsWith("github.com/") && !address.startsWith("bitbucket.org/")
                && address.matches("([^/]+/)?[^/]+/[^/]+/[^/]+");
    }

    /** The call's key in {@code modules.json}: the names of the module calls from the root, joined by dots. */
    private static String key(ModuleInstance parent, Declarations.ModuleCall call) {
        List<String> names = new ArrayList<>();
        Addresses.steps(parent.path()).forEach(s -> names.add(s.name()));
        names.add(call.name());
        return String.join(".", names);
    }
}
